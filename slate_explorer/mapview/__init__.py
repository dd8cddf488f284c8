"""The races map: every slate race on one fast, clickable, honest map (plain Python, no streamlit).

- `styles`: status colours, pattern letters and the legend (from `labels`, colour-blind-safe).
- `features`: which districts of a level hold slate races, with escaped tooltip text.
- `filters`: the map's view (level, state, statuses, selected race) <-> URL parameters.
- `card`: everything the race card shows, links https-only from the validated data.
- `geometry`: the drawing layers, bounds and label points, from `slate_explorer.geo`.
- `table`: the rows of the races table (each links to its race).
- `publish`: the drawing GeoJSON written once per level to static files the browser caches.
- `build`: the folium map (loads its GeoJSON by URL) and the small per-rerun selection script.
"""
