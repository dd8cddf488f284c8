"""Translation hook: every user-visible string goes through `_()` so a message catalogue can be added later.

For now `_` returns the text unchanged; gettext/Babel catalogues replace it without touching callers.
"""

from __future__ import annotations


def _(text: str) -> str:
    """The text in the visitor's language (today: unchanged English)."""
    return text


def ngettext(singular: str, plural: str, n: int) -> str:
    """Singular or plural form for the count `n` (English rule until catalogues exist)."""
    return singular if n == 1 else plural
