"""Plain-words sentences, and every user-visible string passing through the translation hook."""

from __future__ import annotations

from slate_explorer.data.versions import load_slate
from slate_explorer.majority import VoteModel, compute_scenario, explain


def sentences(result) -> list[str]:
    text = explain.scenario_sentences(result)
    out = [s for group in text["chambers"].values() for s in group] + list(text["planks"].values())
    out += text["what_it_takes"] + text["model"] + text["notes"]
    out += [s for group in text.get("probabilities", {}).values() for s in group]
    out += list(text.get("plank_probabilities", {}).values()) + list(text.get("office_probabilities", {}).values())
    out += list(text["executives"].values())
    return out


def test_the_voter_sentence_for_three_wins():
    result = compute_scenario(load_slate("2025-11-25").slate, "il-09-2026,ca-11-2026,mi-13-2026")
    house = explain.chamber_sentences(result.chambers["us_house"])
    assert house[0] == (
        "If these 3 races are won, the progressive bloc in the U.S. House of Representatives (119th Congress) "
        "grows from 95 to 98: 46% of the 213 Democrats."
    )
    assert house[1].startswith("The Republicans (219) need 217 votes for the Speaker vote, so 3 of their own members")
    assert "not in that majority" in house[1]
    assert house[2] == "Within the Democratic caucus (213) the bloc is not a majority: 107 needed, 9 short."


def test_plank_and_what_it_takes_sentences():
    july = compute_scenario(load_slate("2025-07-10").slate, "none")
    text = explain.scenario_sentences(july)
    assert (
        text["planks"]["rent-freeze"]
        == "Freeze the rent for stabilized tenants is blocked at the Mayor of New York City: Eric Adams is not assumed to act on it."
    )
    assert text["planks"]["medicare-for-all"].endswith("at passing a bill by 63 votes: 154 yes of 217 needed.")
    assert any(
        s.startswith("Even winning all 7 remaining races in the U.S. House")
        and "short of enough votes for electing the caucus leader (107 needed)" in s
        for s in text["what_it_takes"]
    )
    vetoed = compute_scenario(load_slate("2025-11-25").slate, "none", model=VoteModel(caucus_rest_yes=1.0))
    assert explain.scenario_sentences(vetoed)["planks"]["fare-free-buses"] == (
        "Fast and free city buses is vetoed; the override fails in the New York State Senate by 1 vote: 41 yes of 42 needed."
    )


def test_every_sentence_goes_through_the_translation_hook(monkeypatch):
    monkeypatch.setattr(explain, "_", lambda text: "«" + text)
    monkeypatch.setattr(explain, "ngettext", lambda one, many, n: "«" + (one if n == 1 else many))
    slate = load_slate("2025-11-25").slate
    result = compute_scenario(slate, "il-09-2026", {"mi-sen-2026": 0.5}, VoteModel(signing_parties=("D",)))
    july = compute_scenario(load_slate("2025-07-10").slate, "none", {"nyc-mayor-2025": 0.5})
    found = sentences(result) + sentences(july)
    assert len(found) > 40 and any("passes its whole path" in s for s in found)
    assert any("Chance the slate holds the office of Mayor" in s for s in found)
    untranslated = [s for s in found if not s.startswith("«")]
    assert untranslated == []


def test_executive_sentences():
    july = explain.scenario_sentences(compute_scenario(load_slate("2025-07-10").slate, "nyc-mayor-2025"))["executives"]
    assert (
        july["nyc_mayor"]
        == "In this scenario the slate wins the office of Mayor of New York City: Zohran Mamdani signs and acts on the slate's agenda."
    )
    assert (
        july["president"]
        == "The office of President of the United States is held by Donald J. Trump (Republican), outside the slate."
    )
    november = explain.scenario_sentences(compute_scenario(load_slate("2025-11-25").slate))["executives"]
    assert november["nyc_mayor"] == "The slate has won the office of Mayor of New York City: Zohran Mamdani."
