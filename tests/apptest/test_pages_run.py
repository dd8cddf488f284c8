"""AppTest: every page runs on both shipped versions and shows real data."""

import pytest

from tests.apptest.conftest import run_page, texts


@pytest.mark.parametrize("version", ["2025-07-10", "2025-11-25"])
@pytest.mark.parametrize(
    "page, expected",
    [("map", "Every slate race"), ("find", "Find your district"), ("agenda", "Medicare for All"),
     ("majority", "U.S. House of Representatives"), ("share", "Share"), ("data", "Versions")],
)
def test_page_runs(page, expected, version):
    at = run_page(page, v=version)
    assert expected in texts(at)
