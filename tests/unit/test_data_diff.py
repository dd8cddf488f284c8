"""The changelog between data versions, in sentences a voter reads (English and Spanish), on the fixture
versions: names, offices and titles, values in words, never ids or field names."""

from __future__ import annotations

import dataclasses
import re

from slate_explorer import i18n
from slate_explorer.changelog import changelog
from slate_explorer.data.diff import diff
from slate_explorer.data.versions import load_slate
from slate_explorer.data_text import translated
from tests.unit.majority_packages import make_package

OLD, NEW = load_slate("2025-07-10").slate, load_slate("2025-11-25").slate
IDS = re.compile(r"[a-z]{2}-[0-9]{2}-20[0-9]{2}|[a-z]+_[a-z_]+|\b(status|outcome|source_id|open_seat):")


def test_the_fixture_changelog_names_every_change_in_words():
    sentences = changelog(OLD, NEW)
    assert len(sentences) == len(diff(OLD, NEW)) == 8
    assert "New source: Nancy Pelosi announces she will not seek re-election (6 November 2025)." in sentences
    ca11 = next(s for s in sentences if s.startswith("CA-11: "))
    assert "status is now Open seat (was Challenger)" in ca11
    assert ca11.endswith("Source: Nancy Pelosi announces she will not seek re-election (6 November 2025)")
    assert any(s.startswith("Deja Foxx (AZ-07): outcome is now lost (was running)") for s in sentences)
    assert any(s.startswith("Mayor of New York City: status is now Won (was Open seat)") for s in sentences)
    assert not any("as of" in s.lower() for s in sentences)  # a new date alone is not a change
    assert not [s for s in sentences if IDS.search(s)]


def test_the_changelog_reads_in_spanish():
    with i18n.in_language("es"):
        sentences = changelog(translated(OLD), translated(NEW))
    assert "Nueva fuente: Nancy Pelosi announces she will not seek re-election (6 November 2025)." in sentences  # titles as published
    ca11 = next(s for s in sentences if s.startswith("CA-11: "))
    assert "estado de la contienda: ahora Escaño abierto (antes Aspirante)" in ca11 and "Fuente: Nancy Pelosi" in ca11
    assert any(s.startswith("Deja Foxx (AZ-07): resultado: ahora perdió (antes en campaña)") for s in sentences)
    assert not [s for s in sentences if IDS.search(s) or " is now " in s]


def test_added_race_endorsement_plank_and_changed_seats_in_words(tmp_path):
    _, later = make_package(tmp_path, replace={
        "chamber_parties.csv": [("us_house,D,213,D", "us_house,D,212,D")],
        "chambers.csv": [("us_house,U.S. House of Representatives (119th Congress),US,lower,435,3,",
                          "us_house,U.S. House of Representatives (119th Congress),US,lower,435,4,")],
    }, append={
        "races.csv": ["ny-07-2026,us_house,NY-07,NY,\"U.S. Representative, New York's 7th district\",us_house,2026,,2026-06-23,2026-11-03,,,,,open_seat,,open-letter"],
        "endorsements.csv": ["bernie-sanders-2,Bernie Sanders,official,kat-abughazaleh,2026-01-10,,open-letter,"],
        "positions.csv": ["kat-abughazaleh,medicare-for-all,backs,open-letter,"],
    })
    sentences = changelog(NEW, later)
    assert "New race: U.S. Representative, New York's 7th district. Source: The Progressive Movement's Fatal Flaw: Why We Keep Winning Elections But Losing Power" in sentences
    assert any(s.startswith("New endorsement: Bernie Sanders endorsed Kat Abughazaleh. Source:") for s in sentences)
    assert any(s.startswith("New stance: Kat Abughazaleh backs “Medicare for All”. Source:") for s in sentences)
    assert any(s.startswith("U.S. House of Representatives (119th Congress), Democrats: number of seats is now 212 (was 213)") for s in sentences)
    assert any(s.startswith("U.S. House of Representatives (119th Congress): number of vacant seats is now 4 (was 3)") for s in sentences)
    assert not [s for s in sentences if IDS.search(s)]
    assert "Race no longer tracked: U.S. Representative, New York's 7th district." in changelog(later, NEW)


def test_a_candidate_moving_to_the_same_district_in_another_year_reads_as_a_change():
    """Cori Bush's row moved from MO-01 (2024) to MO-01 (2026) in 2026-07-02: the district alone read
    'race is now MO-01 (was MO-01)'."""
    race = NEW.races["ny-14-2026"]
    later = race.model_copy(update={"id": "ny-14-2028", "cycle": 2028})
    moved = NEW.candidates["alexandria-ocasio-cortez"].model_copy(update={"race_id": "ny-14-2028"})
    newer = dataclasses.replace(NEW, races={**NEW.races, later.id: later},
                                candidates={**NEW.candidates, moved.id: moved})
    line = next(s for s in changelog(NEW, newer) if s.startswith("Alexandria Ocasio-Cortez"))
    assert "race is now NY-14 (2028) (was NY-14 (2026))" in line


def test_the_grouped_changelog_has_every_sentence_once_under_its_kind_sources_last():
    """Issue 24: /data groups the changelog by kind of record (it opened with 63 'New source' lines); every table
    has a heading (a table without one would lose its changes), and the groups hold exactly changelog()'s sentences."""
    from slate_explorer.changelog import BULK, GROUPS, grouped_changelog
    from slate_explorer.data.models import TABLES

    assert set(TABLES) == set(GROUPS) | set(BULK)
    groups = grouped_changelog(OLD, NEW)
    assert sorted(s for g in groups for s in g.sentences) == sorted(changelog(OLD, NEW))
    assert [g.title for g in groups][-1] == "Sources" and len({g.title for g in groups}) == len(groups)
    races = next(g for g in groups if g.title == "Races")
    assert " is now " in races.sentences[0]  # what changed before what came or went
