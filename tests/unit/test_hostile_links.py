"""Links in data must be https://: a javascript:, data: or http: link makes the version fail validation."""

from __future__ import annotations

import pytest

from slate_explorer.data.validate import validate_folder
from tests.hostile_data import _rewrite, copy_version, NEWEST, publish


@pytest.mark.parametrize("link", ["javascript:window.__pwned=1", "data:text/html,<script>alert(1)</script>",
                                  "http://example.org/", "https://example.org/\"><script>"])
def test_hostile_links_fail_validation(tmp_path, link):
    folder = copy_version(tmp_path, NEWEST)
    _rewrite(folder / "sources.csv", lambda i, row: row.update(url=link) if i == 0 else None)
    with pytest.raises(RuntimeError, match="url"):
        publish(folder, "links drill")
    slate, problems = validate_folder(folder)
    assert slate is None and any(p.field == "url" for p in problems)
