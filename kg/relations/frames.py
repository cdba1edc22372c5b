"""Frames: from a trigger word to a candidate relation with its source and target actors.

- verb frame: subject -> object ("Russia supports Cuba"), passive "by"-agent ("Cuba was attacked by
  X"), participles ("soldiers supported by the U.S. military"), prepositional objects ("stand with
  Cuba"), a subject inherited through "wants to", "between" phrases, complements ("threatened to
  impose sanctions on Greece"), the owner of the object ("condemned Russia's attack");
- noun frame: owner -> prepositional object ("Russia's support for Cuba", "the US embargo against
  Cuba", "an embargo imposed on Cuba by the United States"), the subject of the governing verb ("X
  imposed sanctions on Y"), receivers ("received aid from Germany"), "between", "under U.S.
  sanctions", goods ("tariffs on American whiskey"), hyphenated pairs ("U.S.-Ukraine talks");
- judgements: a speaker calling someone's measures "unacceptable", or an actor "hostile",
  criticises them; joint owners ("a joint U.K.-U.S. base") cooperate.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.relations.arguments import (
    Arg,
    DocContext,
    actors_at,
    coordinated,
    hostile_deed,
    hyphen_participle,
    sentences_back,
)
from kg.relations.lexicon import Lexicon
from kg.relations.modality import in_manner, read_modality, reporting_verb, request_verb
from kg.relations.quotes import quote_of
from kg.relations.rules import rule_confidence
from kg.relations.slots import (
    AIMED_PREPS,
    CALLING,
    COLLECTIVE_HEADS,
    OBJ,
    OBJECT_PPS,
    OWNER_PPS,
    PASS_SUBJ,
    SUBJ,
    UNDER_RELATIONS,
    agent_of,
    between_preps,
    between_sides,
    clause_verb,
    deed_of_another,
    first_conjunct,
    goods_targets,
    governing_verb,
    is_sum,
    measured_targets,
    military_subject,
    modifier_actors,
    moves,
    nearby_objects,
    noun_relation_of,
    owners_of,
    phone_objects,
    prep_targets,
    so_called,
    struck_where,
    subject_of,
    under_targets,
    victims_place,
)
from kg.types import ActorKind, Modality, Relation

SYMMETRIC = tuple(r for r in Relation if r.mutual)
# who is received or called, when not named: "his counterpart", "a delegation from Ethiopia"
HOSTED_NOUNS = frozenset({"counterpart", "delegation", "envoy", "emissary", "delegate", "guest"})
SPEECH_ACT_RULES = frozenset({"evaluation", "judgement", "accusation", "counter", "penalty"})


@dataclass(frozen=True)
class Candidate:
    """A trigger with the actors found in its source and target slots, and the rule that read
    them (its confidence is the rule table's)."""

    trigger: Token
    relation: Relation
    sources: list[Arg]
    targets: list[Arg]
    rule: str

    @property
    def confidence(self) -> float:
        return rule_confidence(self.rule)


def candidates(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """The candidate relations of a sentence: each frame's, and the same deed done by others
    the sentence says do it too (`shared_frame`)."""
    own = list(_frame_candidates(sent, ctx))
    for cand in own:
        yield cand
        yield from shared_frame(cand, ctx)
    for verb in sent:
        if _follows_suit(verb):
            yield from _followed(verb, own, ctx)


def _follows_suit(verb: Token) -> bool:
    """ "Iceland followed suit", "Iceland did the same", "Iceland did likewise"."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in ("follow", "do"):
        return False
    wanted = ("suit",) if lemma == "follow" else ("same", "likewise")
    return any(c.dep_ in ("dobj", "advmod") and c.lower_ in wanted for c in verb.children)


def _followed(verb: Token, own: list[Candidate], ctx: DocContext) -> Iterator[Candidate]:
    """The deeds of the clause before done again by those who follow suit: "Norway imposed
    sanctions on Belarus on Monday, and Iceland followed suit" (in the sentence), "... Iceland
    did the same a day later" (the sentence before)."""
    followers = subject_of(verb, ctx)
    if not followers:
        return
    deeds = [c for c in own if c.trigger.i < verb.i]
    if not deeds and verb.sent.start > 0:
        deeds = list(_frame_candidates(ctx.doc[verb.sent.start - 1].sent, ctx))
    keys = {ctx.state_of(a.actor).key for a in followers}
    for deed in deeds:
        if deed.sources and deed.targets:
            targets = [a for a in deed.targets if ctx.state_of(a.actor).key not in keys]
            if targets:
                yield Candidate(
                    deed.trigger, deed.relation, followers, targets, deed.rule + "+shared"
                )


def shared_frame(cand: Candidate, ctx: DocContext) -> Iterator[Candidate]:
    """Others said to do the same deed do it to the same targets: "Norway imposed sanctions on
    Belarus, as did Iceland", "Like France, Italy condemned the attack", "..., joining Sweden
    and Denmark", "joined Sweden in imposing sanctions", "following similar moves by Canada"
    (on the verb or on the one reporting it: "Canada will impose a surtax on Chinese cars,
    Trudeau announced, following similar moves by the United States"). Those who did it before
    ("following similar moves", "joining Sweden") did it whatever the clause's own modality:
    the word that says so is the copy's trigger; "as did" and "like" share the clause's, and so
    does a deed undone."""
    if not cand.sources or not cand.targets:
        return
    verb = cand.trigger if cand.trigger.pos_ in ("VERB", "AUX") else governing_verb(cand.trigger)
    if verb is None:
        return
    report = reporting_verb(verb, ctx.lexicon)
    shared = [
        s for v in (verb, *([report] if report is not None else [])) for s in _sharers(v, ctx)
    ]
    if not shared:
        return
    doers = {ctx.state_of(a.actor).key for a in subject_of(verb, ctx)}
    if not any(ctx.state_of(a.actor).key in doers for a in cand.sources):
        return  # "Like France, Italy condemned the Israeli attack": the attack is not Italy's
    sides = {ctx.state_of(a.actor).key for a in (*cand.sources, *cand.targets)}
    # (a deed undone is shared undone: "withheld aid to Rwanda, following similar moves by
    # the United States" gives no aid either)
    undone = any(marker is not None for marker, _ in shared) and (
        read_modality(cand.trigger, cand.relation, ctx.lexicon)[0] is Modality.NEGATED
    )
    for marker, sharers in shared:
        sharers = [a for a in sharers if ctx.state_of(a.actor).key not in sides]
        if sharers:
            trigger = marker if marker is not None and not undone else cand.trigger
            yield Candidate(trigger, cand.relation, sharers, cand.targets, cand.rule + "+shared")


_SAME = frozenset({"similar", "same", "identical", "parallel"})


def _sharers(verb: Token, ctx: DocContext) -> Iterator[tuple[Token | None, list[Arg]]]:
    """Who a clause says does its deed too, with the word that tells of their own deed when it
    is done apart from the clause's (see `shared_frame`)."""
    for c in verb.children:
        if (
            c.dep_ == "advcl"
            and c.lemma_.lower() == "do"
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
            and not any(o.dep_ in OBJ for o in c.children)
        ):
            # "as did Iceland": the same deed, as told ("said it would respect ..., as did
            # Russia" is Russia's intention too)
            yield None, subject_of(c, ctx)
        elif c.dep_ == "prep" and c.lower_ == "like":
            # "Like France, Italy ..."; not peoples ("like other Russians and Ukrainians")
            likes = _pp_actors(verb, "like", ctx, role="source")
            yield None, [a for a in likes if ctx.doc[a.token].tag_ not in ("NNS", "NNPS")]
        elif c.dep_ == "advcl" and c.lemma_.lower() == "join" and c.tag_ == "VBG":
            yield c, _joined(c, ctx)  # "..., joining Sweden and Denmark"
        elif c.lower_ in ("following", "after") and c.dep_ == "prep":
            for deed in c.children:  # "following similar moves by Canada and Brazil"
                if deed.dep_ == "pobj" and any(m.lower_ in _SAME for m in deed.children):
                    yield deed, _pp_actors(deed, "by", ctx, role="source")
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "in" and head.head.lemma_.lower() == "join":
        yield None, _joined(head.head, ctx)  # "Norway joined Sweden and Denmark in imposing"


def _joined(join: Token, ctx: DocContext) -> list[Arg]:
    """Those a verb of joining says are joined: its object's actors."""
    return [a for o in join.children if o.dep_ == "dobj" for a in actors_at(o, ctx)]


def _frame_candidates(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    lex = ctx.lexicon
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB":
            hosted = list(hosting_frame(tok, ctx)) if lemma in lex.hosting_verbs else []
            hosted = [c for c in hosted if not _a_contest(c, ctx)]
            yield from hosted  # "welcomed the Lebanese prime minister": hosting, not support
            if lemma in lex.sending_verbs:
                yield from sending_frame(tok, ctx)
            if lemma in _GIVING_A_MEAL:
                yield from meal_frame(tok, ctx)
            if lemma in lex.clash_verbs or _wages_war(tok, lex):
                yield from clash_frame(tok, ctx)
            if lemma in lex.signing_verbs:
                yield from cosigning_frame(tok, ctx)
            if lemma in lex.agreeing_verbs:
                yield from agreement_frame(tok, ctx)
            rel = _phrasal_relation(tok, ctx) or lex.verbs.get(lemma)
            if rel is Relation.CRITICIZES and military_subject(tok, ctx):
                rel = lex.verbs.get(lemma, rel)  # "Turkish forces hit back at Syrian positions"
            if any(  # "share borders", "meeting the challenges": no relation
                c.dep_ == "dobj" and c.lemma_.lower() in lex.not_trigger_objects.get(lemma, ())
                for c in tok.children
            ):
                rel = None
            if rel is None and lemma in lex.armed_verbs and military_subject(tok, ctx):
                rel = Relation.ATTACKS  # "U.S. jets were targeting a Ukrainian battalion"
            if rel is None and lemma in lex.launch_verbs and _weapons_aimed(tok, lex):
                rel = Relation.ATTACKS  # "launched more than 80 drones at Ukraine"
            if rel is Relation.THREATENS and _a_deed_risks(tok, ctx):
                rel = None  # "U.S. drone strikes threaten to disrupt the talks": a risk
            if lemma in lex.response_verbs and _answered_with_a_deed(tok, ctx):
                rel = None  # "retaliated with sanctions": the means is read as the deed
            elif lemma in lex.response_verbs:
                in_kind = _answered_in_kind(tok, ctx)
                yield from in_kind
                rel = None if in_kind else rel  # "retaliated for Tokyo's export curbs": in kind
            if rel is not None and not hosted and not _light_use(tok, rel, ctx):
                for candidate in verb_frame(tok, rel, ctx):
                    if not _an_audience(candidate, ctx) and not _a_contest(candidate, ctx):
                        yield candidate
            if (
                lemma in _COUNTER_VERBS
                or lemma == "take"
                or any(c.dep_ == "prt" for c in tok.children)
            ):
                yield from counter_frame(tok, ctx)
            if lemma in lex.speech_verbs:
                yield from phone_frame(tok, ctx)
            if (
                lemma in lex.penalty_verbs
                or lemma in lex.penalty_met_verbs
                or lemma in lex.owed_penalties
            ):
                yield from penalty_frame(tok, ctx)
            if lemma in lex.accusatory_verbs or _a_wrong_done(tok, lex):
                yield from accusation_frame(tok, ctx)
            if lemma in lex.linking_verbs:
                yield from linking_frame(tok, ctx)
            if lemma in lex.training_verbs:
                yield from training_frame(tok, ctx)
            if lemma in lex.co_agent_heads:
                yield from co_agent_frame(tok, ctx)
            if lemma in lex.labelling_verbs:
                yield from labelling_frame(tok, ctx)
            elif rel is Relation.CRITICIZES:  # "condemned the launch as a provocation by X"
                yield from labelling_frame(tok, ctx, by_label_only=True)
            if rel is Relation.CRITICIZES:
                yield from relative_judgement_frame(tok, ctx)
            if lemma in lex.membership_verbs:
                yield from membership_frame(tok, ctx)
            if lemma in lex.closure_verbs:
                yield from closure_frame(tok, ctx)
            if lemma in lex.exclusion_verbs:
                yield from exclusion_frame(tok, ctx)
            if lemma in lex.regret_verbs:
                yield from regret_frame(tok, ctx)
            if lemma in lex.blame_verbs:
                yield from blame_frame(tok, ctx)
            if lemma in lex.conquest_verbs and military_subject(tok, ctx):
                yield from conquest_frame(tok, ctx)
            if lemma in lex.dismay_moods and tok.tag_ == "VBN":
                yield from dismay_frame(tok, ctx)
            if lemma == "return":
                yield from return_fire_frame(tok, ctx)
            if lemma in lex.relief_verbs:
                yield from relief_frame(tok, ctx)
            if lemma in lex.arrival_verbs:
                yield from arrival_frame(tok, ctx)
            if lemma in lex.goods_measure_verbs and rel is None:
                yield from goods_measure_frame(tok, ctx)
            if lemma in lex.sum_verbs and rel is None:
                yield from sum_frame(tok, ctx)
            if lemma in lex.transfer_verbs and rel is None:
                moved = [c for c in tok.children if c.dep_ == "dobj"]
                if tok.dep_ == "relcl" and all(m.lower_ in ("that", "which") for m in moved):
                    # "the systems (that) it has promised to Ukraine"
                    moved = [tok.head]
                yield from arms_frame(tok, moved, ctx)
        elif tok.pos_ == "AUX" and _a_wrong_done(tok, lex):  # "spies [were] behind the blasts"
            yield from accusation_frame(tok, ctx)
        elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound" and not ctx.index.at(tok.i):
            rel = noun_relation_of(tok, lex)
            if rel is None and lemma in lex.outright_bans and goods_targets(tok, _ON, ctx):
                rel = Relation.SANCTIONS  # "a ban on Polish apples", "a ban on imports from Iran"
            if rel is None and lemma in lex.volley_nouns and _of_weapons(tok, lex):
                rel = Relation.ATTACKS  # "a barrage of missiles and drones at Ukraine's grid"
            if (
                rel is not None
                and not _standing_still(tok, ctx)
                and not _accord_named(tok, ctx)
                and not _a_name_given(tok, ctx)
            ):
                yield from noun_frame(tok, rel, ctx)
            yield from brokered_frame(tok, ctx)
            if lemma in lex.evaluated_nouns:
                yield from evaluation_frame(tok, ctx)
            if any(  # "a joint drill", "a joint monitoring centre" (on the compound)
                c.dep_ == "amod" and c.lower_ == "joint"
                for m in (tok, *(m for m in tok.children if m.dep_ == "compound"))
                for c in m.children
            ):
                yield from joint_frame(tok, ctx)
            if lemma in lex.role_agents:
                yield from role_frame(tok, ctx)
            if lemma in lex.summed_deeds:
                yield from summed_deed_frame(tok, ctx)
            if lemma in _ANSWERS:
                yield from answer_frame(tok, ctx)
            if lemma in _COUNTER_NOUNS and rel is None:
                yield from counter_frame(tok, ctx)
            if lemma in lex.clash_nouns:
                yield from clash_noun_frame(tok, ctx)
            if lemma in lex.transfer_nouns and rel is None:
                yield from arms_frame(tok, _of_objects(tok), ctx)
            if lemma in lex.protest_nouns:
                yield from protest_frame(tok, ctx)
        if tok.lower_ in lex.stance_adjectives and tok.dep_ in (
            "acomp",
            "amod",
            "appos",
            "xcomp",
            "conj",
        ):
            yield from stance_frame(tok, ctx)  # "has been critical of Somalia"
        if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lower_ in lex.dismay_adjectives:
            yield from dismay_frame(tok, ctx)  # "is alarmed that ...", tagged as an adjective
        if (tok.lower_ in lex.evaluative_negative and tok.dep_ in ("acomp", "amod", "attr")) or (
            _copula_of(tok) is not None and _damning(tok, lex)  # "the sanctions are blackmail"
        ):
            yield from judged_actor_frame(tok, ctx)


def cosigning_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """Officials of two states who sign an accord together meet: "Presidents Ruto and Abiy
    signed a trade agreement in Nairobi", "the pact was signed by the foreign ministers of
    Japan and the Philippines"; not states named as signatories ("Japan and Britain signed a
    pact": the accord's own reading), nor officials who sign separately, nor those of more than
    two states."""
    lex = ctx.lexicon
    accords = [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lex.accord_nouns
    ]
    if not accords or any(
        w.lower_ in ("separately", "separate") for t in (verb, *accords) for w in t.children
    ):
        return
    signers = subject_of(verb, ctx) if accords[0].dep_ == "dobj" else _agents(verb, ctx)
    officials = [a for a in signers if a.actor.kind is ActorKind.OFFICIAL]
    # (two: officials of many states signing at once attend a ceremony, not each other)
    if len({ctx.state_of(a.actor).key for a in officials}) == 2:
        yield Candidate(verb, Relation.MEETS, officials, [], "verb+pair")


def brokered_frame(noun: Token, ctx: DocContext) -> Iterator[Candidate]:
    """The go-between of a deal or of talks meets each side: "Saudi Arabia and Iran agreed to
    restore relations in a deal brokered by China", "Qatari-mediated negotiations between
    Washington and Kabul". The sides are the noun's own ("between ...", "with ...") or the
    subject of the clause it is in."""
    lex = ctx.lexicon
    for child in noun.children:
        hosting = child.dep_ == "acl" and child.lemma_.lower() in lex.host_verbs
        if hosting and noun.lemma_.lower() not in lex.hosted_events:
            continue  # "a base hosted by Qatar", "an exhibition hosted by Paris": no party
        if hosting or (
            child.dep_ in ("acl", "amod") and child.lemma_.lower() in lex.go_between_verbs
        ):
            # "a deal brokered by China" (said as done), "Qatari-mediated negotiations" (held
            # as the negotiations are)
            trigger = child if child.dep_ == "acl" else noun
            mediators = _agents(child, ctx) or [
                a
                for c in child.children
                if hyphen_participle(c) == child
                for a in actors_at(c, ctx)
            ]
        elif child.dep_ in ("amod", "compound", "npadvmod") and (
            (participle := hyphen_participle(child)) is not None
            and participle.lemma_.lower() in lex.go_between_verbs
        ):
            trigger = noun  # "Egyptian-brokered talks", the state on the noun
            mediators = actors_at(child, ctx)
        else:
            continue
        sides = (  # "a deal brokered by Qatar between Washington and Kabul", on either word
            between_sides(noun, ctx)
            or between_sides(trigger, ctx)
            or prep_targets(noun, frozenset({"with"}), ctx)
        )
        governor = governing_verb(noun) or clause_verb(noun)
        if (
            not sides
            and governor is not None
            and (_done_by_the_sides(governor, lex) or _done_under(noun, governor))
        ):
            # those who sign, reach or agree on it ("Israel and Lebanon reached a ceasefire
            # brokered by ..."), swap or meet in it, or act under it ("freed prisoners in a
            # swap mediated by Qatar"), not those who back it ("a deal brokered by the US has
            # been supported by India and Japan")
            sides = subject_of(governor, ctx)
        keys = {ctx.state_of(a.actor).key for a in mediators}
        sides = [a for a in sides if ctx.state_of(a.actor).key not in keys]
        if hosting and len({ctx.state_of(a.actor).key for a in sides}) < 2:
            return  # "spoke at a conference hosted by Japan": a guest, not a side of talks
        if mediators and sides:
            yield Candidate(trigger, Relation.MEETS, mediators, sides, "verb+between")
        return


_PROMPTING = frozenset({"prompt", "lead", "spur", "push", "drive", "force", "provoke", "cause"})


def _prompting_deed(verb: Token) -> Token | None:
    """The deed of the clause whose consequence a verb is, told as "..., prompting X to [verb]"
    ("fired missiles at a base in Qatar, prompting Doha to [condemn] ..."), else None."""
    prompt = verb.head
    if (
        verb.dep_ == "xcomp"
        and prompt.lemma_.lower() in _PROMPTING
        and prompt.dep_ == "advcl"
        and prompt.tag_ == "VBG"
    ):
        return prompt.head
    return None


def _done_under(noun: Token, verb: Token) -> bool:
    """Whether a clause's deed is done in or under the deal a noun names: "freed prisoners in
    a swap mediated by Qatar", "reopened the border under a deal brokered by Brazil"."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "under")
        and noun.head.head == verb
        and not in_manner(noun)
    )


def _done_by_the_sides(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb's subjects are the sides of the deal or talks it governs: they sign,
    reach or agree on it, exchange in it or meet at it."""
    lemma = verb.lemma_.lower()
    return (
        lemma in lex.joint_acts
        or lemma in lex.exchange_verbs
        or lex.verbs.get(lemma) is Relation.MEETS
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _weapons_aimed(verb: Token, lex: Lexicon) -> bool:
    """ "launched [drones and missiles] at Ukraine", "lobbed shells into Israeli towns": what
    the verb aims is a weapon and it says at what (not "launched talks at the summit")."""
    weapons = lex.weapons | lex.military_nouns
    aimed = [w for c in verb.children if c.dep_ == "dobj" for w in coordinated(c)]
    # "fired scores of [shells]": what a count is of
    aimed += [p for w in aimed if w.lemma_.lower() in COLLECTIVE_HEADS for p in _of_objects(w)]
    # "fired an [artillery] round", "an anti-[aircraft] round": a weapon by its modifier
    named = [m for w in aimed for m in w.subtree if m.i <= w.i]
    return any(w.lemma_.lower() in weapons for w in named) and any(
        c.dep_ == "prep" and c.lower_ in AIMED_PREPS for w in (verb, *aimed) for c in w.children
    )


def _of_weapons(noun: Token, lex: Lexicon) -> bool:
    """ "a barrage [of missiles]", "a wave [of drones]", "a [missile] barrage"."""
    weapons = [c for c in noun.children if c.dep_ == "compound"]
    weapons += [w for pobj in _of_objects(noun) for w in coordinated(pobj)]
    return any(w.lemma_.lower() in lex.military_nouns for w in weapons)


def _a_deed_risks(verb: Token, ctx: DocContext) -> bool:
    """Whether a verb of threat has a deed or a measure for its subject: "U.S. strikes threaten
    to disrupt the talks", "the sanctions threaten Iran's economy" tell a risk; only someone
    makes a threat."""
    lex = ctx.lexicon
    return any(
        c.dep_ in SUBJ and ctx.index.at(c.i) is None and noun_relation_of(c, lex) is not None
        for c in verb.children
    )


def _answered_with_a_deed(verb: Token, ctx: DocContext) -> bool:
    """ "Moscow retaliated with a ban on Polish apples", "responded with tariffs": a response
    whose means is a deed of its own."""
    lex = ctx.lexicon
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "with"
        and pobj.dep_ == "pobj"
        and (noun_relation_of(pobj, lex) is not None or pobj.lemma_.lower() in lex.outright_bans)
        for prep in verb.children
        for pobj in prep.children
    )


def _answered_in_kind(verb: Token, ctx: DocContext) -> list[Candidate]:
    """A response with no means named answers a deed in kind, against its doer: retaliating
    "for Tokyo's export curbs" is a trade measure against Japan, retaliating "against Israel's
    strikes" an attack on Israel."""
    found = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "against"):
            for pobj in prep.children:
                answered = noun_relation_of(pobj, ctx.lexicon) if pobj.dep_ == "pobj" else None
                if answered in (Relation.SANCTIONS, Relation.ATTACKS):
                    doers = owners_of(pobj, ctx)
                    found.append(
                        Candidate(verb, answered, subject_of(verb, ctx), doers, "verb+in-kind")
                    )
    return found


def _an_audience(candidate: Candidate, ctx: DocContext) -> bool:
    """ "Obama, speaking to the United Nations General Assembly", "addressed the European
    Parliament": a body spoken to is an audience, not a party met."""
    lex = ctx.lexicon
    if candidate.relation is not Relation.MEETS or not candidate.targets:
        return False
    if candidate.trigger.lemma_.lower() not in lex.audience_verbs:
        return False
    for arg in candidate.targets:
        mention = ctx.index.at(arg.token)
        words = ctx.doc[mention.start : mention.end] if mention else [ctx.doc[arg.token]]
        if not any(w.lemma_.lower() in lex.audience_nouns for w in words):
            return False
    return True


def _a_contest(candidate: Candidate, ctx: DocContext) -> bool:
    """ "Spain and Morocco will meet in the World Cup quarter-final", "will host Spain at the
    World Cup": sides meeting or hosted in a match, final or cup play; they hold no talks."""
    if candidate.relation is not Relation.MEETS:
        return False
    words = ctx.lexicon.contest_words
    return any(
        w.lemma_.lower() in words
        for prep in candidate.trigger.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "during", "for")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for w in pobj.subtree
    )


def _light_use(verb: Token, rel: Relation, ctx: DocContext) -> bool:
    """Whether a trigger verb is used lightly, its object naming another relation: "striking an
    accord with Britain" is no attack, "hit a deal" no attack; the object's own frame reads it."""
    lex = ctx.lexicon
    if verb.lemma_.lower() not in lex.light_verbs:
        return False
    for obj in verb.children:
        if obj.dep_ == "dobj":
            other = noun_relation_of(obj, lex)
            if other is not None and other is not rel:
                return True
    return False


def _standing_still(noun: Token, ctx: DocContext) -> bool:
    """Whether a noun names a standing relationship that nothing is done to: "relations between
    Peru and Chile remain tense", "Iranian-Turkish relations are volatile", "discussed bilateral
    relations" report no cooperation; "restored relations", "cut ties", "the normalization of
    ties" and "close ties" do."""
    lex = ctx.lexicon
    if noun.lemma_.lower() not in lex.standing_nouns and noun.lower_ not in lex.standing_nouns:
        return False
    if any(c.dep_ == "amod" and c.lower_ in lex.standing_adjectives for c in noun.children):
        return False
    governor = governing_verb(noun)
    if governor is not None:
        return not _acts_on_a_relationship(governor, lex)
    head = noun.head  # "the restoration of ties", "a rupture in relations"
    return not (
        noun.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.head.lemma_.lower() in lex.standing_acts
    )


def _a_name_given(noun: Token, ctx: DocContext) -> bool:
    """Whether a trigger noun is what something is seen as, or a damning name it is called, no
    deed: "Lithuania views China as a threat", "Japan considers North Korea a threat", "Iran
    branded Israel a threat to peace" (the branding is read by labelling_frame). A deed called
    by another name is still done ("described the talks as a meeting of minds")."""
    lex = ctx.lexicon
    verbs = lex.seeing_verbs
    if noun.lemma_.lower() in lex.damning_nouns:
        verbs = verbs | lex.labelling_verbs
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "as":
        # "as" hung on the verb or on its object ("views [China as a threat]")
        said_of = head.head if head.head.pos_ == "VERB" else head.head.head
        if said_of.dep_ == "acl" and said_of.head.dep_ == "dobj":
            # or on a participle of the object ("denounced the deal signed by Ethiopia as ...")
            said_of = said_of.head.head
        if said_of.pos_ == "VERB" and lex.verbs.get(said_of.lemma_.lower()) is Relation.CRITICIZES:
            # what a deed is condemned as is a name given, hostile or not ("denounced the
            # pact as an assault on its sovereignty")
            return True
        return said_of.pos_ == "VERB" and said_of.lemma_.lower() in verbs
    if noun.dep_ in ("oprd", "xcomp", "ccomp", "dobj") and head.lemma_.lower() in verbs:
        # "considers North Korea [a threat]", "branded Iran a threat" (two objects)
        return noun.dep_ != "dobj" or any(c.dep_ == "dobj" and c.i < noun.i for c in head.children)
    return False


def _accord_named(noun: Token, ctx: DocContext) -> bool:
    """Whether an accord is only named, not made, worked on or ended in its sentence: "violated
    the 1987 pact", "the deal between the UAE and the US has enabled ...", "news of the
    agreement", "registered under a 1994 pact" report no cooperation; "signed a pact",
    "negotiations on a deal" (the talks are read apart), "an agreement signed in May" do."""
    lex = ctx.lexicon
    if noun.lemma_.lower() not in lex.accord_nouns:
        return False
    if any(
        c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and _makes_accord(c, lex)
        for c in noun.children
    ):
        return False  # "an agreement signed in May", "the deal they reached"
    tok = first_conjunct(noun)
    if tok.dep_ == "pobj" and tok.head.lower_ == "under":
        return True  # "under the agreement, they have access to each other's markets"
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return not _makes_accord(tok.head, lex)  # "the pact was signed", not "the pact has enabled"
    governor = governing_verb(noun)
    if governor is None:
        return tok.dep_ == "pobj"  # "news of the agreement", "under a pact"; a headline stays
    # under a verb, only those that merely name an accord ("violated the pact") say so: under
    # the others ("was inclined to support the deal") it is most often one being made
    return governor.lemma_.lower() in lex.accord_mentions


def _acts_on_a_relationship(verb: Token, lex: Lexicon) -> bool:
    """ "restored ties", "signed a pact", "held talks", "cut ties": a verb that does something to
    a relationship or an accord (its standing verbs, the joint acts, light and negating verbs)."""
    lemma = verb.lemma_.lower()
    return (
        lemma in lex.standing_verbs
        or lemma in lex.joint_acts
        or lemma in lex.light_verbs
        or lemma in lex.negating_verbs
    )


def _makes_accord(verb: Token, lex: Lexicon) -> bool:
    """A verb that makes, works on, seeks or ends an accord ("negotiate", "ratify", "seek")."""
    lemma = verb.lemma_.lower()
    return (
        _acts_on_a_relationship(verb, lex)
        or lemma in lex.accord_verbs
        or lemma in lex.intention_verbs
    )


def _phrasal_relation(verb: Token, ctx: DocContext) -> Relation | None:
    lemma = verb.lemma_.lower()
    # "spoke by telephone with Japarov": the preposition may hang on the telephone
    phoned = [c for phone in phone_objects(verb) for c in phone.children if c.dep_ == "prep"]
    for child in [*verb.children, *phoned]:
        # "hit back": a particle may be parsed as an adverb ("work together" is one)
        particle = child.dep_ == "advmod" and child.lower_ in _PARTICLES
        if child.dep_ in ("prt", "prep", "dobj") or particle:
            rel = ctx.lexicon.phrasal.get((lemma, child.lower_))
            if rel is not None:
                return rel
    if lemma in ctx.lexicon.visit_phrasals and _paid_a_call(verb, ctx):
        return Relation.MEETS
    return None


def _paid_a_call(verb: Token, ctx: DocContext) -> bool:
    """ "The Japanese ministers called on President Marcos": a visit paid to an official (not
    an appeal: "called on Marcos [to free] the sailors", "called on Russia to withdraw")."""
    if any(c.dep_ in ("advcl", "xcomp", "ccomp") for c in verb.children):
        return False
    particles = ctx.lexicon.visit_phrasals.get(verb.lemma_.lower(), frozenset())
    return any(
        a.actor.kind is ActorKind.OFFICIAL
        for p in _pobjs(verb, *particles)
        for a in actors_at(p, ctx)
    )


def verb_frame(verb: Token, rel: Relation, ctx: DocContext) -> Iterator[Candidate]:
    if rel is Relation.MEETS and moves(verb) and military_subject(verb, ctx):
        return
    if verb.dep_ in ("acl", "amod") and verb.lemma_.lower() in ctx.lexicon.go_between_verbs:
        return  # "a deal brokered by the US and France": the noun's frame reads the go-betweens
    sources = subject_of(verb, ctx)
    by_title = any(
        c.dep_ in SUBJ and c.lemma_.lower() in ctx.lexicon.titles for c in verb.children
    )  # "Iraq's prime minister traveled to Tehran": a person, named by office
    if rel is Relation.MEETS and moves(verb) and verb.lemma_.lower() != "visit" and not by_title:
        # people travel, states do not: "it arrived in eastern China" (a ship) is no meeting
        sources = [a for a in sources if a.actor.kind is ActorKind.OFFICIAL]
    targets: list[Arg] = []
    rule = "verb"
    # "discussed Ukraine", "extradited a gang leader to Peru": what the verb is about or hands
    # over is no side
    no_side = verb.lemma_.lower() in ctx.lexicon.topic_verbs | ctx.lexicon.handover_verbs
    for child in verb.children:
        if no_side and child.dep_ in ("dobj", *PASS_SUBJ):
            continue
        if child.dep_ in PASS_SUBJ:
            targets += actors_at(child, ctx)
            if not targets and rel in ctx.lexicon.owner_as_target:
                # "Venezuela's election was criticized by Brazil": the owner of what is judged
                targets = owners_of(child, ctx)
                rule = "passive+object-owner" if targets else "passive"
            else:
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
    if rule == "passive" and not sources:
        # "was threatened with consequences by Minsk": the parser may hang the agent low
        sources = [
            a
            for prep in verb.children
            if prep.dep_ == "prep"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for a in _pp_actors(pobj, "by", ctx, role="source")
        ]
    if rule.startswith("passive") and not sources:
        # "were shelled and seized by Russian forces": passives coordinated share the agent
        # the parser hangs on the last of them
        agent = agent_of(verb)
        sources = _pp_actors(agent.head, "by", ctx, role="source", dep="agent") if agent else []
    if not targets and _relative_object(verb):
        # "two Syrian officials (whom) it accused of spying": the noun modified is the object
        targets = actors_at(verb.head, ctx)
        rule = "verb+relative-object" if targets else rule
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
    if not between and rel is Relation.MEETS and sources:
        # "brokered a truce between Colombia and Venezuela": the go-between meets both sides
        between = [
            a
            for obj in verb.children
            if obj.dep_ == "dobj"
            for a in _pp_actors(obj, "between", ctx)
        ]
    if not between and rel is Relation.MEETS and rule == "passive":
        # "talks between Israel and Lebanon were mediated by the United States"
        between = [a for c in verb.children if c.dep_ in PASS_SUBJ for a in between_sides(c, ctx)]
    if not targets and sources and between and rel is Relation.MEETS:
        # "Turkey mediated between Russia and Ukraine", "Qatar and Egypt mediated between
        # Israel and Hamas": the go-betweens meet the sides named, never each other
        yield Candidate(verb, rel, sources, between, "verb+between")
        return
    if not targets and len(between) >= 2 and rel is Relation.ATTACKS:
        # "fighting between Kyrgyz and Tajik forces" (a gerund): each side on the other
        yield Candidate(verb, rel, between, [], "verb+exchange")
        return
    if not targets and len(between) >= 2:  # "continuing to work between Washington and Kyiv"
        yield Candidate(verb, rel, between[:1], between[1:], "verb+between")
        return
    # "stood by Egypt": a phrasal verb's own preposition names its object, even "by"
    phrasal = frozenset(
        c.lower_
        for c in verb.children
        if c.dep_ == "prep" and (verb.lemma_.lower(), c.lower_) in ctx.lexicon.phrasal
    )
    if rel is Relation.MEETS:  # "called on President Marcos" (see _paid_a_call)
        phrasal |= ctx.lexicon.visit_phrasals.get(verb.lemma_.lower(), frozenset())
    if not targets:
        preps = ctx.lexicon.verb_preps[rel] | phrasal
        if verb.lemma_.lower() in ctx.lexicon.handover_verbs:
            preps = preps | _TO  # "extradited a suspect to the United States"
        targets = prep_targets(
            verb,
            preps,
            ctx,
            allow_places=moves(verb),
            aimed=_AT if rel is Relation.ATTACKS else frozenset(),  # "fired at Israel"
        )
        if not targets and rel is Relation.MEETS:
            # "had spoken by telephone with Japarov", the "with" hung on the telephone
            targets = [a for phone in phone_objects(verb) for a in prep_targets(phone, preps, ctx)]
        rule += "+prep"
    if not targets and rel in (Relation.CRITICIZES, Relation.SUPPORTS):
        # "Russia expelled two Polish diplomats. Warsaw condemned [the move]": its doers
        criticizing = rel is Relation.CRITICIZES
        targets = [
            a
            for c in verb.children
            if c.dep_ == "dobj"
            for a in summed_doers(c, sources, ctx, repeated=criticizing)
        ]
        rule = rule + "+summed" if targets else rule
    prompting = _prompting_deed(verb) if not targets and rel is Relation.CRITICIZES else None
    if prompting is not None:
        # "Iran fired missiles at a base in Qatar, prompting Doha to condemn what it called a
        # violation of its sovereignty": the condemnation answers the deed of the clause
        targets = _apart(subject_of(prompting, ctx), sources, ctx)
        rule = rule + "+summed" if targets else rule
    if not targets and verb.lemma_.lower() in ctx.lexicon.attributing_verbs:
        # "blamed the strike on Russia" (however the parser hangs "on Russia"): the one a
        # deed is laid on is accused
        heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
        targets = [a for h in heads for a in prep_targets(h, _LAID_ON, ctx, allow_places=True)]
    if not targets and rel in ctx.lexicon.owner_as_target:  # "condemned Russia's attack"
        targets = [a for c in verb.children if c.dep_ == "dobj" for a in owners_of(c, ctx)]
        if not targets and rel is Relation.ATTACKS:
            # "bombed the runways of Beirut's airport": a part of a place struck, its owner's
            struck = ctx.lexicon.struck_places
            targets = [
                a
                for c in verb.children
                if c.dep_ == "dobj" and c.lemma_.lower() in struck
                for whole in _of_objects(c)
                if whole.lemma_.lower() in struck
                for a in owners_of(whole, ctx)
            ]
        # "fired water cannon at a Philippine boat", "hit a refinery in Russia's Ryazan region"
        # "lashed out at Canada's allegations"
        aimed_at = rel in (Relation.ATTACKS, Relation.CRITICIZES)
        owned = OWNER_PPS | phrasal | (ctx.lexicon.verb_preps[rel] if aimed_at else set())
        targets = targets or [
            a
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in owned
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            # "fired missiles at targets in western Ukraine": the state of the place
            for a in owners_of(pobj, ctx)
            or (struck_where(pobj, ctx) if rel is Relation.ATTACKS else [])
        ]
        if not targets and any(c.dep_ == "dobj" for c in verb.children):
            # "condemned the raids on Bolivia by Chile", the "by" hung on the active verb
            targets = _pp_actors(verb, "by", ctx)
        rule = "verb+object-owner"
    if not targets and rel is Relation.CRITICIZES:
        # "condemned the coup in Gabon", "the crackdown in Belarus": a seizure or abuse of
        # power at home is the state's it is done in
        targets = [
            a
            for c in verb.children
            if c.dep_ == "dobj" and c.lemma_.lower() in ctx.lexicon.home_deeds
            for a in prep_targets(c, _IN, ctx, allow_places=True)
        ]
        rule = "verb+object-owner" if targets else rule
    # "defended itself against Russia", "helped Kyiv against Moscow": what a side stands with
    # is never what it stands against
    object_pps = OBJECT_PPS - {"against"} if rel in _WITH_RELATIONS else OBJECT_PPS
    if not targets:  # "threatened further action against Russia"
        # "provided loans, swaps and payments to Sri Lanka": the last of the objects carries it
        targets = [
            a
            for d in verb.children
            if d.dep_ == "dobj"
            for c in (d, *d.conjuncts)
            if not deed_of_another(c, rel, ctx.lexicon)
            for a in [
                *prep_targets(c, object_pps, ctx),
                *(_fired_at(c, ctx) if rel is Relation.ATTACKS else []),
            ]
            # "threatened tariffs on Chinese steel": whose goods a threatened measure hits
            or (goods_targets(c, object_pps, ctx) if rel is Relation.THREATENS else [])
        ]
        rule = "verb+object-pp"
    if not targets:
        for child in verb.children:
            if child.dep_ in ("xcomp", "ccomp") and child.pos_ == "VERB":
                if so_called(child):
                    # "signed what Turkey called a declaration": who names it is no side; but
                    # "condemned what it called Britain's hostile statements" judges their owner
                    if rel in ctx.lexicon.owner_as_target:
                        targets = [
                            a
                            for named, _ in so_called(child)
                            for a in actors_at(named, ctx) or owners_of(named, ctx)
                        ]
                    if targets:
                        rule += "+complement"
                        break
                    continue
                helped = [c for c in child.children if c.dep_ in SUBJ]
                if rel in _WITH_RELATIONS and helped:
                    # "helped the Lebanese army fight Israel": the one helped, not its enemy
                    targets = [a for c in helped for a in actors_at(c, ctx)]
                    if targets:
                        rule += "+complement"
                    break
                if child.dep_ == "ccomp" and child.lemma_.lower() in ctx.lexicon.subject_shifting:
                    # "warned that Russia would face consequences": the one who would face it
                    targets = [a for c in helped for a in actors_at(c, ctx)]
                    if targets:
                        rule += "+complement"
                        break
                if child.dep_ == "ccomp" and _another_doer(child, sources, ctx):
                    continue  # "warned that Belgrade's actions would destabilise Kosovo"
                # "threatened to impose sanctions on Greece": the object of the complement
                targets = [a for c in child.children if c.dep_ in OBJ for a in actors_at(c, ctx)]
                seeing = child.lemma_.lower() in ctx.lexicon.seeing_verbs
                if not targets and rel is Relation.THREATENS and seeing:
                    # "warned it would treat the delivery of Dutch jets to Ukraine as an act of
                    # war": the warning is to whoever would do the deed so regarded
                    own = {a.actor.key for a in sources}
                    targets = [
                        a
                        for c in child.children
                        if c.dep_ == "dobj"
                        for a in _givers(c, ctx)
                        if a.actor.key not in own
                    ]
                    if targets:
                        rule += "+complement"
                    break  # (never the one it would be done to)
                targets = (
                    targets
                    or prep_targets(child, object_pps | ctx.lexicon.verb_preps[rel], ctx)
                    # "threatened to impose tariffs on Colombian imports", "to ban imports of
                    # Australian wine": the state of the goods
                    or (_goods_threatened(child, ctx) if rel is Relation.THREATENS else [])
                    or [
                        a
                        for c in child.children
                        if c.dep_ == "dobj"
                        # "threatened to veto Sweden's bid", "to block Turkey's accession talks
                        # with the EU": the one whose bid it would hit (not "its" own)
                        for a in _apart(owners_of(c, ctx), sources, ctx)
                        if rel is Relation.THREATENS
                    ]
                    or [
                        a
                        for c in child.children
                        if c.dep_ == "dobj"
                        for a in prep_targets(c, object_pps, ctx)
                    ]
                )
                own = {a.actor.key for a in sources}
                targets = [a for a in targets if a.actor.key not in own]  # "close [its] airspace"
                if targets:
                    rule += "+complement"
                    break
    if not targets and rel is Relation.THREATENS:
        # "threatened to halt the talks if the United States deployed the missiles": a threat
        # is made to whoever its condition names
        targets = _condition_subjects(verb, ctx)
        if targets:
            rule = "verb+condition"
    if not targets and _stranded(verb):
        # "fired on and seized three Ukrainian ships": the object the two verbs share
        targets = [
            a
            for later in verb.conjuncts
            if later.i > verb.i
            for c in later.children
            if c.dep_ == "dobj"
            # ("boarded two Emirati tankers": a strike on a state's tankers strikes that state)
            for a in actors_at(c, ctx) or (owners_of(c, ctx) if rel is Relation.ATTACKS else [])
        ] or [
            # "two Ukrainian boats were rammed, fired [on] and seized by Russian forces": the
            # passive subject of the verb it is coordinated with
            a
            for c in first_conjunct(verb).children
            if c.dep_ == "nsubjpass" and verb.dep_ == "conj"
            for a in actors_at(c, ctx) or (owners_of(c, ctx) if rel is Relation.ATTACKS else [])
        ]
        rule = "verb+shared-object"
    if not targets and rel is Relation.ATTACKS:
        targets = victims_place(verb, ctx)
        rule = "verb+victims-place"
    if not targets and rel not in SYMMETRIC:
        # a meeting's other side is named, never guessed: "discussed China's role" meets no one
        targets = nearby_objects(verb, ctx, against=rel not in _WITH_RELATIONS, rel=rel)
        rule += "+nearby"
    if not targets and len(sources) >= 2 and _each_other(verb):
        # "Armenia and Azerbaijan accused each other": each side does it to the other
        yield Candidate(verb, rel, sources, [], "verb+exchange")
        return
    if not targets and rel in SYMMETRIC and len(sources) >= 2:
        if _goes_between(verb) or verb.lemma_.lower() in ctx.lexicon.go_between_verbs:
            # "Qatar and Egypt mediated between the factions", "praised Guterres and Turkey for
            # brokering the deal": co-mediators go between others, they do not meet each other
            return
        rule = "verb+pair"  # "the two countries would discuss trade": they meet each other
    if len(sources) >= 2 and rel not in SYMMETRIC:
        # "the EU and the UN praised both governments for their courage": sides named together
        # as doers are not, by the same verb, each other's targets
        doers = {ctx.state_of(a.actor).key for a in sources}
        targets = [a for a in targets if ctx.state_of(a.actor).key not in doers]
    sayers = _sayers_of_a_conjunct(verb, rel, sources, targets, ctx)
    sources = sayers or sources
    yield Candidate(verb, rel, sources, targets, rule)


def _called_on_to_give(verb: Token, ctx: DocContext) -> list[Arg]:
    """The one called, phoned or met to be given something: "called Erdogan [to offer] his
    condolences and help", "visited Kyiv [to pledge] support"."""
    above = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return []
    lemma = above.lemma_.lower()
    if lemma not in CALLING and ctx.lexicon.verbs.get(lemma) is not Relation.MEETS:
        return []
    return [a for c in above.children if c.dep_ == "dobj" for a in actors_at(c, ctx)]


def _sayers_of_a_conjunct(
    verb: Token, rel: Relation, sources: list[Arg], targets: list[Arg], ctx: DocContext
) -> list[Arg]:
    """ "Moldova said Russian missiles had crossed its airspace and summoned Russia's
    ambassador": the parser hangs the second verb in the reported clause, whose subject it then
    inherits, though it would do the deed to its own state; the one who says it does it. So
    too a threat or a rebuke hung there on a subject that names no actor ("the Guards warned
    Washington that any retaliation would be met with a response and [threatened] to strike
    its allies": no retaliation threatens)."""
    report = _report_over_a_conjunct(verb, ctx)
    if report is None or not targets:
        return []
    own = {ctx.state_of(a.actor).key for a in sources}
    if not own:
        if rel not in (Relation.THREATENS, Relation.CRITICIZES):
            return []  # "said the aid had arrived and helped Ukraine": the aid helped
        aimed = {ctx.state_of(a.actor).key for a in targets}
        return [a for a in subject_of(report, ctx) if ctx.state_of(a.actor).key not in aimed]
    if not own <= {ctx.state_of(a.actor).key for a in targets}:
        return []
    return [a for a in subject_of(report, ctx) if ctx.state_of(a.actor).key not in own]


def _report_over_a_conjunct(verb: Token, ctx: DocContext) -> Token | None:
    """The speech verb whose reported clause the parser hung a verb on as a conjunct with no
    subject of its own ("Moldova [said] Russian missiles had crossed its airspace and
    summoned ..."), or None."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJ for c in verb.children):
        return None
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in ctx.lexicon.speech_verbs:
        return None
    return clause.head


def _stranded(verb: Token) -> bool:
    """A verb whose preposition waits for an object named after a verb coordinated with it:
    "fired [on] and seized the ships", "spoke [with] and praised the envoy"."""
    return not any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ in ("prt", "prep")
        and c.lower_ in OBJECT_PPS | _AT
        and not any(k.dep_ == "pobj" for k in c.children)
        for c in verb.children
    )


def _on_goods(measure: Token, ctx: DocContext) -> bool:
    """A measure on goods, not on a state or its people: "a tariff on all goods (from ...)"."""
    return any(
        not actors_at(p, ctx) and p.lemma_.lower() in ctx.lexicon.goods_measure_objects
        for p in _pobjs(measure, "on")
    )


def _goods_threatened(deed: Token, ctx: DocContext) -> list[Arg]:
    """The state whose goods a threatened measure would hit: "(threatened to) impose tariffs on
    Colombian imports", "(to) ban imports of Australian wine"."""
    if deed.lemma_.lower() in ctx.lexicon.goods_measure_verbs:
        banned = [a for c in goods_measure_frame(deed, ctx) for a in c.targets]
        if banned:
            return banned
    return goods_targets(deed, _ON, ctx)


def _another_doer(clause: Token, sources: list[Arg], ctx: DocContext) -> bool:
    """Whether a "that" clause has a subject of its own other than the main verb's, who does
    its deed: "warned that Belgrade's actions would destabilise Kosovo" is no threat to Kosovo
    ("warned that it would strike Kosovo" is, and so is "warned that Kosovo would face
    consequences")."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects or clause.lemma_.lower() in ctx.lexicon.subject_shifting:
        return False  # "warned that Zambia would face retaliation": Zambia undergoes it
    # (by state: "Putin warned that Moscow would ..." is his own state's deed)
    own = {ctx.state_of(a.actor).key for a in sources}
    return not any(ctx.state_of(a.actor).key in own for s in subjects for a in actors_at(s, ctx))


def _each_one(subject: Token) -> bool:
    """ "each side", "each country": a subject taken one by one."""
    return subject.dep_ in SUBJ and any(
        c.dep_ == "det" and c.lower_ == "each" for c in subject.children
    )


def _each_other(verb: Token) -> bool:
    """Whether a verb's object, or the object of its preposition, is reciprocal: "accused each
    other", "imposed sanctions on one another"."""

    def reciprocal(tok: Token) -> bool:
        words = {tok.lower_, *(c.lower_ for c in tok.children)}
        return words in ({"each", "other"}, {"one", "another"}) or (
            # "each side accused the other"
            words == {"the", "other"} and any(_each_one(c) for c in verb.children)
        )

    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        (c.dep_ == "dobj" and reciprocal(c))
        or (c.dep_ == "prep" and any(p.dep_ == "pobj" and reciprocal(p) for p in c.children))
        for h in heads
        for c in h.children
    )


