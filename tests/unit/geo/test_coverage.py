from __future__ import annotations

from slate_explorer.geo.coverage import REDRAWN_2026, boundaries_note, coverage_notes, not_covered_note, precision_note
from slate_explorer.geo.ids import LEVELS


def test_house_note_names_the_congress_and_the_coarse_states(built):
    note = boundaries_note("us_house", built)
    assert "119th Congress" in note and "Census" in note and "2024" in note
    assert "AL, CA, DC, GA, LA, NC, PR, TX" in note


def test_redrawn_states_are_named_as_not_covered(built):
    note = not_covered_note()
    ten = {"AL", "CA", "FL", "LA", "MO", "NC", "OH", "TN", "TX", "UT"}  # the 2026 TIGER "120th Congress" layer's
    for state in ten:
        assert state in note
    assert set(REDRAWN_2026) == ten and "Virginia" not in note
    assert coverage_notes("us_house", built)[-1] == note
    assert all(len(coverage_notes(level, built)) >= 1 for level in LEVELS)


def test_precision_warning_only_where_the_lookup_is_coarse(built):
    assert precision_note("CA-11", built) is not None
    assert precision_note("NY-07", built) is None
    assert precision_note("NY-AD-52", built) is None


def test_a_district_in_a_redrawn_state_says_2026_may_differ():
    from slate_explorer.geo.coverage import redrawn_note

    assert "TX-23" in redrawn_note("TX-23") and "2026" in redrawn_note("tx-23")
    assert redrawn_note("NY-07") is None and redrawn_note("TX") is None
