"""The seat chart SVG: one segment per group with its seats, one labelled line per threshold, text for
every number, and data text escaped."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from slate_explorer.data.versions import load_slate
from slate_explorer.majority import compute_scenario
from slate_explorer.majority.seatchart import WIDTH, seat_chart_svg, threshold_marks
from slate_explorer.majority.tables import seat_rows, threshold_rows
from tests.unit.majority_packages import make_package

NS = {"s": "http://www.w3.org/2000/svg"}
SLATE = load_slate("2025-11-25").slate


def parsed(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # also proves the SVG is well-formed XML


def groups(root) -> dict[str, int]:
    return {g.get("data-group"): int(g.get("data-seats")) for g in root.iterfind(".//s:g[@class='seat-group']", NS)}


def test_segments_count_the_seats_of_each_group():
    house = compute_scenario(SLATE, ["il-09-2026", "ca-11-2026"]).chambers["us_house"]
    root = parsed(seat_chart_svg(house))
    assert groups(root) == {"bloc": 97, "caucus_rest": 116, "caucus": 219, "vacant": 3}
    assert sum(groups(root).values()) == house.seats
    widths = [float(r.get("width")) for r in root.iterfind(".//s:g[@class='seat-group']/s:rect", NS)]
    assert abs(sum(widths) - WIDTH) < 0.05  # the bar is exactly the chamber
    assert abs(widths[0] - WIDTH * 97 / 435) < 0.01


def test_threshold_lines_sit_at_their_seat_and_say_their_number():
    senate = compute_scenario(SLATE, []).chambers["us_senate"]
    root = parsed(seat_chart_svg(senate))
    lines = {int(l.get("data-needed")): float(l.get("x1")) for l in root.iterfind(".//s:line[@class='threshold']", NS)}
    assert sorted(lines) == [24, 51, 60, 67]  # conviction and override share the 67 line
    assert lines[60] == WIDTH * 60 / 100
    labels = [" ".join(t.itertext()) for t in root.iterfind(".//s:g[@class='threshold-label']/s:text", NS)]
    assert "60: cloture (3/5)" in labels and "67: veto override (2/3), conviction (2/3)" in labels
    assert "51: bills" in labels


def test_marks_merge_equal_thresholds_and_skip_impossible_ones():
    house = compute_scenario(SLATE, []).chambers["us_house"]
    marks = threshold_marks(house.thresholds, house.seats)
    assert [m.needed for m in marks] == [107, 217, 218, 288]
    assert marks[1].label == "217: Speaker, bills, impeachment"
    assert threshold_marks(house.thresholds, 200) == [marks[0]]  # past the chamber: no line drawn


def test_title_desc_and_legend_carry_every_number():
    house = compute_scenario(SLATE, "all").chambers["us_house"]
    svg = seat_chart_svg(house)
    root = parsed(svg)
    assert root.get("role") == "img"
    title_id, desc_id = root.get("aria-labelledby").split()
    assert root.find(f".//s:title[@id='{title_id}']", NS).text == "Seats of the U.S. House of Representatives (119th Congress)"
    desc = root.find(f".//s:desc[@id='{desc_id}']", NS).text
    assert "Progressive bloc: 101" in desc and "Vacant seats: 3" in desc and "218: discharge petition" in desc
    assert desc.endswith("The seat counts are approximate.")  # the House figures are marked approximate in the data
    senate = compute_scenario(SLATE, "all").chambers["us_senate"]
    assert "approximate" not in seat_chart_svg(senate)
    legend = [t.text for t in root.iterfind(".//s:g[@class='legend']/s:text", NS)]
    assert legend == ["Progressive bloc: 101", "Rest of the Democratic caucus: 112", "Republican conference: 219", "Vacant seats: 3"]
    # Patterns, not colour alone: the rest of the caucus is striped, the other caucus dotted, vacancies dashed.
    fills = {g.get("data-group"): g.find("s:rect", NS).get("fill") for g in root.iterfind(".//s:g[@class='seat-group']", NS)}
    assert fills["caucus_rest"].startswith("url(#stripes-") and fills["caucus"].startswith("url(#dots-")
    assert root.find(".//s:g[@data-group='vacant']/s:rect", NS).get("stroke-dasharray")


def test_tables_repeat_the_chart():
    house = compute_scenario(SLATE, "all").chambers["us_house"]
    assert seat_rows(house) == [
        {"Group": "Progressive bloc", "Seats": "101"},
        {"Group": "Rest of the Democratic caucus", "Seats": "112"},
        {"Group": "Republican conference", "Seats": "219"},
        {"Group": "Vacant seats", "Seats": "3"},
    ]
    discharge = next(r for r in threshold_rows(house) if r["Vote"] == "A discharge petition")
    assert discharge == {"Vote": "A discharge petition", "Needed": "218", "The bloc has": "101",
                         "Bloc alone": "117 short", "Whole caucus": "5 short (213)"}


def test_data_text_is_escaped(tmp_path):
    hostile = '<script>alert(1)</script> & "Senate"'
    _folder, slate = make_package(
        tmp_path, replace={"chambers.csv": [("us_senate,U.S. Senate (119th Congress),", f'us_senate,"{hostile.replace(chr(34), chr(34) * 2)}",')]}
    )
    svg = seat_chart_svg(compute_scenario(slate, []).chambers["us_senate"])
    assert "<script>" not in svg
    root = parsed(svg)
    assert root.find("s:title", NS).text == f"Seats of the {hostile}"
    assert re.search(r'aria-labelledby="seat-title-us-senate seat-desc-us-senate"', svg)


def test_without_a_bloc_seat_the_caucus_is_named_whole():
    assembly = compute_scenario(SLATE, []).chambers["ny_assembly"]  # no bloc size in the data: counted as 0
    assert seat_rows(assembly) == [{"Group": "Democratic caucus", "Seats": "103"},
                                   {"Group": "Republican conference", "Seats": "47"}]
    assert "Democratic caucus: 103; Republican conference: 47" in seat_chart_svg(assembly)


def test_long_labels_wrap_inside_the_drawing_in_spanish():
    """'217: presidencia de la Cámara, proyectos de ley, juicio político' fit neither side of its line and
    ran off the left edge; now it wraps on the wider side and every line stays within the drawing."""
    from slate_explorer.data_text import translated
    from slate_explorer.i18n import in_language
    from slate_explorer.majority.seatchart import CHAR, place_labels

    with in_language("es"):
        house = compute_scenario(translated(SLATE), []).chambers["us_house"]
        placed = place_labels(threshold_marks(house.thresholds, house.seats), house.seats)
    long = next(p for p in placed if p.mark.needed == 217)
    assert len(long.lines) > 1 and " ".join(long.lines) == long.mark.label
    for p in placed:
        for line in p.lines:
            width = CHAR * len(line)
            left, right = (p.x + 4, p.x + 4 + width) if p.anchor == "start" else (p.x - 4 - width, p.x - 4)
            assert 0 <= left and right <= WIDTH, (line, left, right)
