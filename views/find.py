"""Find your district: an address, a ZIP, your location, a map click or a district id -> every district
you vote in, your members of Congress, the slate races there, the dates, a calendar file and a guide.

Thin: the answers come from slate_explorer.findview (and slate_explorer.geo); this reads the inputs, keeps
the last question in the session and draws. Privacy: the typed address stays in its own text box; it is
never written to the URL or logged. The URL carries the district only (`?district=NY-14`).
"""

import datetime as dt
from pathlib import Path

import streamlit as st
from streamlit_folium import st_folium

from views._answer import bring_into_view
from views._race_card import draw_race_card, official_markdown
from views._shell import data_footer, start, write_state
from slate_explorer import labels
from slate_explorer.findview import answer as view
from slate_explorer.findview import confirm, query, serving, setup
from slate_explorer.geo import roster
from slate_explorer.geo.fetch import GeodataError
from slate_explorer.geo.layers import LayerUnavailable
from slate_explorer.geo.lookup import Locator
from slate_explorer.guide.calendar import ics_bytes
from slate_explorer.guide.voter_guide import date_line, guide_html, no_dates_ahead
from slate_explorer.i18n import _, number_text
from slate_explorer.mapview import build, features, filters, geometry, publish
from slate_explorer.routes import FindState
from slate_explorer.share.links import public_base
from slate_explorer.text import md_escape

MAP_KEY = "find_map"
ANSWER_KEY = "find_answer"  # the answer's container: it comes into view after each question
FINDER = Path(query.__file__).parent


@st.cache_resource(show_spinner=False)
def _locate_button():
    """'Use my location': a few lines of the app's own JS (st.components.v2), registered once per process."""
    return st.components.v2.component(
        "slate_locate",
        html='<button type="button"></button><span role="status" aria-live="polite"></span>',
        css=(FINDER / "locate.css").read_text(encoding="utf-8"),
        js=(FINDER / "locate.js").read_text(encoding="utf-8"),
    )


@st.cache_resource(show_spinner=False)
def _locator() -> Locator:
    return Locator.load()


@st.cache_resource(show_spinner=False)
def _map_config() -> build.MapConfig:
    return build.config_from_env()


def _prepare_layers() -> Locator | None:
    """The boundary layers, built at first start with a progress bar; None (with a message) when they cannot be."""
    if not setup.layers_current():
        failed = st.session_state.get("_find_layers_error")
        if failed:
            _layers_unavailable(failed)
            return None
        bar = st.progress(0.0, text=_("Preparing the district boundaries (first start after an update) ..."))
        try:
            setup.prepare(progress=lambda fraction, _step: bar.progress(min(max(fraction, 0.0), 1.0),
                                                                       text=_("Preparing the district boundaries ...")))
        except GeodataError as error:
            bar.empty()
            st.session_state["_find_layers_error"] = setup.unavailable_text(error)
            _layers_unavailable(st.session_state["_find_layers_error"])
            return None
        bar.empty()
        _locator.clear()  # rebuilt: the lookup reads the new files
    try:
        return _locator()
    except LayerUnavailable as error:  # damaged after the check (the next visit rebuilds)
        _layers_unavailable(setup.unavailable_text(error))
        return None


def _layers_unavailable(what: str) -> None:
    st.warning(_(query.NO_LAYERS), icon=":material/map:")
    st.caption(md_escape(what))


def _ask(found) -> None:
    """Keep a new question (or say what was wrong with the input)."""
    if isinstance(found, str):
        st.session_state["find_problem"] = found
    else:
        st.session_state["find_query"] = found
        st.session_state["find_problem"] = None


def _on_map_click() -> None:
    point = confirm.clicked_point(st.session_state.get(MAP_KEY))
    if point:
        _ask(query.point_query(point[0], point[1], "click"))



# --- drawing the answer -------------------------------------------------------------------------------------

def _draw_map(result, slate, locator) -> None:
    """The confirmation map: the voter's districts outlined, the point marked; a click looks a point up."""
    if locator is None:
        return
    answer = result.answer if result else None
    found_zip = result.zip if result else None
    if publish.vendor_missing():
        st.caption(_("The map's scripts are missing on this server; the other ways to find your district work."))
        return
    try:
        states = features.district_races(slate, filters.MapState(level="us_senate"), today=page.today)
        if answer:
            fit = confirm.fit_bounds(answer)
        else:
            fit = confirm.districts_bounds(found_zip.districts) if found_zip else None
        layers = [build.selection_layer(features.browser_info(states, geometry.label_points("us_senate")), None, fit)]
        if answer:
            layers.append(confirm.overlay(answer))
        elif found_zip:
            layers.append(confirm.zip_overlay(found_zip.districts))
        base = build.build_map("us_senate", _map_config(), build.map_text())
    except (GeodataError, OSError):  # the drawing files could not be read or published
        st.caption(_("The map cannot be drawn on this server right now; the other ways to find your district work."))
        return
    st_folium(base, key=MAP_KEY, height=360, use_container_width=True, returned_objects=["last_clicked"],
              feature_group_to_add=layers, on_change=_on_map_click)
    st.caption(_("Click your home on the map to find its districts. Outlines: solid black, US House; dashed "
                 "blue, NY State Senate; dotted orange, NY Assembly; grey dots, New York City. "
                 "The yellow dot is the point that was looked up."))


