"""Real sessions over Streamlit's WebSocket protocol against one `streamlit run` (no browser).

A short concurrent run of every journey in devtools/journeys.py (the long 50-session runs are in
bench/load.py), and what a direct link to a page must get.
"""

from __future__ import annotations

import pytest

from devtools.journeys import JOURNEYS
from devtools.load import run_load
from devtools.procs import running_streamlit
from devtools.stclient import Session, run_sync

pytestmark = pytest.mark.deploy


@pytest.fixture(scope="module")
def app():
    with running_streamlit(log_name="test-sessions") as running:
        yield running


def test_concurrent_sessions_walk_every_journey_without_errors(app):
    sessions = 2 * len(JOURNEYS)
    report = run_load(app.base, [app.pid], sessions, target="direct", deadline=120)
    assert report.errors == 0, report.error_samples
    assert report.interactions == 2 * sum(len(steps) for steps in JOURNEYS.values())
    assert report.p95_ms < 30_000


def visit(base: str, path: str, **params) -> Session:
    async def go():
        session = Session(base)
        try:
            interaction = await session.open(path, params)
            return session, interaction
        finally:
            await session.close()

    return run_sync(go())


def test_a_bad_link_gets_a_friendly_note_not_an_error(app):
    session, interaction = visit(app.base, "find", district="<script>alert(1)</script>", nope="x" * 5000)
    assert interaction.errors == []
    notes = " ".join(interaction.notes)
    assert "not recognised" in notes and "not used on this page" in notes
    assert "x" * 60 not in notes


def test_the_first_visit_of_a_fresh_process_by_direct_link_runs_the_app_shell():
    with running_streamlit(log_name="test-direct-link") as fresh:
        session, interaction = visit(fresh.base, "find", district="NY-14")
    assert interaction.errors == []
    assert session.page_title == "Slate Explorer"
    assert "shell" not in session.pages and "share_bar" not in session.pages


def test_normal_views_draw_the_share_control(app):
    _, interaction = visit(app.base, "", race="il-09-2026")
    assert "Share this view" in interaction.popovers


def test_embed_views_draw_no_share_control(app):
    _, interaction = visit(app.base, "map", race="il-09-2026", embed="true")
    assert interaction.errors == []
    assert "Share this view" not in interaction.popovers
