"""Modality: is a relation asserted, intended, negated or hypothetical?

The cues are read on the trigger and on the words that govern it, up to (not beyond) the speech
verb that reports it: "did not", "refused to", "lifted" negate; "would", "if", "could" and
speculation make it hypothetical; "will", "wants to", "promises" make it an intention. When
several apply, the order of strength is Negated, Hypothetical, Intended, Asserted.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.relations.lexicon import Lexicon
from kg.types import Modality, Relation

_NEG_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
# marks of adverbial clauses of condition, time and reason (not of purpose: "did not send troops
# to attack" does deny the attack)
_CLAUSE_MARKS = frozenset(
    {"if", "unless", "when", "whenever", "once", "after", "before", "until", "because", "since"}
    | {"as", "while", "though", "although", "whereas"}
)
# what one side asks another to give or to do to a third (not meetings or cooperation sought,
# which are the seeker's own intention: "sought talks with Iran")
_ASKED_FOR = frozenset(
    {Relation.SUPPORTS, Relation.SANCTIONS, Relation.ATTACKS, Relation.THREATENS}
)
_TIME_PREPS = frozenset({"after", "since", "following", "amid", "amidst", "during"})
_PAST_TAGS = frozenset({"VBD", "VBN"})
_REPORTED_FUTURE = "would (reported future)"
# a condition hanging off the commitment ("ready to defend X if it is attacked"); a trigger inside
# the if-clause itself ("if Israel attacks, ...") stays hypothetical
_CONDITIONS = frozenset({"if-clause"})
_RELUCTANT = frozenset({"hesitate"})  # verbs whose negation vows their complement
_STRENGTH = (Modality.NEGATED, Modality.HYPOTHETICAL, Modality.INTENDED)


def _doubtful(word: Token, lexicon: Lexicon) -> bool:
    """ "likely", "possible", "unlikely" said of a deed ("are likely to hold talks", "it is
    possible that ..."); "unlikely" only so, as "an unlikely alliance" before a noun is real."""
    return word.lemma_.lower() in lexicon.doubtful_adjectives or word.lower_ == "unlikely"


def finite_governor(verb: Token) -> Token | None:
    """ "called on all parties to show restraint and [blamed] Washington": a verb in the past
    or present tense the parser coordinated with an infinitive is coordinated with the finite
    verb over that infinitive (which it returns), not with what someone was urged to do."""
    infinitive = verb.head
    if (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBZ")
        and infinitive.tag_ == "VB"
        and infinitive.dep_ == "xcomp"
        and is_infinitive(infinitive)
        and infinitive.head.pos_ in ("VERB", "AUX")
    ):
        return infinitive.head
    return None


def is_infinitive(verb: Token) -> bool:
    """ "to [show] restraint": a verb with its "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def governing_chain(trigger: Token, lexicon: Lexicon) -> Iterator[Token]:
    """The trigger and its ancestors in the same report: stops below a speech verb."""
    tok = trigger
    yield tok
    while tok.head.i != tok.i:
        finite = finite_governor(tok)
        if finite is not None:
            tok = finite  # (its own clause: the urging above the infinitive is not its)
            if finite.lemma_.lower() in lexicon.speech_verbs:
                return
            yield tok
            continue
        content = any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        if (tok.dep_ == "relcl" and not _when_clause(tok) and not content) or (
            # (a noun's content clause, "rejected claims [that] it was supplying", goes on up,
            # however the parser labels it: "denied a report [that] Cairo had planned to")
            tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBG") and not content
        ):
            # a relative or participial clause keeps its own modality ("the sanctions imposed by
            # X, which Y rejected"); an infinitive ("attempts to normalize") does not, nor does
            # a clause of time ("will be ratified Friday [when] they meet")
            return
        if (
            tok.dep_ == "pcomp"
            and tok.head.lower_ == "with"
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        ):
            # "the truce broke down, with each side [accusing] the other": a clause with a
            # subject of its own after "with" tells a deed of its own
            return
        if _participle_clause(tok):
            # "called the case a libel, [accusing] Pretoria of ...", "had not fired on the
            # plant, [blaming] Ukraine": a participle clause after the main one is a deed of its
            # own, neither denied, supposed nor planned by the main clause's words
            return
        if tok.dep_ == "appos" and tok.head.pos_ in ("PROPN", "NOUN"):
            # "Denmark, a vocal critic of Belarus, called for ...": a description of a noun is
            # said of it as a fact, whatever its clause does
            return
        if tok.dep_ == "pobj" and tok.head.lower_ in _TIME_PREPS and tok.pos_ == "NOUN":
            # "agreed to a ceasefire after the border war": a deed that dates another is done
            return
        if tok.dep_ in ("advcl", "conj") and any(
            c.dep_ == "advmod" and c.lower_ == "instead" for c in tok.children
        ):
            # "has never criticised Moscow, instead blaming NATO": what is done instead is
            # done, whatever is denied of the other
            return
        if _past_time_clause(tok):
            # "vowed to fight after Washington raised tariffs": a deed that dates another, told
            # in the past, is done, whatever is said of the other
            return
        if tok.dep_ == "ccomp" and _summed_up_as_a_charge(tok, lexicon):
            # "Sudan accused the UAE of arming the RSF, a charge Abu Dhabi denies": the
            # accusing is done, whatever is said of the charge
            return
        below, tok = tok, tok.head
        lemma = tok.lemma_.lower()
        if lemma in lexicon.speech_verbs and tok.pos_ in ("VERB", "AUX"):
            if lemma in lexicon.intention_verbs or _urged(below, tok, lexicon):
                # "promised (to give) support": a speech act of intent; "urged Iran to (free)
                # them": what someone is urged to do is not done
                yield tok
            return
        yield tok


def _clause_verb(tok: Token) -> Token:
    """The word itself if a verb, else the first verb above it ("issued a [warning]")."""
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else tok


# the marks of clauses of time among them ("after Washington raised tariffs")
_TIME_MARKS = _CLAUSE_MARKS - {"if", "unless", "because", "though", "although", "whereas"}


def _past_time_clause(clause: Token) -> bool:
    """ "after Washington raised tariffs", "since Russia invaded": a clause of time in the past."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ in _PAST_TAGS
        and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children)
    )