def _draw_zip(found, slate, names) -> None:
    """Every district the ZIP touches, the honest note, and a button per district (the voter chooses)."""
    st.subheader(_("ZIP code {zip}").format(zip=found.zip))
    st.info(md_escape(found.note), icon=":material/info:")
    for district in found.districts:
        races = "; ".join(f"{md_escape(r.office)} ({labels.status_label(day.status(r))})"
                          for r in slate.races_in_district(district))
        line = f"**{district}**, {md_escape(view.district_name('us_house', district, names))}: "
        text, button = st.columns([4, 1], vertical_alignment="center")
        text.markdown(line + (races or _("no slate race")))
        if button.button(_("Show {district}").format(district=district), key=f"find_zip_{district}"):
            _ask(query.district_query(district))
            st.rerun()


def _draw_districts(result, names) -> None:
    answer, asked = result.answer, result.query
    if asked.how == "address" and asked.matched:
        st.markdown(_("**Matched address:** {address}").format(address=md_escape(asked.matched)))
    elif asked.how == "click":
        st.markdown(_("**The point you clicked on the map.**"))
    elif asked.how == "location":
        st.markdown(_("**Your browser's location.**"))
    st.subheader(_("Your districts"))
    st.markdown("\n".join(f"- **{line.level_label}:** {line.id} — {md_escape(line.name)}"
                          for line in view.district_lines(answer, names)))
    for note in [view.typed_note(answer), *answer.notes]:
        if note:
            st.caption(md_escape(note))


def _draw_members(answer, slate, today: dt.date) -> None:
    reps = view.representation_views(answer)
    if not reps:
        return
    st.subheader(_("Your members of Congress"))
    for rep in reps:
        for member in rep.members:
            name = view.md_link(member.name, member.url) if member.url else md_escape(member.name)
            party = f" ({md_escape(member.party)})" if member.party else ""
            st.markdown(f"- {md_escape(member.role)} ({rep.district}): **{name}**{party}")
        if rep.vacant or not rep.members:
            st.markdown(f"- {rep.district}: {md_escape(rep.note)}")
    note = serving.serving_note(answer, slate, today)
    if note:  # which term these members serve, and who serves in the next one
        st.markdown(" ".join(md_escape(text) for text in (note.term, note.next_member) if text)
                    + (" " + official_markdown(note.official) if note.official else ""))
    st.caption(_(roster.ROSTER_NOTE))


def _draw_race(race) -> None:
    with st.container(border=True):
        draw_race_card(race, heading="####", map_link=True)


def _draw_nearby(nearby) -> None:
    st.subheader(_("The nearest open slate races, and how to help"))
    st.markdown(_("No slate race is still to be run where you vote. These are the closest; volunteers from "
                  "anywhere can help them."))
    for near in nearby:
        people = ", ".join(near.candidates) or day.slate_names(near.race)
        distance = _("in your area") if near.km == 0 else _("about {km} km away").format(km=number_text(round(near.km)))
        links = " · ".join([view.md_link(_("Race card"), near.map_href)]
                           + [view.md_link(link.label, link.url) for link in near.help_links])
        st.markdown(f"- **{near.race.district}**: {md_escape(near.race.office)} ({md_escape(near.status_label)}; "
                    f"{md_escape(people)}), {distance}. {links}")


def _draw_dates(answer, slate, stem: str, today: dt.date) -> None:
    """The dates still ahead as a list, the .ics calendar of them and the printable guide (downloads do not
    rerun the page). With no date ahead there is no calendar to offer: the page says so and points to /data."""
    st.subheader(_("Election dates"))
    days = view.calendar_days(answer, slate, today)
    data_href = page.here.to("data")
    if days:
        st.markdown("\n".join(f"- {md_escape(date_line(d))}" for d in days))
    elif answer.races:
        st.markdown(md_escape(no_dates_ahead(slate, today)) + " " + view.md_link(_("The data page"), data_href))
    else:
        st.markdown(_("No election dates are recorded for these districts."))
    calendar, guide = st.columns(2)
    if days:
        calendar.download_button(_("Download the calendar (.ics)"), ics_bytes(slate, days),
                                 file_name=f"election-dates-{stem}.ics", mime="text/calendar",
                                 icon=":material/event:", key="find_ics", on_click="ignore")
    guide.download_button(_("Download the printable voter guide (HTML)"),
                          guide_html(slate, view.guide_districts(answer), today=today,
                                     data_url=public_base(st.context.url) + "/data").encode("utf-8"),
                          file_name=f"voter-guide-{stem}.html", mime="text/html",
                          icon=":material/print:", key="find_guide", on_click="ignore")
    st.caption(_("Open the downloaded guide in your browser and print it."))


