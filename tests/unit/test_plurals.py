"""Plural forms come from the catalogue's own Plural-Forms rule (Babel), so a language with three forms
needs only its catalogue."""

from __future__ import annotations

from slate_explorer import i18n

POLISH = r'''msgid ""
msgstr ""
"Language: pl\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

msgid "{count} recorded"
msgid_plural "{count} recorded"
msgstr[0] "{count} wpis"
msgstr[1] "{count} wpisy"
msgstr[2] "{count} wpisów"
'''


def forget_catalogues() -> None:
    for cached in (getattr(i18n, name) for name in dir(i18n)):
        if hasattr(cached, "cache_clear"):
            cached.cache_clear()


def test_a_third_language_needs_only_a_catalogue(tmp_path, monkeypatch):
    folder = tmp_path / "pl" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "messages.po").write_text(POLISH, encoding="utf-8")
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    monkeypatch.setitem(i18n.LANGUAGES, "pl", "Polski")
    forget_catalogues()
    try:
        with i18n.in_language("pl"):
            shown = [i18n.ngettext("{count} recorded", "{count} recorded", n).format(count=n) for n in (1, 3, 5, 22, 25)]
    finally:
        forget_catalogues()
    assert shown == ["1 wpis", "3 wpisy", "5 wpisów", "22 wpisy", "25 wpisów"]


def test_english_and_spanish_plurals():
    with i18n.in_language("es"):
        assert i18n.ngettext("{count} recorded", "{count} recorded", 1) == "{count} registro"
        assert i18n.ngettext("{count} recorded", "{count} recorded", 0) == "{count} registros"
    assert i18n.ngettext("a {n} race", "{n} races", 1) == "a {n} race"
    assert i18n.ngettext("a {n} race", "{n} races", 2) == "{n} races"
