"""Tests of actor recognition (kg.actors.recognize) with a tiny gazetteer and officials table.

No model is loaded: texts are tokenised by `spacy.blank("en")`, and the part-of-speech tags and
entity labels the recogniser reads are set by hand (capitalised words are PROPN).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.actors.gazetteer import Entry, Gazetteer, NameKind, OrgKind, Surface
from kg.actors.officials import Office, Officials, Person
from kg.actors.recognize import ActorIndex, Recognizer
from kg.relations.lexicon import default_lexicon
from kg.types import Actor, ActorKind, Mention


def _country(
    code: str,
    label: str,
    *,
    names: tuple[str, ...] = (),
    demonyms: tuple[str, ...] = (),
    capitals: tuple[str, ...] = (),
    metonyms: tuple[str, ...] = (),
    ambiguous: tuple[str, ...] = (),
    blockers: tuple[str, ...] = (),
) -> Entry:
    actor = Actor(f"country/{code}", ActorKind.COUNTRY, label, code=code)
    forms = [
        (text, kind)
        for texts, kind in (
            ((label, *names), NameKind.NAME),
            (demonyms, NameKind.DEMONYM),
            (capitals, NameKind.CAPITAL),
            (metonyms, NameKind.METONYM),
        )
        for text in texts
    ]
    surfaces = tuple(Surface(text, actor, kind, text in ambiguous) for text, kind in forms)
    return Entry(actor, surfaces, blockers=blockers, sovereign=True)


def _org(code: str, label: str, *names: str, parent: str | None = None) -> Entry:
    actor = Actor(f"org/{code}", ActorKind.ORGANIZATION, label, code=code, affiliation=parent)
    surfaces = tuple(Surface(text, actor, NameKind.NAME, False) for text in (label, *names))
    kind = OrgKind.ORGAN if parent else OrgKind.ORGANIZATION
    return Entry(actor, surfaces, org_kind=kind)


GAZETTEER = Gazetteer(
    [
        _country("CHN", "China", demonyms=("Chinese",), capitals=("Beijing",)),
        _country("COD", "Democratic Republic of the Congo", names=("DR Congo",)),
        _country("COG", "Congo", names=("Republic of the Congo",)),
        _country("CUB", "Cuba", demonyms=("Cuban",), capitals=("Havana",)),
        _country("GEO", "Georgia", demonyms=("Georgian",), ambiguous=("Georgia",)),
        _country(
            "RUS", "Russia", demonyms=("Russian",), capitals=("Moscow",), metonyms=("Kremlin",)
        ),
        _country(
            "USA",
            "United States",
            names=("U.S.", "America"),
            demonyms=("American",),
            capitals=("Washington",),
            blockers=("Washington Post", "Latin America"),
        ),
        _org("UN", "United Nations", "UN", "U.N."),
        _org("UNGA", "UN General Assembly", "General Assembly", parent="org/UN"),
        _org("EU", "European Union", "EU"),
    ]
)


def _person(name: str, surname: str, *offices: Office, ambiguous: bool = False) -> Person:
    slug = name.lower().replace(" ", "-")
    return Person(name, slug, (), surname, ambiguous, offices)


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


OFFICIALS = Officials(
    [
        _person(
            "Sergey Lavrov", "Lavrov", Office("RUS", "Foreign Minister", _d("2004-03-09"), None)
        ),
        _person(
            "Barack Obama",
            "Obama",
            Office("USA", "President", _d("2009-01-20"), _d("2017-01-20")),
        ),
    ]
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


@pytest.fixture(scope="module")
def recognizer(nlp: Language) -> Recognizer:
    return Recognizer(nlp, gazetteer=GAZETTEER, officials=OFFICIALS, lexicon=default_lexicon())


Ents = Sequence[tuple[int, int, str]]
MakeDoc = Callable[..., Doc]


@pytest.fixture
def make_doc(nlp: Language) -> MakeDoc:
    """`make_doc(text, ents=[(start, end, label)])`: a tokenised Doc with the tags the recogniser
    reads set by hand: capitalised words PROPN, "'s" POS, lemmas lower-cased."""

    def make(text: str, *, ents: Ents = ()) -> Doc:
        doc = nlp.make_doc(text)
        for tok in doc:
            tok.lemma_ = tok.text.lower()
            if tok.text in ("'s", "’s"):
                tok.pos_, tok.tag_ = "PART", "POS"
            elif tok.is_punct:
                tok.pos_, tok.tag_ = "PUNCT", "."
            elif tok.text[:1].isupper():
                tok.pos_, tok.tag_ = "PROPN", "NNP"
            else:
                tok.pos_, tok.tag_ = "X", "XX"
        doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
        return doc

    return make


def found(doc: Doc, index: ActorIndex) -> list[tuple[str, str, str]]:
    """Each mention as (text, actor key, how)."""
    return [(doc[m.start : m.end].text, m.actor.key, m.how) for m in index.mentions]


def recognize(
    recognizer: Recognizer, make_doc: MakeDoc, text: str, *, ents: Ents = (), date: str = ""
) -> tuple[Doc, ActorIndex]:
    doc = make_doc(text, ents=ents)
    return doc, recognizer.recognize(doc, date=_d(date) if date else None)


# ---- the gazetteer --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops left the Democratic Republic of the Congo .",
            [("Democratic Republic of the Congo", "country/COD", "name")],
        ),
        ("Troops left Congo .", [("Congo", "country/COG", "name")]),
        (
            "Havana and the Kremlin agreed .",
            [("Havana", "country/CUB", "capital"), ("Kremlin", "country/RUS", "metonym")],
        ),
        (
            "American and Cuban diplomats",
            [("American", "country/USA", "demonym"), ("Cuban", "country/CUB", "demonym")],
        ),
        ("the U.S. and the UN", [("U.S.", "country/USA", "name"), ("UN", "org/UN", "name")]),
    ],
)
def test_gazetteer_matches_longest_first(
    recognizer: Recognizer, make_doc: MakeDoc, text: str, expected: list[tuple[str, str, str]]
) -> None:
    doc, index = recognize(recognizer, make_doc, text)
    assert found(doc, index) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Washington Post said Washington will act .", [("Washington", 4)]),
        ("Latin America and America", [("America", 3)]),
    ],
)
def test_blockers_hide_the_forms_they_contain(
    recognizer: Recognizer, make_doc: MakeDoc, text: str, expected: list[tuple[str, int]]
) -> None:
    doc, index = recognize(recognizer, make_doc, text)
    assert [(doc[m.start : m.end].text, m.start) for m in index.mentions] == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        (None, []),
        ("GPE", [0.7]),
        ("LOC", [0.7]),
        ("PERSON", [0.7]),
        ("ORG", [0.7]),
        ("DATE", [0.7]),  # "the coup in Niger" taken for a date: the NER is wrong, not the name
        ("PRODUCT", [0.7]),
    ],
)
def test_ambiguous_surfaces_need_a_place_label(
    recognizer: Recognizer, make_doc: MakeDoc, label: str | None, expected: list[float]
) -> None:
    ents = [(0, 1, label)] if label else []
    _, index = recognize(recognizer, make_doc, "Georgia signed .", ents=ents)
    assert [m.confidence for m in index.mentions] == expected
    assert all(m.actor.key == "country/GEO" for m in index.mentions)


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("Senator Georgia signed .", [(1, 2, "PERSON")]),  # a title: a person
        ("Georgia Smith came . Georgia signed .", [(0, 2, "PERSON"), (4, 5, "PERSON")]),
        ("Georgia Smith signed .", [(0, 2, "PERSON")]),  # a first name
        ("Georgia signed .", [(0, 2, "PERSON")]),  # a name the NER made longer
        ("The Georgia rose .", [(1, 2, "DATE")]),  # an article: a river or a ship, not a state
        ("Georgia Avenue closed .", [(0, 1, "PRODUCT")]),  # a name goes on: a street
    ],
)
def test_a_state_s_name_read_as_a_person_s_stays_a_person_s_among_people(
    recognizer: Recognizer, make_doc: MakeDoc, text: str, ents: Ents
) -> None:
    _, index = recognize(recognizer, make_doc, text, ents=ents)
    assert [m.actor.key for m in index.mentions if m.actor.key == "country/GEO"] == []


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a place name inside a longer name of something else is no mention
        ("Bank of America lent .", [(0, 3, "ORG")], []),
        ("George Washington slept .", [(0, 2, "PERSON")], []),
        ("Bank of America lent .", [], [("America", "country/USA", "name")]),
        # ... but an article, a possessive, an organ or a proxy noun do not make it something else
        (
            "the European Union met .",
            [(0, 3, "ORG")],
            [("European Union", "org/EU", "name")],
        ),
        (
            "the UN General Assembly 's vote",
            [(0, 5, "ORG")],
            [("UN General Assembly", "org/UNGA", "name")],
        ),
        (
            "the Russian Foreign Ministry said",
            [(1, 4, "ORG")],
            [("Russian", "country/RUS", "demonym")],
        ),
        ("Cuba Airways flew", [(0, 2, "ORG")], []),
    ],
)
def test_places_inside_other_entities(
    recognizer: Recognizer,
    make_doc: MakeDoc,
    text: str,
    ents: Ents,
    expected: list[tuple[str, str, str]],
) -> None:
    doc, index = recognize(recognizer, make_doc, text, ents=ents)
    assert found(doc, index) == expected


def test_demonym_must_be_a_name_or_adjective(recognizer: Recognizer, make_doc: MakeDoc) -> None:
    doc = make_doc("Cuban cigars")
    doc[0].pos_ = "VERB"
    assert recognizer.recognize(doc).mentions == []


# ---- officials --------------------------------------------------------------------------------


def _official(index: ActorIndex, key: str) -> Mention:
    return next(m for m in index.mentions if m.actor.key == key)


def test_titled_official_takes_the_country_of_the_title(
    recognizer: Recognizer, make_doc: MakeDoc
) -> None:
    doc, index = recognize(recognizer, make_doc, "Cuban Foreign Minister Bruno Rodriguez spoke .")
    assert found(doc, index) == [
        ("Cuban", "country/CUB", "demonym"),
        ("Bruno Rodriguez", "person/bruno-rodriguez-cub", "title"),
    ]
    mention = index.mentions[1]
    assert mention.actor.affiliation == "country/CUB"
    assert mention.actor.position == "Foreign Minister"
    assert mention.actor.kind is ActorKind.OFFICIAL
    assert mention.confidence == 0.9


@pytest.mark.parametrize("apostrophe", ["'s", "’s"])
def test_a_state_outranks_the_organisation_in_the_title(
    recognizer: Recognizer, make_doc: MakeDoc, apostrophe: str
) -> None:
    text = f"China{apostrophe} U.N. Ambassador Fu Cong said ."
    _, index = recognize(recognizer, make_doc, text)
    fu = _official(index, "person/fu-cong-chn")
    assert (fu.actor.affiliation, fu.actor.position) == ("country/CHN", "Ambassador")


def test_title_without_state_gives_an_unaffiliated_official(
    recognizer: Recognizer, make_doc: MakeDoc
) -> None:
    _, index = recognize(recognizer, make_doc, "Ambassador Jane Doe spoke .")
    doe = _official(index, "person/jane-doe")
    assert (doe.actor.affiliation, doe.how, doe.confidence) == (None, "title", 0.6)


@pytest.mark.parametrize(
    ("date", "lavrov", "obama"),
    [
        ("2019-07-24", "country/RUS", "country/USA"),  # Obama: the office he left last
        ("2012-05-01", "country/RUS", "country/USA"),
        ("2003-01-01", None, None),  # neither in office yet
    ],
)
def test_table_officials_serve_who_they_served_on_the_date(
    recognizer: Recognizer,
    make_doc: MakeDoc,
    date: str,
    lavrov: str | None,
    obama: str | None,
) -> None:
    doc, index = recognize(recognizer, make_doc, "Sergey Lavrov met Barack Obama .", date=date)
    assert [(doc[m.start : m.end].text, m.how) for m in index.mentions] == [
        ("Sergey Lavrov", "official"),
        ("Barack Obama", "official"),
    ]
    assert [m.actor.affiliation for m in index.mentions] == [lavrov, obama]


def test_table_official_takes_the_position_of_the_office(
    recognizer: Recognizer, make_doc: MakeDoc
) -> None:
    _, index = recognize(recognizer, make_doc, "Sergey Lavrov spoke .", date="2019-07-24")
    (lavrov,) = index.mentions
    assert (lavrov.actor.position, lavrov.confidence) == ("Foreign Minister", 0.95)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2019-07-24", [("Obama", "person/barack-obama", "surname")]),
        ("", [("Obama", "person/barack-obama", "surname")]),
        ("2005-01-01", []),  # a surname alone before any office is not the official
    ],
)
def test_table_surname_alone(
    recognizer: Recognizer, make_doc: MakeDoc, date: str, expected: list[tuple[str, str, str]]
) -> None:
    doc, index = recognize(recognizer, make_doc, "Obama spoke .", date=date)
    assert found(doc, index) == expected


@pytest.mark.parametrize("label", ["GPE", "ORG", "PERSON", None])
def test_later_surname_mentions_ignore_the_ner_label(
    recognizer: Recognizer, make_doc: MakeDoc, label: str | None
) -> None:
    text = "Cuban Foreign Minister Bruno Rodriguez spoke . Rodriguez said Lavrov agreed ."
    ents = [(7, 8, label), (9, 10, label)] if label else []
    doc, index = recognize(recognizer, make_doc, text, ents=ents, date="2019-07-24")
    assert found(doc, index)[2:] == [
        ("Rodriguez", "person/bruno-rodriguez-cub", "surname"),
        ("Lavrov", "person/sergey-lavrov", "surname"),
    ]
    first, later = _official(index, "person/bruno-rodriguez-cub"), index.mentions[2]
    assert later.actor == first.actor  # the same person, with the affiliation of the title
    assert later.confidence == 0.9


@pytest.mark.parametrize(
    ("text", "later", "expected"),
    [
        # Chinese names put the family name first: "Fu Cong" is Mr Fu
        ("China 's U.N. Ambassador Fu Cong spoke . Fu said", 8, "person/fu-cong-chn"),
        ("China 's U.N. Ambassador Fu Cong spoke . Cong said", 8, "person/fu-cong-chn"),
        # other names put it last
        ("Cuban Foreign Minister Bruno Rodriguez spoke . Bruno said", 7, None),
        (
            "Cuban Foreign Minister Bruno Rodriguez spoke . Rodriguez said",
            7,
            "person/bruno-rodriguez-cub",
        ),
    ],
)
def test_family_name_first(
    recognizer: Recognizer, make_doc: MakeDoc, text: str, later: int, expected: str | None
) -> None:
    _, index = recognize(recognizer, make_doc, text)
    mention = index.at(later)
    assert (mention.actor.key if mention else None) == expected


def test_same_person_by_title_and_full_name_is_one_actor(
    recognizer: Recognizer, make_doc: MakeDoc
) -> None:
    text = "President Obama spoke . Barack Obama said"
    doc, index = recognize(recognizer, make_doc, text, date="2015-01-01")
    assert [(doc[m.start : m.end].text, m.actor.key) for m in index.mentions] == [
        ("Obama", "person/barack-obama"),
        ("Barack Obama", "person/barack-obama"),
    ]
    assert {m.actor.affiliation for m in index.mentions} == {"country/USA"}


# ---- states and the index -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("affiliation", "expected"),
    [
        (None, "person/x"),  # no affiliation: itself
        ("country/RUS", "country/RUS"),
        ("org/UNGA", "org/UN"),  # an organ counts as its organisation
        ("org/UN", "org/UN"),
        ("country/XXX", "person/x"),  # outside the gazetteer: itself
    ],
)
def test_state_of(recognizer: Recognizer, affiliation: str | None, expected: str) -> None:
    actor = Actor("person/x", ActorKind.OFFICIAL, "X", affiliation=affiliation)
    assert recognizer.state_of(actor).key == expected


def test_state_of_a_state_is_itself(recognizer: Recognizer) -> None:
    cuba = GAZETTEER.country("CUB")
    assert recognizer.state_of(cuba) is cuba


def test_actor_index_lookups() -> None:
    cuba, russia = GAZETTEER.country("CUB"), GAZETTEER.country("RUS")
    usa = GAZETTEER.country("USA")
    index = ActorIndex(
        [Mention(5, 7, usa, "name"), Mention(0, 1, cuba, "name"), Mention(3, 4, russia, "name")]
    )
    assert [m.start for m in index.mentions] == [0, 3, 5]  # sorted by position
    at_6 = index.at(6)
    assert at_6 is not None and at_6.actor is usa  # every token of a mention
    assert index.at(2) is None
    assert [m.actor.code for m in index.before(5)] == ["RUS", "CUB"]  # nearest first
    assert [m.actor.code for m in index.before(6)] == ["RUS", "CUB"]  # ended before token 6
    assert [m.actor.code for m in index.before(7)] == ["USA", "RUS", "CUB"]
    assert list(index.before(0)) == []


# -- who an official serves: the table decides, a place nearby never does ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "After the summit in Cuba Lavrov criticized America .",
        "In Havana Sergey Lavrov spoke .",
        "Cuba Sergey Lavrov spoke .",
    ],
)
def test_a_place_next_to_an_official_never_rebinds_him(
    recognizer: Recognizer, make_doc: MakeDoc, text: str
) -> None:
    doc = make_doc(text)
    index = recognizer.recognize(doc, date=_d("2019-07-24"))
    (lavrov,) = [m for m in index.mentions if m.actor.kind is ActorKind.OFFICIAL]
    assert (lavrov.actor.key, lavrov.actor.affiliation) == ("person/sergey-lavrov", "country/RUS")


def test_a_title_of_another_state_names_a_namesake(
    recognizer: Recognizer, make_doc: MakeDoc
) -> None:
    """The table's Lavrov never served Cuba: "Cuban Foreign Minister Sergey Lavrov" is someone
    else, and stays apart from the table's person."""
    index = recognizer.recognize(
        make_doc("Cuban Foreign Minister Sergey Lavrov spoke ."), date=_d("2019-07-24")
    )
    (other,) = [m for m in index.mentions if m.actor.kind is ActorKind.OFFICIAL]
    assert (other.actor.key, other.actor.affiliation) == (
        "person/sergey-lavrov-cub",
        "country/CUB",
    )


