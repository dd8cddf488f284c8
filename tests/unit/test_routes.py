"""The routes: parse(to_params(state)) == state for every page, through a real link (tests/unit/test_docs.py
checks that the docs document every parameter every page accepts)."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slate_explorer.data.models import DISTRICT_ID, Level
from slate_explorer.data.versions import list_versions, load_slate
from slate_explorer.labels import STATUS, race_name
from slate_explorer.majority.planks import VoteModel
from slate_explorer.majority.scenario import contestable_races
from slate_explorer.routes import (ROUTES, AgendaState, Common, DataState, FindState, HomeState, Here, MajorityState,
                                   MapState, ShareState, link, parse, read)

SLATE = load_slate().slate
# The day links are read on: what ?wins= and ?prob= may hold depends on it (only races still open that
# day). On this one three of the version's races have had their elections and are over.
TODAY = dt.date(2026, 11, 10)

none_or = lambda strategy: st.one_of(st.none(), strategy)  # noqa: E731
version = st.sampled_from(list_versions())  # a link keeps only a listed version
us_state = st.from_regex(r"[A-Z]{2}", fullmatch=True)
race = st.sampled_from(sorted(SLATE.races))
plank = st.sampled_from(sorted(SLATE.planks))
candidate = st.sampled_from(sorted(SLATE.candidates))
share = st.integers(0, 10_000).map(lambda k: k / 10_000)
contestable = tuple(contestable_races(SLATE, TODAY))


def in_file_order(chosen) -> tuple[str, ...]:
    return tuple(r for r in contestable if r in chosen)


@st.composite
def map_states(draw):
    chosen = draw(none_or(race))
    level = SLATE.races[chosen].level.value if chosen else draw(st.sampled_from([lvl.value for lvl in Level]))
    statuses = draw(st.lists(st.sampled_from(sorted(STATUS)), unique=True))
    return MapState(level=level, state=draw(none_or(us_state)), statuses=tuple(statuses), race=chosen)


@st.composite
def majority_states(draw):
    wins = in_file_order(draw(st.sets(st.sampled_from(contestable))))
    chances = draw(st.dictionaries(st.sampled_from(contestable), share))
    parties = draw(st.lists(st.from_regex(r"[A-Z]{1,8}", fullmatch=True), unique=True, max_size=3))
    model = VoteModel(caucus_rest_yes=draw(share), other_yes=draw(share), signing_parties=tuple(parties))
    return MajorityState(wins=wins, prob={r: chances[r] for r in in_file_order(chances)}, model=model,
                         plank=draw(none_or(plank)), contestable=contestable)


STATES = {
    "home": st.just(HomeState()),
    "map": map_states(),
    "find": st.builds(FindState, district=none_or(st.from_regex(DISTRICT_ID, fullmatch=True))),
    "agenda": st.builds(AgendaState, plank=none_or(plank), candidate=none_or(candidate),
                        level=none_or(st.sampled_from([lvl.value for lvl in Level])), state=none_or(us_state),
                        former=st.booleans()),
    "majority": majority_states(),
    "share": st.builds(ShareState, target=none_or(race)),
    "data": st.builds(DataState, compare=none_or(version)),
}
commons = st.builds(Common, v=none_or(version), lang=none_or(st.sampled_from(["en", "es"])), embed=st.booleans(),
                    accent=none_or(st.from_regex(r"[0-9a-f]{6}", fullmatch=True)))


def test_every_route_has_a_state_strategy():
    assert set(STATES) == set(ROUTES)


@pytest.mark.parametrize("route_id", sorted(ROUTES))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_parse_of_to_params_is_the_same_state(route_id, data):
    state, common = data.draw(STATES[route_id]), data.draw(commons)
    again, notes = ROUTES[route_id].state.parse(state.to_params(), SLATE, TODAY)
    assert (again, notes) == (state, [])
    # ... and through a real link, with the common parameters and a base path
    url = link(route_id, state, common, "https://slate.example.org/app")
    parts = urlsplit(url)
    assert parts.path == "/app/" + ROUTES[route_id].path
    parsed = parse(route_id, {k: v[0] for k, v in parse_qs(parts.query).items()}, SLATE, TODAY)
    assert (parsed.state, parsed.common, parsed.notes) == (state, common, ())


def test_what_a_link_accepts_depends_on_the_day_it_is_read():
    over = [r for r in contestable_races(SLATE) if r not in contestable]  # open as recorded, over on TODAY
    assert over
    params = {"wins": ",".join(over), "prob": f"{over[0]}:0.5"}
    before, notes = MajorityState.parse(params, SLATE, dt.date(2025, 12, 1))
    assert (before.wins, before.prob, notes) == (tuple(over), {over[0]: 0.5}, [])
    after, notes = MajorityState.parse(params, SLATE, TODAY)
    assert (after.wins, after.prob) == ((), {})
    assert any("prob" in n for n in notes)
    assert any("already decided" in n and race_name(SLATE.races[over[0]]) in n for n in notes)
    assert MajorityState.parse({"wins": "all"}, SLATE, TODAY)[0].wins == contestable




def test_v_is_kept_only_when_it_names_a_listed_version():
    listed = list_versions()[0]
    assert Common.parse({"v": listed}, None)[0].v == listed
    common, notes = Common.parse({"v": "2030-01-01"}, None)  # well-formed, but no such version
    assert common.v is None and len(notes) == 1
    assert DataState.parse({"compare": "2030-01-01"}, SLATE)[0].compare is None
    loaded, parsed = read("map", {"v": "2030-01-01", "race": "il-09-2026"}, TODAY)
    assert (parsed.common.v, parsed.state.race, parsed.notes) == (None, "il-09-2026", ())
    assert len(loaded.notices) == 1 and "2030-01-01" in loaded.notices[0]  # one note, from the one rule
    assert "v=" not in Here(parsed.common).to("map")
    assert read("map", {"v": listed}, TODAY)[1].common.v == listed
