"""`python -m slate_explorer lookup|geodata`: the same functions, printed."""

from __future__ import annotations

import csv
import io
import json

from slate_explorer.cli import main
from slate_explorer.geo.ids import LEVELS


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_lookup_a_point_prints_json_with_one_id_per_level_and_races(built, capsys):
    code, out, _ = _run(capsys, "lookup", "--lat", "37.7793", "--lon", "-122.4193")
    data = json.loads(out)
    assert code == 0 and list(data) == [*LEVELS, "races"]
    assert data["us_house"] == "CA-11" and data["us_senate"] == "CA" and data["state_house"] is None
    assert "ca-11-2026" in data["races"]


def test_lookup_a_bad_point_is_an_error_message(built, capsys):
    code, out, err = _run(capsys, "lookup", "--lat", "95", "--lon", "-73")
    assert code == 2 and out == "" and "latitude" in err


def test_lookup_points_prints_one_csv_row_per_point(built, capsys, tmp_path):
    points = tmp_path / "points.csv"
    points.write_text("lon,lat\n-122.4193,37.7793\n-73.9903,40.6928\n-40,30\nbad,1\n")
    code, out, _ = _run(capsys, "lookup", "--points", str(points))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 4
    assert list(rows[0]) == ["lon", "lat", *LEVELS, "races"]
    assert rows[1]["us_house"] == "NY-07" and rows[1]["state_house"] == "NY-AD-52" and rows[1]["city"] == "NYC"
    assert rows[2]["us_house"] == "" and rows[3]["us_house"] == ""


def test_lookup_points_needs_lon_lat_columns(built, capsys, tmp_path):
    points = tmp_path / "points.csv"
    points.write_text("x,y\n1,2\n")
    code, _, err = _run(capsys, "lookup", "--points", str(points))
    assert code == 2 and "lon and lat" in err


def test_lookup_zip_lists_every_district_with_the_note(built, capsys):
    code, out, _ = _run(capsys, "lookup", "--zip", "11201")
    data = json.loads(out)
    assert code == 0 and data["districts"] == ["NY-07", "NY-08", "NY-10"]
    assert "span several districts" in data["note"]
    code, _, err = _run(capsys, "lookup", "--zip", "112")
    assert code == 2 and "5-digit" in err


def test_lookup_address_geocodes_then_looks_up_locally(built, capsys, fake_census, monkeypatch):
    monkeypatch.setenv("SLATE_GEOCODER_URL", fake_census.url)
    code, out, _ = _run(capsys, "lookup", "--address", "1 Dr Carlton B Goodlett Pl, San Francisco")
    data = json.loads(out)
    assert code == 0 and data["us_house"] == "CA-11" and data["point"] == {"lon": -122.4193, "lat": 37.7793}
    fake_census.mode = "nomatch"
    code, out, err = _run(capsys, "lookup", "--address", "1 Nowhere Rd, Springfield")
    assert code == 1 and "No match" in err and "Nowhere" not in err


def test_geodata_reports_current_layers(built, mirror, capsys):
    code, out, _ = _run(capsys, "geodata", "--mirror", str(mirror))
    assert code == 0 and "437 features" in out and "AL, CA, DC, GA, LA, NC, PR, TX" in out


def test_geodata_with_an_empty_mirror_says_what_is_missing(tmp_path, capsys):
    code, _, err = _run(capsys, "geodata", "--mirror", str(tmp_path), "--out", str(tmp_path / "build"))
    assert code == 1 and "is not in the mirror folder" in err
