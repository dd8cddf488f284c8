"""Majority calculator: pick which slate races are won and see what the bloc could do, chamber by chamber.

Thin: the scenario lives in the URL (?wins=, ?prob=, ?rest=, ?other=, ?sign=, ?assume=, ?plank=); the arithmetic,
the seat charts and every sentence come from slate_explorer.majority; the link is parsed by its route.
"""

import pandas as pd
import pyarrow as pa
import streamlit as st

from views import _race_picker as picker
from views._answer import bring_into_view
from views._shell import data_footer, public_here, start, write_state
from slate_explorer.house import dates as house_dates, safest
from slate_explorer.house.seats import has_house
from slate_explorer.agenda import platform
from slate_explorer.agenda.links import agenda_href
from slate_explorer.data_text import with_chamber
from slate_explorer import picture_png
from slate_explorer.i18n import _, language, number_text
from slate_explorer.majority import ScenarioError, VoteModel, compute_scenario, explain
from slate_explorer.majority import memo, presets, seatchart, tables, terms
from slate_explorer.majority.chambers import chamber_source_ids, chambers_from_slate
from slate_explorer.share.embed import embed_css
from slate_explorer.routes import MajorityState, link
from slate_explorer.text import html_escape, md_escape, md_label

page = start("majority")
slate, today = page.slate, page.today
choices = presets.race_choices(slate, today)
contestable = [c.race_id for group in choices for c in group.races]


# ---- URL <-> widgets ------------------------------------------------------------------------------
# The route parsed the link (page.state); the widgets are set from it whenever the link changed, and
# every change of a widget writes the state they show back to the link (views/_shell.write_state).
state = page.state
url_wins, url_prob, model = state.wins, dict(state.prob), state.model
chamber_views = {cid: v for cid, v in chambers_from_slate(slate).items() if cid in terms.TERMS and v.parties}


def shown_state() -> MajorityState:
    """The scenario the widgets show."""
    ss = st.session_state
    wins, prob = picker.chosen_wins(), picker.chosen_prob()
    chosen_model = VoteModel(caucus_rest_yes=ss["maj-rest"] / 100, other_yes=ss["maj-other"] / 100,
                             signing_parties=tuple(ss["maj-sign"]))
    return MajorityState.of(slate, today, wins=wins, prob=prob, model=chosen_model, plank=state.plank,
                            assume=shown_assume())


def shown_assume() -> dict:
    """The party seats set for terms the data does not record, where they differ from the assumed split."""
    out = {}
    for cid, view in chamber_views.items():
        split = {p: int(st.session_state.get(f"maj-assume-{cid}-{p}", n)) for p, n in view.parties.items()}
        if split != view.parties and sum(split.values()) <= view.seats:
            out[cid] = split
    return out


def to_url() -> None:
    shown = shown_state()
    write_state("majority", shown)
    st.session_state["maj-url"] = shown


def preset_changed() -> None:
    preset = st.session_state["maj-preset"]
    asked = st.session_state["maj-asked-count"] = st.session_state.get("maj-asked-count", 0) + 1
    st.session_state["maj-asked"] = asked  # this run brings its answer into view (a new token each time)
    if preset in presets.PRESETS:
        wins = presets.preset_wins(slate, preset, today)
        prob = {r: 1.0 if r in wins else 0.0 for r in contestable} if st.session_state.get(picker.PROB_ON) else None
        picker.set_choice(wins, prob, contestable)
        to_url()


def prob_toggled() -> None:
    picker.chances_toggled(contestable)
    to_url()


def apply_url() -> None:
    """A new link (or a page switch): the widgets show what it says."""
    picker.set_choice(url_wins, url_prob, contestable)  # a race the link gives no chance: 100% if won, else 0%
    st.session_state["maj-rest"] = round(model.caucus_rest_yes * 100)
    st.session_state["maj-other"] = round(model.other_yes * 100)
    st.session_state["maj-sign"] = list(model.signing_parties)
    for cid, view in chamber_views.items():  # the assumed split of a term the data does not record
        for party, seats in {**view.parties, **state.assume.get(cid, {})}.items():
            st.session_state[f"maj-assume-{cid}-{party}"] = seats
    st.session_state["maj-url"] = state


if st.session_state.get("maj-url") != state:
    apply_url()