def test_the_office_on_the_date_wins_over_a_title_state(
    recognizer: Recognizer, make_doc: MakeDoc
) -> None:
    """A title may pick among the states a person served; while in office, the office decides."""
    index = recognizer.recognize(
        make_doc("Russian Foreign Minister Sergey Lavrov spoke ."), date=_d("2019-07-24")
    )
    (lavrov,) = [m for m in index.mentions if m.actor.kind is ActorKind.OFFICIAL]
    assert (lavrov.actor.key, lavrov.actor.affiliation) == ("person/sergey-lavrov", "country/RUS")
    assert lavrov.actor.position == "Foreign Minister"


def test_officials_outside_the_table_are_qualified_by_their_state(
    recognizer: Recognizer, make_doc: MakeDoc
) -> None:
    """Two people of one name serving two states are two nodes; one with no state keeps the
    bare name."""
    keys = []
    for text in ("Cuban Ambassador Jane Doe spoke .", "Russian Ambassador Jane Doe spoke .",
                 "Ambassador Jane Doe spoke ."):  # fmt: skip
        index = recognizer.recognize(make_doc(text), date=None)
        keys += [m.actor.key for m in index.mentions if m.actor.kind is ActorKind.OFFICIAL]
    assert keys == ["person/jane-doe-cub", "person/jane-doe-rus", "person/jane-doe"]


