"""Candidates x planks on a synthetic slate counted by hand, and on the shipped versions."""

import pytest

from slate_explorer.agenda.matrix import build_matrix, candidate_coverage, plank_counts, sorted_cells
from slate_explorer.agenda.members import current_members, is_current
from slate_explorer.data.versions import load_slate
from tests.unit.agenda_slate import make_slate


def test_current_slate_leaves_out_lost_and_withdrew():
    slate = make_slate()
    assert [c.id for c in current_members(slate)] == ["a", "b", "c", "d"]
    assert not is_current(slate.candidates["e"])


def test_missing_pair_is_unknown_and_recorded_pair_keeps_its_source():
    grid = build_matrix(make_slate())
    assert grid.candidate_ids == ("a", "b", "c", "d") and grid.plank_ids == ("p1", "p2", "p3")
    assert len(grid.cells) == 12
    assert grid.cell("a", "p1").stance == "backs" and grid.cell("a", "p1").source_id == "src"
    assert grid.cell("b", "p2").stance == "unknown" and grid.cell("b", "p2").source_id is None
    assert grid.cell("d", "p3").stance == "unknown" and grid.cell("d", "p3").source_id == "src"


def test_plank_counts_by_hand():
    counts = {c.plank_id: c for c in plank_counts(build_matrix(make_slate()))}
    assert counts["p1"].backs == ("a", "c") and counts["p1"].opposes == ("b",) and counts["p1"].unknown == ("d",)
    assert counts["p2"].backs == ("a",) and len(counts["p2"].unknown) == 3
    assert counts["p3"].backs == ()  # only Eve backs it, and she lost
    assert {c.of for c in counts.values()} == {4}


def test_former_candidates_only_when_asked():
    counts = {c.plank_id: c for c in plank_counts(build_matrix(make_slate(), include_former=True))}
    assert counts["p3"].backs == ("e",) and counts["p1"].of == 5


def test_candidate_coverage_by_hand():
    cover = {c.candidate_id: c for c in candidate_coverage(build_matrix(make_slate()))}
    assert (cover["a"].backs, cover["a"].of, cover["a"].share) == (2, 3, pytest.approx(2 / 3))
    assert (cover["b"].backs, cover["b"].opposes, cover["b"].unknown) == (0, 1, 2)
    assert cover["c"].share == pytest.approx(1 / 3) and cover["d"].share == 0


@pytest.mark.parametrize("filters, candidates, planks", [
    ({"level": "us_house"}, ("a", "b"), ("p1", "p2", "p3")),
    ({"state": "NY"}, ("a", "d"), ("p1", "p2", "p3")),
    ({"plank": "p2"}, ("a", "b", "c", "d"), ("p2",)),
    ({"plank_level": "city"}, ("a", "b", "c", "d"), ("p3",)),
    ({"level": "us_senate", "state": "NY"}, (), ("p1", "p2", "p3")),
])
def test_filters(filters, candidates, planks):
    grid = build_matrix(make_slate(), **filters)
    assert grid.candidate_ids == candidates and grid.plank_ids == planks
    assert len(grid.cells) == len(candidates) * len(planks)


def test_only_planks_keeps_counts_of_that_plank():
    grid = build_matrix(make_slate()).only_planks(["p1"])
    assert [(c.plank_id, len(c.backs)) for c in plank_counts(grid)] == [("p1", 2)]


def test_sorting():
    grid = build_matrix(make_slate())
    assert [c.plank_id for c in plank_counts(grid, "most_backed")] == ["p1", "p2", "p3"]
    assert [c.plank_id for c in plank_counts(grid, "least_backed")] == ["p3", "p2", "p1"]
    assert [c.candidate_id for c in candidate_coverage(grid, "most_coverage")] == ["a", "c", "b", "d"]
    names = {"a": "Zed", "b": "Amy", "c": "Bob", "d": "Cy"}
    assert [c.candidate_id for c in candidate_coverage(grid, "name", names)] == ["b", "c", "d", "a"]
    stance_first = sorted_cells(grid, "stance")
    assert [c.stance for c in stance_first[:3]] == ["backs"] * 3 and stance_first[3].stance == "opposes"
    assert sorted_cells(grid, "plank")[0].plank_id == "p1" and sorted_cells(grid, "plank")[-1].plank_id == "p3"
    assert {c.candidate_id for c in sorted_cells(grid, "candidate", first="c")[:3]} == {"c"}


@pytest.mark.parametrize("version, n", [("2025-07-10", 8), ("2025-11-25", 7)])
def test_shipped_counts(version, n):
    """Medicare for All: Ocasio-Cortez and El-Sayed; every other plank one backer; nobody opposes."""
    slate = load_slate(version).slate
    counts = {c.plank_id: c for c in plank_counts(build_matrix(slate))}
    assert set(counts["medicare-for-all"].backs) == {"alexandria-ocasio-cortez", "abdul-el-sayed"}
    assert [len(counts[p].backs) for p in ("green-new-deal", "fare-free-buses", "rent-freeze", "universal-childcare")] == [1] * 4
    assert all(c.of == n and not c.opposes for c in counts.values())
    cover = {c.candidate_id: c for c in candidate_coverage(build_matrix(slate))}
    assert cover["zohran-mamdani"].backs == 3 and cover["alexandria-ocasio-cortez"].backs == 2