def _summed_up_as_a_charge(clause: Token, lexicon: Lexicon) -> bool:
    """Whether a clause before its verb is summed up by a charge noun between them: "[Sudan
    accused the UAE of arming the RSF], a charge Abu Dhabi denies"."""
    verb, doc = clause.head, clause.doc
    if verb.i <= clause.i:
        return False
    return any(  # (the parser may hang the charge inside the clause, on its last noun)
        t.lemma_.lower() in lexicon.charge_nouns and "," in (doc[t.i - 1].text, doc[t.i - 2].text)
        for t in doc[clause.i + 1 : verb.i]
    )


def _clause_of_time_or_condition(clause: Token) -> bool:
    """ "if they sign", "when Peru signed": an adverbial clause whose event the main clause's
    negation does not deny (a clause of purpose, "did not send troops to attack", it does);
    nor a relative clause of time ("talks collapsed in May, when Washington raised tariffs")."""
    if clause.dep_ == "relcl":
        return _when_clause(clause)
    return clause.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _CLAUSE_MARKS for c in clause.children
    )


def _participle_clause(clause: Token) -> bool:
    """ "..., accusing Doha of ...", "..., blaming Ukraine": an adverbial participle clause
    after its main clause, with no conjunction of its own ("after meeting", "by launching"
    are marked or hang on a preposition, not read here)."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and clause.i > clause.head.i
        and not any(c.dep_ in ("mark", "aux", "advmod") for c in clause.children)
    )


def _when_clause(clause: Token) -> bool:
    """ "Friday when the heads of state meet": a relative clause of time, told by its "when"."""
    return any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children)


def reporting_verb(trigger: Token, lexicon: Lexicon) -> Token | None:
    """The speech verb that reports the clause of the trigger ("Lavrov said ..."), if any."""
    tok = trigger
    while tok.head.i != tok.i:
        below, tok = tok, tok.head
        if tok.lemma_.lower() in lexicon.speech_verbs and tok.pos_ in ("VERB", "AUX"):
            # a clause coordinated with the speech verb is not what it reports:
            # "China always says that ..., and here, Russia has violated ..."
            return None if below.dep_ == "conj" else tok
    return None


def read_modality(
    trigger: Token, relation: Relation, lexicon: Lexicon
) -> tuple[Modality, tuple[str, ...]]:
    """The modality of the relation a trigger expresses, and the cue words that decided it."""
    if (
        _presupposed(trigger)
        and trigger.lemma_.lower() not in lexicon.standing_nouns
        and not _awaited(trigger, lexicon)
    ):
        # "its ties with Japan" presupposes only a standing relationship, no event: what is
        # done to it ("will discuss deepening its ties") has the modality of the deed
        return _presupposed_modality(trigger, lexicon)
    cues: dict[Modality, list[str]] = {m: [] for m in _STRENGTH}
    report = reporting_verb(trigger, lexicon)
    reported_past = report is not None and _told_in_the_past(report)
    previous: Token | None = None
    subordinate = False  # above an adverbial clause: its negation is not the clause's
    negations = 0
    urged: list[str] = []  # "urged Iran to (free) them": what the one urged would do
    endings: list[str] = []  # negating verbs and nouns on the way up ("cut", "stop")
    supposed_ending = False  # one of them under a verb of supposing or threat
    # "threatened to strike if ...", "issued a warning of consequences if ...": the condition
    # is part of the threat, on its word or on the verb that makes the threat noun
    threat = _clause_verb(trigger)
    manner = False  # above "in solidarity", "in support of": how a deed is done, not its object
    for node in governing_chain(trigger, lexicon):
        if subordinate:
            # "Mongolia could suspend ties if they sign a deal": the main clause's negation is
            # not the deal's (its supposition and futurity still are)
            del cues[Modality.NEGATED][negations:]
        subordinate = subordinate or (
            previous is not None and _clause_of_time_or_condition(previous)
        )
        negations = len(cues[Modality.NEGATED])
        is_trigger = node.i == trigger.i
        # "withdrew from ECOWAS and created a confederation": a coordinated verb's meaning does
        # not govern its conjunct (its auxiliaries and negation still do)
        coordinate = previous is not None and previous.dep_ == "conj"
        below, previous = previous, node  # the chain climbs one head at a time: `below` is
        # the child of `node` on the way down to the trigger
        lemma = node.lemma_.lower()
        manner = manner or (below is not None and node.i == below.head.i and in_manner(below))
        node_negations = len(cues[Modality.NEGATED])  # where this node's own negations start
        node_cues = {m: len(c) for m, c in cues.items()}
        for child in node.children:
            low = child.lower_
            if child.dep_ in ("nsubj", "nsubjpass") and any(
                g.lower_ == "neither" for g in child.children
            ):
                cues[Modality.NEGATED].append("neither")  # "Neither Brazil nor India has ..."
            elif child.dep_ == "neg" and lemma in _RELUCTANT and not is_trigger:
                continue  # "will not hesitate to use force": a vow, no negation
            elif (
                child.dep_ == "neg"
                or (child.dep_ == "det" and low == "no")
                or (child.dep_ == "advmod" and low in lexicon.negating_adverbs)
            ):
                cues[Modality.NEGATED].append(low)
            elif child.dep_ == "aux" and low in _FUTURE:
                cues[Modality.INTENDED].append(low)
            elif child.dep_ == "aux" and low in lexicon.hypothetical_modals:
                if low == "would" and reported_past:
                    cues[Modality.INTENDED].append(_REPORTED_FUTURE)
                else:
                    cues[Modality.HYPOTHETICAL].append(low)
            elif is_trigger and child.dep_ == "det" and low == "any" and node.pos_ == "NOUN":
                cues[Modality.HYPOTHETICAL].append("any")  # "warned against any strike"
            elif is_trigger and node.pos_ == "NOUN" and child.dep_ in ("amod", "acl"):
                _event_adjective(child, lexicon, cues)
            elif child.dep_ == "mark" and low in lexicon.hypothetical_marks:
                cues[Modality.HYPOTHETICAL].append(low)
            elif (
                child.dep_ == "advcl"
                and not (relation is Relation.THREATENS and node.i == threat.i)  # its condition
                and any(  # "would meet with Kim [if there is a prospect]"
                    g.dep_ == "mark" and g.lower_ in lexicon.hypothetical_marks
                    for g in child.children
                )
            ):
                cues[Modality.HYPOTHETICAL].append("if-clause")
        if (
            coordinate
            and below is not None
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in below.children)
        ):
            # "China did not criticize Russia, but it criticized the US": a conjunct with a
            # subject of its own is a clause of its own; the first one's words are not its
            for modality, count in node_cues.items():
                del cues[modality][count:]
        if is_trigger or coordinate:
            continue
        if below is not None and _urged(below, node, lexicon):
            urged.append(f"urged ({lemma})")
        if below is not None and below.dep_ == "ccomp" and lemma == "be":
            # "it is possible that Russia will attack": a clause said to be possible
            cues[Modality.HYPOTHETICAL] += [
                c.lemma_.lower()
                for c in node.children
                if c.dep_ == "acomp" and _doubtful(c, lexicon)
            ]
        if (
            node.pos_ == "NOUN"
            and lexicon.nouns.get(lemma) is Relation.MEETS
            and relation is not Relation.MEETS
            and below is not None
            and below.dep_ == "prep"
            and below.lower_ in ("on", "over", "about")
        ):
            # "negotiations with Serbia over an EU bailout", "talks on a ceasefire": what is
            # being negotiated is not yet done
            cues[Modality.HYPOTHETICAL].append(f"negotiated ({lemma})")
        elif node.pos_ == "NOUN" and lemma in lexicon.hypothetical_nouns:
            # "the prospect of resuming talks", "the possibility of sanctions"
            cues[Modality.HYPOTHETICAL].append(lemma)
            supposed_ending = supposed_ending or bool(endings)
        elif node.pos_ == "NOUN" and lemma in lexicon.intention_nouns:
            # "Brazil's push to deepen ties", "a plan to visit Moscow"
            cues[Modality.INTENDED].append(lemma)
        elif lemma == "set" and below is not None and below.dep_ == "xcomp":
            cues[Modality.INTENDED].append("set to")  # "India is set to sign a deal"
        elif node.pos_ in ("VERB", "AUX", "NOUN"):
            ending = _ending(node, lexicon)
            if (
                ending
                and relation in (Relation.MEETS, Relation.ATTACKS)
                and below is not None
                and below.i == trigger.i
                and trigger.dep_ == "nsubj"
                and lemma in _COURSE_ENDINGS
            ):
                pass  # "the talks collapsed", "the war ended in 2000": they were held, fought
            elif (
                ending
                and len(cues[Modality.NEGATED]) > node_negations
                and node.pos_ != "NOUN"
                and trigger.lemma_.lower() not in lexicon.standing_nouns
            ):
                # "has not ruled out sanctions": possible; "did not halt the talks": they go on
                # (but "will not sever ties" does nothing to them: no cooperation is done)
                del cues[Modality.NEGATED][node_negations:]
                if lemma == "rule":
                    cues[Modality.HYPOTHETICAL].append("not ruled out")
            elif (
                ending
                and below is not None
                and below.dep_ == "prep"
                and below.lower_ in ("as", "by")
            ):
                # "froze the assets as a sanction against Moscow": what it is, not ended;
                # "broke ranks by hosting Myanmar's minister": the means, done
                pass
            elif ending and manner:
                pass  # "broke off relations with Quito in solidarity with Mexico": what is
                # ended is the relations, not the solidarity it is done in
            elif ending and below is not None and below.dep_ == "advcl":
                pass  # "cut ties with Qatar, [accusing] it of ...": an ending ends its object,
                # not the clause that says why or how
            elif ending:
                cues[Modality.NEGATED].append(lemma)
                endings.append(lemma)
            elif (
                lemma in lexicon.hypothetical_verbs
                or lexicon.verbs.get(lemma) is Relation.THREATENS
                and relation is not Relation.THREATENS
            ):
                cues[Modality.HYPOTHETICAL].append(lemma)
                supposed_ending = supposed_ending or bool(endings)
            elif (  # (not "committed aggression": a deed done, not one committed to)
                lemma in lexicon.intention_verbs
                and node.pos_ != "NOUN"
                and not (below is not None and _agreed_on(node, below, trigger))
                and not _agreed_together(node, relation)
                and not _perpetrated(node, below, trigger, relation)
                and not _expressed(node, below, trigger, lexicon)
            ):
                cues[Modality.INTENDED].append(lemma)
        elif node.pos_ == "ADJ" and lemma in lexicon.intention_verbs:  # "willing to", "ready to"
            cues[Modality.INTENDED].append(lemma)
        elif (
            node.pos_ == "ADJ"
            and below is not None
            and below.dep_ == "xcomp"
            and _doubtful(node, lexicon)
        ):
            cues[Modality.HYPOTHETICAL].append(lemma)  # "are likely to hold talks"
        if node.dep_ == "prep" and node.lower_ == "without":
            cues[Modality.NEGATED].append("without")
    if subordinate:
        del cues[Modality.NEGATED][negations:]
    if supposed_ending:
        # "threatened to cut aid to Kenya", "a call for Israel to stop killing": an ending
        # threatened, urged or supposed is not done (nor is the deed denied)
        cues[Modality.NEGATED] = [c for c in cues[Modality.NEGATED] if c not in endings]
    warning = _warned_against(trigger, relation, lexicon)
    if warning is not None:
        cues[Modality.HYPOTHETICAL].append(warning)
    asking = request_verb(trigger, relation, lexicon)
    if asking is not None:  # "asked Algeria for aid": asked for, not given
        cues[Modality.HYPOTHETICAL].append(f"asked for ({asking.lemma_.lower()})")
    elif _meeting_requested(trigger, relation, lexicon):
        # "Russia and Ukraine requested an emergency meeting of the Security Council": a
        # meeting asked for is not held (an appeal, no meeting of those who ask)
        cues[Modality.HYPOTHETICAL].append(f"asked for ({trigger.head.lemma_.lower()})")
    sentence = trigger.sent
    if sentence.text.rstrip().rstrip("”\"’'").endswith("?"):
        cues[Modality.HYPOTHETICAL].append("?")
    if report is not None and _speculative(report, lexicon):
        cues[Modality.HYPOTHETICAL].append("speculation")
    conditions_only = set(cues[Modality.HYPOTHETICAL]) <= _CONDITIONS
    commitments = [c for c in cues[Modality.INTENDED] if c != _REPORTED_FUTURE]
    if commitments and cues[Modality.HYPOTHETICAL] and conditions_only:
        # a conditional commitment is a commitment: "ready to defend X if it is attacked"
        cues[Modality.HYPOTHETICAL] = []
    urged += [c for c in cues[Modality.HYPOTHETICAL] if c.startswith("asked for (")]
    if urged:
        # "urged Germany not to impose sanctions", "urged Iran to stop attacking": what someone
        # is urged to do or not to do is neither done nor denied
        return Modality.HYPOTHETICAL, tuple(urged)
    for modality in _STRENGTH:
        if cues[modality]:
            return modality, tuple(cues[modality])
    return Modality.ASSERTED, ()


# nouns of a stance that say how a deed is done after a bare "in": "recalled its envoy in
# solidarity with Mexico", "in support of Kyiv", "in protest at" ("in retaliation for", "in
# response to" name the deed answered, which the responder frames read)
MANNER_NOUNS = frozenset({"solidarity", "support", "protest", "defiance", "sympathy"})


def in_manner(noun: Token) -> bool:
    """Whether a noun is a bare "in <manner>" phrase ("in solidarity", not "in the support")."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and noun.lemma_.lower() in MANNER_NOUNS
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
    )


