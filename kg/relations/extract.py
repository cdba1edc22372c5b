"""Relations from a parsed document: candidates from the frames, then a decision on each.

`extract(ctx, document)` is a generator of `Decision`s, one per candidate relation and pair of
actors, kept or dropped with the reason (kg explain prints them); `interactions(...)` keeps the
kept ones. The decision reads the modality and the event date, pairs sources with targets
(symmetric and mutual relations both ways), drops relations of a state with itself, and keeps the
most confident reading of each dyad in a sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from kg.relations.arguments import Arg, DocContext, actors_at
from kg.relations.dates import event_date
from kg.relations.frames import SPEECH_ACT_RULES, SYMMETRIC, Candidate, candidates, sayers
from kg.relations.modality import read_modality, reporting_verb
from kg.relations.rules import resolved_ceiling
from kg.relations.slots import (
    CALLING,
    PARTITIVES,
    governing_verb,
    is_sum,
    making_of,
    moves,
    phone_objects,
    repeated_preps,
    subject_of,
)
from kg.types import Actor, ActorKind, Document, Interaction, Modality, Relation

__all__ = ["Candidate", "Decision", "candidates", "extract", "interactions", "subject_of"]


@dataclass
class Decision:
    """One candidate relation between two actors, and whether it was kept (and why not)."""

    candidate: Candidate
    source: Arg | None
    target: Arg | None
    modality: Modality
    cues: tuple[str, ...]
    confidence: float
    kept: bool
    reason: str
    interaction: Interaction | None = field(default=None)


def extract(ctx: DocContext, document: Document) -> Iterator[Decision]:
    """Every decision taken on the document's candidate relations, sentence by sentence."""
    day = document.day  # parsed once: event dates count from it
    for sent in ctx.doc.sents:
        ctx.check_time()
        seen: dict[tuple[str, str, str], Decision] = {}
        for cand in candidates(sent, ctx):
            for decision in _decide(cand, ctx, document, day, sent):
                if decision.kept and decision.interaction is not None:
                    i = decision.interaction
                    key = (i.source.key, i.relation.value, i.target.key)
                    prev = seen.get(key)
                    if prev is not None and prev.confidence >= decision.confidence:
                        decision.kept, decision.reason = False, "same relation already read here"
                    else:
                        if prev is not None:
                            prev.kept, prev.reason = False, "a stronger reading of it follows"
                        seen[key] = decision
                yield decision


def interactions(ctx: DocContext, document: Document) -> list[Interaction]:
    """The kept interactions of a document (read once every decision is taken: a later, stronger
    reading can drop an earlier one)."""
    decisions = list(extract(ctx, document))
    return [d.interaction for d in decisions if d.kept and d.interaction is not None]


_CONDITIONS = frozenset({"if", "unless", "if-clause"})
_AT_ONCE = frozenset({"immediately", "now", "tomorrow"})


def _scheduled(trigger: Token, cues: tuple[str, ...], ctx: DocContext) -> bool:
    """Whether a declared punishment is announced as the deed to come, not held over someone
    as a threat: announced ("announced that Washington would impose sanctions"), or given a
    time ("would impose a tariff on Brazilian imports from Aug. 1", "would immediately
    impose"), and on no condition ("would impose sanctions if ..." is a threat)."""
    if _CONDITIONS.intersection(cues):
        return False
    deed = governing_verb(trigger) if trigger.pos_ == "NOUN" else trigger
    if deed is None:
        return False
    report = reporting_verb(deed, ctx.lexicon)
    if report is not None and report.lemma_.lower() in ctx.lexicon.punishment_announced:
        return True
    timed = [c for c in deed.children if c.dep_ in ("advmod", "npadvmod", "prep")]
    return any(c.lower_ in _AT_ONCE or any(t.ent_type_ == "DATE" for t in c.subtree) for c in timed)


