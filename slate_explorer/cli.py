"""`python -m slate_explorer COMMAND`: a thin layer over the same functions the app calls.

Each command is a module in `slate_explorer/commands/` with `HELP`, `add_arguments(parser)` and
`run(args) -> int`; this file only discovers and dispatches them (module data_messages is the
command data-messages).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from . import commands


def command_modules() -> dict:
    found = {}
    for info in pkgutil.iter_modules(commands.__path__):
        if not info.name.startswith("_"):
            found[info.name.replace("_", "-")] = importlib.import_module(f"{commands.__name__}.{info.name}")
    return dict(sorted(found.items()))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m slate_explorer", description="Slate Explorer data, geography and arithmetic tools.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module in command_modules().items():
        command = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except BrokenPipeError:  # `... | head` closed the pipe: not an error
        sys.stderr.close()
        return 0
