"""Relations from a parsed document: triggers, their source and target, modality, confidence.

`extract(ctx, document)` is a generator of `Decision`s, one per candidate relation, kept or
dropped with the reason (kg explain prints them); `interactions(...)` keeps the kept ones.

Rules, each a function below:
- verb frame: subject -> object ("Russia supports Cuba"), passive "by"-agent ("Cuba was attacked by
  X"), prepositional objects ("stand with Cuba", "talks to Iran"), a subject inherited through
  "wants to", coordination and relative clauses;
- noun frame: owner -> prepositional object ("Russia's support for Cuba", "the US embargo against
  Cuba", "an embargo imposed on Cuba by the United States"), or the subject of the verb that
  governs the noun ("X imposed sanctions on Y", "Lavrov said after talks with Rodriguez");
- evaluation: a speaker calling someone's measures "unacceptable" or "illegal" criticises them;
- symmetric meetings and agreements with no object ("Obama and Putin met") pair the subjects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from kg.relations.arguments import Arg, DocContext, actors_at
from kg.relations.dates import event_date
from kg.relations.modality import read_modality, reporting_verb
from kg.types import Document, Interaction, Modality, Relation

SUBJ = ("nsubj", "csubj")
PASS_SUBJ = ("nsubjpass", "csubjpass")
OBJ = ("dobj", "dative", "attr", "oprd")
INHERITS_SUBJECT = ("xcomp", "conj", "advcl", "ccomp", "pcomp")
GOVERNED_NOUN = ("dobj", "pobj", "nsubjpass", "attr", "conj", "appos", "npadvmod", "oprd")
SYMMETRIC = (Relation.MEETS, Relation.COOPERATES)
NOT_NEARBY = (
    SUBJ
    + PASS_SUBJ
    + ("agent", "ccomp", "advcl", "relcl", "conj", "mark", "aux", "neg", "punct", "npadvmod")
)
# prepositional phrases that name circumstances, not the other side of a relation
NOT_TARGET_PREPS = frozenset(
    {
        "from",
        "by",
        "during",
        "after",
        "before",
        "since",
        "despite",
        "over",
        "under",
        "amid",
        "as",
        "like",
        "via",
        "through",
        "including",
        "among",
        "because",
        "of",
        "to",
    }
)
CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "csubj", "conj", "appos"})
# prepositions whose object may be the target when it hangs on the verb's object
OBJECT_PPS = frozenset({"against", "on", "toward", "towards", "upon", "with", "to"})
# a prepositional object names the target through its owner: "complained over Israeli raids"
OWNER_PPS = frozenset({"over", "about", "for", "of"})
SPEECH_ACT_RULES = frozenset({"evaluation", "judgement"})
UNDER_RELATIONS = frozenset({Relation.SANCTIONS, Relation.ATTACKS, Relation.THREATENS})
COLLECTIVE_HEADS = frozenset(
    {
        "round",
        "series",
        "hour",
        "day",
        "week",
        "month",
        "session",
        "wave",
        "spate",
        "string",
        "barrage",
        "volley",
        "number",
        "couple",
        "lot",
        "host",
    }
)
MOVEMENT_VERBS = frozenset({"visit", "travel", "fly", "arrive", "tour", "come", "go", "head"})


@dataclass(frozen=True)
class Candidate:
    """A trigger with the actors found in its source and target slots."""

    trigger: Token
    relation: Relation
    sources: list[Arg]
    targets: list[Arg]
    rule: str
    confidence: float


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
    for sent in ctx.doc.sents:
        seen: dict[tuple[str, str, str], Decision] = {}
        for cand in candidates(sent, ctx):
            for decision in _decide(cand, ctx, document, sent):
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


# -- candidates -----------------------------------------------------------------------------------
def candidates(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    lex = ctx.lexicon
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB":
            rel = _phrasal_relation(tok, ctx) or lex.verbs.get(lemma)
            if rel is not None:
                yield from _verb_frame(tok, rel, ctx)
        elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound" and not ctx.index.at(tok.i):
            modifiers = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")]
            rel = next(
                (r for m in modifiers if (r := lex.compound_nouns.get((m, lemma))) is not None),
                lex.nouns.get(lemma),
            )
            if rel is not None:
                yield from _noun_frame(tok, rel, ctx)
            if lemma in lex.evaluated_nouns:
                yield from _evaluation_frame(tok, ctx)
            if any(c.dep_ == "amod" and c.lower_ == "joint" for c in tok.children):
                yield from _joint_frame(tok, ctx)
        if tok.lower_ in lex.evaluative_negative and tok.dep_ in ("acomp", "amod", "attr"):
            yield from _judged_actor_frame(tok, ctx)


def _phrasal_relation(verb: Token, ctx: DocContext) -> Relation | None:
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in ("prt", "prep", "dobj"):
            rel = ctx.lexicon.phrasal.get((lemma, child.lower_))
            if rel is not None:
                return rel
    return None


def _verb_frame(verb: Token, rel: Relation, ctx: DocContext) -> Iterator[Candidate]:
    if rel is Relation.MEETS and _moves(verb) and _military_subject(verb, ctx):
        return
    sources = subject_of(verb, ctx)
    targets: list[Arg] = []
    rule = "verb"
    for child in verb.children:
        if child.dep_ in PASS_SUBJ:
            targets += actors_at(child, ctx)
            rule = "passive"
            sources = []  # "if it is attacked": no agent named, none inherited
        elif child.dep_ == "agent":
            sources = [
                a
                for p in child.children
                if p.dep_ == "pobj"
                for a in actors_at(p, ctx, role="source")
            ]
        elif child.dep_ in OBJ:
            targets += actors_at(child, ctx)
    if not targets and verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "Somali soldiers, supported by the U.S. military": the noun modified undergoes it
        targets = actors_at(verb.head, ctx)
        sources = [
            a
            for c in verb.children
            if c.dep_ == "agent"
            for p in c.children
            if p.dep_ == "pobj"
            for a in actors_at(p, ctx, role="source")
        ]
        rule = "passive-participle"
    between = [
        a
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "between"
        for p in c.children
        if p.dep_ == "pobj"
        for a in actors_at(p, ctx)
    ]
    if not targets and len(between) >= 2:
        if sources:  # "Turkey mediated between Russia and Ukraine": the mediator meets both
            yield Candidate(verb, rel, sources, between, "verb+between", 0.75)
        else:  # "continuing to work between Washington and Kyiv"
            yield Candidate(verb, rel, between[:1], between[1:], "verb+between", 0.75)
        return
    if not targets:
        targets = _prep_targets(verb, ctx.lexicon.verb_preps[rel], ctx, allow_places=_moves(verb))
        rule += "+prep"
    if not targets and rel in ctx.lexicon.owner_as_target:  # "condemned Russia's attack"
        targets = [a for c in verb.children if c.dep_ == "dobj" for a in _owners_of(c, ctx)]
        targets = targets or [
            a
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in OWNER_PPS
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for a in _owners_of(pobj, ctx)
        ]
        rule = "verb+object-owner"
    if not targets:  # "threatened further action against Russia"
        targets = [
            a for c in verb.children if c.dep_ == "dobj" for a in _prep_targets(c, OBJECT_PPS, ctx)
        ]
        rule = "verb+object-pp"
    if not targets:
        for child in verb.children:
            if child.dep_ in ("xcomp", "ccomp") and child.pos_ == "VERB":
                # "threatened to impose sanctions on Greece": the object of the complement
                targets = [a for c in child.children if c.dep_ in OBJ for a in actors_at(c, ctx)]
                targets = (
                    targets
                    or _prep_targets(child, OBJECT_PPS | ctx.lexicon.verb_preps[rel], ctx)
                    or [
                        a
                        for c in child.children
                        if c.dep_ == "dobj"
                        for a in _prep_targets(c, OBJECT_PPS, ctx)
                    ]
                )
                if targets:
                    rule += "+complement"
                    break
    if not targets and rel is Relation.ATTACKS:
        targets = _victims_place(verb, ctx)
        rule = "verb+victims-place"
    if not targets:
        targets = _nearby_objects(verb, ctx)
        rule += "+nearby"
    if not targets and rel in SYMMETRIC and len(sources) >= 2:
        rule = "verb+pair"  # "the two countries would discuss trade": they meet each other
    yield Candidate(verb, rel, sources, targets, rule, _base_confidence(rule))


def _victims_place(verb: Token, ctx: DocContext) -> list[Arg]:
    """ "airstrikes killed 12 people in southern Lebanon": people with no nationality named are
    the state where they are struck."""
    found: list[Arg] = []
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in ctx.lexicon.population_nouns:
            continue
        if _owners_of(obj, ctx):
            return []
        for head in (obj, verb):
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "across", "inside"):
                    found += [
                        a for p in prep.children if p.dep_ == "pobj" for a in actors_at(p, ctx)
                    ]
    return found


def _moves(verb: Token) -> bool:
    return verb.lemma_.lower() in MOVEMENT_VERBS


def _military_subject(verb: Token, ctx: DocContext) -> bool:
    """ "Kenyan troops arrived in Haiti": soldiers travelling are a deployment, not a meeting."""
    return any(
        c.dep_ in SUBJ and c.lemma_.lower() in ctx.lexicon.military_nouns for c in verb.children
    )


def _noun_frame(noun: Token, rel: Relation, ctx: DocContext) -> Iterator[Candidate]:
    lex = ctx.lexicon
    owners: list[Arg] = []
    owner_rule = "noun"
    targets = _prep_targets(noun, lex.noun_preps[rel] - {"by", "from"}, ctx)
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ == "PRON" and _governing_verb(noun) is not None:
            continue  # "India and Mauritius upgraded [their] ties": the subject says who
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            owners += actors_at(child, ctx)
        elif child.dep_ == "prep" and child.lower_ in ("by", "from"):
            owners += [a for p in child.children if p.dep_ == "pobj" for a in actors_at(p, ctx)]
        elif child.dep_ == "acl":  # "an embargo imposed on Cuba by the United States"
            for grand in child.children:
                if grand.dep_ == "agent":
                    owners += [
                        a for p in grand.children if p.dep_ == "pobj" for a in actors_at(p, ctx)
                    ]
            if not targets:
                targets = _prep_targets(child, lex.noun_preps[rel] | {"on"}, ctx)
    if not targets and rel is Relation.SANCTIONS:  # "tariffs on American whiskey"
        targets = _goods_targets(noun, lex.noun_preps[rel], ctx)
    if not targets and rel is Relation.ATTACKS:  # "Israeli airstrikes killed 12 people in Lebanon"
        for verb in [c for c in noun.children if c.dep_ == "acl"] + [noun.head]:
            if verb.pos_ == "VERB" and not targets:
                targets = _victims_place(verb, ctx)
    if rel in SYMMETRIC and not targets:
        paired = _modifier_actors(noun, ctx)
        if len({ctx.state_of(a.actor).key for a in paired}) >= 2:  # "U.S.-Ukraine talks"
            yield Candidate(noun, rel, paired, [], "noun+pair", 0.75)
            return
    under = _under(noun, rel, ctx)
    if under is not None:
        yield Candidate(noun, rel, owners, under, "noun+under", 0.75)
        return
    between = _between(noun, ctx)
    if between:
        yield Candidate(noun, rel, between[:1], between[1:], "noun+between", 0.8)
        return
    governor = _governing_verb(noun)
    if rel is Relation.MEETS and governor is not None and len({a.actor.key for a in owners}) < 2:
        # "requested WTO consultations with the U.S.": a single modifier names the forum
        framework = subject_of(governor, ctx)
        if framework:
            owners = []
    sources = owners
    if governor is not None:
        relation = lex.verb_overrides.get(governor.lemma_.lower(), rel)
        shifted = lex.subject_shifting.get(governor.lemma_.lower())
        if shifted is not None and noun.dep_ == "dobj":
            givers = _prep_targets(governor, frozenset({shifted}), ctx) or owners
            yield Candidate(noun, relation, givers, subject_of(governor, ctx), "noun+receiver", 0.7)
            return
        if not targets:
            targets = _prep_targets(
                governor,
                lex.noun_preps[rel] - {"by", "from", "of"},
                ctx,
                allow_places=_moves(governor),
            )
        if not targets:  # "give Tanzania a grant"
            targets = [
                a
                for c in governor.children
                if c.dep_ in ("dative", "dobj") and c.i != noun.i
                for a in actors_at(c, ctx)
            ]
        if not owners:
            sources = subject_of(governor, ctx)
            owner_rule = "noun+governor"
        elif not targets and sources:
            pass
        rel = relation
    if not sources and targets and rel in (Relation.MEETS, Relation.COOPERATES):
        # "Pakistan said discussions with the IMF are progressing": the reporter is a party
        report = reporting_verb(noun, lex)
        if report is not None:
            sources = subject_of(report, ctx)
            owner_rule = "noun+reporter"
    yield Candidate(noun, rel, sources, targets, owner_rule, _base_confidence(owner_rule) - 0.05)


def _evaluation_frame(noun: Token, ctx: DocContext) -> Iterator[Candidate]:
    """A speaker calling a noun of action "unacceptable"/"illegal" criticises its owner."""
    lex = ctx.lexicon
    judged = [c for c in noun.children if c.dep_ == "amod" and c.lower_ in lex.evaluative_negative]
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ == "be":
        judged += [
            c for c in head.children if c.dep_ == "acomp" and c.lower_ in lex.evaluative_negative
        ]
    if not judged:
        return
    owners: list[Arg] = []
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "nmod") or (
            child.dep_ == "amod" and ctx.index.at(child.i)
        ):
            owners += actors_at(child, ctx)
        elif child.dep_ == "acl":
            for grand in child.children:
                if grand.dep_ == "agent":
                    owners += [
                        a for p in grand.children if p.dep_ == "pobj" for a in actors_at(p, ctx)
                    ]
    speakers = ctx.speaker(noun)
    if not speakers:
        report = reporting_verb(noun, lex) or _clause_verb(noun)
        if report is not None:
            speakers = subject_of(report, ctx)
    if owners and speakers:
        yield Candidate(noun, Relation.CRITICIZES, speakers, owners, "evaluation", 0.75)


def _modifier_actors(noun: Token, ctx: DocContext) -> list[Arg]:
    """Every actor named in a noun's pre-modifiers: "U.S.-Ukraine [talks]", "a U.K.-U.S. [base]"."""
    found: dict[str, Arg] = {}
    for child in noun.lefts:
        if child.dep_ not in ("compound", "amod", "nmod", "poss"):
            continue
        for tok in child.subtree:
            if ctx.index.at(tok.i) is not None:
                for arg in actors_at(tok, ctx):
                    found.setdefault(arg.actor.key, arg)
    return list(found.values())


