"""Tests of the extraction rules (kg.relations.extract) on hand-built parses and hand-made actor
mentions (the spec format is in conftest.py): each rule of the module docstring, then the
decisions taken on the candidates (modality, pairing, same-state pairs, de-duplication)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from spacy.tokens import Span

import kg.relations.extract as extract_module
from kg.relations.arguments import Arg, DocContext
from kg.relations.extract import (
    Candidate,
    _pairs,
    candidates,
    extract,
    interactions,
    subject_of,
)
from kg.relations.frames import noun_frame, verb_frame
from kg.types import Actor, ActorKind, Document, Modality, Relation

Parse = Callable[[str], DocContext]  # the `parse` fixture of conftest.py

A, INT, N, H = Modality.ASSERTED, Modality.INTENDED, Modality.NEGATED, Modality.HYPOTHETICAL
DOC = Document(id="test", text="", date="2020-05-01")

Read = tuple[str, str, str, Modality]


def short(actor: Actor) -> str:
    """ "country/RUS" -> "RUS", "person/sergey-lavrov" -> "sergey-lavrov"."""
    return actor.key.rpartition("/")[2]


def read(ctx: DocContext) -> set[Read]:
    """The kept interactions as (source, relation, target, modality), as the extractor keeps them
    (the decisions of a sentence are all taken before they are filtered)."""
    decisions = list(extract(ctx, DOC))
    return {
        (
            short(d.interaction.source),
            d.interaction.relation.value,
            short(d.interaction.target),
            d.modality,
        )
        for d in decisions
        if d.kept and d.interaction is not None
    }


def summary(cand: Candidate) -> tuple[str, Relation, list[str], list[str], str]:
    return (
        cand.trigger.text,
        cand.relation,
        [short(a.actor) for a in cand.sources],
        [short(a.actor) for a in cand.targets],
        cand.rule,
    )


def only_candidate(ctx: DocContext) -> Candidate:
    (sent,) = ctx.doc.sents
    (cand,) = candidates(sent, ctx)
    return cand


ACTIVE = """
    0 Russia   _       PROPN NNP 1 nsubj @RUS
    1 supports support VERB  VBZ 1 ROOT
    2 Cuba     _       PROPN NNP 1 dobj  @CUB
    3 .        _       PUNCT .   1 punct
"""
PASSIVE = """
    0 Ukraine  _      PROPN NNP 2 nsubjpass @UKR
    1 was      be     AUX   VBD 2 auxpass
    2 attacked attack VERB  VBN 2 ROOT
    3 by       _      ADP   IN  2 agent
    4 Russia   _      PROPN NNP 3 pobj      @RUS
    5 .        _      PUNCT .   2 punct
"""
PASSIVE_NO_AGENT = """
    0 Ukraine  _      PROPN NNP 2 nsubjpass @UKR
    1 was      be     AUX   VBD 2 auxpass
    2 attacked attack VERB  VBN 2 ROOT
    3 .        _      PUNCT .   2 punct
"""
# "if it is attacked": the subject of the governing clause is not the agent
READY_IF_ATTACKED = """
    0 Russia   _      PROPN NNP 1 nsubj @RUS
    1 is       be     AUX   VBZ 1 ROOT
    2 ready    _      ADJ   JJ  1 acomp
    3 to       _      PART  TO  4 aux
    4 defend   _      VERB  VB  2 xcomp
    5 Cuba     _      PROPN NNP 4 dobj  @CUB
    6 if       _      SCONJ IN  9 mark
    7 it       _      PRON  PRP 9 nsubjpass
    8 is       be     AUX   VBZ 9 auxpass
    9 attacked attack VERB  VBN 1 advcl
    10 .       _      PUNCT .   1 punct
