"""The page-facing answers: one point or one typed id -> districts, races, members, notes."""

from __future__ import annotations

from slate_explorer.geo.district_answer import answer_for_district, answer_for_point, nearest_races


def test_an_answer_for_a_point_has_everything_the_page_shows(locator, slates, built):
    slate = slates[-1]
    answer = answer_for_point(locator, -122.4193, 37.7793, slate, built)
    assert answer.point == (-122.4193, 37.7793)
    assert answer.districts["us_house"] == "CA-11" and answer.districts["us_senate"] == "CA"
    assert "ca-11-2026" in [r.id for r in answer.races] and answer.nearest == []
    assert set(answer.representatives) == {"CA-11", "CA"}
    assert len(answer.representatives["CA"].members) == 2
    text = " ".join(answer.notes)
    assert "119th Congress" in text and "Not covered" in text
    assert "generalised" in text  # CA lookup uses the 1:20m file: say so
    assert "CA voted on new congressional lines in 2026" in text


def test_no_slate_race_gives_the_nearest_open_ones(locator, slates, built):
    slate = slates[-1]
    answer = answer_for_point(locator, -104.9903, 39.7392, slate, built)  # Denver
    assert answer.districts["us_house"] == "CO-01" and answer.races == []
    assert answer.nearest and all(r.status.value not in {"won", "lost"} for r, _ in answer.nearest)
    distances = [km for _, km in answer.nearest]
    assert distances == sorted(distances) and distances[0] > 100


def test_nearest_is_zero_inside_a_race_district(locator, slates):
    race, km = nearest_races(locator, -83.0458, 42.3314, slates[-1])[0]  # Detroit
    assert km == 0.0 and race.district in {"MI-13", "MI"}


def test_a_typed_district_id(slates, built):
    answer = answer_for_district("ny14", slates[-1], built)
    assert answer.point is None
    assert answer.districts["us_house"] == "NY-14" and answer.districts["us_senate"] == "NY"
    assert [r.id for r in answer.races] == ["ny-14-2026"]
    assert "Ocasio-Cortez" in answer.representatives["NY-14"].members[0].name
    assert answer_for_district("NY-AD-52", slates[-1], built).districts["state_house"] == "NY-AD-52"
    assert answer_for_district("NY-99", slates[-1], built) is None
    assert answer_for_district("hello", slates[-1], built) is None