_COURSE_ENDINGS = frozenset({"collapse", "stall", "fail", "falter", "end", "break", "conclude"})
_ENDING_PHRASALS = frozenset({("call", "off"), ("break", "off"), ("pull", "out"), ("back", "out")})
# phrasal verbs of beginning built on a verb of ending: "fighting broke out" starts the fight
_BEGINNING_PHRASALS = frozenset({("break", "out")})


def _ending(node: Token, lexicon: Lexicon) -> bool:
    """Whether a word ends or denies what it governs: a negating verb or noun ("cut", "halt",
    "suspension"), or a phrasal verb of ending ("called off the talks", "pulled out of")."""
    lemma = node.lemma_.lower()
    particles = [(lemma, c.lower_) for c in node.children if c.dep_ == "prt"]
    if any(phrasal in _BEGINNING_PHRASALS for phrasal in particles):
        return False
    if lemma in lexicon.negating_verbs or lemma in lexicon.negating_nouns:
        return True
    return any(phrasal in _ENDING_PHRASALS for phrasal in particles)


def _warned_against(trigger: Token, relation: Relation, lexicon: Lexicon) -> str | None:
    """The threat or warning a trigger of another relation is the content of: "warned Israel
    against any strike", "warned Moscow against invading" (the lemma), else None. The
    warning verb may also be a speech verb, where the chain of governors stops."""
    if relation is Relation.THREATENS:
        return None
    head = trigger.head
    if trigger.dep_ in ("pobj", "pcomp") and head.dep_ == "prep":
        if head.lower_ not in ("against", "of"):
            return None  # "warned Putin over the attack": the reason, a deed done
        head = head.head  # "against any strike", "against invading Ukraine"
    elif trigger.dep_ != "dobj" or trigger.pos_ != "NOUN":
        return None
    lemma = head.lemma_.lower()
    if head.pos_ == "VERB" and lexicon.verbs.get(lemma) is Relation.THREATENS:
        return lemma
    return None