# ---- compute -----------------------------------------------------------------------------------------
probabilities = url_prob if url_prob else None
try:
    result = memo.scenario(slate, url_wins, probabilities=probabilities, model=model, today=today, assume=state.assume)
except ScenarioError as err:  # the URL was validated; this only guards against a data version's surprises
    st.warning(md_escape(explain.error_text(err, contestable)))
    result = compute_scenario(slate, [], model=model, today=today, assume=state.assume)
titles = {p.id: p.title for p in slate.planks.values()}
words = explain.scenario_sentences(result)
body_names = {**{e: x.name for e, x in result.executives.items()}, **{c: o.name for c, o in result.chambers.items()}}


def bullets(lines) -> None:
    if lines:
        st.markdown("\n".join(f"- {md_escape(line)}" for line in lines))


def show_table(rows: list[dict], alt: str) -> None:
    if rows:  # an Arrow table straight from Python lists: no pandas on the rerun path
        st.table(pa.table(tables.table_columns(rows)), hide_index=True, hide_header=False, alt=alt)


def plank_link(plank_id: str) -> str:
    label = _("See this plank on the shared agenda")
    return f"[{md_escape(label)}]({agenda_href(page.here, plank=plank_id)})"


def plank_details(p, selected: bool) -> None:
    plank = slate.planks[p.plank_id]
    mark = " " + _("(selected)") if selected else ""
    st.markdown(f"**{md_escape(titles[p.plank_id])}**{md_escape(mark)}: {md_escape(words['planks'][p.plank_id])}")
    steps = tables.step_rows(p, body_names)
    show_table(steps, _("Each step on the path of {title} and whether it is met").format(title=titles[p.plank_id]))
    bullets([explain.note_text(n) for s in p.steps for n in s.notes])
    if result.plank_probabilities:
        bullets([words["plank_probabilities"][p.plank_id]])
    st.markdown(plank_link(p.plank_id))
    data_footer(slate, *platform.plank_vote_source_ids(slate, plank))



def draw_embed() -> None:
    """?embed=true: only each chamber's seat chart and summary, a thin accent border and a link out."""
    st.html(embed_css(page.common.accent))
    heading = _("What a coordinated majority would pass")
    st.html(f'<h1 style="font-size:1.1rem;margin:0">{html_escape(heading)}</h1>')
    for cid, outcome in result.chambers.items():
        st.subheader(md_escape(outcome.name))
        st.html(seatchart.seat_chart_svg(outcome))  # HTML only: chamber names never pass through markdown
        term = words["terms"][cid]
        bullets(words["chambers"][cid][:3] + ([term] if term else []))
    data_footer(slate, *(s for c in result.chambers for s in chamber_source_ids(slate, c)))
    full = link("majority", state, page.common.carried(), public_here().base)
    st.link_button(_("Open full slate explorer"), full,
                   type="tertiary", icon=":material/open_in_new:")


if page.embed:
    draw_embed()
    st.stop()

# ---- the page -------------------------------------------------------------------------------------------
st.title(_("What a coordinated majority would pass"))
st.download_button(  # made only when pressed: the PNG costs about half a second of CPU
    _("Download this scenario as a picture (PNG)"), icon=":material/download:", mime="image/png", on_click="ignore",
    file_name=f"slate-scenario-{slate.version}-{language()}.png",
    data=lambda lang=language(), title=_("What a coordinated majority would pass"): picture_png.scenario_png(
        slate, url_wins, page.today, page.here, model, title, lang, state.assume),
)
st.markdown(
    _(
        "Choose which slate races are won: each chamber below shows the progressive bloc's seats and the votes "
        "each step needs, and the shared agenda what would pass. This page's link keeps your choice."
    )
)

chosen_plank = state.plank
if chosen_plank:
    with st.container(border=True):
        st.subheader(_("What passing “{title}” needs").format(title=md_escape(titles[chosen_plank])))
        plank_details(next(p for p in result.planks if p.plank_id == chosen_plank), selected=True)

