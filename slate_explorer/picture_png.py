"""The governing picture as a PNG (1200 x 630, the Open Graph size), drawn on the server with matplotlib.

The same `GoverningPicture` as the page: one bar per chamber (bloc today solid, the bloc then striped,
a tick at every threshold with its number), the offices, how many planks pass, and a footer with the data
version and its as-of date. Words are in the language active when it is called. matplotlib is imported
here only, when a picture is asked for, so pages that never make one do not pay for it.
"""

from __future__ import annotations

import io

from .governing import GoverningPicture, picture_for
from .i18n import _, date_text, in_language, language, number_text
from .picture_html import EMPTY_FILL, INK, TODAY_FILL, figures_text, office_sentence, wins_clause

WIDTH_IN, HEIGHT_IN, DPI = 12, 6.3, 100  # 1200 x 630 pixels


def picture_png(pic: GoverningPicture, title: str | None = None, lang: str | None = None) -> bytes:
    """PNG bytes of the picture, in `lang` (default: the language in use). `title` replaces the home
    page's heading (the /majority scenario). Pages call it after the run (a deferred download), so they
    pass the visitor's language."""
    with in_language(lang or language()):
        return _draw(pic, title)


def scenario_png(slate, wins, today, carried=None, model=None, title: str | None = None, lang: str | None = None,
                 assume=None) -> bytes:
    """The PNG of any /majority scenario (same arithmetic as the page, `assume` included), in `lang`."""
    with in_language(lang or language()):
        return _draw(picture_for(slate, wins, today, carried, model=model, assume=assume), title)


def _draw(pic: GoverningPicture, title: str | None) -> bytes:
    buffer = io.BytesIO()
    picture_figure(pic, title).savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def picture_figure(pic: GoverningPicture, title: str | None = None):
    """The matplotlib Figure behind the PNG (its texts are what the picture says; tests read them)."""
    from matplotlib.figure import Figure  # a Figure draws with the Agg canvas, whatever pyplot's backend

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)  # a renderer to measure each line's drawn width with (_fitted)
    _fitted(fig, 0.03, 0.94, title or _("What the slate would hold and pass"), fontsize=22, weight="bold", va="top")
    _fitted(fig, 0.03, 0.875, _lead(pic), fontsize=12, va="top", color="#333")
    rows = len(pic.chambers) or 1
    top, bottom = 0.80, 0.27
    step = (top - bottom) / rows
    for i, chamber in enumerate(pic.chambers):
        _chamber_bar(fig, chamber, top - (i + 1) * step, step)
    y = bottom - 0.01
    for office in pic.offices:
        _fitted(fig, 0.03, y, office_sentence(office), fontsize=12, va="top")
        y -= 0.045
    planks = _("Shared agenda: {n} of {total} planks pass.").format(
        n=number_text(pic.passing), total=number_text(len(pic.planks))
    )
    passing = [p.title for p in pic.planks if p.passes]
    if passing:
        planks += " " + _("Passing: {titles}.").format(titles=", ".join(passing))
    _fitted(fig, 0.03, y, planks, fontsize=12, va="top")
    footer = _("Slate Explorer · data version {version} (as of {as_of})").format(
        version=pic.version, as_of=date_text(pic.as_of)
    )
    _fitted(fig, 0.03, 0.03, footer, fontsize=11, color="#333")
    return fig


def _lead(pic: GoverningPicture) -> str:
    if not pic.wins:
        return _("Today: no slate race is still open in this data version.")
    return _("Solid: the progressive bloc today. Striped: {if_clause}.").format(if_clause=wins_clause(pic))


def _chamber_bar(fig, chamber, y0: float, height: float) -> None:
    ax = fig.add_axes((0.03, y0 + height * 0.25, 0.55, height * 0.40))
    seats = max(chamber.seats, 1)
    ax.set_xlim(0, seats)
    ax.set_ylim(0, 1)
    ax.axis("off")
    ax.barh(0.5, seats, height=1, left=0, color=EMPTY_FILL, edgecolor="#767676")
    if chamber.bloc_known:
        ax.barh(0.5, chamber.bloc_today, height=1, left=0, color=TODAY_FILL)
        gain = chamber.bloc_then - chamber.bloc_today
        if gain > 0:
            ax.barh(0.5, gain, height=1, left=chamber.bloc_today, color="white", edgecolor=TODAY_FILL, hatch="////")
    last = {True: -1e9, False: -1e9}  # right end of the last label above / below, in seats
    gap = seats * 0.06  # about one label's width
    for mark in chamber.marks:
        ax.plot([mark.needed, mark.needed], [-0.2, 1.2], color=INK, linewidth=2, clip_on=False)
        above = mark.needed - last[True] > gap
        last[above] = mark.needed
        ax.text(mark.needed, 1.25 if above else -0.25, number_text(mark.needed), ha="center",
                va="bottom" if above else "top", fontsize=11, clip_on=False)
    _fitted(fig, 0.61, y0 + height * 0.80, chamber.name, fontsize=12, weight="bold", va="top")
    figures = figures_text(chamber)
    reached = [m.label for m in chamber.marks if m.met_then]
    if reached:
        figures += " · " + _("reaches {marks}").format(marks="; ".join(reached))
    _fitted(fig, 0.61, y0 + height * 0.42, figures, fontsize=12, va="top")


RIGHT = 0.985  # no text reaches past this share of the width
SMALLEST = 7.0  # points: a line too long at its size is drawn smaller, down to this, never cut


def _fitted(fig, x: float, y: float, text: str, fontsize: float, **style):
    """fig.text, its size lowered until the line ends inside the picture (Spanish runs longer: cut at a number
    of letters, "(se supone ganada)" read "(se supon…")."""
    drawn = fig.text(x, y, text, fontsize=fontsize, **style)
    renderer = fig.canvas.get_renderer()
    while drawn.get_window_extent(renderer).x1 > RIGHT * fig.bbox.width and drawn.get_fontsize() > SMALLEST:
        drawn.set_fontsize(drawn.get_fontsize() - 0.5)
    return drawn
