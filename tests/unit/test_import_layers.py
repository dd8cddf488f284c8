"""Who may import whom: the app never imports the tools; bench, deploy and tests share devtools/,
never each other (tests and bench may start the deployment layout, deploy/, which they measure)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = {
    "slate_explorer": {"bench", "deploy", "devtools", "tests", "streamlit", "views"},
    "views": {"bench", "deploy", "devtools", "tests"},
    "app.py": {"bench", "deploy", "devtools", "tests"},
    "deploy": {"bench", "tests"},
    "devtools": {"bench", "deploy", "tests"},
    "bench": {"tests"},
    "tests": {"bench"},
}


def imported_packages(path: Path) -> set[str]:
    """Top-level package names imported anywhere in a file, including the text of sitecustomize snippets."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def files_of(part: str) -> list[Path]:
    target = ROOT / part
    return [target] if target.is_file() else sorted(target.rglob("*.py"))


@pytest.mark.parametrize("part", FORBIDDEN)
def test_layers_import_only_what_they_may(part):
    wrong = {
        str(path.relative_to(ROOT)): sorted(imported_packages(path) & FORBIDDEN[part])
        for path in files_of(part)
    }
    assert {f: names for f, names in wrong.items() if names} == {}
