"""AppTest: a bad file in a data version never shows visitors an exception; every page serves the last valid
version and says so, also when the broken version is asked for by ?v=. Random damage, a few examples."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slate_explorer.routes import PAGES
from tests.apptest.conftest import AppTest, ROOT, texts
from tests.unit.test_bad_files import apply, copy, damage, with_stray_byte
from tests.versions import NEWER, OLDER


def run(page: str, **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for name, value in params.items():
        at.query_params[name] = value
    at.switch_page(f"views/{page}.py")
    return at.run()


@pytest.mark.parametrize("page", PAGES)
def test_a_stray_byte_in_the_newest_version_every_page_serves_the_last_valid(tmp_path, monkeypatch, page):
    copy(tmp_path, OLDER)
    with_stray_byte(copy(tmp_path, NEWER))
    monkeypatch.setenv("SLATE_DATA_DIR", str(tmp_path))
    at = run(page, v=NEWER)
    assert not at.exception, [e.value for e in at.exception]
    warnings = " ".join(w.value for w in at.warning).replace("\\", "")
    assert f"{NEWER} failed validation" in warnings and f"showing {OLDER}" in warnings
    assert not at.error


def test_a_stray_byte_in_an_older_version_reached_by_v(tmp_path, monkeypatch):
    with_stray_byte(copy(tmp_path, OLDER), "candidates.csv", 2)
    copy(tmp_path, NEWER)
    monkeypatch.setenv("SLATE_DATA_DIR", str(tmp_path))
    at = run("data", v=OLDER)
    assert not at.exception and not at.error
    assert f"{OLDER} failed validation" in " ".join(w.value for w in at.warning).replace("\\", "")
    assert f"[{NEWER}](/data?v={NEWER}): shown now" in texts(at)
    assert f"[{OLDER}](/data?v={OLDER}): not shown: it has " in texts(at)


def test_the_data_page_marks_a_broken_older_version_unpinned(tmp_path, monkeypatch):
    with_stray_byte(copy(tmp_path, OLDER), "candidates.csv", 2)
    copy(tmp_path, NEWER)
    monkeypatch.setenv("SLATE_DATA_DIR", str(tmp_path))
    shown = texts(run("data"))
    assert f"[{OLDER}](/data?v={OLDER}): not shown: it has" in shown and "What changed since" not in shown


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(hits=st.lists(damage(), min_size=1, max_size=2), page=st.sampled_from(["home", "data", "majority"]))
def test_random_damage_beside_a_good_version_never_shows_an_exception(tmp_path_factory, monkeypatch, hits, page):
    root = tmp_path_factory.mktemp("root")
    copy(root, OLDER)
    folder = copy(root, NEWER)
    for name, kind, arg in hits:
        apply(folder, name, kind, arg)
    monkeypatch.setenv("SLATE_DATA_DIR", str(root))
    at = run(page)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title and not at.error
