"""Every result in one plain sentence a voter understands. All user-visible wording lives here.

Strings go through `_()` / `ngettext()` so they can be translated; placeholders are named so a
translation can reorder them.
"""

from __future__ import annotations

from ..data_text import with_chamber
from ..i18n import _, ngettext, percent_text
from .planks import PlankResult, VoteModel
from .probability import ChamberProbabilities
from .scenario import ChamberOutcome, ExecutiveOutcome, Note, ScenarioError, ThresholdResult
from .terms import term_sentence
from .whatittakes import CAUCUS_MAJORITY, DENY_MAJORITY, WhatItTakes


def party_name(party: str | None) -> str:
    return {
        "D": _("Democrats"),
        "R": _("Republicans"),
        "I": _("independents"),
        "other": _("members of other parties"),
    }.get(party or "", party or _("nobody"))


def party_member(party: str | None) -> str:
    """One member of a party: "Republican"."""
    return {"D": _("Democrat"), "R": _("Republican"), "I": _("independent")}.get(
        party or "", party or _("party not recorded")
    )


def caucus_name(caucus: str | None) -> str:
    return {"D": _("Democratic caucus"), "R": _("Republican conference")}.get(caucus or "", _("caucus"))


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def goal_phrase(goal: str) -> str:
    """A goal as something the bloc can have: "enough votes for a discharge petition"."""
    if goal == CAUCUS_MAJORITY:
        return _("a majority of its own caucus")
    if goal == DENY_MAJORITY:
        return _("enough members to deny the majority a party-line majority")
    return _("enough votes for {action}").format(action=action_name(goal))


def action_name(action: str) -> str:
    return {
        "elect-speaker": _("the Speaker vote"),
        "pass-bill": _("passing a bill"),
        "discharge-petition": _("a discharge petition"),
        "override-veto": _("overriding a veto"),
        "impeach": _("an impeachment"),
        "convict": _("conviction on impeachment"),
        "invoke-cloture": _("cloture (which ends a filibuster)"),
        "elect-caucus-leader": _("electing the caucus leader"),
        "sign": _("the signature"),
        "veto": _("the veto"),
        CAUCUS_MAJORITY: _("a majority of its own caucus"),
        DENY_MAJORITY: _("the power to deny the majority a party-line majority"),
    }.get(action, action.replace("-", " "))


def rule_words(t: ThresholdResult, caucus: str) -> str:
    d = t.denominator
    words = {
        "majority_of_voting": _("more than half of the {d} members voting"),
        "fixed_count": _("a fixed {d}, whatever the vacancies"),
        "three_fifths_sworn": _("three-fifths of the {d} members duly chosen and sworn"),
        "two_thirds_voting": _("two-thirds of the {d} members voting"),
        "two_thirds_present": _("two-thirds of the {d} members present"),
        "majority_of_elected": _("more than half of all {d} members elected"),
        "two_thirds_elected": _("two-thirds of all {d} members elected"),
        "caucus_majority": _("more than half of the {d} members of the {caucus}"),
    }.get(t.rule, t.rule)
    return words.format(d=d, caucus=caucus_name(caucus))


def percent(share: float | None) -> str:
    return "-" if share is None else percent_text(share)


