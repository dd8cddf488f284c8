"""The dates every House count carries, and the caveats wherever lines or the 2024 result are shown:
the members are a dated roster (the 120th Congress's are not known here), the caucus lists and stated
sizes have their own dates, and the 2024 result is for the 119th Congress's lines."""

from __future__ import annotations

from ..data.house_checks import stated_range
from ..data.slate import Slate
from ..i18n import _, date_text, ngettext
from .blocs import BLUE_DOG, PROGRESSIVE


def roster_date(slate: Slate):
    return max((m.as_of for m in slate.house_members), default=None)


def list_date(slate: Slate, bloc: str):
    return max((m.as_of for m in slate.caucus_members if m.bloc_id == bloc), default=None)


def month_text(day) -> str:
    """'July 2025' / 'julio de 2025': stated sizes are dated to the month."""
    text = date_text(day)
    return text.split(" ", 1)[1] if text.split(" ", 1)[0].isdigit() else text


def stated_size(slate: Slate, bloc: str) -> str:
    """A bloc's stated size with its dates: 'about 98–101 members (July 2025 – August 2026)', '10 members
    (February 2025)'."""
    counts = sorted((c for c in slate.caucus_counts if c.bloc_id == bloc), key=lambda c: c.as_of)
    if not counts:
        return ""
    low, high, _allowance = stated_range(counts)
    size = str(low) if low == high else f"{low}–{high}"
    when = month_text(counts[0].as_of) if len(counts) == 1 else f"{month_text(counts[0].as_of)} – {month_text(counts[-1].as_of)}"
    if any(c.approximate for c in counts):
        return _("about {size} members ({when})").format(size=size, when=when)
    return _("{size} members ({when})").format(size=size, when=when)


def counts_note(slate: Slate) -> str:
    """Where every count comes from and when: the roster, the lists, the stated sizes, the next Congress."""
    named = sum(1 for m in slate.caucus_members if m.bloc_id == BLUE_DOG)
    parts = [
        _("Members as of {date} (the congress-legislators roster); the members of the 120th Congress, seated on "
          "3 January 2027, are not known here.").format(date=date_text(roster_date(slate))),
        _("Caucus lists of {date}; the Progressive Caucus states {size} in all.").format(
            date=date_text(list_date(slate, PROGRESSIVE)), size=stated_size(slate, PROGRESSIVE)),
        ngettext("Blue Dogs: only the {named} member a source names is shown, of {size}.",
                 "Blue Dogs: only the {named} members sources name are shown, of {size}.", named).format(
            named=named, size=stated_size(slate, BLUE_DOG)),
    ]
    return " ".join(parts)


def redrawn_states(slate: Slate) -> list[str]:
    return sorted({r.district[:2] for r in slate.district_results if r.redrawn})


def lines_caveat(slate: Slate) -> str:
    """Said wherever lines or the 2024 result are shown."""
    states = redrawn_states(slate)
    return _("The 2024 presidential result (The Downballot) is for the 119th Congress's lines. {count} states "
             "({states}) voted on new lines in 2026: there it describes the old district.").format(
        count=len(states), states=", ".join(states))
