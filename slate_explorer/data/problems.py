"""A problem found in a data version, reported as `FILE:ROW: field: message`.

The field is a column's name wherever one can be found (a bad byte's column is found from its line); a
problem of the whole file says so in its place (`WHOLE_FILE`). A warning (`warning=True`, printed
`FILE:ROW: field: warning: message`) is told but does not stop the version being served: `errors()` keeps
what does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

WHOLE_FILE = "(whole file)"  # the field of a problem no single column has: the file is empty, missing, not JSON ...


@dataclass(frozen=True)
class Problem:
    file: str
    row: Optional[int]  # 1-based line in the file (the header is line 1); None for whole-file problems
    field: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        where = self.file if self.row is None else f"{self.file}:{self.row}"
        return f"{where}: {self.field}: {'warning: ' if self.warning else ''}{self.message}"


def errors(problems: list[Problem]) -> list[Problem]:
    """The problems that stop a version being served (not the warnings)."""
    return [p for p in problems if not p.warning]


class DataError(Exception):
    """A data version failed validation; `problems` lists every problem found."""

    def __init__(self, path, problems: list[Problem]):
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: {len(problems)} problem(s); first: {problems[0]}")