def _draw_answer(result, names, today: dt.date) -> None:
    """Every district, the members of Congress, the caucus line, the slate races there (or the nearest), the dates."""
    answer = result.answer
    _draw_districts(result, names)
    _draw_members(answer, slate, today)
    caucus = view.caucus_lines(answer, slate, today)
    if caucus:
        st.markdown(md_escape(caucus[0]))
        st.caption(md_escape(" ".join(caucus[1:])))
    st.subheader(_("Slate races where you vote"))
    races = view.race_views(answer, slate, page.here, today, day)
    if not races:
        st.markdown(_("No slate race is recorded in your districts in this data version."))
    for race in races:
        _draw_race(race)
    nearby = view.nearby_races(answer, slate, locator, page.here, today=today)
    if nearby:
        _draw_nearby(nearby)
    _draw_dates(answer, slate, view.file_stem(view.share_district(result)), today)
    caucus_sources = {r.source_id for r in slate.district_results} | {m.source_id for m in slate.caucus_members} if caucus else set()
    data_footer(slate, *(source for race in races for source in race.card.source_ids), *sorted(caucus_sources))


def _answer_words(result, problem: str | None) -> str | None:
    """What the live region says when an answer arrives: the problem, the ZIP's districts, or the districts."""
    if problem:
        return problem
    if result and result.zip:
        return _("ZIP code {zip}: choose your district below.").format(zip=result.zip.zip)
    if result and result.answer:
        return _("Your districts: {districts}.").format(districts=", ".join(
            f"{line.level_label} {line.id}" for line in view.district_lines(result.answer, {})))
    return None


page = start("find")
slate = page.slate
day = page.day  # once per run
st.title(_("Find your district"))
st.markdown(_("Enter your address or ZIP code, use your location, click the map, or type a district such as NY-14. "
              "Your address goes only to the US Census Bureau's address service, to find where it is; it is never "
              "put in the link or saved."))
locator = _prepare_layers()

# --- a link to a district (a deep link, or a changed URL) ------------------------------------------------
linked = page.state.district
if linked and linked != st.session_state.get("_find_url"):
    _ask(query.district_query(linked))
    st.session_state["_find_url"] = linked

inputs, map_column = st.columns([1, 1], gap="large")
with inputs:
    with st.form("find_address_form", border=False):
        address = st.text_input(_("Street address"), key="find_address", max_chars=200, autocomplete="street-address",
                                placeholder=_("For example: 1 Main St, Springfield, IL 62701"))
        if st.form_submit_button(_("Find my districts"), type="primary"):
            with st.spinner(_("Looking up the address with the US Census Bureau ...")):
                _ask(query.address_query(address))
    zip_column, district_column = st.columns(2)
    with zip_column, st.form("find_zip_form", border=False):
        zip_text = st.text_input(_("ZIP code"), key="find_zip", max_chars=10, autocomplete="postal-code")
        if st.form_submit_button(_("Look up ZIP")):
            _ask(query.zip_query(zip_text))
    with district_column, st.form("find_district_form", border=False):
        district_text = st.text_input(_("District"), key="find_district", max_chars=20,
                                      placeholder=_("For example NY-14"))
        if st.form_submit_button(_("Show district")):
            _ask(query.district_query(district_text))
    located = _locate_button()(key="find_locate", on_located_change=lambda: None,
                               data={"label": _("Use my location"), "waiting": _("Finding your location ...")})
    if located.located is not None:
        point = confirm.located_point(located.located)
        if isinstance(point, str):
            _ask(point)
        else:
            _ask(query.point_query(point[0], point[1], "location"))
    st.caption(_("Your browser shares your location only when you press the button and allow it; it is used to "
                 "find your districts and is never put in the link."))

# --- the answer --------------------------------------------------------------------------------------------
asked = st.session_state.get("find_query")
result = query.resolve(asked, slate, locator) if asked else None
problem = st.session_state.get("find_problem") or (result.problem if result else None)

shared = view.share_district(result) if result else None
write_state("find", FindState(district=shared))  # the link carries the district only, never the address
st.session_state["_find_url"] = shared or linked

answer = result.answer if result else None
names = view.state_names(locator)
with map_column:
    _draw_map(result, slate, locator)
# A new answer (or problem) comes into view: on a phone it starts under the boxes and the map.
before = st.session_state.get("_find_shown", (None, None))
fresh = bool(asked or problem) and (before[0] is not asked or before[1] != problem)
st.session_state["_find_shown"] = (asked, problem)
if fresh:
    st.session_state["_find_token"] = st.session_state.get("_find_token", 0) + 1
bring_into_view("find_announcer", ANSWER_KEY, st.session_state["_find_token"] if fresh else None,
                _answer_words(result, problem), margin=0.02)
with st.container(key=ANSWER_KEY):
    if problem:
        st.warning(md_escape(problem), icon=":material/error:")
    if result and result.zip:
        _draw_zip(result.zip, slate, names)
    if answer:
        _draw_answer(result, names, page.today)
