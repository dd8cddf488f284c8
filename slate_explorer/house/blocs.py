"""Which caucus a House seat is coloured by, its label and colour: one place for the map, legend, card,
tables and CLI. Colours are chosen to be told apart with common colour-blindness, and every district's
label says its bloc in words, so colour is never the only signal."""

from __future__ import annotations

from ..i18n import N_, _
from ..labels import contrast_ratio

PROGRESSIVE = "cpc-house"  # the bloc ids of the data's House caucuses
NEW_DEM = "new-dem"
BLUE_DOG = "blue-dog"
CENTRIST = (NEW_DEM, BLUE_DOG)

# kind -> (label, fill colour); in legend order. "both": the Progressive Caucus and the New Democrats.
KINDS = {
    "progressive": (N_("Progressive Caucus"), "#6A3D9A"),
    "both": (N_("Progressive Caucus and New Democrat"), "#CAB2D6"),
    "new_dem": (N_("New Democrat"), "#E69F00"),
    "blue_dog": (N_("Blue Dog"), "#8C510A"),
    "other_dem": (N_("Other Democrat"), "#56B4E9"),
    "republican": (N_("Republican"), "#D9D9D9"),
    "independent": (N_("Independent"), "#4D4D4D"),
    "vacant": (N_("Vacant"), "#FFFFFF"),
}
PARTY_KIND = {"R": "republican", "I": "independent"}


def seat_kind(party: str | None, blocs: tuple[str, ...]) -> str:
    """The kind a seat is coloured by, from its member's party and caucuses."""
    if party is None:
        return "vacant"
    if party != "D":
        return PARTY_KIND[party]
    if PROGRESSIVE in blocs:
        return "both" if NEW_DEM in blocs or BLUE_DOG in blocs else "progressive"
    if BLUE_DOG in blocs:
        return "blue_dog"
    return "new_dem" if NEW_DEM in blocs else "other_dem"


def kind_label(kind: str) -> str:
    return _(KINDS[kind][0])


def kind_colour(kind: str) -> str:
    return KINDS[kind][1]


def kind_ink(kind: str) -> str:
    """Black or white, whichever reads better on the kind's colour (a slate race's letter drawn on it)."""
    return max(("#000000", "#FFFFFF"), key=lambda ink: contrast_ratio(ink, kind_colour(kind)))
