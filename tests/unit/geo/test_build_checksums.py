"""The build proves itself: build.json records every file's sha256, the start-up check verifies them, and a
damaged file is refused by name instead of being parsed (issue 26: a corrupt lookup_us_house.parquet and a
half-cut draw_us_house.geojson once passed as "current")."""

from __future__ import annotations

import shutil

import pytest

from slate_explorer.geo import layers, zipcodes
from slate_explorer.geo.freshness import damaged_files, file_digest, is_current
from slate_explorer.geo.layers import DamagedLayerError, LayerUnavailable, NotBuiltError
from slate_explorer.geo.manifest import load_manifest


@pytest.fixture
def copy(built, tmp_path):
    out = tmp_path / "build"
    shutil.copytree(built, out)
    return out


def corrupt(path, keep: int = 100) -> None:
    """A half-cut file, the way an interrupted copy leaves it."""
    path.write_bytes(path.read_bytes()[:keep])


def test_every_written_file_has_its_checksum_recorded(built):
    recorded = layers.build_info(built)["files"]
    assert "lookup_us_house.parquet" in recorded and "draw_us_house.geojson" in recorded
    assert all(file_digest(built / name) == digest for name, digest in recorded.items())
    assert damaged_files(built) == []


def test_a_damaged_file_makes_the_build_stale_and_is_named(copy, mirror):
    assert is_current(copy, load_manifest(), mirror)
    corrupt(copy / "lookup_us_house.parquet")
    corrupt(copy / "draw_us_house.geojson")
    assert damaged_files(copy) == ["draw_us_house.geojson", "lookup_us_house.parquet"]
    assert not is_current(copy, load_manifest(), mirror)


def test_a_missing_or_unreadable_manifest_is_reported(copy):
    (copy / "build.json").write_text("{not json", encoding="utf-8")
    assert damaged_files(copy) == ["build.json"]
    with pytest.raises(DamagedLayerError):
        layers.build_info(copy)


def test_reading_a_damaged_layer_raises_one_error_that_names_it(copy):
    corrupt(copy / "lookup_us_house.parquet")
    corrupt(copy / "draw_us_house.geojson")
    corrupt(copy / "zip_districts.csv", keep=3)
    (copy / "bounds.json").unlink()
    for read in (lambda: layers.read_lookup_layer("us_house", copy),
                 lambda: layers.drawing_geojson("us_house", folder=copy),
                 lambda: zipcodes.districts_for_zip("11368", copy)):
        with pytest.raises(DamagedLayerError) as caught:
            read()
        assert isinstance(caught.value, LayerUnavailable) and isinstance(caught.value, OSError)
    with pytest.raises(NotBuiltError) as caught:
        layers.layer_bounds("NY-14", copy)
    assert caught.value.files == ("bounds.json",)


def test_a_same_sized_change_is_caught_by_the_checksum(copy):
    path = copy / "draw_city.geojson"
    data = bytearray(path.read_bytes())
    data[200] = ord("9") if data[200] != ord("9") else ord("8")  # still valid JSON, a moved point
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedLayerError, match="differs from the file the build wrote"):
        layers.drawing_geojson("city", folder=copy)
    assert damaged_files(copy) == ["draw_city.geojson"]
