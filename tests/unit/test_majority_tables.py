"""The majority page's tables repeat the engine's numbers as text."""

from slate_explorer.data.versions import load_slate
from slate_explorer.majority import compute_scenario
from slate_explorer.majority.tables import goal_chance_rows, size_chance_rows, step_rows

SLATE = load_slate("2025-11-25").slate


def test_step_rows_say_where_the_yes_votes_come_from():
    result = compute_scenario(SLATE, "all")
    plank = next(p for p in result.planks if p.plank_id == "medicare-for-all")
    names = {c: o.name for c, o in result.chambers.items()}
    # 101 bloc members (one of them, Rep. Ocasio-Cortez, a listed backer) + half of the other 112 Democrats.
    assert step_rows(plank, names) == [
        {"Step": "U.S. House of Representatives (119th Congress)", "Vote": "Passing a bill", "Yes votes": "157",
         "Needed": "217", "Result": "60 short",
         "Where the yes votes come from": "bloc 100, backers 1, rest of caucus 56, others 0"},
    ]
    rent = next(p for p in result.planks if p.plank_id == "rent-freeze")
    assert step_rows(rent, {"nyc_mayor": "Mayor of New York City"}) == [
        {"Step": "Mayor of New York City", "Vote": "The signature", "Yes votes": "-", "Needed": "-", "Result": "met",
         "Where the yes votes come from": "-"},
    ]


def test_chance_rows():
    result = compute_scenario(SLATE, [], probabilities={"il-09-2026": 0.5, "ca-11-2026": 0.5})
    cp = result.chamber_probabilities["us_house"]
    assert size_chance_rows(cp) == [{"Bloc size": "95", "Chance": "25%"}, {"Bloc size": "96", "Chance": "50%"},
                                    {"Bloc size": "97", "Chance": "25%"}]
    senate = goal_chance_rows(result.chamber_probabilities["us_senate"])
    assert {"The bloc alone has": "Enough votes for cloture (which ends a filibuster)", "Chance": "0%"} in senate