def _goes_between(verb: Token) -> bool:
    """Whether a verb (or its object: "brokered a truce between ...") goes between sides other
    than its subjects: not "between them", nor a time ("between May and June")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN") and pobj.ent_type_ not in _TIMES
        for h in heads
        for prep in h.children
        if prep.dep_ == "prep" and prep.lower_ == "between"
        for pobj in prep.children
    )


_TIMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})
_PARTICLES = frozenset({"back", "out", "down", "up", "off", "away"})  # English verb particles
_INTO = frozenset({"inside", "into"})
_LAID_ON = frozenset({"on", "to"})
_TO = frozenset({"to"})
_TO_INTO = frozenset({"to", "into"})  # "flew weapons into Mogadishu"
_ON = frozenset({"on"})
_AT = frozenset({"at"})
_AT_OVER = frozenset({"at", "over"})  # "in protest at Madrid's decision"
_AIMED_AT = frozenset({"at", "on", "against"})  # "launched missiles at Israeli cities"


def noun_frame(noun: Token, rel: Relation, ctx: DocContext) -> Iterator[Candidate]:
    lex = ctx.lexicon
    owners: list[Arg] = []
    named_by: list[Arg] = []  # "a visit by Japanese lawmakers": the doers, named by a "by"
    owner_rule = "noun"
    aimed = _AT if rel is Relation.ATTACKS else frozenset()  # "a salvo of rockets at Israel"
    volley = noun.lemma_.lower() in lex.volley_nouns  # "a barrage of Russian missiles": its "of"
    # names the weapons, whose owner fires them, not what is struck
    preps = lex.noun_preps[rel] - {"by", "from"} - ({"of"} if volley else set())
    targets = prep_targets(noun, preps, ctx, aimed=aimed)
    measure = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if not targets and measure is not None and measure.lemma_.lower() in COLLECTIVE_HEADS:
        # "30 tonnes of medical supplies to Chad": the parser may hang the target on the measure
        targets = prep_targets(measure, preps, ctx, aimed=aimed)
    if not targets:
        # "a visit by a group of U.S. lawmakers to Taiwan": the parser may hang the target on
        # the group that does the deed
        targets = [
            a
            for group in _pobjs(noun, "by")
            if group.lemma_.lower() in lex.collective_nouns
            for a in prep_targets(group, preps - {"of"}, ctx, aimed=aimed)
        ]
    if not targets and in_manner(noun):
        # "in solidarity with Mexico", the "with" hung on the verb or its object: the
        # preposition right after a noun of manner is the noun's own
        after = noun.nbor() if noun.i + 1 < len(noun.doc) else None
        if after is not None and after.dep_ == "prep" and after.lower_ in preps:
            targets = [a for p in after.children if p.dep_ == "pobj" for a in actors_at(p, ctx)]
    if (
        not targets
        and noun.dep_ == "conj"
        # ("its [backing] of separatists": a preposition of its own names its object)
        and not any(c.dep_ == "prep" and c.lower_ in preps for c in noun.children)
    ):
        # "rushed rescue teams and relief [supplies] to Myanmar": the parser may hang the
        # target on the first of the things coordinated
        targets = prep_targets(first_conjunct(noun), preps, ctx, aimed=aimed)
    amount = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    if not targets and amount is not None and _a_sum(amount, lex):
        # "$50 million in budget support to Moldova": or on the amount the deed is counted in
        targets = prep_targets(amount, preps, ctx, aimed=aimed)
    if not targets and rel in lex.owner_as_target:
        # "support for Argentina's claim", "strikes on Iranian military sites": the owner of
        # what the deed is for or against
        # "a barrage of drones at Ukraine's power grid": aimed at its owner
        towards = lex.noun_preps[rel] - {"by", "from"} - (lex.location_preps - aimed)
        targets = _owners_after(noun, towards, ctx)
        if not targets and rel is Relation.CRITICIZES:
            # "in protest at Madrid's decision", "criticism over Sweden's bid": the doer of the
            # deed judged (not "condemnation at the General Assembly", a venue)
            targets = _owners_after(noun, _AT_OVER, ctx, deeds_only=True)
        owner_rule = "noun+object-owner" if targets else owner_rule
        if targets and _for_a_state_s_own(noun, towards, ctx):
            owner_rule = "noun+attribute"  # "support for Guyana's sovereignty": Guyana's
    if not targets and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        role = noun.head.head  # "Syria was the target of Israeli strikes"
        if role.lemma_.lower() in lex.role_undergoers:
            targets = _bearer(role, ctx)
            owner_rule = "noun+role" if targets else owner_rule
    if not targets and rel is Relation.ATTACKS:
        # "the heaviest strikes of the war on Gaza": the war's target, the parser hanging the
        # "on" on the war
        targets = [
            a
            for war in _of_objects(noun)
            if noun_relation_of(war, lex) is Relation.ATTACKS
            for prep in war.children
            if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for a in actors_at(pobj, ctx) or owners_of(pobj, ctx)
        ]
    if not targets and rel is Relation.ATTACKS:
        # "airstrikes inside Afghanistan", "carried out raids deep into Syria": the state whose
        # ground a strike crosses into is struck
        heads = [noun, *([noun.head] if noun.dep_ == "dobj" else [])]
        targets = [a for h in heads for a in prep_targets(h, _INTO, ctx, allow_places=True)]
    waged = lex.mutual_conflicts.get(noun.lemma_.lower())
    if not targets and waged and any(c.lower_ in waged for c in noun.children):
        targets = prep_targets(noun, frozenset({"with"}), ctx)  # "its trade war with Mexico"
    if volley:
        owners += [a for weapon in _of_objects(noun) for a in owners_of(weapon, ctx)]
    for child in noun.children:
        if (
            child.dep_ == "poss"
            and child.pos_ == "PRON"
            and governing_verb(noun) is not None
            # ("Moscow's annexation of Crimea and [its] backing of ...": the first's owner)
            and not any(
                c.dep_ == "poss" for c in first_conjunct(noun).children if noun.dep_ == "conj"
            )
        ):
            continue  # "India and Mauritius upgraded [their] ties": the subject says who
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            owners += actors_at(child, ctx)
        elif child.dep_ == "prep" and child.lower_ in ("by", "from"):
            if child.lower_ == "from" and rel is Relation.SANCTIONS and _on_goods(noun, ctx):
                continue  # "a tariff on all goods from Korea": where the goods come from
            doers = [a for p in child.children if p.dep_ == "pobj" for a in actors_at(p, ctx)]
            named_by += doers
            owners += doers
        elif child.dep_ == "acl" and child.lemma_.lower() in lex.go_between_verbs:
            continue  # "a deal brokered by Qatar between ...": brokered_frame reads it
        elif child.dep_ == "acl":  # "an embargo imposed on Cuba by the United States"
            for grand in child.children:
                if grand.dep_ == "agent":
                    owners += [
                        a for p in grand.children if p.dep_ == "pobj" for a in actors_at(p, ctx)
                    ]
            if not targets:
                targets = prep_targets(child, lex.noun_preps[rel] | {"on"}, ctx)
            if not targets and rel is Relation.SANCTIONS:
                targets = goods_targets(child, _ON, ctx)  # "imposed by Washington on Iran's oil"
        elif child.dep_ == "relcl" and _object_relative(child, ctx):
            # "the sanctions that Washington imposed on Caracas": the clause's subject acts
            owners += [
                a
                for c in child.children
                if c.dep_ in SUBJ
                for a in actors_at(c, ctx, role="source")
            ]
            if not targets:
                targets = prep_targets(child, lex.noun_preps[rel] | {"on"}, ctx)
    if not owners and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        conveying = noun.head.head  # "Washington's approval of an arms package for Taiwan"
        if conveying.lemma_.lower() in lex.transfer_nouns | _APPROVALS:
            owners = owners_of(conveying, ctx)
    if not targets and rel is Relation.SANCTIONS:  # "tariffs on American whiskey"
        targets = goods_targets(noun, lex.noun_preps[rel], ctx)
        above = governing_verb(noun)
        if not targets and above is not None:  # "imposed tariffs on U.S. exports"
            targets = goods_targets(above, lex.noun_preps[rel], ctx)
    if not targets and rel in UNDER_RELATIONS:  # "sanctions targeting Iran's drone program"
        for verb in noun.children:
            if verb.dep_ == "acl" and verb.lemma_.lower() in lex.target_verbs:
                targets = [
                    a
                    for obj in verb.children
                    if obj.dep_ == "dobj"
                    for a in actors_at(obj, ctx)
                    or owners_of(obj, ctx)
                    or measured_targets(obj, ctx)
                ] or prep_targets(verb, _AT_AGAINST, ctx, aimed=_AT_AGAINST)  # "aimed at Kyiv"
    if not targets and rel in _HOSTILE_DEEDS:
        # "banned entry to Americans in retaliation for U.S. sanctions": done to the responder
        targets = _responder(noun, ctx)
        owner_rule = "noun+responder" if targets else owner_rule
    if not targets and rel is Relation.ATTACKS:  # "Israeli airstrikes killed 12 people in Lebanon"
        # ("a Russian missile barrage that killed dozens in Ukraine": a relative clause too)
        for verb in [c for c in noun.children if c.dep_ in ("acl", "relcl")] + [noun.head]:
            if verb.pos_ == "VERB" and not targets:
                targets = victims_place(verb, ctx)
    if rel in SYMMETRIC and not targets:
        paired = modifier_actors(noun, ctx)
        if len({ctx.state_of(a.actor).key for a in paired}) >= 2:  # "U.S.-Ukraine talks"
            yield Candidate(noun, rel, paired, [], "noun+pair")
            return
    under = under_targets(noun, rel, ctx)
    if under is not None:
        yield Candidate(noun, rel, owners, under, "noun+under")
        return
    between = between_sides(noun, ctx) or [
        a  # "a deal brokered by Qatar between Washington and Kabul"
        for c in noun.children
        if c.dep_ == "acl" and c.lemma_.lower() in lex.go_between_verbs
        for a in between_sides(c, ctx)
    ]
    if between and owners and rel is Relation.MEETS:
        # "Qatar's mediation between Russia and Ukraine": the go-between meets the sides
        yield Candidate(noun, rel, owners, between, "noun+between")
        return
    if between and rel is Relation.ATTACKS and noun.lemma_.lower() in lex.war_nouns:
        # "the war between Eritrea and Ethiopia": a war both sides wage
        for side in between:
            own = ctx.state_of(side.actor).key
            others = [a for a in between if ctx.state_of(a.actor).key != own]
            yield Candidate(noun, rel, [side], others, "noun+between")
        return
    if between:
        yield Candidate(noun, rel, between[:1], between[1:], "noun+between")
        return
    governor = governing_verb(noun)
    if (
        governor is None
        and rel is Relation.COOPERATES
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and noun.head.head.pos_ in ("NOUN", "PROPN")
    ):
        # "carried out an airstrike against militants [in coordination] with the Somali
        # government", the "in" hung on a noun: the deed of the clause is done together
        governor = clause_verb(noun)
    if governor is not None and _instrument_of_another_deed(noun, governor, rel, lex):
        return
    if governor is not None and _talks_at_home(noun, governor, rel, lex):
        return
    hosts = _hosts_of_a_visit(noun, rel, owners, targets, ctx)
    if hosts:
        yield Candidate(noun, rel, owners, hosts, "noun+visited")
        return
    punished = _punished_for(noun, rel, ctx)
    if punished:
        # "sanctions on Chinese firms over their support for Russia": the one punished did it
        keys = {a.actor.key for a in punished}
        yield Candidate(
            noun, rel, punished, [a for a in targets if a.actor.key not in keys], "noun+judged"
        )
        return
    if (
        rel is Relation.MEETS
        and governor is not None
        and len({a.actor.key for a in owners}) < 2
        # (not an owner: "threatened to block Turkey's accession talks with the EU")
        and not any(c.dep_ == "poss" and actors_at(c, ctx) for c in noun.children)
    ):
        # "requested WTO consultations with the U.S.": a single modifier names the forum (not
        # "condemned a visit by Japanese lawmakers": they visit)
        framework = subject_of(governor, ctx)
        if framework and not _apart(named_by, framework, ctx):
            owners = []
    sources = owners
    asking = request_verb(noun, rel, lex)
    if asking is not None:
        # "Niger asked Algeria for aid", "appealed to Canada for help", "sought aid from Algeria":
        # the one asked would give (the modality says it is only asked for), the asker receive;
        # "asked Algeria for sanctions against Chile": the one asked would punish the target
        receivers = _receivers(asking, ctx) if rel is Relation.SUPPORTS else targets
        yield Candidate(noun, rel, _asked(noun, asking, ctx), receivers, "noun+request")
        return
    if governor is not None and governor.lemma_.lower() in lex.attributing_verbs:
        # "Washington blamed the bombing on Iran", "the attack was blamed on Iran by Israel":
        # the one it is laid on did it (allegedly: the verb makes it hypothetical); the one
        # laying it is no side of the deed
        doers = prep_targets(governor, _LAID_ON, ctx, allow_places=True)
        yield Candidate(noun, rel, owners or doers, targets, owner_rule + "+governor")
        return
    if governor is not None:
        # "signed an agreement" is cooperation whatever the noun; not what is said around the
        # signing ("signed a pact with Morocco during a visit to Rabat": the visit meets)
        overridden = noun.dep_ in ("dobj", "nsubjpass") or first_conjunct(noun).dep_ == "dobj"
        relation = lex.verb_overrides.get(governor.lemma_.lower(), rel) if overridden else rel
        shifted = lex.subject_shifting.get(governor.lemma_.lower())
        if shifted is not None and _received(noun, governor):
            # "faced condemnation from France", "drew criticism from Germany", "met with
            # opposition from China", "was hit with sanctions by the EU", "enjoys the support of
            # Russia": the one it comes from acts on the subject (or the owner of the subject:
            # "Japan's plan drew ...")
            froms = frozenset({shifted, "from", "of"})
            givers = (
                prep_targets(governor, froms, ctx)
                or prep_targets(noun, froms, ctx)
                or _agents(governor, ctx)
                or owners
            )
            if givers or shifted != "of":  # "had talks with Russia": "have" alone is light
                receivers = _receivers(governor, ctx)
                yield Candidate(noun, relation, givers, receivers, "noun+receiver")
                return
        if not targets:
            targets = prep_targets(
                governor,
                lex.noun_preps[rel] - {"by", "from", "of"},
                ctx,
                allow_places=moves(governor),
                aimed=aimed,
            )
        if not targets and rel is Relation.ATTACKS and noun.dep_ == "dobj":
            # "launched waves of missiles at Israeli cities": the owner of what the verb aims
            # the deed at (not the state a place is in: "an airstrike on a target in
            # Afghanistan" may be a strike on insurgents there)
            targets = _owners_after(governor, _AIMED_AT, ctx)
        if not targets and rel is Relation.CRITICIZES and noun.dep_ == "pobj":
            # "recalled its envoy in protest at Lome's decision", the "at" hung on the verb:
            # the doer of the deed the protest is at
            targets = _owners_after(governor, _AT_OVER, ctx, deeds_only=True)
        if not targets:  # "give Tanzania a grant"
            targets = [
                a
                for c in governor.children
                if c.dep_ in ("dative", "dobj") and c.i != noun.i
                for a in actors_at(c, ctx)
            ]
        if not targets and rel is Relation.SUPPORTS:
            targets = _called_on_to_give(governor, ctx)
        if not owners and noun.dep_ == "dobj":
            # "condemned the raids on Bolivia by Chile", the "by" hung on the active verb
            owners = _pp_actors(governor, "by", ctx, role="source")
            sources = owners
        judged = _judged_agents(noun, governor, rel, ctx)
        if judged is not None:
            # "Putin slams Biden over Ukraine aid", "praised Japan for its aid to Kyiv": the one
            # judged did the deed, the judge did not
            sources, owner_rule = judged, "noun+judged"
            targets = [a for a in targets if a.actor.key not in {j.actor.key for j in judged}]
            if not targets:
                targets = [a for a in owners if a.actor.key not in {j.actor.key for j in judged}]
        elif not owners and _judges_it(noun, governor, rel, ctx):
            sources = []  # "Peru condemned the raids on Bolivia": the raids are not Peru's
        elif not owners:
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
    if (
        governor is not None
        and sources
        and not targets
        and rel is Relation.SUPPORTS
        and noun.lemma_.lower() in lex.material_support
        and governor.lemma_.lower() in lex.giving_verbs  # (not "asked that its loans be repaid")
        and not _names_a_recipient((noun, governor))
    ):
        # "Britain, Canada and Germany offered assistance": to the state the aid told before
        # was for
        targets = _recipient_told_before(governor, sources, ctx)
    if governor is not None and governor.lemma_.lower() in lex.exchange_verbs:
        # "India and Pakistan exchanged fire", "Pakistan traded fire with India": each side did
        # it to the other
        with_ = frozenset({"with"})
        targets = targets or prep_targets(noun, with_, ctx) or prep_targets(governor, with_, ctx)
        owner_rule += "+exchange"
    if rel is Relation.CRITICIZES and noun.lemma_.lower() in lex.filings:
        targets = _not_the_forum(noun, governor, targets, ctx)
    yield Candidate(noun, rel, sources, targets, owner_rule)


def _not_the_forum(
    filing: Token, governor: Token | None, targets: list[Arg], ctx: DocContext
) -> list[Arg]:
    """A complaint's targets without the body it is filed with ("would lodge a complaint with
    the WTO", "lodged a complaint at the WTO against Japan": Japan), on the noun or on the
    verb; with no other target, only one it is filed "against", or the doer of the deed it is
    "over"."""
    forums = frozenset(ctx.lexicon.forum_preps)
    heads = [filing] if governor is None else [filing, governor]
    filed_with = [
        a
        for h in heads
        for a in prep_targets(h, forums, ctx)
        if a.actor.kind is ActorKind.ORGANIZATION
    ]
    kept = [a for a in targets if a.token not in {f.token for f in filed_with}]
    if kept:
        return kept
    # "against Japan", which the parser may hang on the body it is filed with, or the doer of
    # the deed it is "over" ("with the OSCE over Azerbaijan's attacks")
    bodies = [b for h in heads for b in _pobjs(h, *forums)]
    return [a for h in (*heads, *bodies) for a in prep_targets(h, frozenset({"against"}), ctx)] or [
        a for h in (*heads, *bodies) for a in _owners_after(h, _AT_OVER, ctx, deeds_only=True)
    ]


def _owners_after(
    head: Token, preps: AbstractSet[str], ctx: DocContext, *, deeds_only: bool = False
) -> list[Arg]:
    """The owners of what a head's prepositions name: "(support) for [Argentina's] claim",
    and with `deeds_only` only of a deed ("(protest) at [Lome's] decision", not "(accusations)
    at a Security Council meeting")."""
    return [
        a
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for pobj in prep.children
        if pobj.dep_ == "pobj" and (not deeds_only or _a_deed(pobj, ctx))
        for a in owners_of(pobj, ctx)
    ]


def _for_a_state_s_own(head: Token, preps: AbstractSet[str], ctx: DocContext) -> bool:
    """Whether what a head's prepositions name is an attribute a state has of its own ("support
    for Guyana's sovereignty", "for the territorial integrity of Serbia"), whose owner is
    plainly the one the deed is for or against."""
    named = _pobjs(head, *preps)
    return bool(named) and all(p.lemma_.lower() in ctx.lexicon.state_attributes for p in named)


def _a_deed(noun: Token, ctx: DocContext) -> bool:
    """Whether what a judgement is at or over can be someone's deed or stance ("the decision",
    "Sweden's NATO bid"), not where it is voiced: a body, a meeting or a place ("at the UN
    General Assembly", "at a Security Council meeting")."""
    lex = ctx.lexicon
    lemma = noun.lemma_.lower()
    return not (
        ctx.index.at(noun.i) is not None
        or noun_relation_of(noun, lex) is Relation.MEETS
        or lemma in lex.venue_nouns
        or lemma in lex.hosted_events
    )


_WITH_RELATIONS = frozenset({Relation.SUPPORTS, Relation.COOPERATES, Relation.MEETS})


_APPROVALS = frozenset({"approval", "authorization", "authorisation", "announcement"})
_DEEDS_BACK = 3  # sentences read back for the deed a definite deed noun refers to
_HOSTILE_DEEDS = frozenset({Relation.SANCTIONS, Relation.ATTACKS})
_RETALIATIONS = frozenset({"retaliate", "retaliation", "reprisal"})


def _responder(deed: Token, ctx: DocContext) -> list[Arg]:
    """Who retaliates for a deed, and so underwent it: "retaliated for Tokyo's export curbs"
    (Korea), "in retaliation for U.S. sanctions" (the subject of the clause the retaliation is
    in). Not a deed that names its own object ("reacted to the sanctions against the
    enclave"), nor a mere reaction ("responded to U.S. sanctions on Iran")."""
    prep = deed.head
    if deed.dep_ != "pobj" or prep.lower_ not in ("for", "against"):
        return []
    if any(c.dep_ == "prep" and c.lower_ in ("on", "against", "to") for c in deed.children):
        return []
    response = prep.head
    if response.lemma_.lower() not in _RETALIATIONS:
        return []
    if response.pos_ == "VERB":
        return subject_of(response, ctx)
    governor = governing_verb(response) or clause_verb(response)
    return subject_of(governor, ctx) if governor is not None else []


def _fired_at(obj: Token, ctx: DocContext) -> list[Arg]:
    """ "fired 30 missiles and ten drones [at Israel]": the "at" may hang on any conjunct of
    what is fired."""
    return [a for o in coordinated(obj) for a in prep_targets(o, _AT, ctx, aimed=_AT)]


_VISITS = frozenset({"visit", "trip", "tour", "stay"})
_DURING = frozenset({"during", "on", "in"})


def _hosts_of_a_visit(
    noun: Token, rel: Relation, visitors: list[Arg], targets: list[Arg], ctx: DocContext
) -> list[Arg]:
    """ "Vietnam signed ten agreements with Russia during a visit by Putin": a visit that names
    no place, in the time of a clause, is to the clause's subject."""
    if (
        rel is not Relation.MEETS
        or targets
        or not visitors
        or noun.lemma_.lower() not in _VISITS
        or noun.dep_ != "pobj"
        or noun.head.lower_ not in _DURING
        or any(c.dep_ == "prep" and c.lower_ in ("to", "in") for c in noun.children)
    ):
        return []
    clause = noun.head.head
    if clause.pos_ not in ("VERB", "AUX"):
        return []
    return _apart(subject_of(clause, ctx), visitors, ctx)


def _instrument_of_another_deed(noun: Token, governor: Token, rel: Relation, lex: Lexicon) -> bool:
    """ "threatened to strike the United States with [weapons]", "threatened Iran with
    [sanctions]": the means of a deed of another relation is no deed of its own (the verb's
    relation is read from the verb)."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "with" or head.head.i != governor.i:
        return False
    if governor.lemma_.lower() in lex.subject_shifting:
        return False  # "was hit with sanctions", "met with opposition": received, not a means
    if governor.lemma_.lower() in lex.response_verbs:
        return False  # "retaliated with a ban": the means is the deed
    done = lex.verbs.get(governor.lemma_.lower())
    return done is not None and done is not rel


def _talks_at_home(noun: Token, governor: Token, rel: Relation, lex: Lexicon) -> bool:
    """ "recalled its ambassador from Moscow for [consultations]": the talks an envoy is called
    home for are with their own government, no meeting with the state they leave (not troops
    withdrawn "for talks with Bolivia")."""
    head = noun.head
    return (
        rel is Relation.MEETS
        and noun.dep_ == "pobj"
        and head.lower_ == "for"
        and head.head.i == governor.i
        and governor.lemma_.lower() in lex.recall_verbs
        and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.military_nouns for c in governor.children
        )
    )


def hosting_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """Receiving, welcoming or calling another side's official meets them: "received the Saudi
    foreign minister", "welcomed the Lebanese prime minister to Paris", "called his Pakistani
    counterpart". The object must be a person (named, or by office) or a delegation; a thing
    ("welcomed the decision") or a state called something ("called Russia a threat") is not."""
    lex = ctx.lexicon
    # "called Erdogan to offer his condolences": a call made to do something is still a call
    # (a person called something is not: "called him a liar")
    purpose = verb.lemma_.lower() in CALLING and not any(c.dep_ == "oprd" for c in verb.children)
    if not purpose and any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in verb.children):
        return
    if sum(c.dep_ == "dobj" for c in verb.children) >= 2:
        return  # "called the Emirati president his brother": two objects, one names the other
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "nsubjpass"):
            continue
        mention = ctx.index.at(obj.i)
        person = (mention is not None and mention.actor.kind is ActorKind.OFFICIAL) or (
            mention is None
            and (obj.lemma_.lower() in lex.titles or obj.lemma_.lower() in HOSTED_NOUNS)
        )
        if purpose and any(c.dep_ == "ccomp" for c in verb.children):
            return  # "called Erdogan a dictator", parsed as a clause
        if person:
            targets = actors_at(obj, ctx)
            # "the Nigerian president was welcomed by President Macron": the agent hosts
            hosts = subject_of(verb, ctx) if obj.dep_ == "dobj" else _agents(verb, ctx)
            if targets:
                yield Candidate(verb, Relation.MEETS, hosts, targets, "verb+host")
            return


_MEALS = frozenset({"dinner", "lunch", "luncheon", "breakfast", "banquet", "reception"})
_GIVING_A_MEAL = frozenset({"host", "give", "hold", "throw", "offer"})


def meal_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """A meal or reception given for others meets them: "hosted a dinner for the leaders of
    Poland and Lithuania", "gave a lunch for the visiting Polish president"."""
    people = ctx.lexicon.population_nouns
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in _MEALS:
            guests = [  # (not "a lunch for South Korean students": people, no state met)
                *_pp_actors(obj, "for", ctx, unless=people),
                *_pp_actors(verb, "for", ctx, unless=people),
            ]
            if guests:
                yield Candidate(verb, Relation.MEETS, subject_of(verb, ctx), guests, "verb+meal")


_ANSWERS = frozenset({"response", "retaliation", "reprisal", "answer", "riposte"})


def answer_frame(noun: Token, ctx: DocContext) -> Iterator[Candidate]:
    """An answer promised to a deed that may come is a threat to its doer: "will deliver a
    crushing response to any attack by Israel", "vowed retaliation for any Japanese strike",
    "any Russian attack would be met with a devastating response" (said by NATO's chief)."""
    lex = ctx.lexicon
    holders = [noun, *([noun.head] if noun.dep_ == "dobj" else [])]  # "to" may hang on the verb
    deeds = [
        pobj
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in ("to", "for", "against")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    meet = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
    if meet is not None and meet.lemma_.lower() == "meet":
        # "any attack would be met with a response": the speaker answers
        deeds = [c for c in meet.children if c.dep_ == "nsubjpass"]
        report = reporting_verb(meet, lex)
        answerers = subject_of(report, ctx) if report is not None else ctx.speaker(meet)
    else:
        governor = governing_verb(noun)
        answerers = subject_of(governor, ctx) if governor is not None else []
    for first in deeds:
        if not any(c.dep_ == "det" and c.lower_ in ("any", "an") for c in first.children):
            continue  # "retaliation for the strike": an answer to a deed done, not a threat
        for deed in coordinated(first):  # "any provocation or attack by Seoul"
            if lex.noun_relation(deed.lemma_.lower()) is not Relation.ATTACKS:
                continue
            doers = owners_of(deed, ctx) or owners_of(first, ctx)
            if answerers and doers:
                yield Candidate(noun, Relation.THREATENS, answerers, doers, "noun+answer")
                break


_COUNTER_VERBS = frozenset({"retaliate", "respond"})
_COUNTER_PHRASALS = frozenset({("hit", "back"), ("strike", "back")})
_COUNTER_NOUNS = frozenset({"response", "riposte", "retaliation", "reprisal", "countermeasure"})
_MEASURES = frozenset({"measure", "countermeasure", "step", "action"})
_VOWS = frozenset({"vow", "pledge", "promise", "threaten", "swear", "warn"})
_READY = frozenset({"ready", "prepared", "right"})  # "ready to respond", "the right to respond"
_PROSPECTIVE = frozenset({"will", "would", "shall", "'ll"})


def phone_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """Speaking to someone by phone is a phone call, a meeting: "Wang Yi told his Pakistani
    counterpart by phone that ...", "said over the telephone to Blinken"."""
    if not phone_objects(verb):
        return
    hearers = [a for c in verb.children if c.dep_ in ("dobj", "dative") for a in actors_at(c, ctx)]
    hearers += prep_targets(verb, _TO, ctx)
    speakers = subject_of(verb, ctx)
    if speakers and hearers:
        yield Candidate(verb, Relation.MEETS, speakers, hearers, "verb+prep")


def penalty_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """Saying that someone will suffer a penalty threatens them: "Khamenei said Israel would
    receive a harsh punishment", "'You will pay a heavy price,' the minister told Manila",
    "said Lithuania would face consequences" (`penalties` in the lexicon). The penalty must
    be to come ("will", "would"), not denied, and said by someone other than the one who is
    to suffer it."""
    lex = ctx.lexicon
    lemma = verb.lemma_.lower()
    penalties = lex.owed_penalties.get(lemma, frozenset())
    if lemma in lex.penalty_verbs | lex.penalty_met_verbs:
        penalties |= lex.penalty_nouns
    met = lemma in lex.penalty_met_verbs
    deeds = [c for c in verb.children if c.dep_ in PASS_SUBJ] if met else []
    # "any attack would be met with a crushing response": the penalty after "with"
    named = _pobjs(verb, "with") if deeds else [c for c in verb.children if c.dep_ == "dobj"]
    if not any(c.lemma_.lower() in penalties for c in named):
        return
    auxes = [c for c in verb.children if c.dep_ in ("aux", "neg")]
    if any(a.dep_ == "neg" for a in auxes):
        return
    demand = _demand_or(verb)
    maker = _made_to_suffer(verb, lex)
    if demand is not None:
        # "gave Seoul 48 hours to halt the broadcasts or [face] military action": the one told
        # to do it, or the subject of "must"; threatened by whoever tells it
        teller = demand.head if demand.dep_ in ("advcl", "xcomp", "ccomp") else None
        told = [
            a
            for c in (teller.children if teller is not None else ())
            if c.dep_ in ("dative", "dobj")
            for a in actors_at(c, ctx)
        ]
        sufferers = told or subject_of(demand, ctx)
        speakers = subject_of(teller, ctx) if teller is not None and told else []
        speakers = speakers or _reporters(demand, ctx)
    elif maker is not None:
        # "vowed to make the United States [pay] a price": whoever vows it
        speakers = subject_of(maker, ctx)
        sufferers = subject_of(verb, ctx)
    elif any(a.lower_ in _PROSPECTIVE for a in auxes):
        speakers = _reporters(verb, ctx)
        sufferers = subject_of(verb, ctx) if not met else []
        # "any Japanese interference would be met with ...", "Georgia's actions would have
        # consequences": whose deed it is, when named (not guessed from "the government's")
        deeds = deeds or [c for c in verb.children if c.dep_ in SUBJ]
        sufferers = sufferers or [
            a for d in deeds for a in owners_of(d, ctx) if a.how not in ("description", "pronoun")
        ]
    else:
        return
    sufferers = _apart(sufferers, speakers, ctx)
    if speakers and sufferers:
        yield Candidate(verb, Relation.THREATENS, speakers, sufferers, "penalty")


def _reporters(verb: Token, ctx: DocContext) -> list[Arg]:
    """Who says a clause: the subject of the verb it is the content of ("said", "warned",
    "agreed that ..."), or the speaker of the quotation it stands in."""
    report = reporting_verb(verb, ctx.lexicon) if verb.dep_ == "ccomp" else None
    if report is None and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB":
        report = verb.head  # "EU leaders agreed that Russia would face consequences"
    return subject_of(report, ctx) if report is not None else ctx.speaker(verb)


def _demand_or(verb: Token) -> Token | None:
    """The demand a penalty is the alternative of: "to [halt] the broadcasts or face ...",
    "must [withdraw] or face ..."; None when the penalty is no such alternative."""
    demand = verb.head
    if verb.dep_ != "conj":
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in (*demand.children, *verb.children)):
        return None
    if demand.pos_ in ("NOUN", "PROPN") and demand.dep_ == "dobj":
        demand = demand.head  # "to halt the broadcasts or face ...", "or" hung on the object
    if demand.pos_ != "VERB":
        return None
    demanded = any(
        (c.dep_ == "aux" and c.lower_ in ("to", "must", "should")) for c in demand.children
    )
    return demand if demanded else None


def _made_to_suffer(verb: Token, lex: Lexicon) -> Token | None:
    """The "make" of "vowed to make the United States [pay] a price", "will make Kyiv [pay]":
    a penalty caused, to come when the making is vowed or to come."""
    maker = verb.head
    if verb.dep_ != "ccomp" or maker.lemma_.lower() != "make":
        return None
    prospective = any(c.dep_ == "aux" and c.lower_ in _PROSPECTIVE for c in maker.children)
    vowed = maker.dep_ == "xcomp" and maker.head.lemma_.lower() in lex.intention_verbs
    return maker if prospective or vowed else None


def counter_frame(trigger: Token, ctx: DocContext) -> Iterator[Candidate]:
    """An answer vowed to a deed done threatens its doer: "Iraq condemned the Turkish strikes
    and vowed to retaliate", "Moscow said it would take appropriate measures in response" (to
    the deed of the sentence before), "vowed a proportionate response to the Israeli
    strikes", "reserves the right to respond to the American sanctions". The answer must be
    to come (vowed, "will", "would", "ready to") and not denied; the one answered is named by
    "against", by the deed it answers ("to", "for", "in response to"), by its condition ("if
    the alliance deployed ..."), or by the clause or sentence before (its doer, or what the
    answerer condemned there)."""
    answer = _counter_clause(trigger)
    if answer is None or any(c.dep_ == "neg" for c in answer.children):
        return
    if _by_its_own_means(answer):
        return  # "would respond by expanding its work at Natanz": done to no one
    # "reserved [the right] to respond": the one who holds the right answers
    forcing = _forced(answer)
    if forcing is not None:
        # "NATO's expansion would force Russia to take countermeasures": the one forced
        # answers whoever forces it
        answerers = [a for c in forcing.children if c.dep_ == "dobj" for a in actors_at(c, ctx)]
        answered = _apart(_forcers(forcing, ctx), answerers, ctx)
        if answerers and answered:
            yield Candidate(trigger, Relation.THREATENS, answerers, answered, "counter")
        return
    holder = answer.head.head if answer.dep_ == "acl" and answer.head.dep_ == "dobj" else answer
    answerers = subject_of(holder, ctx) or _sayer_of_a_stray_conjunct(answer, ctx)
    if not answerers:
        return
    holders = [trigger, answer, *(c for c in answer.children if c.dep_ == "dobj")]
    objects = [
        pobj
        for holder in dict.fromkeys(holders)
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in ("against", "to", "for", "in")
        for pobj in _answered(prep)
    ]
    named = [a for pobj in objects for a in actors_at(pobj, ctx) or owners_of(pobj, ctx)]
    if objects and not named:
        return  # "would respond to humanitarian emergencies": an answer to no one's deed
    # "would respond if the alliance deployed troops there": an answer on a condition is to
    # whoever the condition names, before anyone named before
    answered = _apart(
        named
        or _apart(_condition_subjects(answer, ctx), answerers, ctx)
        or _doers_before(answer, answerers, ctx),
        answerers,
        ctx,
    )
    if answered:
        yield Candidate(trigger, Relation.THREATENS, answerers, answered, "counter")


def _by_its_own_means(answer: Token) -> bool:
    """Whether an answer is done by working on one's own things: "respond by expanding [its]
    work", "by strengthening [our] defences" (not "by striking Israeli cities", nor "[their]
    bases", which may be another's)."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "by"
        and means.dep_ == "pcomp"
        and any(
            obj.dep_ == "dobj"
            and any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in obj.children)
            for obj in means.children
        )
        for prep in answer.children
        for means in prep.children
    )


_OWN_POSSESSIVES = frozenset({"its", "our", "my"})  # (not "their": "striking their bases")


def _sayer_of_a_stray_conjunct(verb: Token, ctx: DocContext) -> list[Arg]:
    """ "Syria's army said its air defences had downed two drones and [vowed] a response": a
    verb the parser hangs on the reported clause, whose subject there names no actor, is the
    sayer's ("... and vowed to [retaliate]": the vowing verb over the infinitive)."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    report = _report_over_a_conjunct(verb, ctx)
    return subject_of(report, ctx) if report is not None else []


def _counter_clause(trigger: Token) -> Token | None:
    """The verb of a vowed answer, or None: "[retaliate]" under "vowed to", "would [take]
    measures", "[vowed] a response", "[warned] of reprisals"."""
    lemma = trigger.lemma_.lower()
    if trigger.pos_ == "NOUN":
        if lemma not in _COUNTER_NOUNS:
            return None
        head = trigger.head
        if trigger.dep_ == "pobj" and head.lower_ == "of":  # "warned of a harsh response"
            head = head.head
        elif trigger.dep_ != "dobj":
            return None
        return head if head.pos_ == "VERB" and head.lemma_.lower() in _VOWS else None
    is_answer = lemma in _COUNTER_VERBS or any(
        c.dep_ == "prt" and (lemma, c.lower_) in _COUNTER_PHRASALS for c in trigger.children
    )
    if lemma == "take":
        is_answer = any(_countermeasures(c) for c in trigger.children if c.dep_ == "dobj")
    if not is_answer:
        return None
    if any(c.dep_ == "aux" and c.lower_ in _PROSPECTIVE for c in trigger.children):
        return trigger
    head = trigger.head
    if trigger.dep_ in ("xcomp", "acl") and (
        head.lemma_.lower() in _VOWS | _READY or head.lower_ in _READY
    ):
        return trigger  # "vowed to retaliate", "is ready to respond", "the right to respond"
    if _forced(trigger) is not None and any(
        c.dep_ == "aux" and c.lower_ in _PROSPECTIVE for c in head.children
    ):
        return trigger  # "NATO's expansion would force Russia to take countermeasures"
    return None


_FORCING = frozenset({"force", "compel", "oblige", "push"})


def _forced(answer: Token) -> Token | None:
    """The verb that forces an answer on its object ("would [force] Russia to respond")."""
    head = answer.head
    if answer.dep_ == "xcomp" and head.lemma_.lower() in _FORCING:
        return head
    return None


def _forcers(forcing: Token, ctx: DocContext) -> list[Arg]:
    """Who or whose deed forces ("NATO's expansion ... would force"; the subject may be that of
    the clause the verb is coordinated with)."""
    holders = [forcing, *([forcing.head] if forcing.dep_ == "conj" else [])]
    subjects = [c for h in holders for c in h.children if c.dep_ in SUBJ][:1]
    return [a for c in subjects for a in actors_at(c, ctx) or owners_of(c, ctx)]


_FIRM = frozenset(
    {
        "retaliatory", "reciprocal", "resolute", "firm", "decisive", "necessary", "appropriate",
        "tough", "strong", "corresponding", "countermeasure", "adequate", "proportionate",
    }
)  # fmt: skip
_GUARDING = frozenset({"protect", "defend", "safeguard", "uphold"})


def _countermeasures(measures: Token) -> bool:
    """ "resolute countermeasures", "appropriate measures", "all necessary steps to protect
    its interests": measures of an answer; not "emergency measures to conserve energy"."""
    lemma = measures.lemma_.lower()
    if lemma not in _MEASURES:
        return False
    purposes = [c for c in measures.children if c.dep_ in ("acl", "relcl", "advcl")]
    purposes += [c for c in measures.head.children if c.dep_ in ("advcl", "xcomp")]
    if any(p.lemma_.lower() not in _GUARDING for p in purposes if p.pos_ == "VERB"):
        return False  # "measures to conserve energy", "steps to curb the outbreak"
    return lemma == "countermeasure" or any(
        c.dep_ == "amod" and c.lower_ in _FIRM for c in measures.children
    )


def _answered(prep: Token) -> list[Token]:
    """What a preposition of an answer names: "to the strikes", "against Iran", "in response
    to the sanctions" (the deed), or nothing ("in Beijing")."""
    pobjs = [p for p in prep.children if p.dep_ == "pobj"]
    if prep.lower_ != "in":
        return pobjs
    return [
        p
        for response in pobjs
        if response.lemma_.lower() in _COUNTER_NOUNS
        for to in response.children
        if to.dep_ == "prep" and to.lower_ == "to"
        for p in to.children
        if p.dep_ == "pobj"
    ]


def _doers_before(answer: Token, answerers: list[Arg], ctx: DocContext) -> list[Arg]:
    """Whom an answer is to, from the clause before it: "Iraq [condemned the Turkish strikes]
    and vowed to retaliate" (what the answerer condemned), "Canada will impose a surtax on
    Chinese cars. China said it would take measures" (the subject of the sentence before)."""
    clause = answer
    while clause.dep_ in ("xcomp", "ccomp", "acl") and clause.head.i != clause.i:
        clause = clause.head
    befores: list[Token] = []
    if clause.dep_ == "conj":
        befores.append(clause.head)
    report = reporting_verb(answer, ctx.lexicon)
    sentence = answer.sent
    if report is not None and report.dep_ == "conj":
        befores.append(report.head)
    if sentence.start > 0:
        befores.append(ctx.doc[sentence.start - 1].sent.root)
    for before in befores:
        doers = _apart(subject_of(before, ctx), answerers, ctx)
        if doers:
            return doers
        judged = ctx.lexicon.verbs.get(before.lemma_.lower()) is Relation.CRITICIZES
        objects = [c for c in before.children if c.dep_ == "dobj"] if judged else []
        found = [a for o in objects for a in actors_at(o, ctx) or owners_of(o, ctx)]
        if objects and not found:
            # "denounced the drills by Washington and Seoul", the "by" hung on the verb
            found = _apart(_pp_actors(before, "by", ctx), answerers, ctx)
        if found:
            return found
    return []


def summed_doers(
    noun: Token,
    judges: list[Arg],
    ctx: DocContext,
    *,
    accusations: bool = False,
    repeated: bool = False,
    definite: bool = False,
) -> list[Arg]:
    """The doers of the deed a definite summing noun refers back to: "Russia expelled two
    Polish diplomats. Warsaw condemned [the move]" (Russia), "..., and Warsaw called [the
    decision] outrageous": the subject of the clause before, in the sentence or the one before
    it; never the judges themselves. A definite hostile deed refers back to a deed of its kind
    told before ("Pakistani jets struck hideouts in Afghanistan. Kabul condemned [the
    strikes]"); with `accusations`, so does an accusation given a damning name ("...
    Venezuela called [the accusation] propaganda"; saying it is baseless only denies it). With
    `repeated` (a rebuke), so does a definite noun repeating the object of a deed told before
    ("Washington approved the sale of jets to Taiwan. Beijing opposed [the sale]"). With
    `definite`, the caller found the noun's article elsewhere (on the label of "called [the
    sanctions] blackmail", parsed as one noun phrase)."""
    if not definite and not any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children
    ):
        return []
    objects = _of_objects(noun)
    if objects and all(c.dep_ in ("det", "prep") for c in noun.children):
        # "Trump said he would reimpose sanctions ... Riyadh backed [the reimposition] of
        # sanctions": a verb named again as a noun, with its object
        doers = _doers_of_the_same_before(noun, judges, ctx, objects)
        if doers:
            return doers
    if any(
        c.dep_ in ("poss", "prep", "relcl", "acl", "amod", "compound")
        and c.lower_ != "as"
        and not (c.dep_ == "amod" and c.i > noun.i)  # "called [the decision] unfortunate"
        # "the unprecedented move", not "the Russian decision"
        and not (c.dep_ == "amod" and ctx.index.at(c.i) is None)
        and not _into_its_own(c)  # "condemned [the violation] of its airspace"
        for c in noun.children
    ):
        return []  # "the decision to ...", "Russia's move", "the Russian decision": its own
    deed = noun_relation_of(noun, ctx.lexicon)
    told = ctx.lexicon.told_deeds.get(noun.lemma_.lower())
    if deed in _HOSTILE_DEEDS or (accusations and deed is Relation.CRITICIZES):
        # (or by a verb of its own: "police stormed the embassy ... the raid")
        return _doers_of_a_deed_before(noun, deed, judges, ctx, told or frozenset(), owned=True)
    if told is not None and (
        accusations or all(ctx.lexicon.verbs.get(v) is not Relation.CRITICIZES for v in told)
    ):  # "North Korea fired a missile. Seoul condemned [the launch]"
        return _doers_of_a_deed_before(noun, deed, judges, ctx, told, owned=True)
    if repeated and (accusations or deed is not Relation.CRITICIZES):
        # (an accusation said to be baseless is only denied)
        doers = _doers_of_the_same_before(noun, judges, ctx)
        if doers:
            return doers
    if noun.lemma_.lower() not in ctx.lexicon.one_sided_deeds:
        return []  # (backing "the deal" backs no one who made it)
    sentence = noun.sent
    clauses = []
    judging = clause_verb(noun)
    if judging is not None and judging.i != sentence.root.i and sentence.root.i < noun.i:
        clauses.append(sentence.root)  # "Russia expelled ..., and Warsaw condemned the move"
    if sentence.start > 0:
        clauses.append(ctx.doc[sentence.start - 1].sent.root)  # or the sentence before
    for clause in clauses:
        doers = _apart(subject_of(clause, ctx), judges, ctx)
        if doers:
            return doers
    return []


