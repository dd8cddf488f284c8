"""Text from the data files in the visitor's language, kept outside the published versions.

A published version is never edited, so the translations of its free text (offices, status notes,
summaries, chamber and bloc names, notes) live in the gettext catalogue
`locale/<lang>/LC_MESSAGES/data.po`, keyed by the English text itself; `i18n.localized` resolves one
field. `translated(slate)` is the whole version with those fields in the language in use: pages get it
from the shell (and the static export per language), so every card, tooltip, sentence and download
built from it speaks the page's language without knowing about translation. What stays as published:
names of people, source titles, addresses, the CSV downloads, the export's data JSON and the changelog.

A chamber's name is used bare in headings and lists, and with its article inside sentences (`in_sentence`,
`with_chamber`): data.po holds that second form under msgctxt "in a sentence".

`python -m slate_explorer data-messages` rebuilds `locale/data.pot` from every version (`template`) and
merges it into each language's data.po (`merged`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable

from babel.messages.catalog import Catalog

from .data.slate import Slate
from .i18n import DEFAULT, LANGUAGES, catalogue, context_key, language, localized

# table -> its fields of free text.
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "sources": ("note",),  # not titles or publishers: a citation stays as published
    "chambers": ("name", "note"),
    "blocs": ("name", "note"),
    "rules": ("note",),
    "races": ("office", "status_note"),
    "candidates": ("summary",),
    "planks": ("title", "summary", "vehicle"),
    "positions": ("note",),
    "endorsements": ("note",),
    "coordination": ("title",),
    "race_events": ("note",),
    "official_results": ("certifier", "note"),
    "key_dates": ("title", "note"),
}
# Fields holding a person's name, sometimes with words about them ("Richard Neal (ranking Democrat on
# Ways and Means)"): only values with such words in parentheses are translated; a bare name stays.
NAME_FIELDS: dict[str, tuple[str, ...]] = {"races": ("incumbent",), "chambers": ("holder",)}
META_FIELDS = ("title", "description")  # of datapackage.json
FIELDS = {table: TEXT_FIELDS.get(table, ()) + NAME_FIELDS.get(table, ()) for table in {**TEXT_FIELDS, **NAME_FIELDS}}
# A chamber's name also has a form for inside a sentence, with its article ("el Senado de EE. UU."): the
# English templates say "in the {chamber}", Spanish puts the article with the name. msgctxt of that entry.
IN_SENTENCE = "in a sentence"


def translated(slate: Slate) -> Slate:
    """The version with its free text in the language in use (the same object in English)."""
    if language() == DEFAULT:
        return slate
    tables = {table: _rows(getattr(slate, table), fields) for table, fields in FIELDS.items()}
    words = catalogue(language(), "data")
    meta = {**slate.meta, **{k: words.get(slate.meta[k], slate.meta[k]) for k in META_FIELDS if slate.meta.get(k)}}
    return dataclasses.replace(slate, meta=meta, **tables)


def _rows(rows, fields):
    if isinstance(rows, dict):
        return {key: _row(row, fields) for key, row in rows.items()}
    return tuple(_row(row, fields) for row in rows)


def _row(row, fields):
    changed = {f: text for f in fields if (text := localized(row, f)) != getattr(row, f)}
    return row.model_copy(update=changed) if changed else row


def in_sentence(name: str) -> str:
    """A chamber's name as the translated slate shows it, as it reads inside a sentence in the language in
    use: "la Cámara de Representantes de EE. UU. (119.º Congreso)"; in English, or untranslated, the name."""
    if language() == DEFAULT:
        return name
    words = catalogue(language(), "data")
    english = _english_of(name, words)
    form = words.get(context_key(IN_SENTENCE, english)) if english else None
    return form if isinstance(form, str) else name


def with_chamber(template: str, chamber: str, slot: str = "chamber", **params) -> str:
    """`template` filled with the chamber's in-sentence name (at `{slot}`: an executive's sentences say
    `{office}`) and `params`; contracted after filling, since the article ("el") only arrives with the name."""
    return contracted(template.format(**{slot: in_sentence(chamber)}, **params))


def contracted(text: str) -> str:
    """Spanish contracts a preposition with the article the name brings: "de el Senado" -> "del Senado",
    "a el" -> "al" ("él" the pronoun has an accent, "El Salvador" a capital: neither is touched)."""
    return re.sub(r"\b([Dd]e|[Aa]) el\b", r"\1l", text) if language() == "es" else text


def _english_of(text: str, words: dict) -> str | None:
    """The English `text` is the translation of (chamber names arrive translated), if any."""
    return next((english for english, shown in words.items() if shown == text and "\x04" not in english), None)


def _own_translations(row, field: str) -> bool:
    """The row carries the field in every other language itself (a plank's `title_es`)."""
    return all(getattr(row, f"{field}_{lang}", None) for lang in LANGUAGES if lang != DEFAULT)


def entries(slates: Iterable[Slate]) -> dict[str, dict[str, list[str]]]:
    """English text to translate -> {where ('races.csv il-09-2026 office'): [versions]}, in table order,
    the newest version's rows first."""
    slates = sorted(slates, key=lambda s: s.version, reverse=True)
    found: dict[str, dict[str, list[str]]] = {}

    def add(text, where, version):
        found.setdefault(text, {}).setdefault(where, []).insert(0, version)

    for slate in slates:
        for key in META_FIELDS:
            if slate.meta.get(key):
                add(slate.meta[key], f"datapackage.json {key}", slate.version)
    for table, fields in FIELDS.items():
        for slate in slates:
            for row in slate.rows_of(table):
                key = Slate.row_key(table, row)
                for field in fields:
                    text = getattr(row, field)
                    if not text or _own_translations(row, field):
                        continue
                    if field in NAME_FIELDS.get(table, ()) and "(" not in text:
                        continue
                    add(text, f"{table}.csv {key} {field}", slate.version)
    return found


def template(slates: Iterable[Slate]) -> Catalog:
    """data.pot: every text to translate, each with comments naming where it occurs and in which versions.
    Its creation date is the newest version's, so the file changes only when the data does."""
    slates = list(slates)
    newest = max(s.version for s in slates)
    pot = Catalog(project="Slate Explorer data", creation_date=dt.datetime.fromisoformat(newest + "T00:00+00:00"),
                  fuzzy=False)
    found = entries(slates)
    names = chamber_names(found)
    comments = lambda places: [f"{where} ({', '.join(versions)})" for where, versions in places.items()]  # noqa: E731
    for text, places in found.items():
        pot.add(text, auto_comments=comments(places))
        if text in names:  # its in-sentence form next to it
            pot.add(text, context=IN_SENTENCE, auto_comments=comments(names[text]))
    return pot


def chamber_names(found: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
    """Of `entries`, the chamber names (which also need an in-sentence form), each with its chamber rows."""
    is_name = lambda where: where.startswith("chambers.csv ") and where.endswith(" name")  # noqa: E731
    names = {text: {where: v for where, v in places.items() if is_name(where)} for text, places in found.items()}
    return {text: places for text, places in names.items() if places}


def merged(po: Catalog | None, pot: Catalog, lang: str) -> Catalog:
    """A language's data.po brought up to the template: new texts untranslated, vanished ones obsolete."""
    po = po or Catalog(locale=lang, project=pot.project, creation_date=pot.creation_date, fuzzy=False)
    po.update(pot, no_fuzzy_matching=True)
    return po


def untranslated(pot: Catalog, lang: str) -> list[str]:
    """The template's texts the language's data catalogue has no translation for."""
    words = catalogue(lang, "data")
    return [m.id + (f" ({m.context})" if m.context else "") for m in pot
            if m.id and context_key(m.context, m.id) not in words]
