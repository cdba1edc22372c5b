"""Tests of kg.relations.arguments on hand-built parses (the spec format is in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.relations.arguments import Arg, DocContext, actors_at, coordinated, resolve_pronoun

Parse = Callable[[str], DocContext]  # the `parse` fixture of conftest.py

RUS, CUB, CHN, IRN = "country/RUS", "country/CUB", "country/CHN", "country/IRN"
LAVROV, RODRIGUEZ, PUTIN = "person/sergey-lavrov", "person/bruno-rodriguez", "person/vladimir-putin"


def keys(args: list[Arg]) -> list[str]:
    return [a.actor.key for a in args]


# ---- mentions and coordination ------------------------------------------------------------------

MENTIONS = """
    0 The      the     DET   DT  2 det
    1 Kremlin  _       PROPN NNP 2 compound @RUS/metonym
    2 said     say     VERB  VBD 2 ROOT
    3 the      _       DET   DT  5 det
    4 United   _       PROPN NNP 5 compound @USA
    5 States   _       PROPN NNP 2 dobj     @USA
    6 .        _       PUNCT .   2 punct
"""
COORDINATED = """
    0 Russia _    PROPN NNP 5 nsubj @RUS
    1 ,      _    PUNCT ,   0 punct
    2 China  _    PROPN NNP 0 conj  @CHN
    3 and    _    CCONJ CC  2 cc
    4 Iran   _    PROPN NNP 2 conj  @IRN
    5 met    meet VERB  VBD 5 ROOT
    6 .      _    PUNCT .   5 punct
"""
APPOSITION = """
    0 Cuba     _      PROPN NNP 5 nsubj @CUB
    1 ,        _      PUNCT ,   0 punct
    2 the      _      DET   DT  4 det
    3 Cuban    _      ADJ   JJ  4 amod  @CUB/demonym
    4 people   _      NOUN  NNS 0 appos
    5 suffered suffer VERB  VBD 5 ROOT
    6 .        _      PUNCT .   5 punct
"""

# "a war between China and Iran, Russian President Putin ... said": the parser hangs the clause's
# subject on the closed list as one more conjunct after a comma
CLOSED_LIST = """
    0 war       _    NOUN  NN  7 nsubj
    1 between   _    ADP   IN  0 prep
    2 China     _    PROPN NNP 1 pobj  @CHN
    3 and       _    CCONJ CC  2 cc
    4 Iran      _    PROPN NNP 2 conj  @IRN
    5 ,         _    PUNCT ,   2 punct
    6 Putin     _    PROPN NNP 2 conj  @PUTIN
    7 loomed    loom VERB  VBD 7 ROOT
    8 .         _    PUNCT .   7 punct
"""
# "Putin and Foreign Minister Lavrov", the title parsed as a conjunct of its own
TITLE_APART = """
    0 Putin     _     PROPN NNP 4 nsubj @PUTIN
    1 and       _     CCONJ CC  0 cc
    2 Minister  _     PROPN NNP 0 conj
    3 Lavrov    _     PROPN NNP 0 conj  @LAVROV
    4 spoke     speak VERB  VBD 4 ROOT
    5 .         _     PUNCT .   4 punct
