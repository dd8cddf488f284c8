"""Static export: a self-contained site (national map, one page per race, data JSON) for any static host.

Nothing is fetched from elsewhere at view time: Leaflet comes from the vendored copy (static/vendor), the
district layers are the same drawing GeoJSON the live map publishes, and every address inside the site is
relative, so the folder works from any host, path prefix or CDN. Pages are rendered by jinja2 with
autoescape on: every data text is escaped; the map's data goes in through `build.script_json`. No
inline scripts: each page's map script is a file beside it, so a strict Content-Security-Policy
(`script-src 'self'`) serves the site unchanged.

Every page is written in each language of `i18n.LANGUAGES`: English at the top of the folder, the others
in a folder named by the language (es/), sharing vendor/, build/ and data/. The templates' words go
through the project's gettext catalogue (jinja2's i18n extension; `scripts/update-translations.sh`
extracts them), and each page links to its other-language versions, visibly and as hreflang alternates.

Layout of the output folder:
    index.html                  the national House map, every race listed
    power.html, power.js, power-primaries.csv   the House by caucus and the primaries nobody has called
                                (export_power.py; versions with the House tables)
    index.js                    its map script (a page's data and Leaflet calls)
    races/<race-id>.html        a map focused on the race's district, the race card, its own iframe snippet
    races/<race-id>.js          its map script: a few lines over the two scripts every race page shares,
    races/map.js, races/level-<level>.js   the map's code and each level's districts (written once, not per page)
    es/index.html, es/index.js, es/races/<race-id>.html, es/races/<race-id>.js   the same pages in Spanish
    vendor/leaflet/...          Leaflet's script, stylesheet and images
    build/geo/<level>-<hash>.geojson   the district layers the pages draw
    data/<version>.json         the data version as JSON (every table)
    images/picture.png, es/images/picture.png   the governing picture (governing.py, picture_png.py) in each
                                language: every page's Open Graph / twitter:card image
    *.gz, *.br                  compressed copies beside every text file over 1 KB, for hosts that send them

Public:
- `ExportResult`: out folder, pages, total bytes, files written (the rest were unchanged since the last
  export into the same folder: only what changed is written, so it is recompressed and uploaded again).
- `export_site(slate, out, base_url=None, today=None) -> ExportResult`: the site as read on `today`
  (statuses, open races, the elections held since the version; default: the version's as-of date)
- `data_json(slate) -> dict`
- `environment() -> jinja2.Environment`: the templates, with autoescape and the gettext callables.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import posixpath
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from .. import i18n, labels
from ..data.models import OPTIONAL_TABLES
from ..data.slate import Slate
from ..data_text import translated
from ..freshness import freshness, freshness_summary
from ..i18n import N_, _, date_text, number_text
from ..mapview import build, card, features, geometry, publish, styles
from ..mapview.filters import DEFAULT_LEVEL, MapState, races_matching
from ..governing import governing_picture
from ..overview import as_of_date
from ..picture_png import picture_png
from ..compress import precompress_tree, write_if_changed
from ..race_day import SlateOnDay
from . import export_power
from .links import iframe_snippet

TEMPLATES = Path(__file__).with_name("templates")
PICTURE = "images/picture.png"  # the governing picture, each language's own: every page's Open Graph image
MAP_HEIGHT = 480  # px; a race page's embed height adds the card below it
EMBED_HEIGHT = 560  # as /share's snippets; the page shows its map and status in that height (issue 24)
LOAD_ERRORS = {  # what the map script says when the district layer does not load, per page
    "index": N_("The district boundaries could not be loaded; every race is listed below."),
    "race": N_("The district boundaries could not be loaded; the race card below holds every fact the map shows."),
}


@dataclasses.dataclass(frozen=True)
class ExportResult:
    out: Path
    pages: int
    bytes: int
    written: int = 0  # files written this time: the others already held the same bytes (an earlier export)


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                      keep_trailing_newline=True, extensions=["jinja2.ext.i18n"])
    # Old-style gettext: `_()` returns plain text that autoescape escapes like any data; the templates
    # fill placeholders with str.format, the catalogue's own style ({name}).
    env.install_gettext_callables(i18n._, i18n.ngettext, newstyle=False)
    env.filters["date"] = date_text
    env.filters["number"] = number_text
    return env


def data_json(slate: Slate) -> dict:
    """Every table of the version, as the validated rows hold it (as published, in English)."""
    rows = lambda items: [row.model_dump(mode="json") for row in items]  # noqa: E731
    return {
        "version": slate.version,
        "as_of": slate.as_of,
        "title": slate.title,
        "sources": rows(slate.sources.values()),
        "chambers": rows(slate.chambers.values()),
        "chamber_parties": rows(slate.chamber_parties),
        "blocs": rows(slate.blocs.values()),
        "rules": rows(slate.rules),
        "races": rows(slate.races.values()),
        "candidates": rows(slate.candidates.values()),
        "planks": rows(slate.planks.values()),
        "positions": rows(slate.positions),
        "endorsements": rows(slate.endorsements),
        "coordination": rows(slate.coordination),
        **{table: rows(getattr(slate, table)) for table in OPTIONAL_TABLES if getattr(slate, table)},
    }


def _map_script(level: str, static_base: str, info: dict, selected: str | None, fit, load_error: str,
                links: dict[str, str], power: dict | None = None) -> str:
    """map.js for one page: a plain Leaflet map, the level's layer, statuses, selection and zoom.
    load_error: the LOAD_ERRORS text for the page, translated here. links: district -> its race page
    (a click or Enter on a slate district opens it)."""
    code = build.MAP_JS.replace("MAP, CONFIG", f'L.map("map", {{zoomControl: true}}), {build.script_json(_map_config(level, static_base, load_error, links, power))}')
    return f"{code}\nwindow.slateMap.show({build.script_json(_map_state(info, selected, fit))});\n"


def _map_config(level: str, static_base: str, load_error: str, links: dict[str, str], power: dict | None = None) -> dict:
    return {**build.browser_config(level, static_base, text={**build.map_text(), "loadError": _(load_error)}), "links": links,
            "power": power}


def _map_state(info: dict, selected: str | None, fit) -> dict:
    return {"info": info, "selected": selected, "fit": [list(c) for c in fit] if fit else None}


# A race page loads three scripts from its folder: the map's code and its level's data, each written once per
# language and shared by every race page, then its own few lines. Inlining them made every page carry every
# district of its level: 71 MB for 331 races, and quadratic in races (issue 27).
SHARED_MAP = "map.js"


def _shared_map_code() -> str:
    """map.js as a function (`window.slateMapStart(map, config)`) the race pages call."""
    return "window.slateMapStart = " + build.MAP_JS.rstrip().removesuffix("(MAP, CONFIG);") + ";\n"


def _level_file(level: str) -> str:
    return f"level-{level}.js"


def _level_script(level: str, static_base: str, info: dict, links: dict[str, str]) -> str:
    """One level's map configuration and districts, for every race page of a language."""
    shared = {"cfg": _map_config(level, static_base, LOAD_ERRORS["race"], links), "info": info}
    return f"window.slateLevel = {build.script_json(shared)};\n"


