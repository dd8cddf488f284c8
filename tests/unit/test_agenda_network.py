"""Cross-endorsement network and unity score: a synthetic slate counted by hand, the shipped versions,
and the change between versions."""

import pytest

from slate_explorer.agenda.network import (
    FORMER, OFFICIAL, ORGANIZATION, SLATE, build_network, candidate_unity, slate_unity, unity_change,
)
from slate_explorer.data.versions import load_slate
from tests.unit.agenda_slate import CANDIDATES, ENDORSEMENTS, make_slate


def test_nodes_and_kinds():
    net = build_network(make_slate())
    kinds = {i: n.kind for i, n in net.nodes.items()}
    assert kinds == {"a": SLATE, "b": SLATE, "c": SLATE, "d": SLATE, "e": FORMER, "sen-x": OFFICIAL, "union-y": ORGANIZATION}
    assert len(net.edges) == len(ENDORSEMENTS)


def test_unity_by_hand():
    """Current slate a, b, c, d: 4*3 = 12 ordered pairs. Counted: a→b, b→a, a→c. Not counted: e→a and
    c→e (Eve lost), a→a (self), the official's and the union's (outside). 3 of 12 = 25%."""
    net = build_network(make_slate())
    assert sorted((e.endorser_id, e.candidate_id) for e in net.cross_edges) == [("a", "b"), ("a", "c"), ("b", "a")]
    unity = slate_unity(net)
    assert (unity.existing, unity.possible, unity.share) == (3, 12, 0.25)
    assert unity.describe() == "3 of 12 possible (25.0%)"


def test_candidate_unity_by_hand():
    """Each can give 3 and receive 3: 6 possible. a gave 2, received 1; b 1+1; c 0+1; d none."""
    net = build_network(make_slate())
    got = {cid: (candidate_unity(net, cid).existing, candidate_unity(net, cid).possible) for cid in "abcd"}
    assert got == {"a": (3, 6), "b": (2, 6), "c": (1, 6), "d": (0, 6)}
    assert candidate_unity(net, "e").possible == 0  # former: not scored
    assert [e.endorser_id for e in net.outside("a")] == ["e", "union-y"]  # not the self-endorsement


def test_isolated_ignores_outside_and_former_endorsements():
    """Dee has an official's endorsement only; Cal endorsed Eve (former) but also received from Ann."""
    assert build_network(make_slate()).isolated() == ["d"]


def test_no_endorsements_everyone_isolated_and_score_zero():
    net = build_network(make_slate(endorsements=()))
    assert net.isolated() == ["a", "b", "c", "d"]
    assert slate_unity(net).share == 0


def test_one_candidate_has_no_defined_score():
    net = build_network(make_slate(candidates=CANDIDATES[:1], endorsements=(), positions=()))
    assert slate_unity(net).possible == 0 and slate_unity(net).share is None
    assert "not defined" in slate_unity(net).describe()


def test_change_between_versions():
    """Before: Eve still running, n = 5, 20 possible; a→b, b→a, a→c, e→a, c→e = 5 (25%).
    After: Eve lost and Dee endorsed Ann: a→b, b→a, a→c, d→a = 4 of 12."""
    running = [c if c[0] != "e" else ("e", "Eve", "r-az", "running") for c in CANDIDATES]
    old = make_slate("2026-01-01", candidates=running)
    new = make_slate("2026-02-01", endorsements=[*ENDORSEMENTS, ("d", "slate", "a")])
    change = unity_change(old, new)
    assert (change.before.existing, change.before.possible) == (5, 20)
    assert (change.after.existing, change.after.possible) == (4, 12)
    assert change.added == (("d", "a"),) and change.dropped == (("c", "e"), ("e", "a"))
    assert change.left == ("e",) and change.joined == ()
    assert change.points == pytest.approx((4 / 12 - 5 / 20) * 100)
    text = change.describe({"a": "Ann", "d": "Dee", "e": "Eve", "c": "Cal"})
    assert "Dee → Ann" in text and "Left the slate (lost or withdrew): Eve" in text


def test_change_that_is_only_the_denominator_says_so():
    running = [c if c[0] != "e" else ("e", "Eve", "r-az", "running") for c in CANDIDATES]
    few = [("a", "slate", "b")]
    change = unity_change(make_slate(candidates=running, endorsements=few), make_slate(endorsements=few))
    assert change.added == () and change.dropped == ()
    assert "only because the number of possible cross-endorsements changed" in change.describe({})


def test_shipped_versions_hand_count():
    """July 2025: 8 current (Foxx, Abughazaleh, Chakrabarti, McKinney, El-Sayed, McMorrow, Mamdani,
    Ocasio-Cortez; Bowman and Bush lost): 8*7 = 56 possible, one recorded (Ocasio-Cortez → Mamdani).
    November 2025: Foxx lost, 7*6 = 42 possible, still one."""
    july, november = load_slate("2025-07-10").slate, load_slate("2025-11-25").slate
    for slate, n, isolated in ((july, 8, 6), (november, 7, 5)):
        net = build_network(slate)
        unity = slate_unity(net)
        assert (unity.existing, unity.possible) == (1, n * (n - 1))
        assert len(net.isolated()) == isolated
        assert "zohran-mamdani" not in net.isolated() and "alexandria-ocasio-cortez" not in net.isolated()
        assert candidate_unity(net, "zohran-mamdani").existing == 1
        assert candidate_unity(net, "zohran-mamdani").possible == 2 * (n - 1)
        assert net.nodes["bernie-sanders"].kind == OFFICIAL
    change = unity_change(july, november)
    assert change.left == ("deja-foxx",) and change.added == () and change.dropped == ()
