"""Who counts as "the slate" on the agenda page: the rule is stated once, here, and shown in the UI."""

from __future__ import annotations

from ..data.models import Candidate
from ..data.slate import Slate
from ..i18n import N_

# Outcomes that take a candidate out of the current slate: they are no longer running or serving.
FORMER_OUTCOMES = frozenset({"lost", "withdrew"})

SLATE_RULE = N_(  # shown with _(SLATE_RULE)
    "The slate, for these counts, is every candidate in this data version who is still in it: "
    "running, nominated, elected or serving. Candidates who lost or withdrew are former slate "
    "members: they stay visible but are not counted."
)


def is_current(candidate: Candidate) -> bool:
    """True unless the candidate lost or withdrew (outcome running, won_primary, won, incumbent, unknown)."""
    return candidate.outcome not in FORMER_OUTCOMES


def current_members(slate: Slate) -> list[Candidate]:
    """The current slate, in the data file's order (which follows the letter)."""
    return [c for c in slate.candidates.values() if is_current(c)]

