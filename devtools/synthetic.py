"""Synthetic data versions at scale (100, 300, 1,000 races) for benchmarks and tests: never shipped.

    make_version(dest_root, races=1000) -> Path  # dest_root/<newest version's name>/, valid and published

A copy of the newest valid version under slate_data/ with races added until it holds `races` races, each
with one candidate, positions on the agenda's planks and endorsements from other candidates, so every page
and command has the same kind of work it would have with a national slate. District ids are real ones
(from the built boundary layers: every U.S. House district, then New York's Senate and Assembly districts,
then the House again for the next cycle), so the map colours them and `districts_overlapping` works on
them. The rows cite one added source saying they are generated. Deterministic: the same base and size
give the same files.

Use it as a data folder: `SLATE_DATA_DIR=dest_root` (the app, AppTest, the CLI), or `load_folder(path)`.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
from pathlib import Path

from slate_explorer.data.publish import publish
from slate_explorer.data.versions import data_root, list_versions, validate_cached

SIZES = (100, 300, 1000)
SOURCE_ID = "synthetic-benchmark"
PUBLISHED = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
STATUSES = ("challenger", "open_seat", "target", "challenger", "open_seat", "slate_incumbent")
CYCLES = {2026: ("2026-06-23", "2026-11-03"), 2028: ("2028-06-27", "2028-11-07")}
CHAMBERS = {"us_house": "us_house", "us_senate": "us_senate", "state_senate": "ny_senate",
            "state_house": "ny_assembly"}


def newest_valid(root: Path | None = None) -> Path:
    """The newest version folder that validates (what the app serves)."""
    root = root or data_root()
    for version in reversed(list_versions(root)):
        slate, problems = validate_cached(root / version)
        if slate is not None and not problems:
            return root / version
    raise RuntimeError(f"no valid data version under {root}")


def district_pool() -> list[tuple[str, str]]:
    """(level, district id) for every district of the built boundary layers, House first, then New York's
    Senate and Assembly, then the states (U.S. Senate)."""
    from slate_explorer.mapview.geometry import district_names  # needs geodata/build (run.sh builds it)

    house = sorted(district_names("us_house"))
    pool = [("us_house", d) for d in house]
    pool += [("state_senate", d) for d in sorted(district_names("state_senate"))]
    pool += [("state_house", d) for d in sorted(district_names("state_house"))]
    pool += [("us_senate", s) for s in sorted({d.split("-")[0] for d in house})]
    return pool


def make_version(dest_root: Path, races: int, base: Path | None = None, seed: int = 27) -> Path:
    """Copy `base` (default: the newest valid version) into dest_root and add races up to `races` in all."""
    base = Path(base) if base else newest_valid()
    folder = Path(dest_root) / base.name
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(base, folder)
    rows = _rows(folder)
    taken = {(r["level"], r["district"], r["cycle"]) for r in rows["races"]}
    plan = [(lvl, d, c) for c in CYCLES for lvl, d in district_pool() if (lvl, d, str(c)) not in taken]
    wanted = max(0, races - len(rows["races"]))
    if wanted > len(plan):
        raise ValueError(f"at most {len(rows['races']) + len(plan)} races can be made from the boundary layers")
    rng = random.Random(seed)
    planks = [p["id"] for p in rows["planks"]]
    made = [_race(level, district, cycle, n, rng) for n, (level, district, cycle) in enumerate(plan[:wanted])]
    people = [_candidate(race, n) for n, race in enumerate(made)]
    _append(folder, "sources", rows, [_source()])
    _append(folder, "races", rows, made)
    _append(folder, "candidates", rows, people)
    _append(folder, "positions", rows, [p for person in people for p in _positions(person, planks, rng)])
    _append(folder, "endorsements", rows, [e for person in people for e in _endorsements(person, people, rng)])
    publish(folder, f"Synthetic version: {races} races", "Generated for benchmarks and tests; not facts.",
            created=PUBLISHED)
    return folder


def _rows(folder: Path) -> dict[str, list[dict]]:
    tables = ("races", "planks")
    return {t: list(csv.DictReader((folder / f"{t}.csv").open(encoding="utf-8"))) for t in tables}


def _append(folder: Path, table: str, rows: dict, new: list[dict]) -> None:
    """Append rows under the file's own header (columns it lacks are left out, columns we lack are blank)."""
    path = folder / f"{table}.csv"
    with path.open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    text = path.read_text(encoding="utf-8")
    with path.open("a", encoding="utf-8", newline="") as handle:
        if not text.endswith("\n"):
            handle.write("\n")
        writer = csv.DictWriter(handle, header, extrasaction="ignore", lineterminator="\n")
        writer.writerows({k: row.get(k, "") for k in header} for row in new)


def _source() -> dict:
    return {"id": SOURCE_ID, "title": "Synthetic benchmark rows", "publisher": "Slate Explorer devtools",
            "note": "Generated by devtools/synthetic.py for benchmarks and tests; not facts."}


def _race(level: str, district: str, cycle: int, n: int, rng: random.Random) -> dict:
    state = district.split("-")[0]
    status = STATUSES[n % len(STATUSES)]
    primary, general = CYCLES[cycle]
    party = rng.choice("DDR")
    return {
        "id": f"syn-{district.lower()}-{cycle}", "level": level, "district": district, "state": state,
        "office": f"Synthetic {level} race, {district} ({cycle})", "chamber_id": CHAMBERS[level], "cycle": cycle,
        "primary_date": primary, "general_date": general, "incumbent": f"Incumbent {n}",
        "incumbent_party": "D" if status == "slate_incumbent" else party, "status": status,
        "source_id": SOURCE_ID,
    }


def _candidate(race: dict, n: int) -> dict:
    outcome = "incumbent" if race["status"] == "slate_incumbent" else "running"
    return {"id": f"syn-candidate-{n}", "name": f"Candidate {n}", "race_id": race["id"], "party": "D",
            "outcome": outcome, "source_id": SOURCE_ID}


def _positions(person: dict, planks: list[str], rng: random.Random) -> list[dict]:
    chosen = rng.sample(planks, k=min(len(planks), rng.randint(1, 4)))
    return [{"candidate_id": person["id"], "plank_id": p, "stance": "backs", "source_id": SOURCE_ID} for p in chosen]


def _endorsements(person: dict, people: list[dict], rng: random.Random) -> list[dict]:
    others = rng.sample(people, k=min(len(people), 3))
    return [{"endorser_id": o["id"], "endorser_name": o["name"], "endorser_kind": "slate",
             "candidate_id": person["id"], "source_id": SOURCE_ID} for o in others if o["id"] != person["id"]]
