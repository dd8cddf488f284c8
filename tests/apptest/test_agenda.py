"""AppTest: the agenda page's counts, unity score and isolated candidates match the data files of both
fixture versions (counted here straight from the CSVs, not through the package), and deep links apply."""

from __future__ import annotations

import csv
import re

import pytest

from tests.apptest.conftest import run_page, texts

from tests.versions import FIXTURES

VERSIONS = ["2025-07-10", "2025-11-25"]


def rows(version: str, table: str) -> list[dict]:
    with open(FIXTURES / version / f"{table}.csv", newline="") as f:
        return list(csv.DictReader(f))


def expected(version: str) -> dict:
    """The figures the page must show, from the raw CSVs: current slate = outcome not lost/withdrew."""
    people = {r["id"]: r for r in rows(version, "candidates")}
    current = [i for i, r in people.items() if r["outcome"] not in ("lost", "withdrew")]
    planks = [r["id"] for r in rows(version, "planks")]
    backs = {p: sorted(r["candidate_id"] for r in rows(version, "positions")
                       if r["plank_id"] == p and r["stance"] == "backs" and r["candidate_id"] in current) for p in planks}
    cross = {(r["endorser_id"], r["candidate_id"]) for r in rows(version, "endorsements")
             if r["endorser_kind"] == "slate" and r["endorser_id"] in current and r["candidate_id"] in current
             and r["endorser_id"] != r["candidate_id"]}
    linked = {a for a, _ in cross} | {b for _, b in cross}
    n = len(current)
    return {"people": people, "current": current, "planks": planks, "backs": backs, "cross": len(cross),
            "possible": n * (n - 1), "isolated": [people[i]["name"] for i in current if i not in linked]}


def table(at, first_column: str, second_column: str):
    """The st.table whose first two columns are these (tables are found by their header, not position)."""
    for t in at.table:
        frame = t.value
        if list(frame.columns[:2]) == [first_column, second_column]:
            return frame
    raise AssertionError(f"no table with columns {first_column}, {second_column}")


def plain(cell: str) -> str:
    """A Markdown cell as the visitor reads it: link text only, no escapes or emphasis."""
    cell = re.sub(r"\[((?:\\.|[^\]])*)\]\([^)]*\)", r"\1", cell)
    return cell.replace("\\", "").replace("**", "")


@pytest.fixture(scope="module", params=VERSIONS)
def version_run(request):
    return request.param, run_page("agenda", v=request.param)


def test_plank_counts_match_the_data(version_run):
    version, at = version_run
    want = expected(version)
    counts = table(at, "Plank", "Backs")
    assert len(counts) == len(want["planks"])
    n = len(want["current"])
    names = {i: r["name"] for i, r in want["people"].items()}
    for (_, row), plank_id in zip(counts.iterrows(), want["planks"]):
        backers = want["backs"][plank_id]
        assert row["Backs"] == f"{len(backers)} of {n}"
        shown = sorted(plain(row["Backed by"]).split(", ")) if backers else ["none"]
        assert shown == (sorted(names[b] for b in backers) if backers else ["none"])


def test_pair_table_and_coverage_match_the_data(version_run):
    version, at = version_run
    want = expected(version)
    pairs = table(at, "Candidate", "Plank")  # the recorded stances; the others are counted in one line
    recorded = {(r["candidate_id"], r["plank_id"]) for r in rows(version, "positions") if r["candidate_id"] in want["current"]}
    assert len(pairs) == len(recorded)
    assert sum(plain(s) == "Backs" for s in pairs["Stance"]) == sum(len(b) for b in want["backs"].values())
    assert set(pairs["Stance"].map(plain)) <= {"Backs", "Opposes", "Opposes (no record)"}
    missing = len(want["current"]) * len(want["planks"]) - len(recorded)
    assert f"{missing} stances not recorded: see all" in [e.label for e in at.expander]
    coverage = table(at, "Candidate", "Race")
    assert len(coverage) == len(want["current"])
    names = {want["people"][i]["name"]: i for i in want["current"]}
    for _, row in coverage.iterrows():
        cid = names[plain(row["Candidate"])]
        backed = sum(cid in b for b in want["backs"].values())
        assert row["Backs"].startswith(f"{backed} of {len(want['planks'])} (")


