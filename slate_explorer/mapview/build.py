"""The folium map: a small, stable map that loads its districts by URL, plus a per-rerun selection.

Why this shape (see bench/bench_map.py for the figures): streamlit-folium re-renders and re-sends the
whole map on every rerun, and remounts its iframe whenever the map script changes. Embedding the 437
districts costs hundreds of milliseconds of server CPU and 600 KB of arguments per rerun. Here the map
script holds no geometry and no data-dependent text, so it is identical across reruns of a level (no
remount), and everything that changes on a click or a filter goes in a tiny "feature group" script
that streamlit-folium evaluates in the live map. The drawing GeoJSON is a static file the browser
fetches once and caches.

No public CDN: Leaflet's script and stylesheet come from the app's own static/vendor/ (folium's
default_js/default_css are replaced), and street tiles are off unless an operator configures them.

Public:
- `MapConfig`: tiles URL template and attribution (None: the app's own state outlines only).
- `config_from_env(environ=os.environ) -> MapConfig`: SLATE_MAP_TILES, SLATE_MAP_TILES_ATTRIBUTION.
- `map_text() -> dict`: the map script's words, translated.
- `build_map(level, config=MapConfig(), text=None, static_base=..., selected_colour=None) -> folium.Map`
- `browser_config(level, static_base=..., selected_colour=None, text=None) -> dict`: what map.js reads (also used by the static export).
- `selection_layer(info, selected=None, fit=None, also=None) -> folium.FeatureGroup`
- `script_json(value) -> str`: JSON that is safe inside an HTML <script> element.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from .. import labels
from ..geo import places
from ..i18n import N_, _
from . import geometry, publish, styles

# Sent with every rerun: without its comment lines (they are for the source, not the browser).
MAP_JS = "\n".join(
    line for line in Path(__file__).with_name("map.js").read_text(encoding="utf-8").splitlines()
    if not line.lstrip().startswith("//")
)
LETTER_CSS = (
    "<style>.slate-letter{font:700 12px/16px system-ui,sans-serif;text-align:center;color:#000;"
    "background:#fff;border:1.5px solid #000;border-radius:50%;box-sizing:border-box}"
    ".slate-map-error{background:#fff;padding:6px 8px;border:1px solid #a00;color:#a00;max-width:16em}"
    # place labels: dark text in a white halo over any district colour; never catch the pointer
    ".slate-place{font:600 12px/16px system-ui,sans-serif;color:#1a1a1a;white-space:nowrap;"
    "text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff,0 0 4px #fff;transform:translate(6px,-8px)}"
    ".slate-place:before{content:'';position:absolute;left:-6px;top:5px;width:5px;height:5px;border-radius:50%;"
    "background:#1a1a1a;box-shadow:0 0 0 1px #fff}"
    ".slate-place.slate-state{font:italic 600 11px/16px system-ui,sans-serif;letter-spacing:.06em;"
    "text-transform:uppercase;color:#3a3a3a;transform:translate(-50%,-50%)}"
    ".slate-place.slate-state:before{display:none}"
    # The buttons wrap right-aligned beside the zoom control (top left) instead of covering it on a phone.
    ".slate-jumps{max-width:calc(100vw - 64px);text-align:right}"
    ".slate-jumps button{font:600 12px/16px system-ui,sans-serif;margin:0 0 4px 4px;padding:4px 7px;background:#fff;"
    "color:#000;border:1px solid #555;border-radius:3px;cursor:pointer}</style>"
)
TEXT = {  # the script's own words, passed in translated (map_text) so map.js holds no English
    "noRace": N_("No slate race here"),
    "noRaceSeat": N_("No slate race for this seat"),
    "jumpsLabel": N_("Go to"),
    "loadError": N_("The district boundaries could not be loaded; the table below lists every race."),
}


@dataclass(frozen=True)
class MapConfig:
    tiles: str | None = None
    attribution: str | None = None


# The national maps' first view is the lower 48; these buttons reach the rest (fixed boxes: Alaska's
# Aleutians cross the 180th meridian, so its bounding box would span the globe).
JUMPS = (
    (N_("Lower 48"), geometry.LOWER_48),
    (N_("Alaska"), ((51.2, -170.0), (71.5, -129.9))),
    (N_("Hawaii"), ((18.8, -160.4), (22.3, -154.7))),
    (N_("Puerto Rico"), ((17.85, -67.3), (18.55, -65.2))),
)
# Most of the slate's House and Albany seats are in the five boroughs: a district there is a few pixels
# wide on the first view, so New York City is one button away on the maps that draw its districts.
NEW_YORK_CITY = (N_("New York City"), ((40.49, -74.26), (40.92, -73.70)))


def jumps_for(level: str) -> tuple:
    """The map's "Go to" buttons: (label, bounds) pairs, or () for a map that needs none."""
    if level == "us_house":
        return (*JUMPS, NEW_YORK_CITY)
    if level == "us_senate":
        return JUMPS
    if level in ("state_house", "state_senate"):
        return ((N_("All of New York"), geometry.level_bounds(level)), NEW_YORK_CITY)
    return ()