def _joint_frame(noun: Token, ctx: DocContext) -> Iterator[Candidate]:
    """ "a joint U.K.-U.S. military base", "a joint Russian-Chinese drill": the owners cooperate."""
    owners = _modifier_actors(noun, ctx)
    states = {ctx.state_of(a.actor).key for a in owners}
    if len(states) >= 2:
        yield Candidate(noun, Relation.COOPERATES, owners, [], "noun+joint", 0.7)


def _judged_actor_frame(word: Token, ctx: DocContext) -> Iterator[Candidate]:
    """A speaker saying an actor "is hostile" or "the most abusive authority" criticises it."""
    if word.dep_ == "amod" and word.head.dep_ == "appos":
        # "Israel, the cruel terrorist state, ...": an evaluating apposition in someone's words
        judged = actors_at(word.head.head, ctx)
        speakers = ctx.speaker(word)
        if judged and speakers:
            yield Candidate(word, Relation.CRITICIZES, speakers, judged, "judgement", 0.7)
        return
    copula = word.head if word.dep_ == "acomp" else None
    if word.dep_ in ("amod",) and word.head.dep_ == "attr":  # "is one of the most hostile ..."
        copula = word.head.head
    if word.dep_ == "amod" and word.head.dep_ == "pobj" and word.head.head.head.dep_ == "attr":
        copula = word.head.head.head.head  # "is one of the most [hostile] authorities"
    if copula is None or copula.lemma_ != "be":
        return
    judged = [a for c in copula.children if c.dep_ in SUBJ for a in actors_at(c, ctx)]
    speakers = ctx.speaker(word)
    if not speakers:
        report = reporting_verb(word, ctx.lexicon)
        if report is not None:
            speakers = subject_of(report, ctx)
    if judged and speakers:
        yield Candidate(word, Relation.CRITICIZES, speakers, judged, "judgement", 0.7)