"""


def test_a_conjunct_after_the_closed_list_and_a_comma_is_not_in_it(parse: Parse) -> None:
    ctx = parse(CLOSED_LIST)
    assert [t.i for t in coordinated(ctx.doc[2])] == [2, 4]
    assert keys(actors_at(ctx.doc[2], ctx)) == [CHN, IRN]


def test_a_title_parsed_apart_from_its_name_stays_in_the_list(parse: Parse) -> None:
    ctx = parse(TITLE_APART)
    assert [t.i for t in coordinated(ctx.doc[0])] == [0, 2, 3]


def test_a_mention_gives_its_actor_how_and_confidence(parse: Parse) -> None:
    ctx = parse(MENTIONS)
    assert actors_at(ctx.doc[1], ctx) == [Arg(ctx.index.mentions[0].actor, 1, "metonym", 1.0)]
    # any token of a multi-word mention stands for it
    assert keys(actors_at(ctx.doc[4], ctx)) == keys(actors_at(ctx.doc[5], ctx)) == ["country/USA"]
    assert actors_at(ctx.doc[2], ctx) == []


def test_coordinated_follows_conj_chains(parse: Parse) -> None:
    ctx = parse(COORDINATED)
    assert [t.i for t in coordinated(ctx.doc[0])] == [0, 2, 4]
    assert [t.i for t in coordinated(ctx.doc[2])] == [2, 4]  # only downwards


def test_coordination_gives_every_actor(parse: Parse) -> None:
    ctx = parse(COORDINATED)
    assert keys(actors_at(ctx.doc[0], ctx)) == [RUS, CHN, IRN]
    assert keys(actors_at(ctx.doc[0], ctx, exclude=frozenset({CHN}))) == [RUS, IRN]


def test_apposition_counts_each_actor_once(parse: Parse) -> None:
    ctx = parse(APPOSITION)
    assert [t.i for t in coordinated(ctx.doc[0])] == [0, 4]
    assert keys(actors_at(ctx.doc[0], ctx)) == [CUB]
    assert keys(actors_at(ctx.doc[0], ctx, role="source")) == [CUB]


# ---- proxy nouns and their owners ---------------------------------------------------------------

OWNED = {
    "possessive": """
        0 Putin      _     PROPN NNP 2 poss @PUTIN
        1 's         _     PART  POS 0 case
        2 government _     NOUN  NN  3 nsubj
        3 spoke      speak VERB  VBD 3 ROOT
        4 .          _     PUNCT .   3 punct
    """,
    "adjective": """
        0 The        the   DET   DT  2 det
        1 Russian    _     ADJ   JJ  2 amod @RUS/demonym
        2 government _     NOUN  NN  3 nsubj
        3 spoke      speak VERB  VBD 3 ROOT
        4 .          _     PUNCT .   3 punct
    """,
    "of": """
        0 The        the   DET   DT  1 det
        1 government _     NOUN  NN  4 nsubj
        2 of         _     ADP   IN  1 prep
        3 Cuba       _     PROPN NNP 2 pobj @CUB
        4 spoke      speak VERB  VBD 4 ROOT
        5 .          _     PUNCT .   4 punct
    """,
    "compound": """
        0 U.S.       _     PROPN NNP 1 compound @USA
        1 troops     troop NOUN  NNS 2 nsubj
        2 left       leave VERB  VBD 2 ROOT
        3 .          _     PUNCT .   2 punct
    """,
}


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("possessive", 2, PUTIN),
        ("adjective", 2, RUS),
        ("of", 1, CUB),
        ("compound", 1, "country/USA"),
    ],
)
def test_proxy_noun_stands_for_its_owner(parse: Parse, name: str, head: int, expected: str) -> None:
    ctx = parse(OWNED[name])
    (arg,) = actors_at(ctx.doc[head], ctx, role="source")
    assert arg.actor.key == expected
    assert arg.confidence == pytest.approx(0.95)  # an owner is a little less sure than a name


TITLED = """
    0 Lavrov    _      PROPN NNP 1 nsubj @LAVROV
    1 met       meet   VERB  VBD 1 ROOT
    2 Rodriguez _      PROPN NNP 1 dobj  @RODRIGUEZ
    3 .         _      PUNCT .   1 punct
    4 The       the    DET   DT  7 det
    5 Russian   _      ADJ   JJ  7 amod  @RUS/demonym
    6 foreign   _      ADJ   JJ  7 amod
    7 minister  _      NOUN  NN  8 nsubj
    8 spoke     speak  VERB  VBD 8 ROOT
    9 .         _      PUNCT .   8 punct
"""


def test_the_russian_foreign_minister_is_the_russian_official_named(parse: Parse) -> None:
    ctx = parse(TITLED)
    (arg,) = actors_at(ctx.doc[7], ctx)
    assert (arg.actor.key, arg.how, arg.token) == (LAVROV, "description", 7)


def test_the_russian_foreign_minister_with_no_official_named_is_russia(parse: Parse) -> None:
    ctx = parse(TITLED.replace("@LAVROV", "@CHN"))
    assert keys(actors_at(ctx.doc[7], ctx)) == [RUS]


POPULATION = """
    0 Cuban    _      ADJ   JJ  1 amod @CUB/demonym
    1 {noun}   {lemma} NOUN NNS 2 nsubj
    2 suffered suffer VERB  VBD 2 ROOT
    3 .        _      PUNCT .   2 punct
