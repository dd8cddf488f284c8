"""The small confirmation map's moving parts: the voter's districts outlined and the matched point, plus
the points a map click or the browser's location send back.

The map itself is the races map's stable folium map (`mapview.build.build_map`, loaded by URL, no CDN);
this adds one small overlay per answer. The overlay carries geometry and district ids only, never an
address, and nothing here goes into a URL.

Public:
- `OUTLINE_STYLES`: Leaflet path styles per level (line pattern as well as colour, never colour alone).
- `outline_collection(districts) -> dict`: GeoJSON of the voter's districts (House, NY Assembly, NY Senate,
  NYC; a state is too large to outline), from the detailed drawing layers.
- `overlay(answer) -> folium.FeatureGroup`: outlines plus a marker at the matched point; not interactive, so
  a click goes through to the map (click-to-locate).
- `fit_bounds(answer) -> ((south, west), (north, east)) | None`: where to zoom.
- `zip_overlay(districts) -> folium.FeatureGroup`, `districts_bounds(districts)`: the same for a ZIP's
  candidate House districts.
- `clicked_point(value) -> (lon, lat) | None`: st_folium's `last_clicked`.
- `located_point(value) -> (lon, lat, accuracy_m) | str`: what the browser's geolocation sent; a str is a
  voter-facing problem.
"""

from __future__ import annotations

import functools
import json
import math

import folium
import shapely
from branca.element import MacroElement
from jinja2 import Template

from ..geo import layers
from ..geo.fetch import GeodataError
from ..i18n import N_, _

OUTLINED = ("city", "state_senate", "state_house", "us_house")  # drawn bottom to top
OUTLINE_STYLES = {
    "us_house": {"color": "#000000", "weight": 3.5, "fill": False},
    "state_senate": {"color": "#0060A0", "weight": 2.5, "dashArray": "8 5", "fill": False},
    "state_house": {"color": "#B04A00", "weight": 2.5, "dashArray": "2 5", "fill": False},
    "city": {"color": "#555555", "weight": 1.5, "dashArray": "1 3", "fill": False},
}
POINT_STYLE = {"radius": 8, "color": "#000000", "weight": 2, "fill": True, "fillColor": "#FFD23F", "fillOpacity": 1,
               "interactive": False, "pane": "markerPane"}


