"""Text from the data files in Spanish: the order a field is resolved in, the translated slate, and a data
catalogue that keeps up with the shipped versions (every text extracted, every text translated, facts kept)."""

from __future__ import annotations

import argparse
import re
import shutil

import pytest

from slate_explorer import data_text, i18n
from slate_explorer.cli import main
from slate_explorer.commands import data_messages
from slate_explorer.data.models import Plank, Race
from slate_explorer.data.versions import list_versions, load_slate
from tests.versions import SHIPPED

VERSIONS = list_versions()  # the fixture versions (tests/versions.py): the facts asserted below are theirs
NEWEST = load_slate(VERSIONS[-1]).slate
SHIPPED_SLATES = [load_slate(v, root=SHIPPED).slate for v in list_versions(SHIPPED)]


@pytest.fixture
def shipped(monkeypatch):
    """The catalogue checks read the shipped versions (data-messages reads SLATE_DATA_DIR)."""
    monkeypatch.setenv("SLATE_DATA_DIR", str(SHIPPED))
WORDS = i18n.catalogue("es", "data")


@pytest.fixture
def spanish():
    with i18n.in_language("es"):
        yield


def plank(title: str, title_es: str | None = None) -> Plank:
    return Plank(id="p", title=title, title_es=title_es, summary="s", vehicle="v", path=["us_house"], level="federal",
                 source_id="x")


def race(office: str) -> Race:
    return Race(id="r", level="us_house", district="IL-09", state="IL", office=office, cycle=2026, status="open_seat",
                source_id="x")


def test_the_rows_own_column_wins_over_the_catalogue(spanish):
    assert "Mayor of New York City" in WORDS  # so the catalogue would have an answer too
    assert i18n.localized(plank("Mayor of New York City", title_es="Su propio título"), "title") == "Su propio título"


def test_the_catalogue_translates_the_english_text_when_the_row_has_no_column(spanish):
    assert i18n.localized(plank("Mayor of New York City"), "title") == "Alcaldía de la Ciudad de Nueva York"
    assert i18n.localized(race("U.S. Representative, Illinois's 9th district"), "office") == (
        "Representante de EE. UU. por el distrito 9 de Illinois")


def test_changed_english_falls_back_to_english_never_to_a_stale_translation(spanish):
    changed = "U.S. Representative, Illinois's 9th district (redrawn 2026)"
    assert i18n.localized(race(changed), "office") == changed
    assert i18n.localized(race("U.S. Representative, Illinois's 9th district"), "status_note") is None  # blank


def test_english_pages_show_the_data_as_recorded():
    own = plank("Mayor of New York City", title_es="Su propio título")
    assert i18n.localized(own, "title") == "Mayor of New York City"
    assert data_text.translated(NEWEST) is NEWEST


def test_translated_slate_changes_only_free_text(spanish):
    slate = data_text.translated(NEWEST)
    il09 = slate.races["il-09-2026"]
    assert il09.office == "Representante de EE. UU. por el distrito 9 de Illinois"
    assert il09.status_note.startswith("Escaño abierto: la representante Jan Schakowsky")
    assert il09.incumbent == "Jan Schakowsky"  # a bare name: not translated
    assert slate.races["ny-08-2026"].incumbent == "Hakeem Jeffries (líder demócrata de la Cámara)"
    assert slate.chambers["us_house"].name == "Cámara de Representantes de EE. UU. (119.º Congreso)"
    assert slate.blocs["cpc-house"].name == "Bancada Progresista del Congreso (Cámara)"
    assert slate.planks["medicare-for-all"].title == "Medicare para Todos"  # its own title_es
    assert slate.title == "La lista a finales de noviembre de 2025"
    assert slate.candidates == {
        k: c.model_copy(update={"summary": WORDS[c.summary]}) for k, c in NEWEST.candidates.items()}
    assert slate.sources["open-letter"].title == NEWEST.sources["open-letter"].title  # citations as published
    assert [e.endorser_name for e in slate.endorsements] == [e.endorser_name for e in NEWEST.endorsements]
    assert slate.find_race("IL-09") is il09 and slate.races_in_district("IL-09") == [il09]  # look-ups still work
    assert NEWEST.races["il-09-2026"].office == "U.S. Representative, Illinois's 9th district"  # left as loaded


def test_extraction_names_where_each_text_is_and_skips_names_and_own_translations():
    found = data_text.entries([load_slate(v).slate for v in VERSIONS])
    assert found["U.S. Representative, Illinois's 9th district"] == {"races.csv il-09-2026 office": VERSIONS}
    assert found["Open seat: Rep. Raúl Grijalva died on 13 March 2025."] == {
        "races.csv az-07-2025 status_note": ["2025-07-10"]}  # only in the older version
    assert found["Party figures approximate (2025)."].keys() == {
        "sources.csv ny-assembly note", "sources.csv ny-senate note"}
    assert "Richard Neal (ranking Democrat on Ways and Means)" in found and "Jan Schakowsky" not in found
    assert "Medicare for All" not in found  # the plank carries title_es itself
    assert not {s.title for s in NEWEST.sources.values()} & found.keys()