"""


@pytest.mark.parametrize(("noun", "lemma"), [("people", "people"), ("citizens", "citizen")])
def test_populations_are_targets_not_sources(parse: Parse, noun: str, lemma: str) -> None:
    ctx = parse(POPULATION.format(noun=noun, lemma=lemma))
    assert keys(actors_at(ctx.doc[1], ctx, role="target")) == [CUB]
    assert actors_at(ctx.doc[1], ctx, role="source") == []


@pytest.mark.parametrize(
    ("noun", "lemma", "expected"),
    [
        ("rebels", "rebel", []),
        ("militants", "militant", []),
        ("protesters", "protester", []),
        ("soldiers", "soldier", [CUB]),  # a proxy noun, for contrast
        ("beaches", "beach", []),  # neither: a noun that stands for nobody
    ],
)
def test_non_state_nouns_stand_for_no_state(
    parse: Parse, noun: str, lemma: str, expected: list[str]
) -> None:
    ctx = parse(POPULATION.format(noun=noun, lemma=lemma))
    assert keys(actors_at(ctx.doc[1], ctx, role="source")) == expected
    assert keys(actors_at(ctx.doc[1], ctx, role="target")) == expected


GROUP_OF = """
    0 A         _      DET   DT  1 det
    1 group     _      NOUN  NN  5 nsubj
    2 of        _      ADP   IN  1 prep
    3 Russian   _      ADJ   JJ  4 amod @RUS/demonym
    4 {noun}    {lemma} NOUN NNS 2 pobj
    5 arrived   arrive VERB  VBD 5 ROOT
    6 .         _      PUNCT .   5 punct
"""


@pytest.mark.parametrize(
    ("noun", "lemma", "expected"),
    [("diplomats", "diplomat", [RUS]), ("rebels", "rebel", [])],
)
def test_a_group_of_x_is_x(parse: Parse, noun: str, lemma: str, expected: list[str]) -> None:
    # "group" is itself a non-state noun: the collective reading comes first
    ctx = parse(GROUP_OF.format(noun=noun, lemma=lemma))
    assert keys(actors_at(ctx.doc[1], ctx, role="source")) == expected


# ---- pronouns -----------------------------------------------------------------------------------

HE = """
    0 Lavrov    _      PROPN NNP 1 nsubj @LAVROV
    1 met       meet   VERB  VBD 1 ROOT
    2 Rodriguez _      PROPN NNP 1 dobj  @RODRIGUEZ
    3 .         _      PUNCT .   1 punct
    4 He        he     PRON  PRP 5 nsubj
    5 praised   praise VERB  VBD 5 ROOT
    6 Cuba      _      PROPN NNP 5 dobj  @CUB
    7 .         _      PUNCT .   5 punct
"""
IT = """
    0 Lavrov     _         PROPN NNP 1 nsubj @LAVROV
    1 visited    visit     VERB  VBD 1 ROOT
    2 Cuba       _         PROPN NNP 1 dobj  @CUB
    3 .          _         PUNCT .   1 punct
    4 It         it        PRON  PRP 5 nsubj
    5 praised    praise    VERB  VBD 5 ROOT
    6 Russia     _         PROPN NNP 5 dobj  @RUS
    7 .          _         PUNCT .   5 punct
    8 China      _         PROPN NNP 9 nsubj @CHN
    9 criticized criticize VERB  VBD 9 ROOT
    10 it        it        PRON  PRP 9 dobj
    11 .         _         PUNCT .   9 punct
