"""The network picture (DOT), the table frames, coordination, platform words and links: escaped, honest."""

import datetime as dt
import re

import pandas as pd

from slate_explorer.agenda.coordination import by_kind
from slate_explorer.agenda.graphic import dot_string, network_alt, network_dot
from slate_explorer.agenda.links import agenda_href, plank_href, race_href
from slate_explorer.agenda.matrix import build_matrix, candidate_coverage, plank_counts, sorted_cells
from slate_explorer.agenda.network import build_network
from slate_explorer.agenda.platform import path_words, plank_source_ids
from slate_explorer.agenda.tables import (
    coverage_frame, endorsements_frame, network_frame, pairs_frame, plank_counts_frame,
)
from slate_explorer.data.versions import load_slate
from slate_explorer.routes import parse_params
from tests.unit.agenda_slate import CANDIDATES, coordination_row, make_slate

HOSTILE = '<script>alert(1)</script> "q" \\ *[x](javascript:alert(1))*'


def hostile_slate():
    people = [(c[0], HOSTILE if c[0] == "a" else c[1], c[2], c[3]) for c in CANDIDATES]
    return make_slate(candidates=people)


def test_dot_has_every_node_and_edge_with_kinds_in_words():
    net = build_network(make_slate())
    dot = network_dot(net, highlight="a", href=lambda race: f"/map?race={race}")
    assert dot.startswith("digraph") and dot.rstrip().endswith("}")
    assert len(re.findall(r" -> ", dot)) == len(net.edges)
    for node_id in net.nodes:
        assert f'  "{node_id}" [' in dot
    assert "outside: official" in dot and "outside: organization" in dot and "former slate" in dot
    assert dot.count("no cross-endorsement") == 2  # the cluster's label and Dee
    assert dot.index("subgraph cluster_isolated") < dot.index('"d" [')
    assert "selected" in dot and "peripheries=2" in dot
    assert 'URL="/map?race=r-ny"' in dot
    assert '"a" -> "b" [style=solid' in dot and '"sen-x" -> "d" [style=dashed' in dot


def test_dot_escapes_data_text():
    dot = network_dot(build_network(hostile_slate()))
    assert "<script>" not in dot
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot;" in dot  # HTML-like label
    assert 'tooltip="&lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot; \\\\ ' in dot  # backslash DOT-escaped
    assert dot_string('a"b\\c\nd') == '"a\\"b\\\\c d"'


def test_alt_text_counts():
    alt = network_alt(build_network(make_slate()))
    assert "4 slate candidates, 3 cross-endorsements" in alt and "5 endorsements from outside" in alt
    assert "1 slate candidate with no cross-endorsement" in alt


def test_frames_escape_and_mark_selection():
    slate = hostile_slate()
    view = {"v": "2026-01-01"}
    grid = build_matrix(slate)
    pairs = pairs_frame(slate, sorted_cells(grid), view, candidate="a", plank="p1")
    first = pairs.iloc[0]
    assert "<script>" not in first["Candidate"] and "\\<script\\>" in first["Candidate"]
    assert "\\[x\\]\\(javascript\\:alert\\(1\\)\\)" in first["Candidate"]
    assert first["Candidate"].endswith("— **selected**") and first["Plank"].endswith("— **selected**")
    assert "(/map?race=r-ny&v=2026-01-01)" in first["Candidate"]
    assert "(/majority?plank=p1&v=2026-01-01)" in first["Plank"]
    assert list(pairs["Stance"][:3]) == ["**Backs**", "**Backs**", "Unknown (no record)"]
    assert list(pairs["Source"][:3]) == ["Synthetic source", "Synthetic source", "none recorded"]
    counts = plank_counts_frame(slate, plank_counts(grid), view)
    assert list(counts["Backs"]) == ["2 of 4", "1 of 4", "0 of 4"] and counts["Backed by"][2] == "none"
    cover = coverage_frame(slate, candidate_coverage(grid), view)
    assert cover["Backs"][0] == "2 of 3 (67%)" and cover["Race"][0] == "U\\.S\\. House, NY\\-10"


