"""Shared agenda: the common platform, who stands where, and whether the slate is a team.

Thin: reads the URL (?plank=, ?candidate=, ?level=, ?state=, ?former=), asks slate_explorer.agenda for the
answers and draws them. Filters are widgets kept in the URL, so a link reproduces the view.
"""

import streamlit as st

from views._shell import data_footer, showing, start, write_state
from slate_explorer import labels
from slate_explorer.agenda import coordination, graphic, matrix, network, platform, tables
from slate_explorer.agenda.links import race_href
from slate_explorer.agenda.members import SLATE_RULE, current_members, is_current
from slate_explorer.agenda.tables import mark_selected
from slate_explorer.data.versions import previous_valid
from slate_explorer.i18n import _, date_text, language, ngettext, number_text
from slate_explorer.routes import AgendaState, MajorityState, MapState, params_of
from slate_explorer.text import md_escape

NARROW_SCREEN_CSS = (
    ".st-key-network-narrow-note{display:none}"
    "@media (max-width:640px){.st-key-network-drawing{display:none}.st-key-network-narrow-note{display:flex}}"
)

page = start("agenda")
slate, view = page.slate, page.state
FILTERS = ("level", "plank", "candidate")  # mirrored by hand: Streamlit would write their labels in the link
BOUND = ("state", "former")  # bound to the link by Streamlit itself (bind="query-params")
names = {c.id: c.name for c in slate.candidates.values()}
titles = {p.id: p.title for p in slate.planks.values()}


def url_widget(param: str, options: list) -> str:
    """The session key of a widget mirrored in ?param=: the URL sets it when the URL changed."""
    key, seen, value = f"agenda-{param}", f"agenda-{param}-url", getattr(view, param)
    if value and value not in options:  # valid but unused here (no candidate at that level)
        options.append(value)
    if st.session_state.get(seen, "unset") != value:
        st.session_state[key] = value if value in options else options[0]
        st.session_state[seen] = value
    return key


def to_url() -> None:
    """A filter changed: the link says the new filters (Streamlit writes the bound ones itself)."""
    chosen = AgendaState(**{p: st.session_state[f"agenda-{p}"] or None for p in FILTERS})
    write_state("agenda", chosen, skip=BOUND)
    for param in FILTERS:
        st.session_state[f"agenda-{param}-url"] = getattr(chosen, param)


def show_table(frame, alt: str, empty: str) -> None:
    if frame.empty:
        st.markdown(empty)
    else:
        st.table(frame, hide_index=True, alt=alt)


# ---- the answer first ------------------------------------------------------------------------------
net = slate.cached("agenda.network", lambda: network.build_network(slate))


@st.cache_resource(max_entries=32, show_spinner=False)
def coverage_view(version: tuple[str, str], lang: str, here, chosen: str | None, shown: tuple, _slate, _grid, _names):
    """How much of the platform each candidate backs, for one version, language, link base, highlight and
    `shown` (the filters the grid was built with, and the order): the same when a plank changes."""
    return tables.coverage_frame(_slate, matrix.candidate_coverage(_grid, shown[-1], _names), here, candidate=chosen)


@st.cache_resource(max_entries=32, show_spinner=False)
def network_view(version: tuple[str, str], lang: str, here, chosen: str | None, _slate, _net):
    """The network's drawing and its two tables for one data version (path, name), language, link base and
    highlight: the same on every rerun that changes a plank, a filter or an order (about 200 ms at 1,000
    candidates). Bounded to 32 of them; the frames are only read."""
    return (graphic.network_dot(_net, chosen, lambda race_id: race_href(race_id, here)),
            tables.network_frame(_slate, _net, here, candidate=chosen),
            tables.endorsements_frame(_slate, _net, here, candidate=chosen))


unity = network.slate_unity(net)
members = current_members(slate)

st.title(_("Shared agenda"))
st.markdown(_(
    "The open letter says progressive candidates run siloed campaigns: no common platform, no "
    "cross-endorsements, no joint fundraisers or shared media. This page checks that charge against "
    "the data: which planks the slate shares, who stands where, who endorses whom, and what they do together."
))
col1, col2, col3, col4 = st.columns(4)
col1.metric(_("Planks in the platform"), len(slate.planks))
col2.metric(_("Slate candidates"), len(members))
col3.metric(_("Unity score"), unity.share_text(),
            help=_("Share of the possible cross-endorsements among slate candidates that exist."))
