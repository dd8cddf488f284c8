"""AppTest: the majority calculator shows what the engine computes, keeps the scenario in the URL, and a
link reproduces it."""

from __future__ import annotations

import re

import pytest

from slate_explorer.data.versions import load_slate
from slate_explorer.majority import VoteModel, compute_scenario, contestable_races
from tests.apptest.conftest import run_page, texts
from tests.versions import FIXTURES

VERSIONS = ["2025-07-10", "2025-11-25"]


def charts(at) -> dict[str, str]:
    """chamber id -> its seat chart SVG."""
    found = {}
    for m in at.markdown:
        match = re.match(r'<svg [^>]*data-chamber="([^"]+)"', str(m.value))
        if match:
            found[match.group(1)] = str(m.value)
    return found


def group_seats(svg: str) -> dict[str, int]:
    return {g: int(n) for g, n in re.findall(r'data-group="(\w+)" data-party="[^"]*" data-seats="(\d+)"', svg)}


def bloc_sizes(at) -> dict[str, int]:
    return {cid: group_seats(svg).get("bloc", 0) for cid, svg in charts(at).items()}


def plain(text: str) -> str:
    return text.replace("\\", "")


@pytest.mark.parametrize("version", VERSIONS)
def test_all_won_shows_the_engine_bloc_sizes(version):
    at = run_page("majority", v=version, wins="all")
    want = compute_scenario(load_slate(version).slate, "all")
    assert set(charts(at)) == set(want.chambers) == {"us_house", "us_senate", "ny_assembly", "ny_senate"}
    assert bloc_sizes(at) == {cid: o.bloc_after for cid, o in want.chambers.items()}
    shown = texts(at)
    house = want.chambers["us_house"]
    assert f"grows from {house.bloc_before} to {house.bloc_after}" in shown
    assert all(at.toggle(key=f"maj-win-{r}").value for r in contestable_races(load_slate(version).slate))
    assert at.radio(key="maj-preset").value == "all"
    for p in want.planks:
        assert (f"{p.title} would pass" in shown) == p.passes


def test_numbers_follow_the_data_not_a_constant():
    at = run_page("majority", v="2025-11-25", wins="today")
    assert bloc_sizes(at)["us_house"] == 95 and bloc_sizes(at)["us_senate"] == 1
    svg = charts(at)["us_house"]
    assert group_seats(svg) == {"bloc": 95, "caucus_rest": 118, "caucus": 219, "vacant": 3}
    assert 'data-needed="218"' in svg and "218: discharge petition" in svg
    assert "60: cloture (3/5)" in charts(at)["us_senate"]


def test_toggling_a_race_updates_url_and_numbers():
    at = run_page("majority", v="2025-11-25", wins="none")
    assert bloc_sizes(at)["us_house"] == 95
    at.toggle(key="maj-win-il-09-2026").set_value(True).run()
    assert at.query_params["wins"] == "il-09-2026"
    assert bloc_sizes(at)["us_house"] == 96
    at.toggle(key="maj-win-mi-sen-2026").set_value(True).run()
    assert at.query_params["wins"] == "il-09-2026,mi-sen-2026"
    assert bloc_sizes(at) == {**bloc_sizes(at), "us_house": 96, "us_senate": 2}
    assert at.radio(key="maj-preset").value == "custom"
    at.toggle(key="maj-win-il-09-2026").set_value(False).run()
    assert at.query_params["wins"] == "mi-sen-2026"
    assert bloc_sizes(at)["us_house"] == 95


def test_presets_choose_races_and_write_the_url():
    at = run_page("majority", v="2025-11-25")
    at.radio(key="maj-preset").set_value("letter").run()
    house = ["il-09-2026", "ca-11-2026", "mi-13-2026", "ny-15-2026", "ny-08-2026", "ma-01-2026"]
    assert at.query_params["wins"] == ",".join(house)
    assert bloc_sizes(at)["us_house"] == 101 and bloc_sizes(at)["us_senate"] == 1
    shown = plain(texts(at))
    assert "names 6 House races not decided as far as it records" in shown
    assert "With 10 victories the House bloc would grow from 95 to 105" in shown and "4 more would have to come" in shown
    at.radio(key="maj-preset").set_value("all").run()
    assert at.query_params["wins"] == "all"
    at.radio(key="maj-preset").set_value("today").run()
    assert "wins" not in at.query_params  # nothing new won: the default, kept out of the link
    assert bloc_sizes(at)["us_house"] == 95