def chamber_sentence(o: ChamberOutcome) -> str:
    """Bloc size before and after, and its share of its caucus."""
    n = len(o.wins)
    caucus = _("{pct} of the {seats} {party}").format(
        pct=percent(o.share_of_caucus), seats=o.caucus_after, party=party_name(o.caucus)
    )
    if not o.bloc_known and n == 0:
        return with_chamber(
            _("The data gives no size for a progressive bloc in the {chamber}, so it is counted as 0."), o.name
        )
    if not o.bloc_known:
        return with_chamber(_(
            "The data gives no size for a progressive bloc in the {chamber}, so it is counted as 0 today; with {n} slate {races} won it counts {after}."
        ), o.name, n=n, races=ngettext("race", "races", n), after=o.bloc_after)
    if n == 0:
        return with_chamber(
            _("With no slate race won in the {chamber}, the progressive bloc stays at {after}: {caucus}."),
            o.name, after=o.bloc_after, caucus=caucus,
        )
    if o.bloc_after == o.bloc_before:
        return with_chamber(ngettext(
            "If this race is won, the progressive bloc in the {chamber} stays at {after}, because the seat already sat in it: {caucus}.",
            "If these {n} races are won, the progressive bloc in the {chamber} stays at {after}, because those seats already sat in it: {caucus}.",
            n,
        ), o.name, n=n, after=o.bloc_after, caucus=caucus)
    return with_chamber(ngettext(
        "If this race is won, the progressive bloc in the {chamber} grows from {before} to {after}: {caucus}.",
        "If these {n} races are won, the progressive bloc in the {chamber} grows from {before} to {after}: {caucus}.",
        n,
    ), o.name, n=n, before=o.bloc_before, after=o.bloc_after, caucus=caucus)


def pivot_sentence(o: ChamberOutcome) -> str:
    """The January 2023 Speaker arithmetic, applied to today's majority."""
    p = o.pivot
    if not o.parties_known:
        return with_chamber(_(
            "The data gives no party seats for the {chamber}, so its majority and caucuses cannot be counted."
        ), o.name)
    if p.smallest_bloc is None:
        return _(
            "No caucus holds the {needed} votes needed for {action} on its own, so every vote is a coalition."
        ).format(needed=p.needed, action=action_name(p.action))
    base = _(
        "The {party} ({seats}) need {needed} votes for {action}{tie}, so {smallest} of their own members voting elsewhere could deny them a party-line majority."
    ).format(
        party=party_name(p.majority_caucus),
        seats=p.majority_seats,
        needed=p.needed,
        action=action_name(p.action),
        tie=_(" (the Vice President breaks ties)") if p.tie_broken else "",
        smallest=p.smallest_bloc,
    )
    if not p.bloc_in_majority:
        return (
            base
            + " "
            + _("The progressive bloc sits in the {caucus}, not in that majority.").format(caucus=caucus_name(o.caucus))
        )
    verdict = (
        _("Alone, the progressive bloc ({bloc}) could deny it.")
        if p.can_deny
        else _("Alone, the progressive bloc ({bloc}) could not: it is {short} short.")
    )
    text = base + " " + verdict.format(bloc=p.bloc, short=max(0, (p.smallest_bloc or 0) - p.bloc))
    if not o.bloc_known:
        text += " " + _("(The bloc's size today is not in the data.)")
    return text


def caucus_sentence(o: ChamberOutcome) -> str:
    if not o.parties_known:
        return with_chamber(_(
            "Without party seats in the data, the bloc's share of the {caucus} in the {chamber} is unknown."
        ), o.name, caucus=caucus_name(o.caucus))
    if o.caucus_majority_met:
        text = _(
            "Within the {caucus} ({seats}) the bloc is a majority ({needed} needed): it could elect the caucus leader by itself."
        )
    else:
        text = _("Within the {caucus} ({seats}) the bloc is not a majority: {needed} needed, {short} short.")
    return text.format(
        caucus=caucus_name(o.caucus),
        seats=o.caucus_after,
        needed=o.caucus_majority_needed,
        short=o.caucus_majority_short_by,
    )


