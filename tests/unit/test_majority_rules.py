"""Each rule of counting against known arithmetic from history."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from slate_explorer.data.models import Rule
from slate_explorer.majority import rules
from slate_explorer.majority.rules import Counts, threshold_for


def test_speaker_january_2023_fifteenth_ballot():
    # 7 January 2023: McCarthy 216, Jeffries 212, 6 "present": 434 answered, 428 for a person.
    needed = rules.majority_of_voting(434, present=6)
    assert needed == 215
    assert 216 >= needed  # McCarthy elected
    assert 212 < needed


def test_speaker_january_2023_first_ballot_failed():
    # 3 January 2023: 434 voting for a person (19 Republicans for others): McCarthy 203 of 218 needed.
    needed = rules.majority_of_voting(434)
    assert needed == 218
    assert 203 < needed


def test_majority_of_voting_tie_fails_and_present_lowers_it():
    assert rules.majority_of_voting(100) == 51  # 50-50 is not a majority
    assert rules.majority_of_voting(435) == 218
    assert rules.majority_of_voting(432) == 217  # three vacancies
    assert rules.majority_of_voting(435, present=5) == 216


def test_vp_breaks_a_fifty_fifty_senate():
    assert rules.vp_tiebreak(50, 50, vp_votes_yes=True)
    assert not rules.vp_tiebreak(50, 50, vp_votes_yes=False)
    assert not rules.vp_tiebreak(49, 51, vp_votes_yes=True)
    assert rules.vp_tiebreak(51, 49, vp_votes_yes=False)


def test_discharge_petition_is_218_whatever_the_vacancies():
    for vacancies in (0, 3, 10):
        t = threshold_for("fixed_count", Counts(435, vacancies), 218)
        assert t.needed == 218
    # A majority of those voting does move with vacancies: that is the difference.
    assert threshold_for("majority_of_voting", Counts(435, 3)).needed == 217


def test_cloture_three_fifths_of_senators_sworn():
    assert rules.three_fifths_sworn(100) == 60
    assert rules.three_fifths_sworn(100, vacancies=2) == 59  # 3/5 of 98 = 58.8, rounded up
    # Absences do not lower cloture: only vacancies.
    assert threshold_for("three_fifths_sworn", Counts(100, 0, voting=90)).needed == 60


def test_two_thirds_rules():
    assert rules.two_thirds_present(100) == 67  # conviction
    assert rules.two_thirds_voting(432) == 288
    assert rules.two_thirds_voting(99) == 66
    assert threshold_for("two_thirds_present", Counts(100, voting=96)).needed == 64


def test_new_york_majority_and_two_thirds_of_members_elected():
    assert rules.majority_of_elected(150) == 76
    assert rules.majority_of_elected(63) == 32
    assert rules.two_thirds_elected(150) == 100
    assert rules.two_thirds_elected(63) == 42
    # Vacancies and absences do not lower it.
    assert threshold_for("majority_of_elected", Counts(150, vacancies=4, voting=120)).needed == 76


def test_caucus_majority():
    assert rules.caucus_majority(213) == 107
    assert rules.caucus_majority(47) == 24
    assert threshold_for("caucus_majority", Counts(435, caucus=212)).needed == 107


def test_registry_covers_every_rule_the_data_model_allows():
    pattern = Rule.model_fields["rule"].metadata[0].pattern
    allowed = set(pattern.strip("^$()").split("|"))
    assert allowed == set(rules.RULES)


def test_unknown_rule_and_fixed_count_without_count():
    with pytest.raises(rules.UnknownRule):
        threshold_for("three_quarters", Counts(100))
    with pytest.raises(ValueError):
        threshold_for("fixed_count", Counts(435))


@given(st.integers(1, 1000), st.integers(0, 50))
def test_each_rule_is_the_smallest_count_meeting_its_definition(n, present):
    present = min(present, n)
    k = rules.majority_of_voting(n, present)
    assert k > (n - present) - k and (k - 1) <= (n - present) - (k - 1)  # more yes than no; one fewer is not
    k = rules.two_thirds_voting(n)
    assert 3 * k >= 2 * n and 3 * (k - 1) < 2 * n
    k = rules.three_fifths_sworn(n)
    assert 5 * k >= 3 * n and 5 * (k - 1) < 3 * n
    k = rules.majority_of_elected(n)
    assert 2 * k > n and 2 * (k - 1) <= n
