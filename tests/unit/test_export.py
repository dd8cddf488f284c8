"""The static export: valid HTML5, only local script/style/data addresses, escaped data, both versions,
English and Spanish pages linked to each other."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import html5lib
import pytest

from slate_explorer.data.validate import load_folder
from slate_explorer.data.versions import data_root
from slate_explorer.geo.build import ensure_layers
from slate_explorer.i18n import catalogue
from slate_explorer.mapview import publish
from slate_explorer.share.export import export_site
from tests.hostile_data import hostile_version

VERSIONS = sorted(p.name for p in data_root().iterdir() if p.is_dir() and (p / "datapackage.json").is_file())  # the fixtures
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(bool(publish.vendor_missing()), reason="run scripts/vendor-js.sh first")


@pytest.fixture(scope="module", autouse=True)
def layers():
    ensure_layers()


@pytest.fixture(scope="module", params=VERSIONS)
def site(request, tmp_path_factory):
    slate = load_folder(data_root() / request.param)
    out = tmp_path_factory.mktemp(f"site-{request.param}")
    return slate, export_site(slate, out)


def pages(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


def parse(path: Path):
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(path.read_bytes())


def test_both_fixture_versions_are_covered():
    assert {"2025-07-10", "2025-11-25"} <= set(VERSIONS)


def test_one_page_per_race_plus_index_in_each_language(site):
    slate, result = site
    names = {p.relative_to(result.out).as_posix() for p in pages(result.out)}
    english = {"index.html", *(f"races/{r}.html" for r in slate.races)}
    assert names == english | {f"es/{name}" for name in english}
    assert result.pages == 2 * (len(slate.races) + 1)


def test_every_page_is_valid_html5(site):
    _slate, result = site
    for path in pages(result.out):
        parse(path)  # strict: raises on the first parse error


def local_addresses(path: Path) -> list[str]:
    tree = parse(path)
    found = [e.get("src") for e in tree.iter("script") if e.get("src")]
    found += [e.get("href") for e in tree.iter("link")
              if e.get("rel") in ("stylesheet", "icon", "preload", "modulepreload")]
    return found


def page_scripts(path: Path) -> str:
    """The map scripts a page loads (its own and those it shares with other pages), not Leaflet."""
    sources = [a for a in local_addresses(path) if a.endswith(".js") and "vendor/" not in a]
    return "\n".join((path.parent / a).read_text(encoding="utf-8") for a in sources)


def test_race_pages_share_the_map_code_and_their_level_districts(site):
    """A race page's own script is a few lines: the map's code and its level's districts are written once
    per language and shared (inlined, every page carried every district of its level: quadratic size)."""
    slate, result = site
    for folder in ("", "es/"):
        own = [p.with_suffix(".js") for p in (result.out / folder / "races").glob("*.html")]
        assert len(own) == len(slate.races) and all(p.stat().st_size < 1500 for p in own)
        shared = sorted(p.name for p in (result.out / folder / "races").glob("*.js") if p.with_suffix(".html") not in
                        {q.with_suffix(".html") for q in own})
        assert shared == sorted({"map.js", *(f"level-{r.level.value}.js" for r in slate.races.values())})


def test_an_export_into_the_last_exports_folder_writes_only_what_changed(tmp_path):
    slate = load_folder(data_root() / VERSIONS[-1])
    first = export_site(slate, tmp_path, today=dt.date(2026, 1, 15))
    stamps = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    again = export_site(slate, tmp_path, today=dt.date(2026, 1, 15))
    assert first.written > 50 and again.written == 0
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()} == stamps  # nor recompressed
    later = export_site(slate, tmp_path, today=dt.date(2026, 12, 7))  # statuses and notices change with the day
    assert 0 < later.written < first.written


def test_scripts_styles_data_and_layers_are_local_relative_files(site):
    _slate, result = site
    for path in pages(result.out):
        addresses = local_addresses(path)
        text = path.read_text(encoding="utf-8")
        script = page_scripts(path)  # the page's map scripts
        # The GeoJSON the map fetches is relative to the page (fetch resolves against the document).
        addresses += re.findall(r'"(?:layer|outlines)":"([^"]+)"', script)
        addresses += re.findall(r'href="([^"]+\.json)"', text)
        assert len(addresses) >= 5, path
        for address in addresses:
            assert not re.match(r"^([a-z][a-z0-9+.-]*:|//|/)", address, re.I), (path, address)
            assert (path.parent / address).resolve().is_file(), (path, address)
        assert "/app/static" not in text + script and "cdn" not in (text + script).lower()


def test_every_relative_address_is_a_file_of_the_site(site):
    """Links, alternates, scripts and styles: from the top folder and from es/races/ alike."""
    _slate, result = site
    for path in pages(result.out):
        tree = parse(path)
        addresses = [e.get("href") for e in [*tree.iter("a"), *tree.iter("link")]]
        addresses += [e.get("src") for e in tree.iter("script")]
        relative = [a for a in addresses if a and not re.match(r"^https://", a)]
        assert len(relative) >= 6, path
        for address in relative:
            target = (path.parent / address).resolve()
            assert target.is_file() and target.is_relative_to(result.out.resolve()), (path, address)


def alternate_hrefs(path: Path) -> dict[str, str]:
    return {e.get("hreflang"): e.get("href") for e in parse(path).iter("link") if e.get("rel") == "alternate"}


def alternates(path: Path) -> dict[str, Path]:
    return {lang: (path.parent / href).resolve() for lang, href in alternate_hrefs(path).items()}


def test_each_page_names_its_versions_in_both_languages(site):
    slate, result = site
    out = result.out.resolve()
    for page in ["index.html", *(f"races/{r}.html" for r in slate.races)]:
        english, spanish = out / page, out / "es" / page
        assert alternates(english) == alternates(spanish) == {"en": english, "es": spanish, "x-default": english}
        for here, there, lang, name in [(english, spanish, "es", "Español"), (spanish, english, "en", "English")]:
            switch = [a for a in parse(here).iter("a") if a.get("hreflang")]
            assert [(a.get("lang"), a.text) for a in switch] == [(lang, name)], here
            assert (here.parent / switch[0].get("href")).resolve() == there


def test_spanish_pages_are_in_spanish(site):
    slate, result = site
    index = parse(result.out / "es" / "index.html")
    assert index.get("lang") == "es" and parse(result.out / "index.html").get("lang") == "en"
    body = " ".join("".join(index.find("body").itertext()).split())
    assert "Todas las contiendas de la lista" in body and "Every slate race" not in body
    legend = next(e for e in index.iter("div") if e.get("role") == "list")
    entries = ["".join(item.itertext()).strip() for item in legend if item.get("role") == "listitem"]
    assert legend.get("aria-label") == "Leyenda"
    assert {"T Titular de la lista", "E Escaño abierto", "Sin contienda de la lista"}  # letters from the Spanish words <= set(entries)
    assert "Open seat" not in body and "No slate race" not in body
    assert f"Versión de datos {slate.version} (al " in body and " de 2025)" in body  # the date written for Spanish
    script = (result.out / "es" / "index.js").read_text(encoding="utf-8")
    assert "No se pudieron cargar" in script and "Situaci\\u00f3n:" in script  # error text and tooltips
    race = next(r for r in slate.races.values() if r.primary_date)
    card = " ".join("".join(parse(result.out / "es" / "races" / f"{race.id}.html").find("body").itertext()).split())
    assert f"Las primarias " in card and f" el {race.primary_date.day} de " in card  # the story, in the tense of the day
    assert "Incruste esta contienda en su sitio" in card
    assert "Primary:" not in card and "The primary" not in card and "Embed this race" not in card


def test_spanish_pages_show_data_text_in_spanish_and_the_data_file_stays_as_published(site):
    slate, result = site
    words = catalogue("es", "data")
    race = slate.races["il-09-2026"]
    text = lambda path: " ".join("".join(parse(result.out / path).find("body").itertext()).split())  # noqa: E731
    spanish, english = text("es/races/il-09-2026.html"), text("races/il-09-2026.html")
    assert words[race.office] in spanish and words[race.status_note] in spanish
    assert race.office not in spanish and race.status_note not in spanish
    assert race.office in english and race.status_note in english and words[race.office] not in english
    assert words[race.office] in text("es/index.html") and race.office in text("index.html")
    incumbent = slate.races["ny-08-2026"].incumbent  # "Hakeem Jeffries (House Democratic Leader)": in the tooltip
    assert json.dumps(words[incumbent])[1:-1] in (result.out / "es" / "index.js").read_text(encoding="utf-8")
    assert json.dumps(incumbent)[1:-1] in (result.out / "index.js").read_text(encoding="utf-8")
    data = json.loads((result.out / "data" / f"{slate.version}.json").read_text(encoding="utf-8"))
    assert next(r for r in data["races"] if r["id"] == race.id)["office"] == race.office


def test_no_inline_scripts_so_a_strict_csp_serves_the_site(site):
    _slate, result = site
    for path in pages(result.out):
        scripts = list(parse(path).iter("script"))
        assert scripts and all(s.get("src") and not (s.text or "").strip() for s in scripts), path


def test_race_page_has_card_meta_and_its_snippet(site):
    slate, result = site
    race = next(iter(slate.races.values()))
    tree = parse(result.out / "races" / f"{race.id}.html")
    meta = {m.get("property") or m.get("name"): m.get("content") for m in tree.iter("meta")}
    assert race.district in meta["og:title"] and meta["twitter:card"] == "summary_large_image"
    assert "og:url" not in meta  # no public address given
    assert meta["og:image"] == "../images/picture.png" == meta["twitter:image"]  # relative: no public address
    snippet = next(tree.iter("textarea")).text
    assert snippet.startswith("<iframe") and f'src="{race.id}.html?embed=true"' in snippet
    text = "".join(tree.find("body").itertext())
    for candidate in slate.candidates_in(race.id):
        assert candidate.name in text


def test_data_json_is_the_version(site):
    slate, result = site
    data = json.loads((result.out / "data" / f"{slate.version}.json").read_text(encoding="utf-8"))
    assert data["version"] == slate.version
    assert {r["id"] for r in data["races"]} == set(slate.races)
    assert len(data["candidates"]) == len(slate.candidates)


def test_base_url_gives_og_url_absolute_alternates_and_snippets(tmp_path):
    slate = load_folder(data_root() / VERSIONS[-1])
    export_site(slate, tmp_path, "https://slate.example.org/site/")
    race = sorted(slate.races)[0]
    site = "https://slate.example.org/site"
    for folder in ("", "es/"):
        tree = parse(tmp_path / f"{folder}races" / f"{race}.html")
        meta = {m.get("property") or m.get("name"): m.get("content") for m in tree.iter("meta")}
        assert meta["og:url"] == f"{site}/{folder}races/{race}.html"
        assert f'src="{site}/{folder}races/{race}.html?embed=true"' in next(tree.iter("textarea")).text
        english, spanish = f"{site}/races/{race}.html", f"{site}/es/races/{race}.html"
        assert alternate_hrefs(tmp_path / f"{folder}races" / f"{race}.html") == {"en": english, "es": spanish, "x-default": english}
    assert alternate_hrefs(tmp_path / "es" / "index.html") == {"en": f"{site}/", "es": f"{site}/es/", "x-default": f"{site}/"}


def test_hostile_names_are_escaped(tmp_path):
    slate = load_folder(hostile_version(tmp_path / "data"))
    result = export_site(slate, tmp_path / "site")
    for path in pages(result.out):
        tree = parse(path)
        text = path.read_text(encoding="utf-8")
        # No payload became markup: no injected element, attribute or javascript: address.
        assert not [e for e in tree.iter("img")] and not [e for e in tree.iter("iframe")]
        assert not [e for e in tree.iter("svg") if e.get("onload")] and "<svg" not in text
        # Map data: tooltips are escaped HTML inside JSON (no raw markup even in the script file).
        script = page_scripts(path)
        assert "<img" not in script and "<script" not in script and "<svg" not in script
        assert not [a for a in tree.iter("a") if (a.get("href") or "").lower().startswith("javascript:")]
        assert "&lt;img src=x" in text or path.name != "index.html"  # shown as text
    for folder in ("", "es/"):  # both languages
        index = parse(result.out / folder / "index.html")
        body = "".join(index.find("body").itertext())
        assert "<img src=x onerror=window.__pwned=1>" in body
        inline = (result.out / folder / "index.js").read_text(encoding="utf-8")
        assert "\\u0026lt;img src=x onerror" in inline  # the tooltip: escaped HTML, then JSON-escaped


def test_command_writes_the_site(tmp_path):
    run = subprocess.run([sys.executable, "-m", "slate_explorer", "export", "--out", str(tmp_path), "--version", VERSIONS[0]],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "pages" in run.stdout and (tmp_path / "data" / f"{VERSIONS[0]}.json").is_file()


def test_command_refuses_a_bad_base_url(tmp_path):
    run = subprocess.run([sys.executable, "-m", "slate_explorer", "export", "--out", str(tmp_path), "--base-url", "javascript:x"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "--base-url" in run.stderr and "Traceback" not in run.stderr


def test_every_page_shows_the_governing_picture_when_shared(site):
    """Open Graph image: the governing picture PNG of the page's own language, written beside the pages."""
    _slate, result = site
    for lang_dir in (result.out, result.out / "es"):
        png = (lang_dir / "images" / "picture.png").read_bytes()
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and png[16:24] == (1200).to_bytes(4, "big") + (630).to_bytes(4, "big")
    english, spanish = ((d / "images" / "picture.png").read_bytes() for d in (result.out, result.out / "es"))
    assert english != spanish  # each language's words
    for path in pages(result.out):
        meta = {m.get("property") or m.get("name"): m.get("content") for m in parse(path).iter("meta")}
        image = (path.parent / meta["og:image"]).resolve()
        assert image.is_file() and image.parent.parent == (result.out / ("es" if "/es/" in str(path) else "")).resolve()
