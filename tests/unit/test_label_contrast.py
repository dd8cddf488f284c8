"""Status colours keep WCAG AA contrast wherever a letter is drawn on them."""

import pytest

from slate_explorer import labels
from slate_explorer.data.models import RaceStatus


def test_contrast_ratio_matches_known_values():
    assert labels.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert labels.contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert labels.contrast_ratio("#0072B2", "#0072B2") == pytest.approx(1.0)


@pytest.mark.parametrize("status", list(labels.STATUS))  # the recorded statuses and the shown ones
def test_every_status_letter_has_aa_contrast_on_its_colour(status):
    ink, fill = labels.status_ink(status), labels.status_colour(status)
    assert labels.contrast_ratio(ink, fill) >= 4.5, (status, ink, fill)


def test_blue_takes_white_ink():
    # Black on #0072B2 is only 4.05:1, below AA: the reason status_ink exists.
    assert labels.status_ink(RaceStatus.slate_incumbent) == "#FFFFFF"
    assert labels.status_ink(RaceStatus.unknown) == "#000000"