def test_shared_link_reproduces_the_scenario():
    at = run_page("majority", v="2025-11-25", wins="none")
    at.toggle(key="maj-win-ca-11-2026").set_value(True).run()
    at.toggle(key="maj-win-mi-sen-2026").set_value(True).run()
    at.toggle(key="maj-prob-on").set_value(True).run()
    at.slider(key="maj-prob-il-09-2026").set_value(30).run()
    at.slider(key="maj-rest").set_value(80).run()
    at.multiselect(key="maj-sign").set_value(["D"]).run()
    link = {k: at.query_params[k] for k in at.query_params}
    assert link["wins"] == "ca-11-2026,mi-sen-2026" and link["rest"] == "0.8" and link["sign"] == "D"
    assert "il-09-2026:0.3" in link["prob"] and "ca-11-2026:1" in link["prob"]
    again = run_page("majority", **link)
    assert charts(again) == charts(at)
    assert texts(again) == texts(at)
    assert [t.value.to_dict() for t in again.table] == [t.value.to_dict() for t in at.table]
    assert again.slider(key="maj-prob-il-09-2026").value == 30 and again.slider(key="maj-rest").value == 80
    shown = plain(texts(again))
    assert "80% of the rest of the bloc's caucus votes yes." in shown
    assert "expected to hold" in shown  # the probability part is there too


def test_probabilities_give_the_exact_distribution():
    at = run_page("majority", v="2025-11-25", wins="none", prob="il-09-2026:0.5,ca-11-2026:0.5")
    assert at.toggle(key="maj-prob-on").value
    want = compute_scenario(load_slate("2025-11-25").slate, [], probabilities={"il-09-2026": 0.5, "ca-11-2026": 0.5})
    dist = dict(want.chamber_probabilities["us_house"].bloc_distribution)
    assert dist == {95: 0.25, 96: 0.5, 97: 0.25}
    frame = next(t.value for t in at.table if list(t.value.columns) == ["Bloc size", "Chance"])
    assert [plain(c) for c in frame["Bloc size"]] == ["95", "96", "97"]
    assert [plain(c) for c in frame["Chance"]] == ["25%", "50%", "25%"]
    assert "expected to hold 96.0 seats" in plain(texts(at))
    goals = next(t.value for t in at.table if list(t.value.columns) == ["The bloc alone has", "Chance"])
    house_goals = want.chamber_probabilities["us_house"].goals
    assert len(goals) == len(house_goals) and set(goals["Chance"].map(plain)) == {"0%"}  # 97 is far from any goal
    at.toggle(key="maj-prob-on").set_value(False).run()
    assert "prob" not in at.query_params
    assert not any(list(t.value.columns) == ["Bloc size", "Chance"] for t in at.table)


def test_vote_model_changes_the_plank_verdicts():
    slate = load_slate("2025-11-25").slate
    at = run_page("majority", v="2025-11-25", wins="all")
    assert "Universal free childcare is blocked in the New York State Assembly" in plain(texts(at))
    at.slider(key="maj-rest").set_value(80).run()
    assert at.query_params["rest"] == "0.8"
    want = compute_scenario(slate, "all", model=VoteModel(caucus_rest_yes=0.8))
    childcare = next(p for p in want.planks if p.plank_id == "universal-childcare")
    shown = plain(texts(at))
    assert ("Universal free childcare would pass" in shown) == childcare.passes


@pytest.mark.parametrize("version", VERSIONS)
def test_plank_link_highlights_the_plank(version):
    at = run_page("majority", v=version, plank="rent-freeze")
    shown = plain(texts(at))
    assert "What passing “Freeze the rent for stabilized tenants” needs" in shown
    assert shown.count("Freeze the rent for stabilized tenants** (selected)") == 2  # the box and the list entry
    assert "(/agenda?plank=rent-freeze&v=" + version + ")" in shown


def test_bad_wins_gives_a_friendly_note():
    at = run_page("majority", v="2025-11-25", wins="<script>,nowhere-2026", prob="il-09-2026:7", rest="lots")
    notes = " ".join(i.value for i in at.info)
    assert "wins" in notes and "prob" in notes and "rest" in notes
    assert bloc_sizes(at)["us_house"] == 95  # nothing applied
    assert "prob" not in at.query_params or not at.toggle(key="maj-prob-on").value


