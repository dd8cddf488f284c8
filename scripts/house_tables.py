"""Write a data version's House tables from the shared source files and the roster the app builds.

    .venv/bin/python scripts/house_tables.py SOURCES_DIR VERSION_FOLDER

SOURCES_DIR holds the files described in ../shared/sources/README.md (house-caucus-members.csv,
blue-dog-members-named.csv, president-2024-by-cd119.csv); the roster is geodata/build/roster.json
(congress-legislators snapshot of 2026-06-15). Writes house_members.csv, caucus_members.csv,
caucus_counts.csv and district_results.csv into the folder and appends the sources they cite to its
sources.csv; then run `python -m slate_explorer publish FOLDER` and `validate`.

The roster decides who sits, a list decides who is a member: listed ids that hold no House seat in the
roster (a senator, a member who left) are left out and reported. Only the Blue Dogs a source names are
listed; the rest are never guessed.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROSTER = ROOT / "geodata" / "build" / "roster.json"
ROSTER_DATE = "2026-06-15"
PARTY = {"Democrat": "D", "Republican": "R", "Independent": "I"}
DELEGATES = {"AS", "DC", "GU", "MP", "PR", "VI"}
REDRAWN_2026 = {"AL", "CA", "FL", "LA", "MO", "NC", "OH", "TN", "TX", "UT"}  # voted on new lines in 2026 (sources README)
CAUCUS_BLOC = {"progressive_caucus": ("cpc-house", "cpc-members-2026-05"), "new_dem": ("new-dem", "newdem-members-2026-05")}
LEGISLATORS_URL = ("https://raw.githubusercontent.com/unitedstates/congress-legislators/"
                   "dfa9622263dd4c8d08636926e498f1845704d7eb/legislators-current.yaml")

SOURCES = [
    {"id": "congress-legislators-2026-06-15", "title": "congress-legislators: legislators-current.yaml (snapshot of 2026-06-15)",
     "publisher": "unitedstates/congress-legislators (public domain)", "url": LEGISLATORS_URL, "published": ROSTER_DATE,
     "note": "The roster the app's district answers use: who held each House seat on 15 June 2026. Members of the "
             "120th Congress (from 3 January 2027) are not in it."},
    {"id": "cpc-members-2026-05", "title": "List of members of the Congressional Progressive Caucus", "publisher": "Wikipedia",
     "url": "https://en.wikipedia.org/wiki/List_of_members_of_the_Congressional_Progressive_Caucus", "accessed": "2026-05-16",
     "note": "Copied from the caucus's own member page (progressives.house.gov/caucus-members); list verified 16 May 2026, "
             "by bioguide id, via CSU-J3/cbt data/affiliations-seed.json (MIT). 96 ids: Sen. Sanders and one member whose "
             "seat (FL-20) is vacant in the 2026-06-15 roster are not House members there and are left out."},
    {"id": "newdem-members-2026-05", "title": "New Democrat Coalition: members", "publisher": "Wikipedia",
     "url": "https://en.wikipedia.org/wiki/New_Democrat_Coalition", "accessed": "2026-05-16",
     "note": "Copied from the coalition's member page (newdemocratcoalition.house.gov/members); list verified 16 May 2026, by "
             "bioguide id, via CSU-J3/cbt data/affiliations-seed.json (MIT). 117 ids, 115 of them in the 2026-06-15 roster."},
    {"id": "blue-dog-2025-02", "title": "Gluesenkamp Perez named to leadership of Blue Dog Coalition (Blue Dog Coalition release)",
     "publisher": "610 KONA", "url": "https://610kona.com/ixp/1144/p/gluesenkamp-perez-named-to-leadership-of-blue-dog-coalition",
     "published": "2025-02-10", "note": "Release of 10-11 February 2025 naming the coalition's leaders; with Rep. Gray, "
                                        "“the Coalition totals 10 members”. Only the members it names are listed."},
    {"id": "golden-blue-dog-bark", "title": "The Blue Dog Bark (Rep. Jared Golden's newsletter)", "publisher": "Jared Golden",
     "url": "https://jaredgolden.substack.com/", "note": "End of 2024: names Rep. Golden a Blue Dog (2024 co-chair); day not known."},
    {"id": "cpc-2026-08", "title": "Congressional Progressive Caucus: caucus members (August 2026)",
     "publisher": "Congressional Progressive Caucus", "url": "https://progressives.house.gov/",
     "note": "The caucus's site claimed 101 members including Sen. Sanders in August 2026 (one secondary copy; day not known)."},
    {"id": "downballot-president-2024-cd119", "title": "2024 and 2020 presidential results by congressional district (119th Congress lines)",
     "publisher": "The Downballot", "url": "https://www.the-downballot.com/",
     "note": "Calculated by The Downballot (Daily Kos Elections' series); copied from SamDaltonJr/texas_election_analysis "
             "@8bcbc458 texas_election_data/pdf_extracts/daily_kos_2020_2024_presidential_by_cd.csv. Whole percents. In AL, CA, "
             "FL, LA, MO, NC, OH, TN, TX and UT the 2026 elections used new lines: there these are the old districts."},
]
COUNTS = [  # bloc_id, members, as_of, approximate, listed, source_id, note
    ("cpc-house", 98, "2025-07-01", "true", "all", "cpc", "98 members in all in July 2025 (House members, 1 delegate, "
     "1 senator); the list in caucus_members.csv is the May 2026 one, House seats only."),
    ("cpc-house", 101, "2026-08-01", "true", "all", "cpc-2026-08", "101 including Sen. Sanders, as the caucus's site "
     "claimed in August 2026 (one secondary copy; the day is not known)."),
    ("new-dem", 115, "2026-06-15", "", "all", "newdem-members-2026-05", "115 members of the May 2026 list sit in the "
     "2026-06-15 roster: the letter's 115."),
    ("blue-dog", 10, "2025-02-10", "", "some", "blue-dog-2025-02", "10 members in the 119th Congress; only the members a "
     "source names are listed."),
]


def house_id(state: str, district: str) -> str:
    return f"{state}-{'AL' if district in ('AL', '00', '0') else district.zfill(2)}"


def member_rows(roster: dict) -> list[dict]:
    """Every seat of the 435 (the four vacant ones too) and the six delegates' seats."""
    rows = []
    for district in sorted(set(roster) | _voting_seats()):
        m = roster.get(district)
        rows.append({"district": district, "name": m and m["name"], "bioguide_id": m and m["bioguide"],
                     "party": m and PARTY[m["party"]], "delegate": "true" if district[:2] in DELEGATES else "",
                     "as_of": ROSTER_DATE, "source_id": "congress-legislators-2026-06-15"})
    return rows


