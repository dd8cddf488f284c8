"""A problem found in a data version, reported as `FILE:ROW: field: message`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Problem:
    file: str
    row: Optional[int]  # 1-based line in the file (the header is line 1); None for whole-file problems
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file if self.row is None else f"{self.file}:{self.row}"
        return f"{where}: {self.field}: {self.message}"


class DataError(Exception):
    """A data version failed validation; `problems` lists every problem found."""

    def __init__(self, path, problems: list[Problem]):
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: {len(problems)} problem(s); first: {problems[0]}")
