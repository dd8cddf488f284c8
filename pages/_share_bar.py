"""The Share control every page carries: the link to this exact view, a QR code and share text."""

from __future__ import annotations

import streamlit as st

from slate_explorer.data.versions import load_slate
from slate_explorer.share.links import public_base, qr_png, share_text, view_link
from slate_explorer.share.urlstate import parse_params


def share_bar(page_name: str, title: str) -> None:
    """Drawn after the page ran, so the link includes what the visitor selected there."""
    params = st.query_params.to_dict()
    view = parse_params(page_name, params, load_slate(params.get("v")).slate)
    link = view_link(public_base(st.context.url), page_name, {k: v for k, v in view.values.items() if k != "embed"})
    with st.popover("Share this view", icon=":material/share:"):
        st.markdown("**Link to exactly what you see** (copy it with the button on the right):")
        st.code(link, language=None, wrap_lines=True)
        st.markdown("**Text to post or send:**")
        st.code(share_text(f"Slate Explorer: {title}", link), language=None, wrap_lines=True)
        png = qr_png(link)
        st.image(png, caption="QR code of this link, for printed flyers", width=180)
        st.download_button("Download the QR code (PNG)", png, file_name="slate-explorer-qr.png", mime="image/png")