def _into_its_own(prep: Token) -> bool:
    """ "(the violation) of its airspace", "(the incursion) into their territory": a deed against
    what the judge calls its own, which names no doer."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("of", "into")
        and any(
            g.dep_ == "poss" and g.pos_ == "PRON"
            for p in prep.children
            if p.dep_ == "pobj"
            for g in p.children
        )
    )


def _doers_of_a_deed_before(
    noun: Token,
    deed: Relation | None,
    judges: list[Arg],
    ctx: DocContext,
    told: frozenset[str] = frozenset(),
    *,
    owned: bool = False,
) -> list[Arg]:
    """Who did the deed a definite deed noun refers back to: the subject of the nearest verb
    of that deed ("struck", "fired on", "imposed sanctions", or one of `told`: "fired" for a
    launch) before the noun, in its sentence or the three before it, none of the judges. With
    `owned`, also the owner of the same noun named there ("Pakistan's third launch")."""
    lex = ctx.lexicon

    def telling(tok: Token) -> Token | None:
        said = tok.pos_ == "VERB" and (
            tok.lemma_.lower() in told
            or (
                deed is not None
                and (
                    (_phrasal_relation(tok, ctx) or lex.verbs.get(tok.lemma_.lower())) is deed
                    or any(
                        c.dep_ == "dobj" and noun_relation_of(c, lex) is deed for c in tok.children
                    )
                )
            )
        )
        return tok if said else None

    return _doers_told_before(noun, judges, ctx, telling, owned=owned)


def _doers_of_the_same_before(
    noun: Token, judges: list[Arg], ctx: DocContext, objects: list[Token] | None = None
) -> list[Arg]:
    """The subject of the nearest verb before a noun, in its sentence or the three before it,
    whose object is the same word ("approved [the sale]" for "opposed the sale") or which the
    noun names ("inaugurated" for "the inauguration"), none of the judges. With the noun's
    own `objects`, only a verb it names with one of them ("would reimpose sanctions" for "the
    reimposition of sanctions")."""
    lemma = noun.lemma_.lower()
    wanted = {o.lemma_.lower() for o in objects or ()}

    def telling(tok: Token) -> Token | None:
        if objects is None and tok.lemma_.lower() == lemma and tok.dep_ == "dobj":
            return tok.head if tok.head.pos_ == "VERB" else None
        if tok.pos_ != "VERB" or not _nominalises(lemma, tok.lemma_.lower()):
            return None
        if objects is not None and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in wanted for c in tok.children
        ):
            return None
        return tok  # "Ethiopia inaugurated the dam. Egypt said [the inauguration] ..."

    return _doers_told_before(noun, judges, ctx, telling)


