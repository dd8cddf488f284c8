"""A bad file never takes the site down: any failure while reading a version (a non-UTF-8 byte, an empty
file, a CSV cut off inside a quoted cell, bad JSON, an unreadable file) is a `FILE:ROW: field: message`
problem of that version, never an exception, in `validate`, `publish` and the loader; the loader then
serves the last valid version. A property test throws random bytes, truncations and encodings at it."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slate_explorer.data.models import OPTIONAL_TABLES, TABLES
from slate_explorer.data.problems import Problem
from slate_explorer.data.validate import validate_folder
from slate_explorer.data.versions import load_slate
from tests.versions import FIXTURES, NEWER, OLDER, ROOT

FILES = [f"{t}.csv" for t in TABLES if t not in OPTIONAL_TABLES] + ["datapackage.json"]  # tables the fixture has


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "slate_explorer", *args], capture_output=True, text=True, cwd=ROOT)


def copy(tmp_path: Path, version: str = NEWER) -> Path:
    return shutil.copytree(FIXTURES / version, tmp_path / version)


def with_stray_byte(folder: Path, name: str = "races.csv", line: int = 3) -> int:
    """Put byte 0xFF at the start of `line`; returns its offset."""
    data = (folder / name).read_bytes()
    offset = sum(len(part) + 1 for part in data.split(b"\n")[: line - 1])
    (folder / name).write_bytes(data[:offset] + b"\xff" + data[offset:])
    return offset


def test_a_non_utf8_byte_names_the_line_offset_and_encoding(tmp_path):
    folder = copy(tmp_path)
    offset = with_stray_byte(folder)
    lines = [str(p) for p in validate_folder(folder)[1]]
    assert f"races.csv:3: id: byte 0xff at offset {offset} is not valid UTF-8: save the file as UTF-8" in lines


def test_a_non_utf8_descriptor_is_reported(tmp_path):
    folder = copy(tmp_path)
    with_stray_byte(folder, "datapackage.json", 1)
    assert str(validate_folder(folder)[1][0]) == ("datapackage.json:1: (whole file): byte 0xff at offset 0 is not valid "
                                                  "UTF-8: save the file as UTF-8")


def test_an_empty_file_says_so(tmp_path):
    folder = copy(tmp_path)
    (folder / "candidates.csv").write_bytes(b"")
    assert "candidates.csv: (whole file): file is empty" in [str(p) for p in validate_folder(folder)[1]]


def test_a_csv_cut_off_inside_a_quoted_cell(tmp_path):
    folder = copy(tmp_path)
    text = (folder / "races.csv").read_text()
    (folder / "races.csv").write_text(text[: text.index('"U.S. Representative, Illinois') + 10])
    lines = [str(p) for p in validate_folder(folder)[1]]
    assert any(line.startswith("races.csv:3: office: not a readable CSV row: unexpected end of data") for line in lines), lines


def test_an_unreadable_file(tmp_path, monkeypatch):
    folder = copy(tmp_path)
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "planks.csv":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert "planks.csv: (whole file): cannot be read: Permission denied" in [str(p) for p in validate_folder(folder)[1]]


def test_a_descriptor_that_is_not_an_object(tmp_path):
    folder = copy(tmp_path)
    (folder / "datapackage.json").write_text("[1, 2]")
    assert str(validate_folder(folder)[1][0]) == "datapackage.json: (whole file): must be a JSON object, not list"


def test_cli_validate_and_publish_report_without_a_traceback(tmp_path):
    folder = copy(tmp_path)
    with_stray_byte(folder)
    for result in (cli("validate", str(folder)), cli("publish", str(folder), "--title", "t")):
        assert result.returncode == 1, result.stdout + result.stderr
        assert f"{folder}/races.csv:3: id: byte 0xff at offset" in result.stdout
        assert "Traceback" not in result.stderr


def test_the_loader_serves_the_last_valid_version_past_a_bad_byte(tmp_path):
    copy(tmp_path, OLDER)
    with_stray_byte(copy(tmp_path, NEWER))
    loaded = load_slate(root=tmp_path)
    assert loaded.slate.version == OLDER and NEWER in loaded.skipped
    pinned = load_slate(NEWER, root=tmp_path)  # ?v= of the broken version
    assert pinned.slate.version == OLDER and any("failed validation" in n for n in pinned.notices)


def test_a_bad_byte_in_an_older_pinned_version(tmp_path):
    with_stray_byte(copy(tmp_path, OLDER))
    copy(tmp_path, NEWER)
    loaded = load_slate(OLDER, root=tmp_path)
    assert loaded.slate.version == NEWER and OLDER in loaded.skipped


# ---- property: whatever the bytes, validation answers with problems, never an exception --------------------

ENCODINGS = ("utf-16", "utf-32", "latin-1", "cp1252", "utf-8-sig", "shift_jis", "utf-7")


@st.composite
def damage(draw):
    name = draw(st.sampled_from(FILES))
    kind = draw(st.sampled_from(["bytes", "truncate", "encoding"]))
    if kind == "bytes":
        return name, kind, (draw(st.integers(0, 10_000)), draw(st.binary(min_size=1, max_size=16)))
    if kind == "truncate":
        return name, kind, draw(st.integers(0, 10_000))
    return name, kind, draw(st.sampled_from(ENCODINGS))


def apply(folder: Path, name: str, kind: str, arg) -> None:
    path = folder / name
    data = path.read_bytes()
    if kind == "bytes":
        offset, junk = arg
        offset %= len(data) + 1
        data = data[:offset] + junk + data[offset + len(junk):]
    elif kind == "truncate":
        data = data[: arg % (len(data) + 1)]
    else:
        data = data.decode("utf-8", errors="replace").encode(arg, errors="replace")
    path.write_bytes(data)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hits=st.lists(damage(), min_size=1, max_size=3))
def test_validate_never_raises_whatever_the_files_hold(tmp_path_factory, hits):
    folder = copy(tmp_path_factory.mktemp("damaged"))
    for name, kind, arg in hits:
        apply(folder, name, kind, arg)
    slate, problems = validate_folder(folder)
    assert all(isinstance(p, Problem) and str(p) for p in problems)
    assert (slate is None) == any(not p.warning for p in problems)
    assert all(p.field != "-" for p in problems)  # a column, or what the problem is of (issue 26)


def test_publish_over_a_broken_descriptor_or_a_missing_file_says_why(tmp_path):
    folder = copy(tmp_path)
    (folder / "datapackage.json").write_bytes(b"\xff{")
    result = cli("publish", str(folder), "--title", "Fixed")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stdout + result.stderr
    (folder / "rules.csv").unlink()
    result = cli("publish", str(folder), "--title", "Fixed")
    assert result.returncode == 1 and "missing rules.csv" in result.stdout and "Traceback" not in result.stderr


# ---- issue 26: every problem names its file, row and field, or says why it cannot ---------------------------

def test_a_bad_byte_inside_a_row_names_the_column_it_sits_in(tmp_path):
    folder = copy(tmp_path)
    data = (folder / "races.csv").read_bytes()
    at = data.index(b"Illinois's 9th")  # the office cell of line 3
    (folder / "races.csv").write_bytes(data[:at] + b"\xe9" + data[at + 1:])  # latin-1 'é' in a UTF-8 file
    lines = [str(p) for p in validate_folder(folder)[1]]
    assert f"races.csv:3: office: byte 0xe9 at offset {at} is not valid UTF-8: save the file as UTF-8" in lines


def test_a_bad_byte_in_the_header_names_its_column_number(tmp_path):
    folder = copy(tmp_path)
    data = (folder / "races.csv").read_bytes()
    (folder / "races.csv").write_bytes(data.replace(b",district,", b",distr\xefct,", 1))
    lines = [str(p) for p in validate_folder(folder)[1]]
    assert any(line.startswith("races.csv:1: header, column 3: byte 0xef") for line in lines), lines


def test_an_extra_cell_names_its_place(tmp_path):
    folder = copy(tmp_path)
    lines = (folder / "sources.csv").read_text(encoding="utf-8").splitlines()
    width = len(lines[0].split(","))
    lines[2] += ",one too many"
    (folder / "sources.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = [str(p) for p in validate_folder(folder)[1]]
    assert f"sources.csv:3: cell {width + 1}: 1 cell(s) more than the header's {width} columns" in found


def test_a_byte_order_mark_is_read_with_a_warning_and_the_version_stays_valid(tmp_path):
    """Excel's "CSV UTF-8" starts the file with a BOM: it gave "id: required column missing" and 30 lines about
    an invisible \\ufeffid column."""
    from slate_explorer.data.publish import publish

    folder = copy(tmp_path)
    data = (folder / "races.csv").read_bytes()
    (folder / "races.csv").write_bytes(b"\xef\xbb\xbf" + data)
    publish(folder, "With a BOM", "", created=dt.datetime(2026, 12, 7, tzinfo=dt.timezone.utc))  # files as saved
    slate, problems = validate_folder(folder)
    assert slate is not None and len(slate.races) == data.count(b"\n") - 1
    assert [str(p) for p in problems] == ["races.csv:1: id: warning: starts with a UTF-8 byte-order mark (as Excel's "
                                          "“CSV UTF-8” saves it): read without it"]
    result = cli("validate", str(folder))
    assert result.returncode == 0 and "warning: starts with a UTF-8 byte-order mark" in result.stdout


def test_an_unreadable_table_collapses_to_its_cause(tmp_path):
    """One bad sources.csv gave 171 lines: itself and every reference to it."""
    folder = copy(tmp_path)
    data = (folder / "sources.csv").read_bytes()
    (folder / "sources.csv").write_bytes(data[:40] + b"\xff" + data[41:])
    problems = validate_folder(folder)[1]
    lines = [str(p) for p in problems]
    refs = [line for line in lines if "sources.csv is unreadable, so" in line]
    assert len(refs) == 1 and int(refs[0].split("so ")[1].split(" ")[0]) > 20
    assert not any("refers to unknown sources id" in line for line in lines)
    assert all(p.file != "sources.csv" or p.row in (None, 1, 2) for p in problems)
    assert len(lines) <= 4, lines