def _race_script(selected: str, fit) -> str:
    """A race page's own script: start the shared map on its level, select and zoom to its district."""
    state = {k: v for k, v in _map_state({}, selected, fit).items() if k != "info"}
    return ('window.slateMapStart(L.map("map", {zoomControl: true}), window.slateLevel.cfg);\n'
            f"window.slateMap.show(Object.assign({{info: window.slateLevel.info}}, {build.script_json(state)}));\n")


# Without a public address, a race page's snippet names the page relatively; once the page is opened
# from its host, the snippet shows the page's full address instead.
SNIPPET_JS = """
(function (relative) {
  var box = document.getElementById("snippet");
  if (!box || !/^https?:$/.test(location.protocol)) return;
  var here = (location.origin + location.pathname).replace(/&/g, "&amp;").replace(/"/g, "%22").replace(/</g, "%3C");
  box.value = box.value.replace('src="' + relative + '?', 'src="' + here + '?');
})(RELATIVE);
"""


def _level_info(slate: Slate, level: str, today: dt.date) -> dict:
    names = geometry.district_names(level)
    shown = features.district_races(slate, MapState(level=level), names, today)
    return features.browser_info(shown, geometry.label_points(level))


def _sources(slate: Slate, ids) -> list:
    return [slate.sources[s] for s in dict.fromkeys(ids) if s in slate.sources]


def _https(url: str | None) -> str | None:
    return url if url and card.HTTPS.match(url) else None