def _doers_told_before(
    noun: Token,
    judges: list[Arg],
    ctx: DocContext,
    telling: Callable[[Token], Token | None],
    *,
    owned: bool = False,
) -> list[Arg]:
    """The subject, none of the judges, of the nearest verb before a noun (in its sentence or
    the three before it) that `telling` finds on a token there. With `owned`, the owners of the
    same noun named there with an owner count as well ("It was the North's first [launch]
    since April. Seoul condemned [the launch]": the North), not of one ranked with a
    superlative ("It was Israel's deadliest attack": maybe the one it suffered). A deed the
    judges' own state shares with others is judged by none of them."""
    lemma = noun.lemma_.lower() if owned else None
    for tok in reversed(ctx.doc[sentences_back(noun, _DEEDS_BACK) : noun.i]):
        if (
            tok.pos_ == "NOUN"
            and tok.lemma_.lower() == lemma
            # ("It was Israel's deadliest attack": the owner of a deed ranked so may be its
            # victim)
            and not any(c.tag_ == "JJS" for c in tok.children)
        ):
            doers = _apart(owners_of(tok, ctx), judges, ctx)
            if doers:
                return doers
        verb = telling(tok)
        if verb is None:
            continue
        subjects = subject_of(verb, ctx)
        doers = _apart(subjects, judges, ctx)
        if doers and len(doers) < len(subjects):
            return []  # ("Kenya, Peru and Chile agreed ... a Kenyan diplomat criticised the
            # agreement": a deed the judge's own state shares is no one else's to be judged)
        if doers:
            return doers
    return []


