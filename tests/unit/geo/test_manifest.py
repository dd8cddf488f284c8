"""The manifest lists every official source with its provenance, and matches the mirror byte for byte."""

from __future__ import annotations

import re

from slate_explorer.geo.fetch import sha256_of
from slate_explorer.geo.manifest import load_manifest

LAYERS = {"us_house", "us_senate", "state_house", "state_senate", "city", "zip", "roster"}


def test_every_entry_is_complete_and_official():
    sources = load_manifest()
    assert len({s.id for s in sources}) == len(sources)
    for source in sources:
        assert source.url.startswith("https://"), source.id
        assert source.vintage and source.licence and source.resolution, source.id
        assert re.fullmatch(r"[0-9a-f]{64}", source.sha256), source.id
        assert source.size > 0 and source.layers, source.id
    fed = {layer for s in sources for layer in s.layers}
    assert LAYERS <= fed


def test_manifest_covers_every_file_documented_in_the_mirror(mirror):
    documented = dict(re.findall(r"`geodata/([^`]+)`[^\n]*\| ([0-9a-f]{64}) \|", (mirror / "SOURCES.md").read_text()))
    listed = {s.path: s.sha256 for s in load_manifest()}
    assert documented == listed  # same files, same checksums, incl. tl_2022_cd118_more_states/
    assert any(path.startswith("tl_2022_cd118_more_states/") for path in listed)


def test_mirror_files_have_the_manifest_checksums_and_sizes(mirror):
    for source in load_manifest():
        path = mirror / source.path
        assert path.stat().st_size == source.size, source.path
        assert sha256_of(path) == source.sha256, source.path


def test_only_the_per_state_house_files_are_optional():
    for source in load_manifest():
        assert source.optional == (source.id.startswith("cd118_")), source.id
        if source.state_fips:
            assert "us_house" in source.layers
