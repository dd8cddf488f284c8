"""The deployment's static export is written for the day it is read on, and swapped in whole."""

from __future__ import annotations

import datetime as dt

from deploy.daily_export import DailyExport, served_dir, write_day

DAY_1, DAY_2 = dt.date(2026, 12, 6), dt.date(2026, 12, 7)


def test_a_new_day_writes_a_new_site_and_swaps_it_in(tmp_path):
    (tmp_path / "2026-11-30").mkdir()  # a site from last week: removed once two newer days exist
    days = iter([DAY_1, DAY_1, DAY_2])
    export = DailyExport(tmp_path, today=lambda: next(days))

    assert export.refresh()
    assert served_dir(tmp_path).resolve() == (tmp_path / "2026-12-06").resolve()
    assert (served_dir(tmp_path) / "index.html").is_file()
    assert not export.refresh()  # the same day: nothing written again

    assert export.refresh()
    assert served_dir(tmp_path).resolve() == (tmp_path / "2026-12-07").resolve()
    assert (served_dir(tmp_path) / "index.html").is_file()
    # yesterday's site stays one more day (a visitor may be reading it); older ones go
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2026-12-06", "2026-12-07", "current"]


def test_a_failed_export_keeps_serving_the_previous_site(tmp_path):
    assert write_day(tmp_path, DAY_1)
    assert not write_day(tmp_path, DAY_2, base_url="ftp://not-a-web-address")  # the command refuses it
    assert served_dir(tmp_path).resolve() == (tmp_path / "2026-12-06").resolve()
    assert (served_dir(tmp_path) / "index.html").is_file()
    assert not (tmp_path / "2026-12-07").exists()