def _nominalises(noun: str, verb: str) -> bool:
    """Whether a noun is the verb made a noun: "inauguration" of "inaugurate", "reimposition" of
    "reimpose" (a stem shared to within two letters of the verb, at least five long)."""
    shared = len(os.path.commonprefix((noun, verb)))
    return len(noun) > len(verb) and shared >= max(5, len(verb) - 2)


def _apart(args: list[Arg], others: list[Arg], ctx: DocContext) -> list[Arg]:
    """The actors of `args` whose state is none of `others`' (no one judges their own deed)."""
    own = {ctx.state_of(a.actor).key for a in others}
    return [a for a in args if ctx.state_of(a.actor).key not in own]


def summed_deed_frame(noun: Token, ctx: DocContext) -> Iterator[Candidate]:
    """A noun after a comma that sums up the clause before it as a deed, judged by a relative
    clause: "Russia banned Moldovan wine, a move Chisinau denounced as blackmail" (Moldova
    criticises Russia, the subject of the sentence's main clause), or one the clause's deed is
    done "in": "Chile raised duties on Peruvian fruit in a move Lima called retaliation" (the
    subject of the verb the "in" hangs on)."""
    doc = noun.doc
    done_in = _done_in(noun)
    if done_in is None and (noun.i < 2 or "," not in (doc[noun.i - 1].text, doc[noun.i - 2].text)):
        return
    deed = done_in or noun.sent.root
    lex = ctx.lexicon
    for judge, judges in _judges_of_a_summed_deed(noun, ctx):
        judging = lex.verbs.get(judge.lemma_.lower()) is Relation.CRITICIZES
        labels: list[Token] = []
        if not judging and judge.lemma_.lower() in lex.labelling_verbs:
            # "a move India called unfair", "a move Chisinau described as blackmail"
            labels = _named_and_labels(judge)[1]
            judging = any(_damning(label, lex) for label in labels)
        if not judging:
            continue
        if any(
            c.dep_ in OBJ and c.lower_ not in ("that", "which") and c not in labels
            for c in judge.children
        ):
            continue  # "a move that angered China": the clause has an object of its own
        doers = _apart(subject_of(deed, ctx), judges, ctx)
        if judges and doers:
            yield Candidate(judge, Relation.CRITICIZES, judges, doers, "verb+summed")


def _judges_of_a_summed_deed(noun: Token, ctx: DocContext) -> Iterator[tuple[Token, list[Arg]]]:
    """The verbs that may judge a summing noun, with who judges: a relative clause ("a move
    Chisinau denounced"), a participle with a subject of its own or an agent ("a step sharply
    criticised by Athens"); or, the noun parsed as a modifier of the judge ("a move [India's
    foreign ministry] called unfair"), the verb the judge is the subject of or that hangs on it."""
    for judge in noun.children:
        if judge.dep_ == "relcl" or (
            judge.dep_ == "acl" and any(c.dep_ == "nsubj" for c in judge.children)
        ):
            yield judge, subject_of(judge, ctx)
        elif judge.dep_ == "acl" and judge.tag_ == "VBN":
            yield judge, _agents(judge, ctx)
    head = noun.head
    if noun.dep_ in ("nmod", "amod") and head.pos_ in ("NOUN", "PROPN") and noun.i < head.i:
        verbs = [c for c in head.children if c.dep_ == "acl" and c.i > head.i]
        if head.dep_ == "nsubj":
            verbs.append(head.head)
        for verb in verbs:
            yield verb, actors_at(head, ctx, role="source")


def role_frame(noun: Token, ctx: DocContext) -> Iterator[Candidate]:
    """A state said to bear a role in a relation does it: "Poland has been one of the strongest
    supporters of Ukraine", "Britain, a leading critic of Iran, ..." (`roles` in the lexicon)."""
    bearers = _bearer(noun, ctx)
    if not bearers:
        return
    targets = [a for o in _of_objects(noun) for a in actors_at(o, ctx) or owners_of(o, ctx)]
    if not targets:
        # "the main supplier of weapons to Myanmar", "Ukraine's biggest backer"
        # (the parser may hang the "to" on what is supplied or on the copula)
        holders = [noun, *_of_objects(noun), *([noun.head] if noun.dep_ == "attr" else [])]
        targets = [a for h in holders for a in prep_targets(h, _TO, ctx)] or [
            a for c in noun.children if c.dep_ == "poss" for a in actors_at(c, ctx)
        ]
    targets = _apart(targets, bearers, ctx)
    if targets:
        rel = ctx.lexicon.role_agents[noun.lemma_.lower()]
        yield Candidate(noun, rel, bearers, targets, "noun+role")


def _bearer(role: Token, ctx: DocContext) -> list[Arg]:
    """Who a role noun is said of: the subject of its copula ("Poland is a supporter of",
    "Poland has been one of the supporters of"), the noun it is in apposition to ("Britain,
    a critic of Iran"), or the subject of a verb it is "as" ("came as a guest of")."""
    head = role
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NUM":
        head = head.head.head  # "one of the strongest supporters"
    if head.dep_ == "appos":
        return actors_at(head.head, ctx, role="source")
    if head.dep_ == "attr" and head.head.lemma_.lower() in ("be", "remain", "become"):
        return subject_of(head.head, ctx)
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.pos_ == "VERB":
        return subject_of(head.head.head, ctx)  # "attended the ceremony as guests of Abiy"
    return []


def sending_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """Sending one's delegation, envoy or minister to a state is a visit to it: "Japan sent a
    delegation to Hanoi", "dispatched its foreign minister to Riyadh". What is sent must be a
    person by office or a delegation ("sent troops to Haiti" is a deployment)."""
    lex = ctx.lexicon
    sent = [
        obj
        for obj in verb.children
        if obj.dep_ == "dobj"
        and ctx.index.at(obj.i) is None
        and (obj.lemma_.lower() in HOSTED_NOUNS or obj.lemma_.lower() in lex.titles)
        and obj.lemma_.lower() not in lex.military_nouns
    ]
    if not sent:
        return
    hosts = prep_targets(verb, _TO, ctx, allow_places=True)
    senders = subject_of(verb, ctx) or [a for obj in sent for a in owners_of(obj, ctx)]
    if hosts and senders:
        yield Candidate(verb, Relation.MEETS, senders, hosts, "verb+send")


