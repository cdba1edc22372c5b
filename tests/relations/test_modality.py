"""Tests of kg.relations.modality on hand-built parses (the spec format is in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.relations.arguments import DocContext
from kg.relations.lexicon import Lexicon
from kg.relations.modality import governing_chain, read_modality, reporting_verb
from kg.types import Modality, Relation

Parse = Callable[[str], DocContext]  # the `parse` fixture of conftest.py

A, INT, N, H = Modality.ASSERTED, Modality.INTENDED, Modality.NEGATED, Modality.HYPOTHETICAL

ASSERTED = """
    0 Russia   _       PROPN NNP 1 nsubj
    1 supports support VERB  VBZ 1 ROOT
    2 Cuba     _       PROPN NNP 1 dobj
    3 .        _       PUNCT .   1 punct
"""
DID_NOT = """
    0 Russia  _  PROPN NNP 3 nsubj
    1 did     do AUX   VBD 3 aux
    2 not     _  PART  RB  3 neg
    3 support _  VERB  VB  3 ROOT
    4 Cuba    _  PROPN NNP 3 dobj
    5 .       _  PUNCT .   3 punct
"""
NO_SUPPORT = """
    0 Russia  _    PROPN NNP 1 nsubj
    1 gave    give VERB  VBD 1 ROOT
    2 no      _    DET   DT  3 det
    3 support _    NOUN  NN  1 dobj
    4 to      _    ADP   IN  1 dative
    5 Cuba    _    PROPN NNP 4 pobj
    6 .       _    PUNCT .   1 punct
"""
ADVERB = """
    0 Russia     _         PROPN NNP 2 nsubj
    1 {adverb}   _         ADV   RB  2 advmod
    2 criticizes criticize VERB  VBZ 2 ROOT
    3 Cuba       _         PROPN NNP 2 dobj
    4 .          _         PUNCT .   2 punct
"""
LIFTED = """
    0 Russia    _        PROPN NNP 1 nsubj
    1 lifted    lift     VERB  VBD 1 ROOT
    2 sanctions sanction NOUN  NNS 1 dobj
    3 on        _        ADP   IN  2 prep
    4 Cuba      _        PROPN NNP 3 pobj
    5 .         _        PUNCT .   1 punct
"""
REFUSED = """
    0 Russia  _      PROPN NNP 1 nsubj
    1 refused refuse VERB  VBD 1 ROOT
    2 to      _      PART  TO  3 aux
    3 meet    _      VERB  VB  1 xcomp
    4 Cuba    _      PROPN NNP 3 dobj
    5 .       _      PUNCT .   1 punct
"""
ABANDONED = """
    0 Russia    _        PROPN NNP 1 nsubj
    1 abandoned abandon  VERB  VBD 1 ROOT
    2 attempts  attempt  NOUN  NNS 1 dobj
    3 to        _        PART  TO  4 aux
    4 normalize _        VERB  VB  2 acl
    5 relations relation NOUN  NNS 4 dobj
    6 with      _        ADP   IN  5 prep
    7 Cuba      _        PROPN NNP 6 pobj
    8 .         _        PUNCT .   1 punct
"""
AUXILIARY = """
    0 Russia  _    PROPN NNP 2 nsubj
    1 {aux}   {lemma} AUX MD 2 aux
    2 support _    VERB  VB  2 ROOT
    3 Cuba    _    PROPN NNP 2 dobj
    4 .       _    PUNCT .   2 punct
"""
REPORTED_WOULD = """
    0 Lavrov  _       PROPN NNP 1 nsubj
    1 {said}  say     VERB  {tag} 1 ROOT
    2 Russia  _       PROPN NNP 4 nsubj
    3 would   _       AUX   MD  4 aux
    4 support _       VERB  VB  1 ccomp
    5 Cuba    _       PROPN NNP 4 dobj
    6 .       _       PUNCT .   1 punct
"""
IF_CLAUSE = """
    0 {mark}   {lemma} SCONJ IN 2 mark
    1 Russia   _      PROPN NNP 2 nsubj
    2 attacks  attack VERB  VBZ 8 advcl
    3 Ukraine  _      PROPN NNP 2 dobj
    4 ,        _      PUNCT ,   8 punct
    5 the      _      DET   DT  6 det
    6 EU       _      PROPN NNP 8 nsubj
    7 will     _      AUX   MD  8 aux
    8 sanction _      VERB  VB  8 ROOT
    9 Russia   _      PROPN NNP 8 dobj
    10 .       _      PUNCT .   8 punct