events = coordination.total(slate)
col4.metric(_("Joint events, fundraisers, media"), ngettext("{count} recorded", "{count} recorded", events).format(count=events))
st.caption(md_escape(_(SLATE_RULE)))

# ---- deep-link focus: ?candidate= and ?plank= ---------------------------------------------------------
chosen = view.candidate
chosen_plank = view.plank
if chosen:
    person = slate.candidates[chosen]
    with st.container(border=True):
        st.subheader(_("Highlighted: {name}").format(name=md_escape(person.name)))
        race = slate.races[person.race_id]
        former = "" if is_current(person) else _("Former slate candidate (lost or withdrew): not counted in the scores.")
        st.markdown(f"{md_escape(race.office)}. {former}")
        backs = [titles[p] for p, pos in slate.positions_of(chosen).items() if pos.stance.value == "backs"]
        st.markdown(_("Backs: {planks}.").format(planks=md_escape(", ".join(backs))) if backs else _("Backs: no plank on record."))
        if is_current(person):
            st.markdown(_("Cross-endorsements given and received: {unity}.").format(unity=network.candidate_unity(net, chosen).describe()))
        elif not view.former:
            st.markdown(_("Turn on “Also list former slate candidates” below to see them in the tables."))
        st.page_link("views/map.py", label=_("Open {name}'s race card").format(name=md_escape(person.name)),
                     icon=":material/map:", query_params=params_of(MapState(race=person.race_id), page.common.carried()))
        data_footer(slate, person.source_id, race.source_id, *(p.source_id for p in slate.positions_of(chosen).values()),
                    *(e.source_id for e in slate.endorsements if chosen in (e.endorser_id, e.candidate_id)))
if chosen_plank:
    plank = slate.planks[chosen_plank]
    count = matrix.plank_counts(matrix.build_matrix(slate, plank=chosen_plank))[0]
    with st.container(border=True):
        st.subheader(_("Plank: {title}").format(title=md_escape(titles[plank.id])))
        st.markdown(md_escape(plank.summary))
        backers = ", ".join(f"**{md_escape(names[c])}**" for c in count.backs) or _("no slate candidate on record")
        st.markdown(_("Backed by {count} of {total} slate candidates: {names}.").format(
            count=len(count.backs), total=count.of, names=backers))
        st.page_link("views/majority.py", label=_("What passing it needs"), icon=":material/calculate:",
                     query_params=params_of(MajorityState(plank=plank.id), page.common.carried()))
        data_footer(slate, plank.source_id, *(p.source_id for p in slate.positions if p.plank_id == plank.id))

# ---- the platform --------------------------------------------------------------------------------
st.header(_("The common platform"))
full_counts = {c.plank_id: c for c in matrix.plank_counts(matrix.build_matrix(slate))}
if not slate.planks:
    st.markdown(_("This data version records no planks."))
for plank in slate.planks.values():
    count = full_counts[plank.id]
    label = _("{title}: backed by {count} of {total}").format(title=md_escape(titles[plank.id]), count=len(count.backs), total=count.of)
    with st.expander(label, expanded=plank.id == chosen_plank):
        st.markdown(md_escape(plank.summary))
        st.markdown(_("**How it would be enacted:** {vehicle}").format(vehicle=md_escape(plank.vehicle)))
        st.markdown(_("**Who must pass it:** {path}").format(path=md_escape(platform.path_words(slate, plank))))
        backers = ", ".join(md_escape(names[c]) for c in count.backs) or _("no slate candidate on record")
        st.markdown(_("**Backed by {count} of {total} slate candidates:** {names}").format(
            count=len(count.backs), total=count.of, names=backers))
        st.page_link("views/majority.py", label=_("What passing it needs"), icon=":material/calculate:",
                     query_params=params_of(MajorityState(plank=plank.id), page.common.carried()))
        data_footer(slate, *platform.plank_source_ids(slate, plank))