"""
PARTICIPLE = """
    0 Cuba      _       PROPN NNP 6 nsubj @CUB
    1 ,         _       PUNCT ,   0 punct
    2 supported support VERB  VBN 0 acl
    3 by        _       ADP   IN  2 agent
    4 Russia    _       PROPN NNP 3 pobj  @RUS
    5 ,         _       PUNCT ,   6 punct
    6 prospered prosper VERB  VBD 6 ROOT
    7 .         _       PUNCT .   6 punct
"""
POSSESSIVE_NOUN = """
    0 Russia  _    PROPN NNP 2 poss  @RUS
    1 's      _    PART  POS 0 case
    2 support _    NOUN  NN  5 nsubj
    3 for     _    ADP   IN  2 prep
    4 Cuba    _    PROPN NNP 3 pobj  @CUB
    5 grew    grow VERB  VBD 5 ROOT
    6 .       _    PUNCT .   5 punct
"""
LIGHT_VERB = """
    0 Canada    _        PROPN NNP 1 nsubj @CAN
    1 imposed   impose   VERB  VBD 1 ROOT
    2 sanctions sanction NOUN  NNS 1 dobj
    3 on        _        ADP   IN  {on} prep
    4 Belarus   _        PROPN NNP 3 pobj  @BLR
    5 .         _        PUNCT .   1 punct
"""
RECEIVER = """
    0 Cuba     _       PROPN NNP 1 nsubj @CUB
    1 received receive VERB  VBD 1 ROOT
    2 aid      _       NOUN  NN  1 dobj
    3 from     _       ADP   IN  1 prep
    4 Russia   _       PROPN NNP 3 pobj  @RUS
    5 .        _       PUNCT .   1 punct
"""
BETWEEN_NOUN = """
    0 Talks   talk   NOUN  NNS 7 nsubj
    1 between _      ADP   IN  0 prep
    2 Iran    _      PROPN NNP 1 pobj     @IRN
    3 and     _      CCONJ CC  2 cc
    4 the     _      DET   DT  6 det
    5 United  _      PROPN NNP 6 compound @USA
    6 States  _      PROPN NNP 2 conj     @USA
    7 resumed resume VERB  VBD 7 ROOT
    8 .       _      PUNCT .   7 punct
"""
BETWEEN_VERB = """
    0 Turkey   _       PROPN NNP 1 nsubj @TUR
    1 mediated mediate VERB  VBD 1 ROOT
    2 between  _       ADP   IN  1 prep
    3 Russia   _       PROPN NNP 2 pobj  @RUS
    4 and      _       CCONJ CC  3 cc
    5 Ukraine  _       PROPN NNP 3 conj  @UKR
    6 .        _       PUNCT .   1 punct
"""
UNDER = """
    0 Iran      _        PROPN NNP 1 nsubj    @IRN
    1 is        be       AUX   VBZ 1 ROOT
    2 under     _        ADP   IN  1 prep
    3 U.S.      _        PROPN NNP 4 compound @USA
    4 sanctions sanction NOUN  NNS 2 pobj
    5 .         _        PUNCT .   1 punct
"""
COORDINATED_SUBJECTS = """
    0 Russia _       PROPN NNP 3 nsubj @RUS
    1 and    _       CCONJ CC  0 cc
    2 China  _       PROPN NNP 0 conj  @CHN
    3 {verb} {lemma} VERB  VBD 3 ROOT
    4 .      _       PUNCT .   3 punct
"""
AGREEMENT = """
    0 China     _       PROPN NNP 1 nsubj @CHN
    1 {verb}    {lemma} VERB  VBD 1 ROOT
    2 an        _       DET   DT  3 det
    3 agreement _       NOUN  NN  1 dobj
    4 with      _       ADP   IN  3 prep
    5 Mauritius _       PROPN NNP 4 pobj  @MUS
    6 .         _       PUNCT .   1 punct
