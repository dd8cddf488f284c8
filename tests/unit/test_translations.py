"""Every user-visible string has a Spanish translation, and no page shows an untranslatable literal."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir

from slate_explorer import i18n

ROOT = Path(__file__).resolve().parents[2]
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
# Streamlit calls whose first argument (or label=) is shown to visitors.
SHOWN = {
    "title", "header", "subheader", "markdown", "caption", "write", "text", "button", "link_button", "selectbox",
    "radio", "multiselect", "text_input", "text_area", "metric", "info", "warning", "error", "success",
    "page_link", "download_button", "toggle", "checkbox", "slider", "select_slider", "number_input",
    "color_picker", "expander", "popover", "segmented_control", "pills", "form_submit_button", "spinner", "status",
    "toast", "tabs",
}
NOT_WORDS = {"Slate Explorer", "Language / Idioma"}  # the product's name; a label written in both languages


def extracted_messages() -> set[str]:
    mapping = [("app.py", "python"), ("views/**.py", "python"), ("slate_explorer/**.py", "python")]
    found = set()
    for _file, _line, message, _comments, _ctx in extract_from_dir(str(ROOT), method_map=mapping, keywords=KEYWORDS):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


def test_every_message_has_a_spanish_translation():
    catalogue = i18n.catalogue("es")
    missing = sorted(m for m in extracted_messages() if m not in catalogue)
    assert not missing, "Untranslated (add them to slate_explorer/locale/es/LC_MESSAGES/messages.po):\n" + "\n".join(missing)


def test_translations_keep_their_placeholders():
    for msgid, msgstr in i18n.catalogue("es").items():
        strings = msgstr if isinstance(msgstr, tuple) else (msgstr,)
        for text in strings:
            assert set(re.findall(r"\{\w*\}", text)) == set(re.findall(r"\{\w*\}", msgid)), msgid


def _literal_words(node: ast.AST) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return ""


def untranslated_literals(path: Path) -> list[str]:
    problems = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SHOWN):
            continue
        positional = [] if node.func.attr == "page_link" else node.args[:1]  # page_link's first argument is a path
        shown = positional + [k.value for k in node.keywords if k.arg in ("label", "help", "caption", "placeholder")]
        for arg in shown:
            words = re.sub(r"\]\([^)]*\)?", "]", _literal_words(arg))  # markdown link targets are addresses
            words = re.sub(r":[a-z]+\[", "[", words)  # markdown directives such as :small[...] are markup
            if re.search(r"[A-Za-z]{2}", words) and words not in NOT_WORDS:
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: {words[:60]!r}")
    return problems


@pytest.mark.parametrize("path", sorted([ROOT / "app.py", *(ROOT / "views").glob("*.py")]), ids=lambda p: p.name)
def test_pages_show_no_untranslated_literal(path):
    assert untranslated_literals(path) == []


def test_language_is_per_run_and_falls_back_to_english():
    assert i18n.set_language("xx") == "en"
    assert i18n._("Share this view") == "Share this view"
    i18n.set_language("es")
    try:
        assert i18n._("Share this view") != "Share this view"
        assert i18n.date_text(dt.date(2025, 11, 4)) == "4 de noviembre de 2025"
        assert i18n._("a string nobody translated") == "a string nobody translated"
    finally:
        i18n.set_language("en")
