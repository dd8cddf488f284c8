"""Every user-visible string has a Spanish translation, and no page shows an untranslatable literal."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from jinja2 import nodes

from slate_explorer import i18n
from slate_explorer.share import export

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
TEMPLATES = "slate_explorer/share/templates/**.html"  # the static export's pages (jinja2)


def extracted_messages() -> set[str]:
    mapping = [("app.py", "python"), ("views/**.py", "python"), ("slate_explorer/**.py", "python"),
               (TEMPLATES, "jinja2")]
    options = {TEMPLATES: {"silent": "false"}}  # a template that does not parse fails here, not quietly
    found = set()
    for _file, _line, message, _comments, _ctx in extract_from_dir(str(ROOT), method_map=mapping, options_map=options,
                                                                    keywords=KEYWORDS):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


def test_every_message_has_a_spanish_translation():
    catalogue = i18n.catalogue("es")
    missing = sorted(m for m in extracted_messages() if m not in catalogue)
    assert not missing, "Untranslated (add them to slate_explorer/locale/es/LC_MESSAGES/messages.po):\n" + "\n".join(missing)


SOURCES = [ROOT / "app.py", *(ROOT / "views").glob("*.py"), *(ROOT / "slate_explorer").rglob("*.py")]


def gettext_calls(path: Path):
    """(line, message, inside an f-string) for every `_()`/`N_()`/`ngettext()` with a literal message,
    found in the syntax tree: Babel's extractor (and so the test above) does not look inside f-strings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    in_fstring = {id(n) for f in ast.walk(tree) if isinstance(f, ast.JoinedStr) for n in ast.walk(f)}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in KEYWORDS
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            yield node.lineno, node.args[0].value, id(node) in in_fstring


def test_every_gettext_call_in_the_code_has_a_spanish_translation():
    catalogue = i18n.catalogue("es")
    missing = [f"{p.relative_to(ROOT)}:{line}: {message[:60]!r}"
               for p in SOURCES for line, message, _inner in gettext_calls(p) if message not in catalogue]
    assert not missing, "Untranslated:\n" + "\n".join(missing)


def test_no_gettext_call_inside_an_f_string():
    """update-translations extracts with Babel, which skips f-strings: such a message never reaches the catalogue."""
    found = [f"{p.relative_to(ROOT)}:{line}: {message[:60]!r}"
             for p in SOURCES for line, message, inner in gettext_calls(p) if inner]
    assert not found, "Move these _() calls out of f-strings:\n" + "\n".join(found)


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


GETTEXT = {"_", "gettext", "ngettext"}
NOT_SHOWN = (nodes.Compare, nodes.Test, nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)
VISIBLE_ATTRIBUTES = r'\b(?:aria-label|title|alt|placeholder)="([^"]*)"'


def _shown_constants(node: nodes.Node):
    """String literals a template outputs, outside gettext calls. Not shown: comparison operands,
    filter arguments (separators, attribute names) and the names of included templates."""
    if isinstance(node, nodes.Const):
        if isinstance(node.value, str):
            yield node.value
    elif isinstance(node, nodes.Call) and isinstance(node.node, nodes.Name) and node.node.name in GETTEXT:
        return
    elif isinstance(node, nodes.Filter):
        if node.node is not None:
            yield from _shown_constants(node.node)
    elif not isinstance(node, NOT_SHOWN):
        for child in node.iter_child_nodes():
            yield from _shown_constants(child)


def untranslated_template_text(path: Path) -> list[str]:
    """Words a template shows that do not go through `_()`: raw text between tags, visible attributes
    (aria-label, title, alt, placeholder) and string literals in expressions."""
    env = export.environment()
    source = path.read_text(encoding="utf-8")
    # The text between template tags, \x00 where an expression or a block tag was.
    raw = "\x00".join(value for _line, kind, value in env.lex(source) if kind == "data")
    raw = re.sub(r"<(style|script)\b.*?</\1>", " ", raw, flags=re.S)
    shown = re.findall(VISIBLE_ATTRIBUTES, raw) + re.split(r"<[^>]*>|\x00", re.sub(r"&\w+;", " ", raw))
    shown += list(_shown_constants(env.parse(source)))
    words = [re.sub(r"\s+", " ", text).strip() for text in shown]
    names = "|".join(map(re.escape, NOT_WORDS))
    return [text[:60] for text in words if re.search(r"[A-Za-z]{2}", re.sub(names, "", text))]


@pytest.mark.parametrize("path", sorted((ROOT / "slate_explorer/share/templates").rglob("*.html")), ids=lambda p: p.name)
def test_export_templates_show_no_untranslated_text(path):
    assert untranslated_template_text(path) == []


def test_the_template_check_finds_raw_words(tmp_path):
    page = tmp_path / "page.html"
    page.write_text('{% if x == "special" %}<p title="{{ _(\'Fine\') }}">{{ y|join(", ") }}</p>{% endif %}',
                    encoding="utf-8")
    assert untranslated_template_text(page) == []
    page.write_text('<p aria-label="Map">{{ a or "no one" }} Sources: {{ _("Fine") }}</p>', encoding="utf-8")
    assert sorted(untranslated_template_text(page)) == ["Map", "Sources:", "no one"]


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


def test_in_language_runs_a_block_in_a_language_and_restores_the_one_before():
    with i18n.in_language("es") as lang:
        assert lang == "es" and i18n._("Legend") == "Leyenda"
        with i18n.in_language("xx"):
            assert i18n._("Legend") == "Legend"
        assert i18n.language() == "es"
    assert i18n.language() == "en"


def test_spanish_words_agree_with_what_they_describe():
    """'Primaria: no registrado' mixed genders; a state is named in Spanish; a senator is named by office, as the
    other roles are ("Delegada o delegado"), not by the chamber ("Senado de EE. UU. (NY): Charles E. Schumer",
    issue 24)."""
    from slate_explorer import labels
    from slate_explorer.findview.answer import ROLE_LABELS, district_name

    with i18n.in_language("es"):
        assert f"{i18n._('Primary')}: {i18n.date_text(None)}" == "Primaria: sin registrar"
        names = {"NY": labels.state_name("New York")}
        assert district_name("us_house", "NY-14", names) == "Nueva York, distrito 14 del Congreso"
        assert i18n._(ROLE_LABELS["Senator"]) == "Senador o senadora"


def test_a_word_that_is_also_a_plural_entry_translates_alone():
    """`_("race")` read English on the Spanish changelog ("race: ahora MO-01 …"): the catalogue holds "race"
    only as the singular of ngettext("race", "races", n)."""
    with i18n.in_language("es"):
        assert i18n._("race") == i18n.ngettext("race", "races", 1) != "race"
