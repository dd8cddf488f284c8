"""What volunteers send: the public address of the app, share text, QR codes and iframe snippets.

The links themselves come from `routes.link`."""

from __future__ import annotations

import io
import os
from functools import lru_cache
from urllib.parse import urlsplit

import segno

from ..i18n import _
from ..routes import mount
from ..text import html_escape

def public_base(request_url: str | None = None, base_url_path: str | None = None) -> str:
    """Where the app is reachable: SLATE_PUBLIC_URL if the operator set it (the full address, with any
    path), else the request's origin plus the path the app is mounted under (`server.baseUrlPath`)."""
    configured = os.environ.get("SLATE_PUBLIC_URL", "").rstrip("/")
    if configured:
        return configured
    origin = "http://localhost:8501"
    if request_url:
        parts = urlsplit(request_url)
        if parts.scheme in ("http", "https") and parts.netloc:
            origin = f"{parts.scheme}://{parts.netloc}"
    return mount(origin, base_url_path)


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