"""


def test_he_as_a_main_subject_continues_the_subject_before(parse: Parse) -> None:
    ctx = parse(HE)
    assert actors_at(ctx.doc[4], ctx) == [
        Arg(ctx.index.mentions[0].actor, 4, "pronoun", 0.75)  # Lavrov, the subject before
    ]
    # the subject before ruled out (the other side of the relation): the last official named
    assert keys(actors_at(ctx.doc[4], ctx, exclude=frozenset({LAVROV}))) == [RODRIGUEZ]


HE_REPORTED = """
    0 Lavrov    _      PROPN NNP 1 nsubj @LAVROV
    1 met       meet   VERB  VBD 1 ROOT
    2 Rodriguez _      PROPN NNP 1 dobj  @RODRIGUEZ
    3 .         _      PUNCT .   1 punct
    4 Cuba      _      PROPN NNP 5 nsubj @CUB
    5 said      say    VERB  VBD 5 ROOT
    6 he        he     PRON  PRP 7 nsubj
    7 praised   praise VERB  VBD 5 ccomp
    8 Havana    _      PROPN NNP 7 dobj
    9 .         _      PUNCT .   5 punct
"""


def test_he_in_another_clause_is_the_last_official_named(parse: Parse) -> None:
    ctx = parse(HE_REPORTED)
    assert keys(actors_at(ctx.doc[6], ctx)) == [RODRIGUEZ]  # the nearer one: no main subject


def test_it_as_subject_is_the_last_state_named(parse: Parse) -> None:
    ctx = parse(IT)
    (arg,) = actors_at(ctx.doc[4], ctx)
    assert (arg.actor.key, arg.how, arg.confidence) == (CUB, "pronoun", 0.6)
    # officials are skipped: with Cuba excluded, nothing is left before "It"
    assert actors_at(ctx.doc[4], ctx, exclude=frozenset({CUB})) == []


def test_it_as_object_is_never_resolved(parse: Parse) -> None:
    ctx = parse(IT)
    assert actors_at(ctx.doc[10], ctx) == []
    assert resolve_pronoun(ctx.doc[10], ctx, frozenset()) == []


QUOTED = """
    0 “       _   PUNCT ``  8 punct
    1 {pron}  {lemma} PRON PRP 3 nsubj
    2 will    _   AUX   MD  3 aux
    3 support _   VERB  VB  8 ccomp
    4 Cuba    _   PROPN NNP 3 dobj @CUB
    5 ,       _   PUNCT ,   8 punct
    6 ”       _   PUNCT ''  8 punct
    7 Lavrov  _   PROPN NNP 8 nsubj @LAVROV
    8 said    say VERB  VBD 8 ROOT
    9 .       _   PUNCT .   8 punct
"""


def test_we_in_a_quote_is_the_speakers_state(parse: Parse) -> None:
    ctx = parse(QUOTED.format(pron="We", lemma="we"))
    (arg,) = actors_at(ctx.doc[1], ctx)
    assert (arg.actor.key, arg.how, arg.token) == (RUS, "speaker", 7)
    assert arg.confidence == pytest.approx(0.9)
    assert actors_at(ctx.doc[1], ctx, exclude=frozenset({RUS})) == []


def test_i_in_a_quote_is_the_speaker(parse: Parse) -> None:
    ctx = parse(QUOTED.format(pron="I", lemma="I"))
    assert keys(actors_at(ctx.doc[1], ctx)) == [LAVROV]


def test_we_outside_a_quote_is_nobody(parse: Parse) -> None:
    ctx = parse("""
        0 We      we PRON  PRP 1 nsubj
        1 support _  VERB  VBP 1 ROOT
        2 Cuba    _  PROPN NNP 1 dobj @CUB
        3 .       _  PUNCT .   1 punct
    """)
    assert actors_at(ctx.doc[0], ctx) == []
    assert ctx.speaker(ctx.doc[0]) == []


def test_relative_pronoun_is_the_noun_it_modifies(parse: Parse) -> None:
    ctx = parse("""
        0 Iran      _        PROPN NNP 6 nsubj @IRN
        1 ,         _        PUNCT ,   0 punct
        2 which     _        PRON  WDT 3 nsubj
        3 is        be       AUX   VBZ 0 relcl
        4 under     _        ADP   IN  3 prep
        5 sanctions sanction NOUN  NNS 4 pobj
        6 protested protest  VERB  VBD 6 ROOT
        7 .         _        PUNCT .   6 punct
    """)
    assert keys(actors_at(ctx.doc[2], ctx)) == [IRN]


# ---- descriptions -------------------------------------------------------------------------------

THE_COUNTRY = """
    0 Cuba     _      PROPN NNP 1 nsubj @CUB
    1 met      meet   VERB  VBD 1 ROOT
    2 Russia   _      PROPN NNP 1 dobj  @RUS
    3 .        _      PUNCT .   1 punct
    4 {det}    {det}  DET   DT  5 det
    5 country  _      NOUN  NN  6 nsubj
    6 praised  praise VERB  VBD 6 ROOT
    7 Lavrov   _      PROPN NNP 6 dobj  @LAVROV
    8 .        _      PUNCT .   6 punct
    9 The      the    DET   DT  10 det
    10 minister _     NOUN  NN  11 nsubj
    11 thanked thank  VERB  VBD 11 ROOT
    12 Cuba    _      PROPN NNP 11 dobj @CUB
    13 .       _      PUNCT .   11 punct