class _Point(MacroElement):
    """The matched point (folium's CircleMarker drops the `pane` and `interactive` options this needs)."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "L.circleMarker({{ this.latlng }}, {{ this.style }}).addTo({{ this._parent.get_name() }});"
        "{% endmacro %}"
    )

    def __init__(self, lat: float, lon: float):
        super().__init__()
        self._name = "SlatePoint"
        self.latlng = json.dumps([float(lat), float(lon)])
        self.style = json.dumps(POINT_STYLE, sort_keys=True)


# The city outline is context around much smaller districts: about 100 m of detail is plenty, and it keeps
# the per-answer overlay small for phones (NYC's drawing is 130 KB of GeoJSON, 35 KB simplified).
CONTEXT_TOLERANCE = {"city": 0.001}  # degrees


@functools.lru_cache(maxsize=64)  # one entry per level, and per state for the detailed House drawings
def _geometries(level: str, state: str | None) -> dict[str, dict]:
    """District id -> GeoJSON geometry of one drawing layer (read once per process)."""
    data = layers.drawing_geojson(level, state=state)
    found = {f["properties"]["id"]: f["geometry"] for f in data["features"] if f.get("geometry")}
    tolerance = CONTEXT_TOLERANCE.get(level)
    if tolerance:
        found = {i: json.loads(shapely.to_geojson(shapely.set_precision(
            shapely.simplify(shapely.from_geojson(json.dumps(g)), tolerance), 1e-5))) for i, g in found.items()}
    return found


def _geometry(level: str, district: str) -> dict | None:
    if level == "us_house":
        try:
            found = _geometries(level, district.split("-")[0]).get(district)  # the state's detailed drawing
        except (OSError, ValueError, GeodataError):
            found = None
        if found:
            return found
    try:
        return _geometries(level, None).get(district)
    except (OSError, ValueError, GeodataError):
        return None


def outline_collection(districts: dict) -> dict:
    features = []
    for level in OUTLINED:
        district = districts.get(level)
        geometry = _geometry(level, district) if district else None
        if geometry:
            features.append({"type": "Feature", "id": district, "geometry": geometry,
                             "properties": {"id": district, "level": level}})
    return {"type": "FeatureCollection", "features": features}


def overlay(answer) -> folium.FeatureGroup:
    group = folium.FeatureGroup(name="your districts", control=False)
    for feature in outline_collection(answer.districts)["features"]:
        style = OUTLINE_STYLES[feature["properties"]["level"]]
        # shadowPane and markerPane lie above the districts the map script loads later (overlayPane)
        folium.GeoJson(json.loads(json.dumps(feature)), style_function=lambda _f, s=style: s,
                       interactive=False, pane="shadowPane").add_to(group)
    if answer.point is not None:
        lon, lat = answer.point
        group.add_child(_Point(lat, lon))
    return group


def zip_overlay(districts) -> folium.FeatureGroup:
    """Every House district a ZIP touches, outlined, so the voter can click their home among them."""
    group = folium.FeatureGroup(name="zip districts", control=False)
    for district in districts:
        geometry = _geometry("us_house", district)
        if geometry:
            feature = {"type": "Feature", "id": district, "geometry": geometry, "properties": {"id": district}}
            folium.GeoJson(feature, style_function=lambda _f: OUTLINE_STYLES["us_house"], interactive=False,
                           pane="shadowPane").add_to(group)
    return group


def districts_bounds(districts):
    """The box around several districts, in Leaflet order, or None."""
    boxes = []
    for district in districts:
        try:
            box = layers.layer_bounds(district)
        except (OSError, GeodataError):
            box = None
        if box:
            boxes.append(box)
    if not boxes:
        return None
    return ((min(b[1] for b in boxes), min(b[0] for b in boxes)), (max(b[3] for b in boxes), max(b[2] for b in boxes)))


def fit_bounds(answer):
    """The House district (or the most local district named), widened to hold the point."""
    box = None
    for level in ("us_house", "state_house", "state_senate", "city", "us_senate"):
        district = answer.districts.get(level)
        if district:
            try:
                box = layers.layer_bounds(district)
            except (OSError, GeodataError):
                box = None
            if box:
                break
    if answer.point is not None:
        lon, lat = answer.point
        west, south, east, north = box or (lon - 0.05, lat - 0.05, lon + 0.05, lat + 0.05)
        box = (min(west, lon), min(south, lat), max(east, lon), max(north, lat))
    if box is None:
        return None
    west, south, east, north = box
    return ((south, west), (north, east))


def clicked_point(value) -> tuple[float, float] | None:
    clicked = value.get("last_clicked") if isinstance(value, dict) else None
    if not isinstance(clicked, dict):
        return None
    try:
        lat, lng = float(clicked["lat"]), float(clicked["lng"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (math.isfinite(lat) and math.isfinite(lng)):
        return None
    lng = (lng + 180) % 360 - 180  # Leaflet lets the world wrap: bring a click back to -180..180
    return lng, lat


GEOLOCATION_ERRORS = {
    1: N_("You did not allow this page to use your location. Allow it in your browser, or type your address or "
          "ZIP code."),
    2: N_("Your browser could not find your location. Type your address or ZIP code instead."),
    3: N_("Finding your location took too long. Try again, or type your address or ZIP code."),
}


def located_point(value) -> tuple[float, float, float | None] | str:
    if not isinstance(value, dict):
        return _("Your browser sent no location. Type your address or ZIP code instead.")
    if "error" in value:
        code = value.get("error")
        if code == "unsupported":
            return _("This browser cannot share its location. Type your address or ZIP code instead.")
        return _(GEOLOCATION_ERRORS.get(code, GEOLOCATION_ERRORS[2]))
    try:
        lat, lon = float(value["lat"]), float(value["lon"])
        accuracy = float(value["accuracy"]) if value.get("accuracy") is not None else None
    except (KeyError, TypeError, ValueError):
        return _("Your browser sent no location. Type your address or ZIP code instead.")
    if not (math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180):
        return _("Your browser sent no location. Type your address or ZIP code instead.")
    return lon, lat, accuracy