def clash_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """Armed sides clashing attack each other: "Indian and Chinese soldiers clashed along the
    border", "Armenian troops clashed with Azerbaijani forces". Unarmed sides clashing ("France
    and Germany clashed over the budget") quarrel, which is no relation of ours. Sides that
    wage a war are armed by it: "India and China fought a war in 1962", "went to war"."""
    if not (military_subject(verb, ctx) or _wages_war(verb, ctx.lexicon)):
        return
    sides = subject_of(verb, ctx)
    with_ = frozenset({"with"})
    others = prep_targets(verb, with_, ctx) or [  # "fought a war [with] China"
        a for c in verb.children if c.dep_ == "dobj" for a in prep_targets(c, with_, ctx)
    ]
    if sides and (others or len(sides) >= 2):
        yield Candidate(verb, Relation.ATTACKS, sides, others, "verb+exchange")


def agreement_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """Agreeing with a party to do something, or on something, makes an agreement with it:
    "Belarus agreed with Russia to deploy a joint force", "agreed with Japan on a plan"; not
    agreeing with a view ("agreed with Germany that the plan was flawed")."""
    if not any(c.dep_ == "xcomp" for c in verb.children) and not _pobjs(verb, "on", "upon"):
        return
    partners = prep_targets(verb, frozenset({"with"}), ctx)
    sources = subject_of(verb, ctx)
    if sources and partners:
        yield Candidate(verb, Relation.COOPERATES, sources, partners, "verb+prep")


def _wages_war(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb wages an armed war it names: "fought a (border) war", "went [to] war";
    not "ended the war", "fought corruption", "fought a trade war" (a sanction) nor "waged a
    cold war" or "a war of words" (figurative)."""
    if verb.lemma_.lower() not in lex.waging_verbs:
        return False
    named = [c for c in verb.children if c.dep_ == "dobj"] + _pobjs(verb, "to")
    return any(
        n.lemma_.lower() in lex.war_nouns
        and noun_relation_of(n, lex) is Relation.ATTACKS
        and not any(
            m.lemma_.lower() in lex.figurative_wars
            for m in (*n.children, *_pobjs(n, "of"))
            if m.dep_ in ("amod", "compound", "nmod", "pobj")
        )
        for n in named
    )


def clash_noun_frame(noun: Token, ctx: DocContext) -> Iterator[Candidate]:
    """Armed sides fighting "between" them attack each other: "fighting between Kyrgyz and
    Tajik border troops", "clashes between Indian and Chinese soldiers"."""
    military = ctx.lexicon.military_nouns
    for prep in between_preps(noun, ctx):
        armed = [  # "between Kyrgyz and Tajik border troops", however the parser splits it
            p
            for p in prep.children
            if p.dep_ == "pobj"
            and any(t.lemma_.lower() in military for t in coordinated(p))
            and all(  # a people ("Palestinians") is no armed side
                t.lemma_.lower() in military
                or (ctx.index.at(t.i) is not None and t.tag_ not in ("NNS", "NNPS"))
                for t in coordinated(p)
            )
        ]
        sides = [a for p in armed for a in actors_at(p, ctx)]
        if len({ctx.state_of(a.actor).key for a in sides}) >= 2:
            yield Candidate(noun, Relation.ATTACKS, sides, [], "noun+exchange")
    # "twenty Indian soldiers were killed in a clash with Chinese troops": the armed subject of
    # the clause and the armed side the clash is with
    others = [p for p in _pobjs(noun, "with") if _armed(p, military)]
    verb = clause_verb(noun) if others else None
    if verb is not None:
        sides = [
            a
            for c in verb.children
            if c.dep_ in (*SUBJ, *PASS_SUBJ) and _armed(c, military)
            for a in actors_at(c, ctx)
        ]
        if sides:
            targets = [a for p in others for a in actors_at(p, ctx)]
            yield Candidate(noun, Relation.ATTACKS, sides, targets, "noun+exchange")


def _armed(side: Token, military: frozenset[str]) -> bool:
    """Whether a side (or one coordinated with it) is named by a military noun."""
    return any(t.lemma_.lower() in military for t in coordinated(side))


def arms_frame(transfer: Token, moved: list[Token], ctx: DocContext) -> Iterator[Candidate]:
    """Weapons sold, delivered or supplied to a state support it: "Israel sold drones to
    Azerbaijan", "Iran's supply of drones to Russia", "approved the sale of F-16 jets to Turkey"
    (the "to" may hang on the verb over the noun). Goods that are not arms are trade."""
    lex = ctx.lexicon
    # "hundreds of drones", "a batch of missiles": what is counted is what is moved
    moved = [
        *moved,
        *(o for m in moved if m.lemma_.lower() in COLLECTIVE_HEADS for o in _of_objects(m)),
    ]
    given = transfer.lemma_.lower() not in lex.sale_verbs
    if not any(
        _armament(m, lex) or (given and _relief(m, lex)) for m in moved
    ):  # (goods of relief given, not sold: "sent 500,000 doses of vaccine to Cambodia")
        return
    governor = governing_verb(transfer) if transfer.pos_ == "NOUN" else None
    heads = [transfer, *([governor] if governor is not None else [])]
    receivers = [
        a for h in heads for a in prep_targets(h, _TO_INTO, ctx, allow_places=True)
    ] or _indirect_objects(transfer, ctx)
    if transfer.pos_ == "NOUN":
        # (not the one who regards or condemns the transfer: "would treat any delivery of jets
        # to Ukraine as an act of war")
        judging = governor is not None and (
            governor.lemma_.lower() in lex.seeing_verbs | lex.labelling_verbs
            or lex.verbs.get(governor.lemma_.lower()) is Relation.CRITICIZES
        )
        givers = _givers(transfer, ctx) or (
            subject_of(governor, ctx) if governor is not None and not judging else []
        )
    else:
        givers = subject_of(transfer, ctx)
    if givers and receivers:
        yield Candidate(transfer, Relation.SUPPORTS, givers, receivers, "verb+goods")


_DEFENCE = frozenset({"defence", "defense"})


def _givers(deed: Token, ctx: DocContext) -> list[Arg]:
    """Who does a deed named by a noun: its owner, or the maker of what it moves ("the delivery
    of German Taurus missiles": Germany's)."""
    return owners_of(deed, ctx) or [a for o in _of_objects(deed) for a in owners_of(o, ctx)]


def _relief(noun: Token, lex: Lexicon) -> bool:
    """ "vaccines", "doses of vaccine", "food and medicine": goods of relief; and any goods given
    free ("free grain")."""
    return (
        noun.lemma_.lower() in lex.relief_goods
        or any(o.lemma_.lower() in lex.relief_goods for o in (*_of_objects(noun), *noun.conjuncts))
        or any(c.dep_ == "amod" and c.lower_ in lex.free_goods for c in noun.children)
    )


def _armament(noun: Token, lex: Lexicon) -> bool:
    """ "drones", "an air defence system", "Patriot missile batteries": a weapon, or a thing
    a weapon word names (on the noun or on its compound; "missiles and air-defense systems"
    may be parsed as "[missiles] ... systems")."""
    if noun.lemma_.lower() in lex.weapons:
        return True
    named = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    named += [g for c in named for g in c.children if g.dep_ in ("compound", "amod")]
    return any(w.lemma_.lower() in lex.weapons | _DEFENCE for w in named)


def _indirect_objects(verb: Token, ctx: DocContext) -> list[Arg]:
    """The actors of a verb's indirect object: "gave [Pakistan] $2 billion"."""
    return [
        a
        for c in verb.children
        if c.dep_ == "dative" and c.pos_ != "ADP"  # not the "to" of "gave it to"
        for a in actors_at(c, ctx)
    ]


def _of_objects(noun: Token) -> list[Token]:
    """The objects of a noun's "of": "the sale [of] F-16 jets" -> jets."""
    return _pobjs(noun, "of")


def _pobjs(head: Token, *preps: str) -> list[Token]:
    """The objects of a head's prepositions: "suspended Mali [from] the AU" -> AU."""
    return [
        p
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def sum_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """A sum of money given, pledged or lent to a state supports it: "Saudi Arabia pledged $500
    million to Yemen", "China gave Pakistan $2 billion" (a pledge reads as intended)."""
    sums = [c for c in verb.children if c.dep_ == "dobj" and _a_sum(c, ctx.lexicon)]
    if not sums:
        return
    receivers = (
        _indirect_objects(verb, ctx)
        or prep_targets(verb, _TO | {"for"}, ctx, allow_places=True)
        # "deposited $3 billion in Pakistan's central bank": the owner of the coffers
        or [
            a
            for head in (verb, *sums)  # (the "in" hung on the verb or on the sum)
            for pobj in _pobjs(head, "in", "into")
            if pobj.lemma_.lower() in _COFFERS
            for a in owners_of(pobj, ctx)
        ]
    )
    givers = subject_of(verb, ctx)
    if givers and not receivers and not _names_a_recipient((verb, *sums)):
        # "World leaders pledged aid for Lebanon ... The United States pledged $15 million, and
        # Britain promised 20 million pounds": donors listed after the aid told go to its
        # recipient
        receivers = _recipient_told_before(verb, givers, ctx)
    if givers and receivers:
        # a sum pledged, offered or promised is read as the words over it are ("pledged $1
        # billion in aid"): intended
        promised = verb.lemma_.lower() in ctx.lexicon.intention_verbs
        trigger = sums[0] if promised else verb
        yield Candidate(trigger, Relation.SUPPORTS, givers, receivers, "verb+sum")


def _names_a_recipient(heads: Iterable[Token]) -> bool:
    """Whether help names whom it goes to, an actor or not: "supply weapons [to] adversaries of
    the West", "gave [the rebels] arms" (not "for", more often a purpose than a recipient)."""
    return any(
        c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in _TO)
        for h in heads
        for c in h.children
    )


_RECIPIENT_BACK = 3  # sentences read back for the recipient of aid a donor adds to


def _aid_recipient_before(verb: Token, ctx: DocContext) -> list[Arg]:
    """The recipient of the nearest aid told before a verb, in its sentence or the three before
    ("rushed relief supplies to Myanmar, while the United States pledged $2 million"), as a
    resolved actor: the words of support in kind with a "to" or "for" naming a state."""
    lex = ctx.lexicon
    for tok in reversed(verb.doc[sentences_back(verb, _RECIPIENT_BACK) : verb.i]):
        if tok.lemma_.lower() not in lex.material_support and not _a_sum(tok, lex):
            continue
        heads = [tok, *([tok.head] if tok.dep_ in ("dobj", "pobj", "conj") else [])]
        found = [a for h in heads for a in prep_targets(h, _TO | {"for"}, ctx, allow_places=True)]
        if found:
            return [Arg(a.actor, a.token, "recipient", a.confidence) for a in found]
    return []


def _recipient_told_before(verb: Token, givers: list[Arg], ctx: DocContext) -> list[Arg]:
    """Where help given with no recipient named goes: the recipient of the aid told last before
    ("World leaders pledged aid for Lebanon ... Britain offered assistance"), never the givers
    themselves."""
    return _apart(_aid_recipient_before(verb, ctx), givers, ctx)


_AT_AGAINST = frozenset({"at", "against"})
_IN = frozenset({"in"})
_COFFERS = frozenset({"bank", "treasury", "reserve", "coffers", "budget", "account", "fund"})


def _a_sum(noun: Token, lex: Lexicon) -> bool:
    """ "$500 million", "10 billion euros": money, by the NER's tag or by its currency."""
    return noun.ent_type_ == "MONEY" or (
        noun.lemma_.lower() in lex.currencies and any(c.pos_ == "NUM" for c in noun.subtree)
    )


def relief_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """A state sending rescuers, medics or a relief team to another supports it: "Greece sent
    a team of 21 rescuers to Turkey", "Japan dispatched a medical team to Nepal", "was
    deploying search and rescue teams to Turkey"."""
    lex = ctx.lexicon
    sent = [
        obj
        for obj in verb.children
        if obj.dep_ in ("dobj", "nsubjpass")
        and any(_a_relief_helper(t, lex) for t in (obj, *_of_objects(obj)))
    ]
    if not sent:
        return
    # "sent a team of 40 rescuers to Turkey": the "to" may hang on what is sent
    heads = [verb, *sent, *(o for obj in sent for o in _of_objects(obj))]
    helped = [a for h in heads for a in prep_targets(h, _TO, ctx, allow_places=True)]
    givers = subject_of(verb, ctx) if sent[0].dep_ == "dobj" else _agents(verb, ctx)
    if givers and not helped and not _names_a_recipient(heads):
        # "Russia said it was sending rescuers": to the state the aid told before was for
        helped = _recipient_told_before(verb, givers, ctx)
    if helped:
        yield Candidate(verb, Relation.SUPPORTS, givers, helped, "verb+relief")


def arrival_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """What arrives in a state with aid brings it: "military aircraft from New Zealand landed
    in Tonga with the first international aid", "a Chinese ship docked in Colombo with relief
    supplies" (who sends it: the subject's state, its owner or where it comes "from")."""
    lex = ctx.lexicon
    if not any(  # (not arms: "bombers landed in Venezuela with nuclear weapons")
        _relief(p, lex) or (noun_relation_of(p, lex) is Relation.SUPPORTS and not _armament(p, lex))
        for p in _pobjs(verb, "with")
    ):
        return
    helped = prep_targets(verb, _ARRIVED_IN, ctx, allow_places=True)
    subjects = [c for c in verb.children if c.dep_ in SUBJ]
    givers = subject_of(verb, ctx) or [
        a for s in subjects for a in owners_of(s, ctx) or _pp_actors(s, "from", ctx, role="source")
    ]
    helped = _apart(helped, givers, ctx)
    if givers and helped:
        yield Candidate(verb, Relation.SUPPORTS, givers, helped, "verb+relief")


_ARRIVED_IN = frozenset({"in", "at", "to"})


def _a_relief_helper(noun: Token, lex: Lexicon) -> bool:
    """ "rescuers", "medics", "a rescue team", "search and rescue teams", "a medical unit"; not
    soldiers ("military medics", "an army medical unit")."""
    lemma = noun.lemma_.lower()
    if any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in lex.military_nouns | _ARMED
        for c in noun.children
    ):
        return False
    if lemma in lex.relief_helpers:
        return True
    if lemma not in _TEAMS:
        return False
    words = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    words += [g for c in words for g in c.children if g.dep_ in ("conj", "compound")]
    return any(w.lemma_.lower() in lex.relief_team_words for w in words)


_TEAMS = frozenset({"team", "unit", "squad", "contingent", "crew"})
_ARMED = frozenset({"military", "army", "combat", "naval", "navy", "special"})
_STATE_NAMES = frozenset({"name", "capital", "metonym"})  # a state itself, not its people


def closure_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """A state closing its airspace, ports or market to another state, or to its planes, ships
    or goods, sanctions it: "Algeria closed its airspace to Moroccan aircraft", "shut its ports
    and airspace to Qatari ships" (the things closed may be coordinated); not closing them to
    people ("closed its border to Syrian refugees")."""
    lex = ctx.lexicon
    closed = [
        c
        for obj in verb.children
        if obj.dep_ in ("dobj", "nsubjpass")
        for c in coordinated(obj)
        if c.lemma_.lower() in lex.closed_things
    ]
    if not closed:
        return
    # "closing its airspace and seaports to ...": the parser may take the second thing closed
    # for a verb coordinated with "closing"
    closed += [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and c.lower_.removesuffix("s") in lex.closed_things
        and not any(k.dep_ in ("dobj", "nsubj") for k in c.children)
    ]
    # closed to a state ("to Qatar"), or to its planes, ships or goods ("to Qatari ships");
    # not to its people ("to Syrian refugees", "to Afghans")
    targets = [
        a
        for head in (verb, *closed)
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for thing in coordinated(pobj)
        for a in (
            owners_of(thing, ctx)
            # (by its form too: the lemmatizer takes "planes" for "plan")
            if {thing.lemma_.lower(), thing.lower_.removesuffix("s")} & lex.shut_out
            else [a for a in actors_at(thing, ctx) if a.how in _STATE_NAMES]
        )
    ]
    if targets:
        sources = subject_of(verb, ctx) if closed[0].dep_ == "dobj" else _agents(verb, ctx)
        yield Candidate(verb, Relation.SANCTIONS, sources, targets, "verb+closed")


def _done_in(noun: Token) -> Token | None:
    """The verb whose deed a noun names by being done "in" it: "tightened export controls [in] a
    move ...", "sailed close to them [in] patrols ..."."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "in" and prep.head.pos_ == "VERB":
        return prep.head
    return None


def relative_judgement_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """A deed judged in a relative clause is judged against its doers: "the drills, which
    Pyongyang condemns as a rehearsal for invasion" after "Seoul and Washington held" (the
    subject of the verb the deed is the object of), "patrols that Beijing has condemned"
    after "U.S. warships sailed ... in" (the deed the clause is done in), "Japan's export
    curbs, which Seoul criticized" (the deed's owner). Not a clause with an object of its own
    ("a deal that angered China" is read by its verb)."""
    if verb.dep_ not in ("relcl", "acl") or not any(c.dep_ in SUBJ for c in verb.children):
        return
    if any(c.dep_ in OBJ and c.lower_ not in ("that", "which") for c in verb.children):
        return
    deed = _past_a_time(verb.head)
    if not _a_judged_deed(deed, ctx) or ctx.index.at(deed.i) is not None:
        return
    judges = subject_of(verb, ctx)
    doers = _apart(owners_of(deed, ctx), judges, ctx)
    first = first_conjunct(deed)
    # "held drills, which ...", or "sailed close to them in patrols that ..."
    above = first.head if first.dep_ == "dobj" else _done_in(first)
    lex = ctx.lexicon
    if (
        not doers
        and above is not None
        and above.pos_ == "VERB"
        # the one who does the deed, not one who judges or speaks of it ("Turkey welcomed
        # the talks, which France criticized")
        and lex.verbs.get(above.lemma_.lower()) not in (Relation.CRITICIZES, Relation.SUPPORTS)
        and above.lemma_.lower() not in lex.speech_verbs
    ):
        doers = _apart(subject_of(above, ctx), judges, ctx)
    if judges and doers:
        yield Candidate(verb, Relation.CRITICIZES, judges, doers, "verb+summed")


def _past_a_time(noun: Token) -> Token:
    """The deed a relative clause judges when the parser hangs the clause on the time told
    after it: "began naval drills [on Monday], which China condemns" -> drills (the object of
    the verb the time hangs on); the noun itself otherwise."""
    if noun.ent_type_ not in ("DATE", "TIME"):
        return noun
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.pos_ != "VERB" or not noun.i > verb.i:
        return noun
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i]
    return objects[-1] if objects else noun


def return_fire_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """Those who return fire attack whoever fired first: "Cambodian troops, who returned fire"
    after "Thai soldiers fired on" them, "returned fire after Pakistani soldiers shelled their
    posts": the subject of the nearest attack told in the sentence or the one before (a fire
    returned "at" someone names its target, read by the verb's own frame)."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in verb.children):
        return
    if any(c.dep_ == "prep" and c.lower_ in ("at", "on", "against") for c in verb.children):
        return
    returners = subject_of(verb, ctx)
    if not returners:
        return
    start = sentences_back(verb, 1)
    lex = ctx.lexicon
    attacks = [
        tok
        for tok in ctx.doc[start : verb.sent.end]
        if tok.pos_ == "VERB"
        and tok.i != verb.i
        and (lex.verbs.get(tok.lemma_.lower()) is Relation.ATTACKS or tok.lemma_.lower() == "fire")
    ]
    for tok in sorted(attacks, key=lambda t: abs(t.i - verb.i)):
        firsts = _apart(subject_of(tok, ctx), returners, ctx)
        if firsts:
            yield Candidate(verb, Relation.ATTACKS, returners, firsts, "verb+returned")
            return


def regret_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """Regret over a deed or stance of another actor criticises that actor: "France regretted
    the U.S. decision", "Quito lamented Lima's move"; not regret over a loss ("regretted the
    loss of life") nor over one's own deed ("regretted its decision")."""
    regretters = subject_of(verb, ctx)
    objects = [obj for obj in verb.children if obj.dep_ == "dobj"]
    owners = _apart(_owners_of_judged(objects, ctx), regretters, ctx)
    if regretters and owners:
        yield Candidate(verb, Relation.CRITICIZES, regretters, owners, "verb+regretted")