"""
IF_PRESENT = """
    0 If        if       SCONJ IN  2 mark
    1 Russia    _        PROPN NNP 2 nsubj
    2 attacks   attack   VERB  VBZ 7 advcl
    3 Ukraine   _        PROPN NNP 2 dobj
    4 ,         _        PUNCT ,   7 punct
    5 the       _        DET   DT  6 det
    6 EU        _        PROPN NNP 7 nsubj
    7 sanctions sanction VERB  VBZ 7 ROOT
    8 Russia    _        PROPN NNP 7 dobj
    9 .         _        PUNCT .   7 punct
"""
MEETS_IF = """
    0 Russia _    PROPN NNP 1 nsubj
    1 meets  meet VERB  VBZ 1 ROOT
    2 Cuba   _    PROPN NNP 1 dobj
    3 if     _    SCONJ IN  5 mark
    4 Cuba   _    PROPN NNP 5 nsubj
    5 asks   ask  VERB  VBZ 1 advcl
    6 .      _    PUNCT .   1 punct
"""
READY_IF_ATTACKED = """
    0 Russia   _      PROPN NNP 1 nsubj
    1 is       be     AUX   VBZ 1 ROOT
    2 ready    _      ADJ   JJ  1 acomp
    3 to       _      PART  TO  4 aux
    4 defend   _      VERB  VB  2 xcomp
    5 Cuba     _      PROPN NNP 4 dobj
    6 if       _      SCONJ IN  9 mark
    7 it       _      PRON  PRP 9 nsubjpass
    8 is       be     AUX   VBZ 9 auxpass
    9 attacked attack VERB  VBN 1 advcl
    10 .       _      PUNCT .   1 punct
"""
QUESTION = """
    0 {aux}   {lemma} AUX VBZ 2 aux
    1 Russia  _    PROPN NNP 2 nsubj
    2 support _    VERB  VB  2 ROOT
    3 Cuba    _    PROPN NNP 2 dobj
    4 ?       _    PUNCT .   2 punct
"""
QUOTED_QUESTION = """
    0 “       _    PUNCT ``  3 punct
    1 Does    do   AUX   VBZ 3 aux
    2 Russia  _    PROPN NNP 3 nsubj
    3 support _    VERB  VB  3 ROOT
    4 Cuba    _    PROPN NNP 3 dobj
    5 ?       _    PUNCT .   3 punct
    6 ”       _    PUNCT ''  3 punct
"""
SPECULATION = """
    0 {speaker} {lemma} NOUN NNS 1 nsubj
    1 said     say    VERB  VBD 1 ROOT
    2 Russia   _      PROPN NNP 3 nsubj
    3 attacked attack VERB  VBD 1 ccomp
    4 Ukraine  _      PROPN NNP 3 dobj
    5 .        _      PUNCT .   1 punct
"""
THREATENED = """
    0 Russia     _        PROPN NNP 1 nsubj
    1 threatened threaten VERB  VBD 1 ROOT
    2 to         _        PART  TO  3 aux
    3 attack     _        VERB  VB  1 xcomp
    4 Ukraine    _        PROPN NNP 3 dobj
    5 .          _        PUNCT .   1 punct
"""
DID_NOT_SAY = """
    0 Lavrov   _       PROPN NNP 3 nsubj
    1 did      do      AUX   VBD 3 aux
    2 not      _       PART  RB  3 neg
    3 say      _       VERB  VB  3 ROOT
    4 Russia   _       PROPN NNP 5 nsubj
    5 supports support VERB  VBZ 3 ccomp
    6 Cuba     _       PROPN NNP 5 dobj
    7 .        _       PUNCT .   3 punct
"""
PROMISED = """
    0 Russia   _       PROPN NNP 1 nsubj
    1 promised promise VERB  VBD 1 ROOT
    2 to       _       PART  TO  3 aux
    3 support  _       VERB  VB  1 xcomp
    4 Cuba     _       PROPN NNP 3 dobj
    5 .        _       PUNCT .   1 punct
"""
WILL_NOT = """
    0 Russia  _       PROPN NNP 3 nsubj
    1 {aux}   {lemma} AUX   MD  3 aux
    2 {neg}   not     PART  RB  3 neg
    3 support _       VERB  VB  3 ROOT
    4 Cuba    _       PROPN NNP 3 dobj
    5 .       _       PUNCT .   3 punct
"""
WILL_CONSIDER = """
    0 Russia     _       PROPN NNP 2 nsubj
    1 will       _       AUX   MD  2 aux
    2 consider   _       VERB  VB  2 ROOT
    3 supporting support VERB  VBG 2 xcomp
    4 Cuba       _       PROPN NNP 3 dobj
    5 .          _       PUNCT .   2 punct
"""
WITHOUT = """
    0 Russia  _    PROPN NNP 1 nsubj
    1 met     meet VERB  VBD 1 ROOT
    2 Cuba    _    PROPN NNP 1 dobj
    3 without _    ADP   IN  1 prep
    4 support _    NOUN  NN  3 pobj
    5 from    _    ADP   IN  4 prep
    6 China   _    PROPN NNP 5 pobj
    7 .       _    PUNCT .   1 punct
