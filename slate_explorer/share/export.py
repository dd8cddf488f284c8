"""Static export: a self-contained site (national map, one page per race, data JSON) for any static host.

Nothing is fetched from elsewhere at view time: Leaflet comes from the vendored copy (static/vendor), the
district layers are the same drawing GeoJSON the live map publishes, and every address inside the site is
relative, so the folder works from any host, path prefix or CDN. Pages are rendered by jinja2 with
autoescape on: every data text is escaped; the map's data goes in through `build.script_json`. No
inline scripts: each page's map script is a file beside it, so a strict Content-Security-Policy
(`script-src 'self'`) serves the site unchanged.

Layout of the output folder:
    index.html                  the national House map, every race listed
    index.js                    its map script (a page's data and Leaflet calls)
    races/<race-id>.html        a map focused on the race's district, the race card, its own iframe snippet
    races/<race-id>.js          its map script
    vendor/leaflet/...          Leaflet's script, stylesheet and images
    build/geo/<level>-<hash>.geojson   the district layers the pages draw
    data/<version>.json         the data version as JSON (every table)

Public:
- `ExportResult`: out folder, pages written, total bytes.
- `export_site(slate, out, base_url=None) -> ExportResult`
- `data_json(slate) -> dict`
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from .. import labels
from ..data.slate import Slate
from ..i18n import date_text
from ..mapview import build, card, features, geometry, publish, styles
from ..mapview.filters import DEFAULT_LEVEL, MapView, races_matching
from .links import iframe_snippet

TEMPLATES = Path(__file__).with_name("templates")
MAP_HEIGHT = 480  # px; a race page's embed height adds the card below it
EMBED_HEIGHT = 720


@dataclasses.dataclass(frozen=True)
class ExportResult:
    out: Path
    pages: int
    bytes: int


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]), keep_trailing_newline=True)
    env.filters["date"] = date_text
    return env


def data_json(slate: Slate) -> dict:
    """Every table of the version, as the validated rows hold it."""
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
    }


def _map_script(level: str, static_base: str, info: dict, selected: str | None, fit) -> str:
    """map.js for one page: a plain Leaflet map, the level's layer, statuses, selection and zoom."""
    cfg = build.browser_config(level, static_base)
    state = {"info": info, "selected": selected, "fit": [list(c) for c in fit] if fit else None}
    code = build.MAP_JS.replace("MAP, CONFIG", f'L.map("map", {{zoomControl: true}}), {build.script_json(cfg)}')
    return f"{code}\nwindow.slateMap.show({build.script_json(state)});\n"


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


def _level_info(slate: Slate, level: str) -> dict:
    names = geometry.district_names(level)
    shown = features.district_races(slate, MapView(level=level), names)
    return features.browser_info(shown, geometry.label_points(level))


def _sources(slate: Slate, ids) -> list:
    return [slate.sources[s] for s in dict.fromkeys(ids) if s in slate.sources]


def _https(url: str | None) -> str | None:
    return url if url and card.HTTPS.match(url) else None


def _copy_layers(levels, out: Path) -> None:
    """The drawing layers the pages load, under the names publish gives them (content-hashed)."""
    for level in levels:
        for url in (build.browser_config(level, ".")["layer"], build.browser_config(level, ".")["outlines"]):
            if url:
                name = url.rsplit("/", 1)[1]
                target = out / "build" / "geo" / name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(publish.STATIC_DIR / "build" / "geo" / name, target)


def _copy_vendor(out: Path) -> None:
    missing = publish.vendor_missing()
    if missing:
        raise FileNotFoundError(f"Missing {', '.join(missing)} under static/: run scripts/vendor-js.sh first.")
    shutil.copytree(publish.STATIC_DIR / "vendor" / "leaflet", out / "vendor" / "leaflet", dirs_exist_ok=True)


def export_site(slate: Slate, out: Path, base_url: str | None = None) -> ExportResult:
    out = Path(out)
    base = base_url.rstrip("/") if base_url else None
    env = _environment()
    races = sorted(slate.races.values(), key=lambda r: (list(labels.LEVELS).index(r.level), r.district, -r.cycle))
    levels = sorted({DEFAULT_LEVEL, *(r.level.value for r in races)})
    _copy_vendor(out)
    _copy_layers(levels, out)
    common = {"slate": slate, "legend": styles.legend(), "quiet": styles.QUIET["fillColor"], "base": base,
              "data_file": f"data/{slate.version}.json", "map_height": MAP_HEIGHT}
    pages = {
        "index.html": env.get_template("index.html").render(
            **common, root=".", url=f"{base}/" if base else None,
            races=[(r, labels.STATUS[r.status], [c.name for c in slate.candidates_in(r.id)]) for r in races],
            house_count=len(races_matching(slate, MapView(level=DEFAULT_LEVEL))),
            level_label=labels.level_label, script_file="index.js",
        )
    }
    scripts = {"index.js": _map_script(DEFAULT_LEVEL, ".", _level_info(slate, DEFAULT_LEVEL), None, None)}
    for race in races:
        c = card.race_card(slate, race.id)
        path = f"races/{race.id}.html"
        url = f"{base}/{path}" if base else None
        # ?embed=true: a static host ignores it; behind the project's nginx it is what allows framing.
        snippet = iframe_snippet(f"{url or race.id + '.html'}?embed=true", f"Slate Explorer — {race.office}", EMBED_HEIGHT)
        pages[path] = env.get_template("race.html").render(
            **common, root="..", url=url, race=race, card=c, incumbent=card.incumbent_line(c),
            sources=[(s, _https(s.url)) for s in _sources(slate, c.source_ids)], snippet=snippet,
            script_file=f"{race.id}.js",
        )
        scripts[f"races/{race.id}.js"] = _map_script(
            race.level.value, "..", _level_info(slate, race.level.value), race.district, geometry.bounds_of(race.district)
        ) + ("" if base else SNIPPET_JS.replace("RELATIVE", build.script_json(f"{race.id}.html")))
    for path, html in {**pages, **scripts}.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    data = out / "data" / f"{slate.version}.json"
    data.parent.mkdir(parents=True, exist_ok=True)
    data.write_text(json.dumps(data_json(slate), ensure_ascii=False, indent=1), encoding="utf-8")
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return ExportResult(out, len(pages), size)
