"""Current representatives from the roster, with vacancies said plainly."""

from __future__ import annotations

import pytest

from slate_explorer.geo.layers import read_lookup_layer
from slate_explorer.geo.roster import house_member, representatives, senators


def test_a_house_district_has_its_representative(built):
    rep = representatives("NY-14", built)
    assert rep.level == "us_house" and not rep.vacant
    (member,) = rep.members
    assert "Ocasio-Cortez" in member.name and member.party == "Democrat" and member.role == "Representative"
    assert member.url.startswith("https://")
    assert "Pelosi" in house_member("CA-11", built).name


def test_a_state_has_its_two_senators(built):
    rep = representatives("MI", built)
    assert rep.level == "us_senate" and len(rep.members) == 2 and not rep.vacant
    assert {m.role for m in rep.members} == {"Senator"}
    assert {"Schumer", "Gillibrand"} <= {m.name.split()[-1] for m in senators("NY", built)}


@pytest.mark.parametrize("district", ["CA-14", "FL-20", "GA-13", "TX-23"])
def test_vacancies_in_the_snapshot(built, district):
    rep = representatives(district, built)
    assert rep.vacant and rep.members == () and "vacant" in rep.note


def test_every_other_house_seat_has_a_member(built):
    house = read_lookup_layer("us_house", built)
    empty = sorted(i for i in house.ids if house_member(i, built) is None)
    assert empty == ["CA-14", "FL-20", "GA-13", "TX-23"]


def test_delegates_and_places_without_senators(built):
    assert representatives("DC-AL", built).members[0].role == "Delegate"
    assert representatives("PR-AL", built).members[0].role == "Resident Commissioner"
    dc = representatives("DC", built)
    assert dc.members == () and "no US senators" in dc.note


def test_other_levels_and_unknown_ids(built):
    assert "Congress only" in representatives("NY-AD-52", built).note
    assert "not a district" in representatives("NY-99", built).note
    assert representatives("ny14", built).district_id == "NY-14"
