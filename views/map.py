"""The races map: every slate race on one clickable map, its race card, filters and a table.

Thin: the view, features, card and folium map come from slate_explorer.mapview; this reads the URL,
draws, and writes the URL back (views/_shell.write_state) so copying it reproduces what the visitor sees.
"""

import streamlit as st
from streamlit_folium import st_folium

from views._answer import bring_into_view
from views._race_card import CARD_KEY, draw_race_card
from views._shell import data_footer, public_here, start, write_state
from slate_explorer import labels
from slate_explorer.findview import setup
from slate_explorer.geo.fetch import GeodataError
from slate_explorer.mapview import build, card, features, filters, geometry, power, publish, styles, table
from slate_explorer.house.seats import has_house
from slate_explorer.routes.states import DEFAULT_LEVEL, POWER
from slate_explorer.i18n import _
from slate_explorer.share.embed import accent_colour, embed_css
from slate_explorer.routes import link, params_of
from slate_explorer.text import html_escape, md_escape

MAP_KEY = "races_map"  # st_folium's value (the last clicked district) is kept under this key
ALL_STATES = "All states"  # the selectbox value for no state filter; shown translated
LINKS_SHOWN = 60  # page links listed at once: one element each (734 of them cost ~150 ms a rerun at 1,000 races)


def _layers_ready() -> None:
    """Build the boundary layers if setup has not, or rebuild them if a file was damaged since (run.sh and the
    deployment run `geodata` first), and publish the map's files: quick checks when both are done."""
    setup.prepare()
    publish.publish_all()


@st.cache_resource
def _map_config() -> build.MapConfig:
    return build.config_from_env()


def _draw_embed_map(page, view, race, accent: str) -> None:
    _layers_ready()
    names = geometry.district_names(view.level)
    shown = features.district_races(page.slate, view, names, page.today)
    fit = geometry.bounds_of(race.district) if race else None
    st_folium(
        build.build_map(view.level, _map_config(), build.map_text(), selected_colour=accent,
                        power=power.power_config(page.slate) if view.layer == POWER else None), key=MAP_KEY, height=420,
        use_container_width=True, returned_objects=[],
        feature_group_to_add=build.selection_layer(
            features.browser_info(shown, geometry.label_points(view.level)), race.district if race else None, fit),
    )


def draw_embed(page, view) -> None:
    """?embed=true: the map (focused on ?race= with its card below), accent colour, a link out, a text list."""
    accent = accent_colour(page.common.accent)
    st.html(embed_css(accent))
    race = page.slate.races.get(view.race or "")
    heading = f"{race.district}: {race.office}" if race else _("Slate races: {level}").format(level=labels.level_label(view.level))
    st.html(f'<h1 style="font-size:1.1rem;margin:0;padding:0">{html_escape(heading)}</h1>')  # small, but the page's heading
    if publish.vendor_missing():
        st.error(_("The map's scripts are missing on this server; the list below names every race."))
    else:
        try:
            _draw_embed_map(page, view, race, accent)
        except (GeodataError, OSError) as error:
            st.error(md_escape(setup.unavailable_text(error)))
    if view.layer == POWER:
        st.html(power.legend_html(page.slate))
    st.link_button(_("Open full slate explorer"), link("map", view, page.common.carried(), public_here().base),
                   type="tertiary", icon=":material/open_in_new:")
    if race:
        draw_race_card(card.race_view(page.slate, race.id, page.here, page.today))
        data_footer(page.slate, *card.race_card(page.slate, race.id, page.today).source_ids)
    with st.expander(_("Races on this map, as a list")):
        st.markdown("\n".join(
            f"- {md_escape(r.district)}: {md_escape(r.office)} ({r.cycle}), "
            f"{md_escape(labels.status_label(page.day.status(r)))}"
            for r in filters.races_matching(page.slate, view, today=page.today)
        ) or _("No slate race on this map."))


page = start("map")
slate = page.slate
view = page.state  # parsed by the map's route: a race decides its level (with a note)
if page.embed:
    draw_embed(page, view)
    st.stop()

st.title(_("Every slate race"))

# --- filters (widget state follows the URL whenever the URL changes) -------------------------------
# Arriving by a link (or editing the URL): the URL is the view, like a deep link on a fresh visit.
arrived = st.session_state.get("_map_applied") != view
if arrived:
    st.session_state.update(
        map_level=view.level, map_state=view.state or ALL_STATES, map_status=list(view.statuses)
    )
    st.session_state.update(map_power=view.layer == POWER, map_min_share=round(view.min_share * 100),
                            map_any_dem=view.any_dem)
