"""Translations: every user-visible string goes through `_()`, looked up in gettext catalogues.

Catalogues are standard gettext `.po` files under `slate_explorer/locale/<lang>/LC_MESSAGES/`,
maintained with Babel (`scripts/update-translations.sh`). They are read with Babel at first use, so
there is no compile step to forget. Two domains: `messages` (the interface's words) and `data` (text
from the data files, keyed by its English; see `localized` and slate_explorer/data_text.py).

The language is per visitor, so it lives in a context variable that each page run sets (Streamlit runs
each session's script in its own thread); outside the app it defaults to English.
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import datetime as dt
import io
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations
from babel.numbers import NumberPattern, format_decimal

LANGUAGES = {"en": "English", "es": "Español"}
DEFAULT = "en"
LOCALE_DIR = Path(__file__).parent / "locale"

_language: contextvars.ContextVar[str] = contextvars.ContextVar("language", default=DEFAULT)


def set_language(lang: str | None) -> str:
    """Use `lang` for this run (unknown or missing -> English); returns the language in use."""
    lang = lang if lang in LANGUAGES else DEFAULT
    _language.set(lang)
    return lang


def language() -> str:
    return _language.get()


@contextlib.contextmanager
def in_language(lang: str):
    """Run a block in `lang` (for output written outside a page run, such as the static export), then go
    back to the language in use before."""
    token = _language.set(lang if lang in LANGUAGES else DEFAULT)
    try:
        yield language()
    finally:
        _language.reset(token)


@lru_cache(maxsize=None)
def catalogue(lang: str, domain: str = "messages") -> dict[str, object]:
    """msgid -> msgstr (a str, or a tuple of plural forms) for one language; empty for English."""
    path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{domain}.po"
    if lang == DEFAULT or not path.is_file():
        return {}
    with path.open("rb") as handle:
        parsed = read_po(handle, locale=lang)
    found = {}
    for message in parsed:
        if not message.id or message.fuzzy:
            continue
        key = message.id[0] if isinstance(message.id, (list, tuple)) else message.id
        key = context_key(message.context, key)
        if isinstance(message.string, (list, tuple)):
            if all(message.string):
                found[key] = tuple(message.string)
        elif message.string:
            found[key] = message.string
    return found


def context_key(context: str | None, text: str) -> str:
    """How `catalogue` keys an entry with a msgctxt (gettext's own convention: context EOT text)."""
    return f"{context}\x04{text}" if context else text


def N_(text: str) -> str:
    """Marks a constant for extraction; translate it with `_()` where it is shown."""
    return text


def _(text: str) -> str:
    """The text in the visitor's language (the English text when there is no translation)."""
    translated = catalogue(language()).get(text)
    if isinstance(translated, tuple):  # the text is also a plural entry's singular ("race"/"races"): its form for one
        return translations(language()).ngettext(text, text, 1)
    return translated if isinstance(translated, str) else text


def ngettext(singular: str, plural: str, n: int) -> str:
    """Singular or plural form for the count `n`, by the catalogue's own Plural-Forms rule (so a language
    with three forms needs only its catalogue)."""
    return translations(language()).ngettext(singular, plural, n)


@lru_cache(maxsize=None)
def translations(lang: str) -> Translations:
    """Babel's translations object for one language: the .po read and compiled in memory (no .mo to forget)."""
    path = LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po"
    if lang == DEFAULT or not path.is_file():
        return Translations()  # English: the msgids themselves, with English's plural rule
    with path.open("rb") as handle:
        parsed = read_po(handle, locale=lang)
    compiled = io.BytesIO()
    write_mo(compiled, parsed)  # leaves out fuzzy and untranslated entries, as gettext does
    compiled.seek(0)
    return Translations(compiled)


def date_text(value: dt.date | None) -> str:
    """A date for people: '4 November 2025' / '4 de noviembre de 2025'; 'not recorded' when unknown."""
    if value is None:
        return _("not recorded")
    if language() == DEFAULT:
        return f"{value.day} {value:%B %Y}"
    return format_date(value, format="long", locale=language())


def number_text(value: float | int, digits: int | None = None) -> str:
    """A number as the language writes it ('1,234.5' / '1234,5'); `digits` fixes the decimals shown."""
    if digits is None:
        return format_decimal(value, locale=language())
    return _fixed(Locale.parse(language()).decimal_formats[None], value, digits)


def percent_text(share: float, digits: int = 0) -> str:
    """A share (0.018) as a percentage with `digits` decimals: '1.8%' / '1,8 %'."""
    return _fixed(Locale.parse(language()).percent_formats[None], share, digits)


def _fixed(pattern: NumberPattern, value: float | int, digits: int) -> str:
    """The language's own pattern (symbols, grouping, spacing) with exactly `digits` decimals."""
    pattern = copy.copy(pattern)
    pattern.frac_prec = (digits, digits)
    return pattern.apply(value, language())


def localized(row, field: str) -> str | None:
    """A data field in the visitor's language: the row's own column (`summary_es`) when filled, else the
    data catalogue's translation of the English text, else the English text. The catalogue is keyed by
    the English itself, so a sentence a newer version rewrites shows in English until it is translated,
    never as a stale translation."""
    value = getattr(row, field)
    if language() == DEFAULT or not value:
        return value
    own = getattr(row, f"{field}_{language()}", None)
    translated = own or catalogue(language(), "data").get(value)
    return translated if isinstance(translated, str) else value