# -- slots ----------------------------------------------------------------------------------------
def subject_of(verb: Token, ctx: DocContext, depth: int = 0) -> list[Arg]:
    """The actors in a verb's subject, inherited from the governing verb where it has none."""
    subject_deps = SUBJ if depth == 0 else SUBJ + PASS_SUBJ  # "Rubio is expected to [meet]"
    for child in verb.children:
        if child.dep_ in subject_deps:
            found = actors_at(child, ctx, role="source")
            if found or child.lower_ not in ("it", "which", "that", "who"):
                return found
    for child in verb.children:
        if child.dep_ == "agent":
            return [
                a
                for p in child.children
                if p.dep_ == "pobj"
                for a in actors_at(p, ctx, role="source")
            ]
    if depth > 4 or verb.head.i == verb.i:
        return ctx.speaker(verb) if depth == 0 else []
    if verb.dep_ in ("relcl", "acl"):  # "citizens [traveling to Cuba]": the noun modified acts
        return actors_at(verb.head, ctx, role="source")
    if verb.dep_ in INHERITS_SUBJECT or verb.dep_ in ("prep", "pobj"):
        head = verb.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return subject_of(head, ctx, depth + 1)
    return ctx.speaker(verb)


def _prep_targets(
    head: Token, preps: frozenset[str], ctx: DocContext, *, allow_places: bool = False
) -> list[Arg]:
    found: list[Arg] = []
    for child in head.children:
        if child.dep_ not in ("prep", "dative") or child.lower_ not in preps:
            continue
        place_prep = child.lower_ in ctx.lexicon.location_preps
        for pobj in child.children:
            if pobj.dep_ != "pobj":
                continue
            args = actors_at(pobj, ctx)
            if place_prep and not allow_places:
                args = [a for a in args if a.how not in ("capital", "name", "metonym")]
            found += args
    return found


