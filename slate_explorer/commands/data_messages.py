"""`data-messages [--check]`: the data catalogue (text from the data files to translate) from every version.

Writes slate_explorer/locale/data.pot and merges it into each language's data.po; then translate the
entries it reports. `--check` writes nothing and fails when either file is behind the data.
"""

from __future__ import annotations

import sys

from babel.messages.pofile import read_po, write_po

from .. import data_text
from ..data.validate import validate_folder
from ..data.versions import data_root, list_versions
from ..i18n import DEFAULT, LANGUAGES, LOCALE_DIR, catalogue

HELP = "update the catalogue of data text to translate (locale/data.pot, locale/<lang>/LC_MESSAGES/data.po)"
POT = LOCALE_DIR / "data.pot"


def po_path(lang: str):
    return LOCALE_DIR / lang / "LC_MESSAGES" / "data.po"


def add_arguments(parser) -> None:
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when the catalogues are behind the data")


def shipped_slates() -> list:
    """Every valid version under slate_data/ (a broken one is reported and left out)."""
    slates = []
    for version in list_versions():
        slate, problems = validate_folder(data_root() / version)
        if slate is None:  # (a valid version may come with warnings)
            print(f"{version}: fails validation, left out ({len(problems)} problems)", file=sys.stderr)
        else:
            slates.append(slate)
    return slates


def _read(path):
    if not path.is_file():
        return None
    with path.open("rb") as handle:
        return read_po(handle)


def _write(catalog, path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100)


def stale(pot, path) -> bool:
    """The file on disk lists other texts, or other places, than the template built from the data. A comment
    longer than the file's width is written on two lines and read back as two: compare the words."""
    old = _read(path)
    shape = lambda c: [(m.id, m.context, " ".join(m.auto_comments)) for m in c if m.id]  # noqa: E731
    return old is None or shape(old) != shape(pot)


def run(args) -> int:
    slates = shipped_slates()
    if not slates:
        print(f"no valid data versions under {data_root()}", file=sys.stderr)
        return 1
    pot = data_text.template(slates)
    languages = [lang for lang in LANGUAGES if lang != DEFAULT]
    if args.check:
        problems = [f"{path} is behind the data: run python -m slate_explorer data-messages"
                    for path in [POT, *map(po_path, languages)] if stale(pot, path)]
        problems += [f"{lang}: untranslated: {text}"
                     for lang in languages for text in data_text.untranslated(pot, lang)]
        print("\n".join(problems) or f"data catalogues current: {len(pot)} texts, all translated")
        return 1 if problems else 0
    _write(pot, POT)
    for lang in languages:
        _write(data_text.merged(_read(po_path(lang)), pot, lang), po_path(lang))
    catalogue.cache_clear()
    print(f"{POT.name}: {len(pot)} texts from {', '.join(s.version for s in slates)}")
    for lang in languages:
        missing = data_text.untranslated(pot, lang)
        print(f"{lang}: {len(missing)} to translate in {po_path(lang)}" + "".join(f"\n  {text}" for text in missing))
    return 0