def threshold_sentence(o: ChamberOutcome, t: ThresholdResult) -> str:
    text = _("{Action} needs {needed} ({rule}).").format(
        Action=capitalized(action_name(t.action)), needed=t.needed, rule=rule_words(t, o.caucus)
    )
    if t.needed_if_tie_broken is not None:
        text += " " + _("A tie ({tie} each) is broken by the Vice President.").format(tie=t.needed_if_tie_broken)
    if not o.bloc_known:
        bloc = (
            _("The bloc counts {have} (its size today is not in the data): enough.")
            if t.met
            else _("The bloc counts {have} (its size today is not in the data): {short} short.")
        )
    else:
        bloc = _("The bloc has {have}: enough.") if t.met else _("The bloc has {have}: {short} short.")
    text += " " + bloc.format(have=t.have, short=t.short_by)
    if t.action != "elect-caucus-leader" and o.parties_known:
        whole = (
            _("The whole {caucus} ({have}) would be enough.")
            if t.caucus_met
            else _("The whole {caucus} ({have}) would be {short} short.")
        )
        text += " " + whole.format(caucus=caucus_name(o.caucus), have=t.caucus_have, short=t.caucus_short_by)
    return text


def executive_sentence(e: ExecutiveOutcome) -> str:
    if e.slate_holds and e.won_in_scenario:
        text = _("In this scenario the slate wins the office of {office}: {holder} signs and acts on the slate's agenda.")
        return with_chamber(text, e.name, slot="office", holder=e.holder)
    if e.slate_holds:
        return with_chamber(_("The slate has won the office of {office}: {holder}."), e.name, slot="office", holder=e.holder)
    return with_chamber(_("The office of {office} is held by {holder} ({party}), outside the slate."), e.name,
                        slot="office", holder=e.holder or _("nobody recorded"), party=party_member(e.party))


def plank_sentence(p: PlankResult, office_names: dict[str, str], chamber_names: dict[str, str]) -> str:
    name = {**chamber_names, **office_names}
    if p.passes:
        return _("{title} would pass: every step on its path ({path}) is met under the vote model.").format(
            title=p.title, path=", ".join(name.get(b, b) for b in p.path)
        )
    step = next(s for s in p.steps if not s.met)
    where = name.get(step.chamber_id, step.chamber_id)
    vetoed = any(s.action == "veto" for s in p.steps)
    if step.step == "sign":
        holder = dict(step.notes[0].params).get("holder") if step.notes else None
        return with_chamber(_("{title} is blocked at the {office}: {holder} is not assumed to act on it."), where,
                            slot="office", title=p.title, holder=holder or _("the office holder"))
    if step.short_by is None:
        return with_chamber(
            _("{title} is vetoed and the {chamber} has no override rule in the data."), where, title=p.title
        )
    text = _("{title} is blocked in the {chamber} at {action} by {short} {votes}: {yes} yes of {needed} needed.")
    if vetoed:
        text = _(
            "{title} is vetoed; the override fails in the {chamber} by {short} {votes}: {yes} yes of {needed} needed."
        )
    return with_chamber(
        text,
        where,
        title=p.title,
        action=action_name(step.action),
        short=step.short_by,
        votes=ngettext("vote", "votes", step.short_by),
        yes=step.yes,
        needed=step.needed,
    )


def what_it_takes_sentence(w: WhatItTakes, chamber_name: str) -> str:
    goal = goal_phrase(w.goal.action)
    if w.met_already:
        return with_chamber(_("The bloc already has {goal} in the {chamber}."), chamber_name, goal=goal)
    if w.reachable:
        k = len(w.races)
        text = with_chamber(ngettext(
            "For {goal} in the {chamber}, the slate would also need {k} more win, for example {races}.",
            "For {goal} in the {chamber}, the slate would also need {k} more wins, for example {races}.",
            k,
        ), chamber_name, goal=goal, k=k, races=", ".join(w.races))
        if w.alternatives > 1:  # a separate sentence, so every plural form keeps the same placeholders
            text += " " + _("{ways} different sets of that size would do.").format(ways=w.alternatives)
        return text
    if w.goal.action == DENY_MAJORITY:
        return with_chamber(_(
            "No set of slate races gives the bloc {goal} in the {chamber}: the bloc is not part of the majority."
        ), chamber_name, goal=goal)
    n = len(w.considered)
    if n == 0:
        return with_chamber(_(
            "No slate race is left to win in the {chamber}: the bloc stays at {have}, {short} short of {goal} ({needed} needed)."
        ), chamber_name, have=w.have_with_all, short=w.short_by_with_all, goal=goal, needed=w.needed)
    return with_chamber(ngettext(
        "Even winning the {n} remaining race in the {chamber} leaves the bloc at {have}, {short} short of {goal} ({needed} needed).",
        "Even winning all {n} remaining races in the {chamber} leaves the bloc at {have}, {short} short of {goal} ({needed} needed).",
        n,
    ), chamber_name, n=n, have=w.have_with_all, short=w.short_by_with_all, needed=w.needed, goal=goal)