"""
WILL_SIGN = """
    0 China     _       PROPN NNP 2 nsubj @CHN
    1 will      _       AUX   MD  2 aux
    2 sign      _       VERB  VB  2 ROOT
    3 an        _       DET   DT  4 det
    4 agreement _       NOUN  NN  2 dobj
    5 with      _       ADP   IN  4 prep
    6 Mauritius _       PROPN NNP 5 pobj  @MUS
    7 .         _       PUNCT .   2 punct
"""
IMPOSED = """
    0 Turkey    _        PROPN NNP 1 nsubj @TUR
    1 imposed   impose   VERB  VBD 1 ROOT
    2 sanctions sanction NOUN  NNS 1 dobj
    3 on        _        ADP   IN  1 prep
    4 Greece    _        PROPN NNP 3 pobj  @GRC
    5 .         _        PUNCT .   1 punct
"""
WILL_IMPOSE = """
    0 Turkey    _        PROPN NNP 2 nsubj @TUR
    1 {aux}     _        AUX   MD  2 aux
    2 impose    _        VERB  VB  2 ROOT
    3 sanctions sanction NOUN  NNS 2 dobj
    4 on        _        ADP   IN  2 prep
    5 Greece    _        PROPN NNP 4 pobj  @GRC
    6 .         _        PUNCT .   2 punct
"""
WANTS_TO = """
    0 Russia  _       PROPN NNP 1 nsubj @RUS
    1 wants   want    VERB  VBZ 1 ROOT
    2 to      _       PART  TO  3 aux
    3 support _       VERB  VB  1 xcomp
    4 Cuba    _       PROPN NNP 3 dobj  @CUB
    5 .       _       PUNCT .   1 punct
"""
EXPECTED_TO = """
    0 Russia   _      PROPN NNP 2 nsubjpass @RUS
    1 is       be     AUX   VBZ 2 auxpass
    2 expected expect VERB  VBN 2 ROOT
    3 to       _      PART  TO  4 aux
    4 meet     _      VERB  VB  2 xcomp
    5 Cuba     _      PROPN NNP 4 dobj  @CUB
    6 .        _      PUNCT .   2 punct
"""
TRAVELING = """
    0 Russian   _        ADJ   JJ  1 amod  @RUS/demonym
    1 diplomats diplomat NOUN  NNS 5 nsubj
    2 traveling travel   VERB  VBG 1 acl
    3 to        _        ADP   IN  2 prep
    4 Cuba      _        PROPN NNP 3 pobj  @CUB
    5 arrived   arrive   VERB  VBD 5 ROOT
    6 .         _        PUNCT .   5 punct
"""
SAME_STATE = """
    0 Lavrov  _      PROPN NNP 1 nsubj @LAVROV
    1 praised praise VERB  VBD 1 ROOT
    2 Russia  _      PROPN NNP 1 dobj  @RUS
    3 .       _      PUNCT .   1 punct
"""
TWO_SENTENCES = """
    0 Russia   _        PROPN NNP 1 nsubj @RUS
    1 met      meet     VERB  VBD 1 ROOT
    2 Cuba     _        PROPN NNP 1 dobj  @CUB
    3 .        _        PUNCT .   1 punct
    4 Lavrov   _        PROPN NNP 5 nsubj @LAVROV
    5 supports support  VERB  VBZ 5 ROOT
    6 Iran     _        PROPN NNP 5 dobj  @IRN
    7 .        _        PUNCT .   5 punct
