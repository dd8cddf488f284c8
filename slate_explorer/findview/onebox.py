"""One box for Find your district (the home page's): a ZIP code, a district id or an address.

What was typed decides the question: five digits (or ZIP+4) ask for a ZIP, a district id (NY-14, MI,
NY-AD-36) for a district, anything else is an address and is geocoded. The answer is a `query.Query`
for the Find page (carried in the session, never the URL) or a voter-facing problem.
"""

from __future__ import annotations

import re
from typing import Callable

from ..i18n import _
from . import query

ZIP = re.compile(r"^\s*\d{5}(-\d{4})?\s*$")


def kind_of(text: str) -> str:
    """"zip", "district", "address" or "empty"."""
    if not text or not text.strip():
        return "empty"
    if ZIP.match(text):
        return "zip"
    if " " not in text.strip() and isinstance(query.district_query(text), query.Query):
        return "district"
    return "address"


def one_box_query(text: str, geocode: Callable[[str], query.Query | str] = query.address_query) -> query.Query | str:
    kind = kind_of(text)
    if kind == "empty":
        return _("Type a ZIP code, a district such as NY-14, or your street address.")
    if kind == "zip":
        return query.zip_query(text)
    if kind == "district":
        return query.district_query(text)
    return geocode(text)
