"""Data: versions, sources, the changelog between versions (?compare=VERSION: since which one), CSV downloads."""

import streamlit as st

from views._shell import start
from slate_explorer.routes import DataState, link
from slate_explorer.changelog import changelog
from slate_explorer.data.frames import csv_bytes, frame, tables_of
from slate_explorer.data.versions import load_slate, previous_valid, version_problems
from slate_explorer.data_text import translated
from slate_explorer.i18n import DEFAULT, _, language
from slate_explorer.text import md_escape

page = start("data")
slate, loaded = page.slate, page.loaded

st.title(_("Data"))
st.markdown(
    _("Every fact on this site comes from a versioned data package under `slate_data/`. A published "
      "version is never edited: a change is a new version, named by its *as of* date. Add `?v=VERSION` "
      "to any link to pin the version it shows.")
)

st.subheader(_("Versions"))
for version in reversed(loaded.versions):
    problems = loaded.skipped.get(version) or (version_problems(version) if version != slate.version else [])
    if problems:
        status = _("fails validation ({count} problems), not served").format(count=len(problems))
    elif version == slate.version:
        status = _("shown now")
    else:
        status = _("valid")
    href = link("data", DataState(), page.common.carried().with_(v=version), page.here.base)
    st.markdown(f"- [{version}]({href}) — {status}")

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
    changes = changelog(translated(previous), slate)  # the page's slate is already in the page's language
    st.subheader(_("What changed since {version}").format(version=previous.version))
    if not changes:
        st.markdown(_("Nothing changed."))
    for sentence in changes:
        st.markdown(f"- {md_escape(sentence)}")

st.subheader(_("Tables"))
if language() != DEFAULT:
    st.markdown(_("Notes, offices and other text in these tables are shown translated; the downloads are the "
                  "published files, in English."))
for table in tables_of(slate):
    df = frame(slate, table)
    with st.expander(_("{table} ({count} rows)").format(table=table, count=len(df)), expanded=table == "sources"):
        if df.empty:
            st.markdown(_("No rows recorded in this version."))
        else:
            st.dataframe(df, hide_index=True, width="stretch")
        st.download_button(
            _("Download {file}").format(file=f"{table}.csv"), csv_bytes(slate, table),
            file_name=f"slate-{slate.version}-{table}.csv", mime="text/csv", key=f"dl-{table}",
        )