def request_verb(trigger: Token, relation: Relation, lexicon: Lexicon) -> Token | None:
    """The verb of asking whose request a noun is: "asked Algeria for [aid]", "appealed to
    Canada for [assistance]", "requested [aid] from France", "urged [sanctions] against Iran"
    (the verb), else None. Support or punishment asked of someone is an appeal, not yet done
    (meetings and cooperation sought are the seeker's intention: not read here)."""
    if relation not in _ASKED_FOR or trigger.pos_ != "NOUN":
        return None
    head = trigger.head
    if trigger.dep_ == "dobj":
        verb = head
    elif trigger.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for":
        verb = head.head
        if verb.dep_ in ("dobj", "pobj") and verb.pos_ in ("NOUN", "PROPN"):
            # "asked Algeria for aid": the parser may hang "for" on the one asked
            verb = verb.head.head if verb.dep_ == "pobj" else verb.head
    else:
        return None
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in lexicon.requests:
        return None
    return verb


def _perpetrated(verb: Token, below: Token | None, trigger: Token, relation: Relation) -> bool:
    """ "committed aggression against Pakistan": a hostile deed committed is done (not "committed
    $1 billion in aid", a pledge)."""
    return (
        verb.lemma_.lower() == "commit"
        and below is not None
        and below.i == trigger.i
        and trigger.dep_ == "dobj"
        and relation is Relation.ATTACKS
    )


