"""Geo test fixtures: layers built once per session from the offline mirror; a fake Census geocoder."""

from __future__ import annotations

from pathlib import Path

import pytest

from slate_explorer.geo.build import ensure_layers
from slate_explorer.geo.fetch import mirror_dir
from slate_explorer.geo.lookup import Locator
from tests.fakes.census import running_census


@pytest.fixture(scope="session")
def mirror() -> Path:
    found = mirror_dir()
    assert found is not None and found.is_dir(), "tests/conftest.py sets SLATE_GEODATA_MIRROR to ../shared/geodata"
    return found


@pytest.fixture(scope="session")
def built(mirror) -> Path:
    """The git-ignored build folder, (re)built from the mirror only when stale."""
    return ensure_layers(mirror=mirror)


@pytest.fixture(scope="session")
def locator(built) -> Locator:
    return Locator.load(built)


@pytest.fixture(scope="session")
def slates():
    from slate_explorer.data.versions import data_root, list_versions
    from slate_explorer.data.validate import load_folder

    return [load_folder(data_root() / version) for version in list_versions()]  # the fixture versions


@pytest.fixture(scope="session")
def shipped_slates():
    from slate_explorer.data.validate import load_folder
    from slate_explorer.data.versions import list_versions
    from tests.versions import SHIPPED

    return [load_folder(SHIPPED / version) for version in list_versions(SHIPPED)]


# --- a local server that answers like the Census Geocoder (tests/fakes/census.py) ------------------------

@pytest.fixture
def fake_census():
    with running_census() as server:
        yield server


@pytest.fixture
def no_sleep(monkeypatch):
    """Retries back off with time.sleep; tests need not wait for it."""
    import slate_explorer.geo.fetch as fetch
    import slate_explorer.geo.geocode as geocode

    monkeypatch.setattr(geocode, "_backoff", lambda attempt: None)
    monkeypatch.setattr(fetch, "_backoff", lambda attempt: None)