def config_from_env(environ=os.environ) -> MapConfig:
    tiles = environ.get("SLATE_MAP_TILES", "").strip() or None
    attribution = environ.get("SLATE_MAP_TILES_ATTRIBUTION", "").strip() or None
    return MapConfig(tiles, attribution or ("Map tiles: " + tiles.split("/")[2] if tiles else None))


def script_json(value) -> str:
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"), sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class _Script(MacroElement):
    """A script run inside the map (folium renders the `script` macro into the map's JS)."""

    _template = Template("{% macro script(this, kwargs) %}{{ this.code }}{% endmacro %}")

    def __init__(self, code: str):
        super().__init__()
        self._name = "SlateScript"
        self.code = code


class _Map(folium.Map):
    """folium.Map without its `<meta name="viewport" ... user-scalable=no>`: that meta lands in the map frame's
    head (streamlit-folium copies the map's header there) and forbids pinch zoom (WCAG 1.4.4). The frame's
    own page already has a plain viewport meta."""

    _NO_ZOOM = re.compile(r'<meta name="viewport"[^>]*>')

    def render(self, **kwargs):
        super().render(**kwargs)
        header = self.get_root().header
        element = header._children.get(self.get_name())
        if element is not None:
            header.add_child(Element(self._NO_ZOOM.sub("", element.render())), name=self.get_name())


def map_text() -> dict[str, str]:
    """The map script's words in the visitor's language."""
    return {key: _(text) for key, text in TEXT.items()}


def build_map(level: str, config: MapConfig = MapConfig(), text: dict[str, str] | None = None,
              static_base: str = publish.COMPONENT_STATIC_BASE, selected_colour: str | None = None,
              power: dict | None = None) -> folium.Map:
    """The stable part: identical for every rerun of a level and language (so the iframe is never remounted).
    power: the House power view's settings (mapview.power.power_config), or None."""
    m = _Map(tiles=None, zoom_control=True, control_scale=False, prefer_canvas=False)
    m.default_js = [("leaflet", publish.vendor_url("leaflet/leaflet.js", static_base))]
    m.default_css = [("leaflet_css", publish.vendor_url("leaflet/leaflet.css", static_base))]
    m.get_root().header.add_child(Element(LETTER_CSS))
    if config.tiles:
        folium.TileLayer(tiles=config.tiles, attr=config.attribution, name="Streets").add_to(m)
    cfg = {**browser_config(level, static_base, selected_colour, text), "power": power}
    code = MAP_JS.replace("MAP, CONFIG", f"{m.get_name()}, {script_json(cfg)}")
    m.add_child(_Script(code))
    return m


def browser_config(level: str, static_base: str = publish.COMPONENT_STATIC_BASE, selected_colour: str | None = None,
                   text: dict[str, str] | None = None) -> dict:
    """What map.js needs for a level: layer URLs (under static_base), styles, first view, texts.
    selected_colour: an embed's accent ('#rrggbb', already validated) for the selected district's outline."""
    return {
        "layer": publish.layer_url(level, static_base),
        # Background: state lines. The House map derives them from its own districts (no extra bytes);
        # the New York layers draw the states file around them; the Senate map is the states.
        "outlines": None if level in ("us_house", "us_senate") else publish.layer_url("us_senate", static_base),
        "stateBorders": level == "us_house",
        "styles": styles.status_styles(),
        "quiet": styles.QUIET,
        "slate": styles.SLATE_LINE,
        "selected": {**styles.SELECTED_OUTLINE, **({"color": selected_colour} if selected_colour else {})},
        "background": styles.BACKGROUND,
        "view": [list(corner) for corner in geometry.level_bounds(level)],
        "places": {
            "national": publish.places_url("national", static_base), "local": publish.places_url("local", static_base),
            "localFrom": places.NATIONAL_ZOOM, "statesUntil": places.STATE_ZOOMS[1], "credit": _(places.CREDIT),
            # the state labels in the page's language (the place files hold the names as the Census Bureau writes them)
            "stateNames": {name: labels.state_name(name) for name in labels.STATE_NAMES if labels.state_name(name) != name},
        },
        "jumps": [[_(label), [list(c) for c in box]] for label, box in jumps_for(level)] or None,
        **(text or TEXT),
    }


def selection_layer(info: dict, selected: str | None = None, fit=None, also: dict | None = None) -> folium.FeatureGroup:
    """The per-rerun part: statuses to colour, the selected district, where to zoom (or None), and the
    tooltip line naming other levels' slate races per district (`features.also_here`)."""
    group = folium.FeatureGroup(name="selection", control=False)
    state = {"info": info, "selected": selected, "fit": [list(corner) for corner in fit] if fit else None, "also": also or {}}
    group.add_child(_Script(f"window.slateMap && window.slateMap.show({script_json(state)});"))
    return group
