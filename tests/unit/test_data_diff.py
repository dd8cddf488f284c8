"""The changelog between data versions: what was added, removed and changed, field by field, in the
visitor's language (table, key, field names and values stay as published)."""

from __future__ import annotations

from slate_explorer import i18n
from slate_explorer.data.diff import Change, diff
from slate_explorer.data.versions import load_slate


def test_the_shipped_versions_changelog_names_every_change():
    changes = diff(load_slate("2025-07-10").slate, load_slate("2025-11-25").slate)
    described = [c.describe() for c in changes]
    assert "sources: pelosi-2025 added" in described
    ca11 = next(text for text in described if text.startswith("races: ca-11-2026 changed"))
    assert "status: challenger → open_seat" in ca11 and "source_id: ca-sos → pelosi-2025" in ca11
    assert all(c.kind in ("added", "removed", "changed") for c in changes)
    assert not any("as_of" in text for text in described)  # a new date alone is not a change


def test_the_changelog_reads_in_spanish_with_the_published_values():
    removed = Change("races", "ny-99-2026", "removed")
    changed = Change("races", "il-09-2026", "changed", (("incumbent_bloc", None, "cpc"),))
    with i18n.in_language("es"):
        assert removed.describe() == "races: ny-99-2026 eliminado"
        assert changed.describe() == "races: il-09-2026 modificado (incumbent_bloc: (en blanco) → cpc)"
    assert changed.describe() == "races: il-09-2026 changed (incumbent_bloc: (blank) → cpc)"
