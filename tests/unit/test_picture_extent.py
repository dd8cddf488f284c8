"""Issue 24: the PNG picture (also every exported page's Open Graph image) says everything inside its 1200 x 630
pixels in both languages. Its Spanish was cut at the right ("(se supon…", "(119.º Con…"): lines were cut at a
number of letters, and even uncut lines ran past the edge. This draws the picture of each fixture version, read
after its races' elections (results not recorded: "assumed won" text) and before, and measures every drawn
text's extent."""

from __future__ import annotations

import datetime as dt

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from slate_explorer import governing, picture_png
from slate_explorer.data.versions import load_slate
from slate_explorer.data_text import translated
from slate_explorer.i18n import in_language
from tests.unit.dates_fixture import SLATE as DATES_SLATE

DAYS = [dt.date(2025, 12, 1), dt.date(2026, 12, 7)]


def pictures():
    for slate in (load_slate("2025-07-10").slate, load_slate("2025-11-25").slate, DATES_SLATE):
        for day in DAYS:
            yield pytest.param(slate, day, id=f"{slate.version}-read-{day}")


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("slate, day", pictures())
def test_every_text_of_the_png_is_inside_1200_by_630(slate, day, lang):
    with in_language(lang):
        pic = governing.governing_picture(translated(slate), day)
        fig = picture_png.picture_figure(pic, title=None)
        renderer = FigureCanvasAgg(fig).get_renderer()
        width, height = fig.bbox.width, fig.bbox.height
        assert (round(width), round(height)) == (1200, 630)
        outside = []
        for text in fig.texts + [t for ax in fig.axes for t in ax.texts]:
            box = text.get_window_extent(renderer)
            if box.x0 < 0 or box.y0 < 0 or box.x1 > width or box.y1 > height:
                outside.append((text.get_text(), round(box.x0), round(box.x1)))
        assert not outside, outside
        cut = [t.get_text() for t in fig.texts if t.get_text().endswith("…")]
        assert not cut, cut
