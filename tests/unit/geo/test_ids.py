from __future__ import annotations

import pytest

from slate_explorer.geo.ids import house_id, level_of, normalize_district_id, ordinal


@pytest.mark.parametrize("state, code, expected", [
    ("CA", "11", "CA-11"), ("AK", "00", "AK-AL"), ("DC", "98", "DC-AL"), ("PR", "98", "PR-AL"),
    ("AK", 0, "AK-AL"), ("IL", 9, "IL-09"),
])
def test_house_id(state, code, expected):
    assert house_id(state, code) == expected


@pytest.mark.parametrize("district, level", [
    ("CA-11", "us_house"), ("AK-AL", "us_house"), ("MI", "us_senate"), ("NY-AD-52", "state_house"),
    ("NY-SD-26", "state_senate"), ("NYC", "city"), ("ny-14", None), ("NY-AD-052", None), ("", None),
])
def test_level_of(district, level):
    assert level_of(district) == level


@pytest.mark.parametrize("typed, canonical", [
    ("NY-14", "NY-14"), ("ny14", "NY-14"), ("NY-7", "NY-07"), (" ny ad 52 ", "NY-AD-52"), ("NY-SD-026", "NY-SD-26"),
    ("nyc", "NYC"), ("mi", "MI"), ("ak-al", "AK-AL"), ("CA 11", "CA-11"), ("11201", None), ("x", None), ("", None),
])
def test_normalize_district_id(typed, canonical):
    assert normalize_district_id(typed) == canonical


def test_ordinal():
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 52)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "52nd"]
