"""ZIP code -> every candidate US House district, never silently one.

The table is `zccd.csv` (Census 119th-Congress block equivalency joined with the 2020 ZCTA-tract
relationship). It is a superset: a ZIP lists every district that touches any census tract overlapping it.
About 7,300 of 33,800 ZIP areas list more than one district, so a ZIP gives a shortlist and a prompt to
use an address or the map, not an answer.

Public:
- `ZipDistricts(zip, districts, known, note)`; `.single` -> the id when exactly one district is listed.
- `InvalidZip(ValueError)`: the input is not a 5-digit ZIP (the message says so).
- `parse_zip(text) -> str`: "11201", " 11201-1234 " -> "11201"; raises InvalidZip.
- `districts_for_zip(text, folder=None) -> ZipDistricts`
"""

from __future__ import annotations

import csv
import functools
import io
import re
from dataclasses import dataclass
from pathlib import Path

from ..i18n import N_, _
from .layers import DamagedLayerError, read_layer_text

ASK_FOR_MORE = N_("Enter your street address or click your home on the map to find your exact district.")


class InvalidZip(ValueError):
    pass


@dataclass(frozen=True)
class ZipDistricts:
    zip: str
    districts: tuple[str, ...]
    known: bool
    note: str

    @property
    def single(self) -> str | None:
        return self.districts[0] if len(self.districts) == 1 else None


def parse_zip(text: str) -> str:
    match = re.fullmatch(r"\s*(\d{5})(?:-\d{4})?\s*", str(text or ""))
    if not match:
        raise InvalidZip(_("Enter a 5-digit ZIP code, for example 11201."))
    return match.group(1)


@functools.lru_cache(maxsize=2)
def _table(text: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    try:
        for row in csv.DictReader(io.StringIO(text, newline="")):
            table.setdefault(row["zip"], []).append(row["district"])
    except (KeyError, csv.Error) as error:
        raise DamagedLayerError(Path("zip_districts.csv"), f"{type(error).__name__}: {error}") from None
    return {zip_code: tuple(sorted(ids)) for zip_code, ids in table.items()}


def districts_for_zip(text: str, folder: Path | None = None) -> ZipDistricts:
    zip_code = parse_zip(text)
    districts = _table(read_layer_text("zip_districts.csv", folder)).get(zip_code, ())
    return ZipDistricts(zip_code, districts, bool(districts), _note(zip_code, districts))


def _note(zip_code: str, districts: tuple[str, ...]) -> str:
    if not districts:
        text = _("ZIP {zip} is not one of the Census ZIP code areas (some ZIPs, such as PO-box-only ones, have none).")
    elif len(districts) == 1:
        text = _("ZIP {zip} lies in {district}. ZIP areas only approximate postal ZIPs, and state legislative "
                 "districts cannot be told from a ZIP.")
    else:
        text = _("ZIP {zip} touches {count} congressional districts ({districts}). A ZIP code can span several "
                 "districts, so it cannot tell which one you vote in.")
    text = text.format(zip=zip_code, district=districts[0] if districts else "", count=len(districts),
                       districts=", ".join(districts))
    return f"{text} {_(ASK_FOR_MORE)}"
