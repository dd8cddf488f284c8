"""Home: the slate at a glance."""

import datetime as dt

import streamlit as st

from views._shell import data_footer, start
from slate_explorer import labels, overview
from slate_explorer.i18n import _, date_text
from slate_explorer.text import md_escape

page = start("home")
slate = page.slate

st.title("Slate Explorer")
st.markdown(" ".join(_(sentence) for sentence in overview.LETTER_SUMMARY))

counts = overview.status_counts(slate)
columns = st.columns(4)
columns[0].metric(_("Races tracked"), len(slate.races))
columns[1].metric(_("Slate candidates"), len(slate.candidates))
columns[2].metric(_("Targets without a candidate"), counts.get("target", 0))
columns[3].metric(_("Races won"), counts.get("won", 0))

st.subheader(_("The races"))
for race in sorted(slate.races.values(), key=lambda r: (-r.cycle, r.level.value, r.district)):
    names = ", ".join(c.name for c in slate.candidates_in(race.id)) or _("no slate candidate yet")
    st.markdown(
        f"- **{md_escape(race.office)}** ({race.cycle}): {md_escape(names)} — "
        f"*{labels.status_label(race.status)}*. {md_escape(race.status_note or '')}"
    )

as_of = overview.as_of_date(slate)
st.subheader(_("Election dates after {date}").format(date=date_text(as_of)))
today = dt.date.today()
dates = overview.election_dates(slate, after=as_of)
if not dates:
    st.markdown(_("No later election dates are recorded in this data version."))
for item in dates:
    race = slate.races[item.race_id]
    passed = " " + _("(this date has passed; its result is not in this data version)") if item.date < today else ""
    st.markdown(f"- {date_text(item.date)}: {_(item.what)}, {md_escape(race.office)}{passed}")

st.page_link("views/map.py", label=_("See every race on the map"), icon=":material/map:")
st.page_link("views/find.py", label=_("Find your district"), icon=":material/search:")
data_footer(slate, "open-letter", *(r.source_id for r in slate.races.values()))
