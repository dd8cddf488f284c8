"""The static export's House power page: valid, self-contained, in both languages, drawing the same seats file
as the live map, with the primaries nobody has called and its CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pytest

from slate_explorer.data.validate import load_folder
from slate_explorer.geo.build import ensure_layers
from slate_explorer.mapview import publish
from slate_explorer.share.export import export_site
from tests.unit.house_fixture import HOUSE_FIXTURE
from tests.unit.test_export import parse
from tests.versions import FIXTURES, NEWER

pytestmark = pytest.mark.skipif(bool(publish.vendor_missing()), reason="run scripts/vendor-js.sh first")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    ensure_layers()
    return export_site(load_folder(HOUSE_FIXTURE), tmp_path_factory.mktemp("power-site"), today=dt.date(2026, 12, 7)).out


@pytest.mark.parametrize("page", ["power.html", "es/power.html"])
def test_the_power_page_is_valid_and_loads_only_its_own_files(site, page):
    path = site / page
    tree = parse(path)
    links = [e.get("href") for e in tree.iter("a")] + [e.get("src") for e in tree.iter("script")]
    script = path.with_suffix(".js").read_text(encoding="utf-8")
    seats = re.findall(r'"url":"(\.\.?/build/geo/power_[^"]+)"', script)
    assert len(seats) == 1
    for address in [*links, *seats, *re.findall(r'"layer":"([^"]+)"', script)]:
        if address and not address.startswith("https://"):
            assert (path.parent / address.split("#")[0]).resolve().is_file(), (page, address)  # a fragment: its page
    text = path.read_text(encoding="utf-8")
    assert 'data-kind="new_dem" data-count="80"' in text and "NY-10" in text


def test_the_list_and_its_csv_in_both_languages(site):
    rows = list(csv.DictReader(io.StringIO((site / "power-primaries.csv").read_text(encoding="utf-8"))))
    assert [r["District"] for r in rows[:4]] == ["GA-05", "MD-04", "NY-10", "MO-01"]
    assert "Cómo resultó" in (site / "es" / "power-primaries.csv").read_text(encoding="utf-8")
    assert 'lang="es"' in (site / "es" / "power.html").read_text(encoding="utf-8")
    assert 'href="power.html"' in (site / "index.html").read_text(encoding="utf-8")


def test_no_power_page_without_house_tables(tmp_path):
    out = export_site(load_folder(FIXTURES / NEWER), tmp_path / "site").out
    assert not (out / "power.html").exists() and 'href="power.html"' not in (out / "index.html").read_text(encoding="utf-8")
