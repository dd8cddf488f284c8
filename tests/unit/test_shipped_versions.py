"""The shipped versions under slate_data/, checked only for what holds for any valid version (facts are
asserted on the fixture versions): each validates, the CLI says so, and the changelog from each to the
next reads in words in both languages. Adding a version breaks none of this."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from slate_explorer import i18n
from slate_explorer.changelog import BULK, changelog
from slate_explorer.data.diff import diff
from slate_explorer.data.validate import validate_folder
from slate_explorer.data.versions import list_versions, load_slate, previous_valid
from slate_explorer.data_text import translated
from tests.versions import ROOT, SHIPPED

VERSIONS = list_versions(SHIPPED)
IDS = re.compile(r"\b[a-z]{2}-[0-9]{2}-20[0-9]{2}\b|\b[a-z]+_[a-z_]+\b|\b(status|outcome|source_id|open_seat):")


@pytest.mark.parametrize("version", VERSIONS)
def test_every_shipped_version_validates(version):
    slate, problems = validate_folder(SHIPPED / version)
    assert problems == [], [str(p) for p in problems]
    assert slate.version == version and slate.as_of == version


def test_cli_validate_is_green_on_slate_data():
    result = subprocess.run([sys.executable, "-m", "slate_explorer", "validate", *map(str, (SHIPPED / v for v in VERSIONS))],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith(f"{len(VERSIONS)} version(s) valid")


def test_the_newest_shipped_version_is_served():
    assert load_slate(root=SHIPPED).slate.version == VERSIONS[-1]


@pytest.mark.parametrize("older, newer", list(zip(VERSIONS, VERSIONS[1:])))
@pytest.mark.parametrize("lang", sorted(i18n.LANGUAGES))
def test_the_changelog_between_shipped_versions_reads_in_words(older, newer, lang):
    old, new = load_slate(older, root=SHIPPED).slate, load_slate(newer, root=SHIPPED).slate
    assert previous_valid(newer, root=SHIPPED).version == older
    with i18n.in_language(lang):
        sentences = changelog(translated(old), translated(new))
    changes = diff(old, new)  # one sentence per change; one per bulk table (hundreds of rows)
    assert len(sentences) == len([c for c in changes if c.table not in BULK]) + len({c.table for c in changes} & set(BULK)) > 0
    assert [s for s in sentences if IDS.search(s)] == []  # no race id, no field name, no code value
