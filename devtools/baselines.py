"""The naive implementations the benchmarks compare against, beside the real ones.

Kept here (not in bench/) so a test can check that a baseline still runs the real page: when the page
calls the map builder differently, the map benchmark's comparison would otherwise break unnoticed.
"""

from __future__ import annotations

import json

import folium

from slate_explorer.data.versions import load_slate
from slate_explorer.mapview import build, geometry, publish, styles

MAP_KEY = "races_map"  # views/map.py: where st_folium's on_change leaves the clicked feature


# Plain st_folium: the map built, and every district embedded, on every rerun.

def plain_map(level: str, *_args, **_kwargs) -> folium.Map:
    """What a straightforward page does: embed every district, colour by status, tooltip by field."""
    slate = load_slate().slate
    status = {r.district: r.status.value for r in slate.races.values() if r.level.value == level}
    fills = styles.status_styles()

    def style(feature):
        found = status.get(feature["properties"]["id"])
        return {**styles.SLATE_LINE, "fillColor": fills[found]["fill"]} if found else styles.QUIET

    m = folium.Map(location=[39.5, -96], zoom_start=4, tiles=None)
    # The one change from folium's defaults: Leaflet from the app (no internet here: CDNs would fail).
    m.default_js = [("leaflet", publish.vendor_url("leaflet/leaflet.js"))]
    m.default_css = [("leaflet_css", publish.vendor_url("leaflet/leaflet.css"))]
    folium.GeoJson(
        json.loads(geometry.drawing_text(level)), style_function=style,
        tooltip=folium.GeoJsonTooltip(fields=["id", "name"], aliases=["District", "Name"]),
    ).add_to(m)
    return m


def use_plain_map() -> None:
    """Swap the page's map for the plain one (same page, same widgets, same card and table)."""
    build.build_map = plain_map
    build.selection_layer = lambda *args, **kwargs: None


class Baseline:
    def __enter__(self):
        self.saved = build.build_map, build.selection_layer
        use_plain_map()
        return self

    def __exit__(self, *exc):
        build.build_map, build.selection_layer = self.saved