def _meeting_requested(trigger: Token, relation: Relation, lexicon: Lexicon) -> bool:
    """Whether a meeting noun is what a verb of asking asks for: "requested a meeting of the
    Security Council", "sought talks with Seoul"."""
    return (
        relation is Relation.MEETS
        and trigger.pos_ == "NOUN"
        and trigger.dep_ == "dobj"
        and trigger.head.pos_ == "VERB"
        and trigger.head.lemma_.lower() in lexicon.requests
        and not any(c.dep_ == "prt" for c in trigger.head.children)  # "called off talks"
    )


def _agreed_on(verb: Token, below: Token, trigger: Token) -> bool:
    """ "agreed to a peace accord", "agreed on a ceasefire": agreeing to a thing reaches it (an
    intention is agreeing to do something: "agreed to meet again"; agreeing to cooperate is
    an agreement reached, see `_agreed_together`). `below` is the child of
    the verb on the way down to the trigger."""
    if verb.lemma_.lower() != "agree" or trigger.pos_ != "NOUN":
        return False
    return (
        below.dep_ == "prep" and below.lower_ in ("to", "on", "upon") and trigger.head.i == below.i
    )


def _agreed_together(verb: Token, relation: Relation) -> bool:
    """ "Bahrain and Qatar agreed to restore ties": cooperation agreed on is an agreement
    reached, cooperation done now (not a meeting agreed on: "agreed to meet again")."""
    return verb.lemma_.lower() == "agree" and relation is Relation.COOPERATES


