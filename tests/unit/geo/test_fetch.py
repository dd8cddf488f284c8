"""Fetching: mirror or download, checksums always verified, clear messages when nothing is reachable."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
import threading
import zipfile
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

import slate_explorer.geo.fetch as fetch
from slate_explorer.geo.fetch import GeodataError, fetch_sources, verify
from slate_explorer.geo.manifest import load_manifest


def _source(source_id):
    return next(s for s in load_manifest() if s.id == source_id)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def file_server(tmp_path):
    root = tmp_path / "www"
    root.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_changed_byte_is_a_clear_error_naming_the_file(mirror, tmp_path):
    source = _source("zccd")
    copy = tmp_path / "zccd.csv"
    data = bytearray((mirror / source.path).read_bytes())
    data[100] ^= 1
    copy.write_bytes(bytes(data))
    with pytest.raises(GeodataError, match=r"Checksum mismatch for zccd\.csv"):
        verify(source, copy)


def test_an_official_zip_is_verified_by_its_members(mirror, tmp_path):
    """The mirror repacked nybb flat; the official zip holds the same members in a nybb_25c/ folder."""
    source = _source("nybb")
    official = tmp_path / "nybb_25c.zip"
    with zipfile.ZipFile(mirror / source.path) as flat, zipfile.ZipFile(official, "w") as nested:
        for name in flat.namelist():
            nested.writestr(f"nybb_25c/{name}", flat.read(name))
    assert hashlib.sha256(official.read_bytes()).hexdigest() != source.sha256
    verify(source, official)  # accepted: same member bytes
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(mirror / source.path) as flat, zipfile.ZipFile(tampered, "w") as nested:
        for name in flat.namelist():
            body = flat.read(name)
            nested.writestr(name, body + b"x" if name.endswith(".dbf") else body)
    with pytest.raises(GeodataError, match="nybb_25c.zip"):
        verify(source, tampered)


def test_mirror_missing_a_required_file_names_it(tmp_path):
    with pytest.raises(GeodataError, match=r"zccd\.csv is not in the mirror folder"):
        fetch_sources([_source("zccd")], mirror=tmp_path)


def test_mirror_missing_an_optional_file_skips_it(mirror, tmp_path):
    shutil.copy(mirror / "zccd.csv", tmp_path / "zccd.csv")
    found = fetch_sources([_source("zccd"), _source("cd118_17")], mirror=tmp_path)
    assert set(found) == {"zccd"}


def test_download_uses_the_official_url_and_verifies(mirror, file_server, tmp_path, monkeypatch):
    root, base = file_server
    shutil.copy(mirror / "zccd.csv", root / "zccd.csv")
    monkeypatch.setattr(fetch, "cache_dir", lambda: tmp_path / "cache")
    source = dataclasses.replace(_source("zccd"), url=f"{base}/zccd.csv")
    messages = []
    found = fetch_sources([source], progress=lambda f, m: messages.append((f, m)))
    assert found["zccd"] == tmp_path / "cache" / "zccd.csv"
    assert verify(source, found["zccd"]) is None
    assert any("downloading zccd.csv" in m for _, m in messages) and messages[-1][0] == 1.0
    # a second fetch finds the verified file in the cache and does not download again
    (root / "zccd.csv").unlink()
    assert fetch_sources([source])["zccd"] == found["zccd"]


def test_a_download_with_the_wrong_bytes_is_refused(file_server, tmp_path, monkeypatch):
    root, base = file_server
    (root / "zccd.csv").write_text("state_fips,state_abbr,zcta,cd\n")
    monkeypatch.setattr(fetch, "cache_dir", lambda: tmp_path / "cache")
    source = dataclasses.replace(_source("zccd"), url=f"{base}/zccd.csv")
    with pytest.raises(GeodataError, match="Checksum mismatch for zccd.csv"):
        fetch_sources([source])


def test_no_internet_and_no_mirror_says_what_to_do(tmp_path, monkeypatch, no_sleep):
    monkeypatch.setattr(fetch, "cache_dir", lambda: tmp_path / "cache")
    unreachable = "http://127.0.0.1:9/nothing.zip"  # the discard port: connection refused
    sources = [dataclasses.replace(_source("cd118_17"), url=unreachable),
               dataclasses.replace(_source("zccd"), url=unreachable)]
    with pytest.raises(GeodataError) as err:
        fetch_sources(sources)
    assert "SLATE_GEODATA_MIRROR" in str(err.value) and "--mirror" in str(err.value)


def test_mirror_comes_from_the_argument_or_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("SLATE_GEODATA_MIRROR", str(tmp_path))
    assert fetch.mirror_dir() == tmp_path
    assert fetch.mirror_dir(tmp_path / "x") == tmp_path / "x"
    monkeypatch.delenv("SLATE_GEODATA_MIRROR")
    assert fetch.mirror_dir() is None


def test_an_optional_file_that_cannot_be_downloaded_is_skipped(mirror, file_server, tmp_path, monkeypatch, no_sleep):
    root, base = file_server
    shutil.copy(mirror / "zccd.csv", root / "zccd.csv")
    monkeypatch.setattr(fetch, "cache_dir", lambda: tmp_path / "cache")
    sources = [dataclasses.replace(_source("cd118_17"), url=f"{base}/missing.zip"),
               dataclasses.replace(_source("cd118_25"), url=f"{base}/missing2.zip"),
               dataclasses.replace(_source("zccd"), url=f"{base}/zccd.csv")]
    assert set(fetch_sources(sources)) == {"zccd"}
