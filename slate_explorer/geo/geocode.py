"""Street address -> point, with the US Census Geocoder (no key), then look the point up locally.

The request goes from this server to the Census Bureau only; the address is never logged, never put in
an app URL, and never part of an error message. (httpx logs each request URL at INFO level, so a filter on
the "httpx" logger drops the records of geocoder requests.)

Public:
- `GEOCODER_ENV` = "SLATE_GEOCODER_URL": base URL override (tests point it at a local fake server).
- `GeocodeMatch(lon, lat, matched_address, candidates)`
- `GeocodeError` (base), `AddressNotFound`, `GeocoderUnavailable`: `str(err)` is a voter-facing message.
- `geocoder_url() -> str`: the base URL in use (SLATE_GEOCODER_URL or the Census one).
- `geocode_address(address, base_url=None, timeout=6.0, retries=2, client=None) -> GeocodeMatch`
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import httpx

from ..i18n import N_, _

GEOCODER_ENV = "SLATE_GEOCODER_URL"
DEFAULT_BASE_URL = "https://geocoding.geo.census.gov/geocoder"
ENDPOINT = "/locations/onelineaddress"
BENCHMARK = "Public_AR_Current"
MAX_ADDRESS = 200
# What went wrong with the service, each a whole sentence (translators see whole sentences).
TIMED_OUT = N_("The US Census address service did not answer in time.")
UNREACHABLE = N_("The US Census address service could not be reached.")
UNREADABLE = N_("The US Census address service sent an answer that could not be read.")
SERVER_ERROR = N_("The US Census address service had an error (HTTP {status}).")
TRY_OTHERWISE = N_("Try again in a minute, or use your ZIP code or click your home on the map.")


class GeocodeError(Exception):
    """Base: the message is safe to show to the voter (it never repeats the address)."""


class AddressNotFound(GeocodeError):
    pass


class GeocoderUnavailable(GeocodeError):
    pass


@dataclass(frozen=True)
class GeocodeMatch:
    lon: float
    lat: float
    matched_address: str
    candidates: int  # how many matches the Census returned (the first, best one is used)


class _DropGeocoderRequests(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return ENDPOINT not in record.getMessage()


_FILTER = _DropGeocoderRequests()
for _name in ("httpx", "httpcore"):
    if _FILTER not in logging.getLogger(_name).filters:
        logging.getLogger(_name).addFilter(_FILTER)


def geocoder_url() -> str:
    return (os.environ.get(GEOCODER_ENV, "").strip() or DEFAULT_BASE_URL).rstrip("/")


def geocode_address(address: str, base_url: str | None = None, timeout: float = 6.0, retries: int = 2,
                    client: httpx.Client | None = None) -> GeocodeMatch:
    address = " ".join(str(address or "").split())
    if len(address) < 5:
        raise AddressNotFound(_("Enter a street address with a number, street, and city or ZIP code."))
    if len(address) > MAX_ADDRESS:
        raise AddressNotFound(_("That address is too long (at most {count} characters).").format(count=MAX_ADDRESS))
    params = {"address": address, "benchmark": BENCHMARK, "format": "json"}
    url = (base_url or geocoder_url()).rstrip("/") + ENDPOINT
    own = client is None
    client = client or httpx.Client(timeout=timeout)
    try:
        payload = _get_with_retries(client, url, params, retries)
    finally:
        if own:
            client.close()
    return _first_match(payload)


def _get_with_retries(client: httpx.Client, url: str, params: dict, retries: int) -> dict:
    problem = _(UNREACHABLE)
    for attempt in range(retries + 1):
        try:
            response = client.get(url, params=params)
        except httpx.TimeoutException:
            problem = _(TIMED_OUT)
        except httpx.HTTPError:
            problem = _(UNREACHABLE)
        else:
            if response.status_code == 200:
                try:
                    return response.json()
                except ValueError:
                    problem = _(UNREADABLE)
            elif response.status_code < 500:
                raise AddressNotFound(_census_error(response) or
                                      _("The Census geocoder could not read that address. Check it and try again."))
            else:
                problem = _(SERVER_ERROR).format(status=response.status_code)
        if attempt < retries:
            _backoff(attempt)
    raise GeocoderUnavailable(f"{problem} {_(TRY_OTHERWISE)}")


def _backoff(attempt: int) -> None:
    time.sleep(min(0.25 * 2**attempt, 2.0))


def _census_error(response: httpx.Response) -> str | None:
    """The Census answers bad requests with {"errors": [...], "status": "400"}; pass its words on."""
    try:
        errors = response.json().get("errors") or []
    except (ValueError, AttributeError):
        return None
    text = "; ".join(str(e) for e in errors if isinstance(e, str))[:200]
    return _("The Census geocoder could not use that address: {reason}").format(reason=text) if text else None


def _first_match(payload: dict) -> GeocodeMatch:
    try:
        matches = payload["result"]["addressMatches"]
    except (KeyError, TypeError):
        raise GeocoderUnavailable(_("The US Census address service sent an unexpected answer. "
                                    "Use your ZIP code or click your home on the map.")) from None
    if not matches:
        raise AddressNotFound(_("No match for that address. Check the street number and name, add the city or "
                                "ZIP code, or click your home on the map."))
    best = matches[0]
    try:
        lon, lat = float(best["coordinates"]["x"]), float(best["coordinates"]["y"])
    except (KeyError, TypeError, ValueError):
        raise GeocoderUnavailable(_("The US Census address service sent a match without coordinates.")) from None
    return GeocodeMatch(lon, lat, str(best.get("matchedAddress", "")), len(matches))
