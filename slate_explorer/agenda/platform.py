"""The common platform in plain words: what each plank does and which bodies must pass it."""

from __future__ import annotations

from ..data.models import Plank
from ..data.slate import Slate
from ..data_text import with_chamber
from ..i18n import _


def path_steps(slate: Slate, plank: Plank) -> list[str]:
    """Each body on the plank's path, as a plain phrase ("the U.S. Senate passes it", ...)."""
    steps = []
    for i, chamber_id in enumerate(plank.path):
        chamber = slate.chambers[chamber_id]
        if chamber.kind != "executive":
            steps.append(with_chamber(_("the {chamber} passes it"), chamber.name))
        elif i == 0 and len(plank.path) == 1:
            steps.append(with_chamber(_("the {chamber} acts alone; no legislature has to vote"), chamber.name))
        else:
            steps.append(with_chamber(_("the {chamber} signs it"), chamber.name))
    return steps


def path_words(slate: Slate, plank: Plank) -> str:
    """'First the A passes it, then the B passes it, then the C signs it.'"""
    steps = path_steps(slate, plank)
    if len(steps) == 1:
        return steps[0][0].upper() + steps[0][1:] + "."
    return _("First {steps}.").format(steps=_(", then ").join(steps))


def plank_source_ids(slate: Slate, plank: Plank) -> list[str]:
    """The plank's own source and the sources of the bodies on its path."""
    return [plank.source_id, *(slate.chambers[c].source_id for c in plank.path)]


def plank_vote_source_ids(slate: Slate, plank: Plank) -> list[str]:
    """What passing the plank rests on: the plank and its path, the rules of each body, the stances on it."""
    return [*plank_source_ids(slate, plank), *(r.source_id for c in plank.path for r in slate.rules_of(c)),
            *(p.source_id for p in slate.positions if p.plank_id == plank.id)]

