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


# --- inside the package: the layers of slate_explorer, top first ---------------------------------------
# Each part (a folder or a top-level module of slate_explorer) imports only parts of its own layer or of a
# layer below it, and no two parts import each other, even through others. A new part names its layer here.
PACKAGE = ROOT / "slate_explorer"
LAYERS = (
    ("the command line, and the server's readiness", {"__main__", "cli", "commands", "readiness"}),
    ("sharing and the static export", {"share"}),
    ("what each page shows", {"agenda", "changelog", "findview", "governing", "mapview", "picture_html", "picture_png"}),
    ("links: each page's URL state", {"routes"}),
    ("answers: arithmetic, geography, the voter's take-aways", {"geo", "guide", "house", "majority"}),
    ("a race and the data read on a day, in words", {"data_text", "display_status", "freshness", "labels", "overview",
                                                      "phase", "race_card", "race_day", "race_story"}),
    ("the data versions", {"data"}),
    ("the ground: language, escaping, file copies, operator log lines", {"compress", "i18n", "oplog", "text"}),
)
LAYER_OF = {part: depth for depth, (_name, parts) in enumerate(LAYERS) for part in parts}


def part_of(module: str) -> str | None:
    """slate_explorer.majority.rules -> majority; slate_explorer.labels -> labels; anything else -> None."""
    names = module.split(".")
    return names[1] if names[0] == "slate_explorer" and len(names) > 1 else None


def imported_modules(path: Path) -> set[str]:
    """Every slate_explorer module a file imports, relative imports resolved (`from . import x` -> pkg.x)."""
    module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    package = module.removesuffix(".__init__") if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parent + ([node.module] if node.module else []))
            found |= {base} | {f"{base}.{alias.name}" for alias in node.names}
    return {m for m in found if part_of(m) and ((PACKAGE / part_of(m)).is_dir() or (PACKAGE / f"{part_of(m)}.py").is_file())}


def part_arrows() -> dict[tuple[str, str], list[str]]:
    """(importing part, imported part) -> the files that make the arrow."""
    arrows: dict[tuple[str, str], list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        here = part_of(".".join(path.relative_to(ROOT).with_suffix("").parts))
        for module in imported_modules(path):
            there = part_of(module)
            if here and there and here != there:
                files = arrows.setdefault((here, there), [])
                files += [] if str(path.relative_to(ROOT)) in files else [str(path.relative_to(ROOT))]
    return arrows


def test_every_part_of_the_package_has_a_layer():
    parts = {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    parts |= {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    assert parts - set(LAYER_OF) == set(), "name their layer in LAYERS"
    assert set(LAYER_OF) - parts == set(), "LAYERS names parts the package no longer has"


def test_no_part_imports_a_part_above_it():
    upward = {f"{a} -> {b}": files for (a, b), files in part_arrows().items()
              if a in LAYER_OF and b in LAYER_OF and LAYER_OF[b] < LAYER_OF[a]}
    assert upward == {}, "an arrow runs up the layers: move the code to where both ends can use it"


def test_no_loop_between_parts():
    arrows = part_arrows()
    reach: dict[str, set[str]] = {}
    for a, b in arrows:
        reach.setdefault(a, set()).add(b)
    changed = True
    while changed:  # transitive closure; 25-odd parts
        changed = False
        for a, ends in reach.items():
            more = set().union(*(reach.get(b, set()) for b in ends)) - ends
            if more:
                ends |= more
                changed = True
    loops = {f"{a} -> {b}": files for (a, b), files in arrows.items() if a in reach.get(b, set())}
    assert loops == {}, "two parts import each other (through others): one of the arrows must go"