"""


@pytest.mark.parametrize(
    ("det", "exclude", "expected"),
    [
        ("The", frozenset(), [RUS]),  # the nearest country
        ("The", frozenset({RUS}), [CUB]),  # ... that is not the other side
        ("this", frozenset(), [RUS]),
        ("A", frozenset(), []),  # an indefinite description names nobody
    ],
)
def test_the_country_is_the_last_country_not_excluded(
    parse: Parse, det: str, exclude: frozenset[str], expected: list[str]
) -> None:
    ctx = parse(THE_COUNTRY.format(det=det))
    args = actors_at(ctx.doc[5], ctx, exclude=exclude)
    assert keys(args) == expected
    assert all(a.how == "description" for a in args)


def test_the_minister_is_the_last_official(parse: Parse) -> None:
    ctx = parse(THE_COUNTRY.format(det="The"))
    assert keys(actors_at(ctx.doc[10], ctx)) == [LAVROV]
    # an official whose state is excluded is skipped, and no country stands in
    assert actors_at(ctx.doc[10], ctx, exclude=frozenset({RUS})) == []


TWO_LEADERS = """
    0 Putin     _      PROPN NNP 1 nsubj @PUTIN
    1 met       meet   VERB  VBD 1 ROOT
    2 Rodriguez _      PROPN NNP 1 dobj  @RODRIGUEZ
    3 .         _      PUNCT .   1 punct
    4 {first}   {first_lemma} DET DT 6 det
    5 {second}  {second_lemma} NUM CD 6 nummod
    6 {noun}    {lemma} NOUN NNS 7 nsubj
    7 spoke     speak  VERB  VBD 7 ROOT
    8 .         _      PUNCT .   7 punct
"""


@pytest.mark.parametrize(
    ("words", "exclude", "expected"),
    [
        (("The", "two", "leaders", "leader"), frozenset(), {RUS, CUB}),
        (("these", "two", "sides", "side"), frozenset(), {RUS, CUB}),
        (("The", "two", "leaders", "leader"), frozenset({RUS}), set()),  # only one state left
    ],
)
def test_the_two_leaders_are_the_last_two_states(
    parse: Parse, words: tuple[str, str, str, str], exclude: frozenset[str], expected: set[str]
) -> None:
    first, second, noun, lemma = words
    spec = TWO_LEADERS.format(
        first=first,
        first_lemma=first.lower(),
        second=second,
        second_lemma=second,
        noun=noun,
        lemma=lemma,
    )
    ctx = parse(spec)
    args = actors_at(ctx.doc[6], ctx, exclude=exclude)
    assert {a.actor.key for a in args} == expected
    assert len(args) == len(expected)  # states, each once, not the officials


def test_speaker_of_a_quote_without_attribution_is_nobody(parse: Parse) -> None:
    ctx = parse("""
        0 “       _  PUNCT ``  3 punct
        1 We      we PRON  PRP 3 nsubj
        2 will    _  AUX   MD  3 aux
        3 support _  VERB  VB  3 ROOT
        4 Cuba    _  PROPN NNP 3 dobj @CUB
        5 .       _  PUNCT .   3 punct
        6 ”       _  PUNCT ''  3 punct
    """)
    assert ctx.speaker(ctx.doc[1]) == []
    assert actors_at(ctx.doc[1], ctx) == []