def _decide(
    cand: Candidate, ctx: DocContext, document: Document, day: dt.date | None, sent: Span
) -> Iterator[Decision]:
    if cand.rule in SPEECH_ACT_RULES:
        # a judgement is the speaker's act: its modality is that of the report, not of the
        # words judged ("It's time to stop Israel's cruel attacks" criticises, it does not stop)
        report = reporting_verb(cand.trigger, ctx.lexicon)
        modality, cues = (
            read_modality(report, cand.relation, ctx.lexicon)
            if report is not None
            else (Modality.ASSERTED, ())
        )
    else:
        modality, cues = read_modality(cand.trigger, cand.relation, ctx.lexicon)
    relation = cand.relation
    if modality is Modality.INTENDED and relation is Relation.THREATENS:
        # a threat is about what will come: vowing or promising reprisals is making the threat
        modality = Modality.ASSERTED
    if (
        modality is Modality.INTENDED
        and relation in ctx.lexicon.intent_to_punish
        and not ctx.lexicon.punishment_decided.intersection(cues)
        and not _scheduled(cand.trigger, cues, ctx)
    ):
        # a declared intention to punish is a threat: "Turkey will impose sanctions on Greece"
        # (one decided is the deed intended: "EU leaders agreed to impose sanctions on Minsk")
        cand = Candidate(
            cand.trigger,
            Relation.THREATENS,
            cand.sources,
            cand.targets,
            cand.rule + "+intent-to-punish",
        )
        modality, cues = Modality.ASSERTED, (*cues, f"declared intent to {relation.value}")
    elif (
        modality is Modality.HYPOTHETICAL
        and relation in ctx.lexicon.intent_to_punish
        and _held_over(cand, cues, ctx)
    ):
        # "the EU could impose tariffs on American goods if talks fail", the EU says: the
        # punishment is supposed, and saying so is a threat made now
        threat = Candidate(
            cand.trigger,
            Relation.THREATENS,
            cand.sources,
            cand.targets,
            cand.rule + "+intent-to-punish",
        )
        yield from _decisions(
            threat,
            Modality.ASSERTED,
            (*cues, f"supposed {relation.value} held over"),
            ctx,
            document,
            day,
            sent,
        )
    elif (
        relation is Relation.COOPERATES
        and modality is Modality.NEGATED
        and _ties_to_be_cut(cand.trigger, ctx)
    ):
        # "Ethiopia said it would downgrade relations with Egypt if Cairo ...": saying one will
        # cut one's ties with a state is a threat made now (CAMEO 1313)
        threat = Candidate(
            cand.trigger, Relation.THREATENS, cand.sources, cand.targets, cand.rule + "+ties-cut"
        )
        yield from _decisions(
            threat, Modality.ASSERTED, (*cues, "ties to be cut"), ctx, document, day, sent
        )
    yield from _decisions(cand, modality, cues, ctx, document, day, sent)


_TO_COME = frozenset({"will", "would", "shall"})  # (not "could", "may": speculation)
_THREATENING = frozenset({"threaten", "vow", "warn", "pledge"})


def _ties_to_be_cut(trigger: Token, ctx: DocContext) -> bool:
    """Whether ties ("relations", "ties") are the object of a verb that cuts them, in a clause
    still to come: one with "will" or "would", one threatened or vowed, or on a condition
    ("would downgrade relations with Egypt if ...", "threatened to sever ties with Qatar"),
    not announced with its day ("will cut ties on Monday"), nor denied ("denied it would cut
    ties")."""
    verb = trigger.head
    if trigger.lemma_.lower() not in ctx.lexicon.standing_nouns or trigger.dep_ != "dobj":
        return False
    if verb.lemma_.lower() not in ctx.lexicon.negating_verbs or any(
        c.dep_ == "neg" for c in verb.children
    ):
        return False  # ("would not break relations": no threat)
    to_come = (
        any(c.dep_ == "aux" and c.lower_ in _TO_COME for c in verb.children)
        or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _THREATENING)
        or any(
            c.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in c.children)
            for c in verb.children
        )
    )
    if not to_come or _scheduled(trigger, (), ctx):
        return False
    denied = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ctx.lexicon.negating_verbs
    return not denied  # ("denied it would cut ties": no threat)


_SUPPOSING = _CONDITIONS | {"could", "might", "may"}
# a punishment one says one weighs is held over its target: "said it was considering a strike"
_WEIGHING = frozenset({"consider", "mull", "weigh", "contemplate"})


def _held_over(cand: Candidate, cues: tuple[str, ...], ctx: DocContext) -> bool:
    """Whether a supposed punishment is held over its target by the punisher itself: supposed
    only by a modal or a condition of its own ("could impose", "would strike if"), in the
    words of the one who would do it ("the EU said it could ...", "Tehran said it was
    considering a strike on ..."; not "analysts said the EU could ...", nor what someone is
    urged or asked to do)."""
    if not cues or not set(cues) <= _SUPPOSING | _WEIGHING:
        return False
    doers = {ctx.state_of(a.actor).key for a in cand.sources}
    speakers = sayers(cand.trigger, ctx)
    return bool(doers & {ctx.state_of(a.actor).key for a in speakers})