def _voting_seats() -> set[str]:
    bounds = json.loads((ROOT / "geodata" / "build" / "bounds.json").read_text(encoding="utf-8"))
    return {d for d in bounds if len(d) == 5 and d[2] == "-" and d[:2] not in DELEGATES}


def caucus_rows(sources: Path, roster: dict) -> list[dict]:
    seats = {m["bioguide"]: (d, m) for d, m in roster.items()}
    rows = []
    with (sources / "house-caucus-members.csv").open(encoding="utf-8") as f:
        for listed in csv.DictReader(f):
            bloc, source = CAUCUS_BLOC[listed["caucus"]]
            seat = seats.get(listed["bioguide_id"])
            if seat is None:
                print(f"left out: {listed['caucus']} {listed['bioguide_id']} {listed['name'] or '(no name)'}: no House seat in the roster")
                continue
            rows.append(_caucus_row(bloc, seat, listed["list_verified"], source))
    return rows + blue_dog_rows(sources, roster)


def _caucus_row(bloc: str, seat: tuple, as_of: str, source: str, approximate: str = "", note: str = "") -> dict:
    district, m = seat
    return {"bloc_id": bloc, "bioguide_id": m["bioguide"], "name": m["name"], "district": district, "as_of": as_of,
            "approximate": approximate, "source_id": source, "note": note}


def blue_dog_rows(sources: Path, roster: dict) -> list[dict]:
    rows = []
    with (sources / "blue-dog-members-named.csv").open(encoding="utf-8") as f:
        for named in csv.DictReader(f):
            district = house_id(named["state"], named["district"])
            golden = named["confidence"] != "high"
            rows.append(_caucus_row("blue-dog", (district, roster[district]), "2024-12-31" if golden else "2025-02-10",
                                    "golden-blue-dog-bark" if golden else "blue-dog-2025-02", "true" if golden else "",
                                    f"{named['role']}." + (" End of 2024; the day is not known." if golden else "")))
    return rows


def result_rows(sources: Path) -> list[dict]:
    with (sources / "president-2024-by-cd119.csv").open(encoding="utf-8") as f:
        lines = list(csv.reader(f))[3:]
    return [{"district": d, "year": 2024, "dem_candidate": "Kamala Harris", "dem_pct": harris, "rep_candidate": "Donald Trump",
             "rep_pct": trump, "margin": margin, "lines": "119th Congress", "redrawn": "true" if d[:2] in REDRAWN_2026 else "", "source_id": "downballot-president-2024-cd119"}
            for d, _incumbent, _party, harris, trump, margin, *_rest in lines if d]


def write(path: Path, rows: list[dict], fields: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        out.writeheader()
        out.writerows({k: ("" if v is None else v) for k, v in row.items()} for row in rows)
    print(f"{path}: {len(rows)} rows")


def add_sources(folder: Path) -> None:
    path = folder / "sources.csv"
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields, known = reader.fieldnames, {row["id"] for row in reader}
    with path.open("a", encoding="utf-8", newline="") as f:
        out = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        out.writerows({k: s.get(k, "") for k in fields} for s in SOURCES if s["id"] not in known)


def main(sources: Path, folder: Path) -> None:
    roster = json.loads(ROSTER.read_text(encoding="utf-8"))["house"]
    write(folder / "house_members.csv", member_rows(roster), ["district", "name", "bioguide_id", "party", "delegate", "as_of", "source_id"])
    write(folder / "caucus_members.csv", caucus_rows(sources, roster),
          ["bloc_id", "bioguide_id", "name", "district", "as_of", "approximate", "source_id", "note"])
    fields = ["bloc_id", "members", "as_of", "approximate", "listed", "source_id", "note"]
    write(folder / "caucus_counts.csv", [dict(zip(fields, row)) for row in COUNTS], fields)
    write(folder / "district_results.csv", result_rows(sources),
          ["district", "year", "dem_candidate", "dem_pct", "rep_candidate", "rep_pct", "margin", "lines", "redrawn", "source_id"])
    add_sources(folder)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
