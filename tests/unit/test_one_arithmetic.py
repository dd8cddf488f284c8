"""The home picture, its PNG, /majority (page and embed) and the `scenario` command give the same numbers for
the same wins, day and assumption: they all read `compute_scenario`."""

from __future__ import annotations

import json

import pytest

from slate_explorer.cli import main
from slate_explorer.governing import picture_for
from slate_explorer.majority import memo
from slate_explorer.picture_html import figures_text
from slate_explorer.picture_png import picture_figure
from slate_explorer.routes import MajorityState

from .dates_fixture import AFTER_NOVEMBER, DATA_DIR, SLATE

CASES = [("all", ""), ("mi-13-2026", "us_house:D220-R214"), ("all", "us_house:D200-R230,us_senate:D50-R50")]


def cli_json(capsys, wins: str, assume: str) -> dict:
    args = ["scenario", "--data", str(DATA_DIR / SLATE.version), "--wins", wins, "--today", AFTER_NOVEMBER.isoformat(),
            "--json"] + (["--assume", assume] if assume else [])
    assert main(args) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("wins,assume", CASES)
def test_picture_png_page_and_cli_agree(capsys, wins, assume):
    state, notes = MajorityState.parse({"wins": wins, **({"assume": assume} if assume else {})}, SLATE, AFTER_NOVEMBER)
    assert not notes
    page = memo.scenario(SLATE, state.wins, today=AFTER_NOVEMBER, assume=state.assume)  # what /majority draws
    page_today = memo.scenario(SLATE, (), today=AFTER_NOVEMBER, assume=state.assume)
    picture = picture_for(SLATE, state.wins, AFTER_NOVEMBER, assume=state.assume)
    png_texts = [t.get_text() for t in picture_figure(picture).texts]
    cli = cli_json(capsys, wins, assume)["chambers"]
    assert picture.chambers
    for chamber in picture.chambers:
        then, now = page.chambers[chamber.chamber_id], page_today.chambers[chamber.chamber_id]
        figures = (chamber.bloc_today, chamber.bloc_then, chamber.seats, chamber.caucus_then, chamber.term_then)
        assert figures == (now.bloc_after, then.bloc_after, then.seats, then.caucus_after, then.term.name)
        assert chamber.counts_then == then.counts
        mine = cli[chamber.chamber_id]
        assert (mine["bloc_after"], mine["caucus_after"], mine["parties_after"], mine["term"]["name"], mine["counts"]) == (
            then.bloc_after, then.caucus_after, then.parties_after, then.term.name, then.counts)
        assert any(text.startswith(figures_text(chamber)[:60]) for text in png_texts), figures_text(chamber)
    if assume:
        assert all(page.chambers[c].parties_before == split for c, split in state.assume.items())