def test_every_data_text_of_the_newest_version_has_a_spanish_translation():
    missing = [text for text in data_text.entries([SHIPPED_SLATES[-1], NEWEST]) if text not in WORDS]
    assert not missing, ("Untranslated data text (run python -m slate_explorer data-messages, then translate in "
                         "slate_explorer/locale/es/LC_MESSAGES/data.po):\n" + "\n".join(missing))


def test_catalogues_are_current_with_every_shipped_version(shipped, capsys):
    """data.pot and data.po list exactly what the shipped versions hold, all of it translated."""
    code = data_messages.run(argparse.Namespace(check=True))
    assert code == 0, capsys.readouterr().out


def test_the_check_fails_when_the_template_is_behind_the_data(shipped, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(data_messages, "POT", tmp_path / "data.pot")
    assert data_messages.run(argparse.Namespace(check=True)) == 1
    assert "data.pot is behind the data" in capsys.readouterr().out


def test_a_comment_wider_than_the_file_is_not_taken_for_a_change(tmp_path):
    """write_po wraps a long `#.` comment onto two lines, which read back as two comments: still current."""
    pot = data_text.template([NEWEST])
    where = "positions.csv some-long-candidate-id/some-long-plank-id note (" + ", ".join(["2026-12-07"] * 8) + ")"
    pot.add("A text placed in many versions.", auto_comments=[where])
    data_messages._write(pot, tmp_path / "data.pot")
    assert not data_messages.stale(pot, tmp_path / "data.pot")


def test_the_check_fails_when_a_translation_is_missing(shipped, monkeypatch, capsys):
    text = "U.S. Senator from Michigan"
    monkeypatch.setattr(data_text, "catalogue", lambda lang, domain: {k: v for k, v in WORDS.items() if k != text})
    assert data_messages.run(argparse.Namespace(check=True)) == 1
    assert capsys.readouterr().out.strip() == f"es: untranslated: {text}"


def test_command_is_reachable_by_its_cli_name(shipped, capsys):
    assert main(["data-messages", "--check"]) == 0
    assert "all translated" in capsys.readouterr().out


def test_translations_keep_numbers_and_names():
    """Facts stay the facts: every number, and every person's name, of the English is in the Spanish."""
    slates = [load_slate(v).slate for v in VERSIONS] + SHIPPED_SLATES
    names = {c.name for s in slates for c in s.candidates.values()} | {
        r.incumbent for s in slates for r in s.races.values() if r.incumbent and "(" not in r.incumbent}
    numbers = lambda text: sorted(re.findall(r"\d+", text))  # noqa: E731
    for english, spanish in WORDS.items():
        assert numbers(spanish) == numbers(english), english
        for name in names:
            assert name not in english or name in spanish, (name, english)


def test_map_tooltip_in_spanish(spanish):
    from slate_explorer.mapview.features import tooltip_html

    slate = data_text.translated(NEWEST)
    tooltip = tooltip_html(slate, slate.races["ny-08-2026"])
    assert "Representante de EE. UU. por el distrito 8 de Nueva York" in tooltip
    assert "Titular actual: Hakeem Jeffries (líder demócrata de la Cámara) (D)" in tooltip


def test_a_new_version_that_rewrites_a_sentence_shows_it_in_english_and_is_flagged(tmp_path, monkeypatch, capsys):
    from slate_explorer.data.validate import load_folder
    from tests.hostile_data import _rewrite, copy_version, publish

    rewritten = "Open seat: Rep. Jan Schakowsky is not seeking re-election (announced 5 May 2025)."
    folder = shutil.copytree(copy_version(tmp_path, NEWEST.version), tmp_path / "2026-01-01")  # beside the newest
    _rewrite(folder / "races.csv", lambda i, row: row.update(status_note=rewritten) if row["id"] == "il-09-2026" else 0)
    publish(folder, "A later version")
    with i18n.in_language("es"):
        race = data_text.translated(load_folder(folder)).races["il-09-2026"]
    assert race.status_note == rewritten  # English until translated, not the old sentence's Spanish
    assert race.office == "Representante de EE. UU. por el distrito 9 de Illinois"  # unchanged text keeps its Spanish
    monkeypatch.setenv("SLATE_DATA_DIR", str(tmp_path))
    assert data_messages.run(argparse.Namespace(check=True)) == 1
    out = capsys.readouterr().out
    assert f"es: untranslated: {rewritten}" in out and "data.pot is behind the data" in out


# ---- chamber names inside sentences ------------------------------------------------------------------------

def test_every_chamber_name_has_an_in_sentence_entry_in_the_template():
    pot = data_text.template([load_slate(v).slate for v in VERSIONS])
    in_context = {m.id for m in pot if m.context == data_text.IN_SENTENCE}
    assert in_context == {c.name for v in VERSIONS for c in load_slate(v).slate.chambers.values()}


def test_the_check_fails_when_a_chamber_name_lacks_its_in_sentence_form(shipped, monkeypatch, capsys):
    key = i18n.context_key(data_text.IN_SENTENCE, "U.S. Senate (119th Congress)")
    monkeypatch.setattr(data_text, "catalogue", lambda lang, domain: {k: v for k, v in WORDS.items() if k != key})
    assert data_messages.run(argparse.Namespace(check=True)) == 1
    assert capsys.readouterr().out.strip() == "es: untranslated: U.S. Senate (119th Congress) (in a sentence)"


def test_a_chamber_name_in_a_sentence_takes_its_article_in_spanish_only(spanish):
    name = data_text.translated(NEWEST).chambers["us_senate"].name
    assert data_text.in_sentence(name) == "el Senado de EE. UU. (119.º Congreso)"
    # the slate's own language decides: an untranslated slate, or a chamber not yet translated, keeps the name
    assert data_text.in_sentence("U.S. Senate (119th Congress)") == "U.S. Senate (119th Congress)"
    assert data_text.in_sentence("Some Future Council") == "Some Future Council"
    with i18n.in_language("en"):
        assert data_text.in_sentence("U.S. Senate (119th Congress)") == "U.S. Senate (119th Congress)"


def test_spanish_contracts_de_el_and_a_el_but_leaves_el_pronoun_and_names(spanish):
    assert data_text.contracted("Escaños de el Senado; voy a el Senado") == "Escaños del Senado; voy al Senado"
    assert data_text.contracted("De el Senado") == "Del Senado"
    assert data_text.contracted("de él; a El Salvador; de ella") == "de él; a El Salvador; de ella"
    with i18n.in_language("en"):
        assert data_text.contracted("de el") == "de el"


def test_the_agenda_path_reads_with_articles_in_spanish_and_unchanged_in_english():
    from slate_explorer.agenda.platform import path_words

    with i18n.in_language("es"):
        slate = data_text.translated(NEWEST)
        spanish = path_words(slate, slate.planks["medicare-for-all"])
    assert spanish == ("Primero lo aprueba la Cámara de Representantes de EE. UU. (119.º Congreso), luego lo aprueba "
                       "el Senado de EE. UU. (119.º Congreso), luego lo firma la Presidencia de los Estados Unidos.")
    assert path_words(NEWEST, NEWEST.planks["medicare-for-all"]) == (
        "First the U.S. House of Representatives (119th Congress) passes it, then the U.S. Senate (119th Congress) "
        "passes it, then the President of the United States signs it.")


def test_majority_sentences_and_headings_take_the_article_and_contract_it():
    from slate_explorer.majority import compute_scenario, explain, seatchart

    with i18n.in_language("es"):
        slate = data_text.translated(NEWEST)
        senate = compute_scenario(slate, []).chambers["us_senate"]
        sentence = explain.chamber_sentence(senate)
        chart = seatchart.seat_chart_svg(senate)
        tie = explain.note_text(explain.Note.of("vp_breaks_tie", chamber=senate.name))
    assert sentence.startswith("Sin ninguna contienda de la lista ganada en el Senado de EE. UU. (119.º Congreso), ")
    assert ">Escaños del Senado de EE. UU. (119.º Congreso)</title>" in chart
    assert tie == ("La votación en el Senado de EE. UU. (119.º Congreso) está empatada; el vicepresidente deshace "
                   "el empate.")
    english = compute_scenario(NEWEST, []).chambers["us_senate"]
    assert explain.chamber_sentence(english).startswith("With no slate race won in the U.S. Senate (119th Congress), ")
    assert ">Seats of the U.S. Senate (119th Congress)</title>" in seatchart.seat_chart_svg(english)
    assert explain.note_text(explain.Note.of("vp_breaks_tie", chamber=english.name)) == (
        "The vote in the U.S. Senate (119th Congress) is tied; the Vice President breaks the tie.")


def test_an_office_in_a_sentence_takes_its_article_in_spanish():
    from slate_explorer.majority import compute_scenario, explain

    with i18n.in_language("es"):
        slate = data_text.translated(NEWEST)
        president = explain.executive_sentence(compute_scenario(slate, []).executives["president"])
    assert president.startswith("El cargo de la Presidencia de los Estados Unidos lo ocupa "), president
    english = explain.executive_sentence(compute_scenario(NEWEST, []).executives["president"])
    assert english.startswith("The office of President of the United States is held by ")
