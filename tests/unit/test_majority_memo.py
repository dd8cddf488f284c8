"""The majority page's scenario memo: the same inputs give the remembered result, others are computed."""

from __future__ import annotations

from slate_explorer.data.versions import load_slate
from slate_explorer.majority import VoteModel, compute_scenario, memo, what_it_takes_for


def test_repeated_inputs_reuse_one_result_equal_to_a_fresh_computation():
    slate = load_slate("2025-11-25").slate
    wins = ("il-09-2026",)
    first = memo.scenario(slate, wins, {"mi-sen-2026": 0.25}, VoteModel())
    assert memo.scenario(slate, list(wins), {"mi-sen-2026": 0.25}, VoteModel()) is first
    assert first == compute_scenario(slate, list(wins), {"mi-sen-2026": 0.25}, VoteModel(), with_what_it_takes=False)


def test_any_different_input_is_computed_afresh():
    slate = load_slate("2025-11-25").slate
    base = memo.scenario(slate, ())
    assert memo.scenario(slate, ("il-09-2026",)) is not base
    assert memo.scenario(slate, (), {"mi-sen-2026": 0.5}) is not base
    assert memo.scenario(slate, (), model=VoteModel(caucus_rest_yes=1.0)) is not base
    other_version = load_slate("2025-07-10").slate
    assert memo.scenario(other_version, ()).version == "2025-07-10"


def test_what_it_takes_is_remembered_per_goal_and_wins():
    slate = load_slate("2025-11-25").slate
    need = memo.what_it_takes(slate, "us_house", "pass-bill", ())
    assert memo.what_it_takes(slate, "us_house", "pass-bill", []) is need
    assert need == what_it_takes_for(slate, "us_house", "pass-bill", [])


def test_the_memo_is_bounded_per_data_version():
    slate = load_slate("2025-11-25").slate
    for i in range(memo.MAX_PER_SLATE + 20):
        memo.scenario(slate, (), {"mi-sen-2026": i / 1000})
    assert len(memo._memo(slate)) <= memo.MAX_PER_SLATE