def test_unity_score_and_isolated_candidates_shown(version_run):
    version, at = version_run
    want = expected(version)
    shown = texts(at) + "\n".join(str(m.value) for m in at.metric)
    share = want["cross"] / want["possible"]
    assert f"{want['cross']} of {want['possible']} possible ({share:.1%})" in shown
    assert f"Isolated candidates: {len(want['isolated'])} of {len(want['current'])}" in shown
    paragraphs = [str(m.value) for m in at.markdown if str(m.value).startswith("[")]  # one line of linked names
    listed = [[plain(part).rsplit(" (", 1)[0] for part in p.split(" · ")] for p in paragraphs]
    assert want["isolated"] in listed if want["isolated"] else True
    network = table(at, "Candidate", "Endorsed by")
    assert len(network) == len(want["current"])
    per_person = 2 * (len(want["current"]) - 1)
    for _, row in network.iterrows():
        alone = plain(row["Candidate"]) in want["isolated"]
        assert (row["Unity (given + received)"] == f"0 of {per_person} possible (0.0%)") == alone


def test_coordination_none_recorded(version_run):
    _, at = version_run
    shown = texts(at)
    for label in ("Joint events", "Shared fundraisers", "Shared media"):
        assert f"{label}: none recorded" in shown


def test_change_from_previous_version():
    july = expected("2025-07-10")
    november = expected("2025-11-25")
    shown = texts(run_page("agenda", v="2025-11-25"))
    assert (f"unity score went from {july['cross']} of {july['possible']} possible "
            f"({july['cross'] / july['possible']:.1%}) to {november['cross']} of {november['possible']} possible") in shown
    assert "Left the slate (lost or withdrew): Deja Foxx" in shown
    assert "earliest data version" in texts(run_page("agenda", v="2025-07-10"))


@pytest.mark.parametrize("version", VERSIONS)
def test_plank_link_opens_the_plank_with_its_backers(version):
    want = expected(version)
    at = run_page("agenda", v=version, plank="medicare-for-all")
    assert at.selectbox(key="agenda-plank").value == "medicare-for-all"
    shown = texts(at)
    backers = want["backs"]["medicare-for-all"]
    assert "Plank: Medicare for All" in shown
    assert f"Backed by {len(backers)} of {len(want['current'])} slate candidates: " in shown
    pairs = table(at, "Candidate", "Plank")
    on_record = [r for r in rows(version, "positions") if r["plank_id"] == "medicare-for-all" and r["candidate_id"] in want["current"]]
    assert len(pairs) == len(on_record)  # only this plank's recorded stances; the others in one line
    missing = len(want["current"]) - len(on_record)
    assert f"{missing} stances not recorded: see all" in [e.label for e in at.expander]
    assert {plain(p) for p in pairs["Plank"]} == {"Medicare for All"}
    assert [plain(s) for s in pairs["Stance"][: len(backers)]] == ["Backs"] * len(backers)  # backers first


@pytest.mark.parametrize("version", VERSIONS)
def test_candidate_link_highlights_them_in_matrix_and_network(version):
    at = run_page("agenda", v=version, candidate="zohran-mamdani")
    assert at.selectbox(key="agenda-candidate").value == "zohran-mamdani"
    assert "Highlighted: Zohran Mamdani" in texts(at)
    pairs = table(at, "Candidate", "Plank")
    planks = sum(r["candidate_id"] == "zohran-mamdani" for r in rows(version, "positions"))  # his recorded stances
    assert all(plain(c) == "Zohran Mamdani — selected" for c in pairs["Candidate"][:planks])
    assert not any("selected" in c for c in pairs["Candidate"][planks:])
    network = table(at, "Candidate", "Endorsed by")
    assert [plain(c) for c in network["Candidate"] if "selected" in c] == ["Zohran Mamdani — selected"]
    dot = at.get("graphviz_chart")[0].proto.spec
    mamdani = next(line for line in dot.splitlines() if line.strip().startswith('"zohran-mamdani" ['))
    assert "selected" in mamdani and "peripheries=2" in mamdani


def test_filters_write_the_url_and_apply():
    at = run_page("agenda", v="2025-11-25")
    at.selectbox(key="agenda-level").set_value("us_house").run()
    assert at.query_params["level"] == "us_house"
    coverage = table(at, "Candidate", "Race")
    assert all(plain(r).startswith("U.S. House") for r in coverage["Race"])
    at.toggle(key="former").set_value(True).run()
    coverage = table(at, "Candidate", "Race")
    assert {"Jamaal Bowman", "Cori Bush", "Deja Foxx"} <= {plain(c) for c in coverage["Candidate"]}