# ---- shortened names ----------------------------------------------------------------------------

LONG_NAMES = Officials(
    [
        _person(
            "Joseph Kabila Kabange",
            "Kabange",
            Office("COD", "President", _d("2001-01-17"), _d("2019-01-24")),
            ambiguous=True,
        ),
        _person("Kim Jong Un", "Kim", Office("PRK", "Supreme Leader", _d("2011-12-17"), None)),
        _person("Kim Jong Il", "Kim", Office("PRK", "Supreme Leader", _d("1994-07-08"), None)),
        _person("Ali Bongo Ondimba", "Bongo", Office("COG", "President", _d("2009-10-16"), None)),
        _person("Omar Bongo Ondimba", "Bongo", Office("COG", "President", _d("1967-12-02"), None)),
    ]
)


@pytest.fixture(scope="module")
def long_names(nlp: Language) -> Recognizer:
    return Recognizer(nlp, gazetteer=GAZETTEER, officials=LONG_NAMES, lexicon=default_lexicon())


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # the first words of one person's name, a whole name in the text: that person
        (
            "Joseph Kabila spoke .",
            [(0, 2, "PERSON")],
            [("Joseph Kabila", "person/joseph-kabila-kabange", "country/COD")],
        ),
        (
            "Ali Bongo spoke .",
            [(0, 2, "PERSON")],
            [("Ali Bongo", "person/ali-bongo-ondimba", "country/COG")],
        ),
        (
            "President Joseph Kabila spoke .",
            [],
            [("Joseph Kabila", "person/joseph-kabila-kabange", "country/COD")],
        ),
        # the full name still wins over its first words
        (
            "Joseph Kabila Kabange spoke .",
            [(0, 3, "PERSON")],
            [("Joseph Kabila Kabange", "person/joseph-kabila-kabange", "country/COD")],
        ),
        # "Kim Jong" begins two names: no one; it never takes a part of "Kim Jong Un"
        ("Kim Jong spoke .", [(0, 2, "PERSON")], []),
        ("Kim Jong Un spoke .", [(0, 3, "PERSON")], [("Kim Jong Un", "person/kim-jong-un", None)]),
        # the text's name goes on: someone else
        ("Joseph Kabila Smith spoke .", [(0, 3, "PERSON")], []),
        ("Ali Bongo al-Thani spoke .", [(0, 2, "PERSON")], []),
        ("Ali Bongo Junior spoke .", [(0, 3, "PERSON")], []),
        ("Mohamed Ali Bongo spoke .", [(0, 3, "PERSON")], []),
        (
            "President Ali Bongo spoke .",
            [(0, 3, "PERSON")],
            [("Ali Bongo", "person/ali-bongo-ondimba", "country/COG")],
        ),
        # words that are no person's name in the text: nothing
        ("Joseph Kabila Street is long .", [(0, 3, "FAC")], []),
    ],
)
def test_a_shortened_name_finds_its_one_person(
    long_names: Recognizer,
    make_doc: MakeDoc,
    text: str,
    ents: Ents,
    expected: list[tuple[str, str, str | None]],
) -> None:
    doc, index = recognize(long_names, make_doc, text, ents=ents, date="2015-06-01")
    people = [m for m in index.mentions if m.actor.kind is ActorKind.OFFICIAL]
    assert [
        (doc[m.start : m.end].text, m.actor.key, m.actor.affiliation) for m in people
    ] == expected


