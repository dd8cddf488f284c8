"""The real httpx client against a local server that answers like the Census Geocoder."""

from __future__ import annotations

import logging

import pytest

from slate_explorer.geo.geocode import (
    AddressNotFound,
    GeocoderUnavailable,
    geocode_address,
    geocoder_url,
)

ADDRESS = "1 Dr Carlton B Goodlett Pl, San Francisco, CA 94102"


def test_a_match_gives_the_point_and_sends_the_census_parameters(fake_census):
    match = geocode_address(ADDRESS, base_url=fake_census.url)
    assert (match.lon, match.lat) == (-122.4193, 37.7793)
    assert match.matched_address.startswith("1 DR CARLTON") and match.candidates == 2
    (request,) = fake_census.requests
    assert request["path"] == "/geocoder/locations/onelineaddress"
    assert request["query"]["benchmark"] == ["Public_AR_Current"] and request["query"]["format"] == ["json"]
    assert request["query"]["address"] == [ADDRESS]


def test_the_base_url_comes_from_the_environment(fake_census, monkeypatch):
    monkeypatch.setenv("SLATE_GEOCODER_URL", fake_census.url)
    assert geocoder_url() == fake_census.url
    assert geocode_address(ADDRESS).lat == 37.7793
    monkeypatch.delenv("SLATE_GEOCODER_URL")
    assert geocoder_url() == "https://geocoding.geo.census.gov/geocoder"


def test_no_match_is_a_clear_message(fake_census):
    fake_census.mode = "nomatch"
    with pytest.raises(AddressNotFound, match="No match for that address") as err:
        geocode_address(ADDRESS, base_url=fake_census.url)
    assert ADDRESS not in str(err.value) and "San Francisco" not in str(err.value)


def test_a_census_error_answer_is_passed_on_without_retrying(fake_census, no_sleep):
    fake_census.mode = "badrequest"
    with pytest.raises(AddressNotFound, match="cannot exceed 100 characters"):
        geocode_address(ADDRESS, base_url=fake_census.url)
    assert len(fake_census.requests) == 1


def test_server_errors_are_retried_then_succeed(fake_census, no_sleep):
    fake_census.mode, fake_census.failures_left = "flaky", 2
    assert geocode_address(ADDRESS, base_url=fake_census.url, retries=2).lon == -122.4193
    assert len(fake_census.requests) == 3


def test_persistent_server_errors_say_the_service_is_down(fake_census, no_sleep):
    fake_census.mode = "error"
    with pytest.raises(GeocoderUnavailable, match=r"had an error \(HTTP 500\).*ZIP code.*map"):
        geocode_address(ADDRESS, base_url=fake_census.url, retries=1)
    assert len(fake_census.requests) == 2


def test_a_slow_service_times_out_with_a_clear_message(fake_census, no_sleep):
    fake_census.mode = "slow"
    with pytest.raises(GeocoderUnavailable, match="did not answer in time"):
        geocode_address(ADDRESS, base_url=fake_census.url, timeout=0.2, retries=1)
    assert len(fake_census.requests) == 2


def test_an_unreachable_service_is_a_clear_message(no_sleep):
    with pytest.raises(GeocoderUnavailable, match="could not be reached"):
        geocode_address(ADDRESS, base_url="http://127.0.0.1:9/geocoder", retries=1)


def test_an_unreadable_answer_is_a_clear_message(fake_census, no_sleep):
    fake_census.mode = "garbage"
    with pytest.raises(GeocoderUnavailable, match="could not be read"):
        geocode_address(ADDRESS, base_url=fake_census.url, retries=0)


@pytest.mark.parametrize("address", ["", "  ", "12", "x" * 201])
def test_input_is_checked_before_any_request(fake_census, address):
    with pytest.raises(AddressNotFound):
        geocode_address(address, base_url=fake_census.url)
    assert fake_census.requests == []


def test_the_address_is_never_logged(fake_census, caplog, no_sleep):
    caplog.set_level(logging.DEBUG)
    geocode_address(ADDRESS, base_url=fake_census.url)
    fake_census.mode = "error"
    with pytest.raises(GeocoderUnavailable):
        geocode_address(ADDRESS, base_url=fake_census.url, retries=1)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Goodlett" not in logged and "Carlton" not in logged
