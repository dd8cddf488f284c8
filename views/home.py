"""Home: the picture first (what the slate would hold and pass), the team, and what to do next.

Thin: the picture is data from slate_explorer.governing, drawn by slate_explorer.picture_html; the PNG is
made only when the button is pressed (slate_explorer.picture_png). The Find box hands its question to
/find through the session (an address never goes into a URL).
"""

import streamlit as st

from views._shell import data_footer, start
from slate_explorer import governing, labels, overview, picture_html, picture_png
from slate_explorer.display_status import status_note_shown
from slate_explorer.guide.voter_guide import date_line
from slate_explorer.findview import onebox
from slate_explorer.i18n import _, date_text, language, ngettext, number_text
from slate_explorer.routes import Common, Here
from slate_explorer.text import md_escape

HOME_DATES = 5  # the soonest dates ahead; Find lists a voter's own

page = start("home")
slate = page.slate
day = page.day  # once per run: every race's status, names and the dates ahead


@st.cache_resource(show_spinner=False, max_entries=64)
def _picture(_slate, version: str, today, lang: str, carried: tuple):
    """One picture per version, day, language and carried link parts: frozen, so shared safely."""
    v, link_lang, base = carried
    return governing.governing_picture(_slate, today, Here(Common(v=v, lang=link_lang), base))


picture = _picture(slate, slate.version, page.today, language(), (page.common.v, page.common.lang, page.here.base))

# A compact title, so the chambers fit the first screen of a phone (a style-only st.html takes no space).
st.html("<style>h1#slate-explorer{font-size:1.5rem;padding:0 0 .1rem}</style>")
st.title("Slate Explorer", anchor="slate-explorer")
st.markdown(picture_html.picture_html(picture), unsafe_allow_html=True)
st.download_button(
    _("Download this picture (PNG)"),
    data=lambda lang=language(): picture_png.picture_png(picture, lang=lang),
    file_name=f"slate-picture-{slate.version}-{language()}.png",
    mime="image/png",
    icon=":material/download:",
    on_click="ignore",
)
if picture.team:
    st.markdown(picture_html.team_html(picture.team), unsafe_allow_html=True)

st.subheader(_("What you can do next"))
with st.form("home_find_form", border=False):
    typed = st.text_input(_("Find your district: ZIP code, district or street address"), key="home_find",
                          max_chars=200, autocomplete="street-address", placeholder=_("For example 10001, NY-14 or 1 Main St, Springfield, IL"))
    asked = st.form_submit_button(_("Find my districts"), type="primary")
if asked:
    with st.spinner(_("Looking it up ...")):
        found = onebox.one_box_query(typed)
    if isinstance(found, str):
        st.warning(md_escape(found), icon=":material/error:")
    else:  # /find resolves and draws it; the typed text stays in this session, never in a URL
        st.session_state["find_query"], st.session_state["find_problem"] = found, None
        st.switch_page("views/find.py")

as_of = overview.as_of_date(slate)
if picture.dates_ahead:
    st.markdown("**" + _("What comes next") + "**")
    st.markdown("\n".join(f"- {md_escape(date_line(d))}" for d in picture.dates_ahead[:HOME_DATES]))
    if len(picture.dates_ahead) > HOME_DATES:
        more = len(picture.dates_ahead) - HOME_DATES
        st.markdown(ngettext("{count} more date ahead: [find the dates of your districts]({href}).",
                             "{count} more dates ahead: [find the dates of your districts]({href}).", more).format(
            count=number_text(more), href=page.here.to("find")))
else:
    st.markdown(_("No election dates ahead in this data version (as of {date}). [See what this version holds]({href}).").format(
        date=date_text(as_of), href=page.here.to("data")))

with st.expander(_("Why this site: the open letter")):
    st.markdown(" ".join(_(sentence) for sentence in overview.LETTER_SUMMARY))
with st.expander(_("Every slate race ({n})").format(n=len(slate.races))):
    for race in sorted(slate.races.values(), key=lambda r: (-r.cycle, r.level.value, r.district)):
        names = day.slate_names(race)
        status = day.status(race)  # never "running" once the election is over
        note = status_note_shown(slate, race, status)
        note = f" {md_escape(note)}" if note else ""
        st.markdown(f"- **{md_escape(race.office)}** ({race.cycle}): {md_escape(names)} — *{labels.status_label(status)}*.{note}")

st.page_link("views/map.py", label=_("See every race on the map"), icon=":material/map:")
data_footer(slate, "open-letter", *(r.source_id for r in slate.races.values()))