def test_state_filter_from_the_url():
    at = run_page("agenda", v="2025-11-25", state="MI")
    coverage = table(at, "Candidate", "Race")
    assert sorted(plain(c) for c in coverage["Candidate"]) == ["Abdul El-Sayed", "Donavan McKinney", "Mallory McMorrow"]


HOSTILE = '<img src=x onerror=alert(1)> **b** [x](javascript:alert(1)) "]; a -> b; ['


@pytest.fixture
def hostile_root(tmp_path, monkeypatch):
    """A copy of the newest version whose names, titles and endorsers carry HTML, Markdown and DOT payloads."""
    import hashlib
    import json
    import shutil

    folder = tmp_path / "2025-11-25"
    shutil.copytree(FIXTURES / "2025-11-25", folder)

    def poison(table, old, new):
        path = folder / f"{table}.csv"
        text = path.read_text()
        assert old in text
        path.write_text(text.replace(old, new))

    quoted = '"' + HOSTILE.replace('"', '""') + '"'
    poison("candidates", "zohran-mamdani,Zohran Mamdani,", f"zohran-mamdani,{quoted},")
    poison("planks", "medicare-for-all,Medicare for All,", f"medicare-for-all,{quoted},")
    poison("endorsements", "bernie-sanders,Sen. Bernie Sanders,", f"bernie-sanders,{quoted},")
    meta = json.loads((folder / "datapackage.json").read_text())
    for resource in meta["resources"]:
        resource["hash"] = "sha256:" + hashlib.sha256((folder / resource["path"]).read_bytes()).hexdigest()
    (folder / "datapackage.json").write_text(json.dumps(meta))
    monkeypatch.setenv("SLATE_DATA_DIR", str(tmp_path))
    return tmp_path


def test_hostile_data_is_escaped_everywhere(hostile_root):
    at = run_page("agenda", candidate="zohran-mamdani", plank="medicare-for-all")
    assert not at.warning, [w.value for w in at.warning]  # the poisoned copy is valid and served
    raw = [str(e.value) for kind in ("title", "header", "subheader", "markdown", "caption") for e in getattr(at, kind)]
    raw += [e.label for e in at.expander] + [e.proto.label for e in at.get("page_link")]
    raw += [str(cell) for t in at.table for cell in t.value.to_numpy().ravel()]
    shown = "\n".join(raw)
    assert "onerror" in shown  # the payload is on the page, as text
    assert re.search(r"(?<!\\)<img", shown) is None and re.search(r"(?<!\\)\[x\]\(javascript", shown) is None
    dot = at.get("graphviz_chart")[0].proto.spec
    assert "<img" not in dot and "&lt;img src=x onerror=alert(1)&gt;" in dot
    assert dot.count(" -> ") == 2  # the payload's "a -> b" added no edge


def test_level_with_no_candidates_shows_that_level_and_says_so():
    at = run_page("agenda", v="2025-11-25", level="state_senate")
    assert at.selectbox(key="agenda-level").value == "state_senate"
    assert "No candidate matches these filters." in texts(at)
    at.selectbox(key="agenda-level").set_value("").run()
    assert "level" not in at.query_params
    assert len(table(at, "Candidate", "Race")) == len(expected("2025-11-25")["current"])


def test_former_candidate_link_is_explained_not_scored():
    at = run_page("agenda", v="2025-11-25", candidate="deja-foxx")
    shown = texts(at)
    assert "Highlighted: Deja Foxx" in shown and "Former slate candidate (lost or withdrew)" in shown
    assert "Cross-endorsements given and received" not in shown
    assert "Deja Foxx" not in {plain(c) for c in table(at, "Candidate", "Race")["Candidate"]}
    at.toggle(key="former").set_value(True).run()
    assert "Deja Foxx — selected" in {plain(c) for c in table(at, "Candidate", "Race")["Candidate"]}


# ---- in Spanish (?lang=es) -------------------------------------------------------------------------------

def spanish_percent(share: float) -> str:
    """How Spanish writes a share with one decimal: a decimal comma and a non-breaking space before %."""
    return f"{share * 100:.1f}".replace(".", ",") + "\xa0%"