# ---- the matrix ------------------------------------------------------------------------------------
st.header(_("Who stands where"))
everyone = list(slate.candidates.values())
ALL = ""  # the "no filter" choice (a None option would show as an empty selectbox)
level_options = [ALL, *dict.fromkeys(slate.races[c.race_id].level.value for c in everyone)]
state_options = [ALL, *sorted({slate.races[c.race_id].state for c in everyone})]
plank_options = [ALL, *slate.planks]
person_options = [ALL, *slate.candidates]
f1, f2 = st.columns(2)  # two rows of two, so a phone stacks them in reading order
key = url_widget("level", level_options)
f1.selectbox(_("Level"), level_options, key=key, format_func=lambda v: labels.level_label(v) if v else _("All levels"),
             on_change=to_url)
if view.state and view.state not in state_options:  # valid but unused here (no candidate in that state)
    state_options.append(view.state)
if st.query_params.get("state", view.state) != view.state:  # ?state=ny: the route made it NY
    st.session_state["state"] = view.state
state_filter = f2.selectbox(_("State"), state_options, key="state", format_func=lambda v: v or _("All states"),
                            bind="query-params") or None
f1, f2 = st.columns(2)
key = url_widget("plank", plank_options)
f1.selectbox(_("Plank"), plank_options, key=key, format_func=lambda v: titles[v] if v else _("All planks"),
             on_change=to_url)
key = url_widget("candidate", person_options)
f2.selectbox(_("Highlight a candidate"), person_options, key=key, format_func=lambda v: names[v] if v else _("Nobody"),
             on_change=to_url)
former = st.toggle(_("Also list former slate candidates (lost or withdrew)"), key="former", bind="query-params")
showing("agenda", view.with_(state=state_filter, former=former))  # Streamlit wrote these two into the link itself
grid = matrix.build_matrix(slate, level=view.level, state=state_filter, include_former=former)
st.caption(_("Counts are over the candidates these filters list. “Unknown” means the data records no stance: it is not opposition."))
sort_label = lambda sort: _(matrix.SORT_LABELS[sort])  # noqa: E731
no_match = _("No candidate or plank matches these filters.")

st.subheader(_("How many back each plank"))
plank_sort = st.radio(_("Order"), matrix.PLANK_SORTS, horizontal=True, key="agenda-plank-sort", format_func=sort_label)
show_table(tables.plank_counts_frame(slate, matrix.plank_counts(grid, plank_sort), page.here, candidate=chosen, plank=chosen_plank),
           _("For each plank, how many of the listed candidates back it, oppose it, or have no recorded stance"), no_match)

# The plank counts stay in view; each candidate's coverage and every stance open on demand (as rows on a
# phone they were most of the page's height).
with st.expander(_("How much of the platform each candidate backs"), expanded=bool(chosen)):
    cov_sort = st.radio(_("Order"), matrix.COVERAGE_SORTS, horizontal=True, key="agenda-coverage-sort", format_func=sort_label)
    show_table(coverage_view((str(slate.path), slate.version), language(), page.here, chosen,
                             (view.level, state_filter, former, cov_sort), slate, grid, names),
               _("For each candidate, how many planks of the platform they back"), _("No candidate matches these filters."))

shown = grid.only_planks([chosen_plank]) if chosen_plank else grid
recorded = [c for c in shown.cells if c.stance != "unknown"]
with st.expander(ngettext("{count} recorded stance, with its source", "{count} recorded stances, with their sources",
                          len(recorded)).format(count=number_text(len(recorded))), expanded=bool(chosen or chosen_plank)):
    sort = st.radio(_("Sort rows by"), matrix.PAIR_SORTS, horizontal=True, format_func=sort_label, key="agenda-sort",
                    index=matrix.PAIR_SORTS.index("stance" if chosen_plank else "candidate"))  # a plank link: backers first
    if chosen_plank:
        st.caption(_("Showing {title} only; choose “All planks” to see every plank.").format(title=md_escape(titles[chosen_plank])))
    pairs = matrix.sorted_cells(shown, sort, first=chosen)
    show_table(tables.pairs_frame(slate, [c for c in pairs if c.stance != "unknown"], page.here, candidate=chosen),
               _("Each slate candidate's recorded stance on each plank, with its source"),
               _("No stance is recorded for these filters.") if shown.cells else no_match)
unknown = tables.unknown_lines(slate, list(shown.cells), page.here, candidate=chosen)
if unknown:
    missing = len(shown.cells) - len(recorded)
    with st.expander(ngettext("{count} stance not recorded: see all", "{count} stances not recorded: see all",
                              missing).format(count=number_text(missing))):
        st.markdown("\n".join(f"- {line}" for line in unknown))
