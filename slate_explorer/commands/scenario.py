"""`scenario --wins ID,GROUP,...|all|none|today [--prob ID=P,...] [--prob-default P] [--assume CHAMBER:D220-R215,...]
[--today YYYY-MM-DD] [--json]`: what a coordinated majority would pass.

`--wins`, `--prob` and `--assume` are read by the majority page's own state (`routes.MajorityState`, whose
scenario values are read in routes/scenario_values.py) on the day `--today`, as a page reads its link on
the day it is shown, so every value a link's `?wins=` / `?prob=` accepts means the same here (groups such
as `level:us_house.state:ny`, compact sets, `-` to take races out); where a link would be ignored, this
refuses it. `--prob-default P` gives every open race the chance P (`*:P` before --prob). Only races still
open on --today can be chosen (phase.py).
"""

from __future__ import annotations

import sys

from ..majority import ScenarioError, VoteModel, compute_scenario, contestable_races
from ..majority.explain import error_text, scenario_sentences
from ..routes import Common, MajorityState, link
from ..routes.scenario_values import EVERY, read_wins, share_param
from ..share.links import public_base
from ._common import add_today_argument, add_version_arguments, print_json, slate_from_args

HELP = "compute a scenario: which slate races are won, and what the bloc could then pass"


def add_arguments(parser) -> None:
    parser.add_argument(
        "--wins", default="none", help="races won, as in ?wins=: race ids and groups (level:us_house.state:ny, "
        "status:open_seat), comma-separated, '-' before one to take it out; 'all', or 'none'/'today' (default: none)"
    )
    add_version_arguments(parser)
    parser.add_argument(
        "--prob", default="", help="win probabilities, e.g. il-09-2026=0.4,mi-13-2026=0.25 or state:ny=0.6 (exact distributions)"
    )
    parser.add_argument(
        "--prob-default", type=float, default=None, metavar="P",
        help="the same win probability for every race still open (--prob then sets the exceptions)",
    )
    parser.add_argument(
        "--caucus-rest-yes",
        type=float,
        default=VoteModel.caucus_rest_yes,
        help="share of the rest of the bloc's caucus voting yes (default %(default)s)",
    )
    parser.add_argument(
        "--other-yes",
        type=float,
        default=VoteModel.other_yes,
        help="share of all other members voting yes (default %(default)s)",
    )
    parser.add_argument(
        "--signing-parties",
        default="",
        help="parties whose executives are assumed to sign, e.g. D (default: only the slate's own)",
    )
    parser.add_argument(
        "--assume", default="",
        help="party seats assumed for a term the data does not record, as in ?assume=: us_house:D220-R215,ny_senate:D40-R23 "
             "(default: the last recorded term's split)",
    )
    add_today_argument(parser, "the day the scenario is read on: races decided by then cannot be chosen")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")


def parse_scenario(args, slate) -> tuple[MajorityState, list[str]]:
    """--wins, --prob-default and --prob through the page's parser; ValueError or ScenarioError with a plain message."""
    asked = {"wins": args.wins} if args.wins.strip() else {}
    if args.prob_default is not None and share_param(str(args.prob_default)) is None:
        raise ValueError(f"--prob-default expects a probability from 0 to 1, not {args.prob_default!r}")
    default = [f"{EVERY}:{args.prob_default}"] if args.prob_default is not None else []
    prob = ",".join(default + ([args.prob.replace("=", ":")] if args.prob.strip() else []))  # ID=P here, ID:P in a link
    if prob:
        asked["prob"] = prob
    if args.assume.strip():
        asked["assume"] = args.assume
    state, notes = MajorityState.parse(asked, slate, args.today)
    reading = read_wins(args.wins, slate, args.today)
    if reading is None:
        raise ValueError(f"--wins expects race ids, groups or all/none, not {args.wins!r}")
    if reading.unknown or (reading.decided and not reading.races):
        raise ScenarioError(reading.unknown, reading.decided)  # names every unknown id and every race decided
    if prob and not state.prob:
        raise ValueError(f"--prob expects ID=PROBABILITY pairs such as il-09-2026=0.4, each a race still to be "
                         f"decided and a probability from 0 to 1, not {args.prob!r}")
    if asked.get("assume") and not state.assume:
        raise ValueError(f"--assume expects CHAMBER:PARTYSEATS-PARTYSEATS such as us_house:D220-R215, for voting "
                         f"chambers with terms, no more seats than the chamber has, not {args.assume!r}")
    return state, notes


def run(args) -> int:
    slate = slate_from_args(args)
    try:
        state, notes = parse_scenario(args, slate)
        model = VoteModel(
            caucus_rest_yes=args.caucus_rest_yes,
            other_yes=args.other_yes,
            signing_parties=tuple(p.strip() for p in args.signing_parties.split(",") if p.strip()),
        )
        result = compute_scenario(slate, state.wins, state.prob or None, model, today=args.today, assume=state.assume)
    except ScenarioError as err:
        print(error_text(err, contestable_races(slate, args.today)), file=sys.stderr)
        return 2
    except ValueError as err:
        print(str(err), file=sys.stderr)
        return 2
    for note in notes:
        print(note, file=sys.stderr)
    if args.json:
        print_json({**result.to_dict(), "today": args.today.isoformat()})
        return 0
    print_summary(result)
    shown = MajorityState.of(slate, args.today, wins=result.wins, prob=state.prob, model=model, assume=state.assume)
    print(f"\nThis scenario on the site: {link('majority', shown, Common(v=result.version), public_base())}")
    return 0


def print_summary(result) -> None:
    text = scenario_sentences(result)
    print(f"Data version {result.version}. Wins: {', '.join(result.wins) or 'none (today)'}.")
    for cid, sentences in text["chambers"].items():
        print(f"\n{result.chambers[cid].name}")
        if text["terms"].get(cid):
            print(f"  {text['terms'][cid]}")
        for sentence in sentences:
            print(f"  - {sentence}")
        for sentence in text.get("probabilities", {}).get(cid, []):
            print(f"  - {sentence}")
    print("\nWho signs")
    for eid, sentence in text["executives"].items():
        print(f"  - {sentence}")
        if eid in text.get("office_probabilities", {}):
            print(f"    {text['office_probabilities'][eid]}")
    print("\nAgenda")
    for pid, sentence in text["planks"].items():
        print(f"  - {sentence}")
        if pid in text.get("plank_probabilities", {}):
            print(f"    {text['plank_probabilities'][pid]}")
    print("\nVote model")
    for sentence in text["model"]:
        print(f"  - {sentence}")
    print("\nWhat it takes")
    for sentence in text["what_it_takes"]:
        print(f"  - {sentence}")
    print("\nNotes")
    for sentence in dict.fromkeys(text["notes"]):
        print(f"  - {sentence}")