def test_network_frames():
    slate = make_slate()
    net = build_network(slate)
    rows = network_frame(slate, net, {}).set_index(pd.Index(net.members))
    assert rows.loc["a", "Unity (given + received)"] == "3 of 6 possible (50.0%)"
    assert rows.loc["d", "Endorsed by"] == "Endorser sen\\-x (outside the slate)"
    assert rows.loc["a", "Endorsed by"] == "Ben, Eve (former slate), Endorser union\\-y (outside the slate)"
    assert rows.loc["a", "Endorses on the slate"] == "Ben, Cal" and rows.loc["d", "Endorses on the slate"] == "none recorded"
    endorsements = endorsements_frame(slate, net, {})
    assert len(endorsements) == len(slate.endorsements)
    assert [e.endswith("(cross\\-endorsement)") for e in endorsements["Endorser"]] == [True] * 3 + [False] * 5
    assert endorsements["Endorser"][6] == "Endorser sen\\-x (outside endorser\\: an official)"
    assert endorsements["When"][0] == "date not recorded"


def test_coordination_every_kind_listed_none_recorded_honestly():
    assert [k.headline() for k in by_kind(make_slate())] == [
        "Joint events: none recorded", "Shared fundraisers: none recorded", "Shared media: none recorded"]
    rows = [coordination_row("late", "joint_event", dt.date(2026, 3, 1), ["a", "b"]),
            coordination_row("early", "joint_event", dt.date(2026, 2, 1), ["c", "d"]),
            coordination_row("ad", "shared_media", dt.date(2026, 2, 5), ["a", "d"])]
    kinds = by_kind(make_slate(coordination=rows))
    assert [i.id for i in kinds[0].items] == ["early", "late"] and kinds[1].none_recorded
    assert kinds[0].headline() == "Joint events: 2 recorded"
    assert [[i.id for i in k.items] for k in by_kind(make_slate(coordination=rows), "a")] == [["late"], [], ["ad"]]


def test_shipped_versions_record_no_coordination():
    for version in ("2025-07-10", "2025-11-25"):
        assert all(k.none_recorded for k in by_kind(load_slate(version).slate))


def test_path_in_plain_words():
    slate = load_slate("2025-11-25").slate
    assert path_words(slate, slate.planks["medicare-for-all"]) == (
        "First the U.S. House of Representatives (119th Congress) passes it, then the U.S. Senate (119th Congress) "
        "passes it, then the President of the United States signs it.")
    assert path_words(slate, slate.planks["rent-freeze"]) == "The Mayor of New York City acts alone; no legislature has to vote."
    assert plank_source_ids(slate, slate.planks["rent-freeze"]) == ["mamdani-platform", "nyc-boe"]


def test_links_carry_version_and_language_only():
    view = {"v": "2025-07-10", "lang": "es", "embed": "true", "accent": "ff0000"}
    assert race_href("il-09-2026", view) == "/map?race=il-09-2026&v=2025-07-10&lang=es"
    assert plank_href("rent-freeze", {}) == "/majority?plank=rent-freeze"
    assert agenda_href({}, candidate="zohran-mamdani") == "/agenda?candidate=zohran-mamdani"


def test_agenda_url_parameters():
    slate = load_slate("2025-11-25").slate
    view = parse_params("agenda", {"plank": "Medicare-For-All", "candidate": "ZOHRAN-MAMDANI", "level": "city",
                                   "state": "ny", "former": "true"}, slate)
    assert view.values == {"plank": "medicare-for-all", "candidate": "zohran-mamdani", "level": "city",
                           "state": "NY", "former": "true"}
    bad = parse_params("agenda", {"plank": "nope", "candidate": "<b>", "level": "moon", "state": "N1"}, slate)
    assert bad.values == {} and len(bad.notes) == 4