states = filters.states_with_races(slate)
if view.state and view.state not in states:
    states = sorted(states + [view.state])
# On a phone the level buttons take two short rows, not three, so the map starts on the first screen.
st.html("<style>@media (max-width:480px){.st-key-map_level button{padding:.1rem .55rem;min-height:2rem;"
        "font-size:.875rem}}</style>")
level = st.pills(_("Level"), filters.LEVEL_ORDER, format_func=labels.level_label, key="map_level", required=True)
# State and status fold into one line, so a phone's first screen reaches the map; the line says what is chosen.
narrowed = [s for s in [st.session_state.get("map_state")] if s and s != ALL_STATES]
narrowed += [labels.status_label(s) for s in st.session_state.get("map_status") or ()]
with st.expander(_("State and status: {chosen}").format(chosen=", ".join(narrowed) if narrowed else _("all")), key="map-narrow"):
    columns = st.columns([1, 2])
    state = columns[0].selectbox(
        _("State"), [ALL_STATES, *states], key="map_state",
        format_func=lambda s: _("All states") if s == ALL_STATES else s,
    )
    statuses = columns[1].multiselect(
        _("Status"), filters.status_values(), format_func=labels.status_label, key="map_status",
        placeholder=_("Every status"),
    )
# --- the House power view: every seat coloured by its member's caucus (mapview/power.py) -------------
power_on = level == DEFAULT_LEVEL and has_house(slate) and st.toggle(
    _("Colour every House seat by its member's caucus"), key="map_power")
previous = None if arrived else st.session_state["_map_applied"]
chosen = view.with_(level=level, state=None if state == ALL_STATES else state, statuses=tuple(statuses),
                    layer=POWER if power_on else None, min_share=st.session_state.get("map_min_share", 65) / 100,
                    any_dem=st.session_state.get("map_any_dem", False))
chosen = filters.after_change(previous, chosen, slate, page.today)

# --- a click on the map (st_folium's on_change stores the new value before this rerun) ------------
clicked = filters.clicked_district(st.session_state.get(MAP_KEY))
no_race_district = None
from_click = clicked is not None and clicked != st.session_state.get("_map_click")
if from_click:
    st.session_state["_map_click"] = clicked
    race = next((r for r in slate.races_in_district(clicked[0]) if r.level.value == chosen.level), None)
    chosen = chosen.with_(race=race.id if race else None)
    no_race_district = None if race else clicked[0]
st.session_state["_map_applied"] = chosen
# On arrival, write the URL even when it seems to agree: a page link to this page changes the session's
# parameters without changing the address bar.
write_state("map", chosen, force=arrived)

def draw_map(chosen, names, selected_race, no_race_district, previous, clicked_id) -> None:
    shown = features.district_races(slate, chosen, names, page.today)
    selected = selected_race.district if selected_race else no_race_district
    fit = geometry.zoom_bounds(filters.zoom_target(previous, chosen, slate, clicked_id), chosen.level)
    st_folium(
        build.build_map(chosen.level, _map_config(), build.map_text(),
                        power=power.power_config(slate) if chosen.layer == POWER else None),
        key=MAP_KEY,
        height=520,
        use_container_width=True,
        returned_objects=["last_active_drawing"],
        feature_group_to_add=build.selection_layer(
            features.browser_info(shown, geometry.label_points(chosen.level)), selected, fit,
            features.also_here(slate, chosen.level, page.today),
        ),
    )


# --- map and race card -----------------------------------------------------------------------------
missing = publish.vendor_missing()
try:
    with st.spinner(_("Preparing the district boundaries (first visit after a restart) ...")):
        _layers_ready()
    names = geometry.district_names(chosen.level)
except (GeodataError, OSError) as error:  # not built and not buildable, damaged, or static/ not writable
    st.error(md_escape(setup.unavailable_text(error)))
    names = None

selected_race = slate.races.get(chosen.race or "")
map_column, card_column = st.columns([3, 2], gap="medium")
with map_column:
    if missing:
        st.error(_("The map's scripts are missing on this server; the table below lists every race."))
    elif names is not None:
        try:
            draw_map(chosen, names, selected_race, no_race_district, previous, clicked[0] if from_click else None)
        except (GeodataError, OSError) as error:  # the build folder went away or was damaged after the check
            st.error(md_escape(setup.unavailable_text(error)))