def _decisions(
    cand: Candidate,
    modality: Modality,
    cues: tuple[str, ...],
    ctx: DocContext,
    document: Document,
    day: dt.date | None,
    sent: Span,
) -> Iterator[Decision]:
    """The decisions on a candidate whose modality is read: one per pair of sides."""
    pairs = _pairs(cand, ctx, _is_mutual(cand, modality, ctx), _done_together(cand, ctx))
    evidence = sent.text.strip()
    start = sent.start_char + len(sent.text) - len(sent.text.lstrip())
    event = event_date(cand.trigger, day)
    when = event.isoformat() if event is not None else document.date
    if not pairs:
        why = "no source found" if not cand.sources else "no target found"
        yield Decision(
            cand,
            cand.sources[0] if cand.sources else None,
            cand.targets[0] if cand.targets else None,
            modality,
            cues,
            0.0,
            False,
            why,
        )
        return
    for source, pair_target in pairs:
        reason = _no_side(cand, pair_target, ctx)
        if reason is not None:
            yield Decision(cand, source, pair_target, modality, cues, 0.0, False, reason)
            continue
        s_state = ctx.state_of(source.actor)
        target = _other_side(source, s_state, pair_target, cand.relation, cand.trigger, ctx)
        t_state = ctx.state_of(target.actor)
        confidence = round(cand.confidence * min(source.confidence, target.confidence), 3)
        confidence = min(confidence, resolved_ceiling(source.how), resolved_ceiling(target.how))
        unplaced = _unplaced(s_state, t_state)
        if unplaced is not None:
            yield Decision(cand, source, target, modality, cues, confidence, False, unplaced)
            continue
        interaction = Interaction(
            doc_id=document.id,
            source=source.actor,
            relation=cand.relation,
            target=target.actor,
            modality=modality,
            evidence=evidence,
            start=start,
            end=start + len(evidence),
            confidence=confidence,
            date=when,
            trigger=cand.trigger.text,
            source_state=s_state.key,
            target_state=t_state.key,
            cues=cues,
        )
        yield Decision(
            cand, source, target, modality, cues, confidence, True, f"{cand.rule} rule", interaction
        )


_HOSTILE = frozenset(
    {Relation.ATTACKS, Relation.SANCTIONS, Relation.CRITICIZES, Relation.THREATENS}
)


def _other_side(
    source: Arg, state: Actor, target: Arg, relation: Relation, trigger: Token, ctx: DocContext
) -> Arg:
    """The target, unless a pronoun bound it to the source's own state in a hostile deed: no
    one strikes its own sites, so "Iran will retaliate if Israel strikes its nuclear sites" is
    read again without Israel (Iran's sites), and "Washington accuses it" without Washington.
    (Not a description: "the country" so read again was wrong in 6 of 7 unseen stories.)"""
    if relation not in _HOSTILE or target.how != "pronoun":
        return target
    if ctx.state_of(target.actor).key != state.key:
        return target
    pronoun = ctx.doc[target.token]
    if not (_owns_the_deeds_object(pronoun, trigger) or _plain_object(pronoun, trigger)):
        return target
    again = actors_at(pronoun, ctx, exclude=frozenset({source.actor.key, state.key}))
    return again[0] if again else target


_SIDING = frozenset({Relation.SUPPORTS, Relation.COOPERATES, Relation.MEETS})


def _no_side(cand: Candidate, target: Arg, ctx: DocContext) -> str | None:
    """Why a target read for a candidate is no side of it, or None: the doers' own thing, a
    people counted where guests are met, a part split from the state named."""
    if _their_own(cand, target, ctx):
        return "the pronoun stands for the doers together: the object is their own"
    if cand.relation is Relation.MEETS and _a_people_counted(target, ctx):
        return "people counted by their nationality are no party met"
    if cand.relation in _SIDING and _split_from(ctx.doc[target.token], ctx):
        return "a part split from the state is not the state's side"
    return None


def _a_people_counted(target: Arg, ctx: DocContext) -> bool:
    """Whether a state is read from its people counted as a part or a number ("hosting most of
    the Venezuelans who have fled", "thousands of Haitians", "3 million Syrians"): refugees,
    not guests."""
    tok = ctx.doc[target.token]
    if target.how != "demonym" or tok.tag_ not in ("NNPS", "NNS"):
        return False
    whole = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    counted = whole is not None and (
        whole.lower_ in PARTITIVES or whole.ent_type_ == "CARDINAL" or is_sum(whole)
    )
    return counted or is_sum(tok)


