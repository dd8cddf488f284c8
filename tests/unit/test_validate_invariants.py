"""One direct test per invariant the validator proves, each on a fixture copy broken in exactly one way
(republished, so the checksums hold and only the invariant under test fails)."""

from __future__ import annotations

import json
import shutil

import pytest

from slate_explorer.data.problems import DataError
from slate_explorer.data.validate import validate_folder
from tests.unit.majority_packages import make_package
from tests.versions import FIXTURES, NEWER


def problems_of(tmp_path, replace=None, append=None) -> list[str]:
    try:
        make_package(tmp_path, base=NEWER, replace=replace, append=append)
    except DataError as err:  # make_package loads what it published: an invalid version raises
        return [str(p) for p in err.problems]
    return []


def test_the_fixture_is_valid_to_start_with(tmp_path):
    assert problems_of(tmp_path) == []


def test_party_seats_plus_vacancies_add_up_naming_the_rows(tmp_path):
    found = problems_of(tmp_path, replace={"chamber_parties.csv": [("us_house,D,213,", "us_house,D,214,")]})
    assert found == ["chambers.csv:2: seats: us_house: chamber_parties.csv 219 R (row 2) + 214 D (row 3) + 3 vacancies "
                     "= 436, not 435"]


def test_a_bloc_fits_its_chamber(tmp_path):
    found = problems_of(tmp_path, replace={"blocs.csv": [(",us_house,D,95,", ",us_house,D,436,")]})
    assert len(found) == 1 and found[0].startswith("blocs.csv:") and "436 exceeds the 435 seats of us_house" in found[0]


def test_a_bloc_fits_the_caucus_it_sits_in(tmp_path):
    found = problems_of(tmp_path, replace={"blocs.csv": [(",us_house,D,95,", ",us_house,D,214,")]})
    assert found == ["blocs.csv:2: members: 214 members, but the D caucus of us_house holds 213 seats in "
                     "chamber_parties.csv"]


def test_a_race_bloc_sits_in_the_race_chamber(tmp_path):
    found = problems_of(tmp_path, replace={"races.csv": [(",D,cpc-house,2019,", ",D,cpc-senate,2019,")]})
    assert len(found) == 1 and found[0].startswith("races.csv:")
    assert found[0].endswith("incumbent_bloc: bloc 'cpc-senate' sits in us_senate, not in this race's chamber us_house")


def test_every_voting_chamber_with_party_seats_has_a_pass_bill_rule(tmp_path):
    found = problems_of(tmp_path, replace={"rules.csv": [("ny_senate,pass-bill,", "ny_senate,pass-bills,")]})
    assert found == ["chambers.csv:6: id: ny_senate has no pass-bill rule in rules.csv: the majority it takes to pass a "
                     "bill must be given"]


def test_a_count_goes_with_fixed_count_rules_only(tmp_path):
    found = problems_of(tmp_path, replace={"rules.csv": [("us_house,pass-bill,majority_of_voting,,", "us_house,pass-bill,majority_of_voting,218,")]})
    assert found == ["rules.csv:3: count: a count is given for fixed_count rules, and only for them"]


def test_primary_before_general(tmp_path):
    found = problems_of(tmp_path, replace={"races.csv": [("2026,,2026-03-17,2026-11-03,", "2026,,2026-12-17,2026-11-03,")]})
    assert found == ["races.csv:3: primary_date: is after general_date"]


def test_primary_keys_are_unique(tmp_path):
    found = problems_of(tmp_path, append={"positions.csv": [(FIXTURES / NEWER / "positions.csv").read_text().splitlines()[1]]})
    assert len(found) == 1 and found[0].startswith("positions.csv:8: candidate_id+plank_id: duplicate id ")


def test_foreign_keys_point_at_rows_that_exist(tmp_path):
    found = problems_of(tmp_path, replace={"endorsements.csv": [(",official,zohran-mamdani,", ",official,nobody-at-all,")]})
    assert found == ["endorsements.csv:3: candidate_id: refers to unknown candidates id 'nobody-at-all'"]


def test_links_are_https_only(tmp_path):
    found = problems_of(tmp_path, replace={"candidates.csv": [("https://www.zohranfornyc.com/", "http://www.zohranfornyc.com/")]})
    assert found[0].startswith("candidates.csv:8: website: links must be https://")  # then rows that named it


def test_enumerations_and_required_fields(tmp_path):
    found = problems_of(tmp_path, replace={"races.csv": [(",open_seat,Open seat: Rep. Jan", ",running,Open seat: Rep. Jan")]})
    assert found[0].startswith("races.csv:3: status: Input should be")


def test_checksums_freeze_a_published_version(tmp_path):
    folder = shutil.copytree(FIXTURES / NEWER, tmp_path / NEWER)
    (folder / "planks.csv").write_text((folder / "planks.csv").read_text() + "\n")
    found = [str(p) for p in validate_folder(folder)[1]]
    assert len(found) == 1 and found[0].startswith("planks.csv: hash: checksum ") and "publish a new version" in found[0]


@pytest.mark.parametrize("edit, expected", [
    (lambda meta: meta.pop("title"), "datapackage.json: title: required"),
    (lambda meta: meta.update(version="2030-01-01"), "datapackage.json: version: is '2030-01-01', folder is '2025-11-25'"),
    (lambda meta: meta.update(resources=[r for r in meta["resources"] if r["name"] != "rules"]), "datapackage.json: resources.rules: not listed"),
    (lambda meta: meta["resources"][0].update(path="../../etc/passwd"), "datapackage.json: resources.sources.path: must be sources.csv, not '../../etc/passwd'"),
    (lambda meta: meta.update(resources="all"), "datapackage.json: resources: must be a list"),
])
def test_the_descriptor_is_complete_and_matches_its_folder(tmp_path, edit, expected):
    folder = shutil.copytree(FIXTURES / NEWER, tmp_path / NEWER)
    meta = json.loads((folder / "datapackage.json").read_text())
    edit(meta)
    (folder / "datapackage.json").write_text(json.dumps(meta))
    assert expected in [str(p) for p in validate_folder(folder)[1]]