"""


# ---- the spec builder itself --------------------------------------------------------------------


def test_parse_fixture_builds_text_sentences_and_mentions(parse: Parse) -> None:
    ctx = parse(TWO_SENTENCES)
    assert ctx.doc.text == "Russia met Cuba. Lavrov supports Iran."
    assert [s.text for s in ctx.doc.sents] == ["Russia met Cuba.", "Lavrov supports Iran."]
    assert [(m.start, m.end, short(m.actor)) for m in ctx.index.mentions] == [
        (0, 1, "RUS"),
        (2, 3, "CUB"),
        (4, 5, "sergey-lavrov"),
        (6, 7, "IRN"),
    ]
    assert ctx.state_of(ctx.index.mentions[2].actor).key == "country/RUS"


# ---- candidates: one rule each ------------------------------------------------------------------

S, M, CO, SA, AT, TH = (
    Relation.SUPPORTS,
    Relation.MEETS,
    Relation.COOPERATES,
    Relation.SANCTIONS,
    Relation.ATTACKS,
    Relation.THREATENS,
)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(ACTIVE, ("supports", S, ["RUS"], ["CUB"], "verb"), id="active"),
        pytest.param(PASSIVE, ("attacked", AT, ["RUS"], ["UKR"], "passive"), id="passive-agent"),
        pytest.param(
            PASSIVE_NO_AGENT, ("attacked", AT, [], ["UKR"], "passive"), id="passive-no-agent"
        ),
        pytest.param(
            PARTICIPLE,
            ("supported", S, ["RUS"], ["CUB"], "passive-participle"),
            id="passive-participle",
        ),
        pytest.param(POSSESSIVE_NOUN, ("support", S, ["RUS"], ["CUB"], "noun"), id="noun-owner"),
        pytest.param(
            LIGHT_VERB.format(on=2),
            ("sanctions", SA, ["CAN"], ["BLR"], "noun+governor"),
            id="light-verb-pp-on-noun",
        ),
        pytest.param(
            LIGHT_VERB.format(on=1),
            ("sanctions", SA, ["CAN"], ["BLR"], "noun+governor"),
            id="light-verb-pp-on-verb",
        ),
        pytest.param(RECEIVER, ("aid", S, ["RUS"], ["CUB"], "noun+receiver"), id="receive-from"),
        pytest.param(
            BETWEEN_NOUN, ("Talks", M, ["IRN"], ["USA"], "noun+between"), id="noun-between"
        ),
        pytest.param(
            BETWEEN_VERB,
            ("mediated", M, ["TUR"], ["RUS", "UKR"], "verb+between"),
            id="verb-between",
        ),
        pytest.param(UNDER, ("sanctions", SA, ["USA"], ["IRN"], "noun+under"), id="under"),
        pytest.param(
            WANTS_TO, ("support", S, ["RUS"], ["CUB"], "verb"), id="subject-through-xcomp"
        ),
    ],
)
def test_candidates(
    parse: Parse, spec: str, expected: tuple[str, Relation, list[str], list[str], str]
) -> None:
    assert summary(only_candidate(parse(spec))) == expected


def test_passive_in_a_clause_inherits_no_source(parse: Parse) -> None:
    ctx = parse(READY_IF_ATTACKED)
    (sent,) = ctx.doc.sents
    found = {c.trigger.text: c for c in candidates(sent, ctx)}
    assert summary(found["defend"]) == ("defend", S, ["RUS"], ["CUB"], "verb")
    # "if it is attacked": "it" is Cuba, and Russia is not the attacker
    assert summary(found["attacked"]) == ("attacked", AT, [], ["CUB"], "passive")


def test_verb_and_noun_frames_directly(parse: Parse) -> None:
    ctx = parse(ACTIVE)
    (verb,) = verb_frame(ctx.doc[1], S, ctx)
    assert verb.confidence == 0.85
    ctx = parse(POSSESSIVE_NOUN)
    (noun,) = noun_frame(ctx.doc[2], S, ctx)
    assert summary(noun) == ("support", S, ["RUS"], ["CUB"], "noun")
    assert noun.confidence == pytest.approx(0.8)  # a noun reading is a little less sure


def test_a_mention_is_not_a_trigger(parse: Parse) -> None:
    # "Aid" as the name of an actor is not the noun "aid"
    ctx = parse("""
        0 Russia _     PROPN NNP 1 nsubj @RUS
        1 met    meet  VERB  VBD 1 ROOT
        2 Aid    aid   PROPN NNP 1 dobj  @UN
        3 .      _     PUNCT .   1 punct
    """)
    assert [c.trigger.text for c in candidates(ctx.doc[:], ctx)] == ["met"]


TRAVEL_BAN = """
    0 A       a      DET   DT  2 det
    1 travel  _      NOUN  NN  2 compound
    2 ban     _      NOUN  NN  5 nsubj
    3 on      _      ADP   IN  2 prep
    4 Iran    _      PROPN NNP 3 pobj @IRN
    5 remains remain VERB  VBZ 5 ROOT
    6 .       _      PUNCT .   5 punct
