"""Data: versions, sources, the changelog between versions (?compare=VERSION: since which one), CSV downloads."""

import streamlit as st

from views._shell import start
from slate_explorer.routes import DataState, link
from slate_explorer.changelog import grouped_changelog
from slate_explorer.data.frames import csv_bytes, frame, tables_of
from slate_explorer.data.versions import load_slate, previous_valid, version_problems
from slate_explorer.data_text import translated
from slate_explorer.i18n import DEFAULT, _, language, ngettext, number_text
from slate_explorer.text import md_escape

page = start("data")
slate, loaded = page.slate, page.loaded

FIRST = 2  # sentences shown under each heading of the changelog; the rest open on demand


def draw_changes(groups) -> None:
    """The changelog grouped by kind of record, the first few sentences of each in view."""
    if not groups:
        st.markdown(_("Nothing changed."))
    for group in groups:
        count = len(group.sentences)
        st.markdown(f"**{md_escape(group.title)} ({number_text(count)})**")
        st.markdown("\n".join(f"- {md_escape(sentence)}" for sentence in group.sentences[:FIRST]))
        rest = group.sentences[FIRST:]
        if rest:
            with st.expander(ngettext("{group}: {count} more", "{group}: {count} more", len(rest)).format(
                    group=group.title, count=number_text(len(rest)))):
                st.markdown("\n".join(f"- {md_escape(sentence)}" for sentence in rest))


def draw_tables() -> None:
    """The published tables, raw (ids and field names), with their downloads: for people who reuse the data."""
    with st.expander(_("For data users: the tables, with downloads")):
        st.markdown(_("Each table as published, with its ids and field names. Add `?v=VERSION` to any link of this "
                      "site to pin the version it shows."))
        if language() != DEFAULT:
            st.markdown(_("Notes, offices and other text in these tables are shown translated; the downloads are the "
                          "published files, in English."))
        shown = tables_of(slate)
        for tab, table in zip(st.tabs(shown), shown):
            df = frame(slate, table)
            with tab:
                if df.empty:
                    st.markdown(_("No rows recorded in this version."))
                else:
                    st.dataframe(df, hide_index=True, width="stretch")
                st.download_button(
                    _("Download {file}").format(file=f"{table}.csv"), csv_bytes(slate, table),
                    file_name=f"slate-{slate.version}-{table}.csv", mime="text/csv", key=f"dl-{table}",
                )


st.title(_("Data"))
st.markdown(
    _("Every fact on this site comes from a published data version, named by the date it is correct as of. A "
      "published version is never edited: a change is a new version.")
)

st.subheader(_("Versions"))
for version in reversed(loaded.versions):
    problems = loaded.skipped.get(version) or (version_problems(version) if version != slate.version else [])
    if problems:
        status = _("not shown: it has {count} errors").format(count=len(problems))
    elif version == slate.version:
        status = _("shown now")
    else:
        status = _("an earlier version")
    href = link("data", DataState(), page.common.carried().with_(v=version), page.here.base)
    st.markdown(f"- [{version}]({href}): {status}")

st.subheader(_("Version {version}: {title}").format(version=slate.version, title=md_escape(slate.title)))
st.caption(md_escape(slate.meta.get("description", "")))

previous = previous_valid(slate.version)  # the default: the newest earlier version that validates
compare = page.state.compare  # ?compare=VERSION picks another earlier valid version
if compare:
    chosen = load_slate(compare).slate if compare < slate.version and compare in loaded.versions else None
    if chosen is not None and chosen.version == compare:  # load_slate falls back when `compare` fails validation
        previous = chosen
    else:
        st.info(_("The link asked to compare with version {version}, which is not an earlier valid version; the "
                  "previous version is used.").format(version=compare), icon=":material/link_off:")
if previous is not None:
    st.subheader(_("What changed since {version}").format(version=previous.version))
    draw_changes(grouped_changelog(translated(previous), slate))  # the page's slate is already in its language

st.subheader(_("Tables"))
draw_tables()