def _owners_of(noun: Token, ctx: DocContext) -> list[Arg]:
    """Who owns a noun of action: "Russia's [attack]", "Israeli air [raids]", "the [rights] of
    Palestinians"."""
    found = [a for c in noun.children if c.dep_ in ("poss", "compound") for a in actors_at(c, ctx)]
    found += [
        a
        for c in noun.children
        if c.dep_ == "amod" and ctx.index.at(c.i) is not None
        for a in actors_at(c, ctx)
    ]
    if not found:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                found += [a for p in prep.children if p.dep_ == "pobj" for a in actors_at(p, ctx)]
    return found


def _goods_targets(noun: Token, preps: frozenset[str], ctx: DocContext) -> list[Arg]:
    """The state whose goods, firms or exports a sanction or tariff hits."""
    found: list[Arg] = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for pobj in prep.children:
            head = pobj
            while head.lemma_.lower() in ctx.lexicon.collective_nouns or head.like_num:
                nxt = [
                    g
                    for p in head.children
                    if p.lower_ == "of"
                    for g in p.children
                    if g.dep_ == "pobj"
                ]
                if not nxt:
                    break
                head = nxt[0]
            if head.lemma_.lower() in ctx.lexicon.goods_nouns:
                found += [
                    a
                    for c in head.children
                    if c.dep_ in ("amod", "compound", "poss", "nmod")
                    for a in actors_at(c, ctx)
                ]
    return found


