"""What simulated voters do, as small declarative steps. The one place to add a page's journey.

A journey is one browser tab and starts with an `Open`: the first one loads the site (a new
WebSocket session), later ones navigate within it like a click on the top navigation. `Set` changes
a widget found by type and label prefix. `expect` (optional) is text that must appear in the page's markdown/headings/notes
after the step, so a journey that silently stops doing what it says fails instead of timing a no-op.

To add a journey for a new page or control: append a tuple of steps to JOURNEYS. Widget kinds are
the Streamlit element names understood by devtools/stclient.py (text_input, selectbox, radio,
multiselect, checkbox, slider, number_input, color_picker, button, and button_group for
st.segmented_control / st.pills).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from .stclient import Interaction, ProtocolError


@dataclass(frozen=True)
class Open:
    path: str  # "" for home, "map", "find", ...
    params: dict[str, str] = field(default_factory=dict)
    expect: str = ""

    def describe(self) -> str:
        query = "&".join(f"{k}=…" for k in self.params)
        return f"open /{self.path}" + (f"?{query}" if query else "")

    def url_path(self) -> str:
        return f"/{self.path}" + (f"?{urlencode(self.params)}" if self.params else "")


@dataclass(frozen=True)
class Set:
    kind: str
    label: str
    value: object = None
    option_containing: str = ""  # pick the first option whose text contains this (selectbox/radio)
    expect: str = ""

    def describe(self) -> str:
        return f"set {self.kind} “{self.label}”"


JOURNEYS: dict[str, tuple] = {
    # Someone follows a shared link to a race, then looks around.
    "link-to-race": (
        Open("map", {"race": "il-09-2026"}, expect="IL-09"),
        Open("", expect="Slate Explorer"),
        Open("majority", {"wins": "all"}, expect="majority"),
    ),
    # A voter checks their district by typing it, then by link.
    "find-district": (
        Open("find", expect="Find your district"),
        Set("text_input", "District", "NY-14"),  # a form: the text counts when its button is pressed
        Set("button", "Show district", True, expect="New York"),
        Set("text_input", "District", "MI"),
        Set("button", "Show district", True, expect="Michigan"),
        Open("find", {"district": "CA-11"}, expect="California"),
    ),
    # The front page, the agenda and the arithmetic.
    "read-the-agenda": (
        Open("", expect="Slate Explorer"),
        Open("agenda", expect="Shared agenda"),
        Open("majority", {"wins": "today"}, expect="majority"),
    ),
    # A campaign builds an embed snippet.
    "campaign-embeds": (
        Open("share", expect="Share & embed"),
        Set("selectbox", "What to embed", option_containing="Illinois"),
        Open("map", {"race": "ny-14-2026", "embed": "true"}),
    ),
    # A voter narrows the map to open Senate seats.
    "filter-the-map": (
        Open("map", expect="Every slate race"),
        Set("button_group", "Level", "U.S. Senate", expect="Michigan"),
        Set("multiselect", "Status", ["Open seat"], expect="Michigan"),
    ),
    # Someone tries another majority scenario (a preset), then a goal for the chamber.
    "change-the-majority": (
        Open("majority", expect="majority"),
        Set("radio", "Start from", "Every slate race won", expect="are won in this scenario"),
    ),
    # A voter looks up their ZIP code (the ZIP form; an address never goes into a load test).
    "look-up-a-zip": (
        Open("find", expect="Find your district"),
        Set("text_input", "ZIP code", "11201"),
        Set("button", "Look up ZIP", True, expect="NY-10"),
    ),
}

# Per-page CPU benchmark: one representative interaction per page (bench/bench_app.py).
PAGE_VISITS: dict[str, Open] = {
    "home": Open(""),
    "map": Open("map", {"race": "il-09-2026"}),
    "find": Open("find", {"district": "NY-14"}),
    "agenda": Open("agenda"),
    "majority": Open("majority", {"wins": "all"}),
    "share": Open("share"),
    "data": Open("data"),
}


async def run_step(session, step):
    """Perform one step on a devtools.stclient.Session; returns its Interaction (errors recorded)."""
    try:
        if isinstance(step, Open):
            interaction = await session.open(step.path, step.params)
        else:
            value = step.value
            if step.option_containing:
                widget = session.find_widget(step.kind, step.label)
                matches = [o for o in widget.options if step.option_containing.lower() in o.lower()]
                if not matches:
                    raise ProtocolError(f"no option containing {step.option_containing!r} in {step.label!r}")
                value = matches[0]
            interaction = await session.set_widget(step.kind, step.label, value)
    except ProtocolError as problem:
        return Interaction(step.describe(), 0.0, [str(problem)])
    interaction.step = step.describe()
    if step.expect and not interaction.errors:
        shown = "\n".join(interaction.texts + interaction.notes).replace("\\", "")
        if step.expect.lower() not in shown.lower():
            interaction.errors.append(f"expected {step.expect!r} on the page after {step.describe()}")
    return interaction