st.header(_("Which races are won?"))
preset_options = [*presets.PRESETS, presets.CUSTOM]
st.session_state["maj-preset"] = presets.preset_of(slate, url_wins, today)
st.radio(
    _("Start from"), preset_options, key="maj-preset", format_func=presets.preset_name, horizontal=True,
    on_change=preset_changed,
)
won = len(url_wins)
# Folded: the picker (filters, search, a switch per race) and the notes on what counts were two phone screens
# above the chambers; the presets stay in view.
with st.expander(_("Choose races one by one ({won} of {total} won)").format(
        won=number_text(won), total=number_text(len(contestable))), key="maj-races"):
    st.markdown(":small[" + _(
        "{won} of {total} slate races still open (election ahead, or held with no result recorded) are won in this "
        "scenario."
    ).format(won=number_text(won), total=number_text(len(contestable))) + "]")
    bullets([explain.note_text(n) for n in result.notes])
    st.toggle(_("Add win chances for each race (optional)"), key=picker.PROB_ON, on_change=prob_toggled)
    if st.session_state.get(picker.PROB_ON):
        st.caption(
            _("Set each race's chance of being won. The page then gives the exact chance of each outcome, without sampling.")
        )
    picker.draw_picker(choices, contestable, to_url)

letter = presets.letter_range(slate, today=today)
if letter:
    chosen = st.session_state["maj-preset"] == presets.LETTER
    with st.expander(_("The letter's “5-10 victories”: what the preset shows"), expanded=chosen):
        bullets(presets.letter_sentences(letter))
        data_footer(slate, *chamber_source_ids(slate, letter.chamber_id))

if has_house(slate):  # the letter's victories, concretely: the safest seats of the blocs it names (house/safest.py)
    with st.expander(_("The letter's “5-10 victories”, concretely: the safest New Democrat and Blue Dog seats")):
        count = st.slider(_("Seats won by progressives"), 1, safest.MAX_SEATS, 5, key="maj-safest")
        counted = safest.safest(slate, count)
        bullets(safest.safest_sentences(slate, counted))
        st.markdown(_("**The seats, safest first:**"))
        bullets([safest.seat_line(seat) for seat in counted.seats])
        st.caption(md_escape(f"{house_dates.counts_note(slate)} {house_dates.lines_caveat(slate)}"))
        data_footer(slate, *sorted({m.source_id for m in slate.caucus_members} | {r.source_id for r in slate.district_results}))

with st.expander(_("How members are assumed to vote (change it here)")):
    bullets(words["model"])
    percent = {"min_value": 0, "max_value": 100, "step": 1, "format": "%d%%", "on_change": to_url}
    st.slider(_("Share of the rest of the bloc's caucus voting yes"), key="maj-rest", **percent)
    st.slider(_("Share of every other member voting yes"), key="maj-other", **percent)
    parties = sorted({e.party for e in result.executives.values() if e.party} | set(model.signing_parties))
    st.multiselect(
        _("Executives of these parties sign what passes (the slate's own always sign)"), parties, key="maj-sign",
        format_func=explain.party_name, on_change=to_url,
    )

unrecorded = {cid: o for cid, o in result.chambers.items() if o.counts != terms.RECORDED and cid in chamber_views}
if unrecorded:
    with st.expander(_("Seats of a term this data version does not record (assumed: change them here)")):
        st.caption(_("Races won here take their seats in the next term. Until its seats are recorded, the last "
                     "recorded party split is assumed; set another split to see what changes. Seats you leave out "
                     "are counted as vacant."))
        for cid, outcome in unrecorded.items():
            view = chamber_views[cid]
            st.markdown("**" + md_escape(with_chamber(_("{chamber}: {term}"), outcome.name, term=_(outcome.term.name))) + "**")
            columns = st.columns(len(view.parties))
            for column, party in zip(columns, view.parties):
                column.number_input(md_label(explain.party_name(party)), 0, view.seats, step=1,
                                    key=f"maj-assume-{cid}-{party}", on_change=to_url)
            set_seats = sum(int(st.session_state.get(f"maj-assume-{cid}-{p}", 0)) for p in view.parties)
            if set_seats > view.seats:
                st.warning(md_escape(with_chamber(_("These add up to {n} seats, more than the {seats} of the {chamber}: "
                                                    "the assumed split is used instead."), outcome.name,
                                                  n=number_text(set_seats), seats=number_text(view.seats))))

# ---- each chamber ------------------------------------------------------------------------------------------
goals = presets.goal_choices(slate)


