"""The published schema (datapackage.json) says what the row models enforce: every pattern, enumeration,
bound and required field, generated from the models (data/publish.py). Checked three ways: on values, the
published constraints and the model accept exactly the same cells; every shipped version publishes its
tables' schemas as the models write them now; and every cell of every shipped version meets them."""

from __future__ import annotations

import csv
import functools
import json
import re
from typing import Annotated

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from slate_explorer.data.models import TABLES
from slate_explorer.data.publish import cell_pattern, table_schema
from slate_explorer.data.versions import list_versions
from tests.versions import SHIPPED

CONSTRAINED = [(table, f["name"], f) for table in TABLES for f in table_schema(table)["fields"]
               if set(f.get("constraints", {})) - {"required"}]


def published_accepts(field: dict, cell: str) -> bool:
    """A non-blank CSV cell against one published field, as a Table Schema validator reads it."""
    rules = field.get("constraints", {})
    if field["type"] in ("integer", "number"):
        if not re.fullmatch(r"[+-]?\d+" if field["type"] == "integer" else r"[+-]?(\d+\.?\d*|\.\d+)", cell):
            return False
        number = float(cell)
        return (rules.get("minimum", number) <= number <= rules.get("maximum", number)
                and rules.get("exclusiveMinimum", number - 1) < number < rules.get("exclusiveMaximum", number + 1))
    if "enum" in rules and cell not in rules["enum"]:
        return False
    return "pattern" not in rules or re.fullmatch(rules["pattern"], cell) is not None


@functools.cache
def field_adapter(table: str, name: str) -> TypeAdapter:
    info = TABLES[table].model_fields[name]
    return TypeAdapter(Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation)


def model_accepts(table: str, name: str, cell: str) -> bool:
    try:
        field_adapter(table, name).validate_python(cell)
    except ValidationError:
        return False
    return True


def cells(field: dict):
    """Cells worth trying: ones the published pattern allows, near misses, the enumeration, any text."""
    rules = field["constraints"]
    found = [st.text(max_size=12), st.from_regex(r"[a-z0-9_;-]{1,12}", fullmatch=True)]
    if "pattern" in rules:
        allowed = st.from_regex(rules["pattern"], fullmatch=True).filter(lambda c: c == c.strip() and c)
        found += [allowed, allowed.map(lambda c: c + " x"), allowed.map(lambda c: c.upper())]
    if "enum" in rules:
        found.append(st.sampled_from(rules["enum"]))
    if field["type"] == "integer":
        found.append(st.integers(-5, 3000).map(str))
    if field["type"] == "number":
        found.append(st.decimals(-200, 200, places=2).map(str))
    return st.one_of(found)


@pytest.mark.parametrize("table, name, field", CONSTRAINED, ids=[f"{t}.{n}" for t, n, _f in CONSTRAINED])
@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_the_published_constraints_accept_what_the_model_accepts(table, name, field, data):
    cell = data.draw(cells(field))
    if cell.strip() != cell or not cell:
        return  # blank cells are null; the loader strips spaces before the model sees a value
    assert published_accepts(field, cell) == model_accepts(table, name, cell), (table, name, cell)


def test_every_required_field_and_every_pattern_of_the_models_is_published():
    published = {(t, f["name"]): f.get("constraints", {}) for t in TABLES for f in table_schema(t)["fields"]}
    for table, model in TABLES.items():
        schema = model.model_json_schema()
        for name, info in model.model_fields.items():
            rules = published[(table, name)]
            assert rules.get("required", False) == info.is_required(), (table, name)
            assert ("pattern" in rules) == ("pattern" in json.dumps(schema["properties"][name])), (table, name)
    assert sum("pattern" in rules for rules in published.values()) >= 44


def test_cell_patterns_have_no_anchors_and_keep_alternatives_together():
    assert cell_pattern("^[A-Z]{2}$") == "[A-Z]{2}"
    assert cell_pattern("^(D|R|I|other)$") == "(D|R|I|other)"
    assert cell_pattern("^a|b$") == "(a|b)"
    assert cell_pattern("^(a)|(b)$") == "((a)|(b))"


@pytest.mark.parametrize("version", list_versions(SHIPPED))
def test_every_shipped_version_publishes_the_models_schema(version):
    meta = json.loads((SHIPPED / version / "datapackage.json").read_text(encoding="utf-8"))
    for resource in meta["resources"]:
        assert resource["schema"] == table_schema(resource["name"]), (
            f"{version}/{resource['name']}: run `python -m slate_explorer publish slate_data/{version} --schemas-only`")


@pytest.mark.parametrize("version", list_versions(SHIPPED))
def test_every_cell_of_a_shipped_version_meets_its_published_constraints(version):
    meta = json.loads((SHIPPED / version / "datapackage.json").read_text(encoding="utf-8"))
    wrong = []
    for resource in meta["resources"]:
        fields = {f["name"]: f for f in resource["schema"]["fields"]}
        with open(SHIPPED / version / resource["path"], encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for name, cell in row.items():
                    if cell.strip() and not published_accepts(fields[name], cell.strip()):
                        wrong.append(f"{resource['path']}: {name}={cell!r}")
    assert wrong == []