def probability_sentences(cp: ChamberProbabilities, chamber_name: str) -> list[str]:
    uncertain = [r for r, p in cp.races if 0.0 < p < 1.0]
    if not uncertain:
        return []
    out = [
        with_chamber(
            _("With these chances, the progressive bloc in the {chamber} is expected to hold {expected:.1f} seats."),
            chamber_name, expected=cp.expected_bloc,
        )
    ]
    caucus_goals = (CAUCUS_MAJORITY, "elect-caucus-leader")
    for goal, p in cp.goals.items():
        if p > 0 or goal in caucus_goals:
            out.append(_("Chance the bloc alone has {goal}: {pct}.").format(goal=goal_phrase(goal), pct=_chance(p)))
    return out


def _chance(p: float) -> str:
    if 0 < p < 0.005:
        return _("less than 1%")
    if 0.995 < p < 1:
        return _("more than 99%")
    return percent_text(p)


def model_sentences(model: VoteModel) -> list[str]:
    """The vote model's assumptions, as the reader should see them next to every plank."""
    out = [
        _("{pct} of the progressive bloc votes yes.").format(pct=percent(model.bloc_yes)),
        _("{pct} of the rest of the bloc's caucus votes yes.").format(pct=percent(model.caucus_rest_yes)),
        _("{pct} of every other member votes yes.").format(pct=percent(model.other_yes)),
        _("Fractions of a member are rounded down."),
    ]
    if model.backers_yes:
        out.append(_("Slate members in office who back a plank always vote yes."))
    if model.signing_parties:
        out.append(
            _("An executive from these parties signs: {parties}; any other vetoes.").format(
                parties=", ".join(party_name(p) for p in model.signing_parties)
            )
        )
    else:
        out.append(_("Only an executive from the slate signs; any other office holder vetoes or does not act."))
    if model.cloture:
        out.append(_("Where a chamber has a cloture rule (the U.S. Senate), a bill must first win cloture."))
    return out


def note_text(note: Note) -> str:
    p = dict(note.params)
    texts = {
        "bloc_unknown": _("The data gives no progressive bloc size for the {chamber}: it is counted as 0."),
        "approximate": _("Seat counts for the {chamber} are approximate (as of {as_of})."),
        "parties_unknown": _("The data gives no party seats for the {chamber}: caucus and majority figures are left out."),
        "already_in_bloc": _("Winning {race} does not grow the bloc: the incumbent already sits in it."),
        "today_included": _("Races the slate already holds are part of today: {races}."),
        "already_today": _("{race} is already held by the slate; choosing it changes nothing."),
        "assumed_won": _("Result not recorded, assumed won: {offices} (their elections have been held; this data "
                         "version does not say how they went)."),
        "rule_assumed": _("No rule for {action} in the {chamber} is in the data: a majority of those voting is assumed."),
        "vp_breaks_tie": _("The vote in the {chamber} is tied; the Vice President breaks the tie."),
        "slate_holds_office": _("The slate holds the office of {office} ({holder}): it signs."),
        "party_signs": _("{holder} ({office}) is assumed to sign."),
        "does_not_act": _("{holder} ({office}) is not assumed to act on it."),
        "vetoes": _("{holder} ({office}) is assumed to veto."),
        "no_override_rule": _("No veto-override rule for the {chamber} is in the data."),
    }
    if note.code == "bloc_is":
        return bloc_is_text(p)
    text = texts.get(note.code, note.code)
    if "races" in p:
        p["races"] = ", ".join(p["races"]) or _("none")
    if "offices" in p:  # office names hold commas of their own
        p["offices"] = "; ".join(p["offices"])
    return with_chamber(text, **p) if "chamber" in p else text.format(**p)


