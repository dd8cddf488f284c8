"""Live drill: the newest data version breaks while the site is serving (real server, real sessions).

The running app must notice on the next visit, keep serving the last valid version with a notice,
and never show an error to visitors.
"""

from __future__ import annotations

import pytest

from devtools.procs import running_streamlit
from devtools.stclient import Session, run_sync
from tests.hostile_data import NEWEST, copy_version

pytestmark = pytest.mark.deploy
OLDER = "2025-07-10"


def visit(base: str, path: str = ""):
    async def go():
        session = Session(base)
        try:
            return await session.open(path)
        finally:
            await session.close()

    return run_sync(go())


def test_newest_version_breaking_at_run_time_falls_back_with_a_notice(tmp_path):
    copy_version(tmp_path, OLDER)
    newest = copy_version(tmp_path, NEWEST)
    with running_streamlit(env={"SLATE_DATA_DIR": str(tmp_path)}, log_name="drill-live") as app:
        before = visit(app.base)
        assert before.errors == [] and before.notes == []
        assert any(f"Data version {NEWEST}" in t for t in before.texts)

        with (newest / "races.csv").open("a", encoding="utf-8") as races:  # an edit after publishing
            races.write("xx-01-2026,us_house,XX-01,XX,Nowhere,us_house,2026,,,,,,,,open_seat,,nowhere\n")

        after = visit(app.base)
        assert after.errors == []
        notes = " ".join(after.notes).replace("\\", "")
        assert f"{NEWEST} failed validation" in notes and f"showing {OLDER}" in notes
        assert any(f"Data version {OLDER}" in t.replace("\\", "") for t in after.texts)