def _split_from(tok: Token, ctx: DocContext) -> bool:
    """Whether a state is named as what a part is split from: "recognised two breakaway
    regions of [Ukraine]", "[Georgia]'s separatist provinces"."""
    part = tok.head
    if tok.dep_ == "pobj" and part.lower_ == "of":
        part = part.head
    elif tok.dep_ != "poss":
        return False
    return any(  # (the whole modifier: "self-proclaimed" is three tokens)
        c.dep_ in ("amod", "compound")
        and ctx.doc[c.left_edge.i : c.i + 1].text.lower() in ctx.lexicon.breakaways
        for c in part.children
    )


def _owns_the_deeds_object(pronoun: Token, trigger: Token) -> bool:
    """Whether a possessive pronoun owns the object of a deed: "strikes [its] sites", "fired at
    [its] vessels", "are battling [their] outbreaks"."""
    owned = pronoun.head
    return pronoun.dep_ == "poss" and (
        owned.head.i == trigger.i or (owned.dep_ == "pobj" and owned.head.head.i == trigger.i)
    )


def _plain_object(pronoun: Token, trigger: Token) -> bool:
    """Whether a pronoun is the deed's own object, which is never its subject ("Washington
    accuses [it] of ...": someone other than Washington; one's own self is "itself")."""
    return (
        pronoun.dep_ == "dobj"
        and pronoun.head.i == trigger.i
        and not pronoun.lower_.endswith(("self", "selves"))
    )


def _their_own(cand: Candidate, target: Arg, ctx: DocContext) -> bool:
    """Whether a hostile deed's object is the doers' own, owned by a pronoun that stands for
    them together: "Zambia and Zimbabwe are battling [their] cholera outbreaks" is no fight of
    one with the other."""
    if cand.relation not in _HOSTILE or target.how != "pronoun" or len(cand.sources) < 2:
        return False
    doers = {ctx.state_of(a.actor).key for a in cand.sources}
    return ctx.state_of(target.actor).key in doers and _owns_the_deeds_object(
        ctx.doc[target.token], cand.trigger
    )


def _is_mutual(cand: Candidate, modality: Modality, ctx: DocContext) -> bool:
    """A relation both sides perform, as a fact: what two sides exchange ("exchanged fire with
    India"), a conflict both wage ("its trade war with Mexico"), a cooperation done jointly."""
    lex = ctx.lexicon
    trigger = cand.trigger
    if not modality.factual:
        return False
    if "+exchange" in cand.rule:
        return True
    waged = lex.mutual_conflicts.get(trigger.lemma_.lower())
    if waged and any(c.lower_ in waged for c in trigger.children if c.dep_ in ("compound", "amod")):
        return True
    if cand.relation is not Relation.COOPERATES:
        return False
    if trigger.lemma_.lower() not in lex.mutual:
        return False
    if cand.rule in ("noun+between", "noun+joint"):  # "a deal between Britain and Mauritius"
        return True
    if modality is not Modality.ASSERTED:  # "would resume cooperation with": one side's intent
        return False
    if trigger.pos_ == "VERB":
        return trigger.lemma_.lower() in lex.joint_acts
    governor = governing_verb(trigger)
    return governor is not None and governor.lemma_.lower() in lex.joint_acts


def _done_together(cand: Candidate, ctx: DocContext) -> bool:
    """May coordinated subjects of a meeting or cooperation noun be paired? "Greece and Panama
    held talks" yes; "Greece and Panama supported the talks" no: they back someone else's."""
    trigger = cand.trigger
    if trigger.pos_ == "VERB" or cand.rule in (
        "noun+pair",
        "noun+between",
        "noun+joint",
        "noun+exchange",  # "fighting between Kyrgyz and Tajik troops"
    ):
        return True
    if any(
        c.dep_ == "amod" and c.lower_ in ("joint", "bilateral", "mutual") for c in trigger.children
    ):
        return True  # "what U.S. and Iraqi officials describe as a joint operation"
    if making_of(trigger) is not None:
        return True  # "Ruto and Chinh oversaw the signing of agreements": they signed them
    governor = governing_verb(trigger)
    if governor is None:
        return True
    if governor.lemma_ == "be" and trigger.head.lower_ == "in":
        return True  # "Saudi Arabia and Israel are in talks"
    lemma = governor.lemma_.lower()
    lex = ctx.lexicon
    return lemma in lex.light_verbs or lemma in lex.joint_acts or lemma in lex.exchange_verbs


def _unplaced(source: Actor, target: Actor) -> str | None:
    """Why two sides (at the level of whom they serve) make no interaction, or None: one state
    on both sides, or a person the text ties to no state or organisation, no party an analyst
    can place (on judged unseen text every such reading was wrong: 0 of 65)."""
    if source.key == target.key:
        return "source and target are the same state"
    for side in (source, target):
        if side.kind is ActorKind.OFFICIAL:
            return f"{side.label} serves no known state or organisation"
    return None