def test_a_surname_written_without_its_accents_follows_the_named_person(
    nlp: Language, make_doc: MakeDoc
) -> None:
    """ "Viktor Orbán ... Orban": the surname of a person named in full, spelt without accents
    later, is that person even when the surname alone would name no one."""
    table = Officials(
        [
            _person(
                "Viktor Orbán",
                "Orbán",
                Office("HUN", "Prime Minister", _d("2010-05-29"), None),
                ambiguous=True,
            )
        ]
    )
    recognizer = Recognizer(nlp, gazetteer=GAZETTEER, officials=table, lexicon=default_lexicon())
    doc, index = recognize(
        recognizer, make_doc, "Viktor Orbán spoke . Orban left .", ents=[(0, 2, "PERSON")]
    )
    assert [(doc[m.start : m.end].text, m.actor.key) for m in index.mentions] == [
        ("Viktor Orbán", "person/viktor-orbán"),
        ("Orban", "person/viktor-orbán"),
    ]


@pytest.mark.parametrize(
    ("ents", "expected"),
    [([(0, 1, "PERSON")], ["person/susan-rice"]), ([], [])],
)
def test_a_shared_surname_is_read_by_date_only_as_a_person(
    nlp: Language, make_doc: MakeDoc, ents: Ents, expected: list[str]
) -> None:
    """Two Rices of the table, one in office in 2015: "Rice" the NER calls a person is her;
    "Rice" it does not ("Rice prices rose") is no one."""
    table = Officials(
        [
            _person(
                "Condoleezza Rice",
                "Rice",
                Office("USA", "Secretary of State", _d("2005-01-26"), _d("2009-01-20")),
            ),
            _person(
                "Susan Rice",
                "Rice",
                Office("USA", "National Security Advisor", _d("2013-07-01"), _d("2017-01-20")),
            ),
        ]
    )
    table = Officials([replace(p, surname_ambiguous=True, shared_surname=True) for p in table])
    recognizer = Recognizer(nlp, gazetteer=GAZETTEER, officials=table, lexicon=default_lexicon())
    _, index = recognize(recognizer, make_doc, "Rice prices rose .", ents=ents, date="2015-06-01")
    assert [m.actor.key for m in index.mentions] == expected