def _urged(clause: Token, verb: Token, lexicon: Lexicon) -> bool:
    """Whether `clause` is what the object of a verb of urging or ordering is urged to do:
    "urged Washington to [halt] arms sales", "ordered the army to [attack]"."""
    lemma = verb.lemma_.lower()
    return (
        clause.dep_ == "xcomp"
        and clause.head.i == verb.i
        and lemma in lexicon.object_control
        and lemma not in lexicon.implicative  # "forced Ukraine to sign": signed
        and any(c.dep_ in ("dobj", "prep") for c in verb.children)
    )


def _expressed(verb: Token, below: Token | None, trigger: Token, lexicon: Lexicon) -> bool:
    """ "offered [condolences] to Turkey", "extended his [congratulations]": a word of feeling
    offered is expressed in the offering, not promised."""
    return (
        below is not None
        and below.i == trigger.i
        and below.dep_ == "dobj"
        and trigger.lemma_.lower() in lexicon.expression_nouns
    )


def _told_in_the_past(report: Token) -> bool:
    """Whether a report is told in the past: "said", or a participle on a verb in the past
    ("told reporters ..., [adding] that ...", "spoke on Friday, [saying] ...")."""
    while report.tag_ == "VBG" and report.dep_ in ("advcl", "conj", "xcomp"):
        report = report.head
    return report.tag_ in _PAST_TAGS


