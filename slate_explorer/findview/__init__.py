"""Find your district, for the page (plain Python, no streamlit): every way in, one answer out.

- `query`: what the voter asked (a district id, a ZIP, or a point from an address, a map click or the
  browser's location) and its answer; an address is geocoded once and kept only as the point it matched.
- `answer`: what the page shows for an answer: districts with names, representatives, races with their
  candidates, backed planks and dates, the nearest open races when there is none, the district to share.
- `confirm`: the small confirmation map's overlay (the voter's districts outlined, the matched point) and
  the point a map click or the browser's location sent back.
- `setup`: the boundary layers, built once per process at first start, with progress and a clear message
  when neither the internet nor a mirror is there.

Privacy: an address never leaves this package except to the geocoder; it is never logged, and nothing
here puts an address or coordinates into a URL (the shareable link carries the district only).
"""