# Beside the map on a wide screen; right under it on a phone (columns stack), with the legend after it.
with card_column:
    said = None
    if from_click:
        said = (_("Race card: {district}: {office}").format(district=selected_race.district, office=selected_race.office)
                if selected_race else _("{district}: no slate race here in this data version.").format(
                    district=(names or {}).get(no_race_district, no_race_district)))
    bring_into_view("map_announcer", CARD_KEY, clicked[1] if from_click else None, said)
    with st.container(key=CARD_KEY):
        if selected_race:
            draw_race_card(card.race_view(slate, selected_race.id, page.here, page.today))
        elif no_race_district:
            st.subheader(no_race_district)
            name = (names or {}).get(no_race_district, no_race_district)
            st.markdown(_("{district}: no slate race here in this data version.").format(district=md_escape(name)))
        else:
            st.markdown(_("Click a coloured district, or a race in the list of links under the table, to see its race card."))
        seat = selected_race.district if selected_race and selected_race.level.value == DEFAULT_LEVEL else no_race_district
        if chosen.layer == POWER and seat:
            st.markdown("  \n".join(power.seat_lines(slate, seat, page.today)))

if chosen.layer == POWER:
    st.html(power.legend_html(slate))
st.html(styles.legend_html())
if chosen.level in ("state_house", "state_senate") and not filters.level_has_races(slate, chosen.level):
    st.info(
        _("The open letter names no New York Assembly or State Senate seats yet: the districts are drawn "
          "for reference, and slate races will appear here when the data names them."),
        icon=":material/info:",
    )

# --- boundaries used, and the table (the text alternative) -----------------------------------------
try:
    notes = geometry.boundaries_notes(chosen.level) if names is not None else ()
except (GeodataError, OSError):  # already said above: the boundaries are not available
    notes = ()
for line in notes:
    st.caption(md_escape(line))
rows = filters.races_matching(slate, chosen, today=page.today)
heading = _("{level} races ({count})").format(level=labels.level_label(chosen.level), count=len(rows))
st.subheader(heading)
if rows:
    st.html(table.table_html(table.table_rows(slate, rows, page.today), heading))
    # Real links, one Tab stop each, read as sentences (a link in a cell would reload the whole app).
    with st.expander(_("The same races as a list of links")):
        for race in rows[:LINKS_SHOWN]:
            st.page_link("views/map.py", label=md_escape(table.link_label(slate, race, page.today)),
                         query_params=params_of(chosen.with_(race=race.id), page.common.carried()))
        if len(rows) > LINKS_SHOWN:
            st.caption(_("The first {shown} of {total}: choose a state or a status above to list the others.").format(
                shown=LINKS_SHOWN, total=len(rows)))
else:
    st.markdown(_("No slate race on this level matches these filters."))
elsewhere = [
    f"[{labels.level_label(lvl)}: {n}]({page.here.to('map', chosen.with_(level=lvl, race=None, layer=None))})"
    for lvl, n in filters.counts_by_level(slate, chosen, page.today).items() if n and lvl != chosen.level
]
if elsewhere:
    st.markdown(_("Matching races on other levels: {links}").format(links=" · ".join(elsewhere)))


def draw_targets(chosen) -> tuple[str, ...]:
    """The primaries nobody has called: the list, its threshold and its CSV; the sources it cites."""
    st.markdown("### " + _("The primaries nobody has called") + "\n\n" + _(
        "Democratic House seats held by New Democrats or Blue Dogs where the 2024 Democratic share is at least the "
        "threshold, safest first, with the slate's 2026 challenge there as recorded."))
    columns = st.columns([2, 1])
    share = columns[0].slider(_("Lowest 2024 Democratic share (%)"), 0, 100, key="map_min_share")
    columns[1].checkbox(_("Any Democrat outside the Progressive Caucus"), key="map_any_dem")
    caption, table_html, csv_data = power.targets_block(slate, page.today, share / 100, chosen.any_dem)
    st.html(table_html or f"<p>{html_escape(caption)}</p>")
    st.download_button(_("Download this list (CSV)"), csv_data, file_name=f"slate-{slate.version}-primaries.csv",
                       mime="text/csv", key="map_targets_csv", on_click="ignore")
    return tuple({m.source_id for m in slate.house_members} | {r.source_id for r in slate.district_results}
                 | {m.source_id for m in slate.caucus_members})


power_sources = draw_targets(chosen) if chosen.layer == POWER else ()
card_sources = card.race_card(slate, selected_race.id, page.today).source_ids if selected_race else ()
data_footer(slate, *card_sources, *(r.source_id for r in rows), *power_sources)
