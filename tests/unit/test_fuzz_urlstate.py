"""Property-based fuzzing of every page's URL parameters (thousands of cases, no server needed).

Whatever a link says, parse_params never raises, keeps only values its validators accept, accounts
for every parameter (kept or noted), and its notes are short, printable and never echo more than a
short prefix of what the link said.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slate_explorer.data.versions import load_slate
from slate_explorer.routes import PAGES, VALIDATORS, parse_params
from slate_explorer.routes.values import MAX_LENGTH

SLATE = load_slate().slate
ECHO = 40  # text.shown keeps at most this many characters of a name or value
HOSTILE = [
    "<script>alert(1)</script>", "<img src=x onerror=window.__pwned=1>", "javascript:alert(1)",
    "\"'><svg onload=alert(1)>", "[x](javascript:alert(1))", "![x](https://evil.invalid/p.png)",
    "../../etc/passwd", "%00", "\x00\x01\x1b[31m", "\u202egnp.exe", "\ufeff", "𝕏" * 50, "\n\r\t",
    "' OR 1=1 --", "${7*7}", "{{7*7}}", "a" * (MAX_LENGTH + 1), "NY-14" + "\u0000", " ", "",
]

known_names = sorted({name for table in VALIDATORS.values() for name in table})
valid_values = (
    [r.id for r in SLATE.races.values()] + [r.district for r in SLATE.races.values()]
    + list(SLATE.planks) + list(SLATE.candidates) + [SLATE.version, "all", "none", "today", "true", "es", "0060a0"]
)
names = st.one_of(st.sampled_from(known_names), st.text(max_size=60), st.sampled_from(HOSTILE))
values = st.one_of(
    st.sampled_from(valid_values).map(lambda v: v if len(v) % 2 else v.upper()),
    st.sampled_from(HOSTILE),
    st.text(max_size=120),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=MAX_LENGTH - 2, max_size=MAX_LENGTH + 8),
    st.lists(st.sampled_from(valid_values + HOSTILE), max_size=4).map(",".join),
)
raw_values = st.one_of(values, st.lists(values, max_size=3))  # parse_qs gives lists
params = st.dictionaries(names, raw_values, max_size=6)


def check(page: str, link: dict) -> None:
    view = parse_params(page, link, SLATE)
    allowed = {**VALIDATORS["common"], **VALIDATORS.get(page, {})}
    assert set(view.values) <= set(link) and set(view.values) <= set(allowed)
    assert len(view.values) + len(view.notes) == len(link)  # every parameter is kept or explained
    for name, value in view.values.items():
        assert allowed[name](value, SLATE) == value  # kept values are valid and already normal
    for note in view.notes:
        assert note.isprintable() and len(note) <= 80 + 2 * (ECHO + 1), note
        for raw in link.values():
            for text in (raw if isinstance(raw, list) else [raw]):
                shown = "".join(ch for ch in str(text) if ch.isprintable())
                assert len(shown) <= ECHO or shown[: ECHO + 1] not in note
    # Parsing the kept values again keeps them all and has nothing to say.
    again = parse_params(page, view.values, SLATE)
    assert again.values == view.values and again.notes == ()


@pytest.mark.parametrize("page", PAGES)
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(link=params)
def test_any_link_is_parsed_safely(page, link):
    check(page, link)


@settings(max_examples=300, deadline=None)
@given(page=st.text(max_size=20), link=params)
def test_unknown_pages_only_accept_the_common_parameters(page, link):
    view = parse_params(page, link, SLATE)
    assert set(view.values) <= set(VALIDATORS["common"]) | set(VALIDATORS.get(page, {}))


def test_valid_links_are_kept_whatever_their_case():
    for race in SLATE.races.values():
        assert parse_params("map", {"race": race.id.upper()}, SLATE).values == {"race": race.id}
        assert parse_params("find", {"district": race.district.lower()}, SLATE).values == {"district": race.district}


def test_hostile_values_are_never_echoed_in_full():
    payload = "<img src=x onerror=window.__pwned=1>" * 3
    (note,) = parse_params("map", {"race": payload}, SLATE).notes
    assert payload not in note and "…" in note