def _copy_layers(levels, out: Path) -> int:
    """The drawing layers the pages load, under the names publish gives them (content-hashed)."""
    copied = 0
    for level in levels:
        cfg = build.browser_config(level, ".")
        for url in (cfg["layer"], cfg["outlines"], cfg["places"]["national"], cfg["places"]["local"]):
            if url:
                name = url.rsplit("/", 1)[1]
                copied += _copy_if_changed(publish.STATIC_DIR / "build" / "geo" / name, out / "build" / "geo" / name)
    return copied


def _copy_vendor(out: Path) -> int:
    missing = publish.vendor_missing()
    if missing:
        raise FileNotFoundError(f"Missing {', '.join(missing)} under static/: run scripts/vendor-js.sh first.")
    source = publish.STATIC_DIR / "vendor" / "leaflet"
    return sum(_copy_if_changed(path, out / "vendor" / "leaflet" / path.relative_to(source))
               for path in sorted(source.rglob("*")) if path.is_file())


def _copy_if_changed(source: Path, target: Path) -> bool:
    return write_if_changed(target, source.read_bytes())


def _path_in(lang: str, page: str) -> str:
    """A page's path from the top of the site in `lang`: English at the top, the others in their folder."""
    return page if lang == i18n.DEFAULT else f"{lang}/{page}"


def _relative(here: str, target: str) -> str:
    """The address of `target` (a path from the top of the site) from the page at `here`."""
    return posixpath.relpath(target, posixpath.dirname(here) or ".")


def _public(base: str | None, path: str) -> str | None:
    """A page's public address when the site's address is known (a folder's index as the folder)."""
    if not base:
        return None
    return f"{base}/{path.removesuffix('index.html')}"


def _page_context(base: str | None, lang: str, page: str) -> dict:
    """What base.html needs to place a page: language, top folder, own address, its other languages."""
    here = _path_in(lang, page)
    versions = {code: _path_in(code, page) for code in i18n.LANGUAGES}
    alternates = [(code, _public(base, path) or _relative(here, path)) for code, path in versions.items()]
    image = _path_in(lang, PICTURE)
    return {
        "lang": lang, "root": _relative(here, "."), "url": _public(base, here),
        "image": _public(base, image) or _relative(here, image),
        "image_alt": _("What the slate would hold and pass: the progressive bloc in each chamber, today and if the "
                       "slate wins the races still open, with the votes each step needs."),
        "alternates": [*alternates, ("x-default", dict(alternates)[i18n.DEFAULT])],
        "other_languages": [(code, i18n.LANGUAGES[code], _relative(here, path))
                            for code, path in versions.items() if code != lang],
    }


def _races(slate: Slate) -> list:
    """The races in the order the pages list them: by level, district, newest cycle first."""
    return sorted(slate.races.values(), key=lambda r: (list(labels.LEVELS).index(r.level), r.district, -r.cycle))


def _race_pages(slate: Slate, level: str, prefix: str) -> dict[str, str]:
    """District -> the page of its newest race on this level, as a link from a page `prefix` away."""
    pages = {}
    for race in _races(slate):  # newest cycle first within a district
        if race.level.value == level:
            pages.setdefault(race.district, f"{prefix}{race.id}.html")
    return pages


def _language_files(env: Environment, slate: Slate, lang: str, base: str | None, today: dt.date) -> dict[str, str]:
    """Every page and map script of one language (call it with that language in use, and the slate's
    text translated into it), by path. Statuses are as shown on `today` (display_status.py)."""
    races = _races(slate)
    day = SlateOnDay(slate, today)
    shown = {race.id: day.status(race) for race in races}
    fresh = freshness(slate, today)  # every page: one line and a link; the index lists the elections held since
    common = {"slate": slate, "as_of": date_text(as_of_date(slate)), "legend": Markup(styles.legend_html()),
              "held": fresh.passed, "held_summary": freshness_summary(fresh),
              "data_file": f"data/{slate.version}.json", "map_height": MAP_HEIGHT, "base": base}
    index = _path_in(lang, "index.html")
    files = {
        index: env.get_template("index.html").render(
            **common, **_page_context(base, lang, "index.html"),
            races=[(r, labels.status_label(shown[r.id]), labels.status_letter(shown[r.id]), labels.level_label(r.level),
                    day.slate_names(r)) for r in races],
            house_count=len(races_matching(slate, MapState(level=DEFAULT_LEVEL))), script_file="index.js",
            power_page=export_power.PAGE if slate.house_members else None,
        ),
        index.removesuffix(".html") + ".js": _map_script(
            DEFAULT_LEVEL, _relative(index, "."), _level_info(slate, DEFAULT_LEVEL, today), None, None, LOAD_ERRORS["index"],
            _race_pages(slate, DEFAULT_LEVEL, "races/")),
    }
    power_page = _path_in(lang, export_power.PAGE)  # the House by caucus (export_power.py)
    files.update(export_power.power_files(env, slate, common, _page_context(base, lang, export_power.PAGE), power_page, _map_script(
        DEFAULT_LEVEL, _relative(power_page, "."), _level_info(slate, DEFAULT_LEVEL, today), None, None, LOAD_ERRORS["index"],
        _race_pages(slate, DEFAULT_LEVEL, "races/"), export_power.power_config(slate, _relative(power_page, "."))), today))
    files.update(_race_files(env, slate, day, common, lang, base, today))
    return files