def _presupposed(trigger: Token) -> bool:
    """A possessed nominal presupposes its event: "press Xi on China's support for Russia" says
    China supports Russia whatever the verb above wants or supposes; so does a definite one
    that names its doer, under a preposition ("is not linked to the Turkish strikes on Iraq",
    "did not comment on the U.S. sanctions"; not "did not take part in the talks with Kyiv",
    whose doer is the clause's subject)."""
    if trigger.pos_ != "NOUN":
        return False
    if any(c.dep_ == "poss" for c in trigger.children):
        return True
    return (
        trigger.dep_ == "pobj"
        and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in trigger.children)
        and any(
            c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in _NAMED_DOERS
            for c in trigger.children
        )
    )


def _awaited(trigger: Token, lexicon: Lexicon) -> bool:
    """A possessed meeting that a verb of the future does: "Putin would host [the Indonesian
    leader's] visit", "will welcome [Modi's] visit" (to come, not presupposed)."""
    verb = trigger.head
    return (
        lexicon.nouns.get(trigger.lemma_.lower()) is Relation.MEETS
        and trigger.dep_ == "dobj"
        and any(c.dep_ == "aux" and c.lower_ in _FUTURE | {"would"} for c in verb.children)
    )


_DEFINITE = frozenset({"the", "this", "these", "that", "those"})
_SHARES = frozenset(
    {"part", "half", "some", "most", "all", "much", "portion", "share", "bulk", "rest", "third"}
)
_NAMED_DOERS = frozenset({"NORP", "GPE", "ORG"})


