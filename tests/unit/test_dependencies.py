"""Every third-party package the code imports is declared in pyproject.toml, and every declared one is
used (deptry's checks, on the project's own terms): the package's in `dependencies`, the app's in the
`app` extra. An undeclared import works on this machine and fails on a fresh install."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
FIRST_PARTY = {"slate_explorer", "views"}
# Declared but never imported by name: libraries another one loads for us.
LOADED_FOR_US = {
    "pyogrio": "geopandas reads the boundary files through it",
    "pyproj": "geopandas reprojects the boundaries through it",
}


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared(requirements: list[str]) -> set[str]:
    return {normal(re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0]) for r in requirements}


def imported(*parts: str) -> set[str]:
    """The distributions whose modules these files import (top-level names, stdlib and own code left out)."""
    modules = set()
    for part in parts:
        target = ROOT / part
        for path in [target] if target.is_file() else sorted(target.rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    modules |= {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    modules.add(node.module.split(".")[0])
    modules -= FIRST_PARTY | set(sys.stdlib_module_names)
    found = packages_distributions()
    unknown = sorted(m for m in modules if m not in found)
    assert not unknown, f"imported but installed by no distribution: {unknown}"
    return {normal(found[m][0]) for m in modules}


def test_the_package_declares_what_it_imports():
    package = declared(PROJECT["dependencies"])
    uses = imported("slate_explorer")
    assert uses - package == set(), "add these to pyproject.toml's dependencies"
    assert package - uses - set(LOADED_FOR_US) == set(), "declared in dependencies, never imported"


def test_the_app_declares_what_it_imports():
    app = declared(PROJECT["optional-dependencies"]["app"])
    uses = imported("app.py", "views")
    assert uses - app - declared(PROJECT["dependencies"]) == set(), "add these to the app extra"
    assert app - uses == set(), "declared in the app extra, never imported by the app"
