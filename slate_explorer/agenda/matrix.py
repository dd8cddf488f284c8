"""Candidates x planks: who backs, opposes or has no recorded stance on each plank of the platform.

A pair with no row in positions.csv is "unknown": the data records no stance, which is not opposition.
Counts are over the candidates and planks a matrix holds, so filters change them visibly and honestly.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..data.slate import Slate
from ..i18n import N_
from .members import current_members

STANCES = ("backs", "opposes", "unknown")
STANCE_WORDS = {"backs": N_("Backs"), "opposes": N_("Opposes"), "unknown": N_("Unknown")}  # shown with _()


@dataclass(frozen=True)
class Cell:
    candidate_id: str
    plank_id: str
    stance: str  # backs | opposes | unknown
    source_id: str | None = None  # None: no position recorded
    note: str | None = None


@dataclass(frozen=True)
class Matrix:
    candidate_ids: tuple[str, ...]
    plank_ids: tuple[str, ...]
    cells: tuple[Cell, ...]  # candidate-major, in candidate_ids x plank_ids order

    def cell(self, candidate_id: str, plank_id: str) -> Cell:
        return self.cells[self.candidate_ids.index(candidate_id) * len(self.plank_ids) + self.plank_ids.index(plank_id)]

    def only_planks(self, plank_ids) -> "Matrix":
        wanted = set(plank_ids)
        keep = tuple(p for p in self.plank_ids if p in wanted)
        return Matrix(self.candidate_ids, keep, tuple(c for c in self.cells if c.plank_id in keep))


def build_matrix(
    slate: Slate,
    *,
    level: str | None = None,
    state: str | None = None,
    plank: str | None = None,
    plank_level: str | None = None,
    include_former: bool = False,
) -> Matrix:
    """The matrix for the current slate (or every candidate), filtered.

    level/state filter candidates by their race (Level value such as "us_house"; two-letter state);
    plank keeps one plank id; plank_level keeps planks of one level (federal, state, city).
    """
    people = slate.candidates.values() if include_former else current_members(slate)
    candidate_ids = tuple(
        c.id for c in people
        if (level is None or slate.races[c.race_id].level.value == level)
        and (state is None or slate.races[c.race_id].state == state)
    )
    plank_ids = tuple(
        p.id for p in slate.planks.values()
        if (plank is None or p.id == plank) and (plank_level is None or p.level == plank_level)
    )
    recorded = {(p.candidate_id, p.plank_id): p for p in slate.positions}
    cells = []
    for cid in candidate_ids:
        for pid in plank_ids:
            found = recorded.get((cid, pid))
            cells.append(Cell(cid, pid, found.stance.value, found.source_id, found.note) if found else Cell(cid, pid, "unknown"))
    return Matrix(candidate_ids, plank_ids, tuple(cells))


@dataclass(frozen=True)
class PlankCount:
    plank_id: str
    backs: tuple[str, ...]  # candidate ids
    opposes: tuple[str, ...]
    unknown: tuple[str, ...]

    @property
    def of(self) -> int:
        return len(self.backs) + len(self.opposes) + len(self.unknown)


@dataclass(frozen=True)
class Coverage:
    candidate_id: str
    backs: int
    opposes: int
    unknown: int

    @property
    def of(self) -> int:
        return self.backs + self.opposes + self.unknown

    @property
    def share(self) -> float | None:
        """Share of the platform (the matrix's planks) this candidate is on record backing."""
        return self.backs / self.of if self.of else None


PLANK_SORTS = ("platform", "most_backed", "least_backed")
COVERAGE_SORTS = ("slate", "most_coverage", "least_coverage", "name")
PAIR_SORTS = ("candidate", "plank", "stance")
SORT_LABELS = {  # shown with _()
    "platform": N_("Platform order"), "most_backed": N_("Most backed"), "least_backed": N_("Least backed"),
    "slate": N_("Slate order"), "most_coverage": N_("Most coverage"), "least_coverage": N_("Least coverage"),
    "name": N_("Name"), "candidate": N_("Candidate"), "plank": N_("Plank"), "stance": N_("Stance (backs first)"),
}


def plank_counts(matrix: Matrix, sort: str = "platform") -> list[PlankCount]:
    """Per plank: which candidates back it, oppose it, or have no recorded stance."""
    counts = []
    for pid in matrix.plank_ids:
        by = {s: tuple(c.candidate_id for c in matrix.cells if c.plank_id == pid and c.stance == s) for s in STANCES}
        counts.append(PlankCount(pid, by["backs"], by["opposes"], by["unknown"]))
    if sort == "most_backed":
        counts.sort(key=lambda c: -len(c.backs))  # stable: ties keep platform order
    elif sort == "least_backed":
        counts.sort(key=lambda c: len(c.backs))
    return counts


def candidate_coverage(matrix: Matrix, sort: str = "slate", names: dict[str, str] | None = None) -> list[Coverage]:
    """Per candidate: how many of the matrix's planks they back, oppose, or have no recorded stance on."""
    rows = []
    by_candidate: dict[str, list[str]] = {}
    for cell in matrix.cells:  # grouped once: a scan per candidate was quadratic in candidates
        by_candidate.setdefault(cell.candidate_id, []).append(cell.stance)
    for cid in matrix.candidate_ids:
        stances = by_candidate.get(cid, [])
        rows.append(Coverage(cid, stances.count("backs"), stances.count("opposes"), stances.count("unknown")))
    if sort == "most_coverage":
        rows.sort(key=lambda r: -(r.share or 0))
    elif sort == "least_coverage":
        rows.sort(key=lambda r: r.share or 0)
    elif sort == "name":
        rows.sort(key=lambda r: (names or {}).get(r.candidate_id, r.candidate_id).lower())
    return rows


def sorted_cells(matrix: Matrix, sort: str = "candidate", first: str | None = None) -> list[Cell]:
    """The pairs for a long table (one row per candidate and plank), optionally one candidate first."""
    cells = list(matrix.cells)
    if sort == "plank":
        cells.sort(key=lambda c: matrix.plank_ids.index(c.plank_id))
    elif sort == "stance":
        cells.sort(key=lambda c: STANCES.index(c.stance))
    if first:
        cells.sort(key=lambda c: c.candidate_id != first)
    return cells