def interface_words(at) -> set[str]:
    """Our own words on a run: titles, headings, widget and metric labels, expanders, table headers and alts."""
    words = {str(e.value) for kind in ("title", "header", "subheader") for e in getattr(at, kind)}
    words |= {w.label for kind in ("selectbox", "radio", "toggle", "metric", "expander") for w in getattr(at, kind)}
    words |= {o for r in at.radio for o in r.options}
    words |= {str(c) for t in at.table for c in t.value.columns} | {t.proto.alt for t in at.table}
    words |= {e.proto.label for e in at.get("page_link")} | {g.proto.alt for g in at.get("graphviz_chart")}
    return words


@pytest.mark.parametrize("version", VERSIONS)
def test_spanish_unity_score_and_counts(version):
    want = expected(version)
    at = run_page("agenda", v=version, lang="es")
    assert at.title[0].value == "Agenda común"
    metrics = {m.label: m.value for m in at.metric}
    share = spanish_percent(want["cross"] / want["possible"])
    assert metrics["Índice de unidad"] == share
    assert metrics["Índice de unidad de la lista"] == f"{want['cross']} de {want['possible']} posibles ({share})"
    shown = texts(at)
    assert f"Candidaturas aisladas: {len(want['isolated'])} de {len(want['current'])}" in shown
    for label in ("Eventos conjuntos", "Recaudaciones de fondos compartidas", "Medios compartidos"):
        assert f"{label}: sin registros" in shown
    counts = table(at, "Propuesta", "A favor")
    assert list(counts["A favor"]) == [f"{len(want['backs'][p])} de {len(want['current'])}" for p in want["planks"]]
    network = table(at, "Candidatura", "Respaldos recibidos")
    per_person = 2 * (len(want["current"]) - 1)
    assert sum(u == f"0 de {per_person} posibles (0,0\xa0%)" for u in network["Unidad (dados + recibidos)"]) == len(want["isolated"])


def test_spanish_plank_link_uses_the_spanish_title():
    want = expected("2025-07-10")
    spanish = {r["id"]: r["title_es"] for r in rows("2025-07-10", "planks")}
    assert spanish["medicare-for-all"] == "Medicare para Todos"
    at = run_page("agenda", v="2025-07-10", lang="es", plank="medicare-for-all")
    shown = texts(at)
    backers = want["backs"]["medicare-for-all"]
    assert "Propuesta: Medicare para Todos" in shown
    assert f"Con el apoyo de {len(backers)} de {len(want['current'])} candidaturas de la lista: " in shown
    pairs = table(at, "Candidatura", "Propuesta")
    assert {plain(p) for p in pairs["Propuesta"]} == {"Medicare para Todos"}
    counts = table(at, "Propuesta", "A favor")
    assert plain(counts["Propuesta"][0]) == "Medicare para Todos — seleccionada"
    assert [plain(s) for s in pairs["Postura"][: len(backers)]] == ["A favor"] * len(backers)
    assert [e.label.split(":")[0] for e in at.expander][: len(want["planks"])] == [spanish[p] for p in want["planks"]]
    assert at.selectbox(key="agenda-plank").format_func("medicare-for-all") == "Medicare para Todos"


def test_spanish_change_from_previous_version():
    july, november = expected("2025-07-10"), expected("2025-11-25")
    shown = texts(run_page("agenda", v="2025-11-25", lang="es"))
    assert (f"el índice de unidad pasó de {july['cross']} de {july['possible']} posibles "
            f"({spanish_percent(july['cross'] / july['possible'])}) a {november['cross']} de {november['possible']} posibles") in shown
    assert "Salida de la lista (por derrota o retiro): Deja Foxx." in shown
    assert "esta es la primera versión de los datos" in texts(run_page("agenda", v="2025-07-10", lang="es"))


def test_spanish_page_shows_none_of_the_english_interface():
    """Every heading, label, option, table header and alt text differs from the English page's: none was missed."""
    params = {"v": "2025-11-25", "candidate": "deja-foxx", "plank": "rent-freeze"}
    english, spanish = interface_words(run_page("agenda", **params)), interface_words(run_page("agenda", lang="es", **params))
    assert len(spanish) == len(english) > 40
    assert english & spanish == set()
    assert "Candidatura destacada: Deja Foxx" in spanish
