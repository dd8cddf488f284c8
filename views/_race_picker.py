"""The majority page's race picker: which open races are won (and, optionally, their chances), at any size.

A screenful of controls however many races the slate runs: filters by chamber, state, level and status and
a search; "mark all" for the races they keep; a toggle (and a chance slider) for at most PAGE of them. The
choice lives in the session as one value (`maj-wins`, `maj-prob`), not one widget per race, and the page
writes it to the link (routes/scenario_values.py makes any choice a short link). The filters and the words
come from slate_explorer.majority.presets.
"""

from __future__ import annotations

from typing import Callable

import streamlit as st

from slate_explorer import labels
from slate_explorer.i18n import _, number_text
from slate_explorer.majority import presets
from slate_explorer.text import md_label

PAGE = 10  # toggles shown at once; "mark all" and the search reach the rest
WINS, PROB, PROB_ON = "maj-wins", "maj-prob", "maj-prob-on"  # session keys: won races (file order), race -> %
ANY = ""  # a filter's "no filter" option


def set_choice(wins, prob: dict[str, float] | None, contestable) -> None:
    """The picker shows these wins and chances (a new link, a preset): chances as whole percents."""
    won = set(wins)
    st.session_state[WINS] = tuple(r for r in contestable if r in won)
    st.session_state[PROB_ON] = bool(prob)
    st.session_state[PROB] = ({r: round(100 * prob.get(r, 1.0 if r in won else 0.0)) for r in contestable}
                              if prob else {})


def chosen_wins() -> tuple[str, ...]:
    return tuple(st.session_state.get(WINS, ()))


def chosen_prob() -> dict[str, float]:
    """Chances as shares, when they are on."""
    if not st.session_state.get(PROB_ON):
        return {}
    return {r: p / 100 for r, p in st.session_state.get(PROB, {}).items()}


def chances_toggled(contestable) -> None:
    """Chances start at 100% for races marked won and 50% for the others."""
    won = set(chosen_wins())
    st.session_state[PROB] = {r: 100 if r in won else 50 for r in contestable} if st.session_state.get(PROB_ON) else {}


def draw_picker(groups: list[presets.ChoiceGroup], contestable, on_change: Callable[[], None]) -> None:
    """Filters, "mark all", and toggles (with chance sliders when chances are on) for the races they keep."""
    shown = presets.races_matching(groups, _filters(groups))
    _mark_all(shown, contestable, on_change)
    for choice in shown[:PAGE]:
        _race_controls(choice, contestable, on_change)
    if len(shown) > PAGE:
        st.caption(_("Showing {shown} of {total} races: narrow them with the filters or the search; “mark all” "
                     "acts on all {total}.").format(shown=number_text(PAGE), total=number_text(len(shown))))
    elif not shown:
        st.caption(_("No open race matches these filters."))


def _filters(groups: list[presets.ChoiceGroup]) -> presets.RaceFilter:
    options = presets.filter_options(groups)
    names = {g.key: g.name for g in groups}
    words = {
        "chamber": (_("Chamber"), lambda v: names[v], _("All chambers")),
        "state": (_("State"), str, _("All states")),
        "level": (_("Level"), labels.level_label, _("All levels")),
        "status": (_("Status"), labels.status_label, _("Every status")),
    }
    picked = {}
    for row in (("chamber", "state"), ("level", "status")):
        for column, name in zip(st.columns(2), row):
            label, word, everything = words[name]
            picked[name] = column.selectbox(
                label, [ANY, *options[name]], key=f"maj-filter-{name}",
                format_func=lambda v, word=word, everything=everything: word(v) if v else everything,
            ) or None
    search = st.text_input(_("Search the open races (office, district, candidate)"), key="maj-filter-search")
    return presets.RaceFilter(search=search, **picked)


def _mark_all(shown: list[presets.RaceChoice], contestable, on_change) -> None:
    if not shown:
        return
    ids = [c.race_id for c in shown]
    left, right = st.columns(2)
    left.button(_("Mark all {n} won").format(n=number_text(len(ids))), key="maj-mark-won",
                on_click=_set_won, args=(ids, True, contestable, on_change), icon=":material/done_all:")
    right.button(_("Mark all {n} not won").format(n=number_text(len(ids))), key="maj-mark-lost",
                 on_click=_set_won, args=(ids, False, contestable, on_change), icon=":material/remove_done:")


def _set_won(ids, won: bool, contestable, on_change) -> None:
    chosen = set(chosen_wins())
    chosen = chosen | set(ids) if won else chosen - set(ids)
    st.session_state[WINS] = tuple(r for r in contestable if r in chosen)
    if st.session_state.get(PROB_ON):  # a race just marked won or not gets 100% or 0%
        st.session_state[PROB] = {**st.session_state[PROB], **{r: 100 if won else 0 for r in ids}}
    on_change()


def _race_controls(choice: presets.RaceChoice, contestable, on_change) -> None:
    race_id = choice.race_id
    st.session_state[f"maj-win-{race_id}"] = race_id in chosen_wins()  # the choice, not the widget, is the truth
    st.toggle(md_label(choice.label), key=f"maj-win-{race_id}", on_change=_toggled,
              args=(race_id, contestable, on_change))
    if st.session_state.get(PROB_ON):
        st.session_state[f"maj-prob-{race_id}"] = st.session_state[PROB].get(race_id, 0)
        st.slider(md_label(_("Chance: {race}").format(race=choice.label)), 0, 100, step=1,
                  key=f"maj-prob-{race_id}", format="%d%%", on_change=_chance_moved, args=(race_id, on_change))


def _toggled(race_id: str, contestable, on_change) -> None:
    _set_won([race_id], bool(st.session_state[f"maj-win-{race_id}"]), contestable, on_change)


def _chance_moved(race_id: str, on_change) -> None:
    st.session_state[PROB] = {**st.session_state[PROB], race_id: st.session_state[f"maj-prob-{race_id}"]}
    on_change()
