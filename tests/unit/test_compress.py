"""Precompressed copies beside text files: the export's, the map layers' and the deploy's front end."""

from __future__ import annotations

import gzip
import os

import brotli
import pytest

from slate_explorer.compress import MIN_BYTES, precompress_file, precompress_tree


def test_copies_hold_the_same_bytes_and_small_or_binary_files_get_none(tmp_path):
    big = tmp_path / "layer.geojson"
    big.write_text('{"type": "FeatureCollection", "features": []}' * 200)
    (tmp_path / "tiny.js").write_text("x")
    (tmp_path / "map.png").write_bytes(b"\x89PNG" + b"\0" * 5000)
    assert precompress_tree(tmp_path) == 1
    assert gzip.decompress((tmp_path / "layer.geojson.gz").read_bytes()) == big.read_bytes()
    assert brotli.decompress((tmp_path / "layer.geojson.br").read_bytes()) == big.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["layer.geojson", "layer.geojson.br", "layer.geojson.gz", "map.png", "tiny.js"]
    assert (tmp_path / "layer.geojson.gz").stat().st_size < big.stat().st_size / 10


def test_a_changed_file_gets_fresh_copies_and_an_unchanged_one_is_left_alone(tmp_path):
    page = tmp_path / "index.html"
    page.write_text("<p>old</p>" * MIN_BYTES)
    gz = precompress_file(page, with_brotli=False)[0]
    before = gz.stat().st_mtime_ns
    precompress_file(page, with_brotli=False)
    assert gz.stat().st_mtime_ns == before
    page.write_text("<p>new</p>" * MIN_BYTES)
    os.utime(page, (gz.stat().st_mtime + 5, gz.stat().st_mtime + 5))
    precompress_file(page, with_brotli=False)
    assert gzip.decompress(gz.read_bytes()).startswith(b"<p>new</p>")
    assert not (tmp_path / "index.html.br").exists()


@pytest.mark.parametrize("version", ["2025-11-25"])
def test_the_static_export_writes_copies_beside_its_large_files(tmp_path, version):
    from slate_explorer.data.versions import load_slate
    from slate_explorer.geo.build import ensure_layers
    from slate_explorer.share.export import export_site

    ensure_layers()
    export_site(load_slate(version).slate, tmp_path)
    layer = next((tmp_path / "build" / "geo").glob("us_house-*.geojson"))
    assert gzip.decompress(layer.with_name(layer.name + ".gz").read_bytes()) == layer.read_bytes()
    assert (tmp_path / "index.html.gz").is_file() and (tmp_path / f"data/{version}.json.br").is_file()