"""
MODIFIED_TRAVEL_BAN = """
    0 The     the    DET   DT  3 det
    1 {first} _      {pos} NNP 3 {dep} {mark}
    2 travel  _      NOUN  NN  3 compound
    3 ban     _      NOUN  NN  6 nsubj
    4 on      _      ADP   IN  3 prep
    5 Iran    _      PROPN NNP 4 pobj @IRN
    6 remains remain VERB  VBZ 6 ROOT
    7 .       _      PUNCT .   6 punct
"""


def test_compound_noun_trigger(parse: Parse) -> None:
    # "ban" alone is no trigger, "travel ban" is
    ctx = parse(TRAVEL_BAN)
    assert [summary(c) for c in candidates(ctx.doc[:], ctx)] == [("ban", SA, [], ["IRN"], "noun")]


@pytest.mark.parametrize(
    ("first", "pos", "dep", "mark", "owners"),
    [("U.S.", "PROPN", "compound", "@USA", ["USA"]), ("new", "ADJ", "amod", "", [])],
)
def test_compound_noun_trigger_after_another_modifier(
    parse: Parse, first: str, pos: str, dep: str, mark: str, owners: list[str]
) -> None:
    ctx = parse(MODIFIED_TRAVEL_BAN.format(first=first, pos=pos, dep=dep, mark=mark))
    assert [summary(c) for c in candidates(ctx.doc[:], ctx)] == [
        ("ban", SA, owners, ["IRN"], "noun")
    ]


# ---- subjects -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "verb", "expected"),
    [
        pytest.param(ACTIVE, 1, ["RUS"], id="own-subject"),
        pytest.param(WANTS_TO, 3, ["RUS"], id="xcomp"),
        pytest.param(EXPECTED_TO, 4, ["RUS"], id="passive-governor"),
        pytest.param(PASSIVE, 2, ["RUS"], id="agent"),
        pytest.param(PARTICIPLE, 2, ["RUS"], id="participle-agent"),
        pytest.param(TRAVELING, 2, ["RUS"], id="acl-noun-modified"),
    ],
)
def test_subject_of(parse: Parse, spec: str, verb: int, expected: list[str]) -> None:
    ctx = parse(spec)
    assert [short(a.actor) for a in subject_of(ctx.doc[verb], ctx)] == expected


def test_subject_of_a_quoted_verb_without_subject_is_the_speaker(parse: Parse) -> None:
    ctx = parse("""
        0 “       _   PUNCT ``  6 punct
        1 Support _   VERB  VB  6 ccomp
        2 Cuba    _   PROPN NNP 1 dobj  @CUB
        3 ,       _   PUNCT ,   6 punct
        4 ”       _   PUNCT ''  6 punct
        5 Lavrov  _   PROPN NNP 6 nsubj @LAVROV
        6 said    say VERB  VBD 6 ROOT
        7 .       _   PUNCT .   6 punct
    """)
    # "Support" inherits the subject of "said", which is also the speaker
    assert [short(a.actor) for a in subject_of(ctx.doc[1], ctx)] == ["sergey-lavrov"]


# ---- pairing ------------------------------------------------------------------------------------


def _arg(code: str) -> Arg:
    return Arg(Actor(f"country/{code}", ActorKind.COUNTRY, code, code=code), 0, "name", 1.0)


def _candidate(parse: Parse, relation: Relation, sources: str, targets: str) -> Candidate:
    trigger = parse(ACTIVE).doc[1]
    return Candidate(
        trigger,
        relation,
        [_arg(c) for c in sources.split()],
        [_arg(c) for c in targets.split()],
        "noun",
    )


@pytest.mark.parametrize(
    ("relation", "sources", "targets", "mutual", "expected"),
    [
        (S, "RUS", "CUB", False, {("RUS", "CUB")}),
        (
            S,
            "RUS CHN",
            "CUB IRN",
            False,
            {("RUS", "CUB"), ("RUS", "IRN"), ("CHN", "CUB"), ("CHN", "IRN")},
        ),
        # a meeting with two others: all three sit together (a trip's stops do not: below)
        (M, "RUS", "CUB IRN", False, {("RUS", "CUB"), ("RUS", "IRN"), ("CUB", "IRN")}),
        # a longer list is met one by one ("spoke with the leaders of A, B, C and D")
        (M, "RUS", "CUB IRN VEN", False, {("RUS", "CUB"), ("RUS", "IRN"), ("RUS", "VEN")}),
        (CO, "CHN", "MUS", True, {("CHN", "MUS"), ("MUS", "CHN")}),
        # symmetric relations with coordinated subjects and no object: each pair once
        (M, "RUS CHN", "", False, {("RUS", "CHN")}),
        (CO, "RUS CHN", "", False, {("RUS", "CHN")}),
        (AT, "RUS CHN", "", False, set()),
        (M, "RUS", "", False, set()),
        (S, "", "CUB", False, set()),
    ],
)
def test_pairs(
    parse: Parse,
    relation: Relation,
    sources: str,
    targets: str,
    mutual: bool,
    expected: set[tuple[str, str]],
) -> None:
    cand = _candidate(parse, relation, sources, targets)
    pairs = _pairs(cand, parse(ACTIVE), mutual)
    assert {(short(s.actor), short(t.actor)) for s, t in pairs} == expected
    assert len(pairs) == len(expected)


# ---- decisions ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(ACTIVE, {("RUS", "supports", "CUB", A)}, id="active"),
        pytest.param(PASSIVE, {("RUS", "attacks", "UKR", A)}, id="passive"),
        pytest.param(PASSIVE_NO_AGENT, set(), id="passive-no-agent"),
        pytest.param(PARTICIPLE, {("RUS", "supports", "CUB", A)}, id="participle"),
        pytest.param(RECEIVER, {("RUS", "supports", "CUB", A)}, id="receiver"),
        pytest.param(UNDER, {("USA", "sanctions", "IRN", A)}, id="under"),
        pytest.param(WANTS_TO, {("RUS", "supports", "CUB", INT)}, id="wants-to"),
        pytest.param(EXPECTED_TO, {("RUS", "meets", "CUB", INT)}, id="expected-to"),
        pytest.param(
            COORDINATED_SUBJECTS.format(verb="met", lemma="meet"),
            {("RUS", "meets", "CHN", A)},
            id="symmetric-meet",
        ),
        pytest.param(
            COORDINATED_SUBJECTS.format(verb="cooperated", lemma="cooperate"),
            {("RUS", "cooperates", "CHN", A)},
            id="symmetric-cooperate",
        ),
        pytest.param(
            COORDINATED_SUBJECTS.format(verb="attacked", lemma="attack"),
            set(),
            id="not-symmetric",
        ),
        # a joint act binds both sides; a one-sided act or a mere intention does not
        pytest.param(
            AGREEMENT.format(verb="signed", lemma="sign"),
            {("CHN", "cooperates", "MUS", A), ("MUS", "cooperates", "CHN", A)},
            id="signed-agreement-mutual",
        ),
        pytest.param(
            AGREEMENT.format(verb="ratified", lemma="ratify"),
            {("CHN", "cooperates", "MUS", A)},
            id="ratified-agreement-one-way",
        ),
        pytest.param(
            WILL_SIGN,
            {("CHN", "cooperates", "MUS", INT)},
            id="will-sign-one-way",
        ),
        # a declared intention to punish is a threat, asserted
        pytest.param(
            WILL_IMPOSE.format(aux="will"),
            {("TUR", "threatens", "GRC", A)},
            id="intent-to-punish",
        ),
        pytest.param(IMPOSED, {("TUR", "sanctions", "GRC", A)}, id="imposed"),
        pytest.param(
            WILL_IMPOSE.format(aux="would"), {("TUR", "sanctions", "GRC", H)}, id="would-impose"
        ),
        pytest.param(SAME_STATE, set(), id="same-state"),
    ],
)
def test_extract(parse: Parse, spec: str, expected: set[Read]) -> None:
    assert read(parse(spec)) == expected


def test_intent_to_punish_keeps_its_cues(parse: Parse) -> None:
    ctx = parse(WILL_IMPOSE.format(aux="will"))
    (decision,) = [d for d in extract(ctx, DOC) if d.kept]
    assert decision.candidate.relation is TH
    assert decision.candidate.rule.endswith("+intent-to-punish")
    assert decision.cues == ("will", "declared intent to sanctions")


def test_same_state_pair_is_dropped_with_a_reason(parse: Parse) -> None:
    (decision,) = extract(parse(SAME_STATE), DOC)
    assert not decision.kept
    assert decision.reason == "source and target are the same state"
    assert decision.source is not None and decision.target is not None


def test_passive_without_agent_is_dropped_for_want_of_a_source(parse: Parse) -> None:
    (decision,) = extract(parse(PASSIVE_NO_AGENT), DOC)
    assert (decision.kept, decision.reason, decision.confidence) == (False, "no source found", 0)
    assert decision.source is None
    assert decision.target is not None and short(decision.target.actor) == "UKR"


def test_interaction_fields(parse: Parse) -> None:
    ctx = parse(TWO_SENTENCES)
    document = Document(id="doc-1", text=ctx.doc.text, date="2019-07-24")
    met, supports = interactions(ctx, document)
    assert (met.evidence, met.start, met.end) == ("Russia met Cuba.", 0, 16)
    assert supports.evidence == "Lavrov supports Iran."
    assert document.text[supports.start : supports.end] == supports.evidence
    assert (supports.source.key, supports.source_state, supports.target_state) == (
        "person/sergey-lavrov",
        "country/RUS",
        "country/IRN",
    )
    assert (supports.doc_id, supports.date, supports.trigger) == ("doc-1", "2019-07-24", "supports")
    assert supports.confidence == 0.85


def test_one_reading_per_sentence_the_most_confident(parse: Parse) -> None:
    # "signed" (a verb) and "agreement" (a noun under it) both read China -> Mauritius: the
    # more confident reading stays, the other is dropped saying why
    ctx = parse(AGREEMENT.format(verb="signed", lemma="sign"))
    decisions = [d for d in extract(ctx, DOC) if d.interaction is not None]
    china_mauritius = [
        d for d in decisions if d.source is not None and short(d.source.actor) == "CHN"
    ]
    assert [d.candidate.trigger.text for d in china_mauritius] == ["signed", "agreement"]
    kept = [d for d in china_mauritius if d.kept]
    assert len(kept) == 1
    assert kept[0].confidence == max(d.confidence for d in china_mauritius)
    (dropped,) = [d for d in china_mauritius if not d.kept]
    assert dropped.reason in ("same relation already read here", "a stronger reading of it follows")


def _two_readings(ctx: DocContext) -> Callable[[Span, DocContext], Iterator[Candidate]]:
    """A stand-in for `candidates`: the same relation read weakly, strongly, then as strongly."""
    trigger = ctx.doc[1]
    russia, cuba = (Arg(m.actor, m.start, m.how, m.confidence) for m in ctx.index.mentions)

    def readings(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
        yield Candidate(trigger, S, [russia], [cuba], "verb+nearby")  # weak
        yield Candidate(trigger, S, [russia], [cuba], "verb")  # strong
        yield Candidate(trigger, S, [russia], [cuba], "passive")  # as strong

    return readings


def test_a_stronger_reading_later_in_the_sentence_replaces_the_first(
    parse: Parse, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = parse(ACTIVE)
    monkeypatch.setattr(extract_module, "candidates", _two_readings(ctx))
    decisions = list(extract(ctx, DOC))
    assert [(d.candidate.rule, d.kept, d.reason) for d in decisions] == [
        ("verb+nearby", False, "a stronger reading of it follows"),
        ("verb", True, "verb rule"),
        ("passive", False, "same relation already read here"),
    ]


def test_interactions_leaves_out_a_reading_replaced_later(
    parse: Parse, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = parse(ACTIVE)
    monkeypatch.setattr(extract_module, "candidates", _two_readings(ctx))
    assert [i.confidence for i in interactions(ctx, DOC)] == [0.85]


# ---- what the parser hangs elsewhere ------------------------------------------------------------


def test_weapons_parsed_as_a_modifier_of_another_weapon_are_still_weapons(parse: Parse) -> None:
    """ "deliveries of [missiles] and air-defense systems", with "missiles" parsed as a modifier
    of "systems"."""
    ctx = parse("""
        0 Canada     _          PROPN NNP 1 nsubj @CAN
        1 announced  announce   VERB  VBD 1 ROOT
        2 deliveries delivery   NOUN  NNS 1 dobj
        3 of         of         ADP   IN  2 prep
        4 missiles   missile    NOUN  NNS 7 nmod
        5 and        and        CCONJ CC  4 cc
        6 air        air        NOUN  NN  7 compound
        7 systems    system     NOUN  NNS 3 pobj
        8 to         to         ADP   IN  1 prep
        9 Kyiv       _          PROPN NNP 8 pobj  @UKR/capital
        10 .         .          PUNCT .   1 punct
    """)
    assert ("CAN", "supports", "UKR", A) in read(ctx)


def test_a_target_hung_on_the_first_of_coordinated_things_is_the_others_target_too(
    parse: Parse,
) -> None:
    """ "rushed rescue teams and relief [supplies] to Somalia", "to Somalia" parsed on "teams"."""
    ctx = parse("""
        0 Turkey    _        PROPN NNP 1 nsubj @TUR
        1 rushed    rush     VERB  VBD 1 ROOT
        2 rescue    rescue   NOUN  NN  3 compound
        3 teams     team     NOUN  NNS 1 dobj
        4 and       and      CCONJ CC  3 cc
        5 relief    relief   NOUN  NN  6 compound
        6 supplies  supply   NOUN  NNS 3 conj
        7 to        to       ADP   IN  3 prep
        8 Somalia   _        PROPN NNP 7 pobj  @SOM
        9 .         .        PUNCT .   1 punct
    """)
    assert ("TUR", "supports", "SOM", A) in read(ctx)


def test_members_after_including_act_however_the_parser_hung_them(parse: Parse) -> None:
    """ "Leaders including [Putin] and Rodriguez met ...", Putin parsed as a modifier."""
    ctx = parse("""
        0 Leaders   leader    NOUN  NNS 4 nsubj
        1 including include   VERB  VBG 0 prep
        2 Putin     _         PROPN NNP 3 nmod  @PUTIN
        3 Rodriguez _         PROPN NNP 1 pobj  @RODRIGUEZ
        4 criticized criticize VERB VBD 4 ROOT
        5 Greece    _         PROPN NNP 4 dobj  @GRC
        6 .         .         PUNCT .   4 punct
    """)
    assert {
        ("vladimir-putin", "criticizes", "GRC", A),
        ("bruno-rodriguez", "criticizes", "GRC", A),
    } <= read(ctx)