def bloc_is_text(p: dict) -> str:
    """Which recorded bloc(s) the chamber's progressive bloc is, and the slate's members counted beside them."""
    blocs = "; ".join(p["blocs"])
    if not p["holders"]:
        return with_chamber(_("In the {chamber} the progressive bloc is: {blocs}."), p["chamber"], blocs=blocs)
    text = ngettext("In the {chamber} the progressive bloc is: {blocs}, and {n} slate member holding a seat outside it.",
                    "In the {chamber} the progressive bloc is: {blocs}, and {n} slate members holding seats outside it.",
                    p["holders"])
    return with_chamber(text, p["chamber"], blocs=blocs, n=p["holders"])


def error_text(err: ScenarioError, choices: list[str]) -> str:
    parts = []
    if err.unknown:
        parts.append(_("Unknown race id(s): {ids}.").format(ids=", ".join(err.unknown)))
    if err.closed:
        parts.append(_("Already decided (lost, or their election is over), so they cannot be won in a scenario: {ids}.").format(
            ids=", ".join(err.closed)))
    if err.held:
        parts.append(
            _("Already held by the slate, so they take no probability: {ids}.").format(ids=", ".join(err.held))
        )
    parts.append(_("Races you can choose: {ids} (or 'all', or 'none').").format(ids=", ".join(choices)))
    return " ".join(parts)


def chamber_sentences(o: ChamberOutcome) -> list[str]:
    return [chamber_sentence(o), pivot_sentence(o), caucus_sentence(o)] + [
        threshold_sentence(o, t) for t in o.thresholds
    ]


def scenario_sentences(result) -> dict:
    """Every sentence of a ScenarioResult, keyed like its parts (what the page and --json show)."""
    chamber_names = {cid: o.name for cid, o in result.chambers.items()}
    office_names = {eid: e.name for eid, e in result.executives.items()}
    out = {
        "chambers": {cid: chamber_sentences(o) for cid, o in result.chambers.items()},
        "terms": {cid: term_sentence(o) for cid, o in result.chambers.items()},
        "executives": {eid: executive_sentence(e) for eid, e in result.executives.items()},
        "planks": {p.plank_id: plank_sentence(p, office_names, chamber_names) for p in result.planks},
        "what_it_takes": [what_it_takes_sentence(w, chamber_names[w.goal.chamber_id]) for w in result.what_it_takes],
        "model": model_sentences(result.model),
        "notes": [note_text(n) for n in result.notes]
        + [note_text(n) for o in result.chambers.values() for n in o.notes]
        + [note_text(n) for p in result.planks for s in p.steps for n in s.notes],
    }
    if result.chamber_probabilities:
        out["probabilities"] = {
            cid: probability_sentences(cp, chamber_names[cid]) for cid, cp in result.chamber_probabilities.items()
        }
        out["office_probabilities"] = {
            eid: with_chamber(_("Chance the slate holds the office of {office}: {pct}."), office_names[eid],
                              slot="office", pct=_chance(p))
            for eid, p in result.office_probabilities.items()
            if 0.0 < p < 1.0
        }
        titles = {p.plank_id: p.title for p in result.planks}
        out["plank_probabilities"] = {
            pid: _("Chance {title} passes its whole path under the vote model: {pct}.").format(
                title=titles[pid], pct=_chance(p)
            )
            for pid, p in result.plank_probabilities.items()
        }
    return out