"""
SUPPORT_ENDED = """
    0 Russia  _   PROPN NNP 2 poss
    1 's      _   PART  POS 0 case
    2 support _   NOUN  NN  5 nsubj
    3 for     _   ADP   IN  2 prep
    4 Cuba    _   PROPN NNP 3 pobj
    5 ended   end VERB  VBD 5 ROOT
    6 .       _   PUNCT .   5 punct
"""
PARTICIPLE_REJECTED = """
    0 Cuba      _       PROPN NNP 6 nsubj
    1 ,         _       PUNCT ,   0 punct
    2 supported support VERB  VBN 0 acl
    3 by        _       ADP   IN  2 agent
    4 Russia    _       PROPN NNP 3 pobj
    5 ,         _       PUNCT ,   6 punct
    6 rejected  reject  VERB  VBD 6 ROOT
    7 the       _       DET   DT  8 det
    8 proposal  _       NOUN  NN  6 dobj
    9 .         _       PUNCT .   6 punct
"""
RELATIVE_CLAUSE_WILL = """
    0 Iran     _       PROPN NNP 7 nsubj
    1 ,        _       PUNCT ,   0 punct
    2 which    _       PRON  WDT 4 dobj
    3 China    _       PROPN NNP 4 nsubj
    4 supports support VERB  VBZ 0 relcl
    5 ,        _       PUNCT ,   7 punct
    6 will     _       AUX   MD  7 aux
    7 meet     _       VERB  VB  7 ROOT
    8 the      _       DET   DT  9 det
    9 IAEA     _       PROPN NNP 7 dobj
    10 .       _       PUNCT .   7 punct
