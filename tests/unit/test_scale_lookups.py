"""Look-ups that must not scan or miss at scale (issue 27): a slate's candidates and positions, the agenda
network's edges, the map's district overlaps. Each test counts the work, so it fails on a scan per call
or a cache that misses, whatever the machine's speed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from slate_explorer.agenda import network
from slate_explorer.data.versions import load_slate
from tests.versions import NEWER


class CountingDict(dict):
    seen = 0  # values handed out by iterating values()

    def values(self):
        return CountedValues(super().values())


class CountedValues:
    def __init__(self, view):
        self.view = view

    def __iter__(self):
        for value in self.view:
            CountingDict.seen += 1
            yield value


class CountingTuple(tuple):
    scans = 0

    def __iter__(self):
        CountingTuple.scans += 1
        return super().__iter__()


def test_candidates_of_every_race_take_one_pass_over_the_candidates():
    slate = load_slate(NEWER).slate
    counted = replace(slate, candidates=CountingDict(slate.candidates))
    CountingDict.seen = 0
    found = {r: counted.candidates_in(r) for r in slate.races}
    assert CountingDict.seen <= len(slate.candidates)  # one pass, not one per race
    assert found == {r: [c for c in slate.candidates.values() if c.race_id == r] for r in slate.races}


def test_positions_of_every_candidate_take_one_pass_over_the_positions():
    slate = load_slate(NEWER).slate
    counted = replace(slate, positions=CountingTuple(slate.positions))
    CountingTuple.scans = 0
    found = {c: counted.positions_of(c) for c in slate.candidates}
    assert CountingTuple.scans <= 1
    assert found == {c: {p.plank_id: p for p in slate.positions if p.candidate_id == c} for c in slate.candidates}


def test_network_edges_of_every_member_take_one_pass_over_the_edges():
    net = network.build_network(load_slate(NEWER).slate)
    counted = replace(net, edges=CountingTuple(net.edges))
    CountingTuple.scans = 0
    given = {m: counted.given(m) for m in net.members}
    received = {m: counted.received(m) for m in net.members}
    outside = {m: counted.outside(m) for m in net.members}
    assert CountingTuple.scans <= 2
    assert given == {m: [e for e in net.edges if e.cross and e.endorser_id == m] for m in net.members}
    assert received == {m: [e for e in net.edges if e.cross and e.candidate_id == m] for m in net.members}
    assert outside == {m: [e for e in net.edges if e.candidate_id == m and not e.cross and e.endorser_id != m]
                       for m in net.members}


def test_district_overlaps_stay_cached_for_every_state_district():
    """More than 64 districts holding races: the second pass over them is all cache hits."""
    from slate_explorer.geo.build import ensure_layers
    from slate_explorer.mapview import geometry

    ensure_layers()
    house = sorted(geometry.district_names("us_house"))
    assert len(house) > 64
    geometry.districts_overlapping.cache_clear()
    first = [geometry.districts_overlapping("state_house", "us_house", d) for d in house]
    misses = geometry.districts_overlapping.cache_info().misses
    again = [geometry.districts_overlapping("state_house", "us_house", d) for d in house]
    assert geometry.districts_overlapping.cache_info().misses == misses
    assert again == first
    assert any(first)  # Assembly districts lie inside New York's House districts: the look-up finds them


@pytest.mark.parametrize("level", ["state_house", "us_house"])
def test_district_shapes_are_parsed_once_per_level(level, monkeypatch):
    from slate_explorer.geo.build import ensure_layers
    from slate_explorer.mapview import geometry

    ensure_layers()
    some = sorted(geometry.district_names(level))[:5]  # both levels' features, parsed (and kept) here
    geometry.district_names("city")
    geometry.districts_overlapping.cache_clear()
    parsed = []
    real = geometry.drawing_text
    monkeypatch.setattr(geometry, "drawing_text", lambda lvl: parsed.append(lvl) or real(lvl))
    for d in some:
        geometry.districts_overlapping("city", level, d)
    assert parsed == []  # shapes come from the level's features, parsed once and kept
