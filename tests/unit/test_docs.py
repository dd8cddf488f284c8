"""The docs (README.md, the front door, and one guide per reader in docs/) document every link parameter
every page accepts, every CLI command and every setting, and link only to files that exist
(datasette's test_docs.py is the model)."""

from __future__ import annotations

import re
from pathlib import Path

from slate_explorer.cli import command_modules
from slate_explorer.routes import ROUTES, Common

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
DOCS = ROOT / "docs"
GUIDES = [README, *sorted(DOCS.glob("*.md"))]


def section(path: Path, heading: str) -> str:
    """The text under `## heading` in one guide, up to the next `## `."""
    return path.read_text(encoding="utf-8").split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]


def table_keys(text: str) -> list[str]:
    """The backquoted names in the first column of a Markdown table's rows."""
    rows = re.findall(r"^\|([^|]*)\|", text, flags=re.MULTILINE)
    return [name for row in rows for name in re.findall(r"`([^`]+)`", row)]


# --- link parameters: docs/using.md ------------------------------------------------------------------

def documented() -> dict[str, set[str]]:
    """The "Link parameters" table: path (or "every page") -> the parameters its rows name."""
    found: dict[str, set[str]] = {}
    for row in re.findall(r"^\|\s*`?([^|`]+?)`?\s*\|\s*`(\w+)`\s*\|", section(DOCS / "using.md", "Link parameters"),
                          flags=re.MULTILINE):
        found.setdefault(row[0].strip(), set()).add(row[1])
    return found


def test_docs_document_every_parameter_of_every_page():
    docs = documented()
    assert docs.get("every page") == set(Common.PARAMS), "docs/using.md: the parameters every page keeps"
    for route in ROUTES.values():
        path = "/" + route.path
        assert docs.get(path, set()) == set(route.state.PARAMS), f"docs/using.md: the parameters of {path}"


def test_docs_name_no_page_the_app_does_not_have():
    assert set(documented()) <= {"every page", *("/" + r.path for r in ROUTES.values())}


def test_readme_lists_every_page():
    pages = set(table_keys(section(README, "The main pages")))
    assert pages == {"/" + r.path for r in ROUTES.values()}, "README's main pages"


# --- the code's layout: docs/develop.md --------------------------------------------------------------

def test_layout_lists_every_package_folder():
    layout = section(DOCS / "develop.md", "Layout")
    folders = [p.parent.relative_to(ROOT).as_posix() for p in ROOT.glob("slate_explorer/*/__init__.py")]
    folders += [p for p in ("bench", "deploy", "geodata", "tests", "views") if (ROOT / p).is_dir()]
    missing = [f for f in folders if f"`{f}/`" not in layout]
    assert not missing, f"docs/develop.md's layout table does not list {missing}"


# --- CLI commands ------------------------------------------------------------------------------------

def test_docs_show_every_cli_command():
    text = "\n".join(p.read_text(encoding="utf-8") for p in GUIDES)
    missing = [name for name in command_modules() if f"python -m slate_explorer {name}" not in text]
    assert not missing, f"no guide shows `python -m slate_explorer {missing[0]}`" if missing else ""


# --- settings: docs/deploy.md ------------------------------------------------------------------------

def settings_read() -> set[str]:
    """Every environment variable the app, the package, the deployment and run.sh read."""
    found = set(re.findall(r"\$\{([A-Z_]+):-", (ROOT / "run.sh").read_text(encoding="utf-8")))
    for folder in ("slate_explorer", "views", "deploy"):
        for path in (ROOT / folder).rglob("*.py"):
            found |= set(re.findall(r"[\"'](SLATE_[A-Z_]+)[\"']", path.read_text(encoding="utf-8")))
    found |= set(re.findall(r"[\"'](SLATE_[A-Z_]+)[\"']", (ROOT / "app.py").read_text(encoding="utf-8")))
    return found


def test_deploy_guide_lists_every_setting():
    table = set(table_keys(section(DOCS / "deploy.md", "Settings")))
    read = settings_read()
    assert read - table == set(), f"docs/deploy.md's settings table lacks {sorted(read - table)}"
    assert table - read == set(), f"docs/deploy.md's settings table names settings nothing reads: {sorted(table - read)}"


# --- links between the guides ------------------------------------------------------------------------

def test_every_relative_link_in_the_guides_names_a_file():
    broken = []
    for guide in GUIDES:
        text = guide.read_text(encoding="utf-8")
        targets = re.findall(r"\]\(([^)\s]+)\)", text) + re.findall(r'<img src="([^"]+)"', text)
        for target in targets:
            path = target.split("#", 1)[0]
            if path and "://" not in path and not (guide.parent / path).exists():
                broken.append(f"{guide.relative_to(ROOT)}: {target}")
    assert not broken, broken