def _race_files(env: Environment, slate: Slate, day: SlateOnDay, common: dict, lang: str, base: str | None,
                today: dt.date) -> dict[str, str]:
    """Every race page of one language with its own small script, and the scripts they share."""
    folder = _path_in(lang, "races/")
    root = _page_context(base, lang, "races/x.html")["root"]
    files = {folder + SHARED_MAP: _shared_map_code()}
    for level in dict.fromkeys(r.level.value for r in slate.races.values()):
        files[folder + _level_file(level)] = _level_script(level, root, _level_info(slate, level, today),
                                                           _race_pages(slate, level, ""))
    for race in _races(slate):
        c = card.race_card(slate, race.id, day=day)
        page = _path_in(lang, f"races/{race.id}.html")
        context = _page_context(base, lang, f"races/{race.id}.html")
        # ?embed=true: a static host ignores it; behind the project's nginx it is what allows framing.
        snippet = iframe_snippet(f"{context['url'] or race.id + '.html'}?embed=true", f"Slate Explorer — {race.office}",
                                 EMBED_HEIGHT)
        files[page] = env.get_template("race.html").render(
            **common, **context, race=race, card=c, ink=labels.status_ink(c.status), incumbent=card.incumbent_line(c),
            sources=[(s, _https(s.url)) for s in _sources(slate, c.source_ids)], snippet=snippet,
            shared_scripts=[SHARED_MAP, _level_file(race.level.value)], script_file=f"{race.id}.js",
            index_href="../index.html",
        )
        files[page.removesuffix(".html") + ".js"] = _race_script(race.district, geometry.bounds_of(race.district)) + (
            "" if base else SNIPPET_JS.replace("RELATIVE", build.script_json(f"{race.id}.html")))
    return files


def _write_picture(slate: Slate, today: dt.date, target: Path) -> bool:
    """The governing picture as PNG, the pages' Open Graph image (call it in the picture's language)."""
    return write_if_changed(target, picture_png(governing_picture(slate, today)))




def export_site(slate: Slate, out: Path, base_url: str | None = None, today: dt.date | None = None) -> ExportResult:
    """`today`: the day the site is read on (statuses, the governing picture's open races, the elections
    held since the version); default: the version's as-of date. The CLI passes the day it runs."""
    out = Path(out)
    today = today or as_of_date(slate)
    base = base_url.rstrip("/") if base_url else None
    env = environment()
    levels = sorted({DEFAULT_LEVEL, *(r.level.value for r in slate.races.values())})
    written = _copy_vendor(out) + _copy_layers(levels, out)
    export_power.copy_seats(slate, out)
    files = {}
    for lang in i18n.LANGUAGES:
        with i18n.in_language(lang):
            files.update(_language_files(env, translated(slate), lang, base, today))
            written += _write_picture(translated(slate), today, out / _path_in(lang, PICTURE))
    files[f"data/{slate.version}.json"] = json.dumps(data_json(slate), ensure_ascii=False, indent=1)
    written += sum(write_if_changed(out / path, text) for path, text in files.items())
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file() and p.suffix not in (".gz", ".br"))
    precompress_tree(out)  # .gz/.br beside large files, for a host that sends them (docs/deploy.md)
    return ExportResult(out, sum(1 for path in files if path.endswith(".html")), size, written)
