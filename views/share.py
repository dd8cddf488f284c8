"""Share & embed: iframe snippets for candidates' sites, with a live preview, and links to every view."""

import streamlit as st

from views._shell import public_here, start, write_state
from slate_explorer.i18n import _, language
from slate_explorer.share.embed import default_target, embed_choices, embed_targets, static_site_url
from slate_explorer.routes import ShareState

page = start("share")
slate = page.slate
base = public_here().base

st.title(_("Share & embed"))
st.markdown(
    _("Every page's address holds what it shows: copy it from **Share this view** at the top of any page. "
      "Candidates can put a live map or race card on their own site with the snippet below.")
)

targets = embed_targets(slate)
by_key = {t.key: t for t in targets}
default_key = f"race:{page.state.target}" if page.state.target else default_target(slate, targets, page.today).key
key = st.selectbox(_("What to embed"), list(by_key), index=list(by_key).index(default_key), format_func=lambda k: by_key[k].label)
if key.startswith("race:"):
    write_state("share", ShareState(target=key.removeprefix("race:")))
target = by_key[key]

left, right = st.columns(2)
accent = left.color_picker(_("Accent colour (your campaign's colour)"), value=f"#{page.common.accent or '0060a0'}")
height = right.slider(_("Height in pixels"), min_value=320, max_value=900, value=560, step=20)

# Like "Share this view": the snippet pins a version only when the visitor's link does, or they choose to.
pinned = st.checkbox(_("Pin data version {version}: the embed keeps showing it after newer data is published").format(
    version=slate.version), value=page.common.v is not None, key="share-pin")
choices = embed_choices(base, static_site_url(), target, slate.version if pinned else None, accent, height, language())
choice = choices[0]
if len(choices) > 1:  # a published static copy: its page is the default, the live app stays on offer
    kind = st.radio(_("Embed"), [c.kind for c in choices], horizontal=True,
                    format_func=lambda k: next(c.label for c in choices if c.kind == k))
    choice = next(c for c in choices if c.kind == kind)
st.caption(choice.note)
st.markdown(_("**Paste this into your site's HTML:** it is responsive (full width up to 960 px)."))
# No syntax colouring: Streamlit's fixed highlight palette (light blue on near-white) fails AA contrast.
st.code(choice.snippet, language=None, wrap_lines=True)
st.markdown(_("**Live preview**"))
st.iframe(choice.url, height=height, alt=_("Live preview of the embedded view"))

st.subheader(_("A static copy for any web host"))
st.markdown(
    _("For very large audiences, the site's operators can publish the map and one page per race as plain files "
      "that any static host serves; each such race page carries its own iframe snippet.")
)