def blame_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """Holding an actor responsible or accountable accuses it: "Kenya holds Somalia responsible
    for the attack" (the word on the verb, or after its object), "said it held the Bolivian
    government accountable" (the one held the subject of the word's small clause); what it is
    held responsible "for" is no duty ("for security at the border"). Not one a state "would
    hold accountable for implementing" a deal, a duty to come, no deed blamed; nor a contrast
    ("holds Somalia, not Ethiopia, responsible"), which the parser hangs wrongly."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return
    words = ctx.lexicon.blame_words
    held: list[Token] = []
    blamed: list[Token] = []  # the words of blame
    for c in verb.children:
        if c.dep_ in ("oprd", "ccomp", "acomp", "xcomp", "advcl") and c.lower_ in words:
            blamed.append(c)
            held += [o for o in verb.children if o.dep_ == "dobj"]
            held += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        elif c.dep_ == "dobj":
            # "holds [Somalia] responsible", the word parsed as its modifier (after it: not
            # "holds the responsible officials in custody")
            words_after = [a for a in c.children if a.dep_ == "amod" and a.lower_ in words]
            if any(a.i > c.i for a in words_after):
                blamed += words_after
                held.append(c)
    if any(_a_duty(word, ctx) for word in blamed):
        return
    if any(n.dep_ == "neg" for h in held for n in h.subtree):
        return  # ("holds Somalia, not Ethiopia, responsible": a contrast the parse mixes up)
    holders = subject_of(verb, ctx)
    targets = [a for h in held for c in coordinated(h) for a in actors_at(c, ctx)]
    targets = _apart(targets, holders, ctx)
    if holders and targets:
        yield Candidate(verb, Relation.CRITICIZES, holders, targets, "verb+held")


def _a_duty(word: Token, ctx: DocContext) -> bool:
    """Whether what one is held responsible "for" is a duty, not a deed: an attribute to keep
    ("for security at the border"). (A thing to be done, "for protecting the refugees", is not
    told from a wrong done, "for undermining the talks", by the lexicon: both are read.)"""
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in ctx.lexicon.state_attributes
        for p in word.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for o in p.children
    )


def _owners_of_judged(nouns: list[Token], ctx: DocContext) -> list[Arg]:
    """The owners of the deeds or stances a regret or a dismay is about ("the U.S. decision",
    "Ghana's refusal and its threats"), not of a state of things ("the loss of life")."""
    return [
        a
        for noun in nouns
        for deed in coordinated(noun)
        if _a_judged_deed(deed, ctx)
        for a in owners_of(deed, ctx)
    ]


def conquest_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """Armed forces taking ground from a state attack it: "Ethiopian troops seized the disputed
    town from Eritrea", "captured the border post from Burundi" (the "from" on the verb or on
    what is taken). The caller has checked that the subject is armed."""
    taken = [c for c in verb.children if c.dep_ == "dobj"]
    losers = [a for h in (verb, *taken) for a in _pp_actors(h, "from", ctx)]
    takers = subject_of(verb, ctx)
    losers = _apart(losers, takers, ctx)
    if takers and losers:
        yield Candidate(verb, Relation.ATTACKS, takers, losers, "verb")


def dismay_frame(mood: Token, ctx: DocContext) -> Iterator[Candidate]:
    """Dismay at a deed or stance of another actor criticises that actor, as regret does: "the
    United States said it was deeply disappointed by Ghana's decision", "France is dismayed by
    Mali's move", "was alarmed that Uganda had arrested ..."; not a glad mood ("pleasantly
    surprised by Japan's offer"), nor dismay at what no one owns ("disappointed by the
    result")."""
    lex = ctx.lexicon
    if any(c.dep_ == "advmod" and c.lower_ in lex.glad_moods for c in mood.children):
        return
    if mood.dep_ == "acomp":  # "felt disappointed", "was disappointed" parsed as an adjective
        dismayed = subject_of(mood.head, ctx)
    elif any(c.dep_ in ("auxpass", *PASS_SUBJ) for c in mood.children):
        dismayed = [
            a
            for c in mood.children
            if c.dep_ in PASS_SUBJ
            for a in actors_at(c, ctx, role="source")
        ]
    else:
        return  # "Ghana's decision disappointed the United States": the deed is the subject
    causes = [
        p
        for c in mood.children
        if (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in _DISMAYED_AT))
        for p in c.children
        if p.dep_ == "pobj"
    ]
    owners = _owners_of_judged(causes, ctx)
    owners += [  # "was alarmed that Uganda had arrested opposition leaders"
        a
        for c in mood.children
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for a in subject_of(c, ctx)
    ]
    owners = _apart(owners, dismayed, ctx)
    if dismayed and owners:
        yield Candidate(mood, Relation.CRITICIZES, dismayed, owners, "verb+regretted")


_DISMAYED_AT = frozenset({"by", "with", "at", "over", "about"})


def protest_frame(noun: Token, ctx: DocContext) -> Iterator[Candidate]:
    """A deed done in protest at another's deed criticises the deed's owner: "recalled its
    ambassador in protest at Madrid's decision", "suspended the talks in protest over the
    Indian raids"; where what is protested has no owner named, those the deed is done to:
    "recalled its ambassadors to Washington and Canberra in a show of anger over the pact",
    "summoned Russia's envoy in protest". The protesters are the subject of the deed."""
    lex = ctx.lexicon
    mood = noun
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in lex.protest_shows
    ):
        mood = noun.head.head  # "in a show of anger"
    if mood.dep_ != "pobj" or mood.head.lower_ != "in":
        return
    inside = mood.head
    deed = clause_verb(inside)  # "recalled its ambassador for consultations in protest"
    protesters = subject_of(deed, ctx) if deed is not None else []
    if deed is None or not protesters:
        return
    # what is protested hangs on the mood, or (the parser's choice) on what "in" hangs on
    heads = dict.fromkeys((noun, mood, inside.head))
    protested = [p for h in heads for p in _pobjs(h, *lex.protest_preps)]
    named = [a for p in protested for a in actors_at(p, ctx) or owners_of(p, ctx)]
    if not named:
        named = prep_targets(deed, _TO, ctx, allow_places=True) + [
            a
            for c in deed.children
            if c.dep_ == "dobj"
            for a in prep_targets(c, _TO, ctx, allow_places=True) or owners_of(c, ctx)
        ]
    targets = _apart(named, protesters, ctx)
    if targets:
        # (the deed is the trigger: "withdrew its envoy in protest" is a protest made, though
        # "withdrew" ends what it governs)
        yield Candidate(deed, Relation.CRITICIZES, protesters, targets, "verb+protest")


def exclusion_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """A state suspended or expelled from an organisation, a trade scheme or its activities is
    sanctioned by whoever does it: "Washington suspended Chad from a trade preference
    programme", "the AU suspended Gabon from all its activities", "Russia was expelled from the
    Council of Europe" (the organisation, named or not, is no target); not people ("expelled
    two diplomats from the country")."""
    froms = _pobjs(verb, "from")
    bodies = [
        a for pobj in froms for a in actors_at(pobj, ctx) if a.actor.kind is ActorKind.ORGANIZATION
    ]
    if not bodies and not any(p.lemma_.lower() in ctx.lexicon.excluded_from for p in froms):
        return
    if any(t.lemma_.lower() in ctx.lexicon.punitive_lists for p in froms for t in p.subtree):
        return  # "removed Cuba from the list of state sponsors of terrorism": a sanction lifted
    excluded = [
        a
        for obj in verb.children
        if obj.dep_ in ("dobj", "nsubjpass")
        for a in actors_at(obj, ctx)
        if a.actor.kind is ActorKind.COUNTRY and a.how in _STATE_NAMES
    ]
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    # ("Mali was suspended from the AU": the organisation it is suspended from)
    sources = (_agents(verb, ctx) if passive else subject_of(verb, ctx)) or bodies
    if excluded and sources:
        yield Candidate(verb, Relation.SANCTIONS, sources, excluded, "verb+excluded")


_ENTRIES = frozenset({"entry", "travel", "visit"})
_ENTERED = frozenset({"country", "territory", "state", "union", "bloc", "kingdom", "republic"})


def _into_a_state(entry: Token, ctx: DocContext) -> bool:
    """ "from entry", "from travelling", "from entering the country / its territory / the EU":
    where a travel ban keeps people out of."""
    if entry.lemma_.lower() in _ENTRIES:
        return True
    return entry.lemma_.lower() == "enter" and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _ENTERED or ctx.index.at(c.i) is not None)
        for c in entry.children
    )


def goods_measure_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """A state freezing, banning or suspending another's assets, imports or firms sanctions it:
    "Britain froze the assets of Russian oligarchs", "China suspended imports of Australian
    beef" (an embargo, CAMEO 163)."""
    lex = ctx.lexicon
    unmade = lex.not_trigger_objects.get(verb.lemma_.lower(), frozenset())
    # an outright ban or boycott hits any goods of a state ("banned Georgian wine"), the other
    # measures only what the list names
    outright = verb.lemma_.lower() in lex.outright_bans
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # "froze 200 billion euros of Russian central bank assets": what the sum is of
    objects += [
        o
        for c in objects
        if is_sum(c)
        for p in c.children
        if p.dep_ == "prep" and p.lower_ in ("of", "in")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    barred_entry = verb.lemma_.lower() in lex.outright_bans | {"bar"} and any(
        entry.dep_ in ("pobj", "pcomp") and _into_a_state(entry, ctx)
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for entry in prep.children
    )
    for obj in objects:
        if barred_entry and obj.dep_ == "dobj":
            # "barred senior Venezuelan officials from entering its territory": a travel ban
            # on a state's officials or nationals sanctions the state (CAMEO 163); not one on a
            # state itself, barred from a tournament
            targets = [
                Arg(ctx.state_of(a.actor), a.token, a.how, a.confidence)
                for a in actors_at(obj, ctx)
                if a.actor.kind is ActorKind.OFFICIAL or a.how not in _STATE_NAMES
            ]
            if targets:
                yield Candidate(
                    verb, Relation.SANCTIONS, subject_of(verb, ctx), targets, "verb+goods"
                )
                return
        if (
            not (outright or obj.lemma_.lower() in lex.goods_measure_objects)
            or obj.lemma_.lower() in unmade  # "seized a British tanker": coercion
            or ctx.index.at(obj.i) is not None  # "banned Russia from the games": no goods
            or obj.lemma_.lower() in lex.titles  # "banned the Russian ambassador": a person
            or obj.lemma_.lower() in lex.population_nouns  # "banned the Palestinian people from"
        ):
            continue
        targets = measured_targets(obj, ctx) or prep_targets(
            verb, frozenset({"to", "with"}), ctx
        )  # "halted trade with Israel": the preposition may hang on the verb
        if targets:
            sources = subject_of(verb, ctx) if any(o.dep_ == "dobj" for o in objects) else []
            yield Candidate(verb, Relation.SANCTIONS, sources, targets, "verb+goods")
            return


def evaluation_frame(noun: Token, ctx: DocContext) -> Iterator[Candidate]:
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
    speakers = sayers(noun, ctx, or_clause=True)
    if owners and speakers:
        yield Candidate(noun, Relation.CRITICIZES, speakers, owners, "evaluation")


def joint_frame(noun: Token, ctx: DocContext) -> Iterator[Candidate]:
    """ "a joint U.K.-U.S. military base", "a joint Russian-Chinese drill": the owners cooperate
    ("a joint Russian-Chinese statement" is only said together)."""
    if noun.lemma_.lower() in ctx.lexicon.joint_speech:
        return
    owners = modifier_actors(noun, ctx)
    if len({ctx.state_of(a.actor).key for a in owners}) < 2:
        # "Turkey and Russia agreed to set up a joint monitoring centre": those who make it
        governor = governing_verb(noun)
        lex = ctx.lexicon
        # not "France and Germany support the joint venture" (someone else's), nor "expressed
        # their joint commitment" (said together)
        making = governor is not None and governor.lemma_.lower() in lex.joint_acts
        owners = subject_of(governor, ctx) if governor is not None and making else []
    states = {ctx.state_of(a.actor).key for a in owners}
    if len(states) >= 2:
        yield Candidate(noun, Relation.COOPERATES, owners, [], "noun+joint")


def _a_wrong_done(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb says its subject did wrong by what it names: "had made [a grave
    mistake]", "committed [crimes]", "ordered [an arson attack]" (a damning object or a harm),
    "had backed [terrorist groups]" (support of the damned), or "was [behind] the explosions"
    (a harm, or a hostile deed)."""
    lemma = verb.lemma_.lower()
    if lemma in lex.wrongdoing_verbs:
        return any(
            c.dep_ == "dobj"
            and (_damning(c, lex) or _a_harm(c, lex))
            # "make threats" is read as the threat it is
            and noun_relation_of(c, lex) is not Relation.THREATENS
            for c in verb.children
        )
    if lex.verbs.get(lemma) is Relation.SUPPORTS and any(
        c.dep_ == "dobj" and _damning(c, lex) for c in verb.children
    ):
        return True  # "had backed terrorist groups": support of the damned
    return lemma == "be" and any(
        p.lemma_.lower() in lex.harms
        or noun_relation_of(p, lex) in _HOSTILE_DEEDS
        or _damning(p, lex)
        for p in _pobjs(verb, "behind")
    )


def _a_harm(noun: Token, lex: Lexicon) -> bool:
    """ "an arson attack", "the bombing": a harm, named by the noun or by its compound."""
    return any(
        w.lemma_.lower() in lex.harms
        for w in (noun, *(c for c in noun.children if c.dep_ == "compound"))
    )


def accusation_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """A speaker saying a state "is failing to", "defies", "violates" criticises it; the
    narrator's own report ("Iran violated the deal") is not a criticism, nor a condition ("the
    tariffs would not be enforced unless Colombia failed to honour the deal")."""
    if any(c.dep_ == "mark" and c.lower_ in ctx.lexicon.hypothetical_marks for c in verb.children):
        return
    heads = [verb, *(c for c in verb.children if c.dep_ == "aux")]  # "Iran is defying": the
    accused = [  # parser may hang the subject on the auxiliary
        a
        for h in heads
        for c in h.children
        if c.dep_ in SUBJ
        for a in actors_at(c, ctx)
        if ctx.state_of(a.actor).kind is not ActorKind.OFFICIAL
    ]
    speakers = sayers(verb, ctx)
    if not accused and not any(
        c.dep_ in SUBJ and c.lower_ not in ("which", "that") for h in heads for c in h.children
    ):
        accused = _apart(_doers_of_what_is_said_to(verb, ctx), speakers, ctx)
    if accused and speakers:
        yield Candidate(verb, Relation.CRITICIZES, speakers, accused, "accusation")


def linking_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """One who links a state to a harm or a wrong accuses it: "Britain linked Moscow to the
    poisoning" (the subject; a passive's agent, where the parser hangs it on the verb),
    "police had evidence linking agents of the Indian government to a campaign of violence"
    (who holds or tells what links: the subject of "had", or the sayer of "there were
    allegations linking ...")."""
    lex = ctx.lexicon
    if not any(
        p.lemma_.lower() in lex.harms
        or noun_relation_of(p, lex) in _HOSTILE_DEEDS
        or _damning(p, lex)
        for wrong in _pobjs(verb, "to")
        for p in (wrong, *_of_objects(wrong))  # "to a campaign of violence"
    ):
        return
    accused = [
        a for c in verb.children if c.dep_ in ("dobj", *PASS_SUBJ) for a in actors_at(c, ctx)
    ]
    if verb.dep_ == "acl":  # "evidence [linking] ...": the noun of telling is held or said
        told = verb.head
        holding = governing_verb(told)
        accusers = (subject_of(holding, ctx) if holding is not None else []) or sayers(told, ctx)
    else:
        accusers = subject_of(verb, ctx)
    accused = _apart(accused, accusers, ctx)
    if accusers and accused:
        yield Candidate(verb, Relation.CRITICIZES, accusers, accused, "accusation")


def _doers_of_what_is_said_to(verb: Token, ctx: DocContext) -> list[Arg]:
    """Who did what a relative clause says does a wrong, the wrong's subject being the noun
    the clause hangs on: "built a checkpoint that Yerevan says [violates] the ceasefire" (who
    built it), "Tokyo's measures, which Seoul says [breach] the treaty" (whose they are)."""
    report = verb.head
    if (
        verb.dep_ != "ccomp"
        or report.dep_ != "relcl"
        or report.lemma_.lower() not in ctx.lexicon.speech_verbs
    ):
        return []
    thing = report.head
    found = actors_at(thing, ctx) or owners_of(thing, ctx)
    if not found and thing.dep_ == "dobj" and thing.head.pos_ == "VERB":
        found = subject_of(thing.head, ctx)
    return found


def sayers(tok: Token, ctx: DocContext, *, or_clause: bool = False) -> list[Arg]:
    """Who says the words a token stands in: the speaker of its quotation, else the subject of
    the verb that reports it ("the EU said it could ...", "Iran called the move illegal"),
    else (`or_clause`) the subject of its own clause. Not a reporting verb reached through
    someone else's quotation (a parse that hung the narrator's words on quoted ones)."""
    speakers = ctx.speaker(tok)
    if speakers:
        return speakers
    report = reporting_verb(tok, ctx.lexicon) or (clause_verb(tok) if or_clause else None)
    if report is None or _through_a_quote(tok, report, ctx):
        return []
    return subject_of(report, ctx)


def _through_a_quote(tok: Token, report: Token, ctx: DocContext) -> bool:
    """True when an unquoted clause reaches its reporting verb through a quotation (a parse that
    hung the narrator's words on someone's quoted ones)."""
    while tok.i != report.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.i != report.i and quote_of(tok, ctx.quotes) is not None:
            return True
    return False


def membership_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """A state joining an international organisation cooperates with it: "Finland joined
    NATO", "Sweden applied to join the alliance", "acceded to the WTO"."""
    lex = ctx.lexicon
    joined = [
        a
        for a in [
            *(
                a
                for c in verb.children
                # the organisation itself, not its deed ("refused to join EU sanctions")
                if c.dep_ == "dobj" and noun_relation_of(c, lex) is None
                for a in actors_at(c, ctx)
            ),
            *prep_targets(verb, _TO, ctx),
        ]
        if a.actor.kind is ActorKind.ORGANIZATION
    ]
    members = [a for a in subject_of(verb, ctx) if a.actor.kind is not ActorKind.ORGANIZATION]
    if joined and members:
        yield Candidate(verb, Relation.COOPERATES, members, joined, "membership")


def co_agent_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """A deed of taking part done alongside another is done together: "Belarusian troops
    fought alongside Russian forces", "France will take part in the mission alongside the
    United States" (`co_agents` in the lexicon; not "voted alongside Russia")."""
    lex = ctx.lexicon
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma not in lex.co_agent_verbs and not any(
        f"{lemma} {o.lemma_.lower()}" in lex.co_agent_verbs for o in objects
    ):
        return
    # the parser may hang "alongside" on the verb, its object or what it takes part in
    holders = [verb, *objects, *(p for o in objects for p in _pobjs(o, "in")), *_pobjs(verb, "in")]
    partners = [
        a for h in holders for p in _pobjs(h, *lex.co_agent_preps) for a in actors_at(p, ctx)
    ]
    doers = subject_of(verb, ctx)
    partners = _apart(partners, doers, ctx)
    if doers and partners:
        yield Candidate(verb, Relation.COOPERATES, doers, partners, "verb+alongside")


def training_frame(verb: Token, ctx: DocContext) -> Iterator[Candidate]:
    """Training another state's forces is military cooperation (CAMEO 06x; the verb
    dictionary's "TRAIN * FORCES"): "U.S. special forces have trained Mozambican marines",
    "trained thousands of Iraqi police officers", "Ukrainian pilots were trained by the
    Netherlands" (the trainer is the subject, or the agent of the passive)."""
    trainees = [
        w
        for c in verb.children
        if c.dep_ in ("dobj", *PASS_SUBJ)
        for w in (c, *_pobjs(c, "of"))  # "thousands of Iraqi police officers"
        if w.lemma_.lower() in ctx.lexicon.trainees
    ]
    if not trainees:
        return  # "trained in Kenya", "trained its guns on": no forces trained
    if any(c.dep_ in PASS_SUBJ for c in verb.children):
        sources = _pp_actors(verb, "by", ctx, role="source", dep="agent")
    else:
        sources = subject_of(verb, ctx)
    targets = [a for w in trainees for a in actors_at(w, ctx) or owners_of(w, ctx)]
    if sources and targets:
        yield Candidate(verb, Relation.COOPERATES, sources, targets, "training")


def labelling_frame(
    verb: Token, ctx: DocContext, *, by_label_only: bool = False
) -> Iterator[Candidate]:
    """Calling an actor by a damning name criticises it: "called Putin a war criminal",
    "branded Iran a rogue state"; calling a deed so criticises its owner: "described the
    Israeli strikes as illegal", "called the American sanctions illegal"; calling an actor by a
    name of praise supports it ("called Algeria a reliable partner", `_praising`). For a verb of
    criticism (`by_label_only`), only a deed whose label names its doer, whatever the name, the
    object naming no actor: "condemned the launch as a provocation by Pyongyang", "denounced
    the accords as a stab in the back by the UAE" (the verb's own reading does the rest)."""
    named, labels = _named_and_labels(verb)
    if not by_label_only and any(n.lower_ == "what" for n in named):
        # "rejected what it called Britain's 'hostile' statements": the name is the thing
        # itself, damned by its own word of blame; its owner is judged
        damned = [
            label
            for label in labels
            if any(
                c.dep_ in ("amod", "nmod") and c.lower_ in ctx.lexicon.evaluative_negative
                for c in label.children
            )
        ]
        sources = subject_of(verb, ctx)
        judged = _apart([a for label in damned for a in owners_of(label, ctx)], sources, ctx)
        if judged and sources:
            yield Candidate(verb, Relation.CRITICIZES, sources, judged, "judgement")
            return
    # (a verb of criticism needs no damning word: "denounced the accords as a stab in the
    # back by the UAE" names the doer whatever the name)
    if not by_label_only and not any(_damning(label, ctx.lexicon) for label in labels):
        yield from _praising(verb, named, labels, ctx)
        return
    if by_label_only and (
        any(actors_at(o, ctx) for o in named)
        or not any(
            c.dep_ == "prep" and c.lower_ == "by" for label in labels for c in label.children
        )
    ):
        return
    named += [  # "called [the decision illegal]", parsed as a small clause
        c for label in labels for c in label.children if c.dep_ in SUBJ
    ]
    named += [  # "called [the accusation] crude propaganda", parsed as the label's modifier
        c
        for label in labels
        for c in label.children
        if c.dep_ == "nmod" and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
    ]
    # "called [the sanctions] blackmail", parsed as one noun phrase: the article is the
    # named thing's
    compounded = [
        c
        for label in labels
        for c in label.children
        if c.dep_ == "compound"
        and c.pos_ == "NOUN"
        and any(d.dep_ == "det" and d.lower_ in _DEFINITE and d.i < c.i for d in label.children)
    ]
    named += compounded
    sources = subject_of(verb, ctx)
    named_so = any(  # "called the accusation propaganda", not "... baseless"
        w.lemma_.lower() in ctx.lexicon.damning_nouns
        for label in labels
        for w in (label, *label.children)
    )
    judged = [
        a
        for obj in named
        # "called the decision outrageous": the deed told before, its doers
        for a in actors_at(obj, ctx)
        or owners_of(obj, ctx)
        or summed_doers(obj, sources, ctx, accusations=named_so, definite=obj in compounded)
    ]
    if not judged:
        # "condemned the launch as a grave provocation by Pyongyang": the label names the doer
        judged = _apart([a for label in labels for a in _pp_actors(label, "by", ctx)], sources, ctx)
    if judged and sources:
        yield Candidate(verb, Relation.CRITICIZES, sources, judged, "judgement")


_DEFINITE = frozenset({"the", "this", "these", "those"})


def _praising(
    verb: Token, named: list[Token], labels: list[Token], ctx: DocContext
) -> Iterator[Candidate]:
    """Calling an actor by a name of praise supports it: "called Algeria a reliable partner",
    "described Japan as a natural ally"; not a name qualified by a word of blame or doubt ("an
    unreliable partner", "a former friend", "no ally"), nor one of something else ("a champion
    of terrorism", "an ally of the aggressor")."""
    lex = ctx.lexicon
    praised = [
        label
        for label in labels
        if label.lemma_.lower() in lex.praise_nouns
        and not any(
            (c.dep_ in ("amod", "compound", "det", "neg", "advmod") and c.lower_ in _DOUBTING)
            or c.lower_ in lex.evaluative_negative
            or (c.dep_ == "prep" and c.lower_ in ("of", "in", "to"))
            for c in label.children
        )
    ]
    if not praised:
        return
    targets = [a for obj in named for a in actors_at(obj, ctx)]
    sources = subject_of(verb, ctx)
    if targets and sources:
        yield Candidate(verb, Relation.SUPPORTS, sources, targets, "judgement")


# words that take the praise out of a name: "a former friend", "no ally", "an unreliable
# partner"
_DOUBTING = frozenset(
    {
        "former",
        "so-called",
        "supposed",
        "no",
        "not",
        "never",
        "unreliable",
        "untrustworthy",
        "unfaithful",
        "fickle",
        "false",
        "fair-weather",
        "erstwhile",
    }
)


def _named_and_labels(verb: Token) -> tuple[list[Token], list[Token]]:
    """What a labelling verb names and the names it gives: "called [Putin] [a war criminal]",
    "described [the strikes] as [illegal]" (the "as" on the verb or on its object)."""
    named = [c for c in verb.children if c.dep_ == "dobj"]
    labels = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp")]
    if len(named) >= 2:  # "branded North Korea a rogue state", parsed as two objects
        named, labels = named[:-1], [*labels, named[-1]]
    if len(named) == 1 and not labels:
        obj = named[0]
        # "calling the U.S. embargo "economic warfare"", parsed as one object the first noun
        # modifies; "called Trump's move an act of war", the name as the object's adverbial
        before = [c for c in obj.children if c.dep_ == "nmod" and c.i < obj.i]
        if before:
            named, labels = before, [obj]
        labels += [c for c in obj.children if c.dep_ == "npadvmod" and c.i > obj.i]
    labels += [
        word
        for head in (verb, *named)
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for word in prep.children
    ]
    # "called the decision [unfortunate]", "the U.S. move [irresponsible]", the adjective
    # parsed as the noun's (after it, it can only be what the noun is called)
    labels += [c for n in named for c in n.children if c.dep_ in ("amod", "acomp") and c.i > n.i]
    # "called the decision "a stab in the back"", the quoted name parsed as an apposition
    # (not the writer's own description: "called Sunak, a close ally, to discuss")
    labels += [
        c
        for n in named
        for c in n.children
        if c.dep_ == "appos" and c.i > n.i and _quoted(c.left_edge)
    ]
    labels += [c for label in labels for c in label.children if c.dep_ == "conj"]
    return named, labels


def _quoted(first: Token) -> bool:
    """Whether a phrase opens with a quotation mark: right before its first word, or as its
    first token (the parser may hang the mark on the phrase's head)."""
    return first.text in _OPENING_QUOTES or (
        first.i > 0 and first.doc[first.i - 1].text in _OPENING_QUOTES
    )


_OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018", "``"})


def _damning(word: Token, lex: Lexicon) -> bool:
    """ "a war criminal", "a rogue state", "illegal", "a terrorist regime", "a stab in the
    back" (a damning phrase the word begins, not "a stab at peace"), "an act of aggression" (a
    mere kind of deed, damning by what it is of)."""
    if any(
        w.lemma_.lower() in lex.damning_nouns or w.lower_ in lex.evaluative_negative
        for w in (word, *(c for c in word.children if c.dep_ in ("amod", "compound")))
    ):
        return True
    if word.lemma_.lower() in lex.label_heads and any(
        # "an act of aggression", "partners in the crimes"
        _damning(pobj, lex)
        for pobj in (*_of_objects(word), *_pobjs(word, "in"))
    ):
        return True
    doc = word.doc
    return any(
        doc[word.i : word.i + len(phrase.split())].text.lower() == phrase
        for phrase in lex.damning_phrases
    )


def stance_frame(word: Token, ctx: DocContext) -> Iterator[Candidate]:
    """An actor said to take a stance towards another does its relation to it: "Kenya has been
    critical of Somalia", "Japan is supportive of the Philippines"; towards the owner of a deed
    or stance ("critical of China's policy") or the state whose own attribute it is ("committed
    to the defence of the Philippines"), never the victim of a deed ("critical of the invasion
    of Ukraine"). The one who takes it is the subject of the verb the word completes, or the
    actor it modifies or stands beside ("Norway, long critical of Russia, ..."); so for words
    coordinated ("critical of Somalia and supportive of Ethiopia")."""
    rel, preps = ctx.lexicon.stance_adjectives[word.lower_]
    first = word
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ in ("amod", "appos"):
        holders = actors_at(first.head, ctx)
    elif first.dep_ in ("acomp", "xcomp"):
        holders = subject_of(first.head, ctx)
    else:
        return
    attributes = ctx.lexicon.state_attributes
    others = [
        a
        for p in _pobjs(word, *preps)
        # (owners_of reads "the defence [of] the Philippines" as the Philippines')
        for a in actors_at(p, ctx)
        or (owners_of(p, ctx) if _a_judged_deed(p, ctx) or p.lemma_.lower() in attributes else [])
    ]
    others = _apart(others, holders, ctx)
    if holders and others:
        yield Candidate(word, rel, holders, others, "stance")


def judged_actor_frame(word: Token, ctx: DocContext) -> Iterator[Candidate]:
    """A speaker saying an actor "is hostile", "the most abusive authority" or "a threat to
    peace" criticises it, and one saying a deed "was hostile" criticises its doers: the deed's
    owners ("NATO's expansion was dangerous", "the American sanctions are blackmail") or, a deed
    told before, whoever did it ("Moscow said the move was hostile")."""
    if word.dep_ == "amod" and word.head.dep_ == "appos":
        # "Israel, the cruel terrorist state, ...": an evaluating apposition in someone's words
        judged = actors_at(word.head.head, ctx)
        speakers = ctx.speaker(word)
        if judged and speakers:
            yield Candidate(word, Relation.CRITICIZES, speakers, judged, "judgement")
        return
    copula = _copula_of(word)
    if word.dep_ in ("amod",) and word.head.dep_ == "attr":  # "is one of the most hostile ..."
        copula = word.head.head
    if word.dep_ == "amod" and word.head.dep_ == "pobj" and word.head.head.head.dep_ == "attr":
        copula = word.head.head.head.head  # "is one of the most [hostile] authorities"
    if copula is None or copula.lemma_ not in _COPULAS:
        return
    speakers = sayers(word, ctx)
    judged = _apart(_doers_named_on(word, ctx), speakers, ctx) or [
        a
        for c in copula.children
        if c.dep_ in SUBJ
        # "Moscow said the move was hostile": the deed told before, its doers
        for a in actors_at(c, ctx)
        or (_apart(owners_of(c, ctx), speakers, ctx) if _a_judged_deed(c, ctx) else [])
        or summed_doers(c, speakers, ctx, repeated=True)
    ]
    if judged and speakers:
        yield Candidate(word, Relation.CRITICIZES, speakers, judged, "judgement")


def _doers_named_on(name: Token, ctx: DocContext) -> list[Arg]:
    """The doers a damning name gives with it: "(the blaze was) an act of sabotage [by Russia]",
    "a provocation [by Pyongyang]", "part of a campaign of sabotage directed [by Moscow]", "a
    [Russian] campaign of sabotage"; not the owner of what a wrong is done to ("a violation of
    [Congo]'s sovereignty")."""
    found: list[Arg] = []
    wronged = ctx.lexicon.state_attributes
    for noun in (name, *_of_objects(name)):
        found += _pp_actors(noun, "by", ctx, role="source")
        found += [a for c in noun.children if c.dep_ == "acl" for a in _agents(c, ctx)]
        if noun.lemma_.lower() in wronged:
            continue  # ("a violation of [Congo]'s sovereignty by ...": the "by" names the doer)
        found += [
            a
            for c in noun.children
            if c.dep_ in ("amod", "poss", "compound") and c.i < noun.i
            for a in actors_at(c, ctx)
        ]
    return found


# verbs that say what their subject is: "the tariffs [are] / [amount to] / [constitute] blackmail",
# "[poses] a threat" (the last three name it as their object)
_OBJECT_COPULAS = frozenset({"constitute", "represent", "pose"})
_COPULAS = frozenset({"be", "amount"}) | _OBJECT_COPULAS


def _copula_of(word: Token) -> Token | None:
    """The verb that says a word of its subject: "is [hostile]", "are [blackmail]", "amounted to
    [blackmail]", "constitutes [an act of aggression]"."""
    head = word.head
    if word.dep_ in ("acomp", "attr"):
        return head
    if word.dep_ == "dobj" and head.lemma_ in _OBJECT_COPULAS:
        return head
    if word.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ == "amount":
        return head.head
    if word.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ == "part":
        return _copula_of(head.head)  # "was [part] of a campaign of sabotage"
    return None


def _a_judged_deed(noun: Token, ctx: DocContext) -> bool:
    """Whether a noun is a deed or a word whose owner can be judged by what it is called: a
    trigger ("the American sanctions"), a summing noun ("Poland's decision"), an utterance
    ("Japan's remarks") or a policy ("NATO's expansion"); not a state of things ("Iran's
    economy", "the situation in Mali")."""
    lex = ctx.lexicon
    lemma = noun.lemma_.lower()
    return (
        noun_relation_of(noun, lex) is not None
        or lemma in lex.summed_deeds
        or lemma in lex.utterance_nouns
        or lemma in lex.judged_policies
    )


def _received(noun: Token, governor: Token) -> bool:
    """Whether a noun is what its verb's subject receives: its object ("faced sanctions"), or
    the object of "with" after a passive or after "meet" ("was hit with sanctions", "met with
    opposition")."""
    if noun.dep_ == "dobj":
        return True
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in COLLECTIVE_HEADS:
        return _received(prep.head, governor)  # "received a shipment of tanks"
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "with"
        and prep.head.i == governor.i
        and (
            governor.lemma_.lower() == "meet" or any(c.dep_ in PASS_SUBJ for c in governor.children)
        )
    )


