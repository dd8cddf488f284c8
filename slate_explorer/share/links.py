"""Links volunteers send: canonical URLs for a view, share text, QR codes and iframe snippets."""

from __future__ import annotations

import io
import os
from functools import lru_cache
from urllib.parse import urlencode, urlsplit

import segno

from ..i18n import _
from ..text import html_escape
from .urlstate import PAGES

# Order of parameters in a canonical link, so the same view always gives the same URL.
PARAM_ORDER = ("race", "district", "level", "state", "status", "plank", "candidate", "wins", "prob", "rest", "other", "sign", "target", "compare", "v", "lang", "embed", "accent")
PAGE_PATHS = {page: "" if page == "home" else page for page in PAGES}


def public_base(request_url: str | None = None) -> str:
    """Where the app is reachable: SLATE_PUBLIC_URL if the operator set it, else the request's origin."""
    configured = os.environ.get("SLATE_PUBLIC_URL", "").rstrip("/")
    if configured:
        return configured
    if request_url:
        parts = urlsplit(request_url)
        if parts.scheme in ("http", "https") and parts.netloc:
            return f"{parts.scheme}://{parts.netloc}"
    return "http://localhost:8501"


def view_link(base: str, page: str, params: dict[str, str]) -> str:
    """The canonical link to a page with its (already validated) parameters."""
    ordered = sorted(((k, v) for k, v in params.items() if v not in (None, "")), key=lambda kv: _rank(kv[0]))
    query = urlencode(ordered, safe=",-")
    path = PAGE_PATHS[page]
    return f"{base.rstrip('/')}/{path}" + (f"?{query}" if query else "")


def _rank(name: str) -> tuple[int, str]:
    return (PARAM_ORDER.index(name) if name in PARAM_ORDER else len(PARAM_ORDER), name)


def qr_svg(url: str, title: str | None = None) -> str:
    """An SVG QR code (for printed flyers), dark on white, with an accessible title."""
    buffer = io.BytesIO()
    title = title or _("QR code for this link")
    segno.make(url, error="m").save(buffer, kind="svg", scale=6, border=2, dark="#000", light="#fff", title=title, xmldecl=False, svgns=True)
    return buffer.getvalue().decode("utf-8")


@lru_cache(maxsize=512)  # the share bar draws one on every rerun: about 6 ms each, same link, same bytes
def qr_png(url: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=8, border=2)
    return buffer.getvalue()


def share_text(title: str, url: str) -> str:
    """Ready-made text for a message or post."""
    return _("{title} — see what a coordinated progressive slate could change: {url}").format(title=title, url=url)


def iframe_snippet(url: str, title: str, height: int = 560) -> str:
    """A responsive iframe for a candidate's site: full width, fixed height, lazy-loaded."""
    return (
        f'<iframe src="{html_escape(url)}" title="{html_escape(title)}" '
        f'style="width:100%;max-width:960px;height:{int(height)}px;border:0" loading="lazy" '
        f'referrerpolicy="no-referrer-when-downgrade" allow="geolocation"></iframe>'
    )
