"""The agenda page's tables as pandas frames of Markdown text cells, for st.table (a real HTML table).

Every data text is escaped with md_escape (st.table renders cells as Markdown); links are built here from
validated ids. Stances are words ("Backs", "Opposes", "Unknown"), never colour alone; the highlighted
candidate or plank is marked with the word "selected".
"""

from __future__ import annotations

from typing import Mapping

import pandas as pd

from .. import labels
from ..data.slate import Slate
from ..i18n import date_text
from ..text import md_escape
from .links import plank_href, race_href
from .matrix import STANCE_WORDS, Cell, Coverage, PlankCount
from .network import FORMER, NODE_KINDS, OFFICIAL, ORGANIZATION, Network, candidate_unity

SELECTED = " — **selected**"


def _link(text: str, href: str) -> str:
    return f"[{md_escape(text)}]({href})"


def source_cell(slate: Slate, source_id: str | None) -> str:
    if not source_id or source_id not in slate.sources:
        return "none recorded"
    source = slate.sources[source_id]
    if source.url:
        return _link(source.title, source.url.replace("(", "%28").replace(")", "%29"))
    return md_escape(source.title)


def candidate_cell(slate: Slate, candidate_id: str, view: Mapping[str, str], highlight: str | None = None) -> str:
    """The candidate's name linking to their race card, marked when selected."""
    person = slate.candidates[candidate_id]
    cell = _link(person.name, race_href(person.race_id, view))
    return cell + SELECTED if candidate_id == highlight else cell


def plank_cell(slate: Slate, plank_id: str, view: Mapping[str, str], highlight: str | None = None) -> str:
    """The plank's title linking to what passing it needs on the majority calculator."""
    cell = _link(slate.planks[plank_id].title, plank_href(plank_id, view))
    return cell + SELECTED if plank_id == highlight else cell


def race_words(slate: Slate, candidate_id: str) -> str:
    race = slate.races[slate.candidates[candidate_id].race_id]
    return f"{labels.level_label(race.level)}, {race.district}"


def _stance_cell(cell: Cell) -> str:
    """A word, never a colour; backing is bold so a plank's backers stand out in its rows."""
    word = STANCE_WORDS[cell.stance]
    if cell.stance == "backs":
        return f"**{word}**"
    return word if cell.source_id else f"{word} (no record)"


def pairs_frame(slate: Slate, cells: list[Cell], view: Mapping[str, str], *, candidate: str | None = None,
                plank: str | None = None) -> pd.DataFrame:
    """One row per candidate and plank: readable on a phone, no wide grid."""
    rows = [{
        "Candidate": candidate_cell(slate, c.candidate_id, view, candidate),
        "Plank": plank_cell(slate, c.plank_id, view, plank),
        "Stance": _stance_cell(c),
        "Source": source_cell(slate, c.source_id),
    } for c in cells]
    return pd.DataFrame(rows, columns=["Candidate", "Plank", "Stance", "Source"])


def _names(slate: Slate, ids, view, highlight) -> str:
    return ", ".join(candidate_cell(slate, i, view, highlight) for i in ids) or "none"


def plank_counts_frame(slate: Slate, counts: list[PlankCount], view: Mapping[str, str], *,
                       candidate: str | None = None, plank: str | None = None) -> pd.DataFrame:
    rows = [{
        "Plank": plank_cell(slate, c.plank_id, view, plank),
        "Backs": f"{len(c.backs)} of {c.of}",
        "Backed by": _names(slate, c.backs, view, candidate),
        "Opposes": f"{len(c.opposes)} of {c.of}",
        "Unknown": f"{len(c.unknown)} of {c.of}",
    } for c in counts]
    return pd.DataFrame(rows, columns=["Plank", "Backs", "Backed by", "Opposes", "Unknown"])


def _share(part: int, whole: int) -> str:
    return f"{part} of {whole} ({part / whole:.0%})" if whole else "no planks"


def coverage_frame(slate: Slate, coverage: list[Coverage], view: Mapping[str, str], *,
                   candidate: str | None = None) -> pd.DataFrame:
    rows = [{
        "Candidate": candidate_cell(slate, c.candidate_id, view, candidate),
        "Race": md_escape(race_words(slate, c.candidate_id)),
        "Backs": _share(c.backs, c.of),
        "Opposes": str(c.opposes),
        "Unknown": str(c.unknown),
    } for c in coverage]
    return pd.DataFrame(rows, columns=["Candidate", "Race", "Backs", "Opposes", "Unknown"])


def _endorsers(network: Network, edges, end: str) -> list[str]:
    """Names, with "(former slate)" or "(outside)" after anyone who is not a current slate candidate."""
    names = []
    for e in edges:
        node = network.nodes[getattr(e, end)]
        suffix = {FORMER: " (former slate)", OFFICIAL: " (outside)", ORGANIZATION: " (outside)"}.get(node.kind, "")
        names.append(md_escape(node.name) + suffix)
    return names


def network_frame(slate: Slate, network: Network, view: Mapping[str, str], *, candidate: str | None = None) -> pd.DataFrame:
    """The network as text, one row per current slate candidate, with their unity score (4 columns for phones)."""
    rows = []
    for cid in network.members:
        by = _endorsers(network, network.received(cid), "endorser_id") + _endorsers(network, network.outside(cid), "endorser_id")
        rows.append({
            "Candidate": candidate_cell(slate, cid, view, candidate),
            "Endorsed by": ", ".join(by) or "none recorded",
            "Endorses on the slate": ", ".join(_endorsers(network, network.given(cid), "candidate_id")) or "none recorded",
            "Unity (given + received)": candidate_unity(network, cid).describe(),
        })
    return pd.DataFrame(rows, columns=["Candidate", "Endorsed by", "Endorses on the slate", "Unity (given + received)"])


def endorsements_frame(slate: Slate, network: Network, view: Mapping[str, str], *,
                       candidate: str | None = None) -> pd.DataFrame:
    """Every recorded endorsement with its kind, date and source."""
    rows = []
    for e in network.edges:
        endorser = network.nodes[e.endorser_id]
        who = (candidate_cell(slate, endorser.id, view, candidate) if endorser.race_id else md_escape(endorser.name))
        kind = "cross-endorsement" if e.cross else NODE_KINDS[endorser.kind].lower()
        parts = ([date_text(e.date)] if e.date else []) + ([e.note] if e.note else [])
        when = md_escape("; ".join(parts) or "date not recorded") + (" (approximate)" if e.approximate else "")
        rows.append({
            "Endorser": f"{who} ({md_escape(kind)})",
            "Endorsed": candidate_cell(slate, e.candidate_id, view, candidate),
            "When": when,
            "Source": source_cell(slate, e.source_id),
        })
    return pd.DataFrame(rows, columns=["Endorser", "Endorsed", "When", "Source"])
