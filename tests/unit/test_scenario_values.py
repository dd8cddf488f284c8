"""A scenario in a link and on the command line (routes/scenario_values.py): the old values keep meaning
what they meant; groups, `-`, compact sets and `*` chances carry a scenario of any size."""

from __future__ import annotations

import datetime as dt

import pytest

from devtools.synthetic import make_version
from slate_explorer.data.validate import load_folder
from slate_explorer.data.versions import load_slate
from slate_explorer.majority import VoteModel, contestable_races
from slate_explorer.routes import MajorityState, link, parse_params
from slate_explorer.routes import scenario_values as sv
from tests.versions import FIXTURES

NOVEMBER = load_slate("2025-11-25").slate
DAY = dt.date(2026, 12, 7)


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    return load_folder(make_version(tmp_path_factory.mktemp("national"), 1000, base=FIXTURES / "2025-11-25"))


def test_old_links_mean_what_they_meant():
    s = NOVEMBER
    every = tuple(contestable_races(s))
    assert MajorityState(contestable=every).to_params() == {}  # nothing new won: the default
    assert MajorityState(wins=every, contestable=every).to_params() == {"wins": "all"}
    assert MajorityState.parse({"wins": "mi-sen-2026,il-09-2026"}, s)[0].to_params() == {"wins": "il-09-2026,mi-sen-2026"}  # file order
    assert sv.read_wins("il-09-2026,MI-SEN-2026", s).races == ("il-09-2026", "mi-sen-2026")
    assert sv.read_wins("all", s).races == every
    assert sv.read_wins("today", s).races == sv.read_wins("none", s).races == ()
    reading = sv.read_wins("ny-16-2024,ny-14-2026,ca-11-2026", s)
    assert reading.races == ("ca-11-2026",) and reading.decided == ("ny-16-2024", "ny-14-2026")  # decided: left out
    assert sv.read_wins("nowhere-2026,il-09-2026", s).unknown == ("nowhere-2026",)
    state, notes = MajorityState.parse({"wins": "nowhere-2026,il-09-2026"}, s)
    assert state.wins == () and len(notes) == 1  # an unknown id: the whole value is ignored, with a note


def test_chances_parse_and_reject():
    s = NOVEMBER
    assert sv.read_prob("il-09-2026:0.4,MI-SEN-2026:1", s) == {"il-09-2026": 0.4, "mi-sen-2026": 1.0}
    for bad in ["il-09-2026", "il-09-2026:1.5", "il-09-2026:-0.1", "il-09-2026:nan", ":0.5", "ny-14-2026:0.5",
                "nowhere:0.5", "il-09-2026:x", "level:moon:0.5"]:
        assert sv.read_prob(bad, s) is None, bad
    open_now = contestable_races(s)
    assert sv.prob_param({"mi-sen-2026": 0.25, "il-09-2026": 1.0}, open_now) == "il-09-2026:1,mi-sen-2026:0.25"
    every = sv.read_prob("*:0.4,mi-sen-2026:0.9", s)
    assert set(every) == set(open_now) and every["mi-sen-2026"] == 0.9 and every["il-09-2026"] == 0.4
    assert sv.prob_param(every, open_now) == "*:0.4,mi-sen-2026:0.9"
    assert sv.read_prob(sv.prob_param(every, open_now), s) == every


def test_url_checkers_for_the_scenario():
    view = parse_params("majority", {"prob": "mi-sen-2026:0.40", "rest": "0.75", "other": "0", "sign": "d,i"}, NOVEMBER)
    assert view.notes == ()
    assert view.values == {"prob": "mi-sen-2026:0.4", "rest": "0.75", "other": "0", "sign": "D,I"}
    bad = parse_params("majority", {"prob": "ny-14-2026:0.5", "rest": "2", "other": "x", "sign": "<b>"}, NOVEMBER)
    assert bad.values == {} and len(bad.notes) == 4
    for bad_wins in ["level:moon", "state:new-york", "colour:red", "2025-11-25~!!", "a,,b c"]:
        assert parse_params("majority", {"wins": bad_wins}, NOVEMBER).values == {}, bad_wins


def test_vote_model_from_and_to_params():
    model = sv.model_from_params({"rest": "0.8", "other": "0.1", "sign": "D"})
    assert model == VoteModel(caucus_rest_yes=0.8, other_yes=0.1, signing_parties=("D",))
    assert sv.model_params(model) == {"rest": "0.8", "other": "0.1", "sign": "D"}
    assert sv.model_params(VoteModel()) == {"rest": None, "other": None, "sign": None}
    assert sv.model_from_params({}) == VoteModel()


def test_groups_name_every_open_race_matching_them(national):
    open_now = contestable_races(national, DAY)
    ny_house = sv.read_wins("level:us_house.state:ny", national, DAY).races
    assert ny_house == tuple(r for r in open_now if national.races[r].level.value == "us_house" and national.races[r].state == "NY")
    assert len(ny_house) > 20
    open_seats = sv.read_wins(sv.group_param(status="open_seat"), national, DAY).races
    assert open_seats and all(national.races[r].status.value == "open_seat" for r in open_seats)
    but_ny = sv.read_wins("all,-state:ny", national, DAY).races
    assert set(but_ny) == {r for r in open_now if national.races[r].state != "NY"}
    assert sv.read_wins("chamber:ny_assembly,-" + open_now[-1], national, DAY).races == tuple(
        r for r in open_now if national.races[r].chamber_id == "ny_assembly" and r != open_now[-1])


def test_any_set_of_1000_races_fits_a_short_link_and_reads_back(national):
    open_now = contestable_races(national, DAY)
    assert len(open_now) > 700
    for chosen in (open_now[::2], open_now[1::3], open_now[:-1]):
        state = MajorityState.of(national, DAY, wins=tuple(chosen))
        address = link("majority", state)
        assert len(address) < 300, address
        again, notes = MajorityState.parse(state.to_params(), national, DAY)
        assert again.wins == tuple(chosen) and notes == []


def test_a_compact_set_from_an_older_version_still_names_its_races():
    older, newer = load_slate("2025-07-10").slate, NOVEMBER
    chosen = tuple(r for r in older.races if r in newer.races)[:3]
    text = sv.compact_param(chosen, older)
    assert text.startswith("2025-07-10~")
    assert sv.read_wins(text, newer).races == tuple(r for r in contestable_races(newer) if r in chosen)
    assert sv.read_wins("2031-01-01~AAAA", newer).unknown == ("2031-01-01~AAAA",)  # no such version


def test_cli_prob_default_gives_every_open_race_the_same_chance():
    from argparse import Namespace

    from slate_explorer.commands.scenario import parse_scenario

    asked = Namespace(wins="level:us_house", prob="mi-sen-2026=0.9", prob_default=0.4, assume="", today=None)
    state, _notes = parse_scenario(asked, NOVEMBER)
    assert state.prob == {r: 0.9 if r == "mi-sen-2026" else 0.4 for r in contestable_races(NOVEMBER)}
    assert state.wins == tuple(r for r in contestable_races(NOVEMBER) if NOVEMBER.races[r].level.value == "us_house")
    with pytest.raises(ValueError):
        parse_scenario(Namespace(wins="none", prob="", prob_default=1.5, assume="", today=None), NOVEMBER)


def test_small_files_get_a_small_brotli_window():
    from slate_explorer.compress import window_bits

    assert window_bits(9_000) == 16 and window_bits(100_000) == 17 and window_bits(50_000_000) == 22