data_footer(slate, *(p.source_id for p in slate.positions), *(c.source_id for c in everyone))

# ---- the network -----------------------------------------------------------------------------------
st.header(_("Cross-endorsements"))
st.metric(_("Unity score of the slate"), unity.describe())
st.markdown(ngettext(
    "Of the {possible} cross-endorsements that could exist among the {members} slate candidates "
    "(each endorsing each of the others), {existing} is recorded.",
    "Of the {possible} cross-endorsements that could exist among the {members} slate candidates "
    "(each endorsing each of the others), {existing} are recorded.",
    unity.existing,
).format(possible=unity.possible, members=len(members), existing=unity.existing) + " "
    + _("A candidate's own score counts the endorsements they gave to and received from the others."))
previous = previous_valid(slate.version)
if previous is not None:
    change = network.unity_change(previous, slate)
    text = md_escape(change.describe({**{c.id: c.name for c in previous.candidates.values()}, **names}))
    if change.points is not None:
        st.markdown(_("**Since the previous data version ({points}):** {text}").format(points=change.points_text(), text=text))
    else:
        st.markdown(_("**Since the previous data version:** {text}").format(text=text))
else:
    st.markdown(_("**Since the previous data version:** {text}").format(
        text=_("this is the earliest data version; there is nothing to compare.")))

isolated = net.isolated()
st.subheader(_("Isolated candidates: {count} of {total}").format(count=len(isolated), total=len(members)))
st.caption(_("Slate candidates who neither gave nor received a cross-endorsement in this data version."))
isolated_links = []  # one paragraph, not a list: fourteen lines were a phone's screen and a half
for cid in isolated:
    person = slate.candidates[cid]
    link = f"[{md_escape(person.name)}]({race_href(person.race_id, page.here)}) ({md_escape(tables.race_words(slate, cid))})"
    isolated_links.append(mark_selected(link) if cid == chosen else link)
if isolated_links:
    st.markdown(" · ".join(isolated_links))
if not isolated:
    st.markdown(_("None: every slate candidate gave or received at least one cross-endorsement."))

st.subheader(_("The network"))
drawing, network_table, endorsement_table = network_view((str(slate.path), slate.version), language(), page.here, chosen,
                                                         slate, net)
# Scaled to a phone's width the drawing's labels are about 6 px: under 640 px it gives way to the list below.
st.html(f"<style>{NARROW_SCREEN_CSS}</style>")
with st.container(key="network-drawing"):
    st.caption(_("Boxes are slate candidates, dashed ellipses outside endorsers; solid arrows are cross-endorsements, "
                 "dashed arrows outside endorsements. A node's text says its kind. Click a candidate to open their race card."))
    st.graphviz_chart(drawing, alt=graphic.network_alt(net))
with st.container(key="network-narrow-note"):
    st.caption(_("On a screen this narrow the drawing would be too small to read: “Who endorses whom, as a table” "
                 "below lists the same network."))
# Folded: as rows on a phone the two tables were a third of the page's height.
with st.expander(_("Who endorses whom, as a table"), expanded=bool(chosen)):
    show_table(network_table,
               _("Who each slate candidate endorses and is endorsed by, with their unity score"), _("No slate candidates."))
with st.expander(_("Every recorded endorsement ({count})").format(count=number_text(len(net.edges)))):
    show_table(endorsement_table,
               _("Every recorded endorsement with its date and source"), _("No endorsement is recorded in this data version."))
data_footer(slate, *(e.source_id for e in slate.endorsements))

# ---- coordination ----------------------------------------------------------------------------------
st.header(_("Coordination at a glance"))
for kind in coordination.by_kind(slate):
    st.markdown(f"**{md_escape(kind.headline())}**")
    for item in kind.items:
        who = ", ".join(md_escape(names.get(p, p)) for p in item.participants)
        source = tables.source_cell(slate, item.source_id)
        st.markdown("- " + _("{date}: {title} ({who}). Source: {source}").format(
            date=date_text(item.date), title=md_escape(item.title), who=who, source=source))
data_footer(slate, *(c.source_id for c in slate.coordination))