def test_races_already_decided_are_left_out_with_a_note():
    at = run_page("majority", v="2025-11-25", wins="ny-16-2024,il-09-2026,ny-14-2026")
    assert bloc_sizes(at)["us_house"] == 96
    note = plain(" ".join(i.value for i in at.info))  # race names, never ids
    assert ("already decided, so they were left out: U.S. Representative, New York's 16th district (2024); "
            "U.S. Representative, New York's 14th district (2026)") in note


def test_what_it_takes_for_a_chosen_goal():
    at = run_page("majority", v="2025-07-10", wins="none")
    at.selectbox(key="maj-goal-us_house").set_value("elect-caucus-leader").run()
    shown = plain(texts(at))
    assert "Even winning all 7 remaining races in the U.S. House of Representatives (119th Congress) leaves the bloc at 102" in shown


def test_spanish():
    at = run_page("majority", v="2025-11-25", wins="all", lang="es", plank="medicare-for-all")
    shown = plain(texts(at))
    assert "Lo que aprobaría una mayoría coordinada" in shown and "¿Qué contiendas se ganan?" in shown
    assert ("el bloque progresista en la Cámara de Representantes de EE. UU. (119.º Congreso) pasa de 95 a 101: "
            "el 47\u00a0% de los 213 demócratas") in shown
    assert "(119th Congress)" not in shown  # chamber names translated too (source titles stay as published)
    assert "Medicare para Todos queda bloqueada en" in shown and "Medicare for All queda" not in shown
    assert "Ver esta propuesta en la agenda común" in shown
    assert "Bloque progresista: 101" in charts(at)["us_house"]
    assert at.radio(key="maj-preset").options[0] == "Hoy: nada nuevo ganado"


HOSTILE = '<img src=x onerror=alert(1)> **b** [x](javascript:alert(1))'


@pytest.fixture
def hostile_root(tmp_path, monkeypatch):
    """A copy of the newest version whose chamber, plank and candidate names carry HTML and Markdown payloads."""
    import hashlib
    import json
    import shutil
    from pathlib import Path

    folder = tmp_path / "2025-11-25"
    shutil.copytree(FIXTURES / "2025-11-25", folder)
    quoted = '"' + HOSTILE.replace('"', '""') + '"'
    for table, old, new in [
        ("chambers", "us_house,U.S. House of Representatives (119th Congress),", f"us_house,{quoted},"),
        ("planks", "medicare-for-all,Medicare for All,Medicare para Todos,", f"medicare-for-all,{quoted},,"),
        ("candidates", "kat-abughazaleh,Kat Abughazaleh,", f"kat-abughazaleh,{quoted},"),
    ]:
        path = folder / f"{table}.csv"
        text = path.read_text()
        assert old in text
        path.write_text(text.replace(old, new))
    meta = json.loads((folder / "datapackage.json").read_text())
    for resource in meta["resources"]:
        resource["hash"] = "sha256:" + hashlib.sha256((folder / resource["path"]).read_bytes()).hexdigest()
    (folder / "datapackage.json").write_text(json.dumps(meta))
    monkeypatch.setenv("SLATE_DATA_DIR", str(tmp_path))


def test_hostile_data_is_escaped_everywhere(hostile_root):
    at = run_page("majority", wins="all", plank="medicare-for-all")
    assert not at.warning, [w.value for w in at.warning]  # the poisoned copy is valid and served
    svg = charts(at)["us_house"]
    assert "<img" not in svg and "&lt;img src=x onerror=alert(1)&gt;" in svg
    raw = [str(e.value) for kind in ("title", "header", "subheader", "markdown", "caption") for e in getattr(at, kind)]
    raw = [r for r in raw if not r.startswith("<svg")]
    raw += [str(cell) for t in at.table for cell in t.value.to_numpy().ravel()]
    raw += [w.label for w in at.toggle] + [w.label for w in at.selectbox]
    shown = "\n".join(raw)
    assert "onerror" in shown  # the payload is on the page, as text
    assert re.search(r"(?<!\\)<img", shown) is None and re.search(r"(?<!\\)\[x\]\(javascript", shown) is None


def test_chances_and_shares_off_the_slider_grid_are_kept():
    at = run_page("majority", v="2025-11-25", wins="none", prob="mi-sen-2026:0.333", rest="0.37")
    assert at.slider(key="maj-prob-mi-sen-2026").value == 33 and at.slider(key="maj-rest").value == 37
    shown = plain(texts(at))
    assert "37% of the rest of the bloc's caucus votes yes." in shown
    assert "expected to hold 1.3 seats" in shown  # 1 + 0.333, from the link's exact chance
