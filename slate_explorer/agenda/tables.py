"""The agenda page's tables as pandas frames of Markdown text cells, for st.table (a real HTML table).

Every data text is escaped with md_escape (st.table renders cells as Markdown); links are built here from
validated ids. Stances are words ("Backs", "Opposes", "Unknown"), never colour alone; the highlighted
candidate or plank is marked with the word "selected". Headers and our own words are in the visitor's
language; data text (names, notes, source titles) is shown as recorded.
"""

from __future__ import annotations


import pandas as pd

from .. import labels
from ..data.slate import Slate
from ..i18n import _, date_text, percent_text
from ..text import md_escape
from .links import plank_href, race_href
from .matrix import STANCE_WORDS, Cell, Coverage, PlankCount
from .network import FORMER, NODE_KINDS, OFFICIAL, ORGANIZATION, Network, candidate_unity


def mark_selected(cell: str) -> str:
    """Marks the highlighted candidate or plank with a word, not colour alone."""
    return cell + " — **" + _("selected") + "**"


def _link(text: str, href: str) -> str:
    return f"[{md_escape(text)}]({href})"


def source_cell(slate: Slate, source_id: str | None) -> str:
    if not source_id or source_id not in slate.sources:
        return _("none recorded")
    source = slate.sources[source_id]
    if source.url:
        return _link(source.title, source.url.replace("(", "%28").replace(")", "%29"))
    return md_escape(source.title)


def candidate_cell(slate: Slate, candidate_id: str, here, highlight: str | None = None) -> str:
    """The candidate's name linking to their race card, marked when selected."""
    person = slate.candidates[candidate_id]
    cell = _link(person.name, race_href(person.race_id, here))
    return mark_selected(cell) if candidate_id == highlight else cell


def plank_cell(slate: Slate, plank_id: str, here, highlight: str | None = None) -> str:
    """The plank's title (in the visitor's language) linking to what passing it needs on the majority calculator."""
    cell = _link(slate.planks[plank_id].title, plank_href(plank_id, here))
    return mark_selected(cell) if plank_id == highlight else cell


def race_words(slate: Slate, candidate_id: str) -> str:
    race = slate.races[slate.candidates[candidate_id].race_id]
    return f"{labels.level_label(race.level)}, {race.district}"


def _stance_cell(cell: Cell) -> str:
    """A word, never a colour; backing is bold so a plank's backers stand out in its rows."""
    word = _(STANCE_WORDS[cell.stance])
    if cell.stance == "backs":
        return f"**{word}**"
    return word if cell.source_id else _("{stance} (no record)").format(stance=word)


def pairs_frame(slate: Slate, cells: list[Cell], here, *, candidate: str | None = None,
                plank: str | None = None) -> pd.DataFrame:
    """One row per candidate and plank: readable on a phone, no wide grid."""
    columns = [_("Candidate"), _("Plank"), _("Stance"), _("Source")]
    rows = [(
        candidate_cell(slate, c.candidate_id, here, candidate),
        plank_cell(slate, c.plank_id, here, plank),
        _stance_cell(c),
        source_cell(slate, c.source_id),
    ) for c in cells]
    return pd.DataFrame(rows, columns=columns)


def unknown_lines(slate: Slate, cells: list[Cell], here, *, candidate: str | None = None) -> list[str]:
    """The pairs with no recorded stance, summarised: one line per candidate naming the planks (a table row
    for each was most of the page's height on a phone)."""
    planks: dict[str, list[str]] = {}
    for c in cells:
        if c.stance == "unknown":
            planks.setdefault(c.candidate_id, []).append(slate.planks[c.plank_id].title)
    return [f"{candidate_cell(slate, cid, here, candidate)}: {md_escape(', '.join(titles))}" for cid, titles in planks.items()]


def _names(slate: Slate, ids, here, highlight) -> str:
    return ", ".join(candidate_cell(slate, i, here, highlight) for i in ids) or _("none")


