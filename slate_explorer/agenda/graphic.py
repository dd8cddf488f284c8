"""The cross-endorsement network as a picture (Graphviz DOT, drawn by st.graphviz_chart in the browser
with Streamlit's bundled Graphviz WebAssembly, no CDN) and its short text description.

The picture never relies on colour alone: node kinds differ by shape, border style and a text line
("slate", "outside: official", ...); cross-endorsements are solid arrows, outside ones dashed; the
highlighted candidate has a double border and the word "selected". Labels are HTML-like Graphviz labels
built from html_escape'd data text; tooltips are html_escape'd too (Graphviz keeps entities as they are
when it writes the SVG) and every quoted attribute is DOT-escaped, so data cannot change the graph.
"""

from __future__ import annotations

from typing import Callable

from ..i18n import N_, _, ngettext
from ..text import html_escape
from .network import FORMER, OFFICIAL, ORGANIZATION, SLATE, Network

COLOURS = {  # Okabe-Ito, colour-blind safe; always paired with shape and text
    SLATE: ("#E5F1FA", "#0072B2"),
    FORMER: ("#F2F2F2", "#7F7F7F"),
    OFFICIAL: ("#FDF0E6", "#D55E00"),
    ORGANIZATION: ("#F7EAF2", "#CC79A7"),
}
SHAPES = {SLATE: ("box", "rounded,filled"), FORMER: ("box", "rounded,filled,dotted"),
          OFFICIAL: ("ellipse", "filled,dashed"), ORGANIZATION: ("hexagon", "filled,dashed")}
KIND_LINE = {SLATE: N_("slate"), FORMER: N_("former slate"), OFFICIAL: N_("outside: official"),  # shown with _()
             ORGANIZATION: N_("outside: organization")}


def dot_string(text: object) -> str:
    """A DOT double-quoted string: backslashes and quotes escaped, newlines dropped."""
    value = str(text).replace("\\", "\\\\").replace('"', '\\"')
    return '"' + value.replace("\n", " ").replace("\r", " ") + '"'


def _label(name: str, lines: list[str], bold: bool) -> str:
    first = f"<B>{html_escape(name)}</B>" if bold else html_escape(name)
    rest = "".join(f'<BR/><FONT POINT-SIZE="10">{html_escape(line)}</FONT>' for line in lines)
    return f"<{first}{rest}>"


def network_dot(network: Network, highlight: str | None = None, href: Callable[[str], str] | None = None) -> str:
    """The network as a DOT digraph. href(race_id) gives each candidate node a link to its race card."""
    isolated = set(network.isolated())
    out = [
        "digraph cross_endorsements {",
        '  graph [rankdir=LR, bgcolor="white", pad=0.2, nodesep=0.25, ranksep=0.6, fontname="Helvetica"];',
        '  node [fontname="Helvetica", fontsize=12, fontcolor="#1A1A1A", penwidth=1.5];',
        '  edge [color="#333333", arrowsize=0.8];',
    ]
    nodes = [n for n in network.nodes.values() if n.id not in isolated]
    out += [f"  {_node(n, highlight, href, False)}" for n in nodes]
    if isolated:  # grouped in a labelled box, so isolation is visible at a glance
        out.append('  subgraph cluster_isolated {')
        label = dot_string(_("Isolated: no cross-endorsement given or received"))
        out.append(f'    label={label}; style="dashed"; color="#7F7F7F"; fontsize=11;')
        out += [f"    {_node(network.nodes[i], highlight, href, True)}" for i in network.members if i in isolated]
        out.append("  }")
    for edge in network.edges:
        style = "solid" if edge.cross else "dashed"
        width = 3 if highlight in (edge.endorser_id, edge.candidate_id) else (2 if edge.cross else 1)
        out.append(f"  {dot_string(edge.endorser_id)} -> {dot_string(edge.candidate_id)} [style={style}, penwidth={width}];")
    out.append("}")
    return "\n".join(out)


def _node(node, highlight: str | None, href, isolated: bool) -> str:
    fill, line = COLOURS[node.kind]
    shape, style = SHAPES[node.kind]
    lines = [_(KIND_LINE[node.kind])]
    if isolated:
        lines.append(_("no cross-endorsement"))
    chosen = node.id == highlight
    if chosen:
        lines.append(_("selected"))
    attrs = [f"label={_label(node.name, lines, chosen)}", f"shape={shape}", f"style={dot_string(style)}",
             f"fillcolor={dot_string(fill)}", f"color={dot_string(line)}", f"tooltip={dot_string(html_escape(node.name))}"]
    if chosen:
        attrs += ["peripheries=2", "penwidth=3"]
    if href and node.race_id:
        attrs += [f"URL={dot_string(href(node.race_id))}", 'target="_self"']
    return f"{dot_string(node.id)} [{', '.join(attrs)}];"


def network_alt(network: Network) -> str:
    """A one-paragraph description for screen readers; the full text list is on the page below it."""
    cross, outside = len(network.cross_edges), len(network.edges) - len(network.cross_edges)
    isolated = network.isolated()
    candidates = lambda n: ngettext("{count} slate candidate", "{count} slate candidates", n).format(count=n)  # noqa: E731
    return _(
        "Cross-endorsement network: {candidates}, {cross} between them and {outside} from outside the slate; "
        "{isolated} with no cross-endorsement. The same facts are listed as text below."
    ).format(
        candidates=candidates(len(network.members)),
        cross=ngettext("{count} cross-endorsement", "{count} cross-endorsements", cross).format(count=cross),
        outside=ngettext("{count} endorsement", "{count} endorsements", outside).format(count=outside),
        isolated=candidates(len(isolated)),
    )
