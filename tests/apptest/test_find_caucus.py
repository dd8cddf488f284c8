"""Find gives the House member's caucuses, the district's 2024 result and the slate's 2026 challenge in one
sentence, with the dates behind it, when the data version has the House tables."""

from __future__ import annotations

import pytest

from tests.apptest.conftest import run_page, texts
from tests.unit.house_fixture import HOUSE_FIXTURE
from tests.versions import FIXTURES


@pytest.fixture(autouse=True)
def house_version(monkeypatch):
    monkeypatch.setenv("SLATE_DATA_DIR", str(HOUSE_FIXTURE.parent))
    monkeypatch.setenv("SLATE_TODAY", "2026-12-07")


def test_the_caucus_sentence_for_a_district():
    shown = texts(run_page("find", district="MO-01"))
    assert ("Your member belongs to the New Democrat Coalition; Harris won this district with 78% in 2024; "
            "Cori Bush ran for the slate in 2026: result not recorded.") in shown
    assert "Members as of 15 June 2026." in shown and "voted on new lines in 2026" in shown


def test_no_challenger_and_spanish():
    assert "no progressive challenger ran in 2026." in texts(run_page("find", district="MD-04"))
    shown = texts(run_page("find", district="MD-04", lang="es"))
    assert "Harris ganó este distrito con el 85 % en 2024; ningún aspirante progresista se presentó en 2026." in shown


def test_a_version_without_house_tables_says_nothing_of_caucuses(monkeypatch):
    monkeypatch.setenv("SLATE_DATA_DIR", str(FIXTURES))
    assert "Your member belongs" not in texts(run_page("find", district="NY-14"))
