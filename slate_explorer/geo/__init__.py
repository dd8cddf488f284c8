"""Geography: official boundaries, their build, and every way a voter finds their districts.

Data flows one way: official files (listed in `geodata/manifest.yaml`) -> `fetch` (download or mirror,
checksums) -> `build` (lookup and drawing layers in the git-ignored `geodata/build/`) -> answers:

- `lookup.Locator`: point and batch point-in-polygon for every level (us_house, us_senate, state_house,
  state_senate, city), at the most precise geometry available.
- `zipcodes.districts_for_zip`: every candidate House district of a ZIP, with an honest note.
- `geocode.geocode_address`: an address -> a point, with the US Census Geocoder.
- `roster`: current members of Congress for a district.
- `layers`: drawing GeoJSON per level and district bounds for the map.
- `coverage`: which boundaries each layer uses and which states are not yet covered for 2026.
- `district_answer`: one point or typed district id -> its districts, slate races, members and notes
  (the Find page's logic, `slate_explorer/findview/`, draws it).

This package never imports streamlit.
"""
