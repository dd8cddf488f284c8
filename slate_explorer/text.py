"""Making data text safe for the places it goes: Streamlit markdown and HTML."""

from __future__ import annotations

import html
import re

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md_escape(text: object) -> str:
    """Escape text for st.markdown so data can never add links, images, HTML or formatting."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", str(text))


def html_escape(text: object) -> str:
    """Escape text for HTML element content and quoted attribute values."""
    return html.escape(str(text), quote=True)


_LABEL_SPECIALS = re.compile(r"([\\`*_~\[\]<>$|])")


def md_label(text: object) -> str:
    """Escape text for a widget label: labels take only inline Markdown (emphasis, code, links, images),
    and their raw text is the control's accessible name, so escape only what could form those."""
    return _LABEL_SPECIALS.sub(r"\\\1", str(text))


def shown(text: str) -> str:
    """Echo at most a short, printable prefix of what a link said (it may be hostile)."""
    text = "".join(ch for ch in text if ch.isprintable())
    return text[:40] + ("…" if len(text) > 40 else "")
