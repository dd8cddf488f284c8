"""ZIP -> every candidate district, with the note; never silently one."""

from __future__ import annotations

import pytest

from slate_explorer.geo.zipcodes import InvalidZip, districts_for_zip, parse_zip


def test_a_zip_spanning_districts_lists_every_one_with_the_note(built):
    result = districts_for_zip("11201", built)
    assert result.districts == ("NY-07", "NY-08", "NY-10")
    assert result.known and result.single is None
    assert "span several districts" in result.note and "address" in result.note and "map" in result.note
    assert "NY-07, NY-08, NY-10" in result.note


@pytest.mark.parametrize("zip_code, districts", [
    ("94102", ("CA-11",)), ("60201", ("IL-09",)), ("48226", ("MI-13",)), ("85701", ("AZ-07",)),
    ("10027", ("NY-12", "NY-13")), ("99501", ("AK-AL",)), ("20001", ("DC-AL",)), ("00901", ("PR-AL",)),
])
def test_spot_checks(built, zip_code, districts):
    assert districts_for_zip(zip_code, built).districts == districts


def test_a_single_district_still_asks_to_confirm(built):
    result = districts_for_zip("94102", built)
    assert result.single == "CA-11"
    assert "address" in result.note


def test_unknown_zip_is_said_clearly(built):
    result = districts_for_zip("00000", built)
    assert not result.known and result.districts == ()
    assert "00000" in result.note and "not one of the Census ZIP code areas" in result.note


@pytest.mark.parametrize("text", ["1120", "112011", "abcde", "", None, "11201-12", "1 1201"])
def test_input_must_be_five_digits(text):
    with pytest.raises(InvalidZip, match="5-digit ZIP"):
        parse_zip(text)


def test_zip_plus_four_and_spaces_are_accepted():
    assert parse_zip(" 11201-1234 ") == "11201"