def draw_chances(cid: str, outcome, cp) -> None:
    """The exact distribution of the bloc's size and the chance of each goal, as a chart and tables."""
    dist = tables.distribution_rows(cp)
    size_label, chance_label = _("Bloc size"), _("Chance")
    alt = with_chamber(_("Chance of each size of the progressive bloc in the {chamber}"), outcome.name)
    st.bar_chart(
        pd.DataFrame({size_label: [str(s) for s, _p in dist], chance_label: [p for _s, p in dist]}),
        x=size_label, y=chance_label, sort=False, alt=alt,
    )
    show_table(tables.size_chance_rows(cp), alt)
    goals_alt = _("Chance the progressive bloc alone meets each goal in the {chamber}")
    show_table(tables.goal_chance_rows(cp), with_chamber(goals_alt, outcome.name))


def draw_chamber(cid: str, outcome) -> None:
    """The summary of a chamber stays in view; the detail (every vote needed, the tables, the notes, the
    chances, "what it takes") opens on demand, so the page reads on a phone."""
    st.header(md_escape(outcome.name))
    term = words["terms"][cid]
    if term:
        st.markdown(md_escape(term))
    st.markdown(seatchart.seat_chart_svg(outcome), unsafe_allow_html=True)
    # In view: the bloc's size and where it stands in its caucus; the majority party's margin and every
    # threshold open on demand (explain.chamber_sentences: chamber, pivot, caucus, then each threshold).
    chamber, pivot, caucus, *thresholds = words["chambers"][cid]
    bullets([chamber, caucus])
    with st.expander(_("Votes needed, and how far the bloc is from each")):
        bullets([pivot, *thresholds])
        show_table(tables.seat_rows(outcome), with_chamber(_("Seats of the {chamber} by group"), outcome.name))
        needed_alt = _("Votes needed in the {chamber} and the bloc's distance to each")
        show_table(tables.threshold_rows(outcome), with_chamber(needed_alt, outcome.name))
        bullets([explain.note_text(n) for n in outcome.notes])

    if result.chamber_probabilities and words["probabilities"].get(cid):
        st.markdown("**" + _("With the win chances you set") + "**")
        bullets(words["probabilities"][cid])
        with st.expander(_("The chance of each size of the bloc and of each goal")):
            draw_chances(cid, outcome, result.chamber_probabilities[cid])

    with st.expander(md_label(with_chamber(_("What it takes in the {chamber}"), outcome.name))):
        goal = st.selectbox(
            md_label(with_chamber(_("What it takes in the {chamber}: choose a goal"), outcome.name)),
            goals[cid], key=f"maj-goal-{cid}", format_func=lambda g: explain.capitalized(explain.goal_phrase(g)),
        )
        need = memo.what_it_takes(slate, cid, goal, url_wins, today, state.assume)
        bullets([explain.what_it_takes_sentence(need, outcome.name)])
    data_footer(slate, *chamber_source_ids(slate, cid))


# A preset's answer is the chambers: they come into view (a phone has them two screens down) and are announced.
asked = st.session_state.pop("maj-asked", None)
first = next(iter(result.chambers), None)
said = (presets.preset_name(st.session_state["maj-preset"]) + ". " + words["chambers"][first][0]) if asked and first else None
bring_into_view("maj_announcer", "maj-chambers", asked, said, margin=0.02)
with st.container(key="maj-chambers"):
    for cid, outcome in result.chambers.items():
        draw_chamber(cid, outcome)

# ---- who signs, and the agenda --------------------------------------------------------------------------
st.header(_("Who signs"))
bullets(words["executives"].values())
if result.office_probabilities:
    bullets(words["office_probabilities"].values())
data_footer(slate, *(slate.chambers[e].source_id for e in result.executives))

st.header(_("The shared agenda in this scenario"))
passing = sum(p.passes for p in result.planks)
st.markdown(
    _("{n} of {total} planks would pass under the vote model.").format(
        n=number_text(passing), total=number_text(len(result.planks))
    )
)
for p in sorted(result.planks, key=lambda p: p.plank_id != chosen_plank):
    verdict = _("{title}: would pass") if p.passes else _("{title}: would not pass")
    with st.expander(md_label(verdict.format(title=titles[p.plank_id])), expanded=p.plank_id == chosen_plank):
        plank_details(p, selected=p.plank_id == chosen_plank)

st.caption(_("Every figure assumes all sworn members vote, with nobody absent or answering “present”."))
data_footer(slate, *(s for c in result.chambers for s in chamber_source_ids(slate, c)))