def _under(noun: Token, rel: Relation, ctx: DocContext) -> list[Arg] | None:
    """ "Iran, which is under U.S. sanctions": the subject of the clause suffers the relation."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or rel not in UNDER_RELATIONS:
        return None
    verb = prep.head
    if verb.pos_ not in ("AUX", "VERB"):
        return None
    if verb.dep_ == "relcl":  # "Iran's missile industry, which is under U.S. sanctions"
        return actors_at(verb.head, ctx)
    return [a for c in verb.children if c.dep_ in SUBJ for a in actors_at(c, ctx)]


def _between(noun: Token, ctx: DocContext) -> list[Arg]:
    """ "talks between Iran and the United States": both sides, for symmetric relations."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    sides = actors_at(pobj, ctx)
                    if len(sides) >= 2:
                        return sides
    return []


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun trigger depends on: "imposed [sanctions]", "said after [talks]".

    Only the verb right above the noun, or above the preposition it hangs on: further up, the
    verb's subject is seldom the noun's agent ("credited Britain for a role in [talks]").
    """
    tok = noun
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj":
        tok = tok.head
        if tok.dep_ != "prep":
            return None
        # "eight hours of [talks]", "a series of [strikes]": the measure stands for the noun
        if tok.lower_ == "of" and tok.head.lemma_.lower() in COLLECTIVE_HEADS:
            return _governing_verb(tok.head)
    elif tok.dep_ not in GOVERNED_NOUN:
        return None
    head = tok.head
    return head if head.pos_ in ("VERB", "AUX") and head.i != tok.i else None


def _clause_verb(tok: Token) -> Token | None:
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _nearby_objects(verb: Token, ctx: DocContext) -> list[Arg]:
    """Last resort: actors close to the verb in its own phrase ("support in all ways Cuba").

    Looks at most three steps down, never into a new clause, a subject, or a phrase of
    place, time or circumstance.
    """
    skipped_preps = ctx.lexicon.location_preps | NOT_TARGET_PREPS
    found: list[Arg] = []
    frontier = [c for c in verb.children if c.dep_ not in NOT_NEARBY]
    for _ in range(3):
        following: list[Token] = []
        for tok in frontier:
            if tok.dep_ in CLAUSES or (tok.dep_ == "prep" and tok.lower_ in skipped_preps):
                continue
            if ctx.index.at(tok.i) is not None:
                mention = ctx.index.at(tok.i)
                if mention is not None and mention.how != "capital":
                    found += actors_at(tok, ctx)
                continue
            following += list(tok.children)
        frontier = following
    return found


def _base_confidence(rule: str) -> float:
    if "nearby" in rule or "owner" in rule or "reporter" in rule:
        return 0.55
    if "complement" in rule:
        return 0.7
    if rule.startswith("noun+governor"):
        return 0.8
    return 0.85


# -- decisions ------------------------------------------------------------------------------------
def _decide(cand: Candidate, ctx: DocContext, document: Document, sent: Span) -> Iterator[Decision]:
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
    if modality is Modality.INTENDED and relation in ctx.lexicon.intent_to_punish:
        # a declared intention to punish is a threat: "Turkey will impose sanctions on Greece"
        cand = Candidate(
            cand.trigger,
            Relation.THREATENS,
            cand.sources,
            cand.targets,
            cand.rule + "+intent-to-punish",
            cand.confidence,
        )
        modality, cues = Modality.ASSERTED, (*cues, f"declared intent to {relation.value}")
    pairs = _pairs(cand, _is_mutual(cand, modality, ctx))
    evidence = sent.text.strip()
    start = sent.start_char + len(sent.text) - len(sent.text.lstrip())
    event = event_date(cand.trigger, _document_date(document))
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
    for source, target in pairs:
        s_state, t_state = ctx.state_of(source.actor), ctx.state_of(target.actor)
        confidence = round(cand.confidence * min(source.confidence, target.confidence), 3)
        if s_state.key == t_state.key:
            yield Decision(
                cand,
                source,
                target,
                modality,
                cues,
                confidence,
                False,
                "source and target are the same state",
            )
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


def _is_mutual(cand: Candidate, modality: Modality, ctx: DocContext) -> bool:
    """A cooperation both sides perform: a mutual noun or verb, done jointly, as a fact."""
    lex = ctx.lexicon
    trigger = cand.trigger
    if cand.relation is not Relation.COOPERATES or not modality.factual:
        return False
    if trigger.lemma_.lower() not in lex.mutual:
        return False
    if cand.rule in ("noun+between", "noun+joint"):  # "a deal between Britain and Mauritius"
        return True
    if modality is not Modality.ASSERTED:  # "would resume cooperation with": one side's intent
        return False
    if trigger.pos_ == "VERB":
        return trigger.lemma_.lower() in lex.joint_acts
    governor = _governing_verb(trigger)
    return governor is not None and governor.lemma_.lower() in lex.joint_acts


def _document_date(document: Document) -> dt.date | None:
    try:
        return dt.date.fromisoformat((document.date or "")[:10])
    except ValueError:
        return None


def _pairs(cand: Candidate, mutual: bool = False) -> list[tuple[Arg, Arg]]:
    if cand.sources and cand.targets:
        pairs = [(s, t) for s in cand.sources for t in cand.targets]
        if cand.relation is Relation.MEETS:  # "a meeting with Iran and Russia": all sit together
            pairs += [(a, b) for i, a in enumerate(cand.targets) for b in cand.targets[i + 1 :]]
        if mutual:  # "China signed a trade agreement with Mauritius": Mauritius signed it too
            pairs += [(t, s) for s, t in pairs]
        return pairs
    if cand.relation in SYMMETRIC and len(cand.sources) >= 2 and not cand.targets:
        # "France and Egypt signed an agreement": each side with each other, both ways
        return [(a, b) for a in cand.sources for b in cand.sources if a.actor.key != b.actor.key]
    return []