def _asked(noun: Token, verb: Token, ctx: DocContext) -> list[Arg]:
    """The one a request is made of: the verb's object ("asked Algeria"), or the object of the
    verb's own preposition ("appealed to Canada", "called on Turkey", "aid from France")."""
    prep = ctx.lexicon.requests.get(verb.lemma_.lower(), "")
    if not prep:
        return [
            a
            for c in verb.children
            if c.dep_ in ("dobj", "dative") and c.i != noun.i
            for a in actors_at(c, ctx, role="source")
        ]
    return _pp_actors(verb, prep, ctx, role="source") or _pp_actors(noun, prep, ctx, role="source")


def _agents(verb: Token, ctx: DocContext) -> list[Arg]:
    """The actors of a passive verb's "by" agent."""
    return _pp_actors(verb, "by", ctx, role="source", dep="agent")


def _pp_actors(
    head: Token,
    prep: str,
    ctx: DocContext,
    *,
    role: str = "target",
    dep: str = "prep",
    unless: AbstractSet[str] = frozenset(),
) -> list[Arg]:
    """The actors in the object of a preposition hanging on `head` ("by Chile", "between
    Colombia and Venezuela"); `dep` is the preposition's label ("agent" after a passive); an
    object whose lemma is in `unless` names none ("for South Korean [students]")."""
    return [
        a
        for c in head.children
        if c.dep_ == dep and c.lower_ == prep
        for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() not in unless
        for a in actors_at(p, ctx, role=role)
    ]


def _receivers(verb: Token, ctx: DocContext) -> list[Arg]:
    """Who receives: the verb's subject, active or passive, or the owner of that subject; for
    a deed summed up after its clause ("Russia expelled two diplomats, [a move that] drew
    condemnation from Warsaw"), the doers of that clause."""
    for child in verb.children:
        if child.dep_ in SUBJ + PASS_SUBJ:
            found = actors_at(child, ctx) or owners_of(child, ctx)
            if found or child.lower_ not in ("it", "which", "that", "who"):
                return found
    summed = verb.head if verb.dep_ == "relcl" else None
    if (
        summed is not None
        and summed.dep_ in ("appos", "npadvmod")
        and summed.lemma_.lower() in ctx.lexicon.one_sided_deeds
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in summed.children)
    ):
        clause = clause_verb(summed)
        if clause is not None:
            return subject_of(clause, ctx)
    return subject_of(verb, ctx)


_TOPIC_PREPS = frozenset({"over", "for", "about", "against"})
_JUDGING = frozenset(
    {Relation.CRITICIZES, Relation.SUPPORTS, Relation.THREATENS, Relation.SANCTIONS}
)


def _punished_for(noun: Token, rel: Relation, ctx: DocContext) -> list[Arg]:
    """The ones a measure or judgement named by a noun hits, when the noun is its reason:
    "sanctions on Chinese firms [over] their support for Russia" (the firms' state supports),
    "criticism of Iran [for] its drone sales"."""
    lex = ctx.lexicon
    if noun.dep_ != "pobj" or noun.head.lower_ not in _TOPIC_PREPS:
        return []
    above = noun.head.head
    # the reason hangs on the measure, or on the verb that imposes it ("imposed sanctions on
    # Iranian banks over their funding of ...")
    measures = [above] if above.pos_ == "NOUN" else [c for c in above.children if c.dep_ == "dobj"]
    for head in measures:
        judging = noun_relation_of(head, lex)
        if judging not in _JUDGING or judging is rel:
            continue
        preps = lex.noun_preps[judging] - {"by", "from"}
        hit = prep_targets(head, preps, ctx) or (
            goods_targets(head, preps, ctx) if judging is Relation.SANCTIONS else []
        )
        if hit:
            return hit
    return []


def _judged_agents(
    noun: Token, governor: Token, rel: Relation, ctx: DocContext
) -> list[Arg] | None:
    """The ones a judging verb's object names, when a trigger noun of another relation is the
    reason given for the judgement ("slams Biden over Ukraine aid"); None when it is not."""
    judging = ctx.lexicon.verbs.get(governor.lemma_.lower())
    if judging not in _JUDGING or judging is rel:
        return None
    if noun.dep_ != "pobj" or noun.head.lower_ not in _TOPIC_PREPS:
        return None
    judged = [  # "sanctioned Chinese companies over their support for Russia": their owner
        a
        for c in governor.children
        if c.dep_ == "dobj"
        for a in actors_at(c, ctx) or owners_of(c, ctx)
    ]
    return judged or None  # no one named as judged: the noun is read as before


def _relative_object(verb: Token) -> bool:
    """A relative clause with a subject of its own and no object but the relative pronoun:
    the noun it modifies is its object ("officials (whom) Tokyo accused of spying")."""
    return (
        verb.dep_ == "relcl"
        and verb.pos_ == "VERB"
        and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_WORDS for c in verb.children)
        and all(c.lower_ in RELATIVE_WORDS for c in verb.children if c.dep_ in OBJ)
        # "the palace, where the leaders signed ...": a place or time, not the object
        and not any(c.lower_ in _ADVERBIAL_RELATIVES for c in verb.children)
    )


_ADVERBIAL_RELATIVES = frozenset({"where", "when", "why", "whose"})


RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})


def _object_relative(clause: Token, ctx: DocContext) -> bool:
    """A relative clause whose verb does the deed of the noun it modifies, its object: "the
    aid (that) Japan sent to Kyiv", not "the aid that reached Kyiv" (no object, but a subject
    of its own is required), "the talks, which ended" (the noun is the subject) nor "the
    sanctions that China criticized" (a verb that judges or reports a deed does not do it)."""
    lemma, lex = clause.lemma_.lower(), ctx.lexicon
    if clause.pos_ != "VERB" or (
        lex.verbs.get(lemma) in _JUDGING  # "the sanctions that China criticized"
        or lemma in lex.speech_verbs
        or lemma in lex.accusatory_verbs  # "the attack that Iran blamed on Israel"
    ):
        return False
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    words = [c for verb in verbs for c in verb.children]
    if any(c.lower_ in _ADVERBIAL_RELATIVES for c in words):
        return False  # "exercises where the navy used a warship": a place, not the deed
    has_subject = any(c.dep_ in SUBJ for c in clause.children)
    objects = [c for c in words if c.dep_ == "dobj"]
    return has_subject and all(o.lower_ in ("that", "which", "whom") for o in objects)


_CONDITION_MARKS = frozenset({"if", "unless"})


def _condition_subjects(verb: Token, ctx: DocContext) -> list[Arg]:
    """The actors in the subject of an if- or unless-clause on a verb or on its complement
    ("warned that Russia would be ready to [resume] testing if Washington did so")."""
    heads = [verb]
    for head in heads:  # down the complements (the list grows as it is read), a few at most
        if len(heads) > 6:
            break
        heads += [c for c in head.children if c.dep_ in ("xcomp", "ccomp", "acomp")]
    for head in heads:
        for clause in head.children:
            if clause.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in clause.children
            ):
                continue
            found = [
                a for c in clause.children if c.dep_ in SUBJ + PASS_SUBJ for a in actors_at(c, ctx)
            ]
            if found:
                return found
    return []


def _judges_it(noun: Token, governor: Token, rel: Relation, ctx: DocContext) -> bool:
    """Whether a verb of criticism has a deed of another relation as its object ("condemned
    the raids"): its subject judges the deed, it does not do it. (A verb of support does not
    say as much: "Iran welcomed the talks with Oman" is often a party speaking.)"""
    judging = ctx.lexicon.verbs.get(governor.lemma_.lower())
    # "condemned the shelling of X and the [raids] on Y": the raids are an object too
    first = first_conjunct(noun)
    while (
        first.dep_ == "pobj"
        and first.head.lower_ == "of"
        and first.head.head.lemma_.lower() in COLLECTIVE_HEADS
    ):  # "condemned the imposition of [sanctions]"
        first = first_conjunct(first.head.head)
    if first.dep_ != "dobj" or judging is rel:
        return False
    if judging is Relation.SUPPORTS and hostile_deed(noun, ctx.lexicon):
        # "Saudi Arabia supported the sanctions on Iran": a state backing a hostile deed
        # judges it (a body backing it may be deciding it: "the council backed sanctions")
        backers = subject_of(governor, ctx)
        return bool(backers) and all(a.actor.kind is ActorKind.COUNTRY for a in backers)
    return judging is Relation.CRITICIZES