def _presupposed_modality(trigger: Token, lexicon: Lexicon) -> tuple[Modality, tuple[str, ...]]:
    """Only the noun's own negation, or the verb that ends it ("lifted its sanctions"), counts."""
    cues: dict[Modality, list[str]] = {m: [] for m in _STRENGTH}
    for child in trigger.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            return Modality.NEGATED, (child.lower_,)
        if child.dep_ in ("amod", "acl"):
            _event_adjective(child, lexicon, cues)  # "China's planned visit"
    for modality in _STRENGTH:
        if cues[modality]:
            return modality, tuple(cues[modality])
    held = trigger
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of":
        share = trigger.head.head  # "suspended part of its aid": the share stands for the aid
        if share.lemma_.lower() in _SHARES and share.pos_ in ("NOUN", "PRON", "DET", "ADJ"):
            held = share
    head = held.head
    lemma = head.lemma_.lower()
    ends_itself = held.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in head.children)
    if (
        # "lifted its sanctions", "its sanctions ended"; not "its mediation ended the standoff"
        (held.dep_ in ("dobj", "nsubjpass") or ends_itself)
        and head.pos_ == "VERB"
        and lemma in lexicon.negating_verbs
    ):
        if _urged(head, head.head, lexicon):  # "urged Peru to cut its ties": not yet cut
            return Modality.HYPOTHETICAL, (f"urged ({head.head.lemma_.lower()})",)
        if any(c.dep_ == "neg" for c in head.children):  # "did not cut its aid": still given
            return Modality.ASSERTED, ()
        return Modality.NEGATED, (lemma,)
    if (
        trigger.dep_ == "pobj"
        and head.lower_ in ("from", "out")
        and head.head.pos_ == "VERB"
        and head.head.lemma_.lower() in lexicon.negating_verbs
    ):
        return Modality.NEGATED, (head.head.lemma_.lower(),)  # "withdrew from its pact with"
    if trigger.dep_ == "pobj" and head.lower_ in ("to", "of") and head.head.pos_ == "NOUN":
        ended = head.head.lemma_.lower()  # "an end to the nation's alliance with Croatia",
        if ended in lexicon.negating_nouns:  # "the suspension of Russia's aid"
            if _only_asked(head.head, lexicon):  # "called for an end to the Israeli strikes":
                return Modality.ASSERTED, ()  # they go on
            return Modality.NEGATED, (ended,)
    return Modality.ASSERTED, ()


def _only_asked(noun: Token, lexicon: Lexicon) -> bool:
    """ "called for [an end] to ...", "demanded [a halt] to ...": asked for, not done."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else noun.head
    asked = noun.dep_ in ("pobj", "dobj") and verb.pos_ == "VERB"
    return asked and verb.lemma_.lower() in lexicon.hypothetical_verbs | lexicon.requests.keys()


def _event_adjective(child: Token, lexicon: Lexicon, cues: dict[Modality, list[str]]) -> None:
    """A modifier of a trigger noun that puts its event ahead ("the scheduled meeting", "an
    upcoming visit", "talks planned for May") or in doubt ("a possible strike")."""
    low = child.lower_
    if child.dep_ == "amod" and low in lexicon.future_adjectives:
        cues[Modality.INTENDED].append(low)
    elif child.dep_ == "amod" and low in lexicon.doubtful_adjectives and _approved(child.head):
        # "approved the possible sale of air defence systems to Taiwan": approved, to be done
        cues[Modality.INTENDED].append(f"approved ({low})")
    elif child.dep_ == "amod" and low in lexicon.doubtful_adjectives:
        cues[Modality.HYPOTHETICAL].append(low)
    elif (
        child.dep_ == "acl"
        and child.tag_ == "VBN"
        and child.lemma_.lower() in lexicon.planning_participles
    ):
        cues[Modality.INTENDED].append(low)


_APPROVING = frozenset({"approve", "authorize", "authorise", "clear"})


def _approved(noun: Token) -> bool:
    """Whether a noun is what a verb of approving approves ("approved the possible sale")."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _APPROVING


def _speculative(report: Token, lexicon: Lexicon) -> bool:
    """A report whose speaker is an analyst, an expert ... is speculation, not the event."""
    for child in report.children:
        if (
            child.dep_ in ("nsubj", "nsubjpass")
            and child.lemma_.lower() in lexicon.speculative_subjects
        ):
            return True
    return False
