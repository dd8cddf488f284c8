"""/majority counts the N safest New Democrat or Blue Dog seats as won by progressives: the Progressive
Caucus's share of the Democratic caucus, its distance to a majority, the planks that move, the seats by name."""

from __future__ import annotations

import pytest

from tests.apptest.conftest import run_page, texts
from tests.unit.house_fixture import HOUSE_FIXTURE
from tests.versions import FIXTURES


@pytest.fixture(autouse=True)
def house_version(monkeypatch):
    monkeypatch.setenv("SLATE_DATA_DIR", str(HOUSE_FIXTURE.parent))
    monkeypatch.setenv("SLATE_TODAY", "2026-12-07")


def test_five_then_fourteen_safest_seats():
    at = run_page("majority")
    shown = texts(at)
    assert "would hold 98 of the 212 Democratic seats (46.2%), up from 93 (43.9%)" in shown
    assert "A majority of the Democratic caucus is 107 seats: 9 more seats needed." in shown
    assert "MD-04: Glenn Ivey (New Democrat), Harris 85% in 2024" in shown
    assert "“Medicare for All” moves:" in shown
    assert "Members as of 15 June 2026" in shown and "voted on new lines in 2026" in shown
    at.slider(key="maj-safest").set_value(14).run()
    assert "That is a majority of the Democratic caucus (107 seats)." in texts(at)


def test_spanish_and_no_house_tables(monkeypatch):
    assert "Bancada Progresista" in texts(run_page("majority", lang="es"))
    monkeypatch.setenv("SLATE_DATA_DIR", str(FIXTURES))
    assert not [s for s in run_page("majority").slider if s.key == "maj-safest"]
