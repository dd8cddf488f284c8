"""The home page's words about the letter, and the version's as-of date.

Race statuses and dates are never counted here: pages ask race_day.SlateOnDay (read on the page's today)
for statuses and the dates still ahead.
"""

from __future__ import annotations

import datetime as dt

from .data.slate import Slate
from .i18n import N_

LETTER_SUMMARY = (
    N_("Progressive candidates keep winning elections but losing power, because each runs a siloed "
    "campaign with no shared platform and no plan for what they would do if several of them won."),
    N_("Five to ten coordinated House wins could shift the Democratic caucus, a couple of Senate wins could "
    "block a corporate nominee, and a mayor backed by a slate in Albany could govern: this site shows that picture."),
)


def as_of_date(slate: Slate) -> dt.date:
    return dt.date.fromisoformat(slate.as_of)