def _separate_visits(trigger: Token) -> bool:
    """Whether the places a trip goes to ("travelled to Ghana and Senegal", "will visit Peru and
    Chile") are separate visits, whose hosts do not meet each other, as are those met
    "separately" or by phone. Those a meeting is "with" are otherwise taken to sit together
    ("talks with Iran and Russia")."""
    if trigger.pos_ == "VERB" and moves(trigger):
        return True
    if trigger.lemma_.lower() in _ONE_BY_ONE or phone_objects(trigger):
        # calls are made one by one ("spoke by telephone with A and B"), and so is speaking to
        # people ("spoke to Qureshi and Swaraj, urging both sides")
        return True
    # "met separately with his Chinese and Indian counterparts", "held talks with each"
    # "spoke with Kurti and with Vucic": a preposition said again is another meeting
    # ("held talks with Modi, whom ..., and [with] Lula", the second hung on the verb)
    heads = [trigger, *([trigger.head] if trigger.dep_ in ("dobj", "pobj") else [])]
    return bool(repeated_preps(trigger)) or any(
        (c.dep_ == "advmod" and c.lower_ in _APART)
        or (c.dep_ == "amod" and c.lower_ in _SEPARATE)
        or (c.dep_ == "prep" and any(k.dep_ == "conj" and k.lower_ == c.lower_ for k in c.children))
        for h in heads
        for c in h.children
    )


# verbs of talks held with each of those named in turn (one who shuttles between two sides,
# or briefs them, sees each: "shuttled between Beirut and Jerusalem", "briefed the foreign
# ministers of China and Saudi Arabia")
_ONE_BY_ONE = CALLING | {"speak", "shuttle", "brief"}
_APART = frozenset({"separately", "individually", "respectively", "apart", "bilaterally"})
_SEPARATE = frozenset({"separate", "bilateral"})  # "held separate talks with A and B"


def _all_between(cand: Candidate, ctx: DocContext) -> bool:
    """Whether all sides are named "between" ("a meeting between Jordan, the U.S., the EU and
    the UN"): they sit together, however many, unlike those a go-between mediates between."""
    if not cand.rule.endswith("between"):
        return False
    for arg in cand.sources:
        tok = ctx.doc[arg.token]
        # "between British, Irish, Spanish and French officials": up from the modifier
        while tok.dep_ in ("conj", "amod", "compound", "nmod", "poss") and tok.head.i != tok.i:
            tok = tok.head
        if not (tok.dep_ == "pobj" and tok.head.lower_ == "between"):
            return False
    return True


def _two_others(cand: Candidate, ctx: DocContext) -> bool:
    """Whether those met are two states (or organisations) besides the sources' own."""
    own = {ctx.state_of(a.actor).key for a in cand.sources}
    return len({ctx.state_of(a.actor).key for a in cand.targets} - own) == 2


def _pairs(
    cand: Candidate, ctx: DocContext, mutual: bool = False, joint: bool = True
) -> list[tuple[Arg, Arg]]:
    if cand.sources and cand.targets:
        pairs = [(s, t) for s in cand.sources for t in cand.targets]
        if (
            cand.relation is Relation.MEETS
            and (_all_between(cand, ctx) or _two_others(cand, ctx))
            and not _separate_visits(cand.trigger)
        ):
            # "a meeting with Iran and Russia": the three sit together, as all sides "between"
            # do; not a longer list of those met ("spoke with the leaders of Britain, France,
            # Germany and Italy", "talks with the other signatories"), seldom one table
            pairs += [(a, b) for i, a in enumerate(cand.targets) for b in cand.targets[i + 1 :]]
        if mutual:  # "China signed a trade agreement with Mauritius": Mauritius signed it too
            pairs += [(t, s) for s, t in pairs]
        return pairs
    exchanged = cand.rule.endswith("+exchange")
    if (
        (cand.relation in SYMMETRIC or exchanged)
        and len(cand.sources) >= 2
        and not cand.targets
        and joint
    ):
        if exchanged:  # "India and Pakistan exchanged fire": each side on the other
            return [
                (a, b) for a in cand.sources for b in cand.sources if a.actor.key != b.actor.key
            ]
        # "France and Egypt signed an agreement": each pair of sides once (meeting and
        # cooperating are scored, and meeting stated, both ways)
        return [
            (a, b)
            for i, a in enumerate(cand.sources)
            for b in cand.sources[i + 1 :]
            if a.actor.key != b.actor.key
        ]
    return []
