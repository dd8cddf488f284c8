"""How the map draws a district: status colour plus a pattern letter, so colour is never the only signal.

Colours and letters come from `labels.STATUS` (Okabe-Ito, colour-blind-safe). Districts without a slate
race (or filtered out) are drawn quietly: a pale fill and a thin grey line.

Public:
- `QUIET`, `SELECTED_OUTLINE`: Leaflet path styles.
- `status_styles() -> dict[status, {"fill", "letter", "label"}]`: what the browser script needs.
- `LegendEntry`, `legend(statuses) -> list[LegendEntry]`: label, meaning, colour and letter per status.
- `legend_html() -> str`: the legend drawn beside the map (escaped HTML, letters as well as colours).
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import labels
from ..i18n import _
from ..text import html_escape

QUIET = {"color": "#9a9a9a", "weight": 0.6, "fillColor": "#f4f4f2", "fillOpacity": 0.7}
SLATE_LINE = {"color": "#1f1f1f", "weight": 1.2, "fillOpacity": 0.85}
SELECTED_OUTLINE = {"color": "#000000", "weight": 3.5}
BACKGROUND = {"color": "#6b6b6b", "weight": 1.1, "fill": False}  # state outlines under every layer


def status_styles() -> dict[str, dict[str, str]]:
    return {
        status: {"fill": colour, "letter": _(letter), "label": _(label), "dash": "4 3" if status in labels.DASHED else None}
        for status, (label, _meaning, colour, letter) in labels.STATUS.items()
    }


@dataclass(frozen=True)
class LegendEntry:
    status: str
    label: str
    meaning: str
    colour: str
    letter: str


def legend(statuses=None) -> list[LegendEntry]:
    """Legend rows for `statuses` (every status when None), in the order labels.STATUS lists them."""
    wanted = None if statuses is None else {labels.status_key(s) for s in statuses}
    return [
        LegendEntry(status, _(label), _(meaning), colour, _(letter))
        for status, (label, meaning, colour, letter) in labels.STATUS.items()
        if wanted is None or status in wanted
    ]


def legend_html() -> str:
    """The legend as escaped HTML: a swatch with the letter, then the label, for every status."""
    swatch = ('<span aria-hidden="true" style="display:inline-block;min-width:1.3em;height:1.3em;border:1px {border} {line};'
              'vertical-align:-0.25em;background:{fill};color:{ink};text-align:center;font:700 0.8em/1.6em sans-serif">{letter}</span>')
    items = [
        (swatch.format(line="#222", border="dashed" if e.status in labels.DASHED else "solid", fill=e.colour,
                       ink=labels.status_ink(e.status), letter=html_escape(e.letter)), html_escape(e.label))
        for e in legend()
    ] + [(swatch.format(line="#999", border="solid", fill=QUIET["fillColor"], ink="#000000", letter=""), html_escape(_("No slate race")))]
    spans = "".join(f'<span role="listitem" style="white-space:nowrap;margin-right:1em">{s} {t}</span>' for s, t in items)
    name = html_escape(_("Legend"))
    return f'<div role="list" aria-label="{name}">{spans}</div>'
