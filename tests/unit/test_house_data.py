"""The House tables are checked against the roster and the caucuses' stated sizes, naming file:row:field;
a version without them still validates."""

from __future__ import annotations

from slate_explorer.data.validate import load_folder, validate_folder
from slate_explorer.house.seats import kind_counts, seats
from tests.unit.house_fixture import HOUSE_FIXTURE, copy_house, edit_rows
from tests.versions import FIXTURES, NEWER


def problems(folder) -> list[str]:
    return [str(p) for p in validate_folder(folder)[1] if p.field != "hash"]


def test_the_house_fixture_validates_and_has_435_seats():
    slate = load_folder(HOUSE_FIXTURE)
    assert len(seats(slate)) == 435
    assert sum(kind_counts(slate).values()) == 435


def test_a_version_without_house_tables_still_validates():
    assert validate_folder(FIXTURES / NEWER)[1] == []


def test_a_caucus_member_in_the_wrong_district_is_named_by_row(tmp_path):
    folder = copy_house(tmp_path)
    edit_rows(folder, "caucus_members", lambda lines: [lines[0].replace(",NC-12,", ",NC-11,"), *lines[1:]])
    assert "caucus_members.csv:2: district: NC-11, but house_members.csv seats A000370 in NC-12" in problems(folder)


def test_a_caucus_member_without_a_seat_is_named(tmp_path):
    folder = copy_house(tmp_path)
    edit_rows(folder, "house_members", lambda lines: [l for l in lines if not l.startswith("NC-12,")])
    found = problems(folder)
    assert "caucus_members.csv:2: bioguide_id: A000370 (Alma S. Adams) holds no seat in house_members.csv" in found
    assert "house_members.csv: district: lists 434 voting seats; chambers.csv row 2 gives us_house 435 seats" in found


def test_an_exact_stated_size_must_match_the_list(tmp_path):
    folder = copy_house(tmp_path)
    edit_rows(folder, "caucus_members", lambda lines: [l for l in lines if not l.startswith("new-dem,") or "MD-04" not in l])
    assert ("caucus_counts.csv:4: members: caucus_members.csv lists 114 members of new-dem; the stated size is 115 (exact)"
            in problems(folder))


def test_an_approximate_size_allows_five_percent_and_no_more(tmp_path):
    folder = copy_house(tmp_path)
    cpc = [l for l in (folder / "caucus_members.csv").read_text().splitlines() if l.startswith("cpc-house,")]
    edit_rows(folder, "caucus_members", lambda lines: [l for l in lines if l not in cpc[:1]])
    assert problems(folder) == []  # 93 listed against about 98-101: within 5
    edit_rows(folder, "caucus_members", lambda lines: [l for l in lines if l not in cpc[:2]])
    assert ("caucus_counts.csv:2: members: caucus_members.csv lists 92 members of cpc-house; the stated size is 98–101 "
            "(± 5, approximate)") in problems(folder)


def test_a_partial_list_may_not_name_more_than_the_stated_size(tmp_path):
    folder = copy_house(tmp_path)
    edit_rows(folder, "caucus_counts", lambda lines: [l.replace("blue-dog,10,", "blue-dog,4,") for l in lines])
    assert "caucus_counts.csv:5: members: caucus_members.csv lists 5 members of blue-dog, more than the 4 stated" in problems(folder)


def test_a_vacant_seat_has_no_party_and_a_result_needs_every_seat(tmp_path):
    folder = copy_house(tmp_path)
    edit_rows(folder, "house_members", lambda lines: [l.replace("CA-14,,,,", "CA-14,,,D,") for l in lines])
    edit_rows(folder, "district_results", lambda lines: [l for l in lines if not l.startswith("NY-10,")])
    found = problems(folder)
    assert any(p.startswith("house_members.csv:") and ": name: a seated member needs a name" in p for p in found), found
    assert "district_results.csv: district: no 2024 result for 1 voting seat(s): NY-10" in found


def test_a_margin_that_does_not_add_up_is_named(tmp_path):
    folder = copy_house(tmp_path)
    edit_rows(folder, "district_results", lambda lines: [l.replace("NY-10,2024,Kamala Harris,79,Donald Trump,19,60,",
                                                                   "NY-10,2024,Kamala Harris,79,Donald Trump,19,50,") for l in lines])
    assert any(p.endswith(": margin: 50.0 does not match 79.0 − 19.0") for p in problems(folder))