def _of(part: int, whole: int) -> str:
    return _("{part} of {whole}").format(part=part, whole=whole)


def plank_counts_frame(slate: Slate, counts: list[PlankCount], here, *,
                       candidate: str | None = None, plank: str | None = None) -> pd.DataFrame:
    columns = [_("Plank"), _("Backs"), _("Backed by"), _("Opposes"), _("Unknown")]
    rows = [(
        plank_cell(slate, c.plank_id, here, plank),
        _of(len(c.backs), c.of),
        _names(slate, c.backs, here, candidate),
        _of(len(c.opposes), c.of),
        _of(len(c.unknown), c.of),
    ) for c in counts]
    return pd.DataFrame(rows, columns=columns)


def _share(part: int, whole: int) -> str:
    if not whole:
        return _("no planks")
    return _("{part} of {whole} ({share})").format(part=part, whole=whole, share=percent_text(part / whole))


def coverage_frame(slate: Slate, coverage: list[Coverage], here, *,
                   candidate: str | None = None) -> pd.DataFrame:
    columns = [_("Candidate"), _("Race"), _("Backs"), _("Opposes"), _("Unknown")]
    rows = [(
        candidate_cell(slate, c.candidate_id, here, candidate),
        md_escape(race_words(slate, c.candidate_id)),
        _share(c.backs, c.of),
        str(c.opposes),
        str(c.unknown),
    ) for c in coverage]
    return pd.DataFrame(rows, columns=columns)


def _endorsers(network: Network, edges, end: str) -> list[str]:
    """Names, with "(former slate)" or "(outside)" after anyone who is not a current slate candidate."""
    names = []
    for e in edges:
        node = network.nodes[getattr(e, end)]
        suffix = {FORMER: _("former slate"), OFFICIAL: _("outside the slate"), ORGANIZATION: _("outside the slate")}.get(node.kind)
        names.append(md_escape(node.name) + (f" ({suffix})" if suffix else ""))
    return names


def network_frame(slate: Slate, network: Network, here, *, candidate: str | None = None) -> pd.DataFrame:
    """The network as text, one row per current slate candidate, with their unity score (4 columns for phones)."""
    columns = [_("Candidate"), _("Endorsed by"), _("Endorses on the slate"), _("Unity (given + received)")]
    rows = []
    for cid in network.members:
        by = _endorsers(network, network.received(cid), "endorser_id") + _endorsers(network, network.outside(cid), "endorser_id")
        rows.append((
            candidate_cell(slate, cid, here, candidate),
            ", ".join(by) or _("none recorded"),
            ", ".join(_endorsers(network, network.given(cid), "candidate_id")) or _("none recorded"),
            candidate_unity(network, cid).describe(),
        ))
    return pd.DataFrame(rows, columns=columns)


def endorsements_frame(slate: Slate, network: Network, here, *,
                       candidate: str | None = None) -> pd.DataFrame:
    """Every recorded endorsement with its kind, date and source."""
    columns = [_("Endorser"), _("Endorsed"), _("When"), _("Source")]
    rows = []
    for e in network.edges:
        endorser = network.nodes[e.endorser_id]
        who = (candidate_cell(slate, endorser.id, here, candidate) if endorser.race_id else md_escape(endorser.name))
        kind = _("cross-endorsement") if e.cross else _(NODE_KINDS[endorser.kind]).lower()
        parts = ([date_text(e.date)] if e.date else []) + ([e.note] if e.note else [])
        when = md_escape("; ".join(parts) or _("date not recorded"))
        if e.approximate:
            when += " (" + _("approximate") + ")"
        rows.append((
            f"{who} ({md_escape(kind)})",
            candidate_cell(slate, e.candidate_id, here, candidate),
            when,
            source_cell(slate, e.source_id),
        ))
    return pd.DataFrame(rows, columns=columns)
