"""The static export's House power page (`power.html`, `es/power.html`): the national House map coloured by
each member's caucus (mapview/power.py, the same seats file the live map loads), the legends, and the
primaries nobody has called at the default threshold, with its CSV. Only for versions with the House tables."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from markupsafe import Markup

from ..data.slate import Slate
from ..house.seats import has_house
from ..house.targets import DEFAULT_MIN_SHARE
from ..compress import write_if_changed
from ..mapview import power, publish


PAGE = "power.html"


def power_files(env, slate: Slate, common: dict, context: dict, page: str, script: str, today: dt.date) -> dict[str, str]:
    """power.html, its CSV and its map script (`script`: the page's map script, built by the caller), by path."""
    if not has_house(slate):
        return {}
    _caption, table, csv_data = power.targets_block(slate, today, DEFAULT_MIN_SHARE, False)
    csv_name = page.removesuffix(".html") + "-primaries.csv"
    html = env.get_template(PAGE).render(
        **common, **context, power_legend=Markup(power.legend_html(slate)), index_page=page.replace(PAGE, "index.html"),
        targets=Markup(table), csv_file=csv_name.rsplit("/", 1)[-1],
        script_file=PAGE.removesuffix(".html") + ".js")
    return {page: html, page.removesuffix(".html") + ".js": script, csv_name: csv_data.decode("utf-8")}


def power_config(slate: Slate, static_base: str) -> dict | None:
    return power.power_config(slate, static_base) if has_house(slate) else None


def copy_seats(slate: Slate, out: Path) -> None:
    """The seats file the power pages load, under the name publish gives it."""
    if has_house(slate):
        name = power.seats_url(slate, ".").rsplit("/", 1)[1]
        write_if_changed(out / "build" / "geo" / name, (publish.STATIC_DIR / "build" / "geo" / name).read_bytes())



