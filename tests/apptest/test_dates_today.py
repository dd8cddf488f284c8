"""Pages read on 2 December 2026 (SLATE_TODAY) over a fixture version as of 1 September 2026: the banner
names the elections held since, and no race whose election is over is called running."""

from pathlib import Path

import pytest

from .conftest import html_tables, run_page, texts

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "dates"
FINISHED = ("California's 11th", "Michigan's 13th", "Senator from Michigan", "New York's 14th")
RUNNING_WORDS = ("Running", "Open seat", "Challenger", "Slate incumbent", "Won the primary")


@pytest.fixture
def december(monkeypatch):
    monkeypatch.setenv("SLATE_DATA_DIR", str(FIXTURE))
    monkeypatch.setenv("SLATE_TODAY", "2026-12-02")


def banner(at) -> str:
    """The as-of notice: one block with its line, the data page's link and the closed list of elections."""
    found = [m.value for m in at.markdown if "se-asof" in m.value]
    assert len(found) == 1, [m.value for m in at.markdown]
    return found[0]


def everything(at) -> str:
    frames = [str(df.to_dict()) for df in [*(d.value for d in at.dataframe), *html_tables(at)]]
    return "\n".join([texts(at), *frames, *(str(e.label) for e in at.toggle)])


@pytest.mark.parametrize("page", ["map", "majority", "agenda", "data", "share", "home"])
def test_every_page_shows_the_banner_once(december, page):
    text = banner(run_page(page))
    line, listing = text.split("<details>", 1)
    assert ("Data as of 1 September 2026. 4 elections have taken place since; their results are not recorded in "
            "this version. <a href=\"/data") in line and "See the data page</a>." in line
    assert "<summary>Elections held since (4)</summary>" in listing
    assert "<li>U.S. Senator from Michigan: general election, 3 November 2026</li>" in listing


def test_quiet_line_when_nothing_has_passed(monkeypatch):
    monkeypatch.setenv("SLATE_DATA_DIR", str(FIXTURE))
    monkeypatch.setenv("SLATE_TODAY", "2026-10-01")
    at = run_page("map")
    text = banner(at)
    assert "Data as of 1 September 2026." in text and "taken place since" not in text and "<details>" not in text


def test_map_table_and_card_say_result_not_recorded(december):
    at = run_page("map", race="mi-13-2026")
    text = everything(at)
    assert "**Result not recorded** (R)" in text.replace("\\", "")
    (rows,) = html_tables(at)
    statuses = dict(zip(rows["District"], rows["Status"]))
    assert statuses["MI-13"] == statuses["CA-11"] == statuses["NY-14"] == "Result not recorded (R)"
    assert statuses["IL-09"] == "Lost (L)"
    for word in RUNNING_WORDS:
        assert word not in " ".join(rows["Status"]), word
    card = "\n".join(m.value for m in at.markdown)
    assert "Donavan McKinney**" in card.replace("\\", "") and "Result not recorded" in card
    assert "Won the primary" not in card and "Running" not in card


def test_embed_list_says_result_not_recorded(december, monkeypatch):
    import views._shell

    monkeypatch.setattr(views._shell, "embedded", lambda: True)  # Streamlit keeps ?embed= out of query_params
    at = run_page("map", embed="true", level="us_senate")
    text = everything(at)
    assert "U.S. Senator from Michigan (2026), Result not recorded" in text.replace("\\", "")
    assert "Open seat" not in text


def test_majority_counts_only_open_races_and_names_the_term(december):
    at = run_page("majority", wins="all")
    text = everything(at).replace("\\", "")
    assert "4 of 4 slate races still open" in text
    # The 2026 races fill the 120th Congress (the 2028 race the 121st): never the 119th, which sits until January.
    assert "U.S. Senate (119th Congress) describe the 120th Congress (from 3 January 2027)" in text
    assert "the party split of the 119th Congress is assumed (53 R, 45 D, 2 I)" in text
    assert "describe the 119th Congress" not in text
    assert "Result not recorded, assumed won: U.S. Representative, California's 11th district" in text
    toggles = {t.label.replace("\\", "") for t in at.toggle}
    assert any("Michigan's 13th" in t and "result not recorded: can be assumed won" in t for t in toggles), toggles
    assert not any("New York's 8th" in t for t in toggles)  # over: no slate candidate was recorded


def test_majority_link_with_a_decided_race_leaves_it_out(december):
    at = run_page("majority", wins="ny-08-2026,mi-13-2026")
    assert any("already decided, so they were left out: U.S. Representative, New York's 8th district" in i.value.replace("\\", "")
               for i in at.info)


def test_find_offers_no_calendar_of_past_dates(december):
    at = run_page("find", district="MI-13")
    text = everything(at).replace("\\", "")
    assert "No election date still ahead on 2 December 2026" in text
    assert "[The data page](/data" in text
    assert "Download the calendar (.ics)" not in [b.label for b in at.get("download_button")]
    assert "Result not recorded" in text and "Challenger" not in text.split("Slate races where you vote")[-1].split("As of")[0]


def test_majority_assumed_split_is_a_control_carried_in_the_link(december):
    at = run_page("majority", wins="mi-13-2026", assume="us_house:D220-R214")
    text = everything(at).replace("\\", "")
    assert "describe the 120th Congress (from 3 January 2027)" in text
    assert "the party split you set is used (220 D, 214 R, 1 vacant)" in text
    assert at.number_input(key="maj-assume-us_house-D").value == 220
    at.number_input(key="maj-assume-us_house-R").set_value(215).run()
    assert at.query_params["assume"] == "us_house:D220-R215"
    assert "the party split you set is used (220 D, 215 R)" in everything(at).replace("\\", "")
    at.number_input(key="maj-assume-us_house-D").set_value(213).run()
    at.number_input(key="maj-assume-us_house-R").set_value(219).run()
    assert "assume" not in at.query_params  # back to the assumed split: the link no longer carries one
