"""The answer comes into view: after a visitor asks something (Find's boxes, a map click or district, a preset on
/majority), its answer is announced in a polite live region, gets the keyboard focus and, when it is out of
sight, scrolls into view (a phone stacks it under the map or the controls). A few lines of the app's own
JavaScript (`_announce.js`, st.components.v2, registered once per process); no extra package."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

HTML = ('<p role="status" aria-live="polite" style="position:absolute;width:1px;height:1px;overflow:hidden;'
        'clip:rect(0 0 0 0);white-space:nowrap;margin:0"></p>')


@st.cache_resource(show_spinner=False)
def _announcer():
    return st.components.v2.component(
        "slate_answer_announcer", html=HTML, js=Path(__file__).with_name("_announce.js").read_text(encoding="utf-8"),
    )


def bring_into_view(key: str, target: str, token, message: str | None, margin: float = 0.3) -> None:
    """Announce `message` and bring the container keyed `target` into view, once per new `token` (None: nothing
    was asked on this run). margin: where its top lands, as a share of the screen's height from the top."""
    _announcer()(key=key, data={"token": token, "message": message, "target": target, "margin": margin})