"""

S, M, C, T, SA, AT, CO = (
    Relation.SUPPORTS,
    Relation.MEETS,
    Relation.CRITICIZES,
    Relation.THREATENS,
    Relation.SANCTIONS,
    Relation.ATTACKS,
    Relation.COOPERATES,
)


def case(
    name: str,
    spec: str,
    trigger: int,
    relation: Relation,
    modality: Modality,
    cues: tuple[str, ...],
    *marks: pytest.MarkDecorator,
) -> pytest.ParameterSet:
    return pytest.param(spec, trigger, relation, modality, cues, id=name, marks=marks)


CASES = [
    # case(id, spec, trigger index, relation, modality, cues[, marks])
    case("plain", ASSERTED, 1, S, A, ()),
    case("neg-child", DID_NOT, 3, S, N, ("not",)),
    case("no-determiner", NO_SUPPORT, 3, S, N, ("no",)),
    case("seldom", ADVERB.format(adverb="seldom"), 2, C, N, ("seldom",)),
    case("rarely", ADVERB.format(adverb="rarely"), 2, C, N, ("rarely",)),
    case("other-adverb", ADVERB.format(adverb="often"), 2, C, A, ()),
    case("lifted-sanctions", LIFTED, 2, SA, N, ("lift",)),
    case("refused-to", REFUSED, 3, M, N, ("refuse",)),
    case("abandoned-attempts-verb", ABANDONED, 4, CO, N, ("abandon",)),
    case("abandoned-attempts-noun", ABANDONED, 5, CO, N, ("abandon",)),
    case("will", AUXILIARY.format(aux="will", lemma="will"), 2, S, INT, ("will",)),
    case("shall", AUXILIARY.format(aux="shall", lemma="shall"), 2, S, INT, ("shall",)),
    case("'ll", AUXILIARY.format(aux="'ll", lemma="will"), 2, S, INT, ("'ll",)),
    case("would-alone", AUXILIARY.format(aux="would", lemma="would"), 2, S, H, ("would",)),
    case("could", AUXILIARY.format(aux="could", lemma="could"), 2, S, H, ("could",)),
    case(
        "would-under-past-speech",
        REPORTED_WOULD.format(said="said", tag="VBD"),
        4,
        S,
        INT,
        ("would (reported future)",),
    ),
    case(
        "would-under-present-speech",
        REPORTED_WOULD.format(said="says", tag="VBZ"),
        4,
        S,
        H,
        ("would",),
    ),
    # a trigger inside the if-clause stays hypothetical, whatever the main clause commits to
    case("if-mark", IF_CLAUSE.format(mark="If", lemma="if"), 2, AT, H, ("if", "if-clause")),
    case(
        "unless-mark",
        IF_CLAUSE.format(mark="Unless", lemma="unless"),
        2,
        AT,
        H,
        ("unless", "if-clause"),
    ),
    case("if-mark-no-commitment", IF_PRESENT, 2, AT, H, ("if", "if-clause")),
    case("main-clause-of-if", IF_PRESENT, 7, SA, H, ("if-clause",)),
    case("if-clause-child", MEETS_IF, 1, M, H, ("if-clause",)),
    # a conditional commitment is a commitment
    case("will-if-clause", IF_CLAUSE.format(mark="If", lemma="if"), 8, SA, INT, ("will",)),
    case("ready-if-attacked", READY_IF_ATTACKED, 4, S, INT, ("ready",)),
    case("question", QUESTION.format(aux="Does", lemma="do"), 2, S, H, ("?",)),
    case("quoted-question", QUOTED_QUESTION, 3, S, H, ("?",)),
    case(
        "analysts-said",
        SPECULATION.format(speaker="Analysts", lemma="analyst"),
        3,
        AT,
        H,
        ("speculation",),
    ),
    case(
        "experts-said",
        SPECULATION.format(speaker="Experts", lemma="expert"),
        3,
        AT,
        H,
        ("speculation",),
    ),
    case("officials-said", SPECULATION.format(speaker="Officials", lemma="official"), 3, AT, A, ()),
    case("under-threaten", THREATENED, 3, AT, H, ("threaten",)),
    case("threaten-itself", THREATENED, 1, T, A, ()),
    # the chain stops at the speech verb: a negated report does not negate what is reported
    case("neg-on-speech-verb", DID_NOT_SAY, 5, S, A, ()),
    # ... unless the speech verb is one of intent
    case("promised-to", PROMISED, 3, S, INT, ("promise",)),
    case("without", WITHOUT, 4, S, N, ("without",)),
    # a noun trigger takes the cues of the verb it depends on ...
    case("support-ended", SUPPORT_ENDED, 2, S, N, ("end",)),
    # ... but a clause that modifies a noun is not governed by the noun's verb
    case("participle-under-reject", PARTICIPLE_REJECTED, 2, S, A, ()),
    case("relative-clause-under-will", RELATIVE_CLAUSE_WILL, 4, S, A, ()),
    # precedence: Negated > Hypothetical > Intended
    case("will-not", WILL_NOT.format(aux="will", lemma="will", neg="not"), 3, S, N, ("not",)),
    case("won't", WILL_NOT.format(aux="wo", lemma="will", neg="n't"), 3, S, N, ("n't",)),
    case("would-not", WILL_NOT.format(aux="would", lemma="would", neg="not"), 3, S, N, ("not",)),
    case("will-consider", WILL_CONSIDER, 3, S, H, ("consider",)),
    case("will-question", QUESTION.format(aux="Will", lemma="will"), 2, S, H, ("?",)),
]


@pytest.mark.parametrize(
    ("spec", "trigger", "relation", "modality", "cues"),
    CASES,
)
def test_read_modality(
    parse: Parse,
    spec: str,
    trigger: int,
    relation: Relation,
    modality: Modality,
    cues: tuple[str, ...],
) -> None:
    ctx = parse(spec)
    assert read_modality(ctx.doc[trigger], relation, ctx.lexicon) == (modality, cues)


@pytest.mark.parametrize(
    ("spec", "trigger", "chain"),
    [
        pytest.param(ASSERTED, 1, ["supports"], id="root"),
        pytest.param(
            ABANDONED,
            5,
            ["relations", "normalize", "attempts", "abandoned"],
            id="up-through-infinitive",
        ),
        pytest.param(PARTICIPLE_REJECTED, 2, ["supported"], id="stops-at-participle"),
        pytest.param(RELATIVE_CLAUSE_WILL, 4, ["supports"], id="stops-at-relative-clause"),
        pytest.param(SUPPORT_ENDED, 2, ["support", "ended"], id="noun-to-its-verb"),
        pytest.param(DID_NOT_SAY, 5, ["supports"], id="stops-below-speech-verb"),
        pytest.param(PROMISED, 3, ["support", "promised"], id="speech-act-of-intent"),
    ],
)
def test_governing_chain(
    parse: Parse, lexicon: Lexicon, spec: str, trigger: int, chain: list[str]
) -> None:
    ctx = parse(spec)
    assert [t.text for t in governing_chain(ctx.doc[trigger], lexicon)] == chain


@pytest.mark.parametrize(
    ("spec", "trigger", "verb"),
    [
        pytest.param(ASSERTED, 1, None, id="none"),
        pytest.param(REPORTED_WOULD.format(said="said", tag="VBD"), 4, "said", id="said"),
        pytest.param(DID_NOT_SAY, 5, "say", id="negated-say"),
        pytest.param(PROMISED, 3, "promised", id="promised"),
        pytest.param(REFUSED, 3, None, id="not-a-speech-verb"),
    ],
)
def test_reporting_verb(
    parse: Parse, lexicon: Lexicon, spec: str, trigger: int, verb: str | None
) -> None:
    ctx = parse(spec)
    found = reporting_verb(ctx.doc[trigger], lexicon)
    assert (found.text if found is not None else None) == verb
