"""The race card, drawn the same way on every page that shows one (the map, Find, the map's embed).

The card's facts come from `slate_explorer.mapview.card.race_view`; this only lays them out. No candidate
photos: a photo's address is another site, and the page loads nothing from outside.
"""

from __future__ import annotations

import streamlit as st

from slate_explorer.findview.answer import md_link
from slate_explorer.i18n import _
from slate_explorer.mapview import card as cards
from slate_explorer.text import md_escape

CARD_KEY = "race_card"


def official_markdown(line) -> str:
    """race_story.OfficialLine as Markdown: the words, the publisher linked, the certification date."""
    link = md_link(line.publisher, line.url) if line.publisher and line.url else ""
    tail = f", {md_escape(line.certified)}" if line.certified else ""
    return f"{md_escape(line.text)} {link}{tail}".strip()  # the card's container: the map page scrolls it into view after a tap


def draw_race_card(race: cards.RaceView, *, heading: str = "###", map_link: bool = False) -> None:
    """heading: the Markdown heading level of the card's title; map_link: add a link to the card on the map."""
    c = race.card
    st.markdown(f"{heading} " + _("{district}: {office}").format(district=c.district, office=md_escape(c.office))
                + f" ({c.cycle})")
    st.markdown(_("**{status}** ({letter}): {meaning}.").format(
        status=md_escape(c.status_label), letter=c.letter, meaning=md_escape(c.status_meaning)))
    if c.status_note:
        st.markdown(md_escape(c.status_note))
    st.markdown("\n".join([
        _("- Incumbent: {incumbent}").format(incumbent=md_escape(cards.incumbent_line(c))),
        *(f"- {md_escape(line)}" for line in c.story),
    ]))
    if c.official:
        st.markdown(official_markdown(c.official))
    for person in c.candidates:
        with st.container(border=True):
            party = f" ({md_escape(person.party)})" if person.party else ""
            st.markdown(_("**{name}**{party}: {outcome}").format(
                name=md_escape(person.name), party=party, outcome=md_escape(person.outcome)))
            if person.summary:
                st.markdown(md_escape(person.summary))
            if person.joins_bloc:
                st.markdown(_("Would join: {bloc}").format(bloc=md_escape(person.joins_bloc)))
            backs = "; ".join(md_link(p.title, p.href) for p in race.planks.get(person.id, ()))
            st.markdown(_("Backs: {planks}").format(planks=backs or _("no plank positions recorded")))
            for column, link in zip(st.columns(max(1, len(person.links))), person.links):
                column.link_button(link.label, link.url)
    if c.no_candidate:
        st.markdown(md_escape(c.no_candidate))
    if map_link:
        st.markdown(md_link(_("Open the race card on the map"), race.map_href))
