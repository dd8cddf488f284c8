"""What each layer's boundaries are, and what they do not cover yet: to print under every map and result.

Public:
- `REDRAWN_2026`: the ten states whose 2026 House elections used lines other than the 119th Congress's (the
  Census Bureau's 2026 TIGER "120th Congress" layer: ten states submitted new plans; Virginia kept its 2021 map).
- `boundaries_note(level, folder=None) -> str`: e.g. "Districts of the 119th Congress (US Census Bureau
  2024) ...".
- `not_covered_note() -> str`: names the redrawn states as not yet covered.
- `precision_note(district_id, folder=None) -> str | None`: a warning when a House district's lookup
  geometry is the generalised 1:20m file (addresses near a district line may be misplaced).
- `redrawn_note(district_id) -> str | None`: for a House district in a redrawn state, says the 2026 district
  may differ.
- `coverage_notes(level, folder=None) -> list[str]`: boundaries note + the 2026 caveat (House).
"""

from __future__ import annotations

from pathlib import Path

from ..i18n import N_, _
from .ids import level_of, normalize_district_id
from .layers import build_info

REDRAWN_2026 = ("AL", "CA", "FL", "LA", "MO", "NC", "OH", "TN", "TX", "UT")

_NOTES = {
    "us_senate": N_("States: US Census Bureau cartographic boundaries 2024 (1:5,000,000)."),
    "state_house": N_("New York State Assembly districts in effect for the 2024 elections (US Census Bureau TIGER/Line 2024)."),
    "state_senate": N_("New York State Senate districts in effect for the 2024 elections (US Census Bureau TIGER/Line 2024)."),
    "city": N_("New York City: the five boroughs (NYC Department of City Planning, Borough Boundaries release 25C)."),
}


def _coarse_states(folder) -> list[str]:
    resolutions = build_info(folder).get("house_resolution", {})
    return sorted(state for res, states in resolutions.items() if res != "full" for state in states)


def boundaries_note(level: str, folder: Path | None = None) -> str:
    if level != "us_house":
        return _(_NOTES[level])
    coarse = _coarse_states(folder)
    if coarse:
        return _("Districts of the 119th Congress, the lines of the November 2024 elections (US Census Bureau 2024; "
                 "full-resolution TIGER/Line files, and the generalised 1:20,000,000 national file for {states})."
                 ).format(states=", ".join(coarse))
    return _("Districts of the 119th Congress, the lines of the November 2024 elections (US Census Bureau 2024; "
             "full-resolution TIGER/Line files).")


def not_covered_note() -> str:
    return _("Not covered: {states} and {last} elected their 2026 House members on new lines, which this map "
             "does not show; it draws the 119th Congress's districts.").format(
        states=", ".join(REDRAWN_2026[:-1]), last=REDRAWN_2026[-1])


def redrawn_note(district_id: str) -> str | None:
    """For a House district in a state that voted on new lines in 2026: say its 2026 district may differ."""
    canonical = normalize_district_id(district_id) or district_id
    state = canonical.split("-")[0]
    if level_of(canonical) != "us_house" or state not in REDRAWN_2026:
        return None
    return _("{state} voted on new congressional lines in 2026: {district} here is the 2024 district; your "
             "district from the 2026 election on may be different.").format(state=state, district=canonical)


def precision_note(district_id: str, folder: Path | None = None) -> str | None:
    canonical = normalize_district_id(district_id) or district_id
    if level_of(canonical) != "us_house":
        return None
    state = canonical.split("-")[0]
    if state in _coarse_states(folder):
        return _("{state}'s districts here come from a generalised national map; near a district line, "
                 "confirm your district with your state's election office.").format(state=state)
    return None


def coverage_notes(level: str, folder: Path | None = None) -> list[str]:
    notes = [boundaries_note(level, folder)]
    if level == "us_house":
        notes.append(not_covered_note())
    return notes
