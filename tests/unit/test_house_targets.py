"""The primaries nobody has called (`targets`), Find's sentence, the N safest seats and the bloc colours."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from slate_explorer.data.validate import load_folder
from slate_explorer.house import blocs
from slate_explorer.house.safest import safest
from slate_explorer.house.sentence import district_sentence
from slate_explorer.house.targets import targets
from slate_explorer.i18n import in_language
from slate_explorer.labels import contrast_ratio
from tests.unit.house_fixture import HOUSE_FIXTURE
from tests.versions import ROOT

TODAY = dt.date(2026, 12, 7)


@pytest.fixture(scope="module")
def slate():
    return load_folder(HOUSE_FIXTURE)


def test_targets_are_new_democrat_or_blue_dog_seats_safest_first(slate):
    found = targets(slate, TODAY)
    shares = [t.seat.dem_share for t in found]
    assert shares == sorted(shares, reverse=True) and min(shares) >= 0.65
    assert all(set(t.seat.blocs) & {blocs.NEW_DEM, blocs.BLUE_DOG} and t.seat.party == "D" for t in found)
    by = {t.seat.district: t for t in found}
    assert by["NY-10"].challenger and by["NY-10"].candidates == ("Brad Lander",)
    assert by["NY-10"].seat.blocs == (blocs.PROGRESSIVE, blocs.NEW_DEM)  # a member of both keeps both
    assert by["MO-01"].challenger and by["NC-04"].status == "lost"
    assert not by["GA-05"].challenger and by["GA-05"].status is None
    assert "NY-10" not in {t.seat.district for t in targets(slate, TODAY, 0.8)}


def test_any_democrat_outside_the_progressive_caucus_adds_seats(slate):
    wider = targets(slate, TODAY, any_non_progressive=True)
    assert len(wider) > len(targets(slate, TODAY))
    assert all(blocs.PROGRESSIVE not in t.seat.blocs or blocs.NEW_DEM in t.seat.blocs for t in wider)


def test_the_cli_lists_ny10_and_mo01_with_shares_and_challengers():
    out = subprocess.run([sys.executable, "-m", "slate_explorer", "targets", "--min-share", "0.65", "--json",
                          "--data", str(HOUSE_FIXTURE), "--today", "2026-12-07"], capture_output=True, text=True, cwd=ROOT, check=True)
    rows = {r["district"]: r for r in json.loads(out.stdout)["seats"]}
    assert rows["NY-10"]["member"] == "Daniel S. Goldman" and rows["NY-10"]["dem_pct"] == 79
    assert rows["NY-10"]["caucuses"] == ["Congressional Progressive Caucus (House)", "New Democrat Coalition"]
    assert rows["MO-01"]["member"] == "Wesley Bell" and rows["MO-01"]["dem_share"] == 0.78
    assert rows["MO-01"]["slate_challenger"] and rows["MO-01"]["redrawn_2026"]
    assert not rows["MD-04"]["slate_challenger"]


def test_find_sentence(slate):
    assert district_sentence(slate, "MD-04", TODAY) == (
        "Your member belongs to the New Democrat Coalition; Harris won this district with 85% in 2024; "
        "no progressive challenger ran in 2026.")
    assert district_sentence(slate, "NY-10", TODAY).endswith("Brad Lander ran for the slate in 2026: result not recorded.")
    assert district_sentence(slate, "AL-01", TODAY).startswith("Your member belongs to none of the caucuses")
    assert "Trump won this district with 77%" in district_sentence(slate, "AL-01", TODAY)
    assert district_sentence(slate, "CA-14", TODAY).startswith("This seat is vacant")
    assert "Alexandria Ocasio-Cortez ran again for the slate in 2026" in district_sentence(slate, "NY-14", TODAY)
    assert district_sentence(slate, "NY-99", TODAY) is None
    with in_language("es"):
        assert "Harris ganó este distrito con el 85" in district_sentence(slate, "MD-04", TODAY)


def test_the_n_safest_seats_grow_the_progressive_caucus(slate):
    five = safest(slate, 5)
    assert [s.district for s in five.seats] == ["MD-04", "MO-01", "GA-06", "CA-15", "CA-16"]
    assert five.progressive == 93 and five.democrats == 212 and five.majority == 107
    assert five.progressive_after == 98 and five.short_of_majority() == 9
    assert safest(slate, 20).short_of_majority() == 0
    assert len(safest(slate, 99).seats) == 20


@pytest.mark.parametrize("kind", list(blocs.KINDS))
def test_every_bloc_colour_takes_a_readable_letter(kind):
    assert contrast_ratio(blocs.kind_ink(kind), blocs.kind_colour(kind)) >= 4.5
