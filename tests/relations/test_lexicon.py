"""Tests of the trigger lexicon (kg.relations.lexicon): the bundled file, malformed files,
lookups."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kg.errors import DataError
from kg.relations.lexicon import DATA_FILE, Lexicon, default_lexicon, load_lexicon
from kg.types import Relation


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    """The bundled lexicon file as JSON."""
    data: dict[str, Any] = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return data


# ---- the bundled file ---------------------------------------------------------------------------


def test_bundled_lexicon_loads() -> None:
    lexicon = load_lexicon()
    assert isinstance(lexicon, Lexicon)
    assert lexicon.verbs["support"] is Relation.SUPPORTS
    assert lexicon.verbs["condemn"] is Relation.CRITICIZES
    assert lexicon.nouns["sanction"] is Relation.SANCTIONS
    assert lexicon.phrasal[("stand", "with")] is Relation.SUPPORTS
    assert "say" in lexicon.speech_verbs
    assert Relation.SANCTIONS in lexicon.intent_to_punish


def test_default_lexicon_is_loaded_once() -> None:
    assert default_lexicon() is default_lexicon()


def test_every_relation_has_trigger_verbs_and_nouns(lexicon: Lexicon) -> None:
    assert set(lexicon.verbs.values()) == set(Relation)
    assert set(lexicon.nouns.values()) == set(Relation)


def test_every_relation_has_target_prepositions(lexicon: Lexicon) -> None:
    # relations the file does not list take the "default" prepositions
    assert set(lexicon.noun_preps) == set(lexicon.verb_preps) == set(Relation)
    assert all(lexicon.noun_preps[rel] for rel in Relation)
    assert all(lexicon.verb_preps[rel] for rel in Relation)


@pytest.mark.parametrize("table", ["verbs", "nouns"])
def test_no_trigger_names_two_relations(raw: dict[str, Any], table: str) -> None:
    # the loader silently keeps the last relation a word is listed under
    relations: dict[str, set[str]] = defaultdict(set)
    for relation, words in raw[table].items():
        for word in words:
            relations[word].add(relation)
    assert {word: rels for word, rels in relations.items() if len(rels) > 1} == {}


@pytest.mark.parametrize("table", ["verbs", "nouns", "phrasal_verbs"])
def test_triggers_are_lower_case(raw: dict[str, Any], table: str) -> None:
    # lemmas are looked up lower-cased: an upper-case entry would never match
    words = [w for ws in raw[table].values() for entry in ws for w in _as_list(entry)]
    assert [w for w in words if w != w.lower()] == []


def _as_list(entry: str | list[str]) -> list[str]:
    return [entry] if isinstance(entry, str) else entry


# ---- lookups ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lemma", "compound", "relation"),
    [
        ("ban", "travel", Relation.SANCTIONS),  # only as a compound
        ("ban", None, None),
        ("ban", "import", Relation.SANCTIONS),
        ("strike", "air", Relation.ATTACKS),
        ("exercise", "naval", Relation.COOPERATES),
        ("call", "phone", Relation.MEETS),
        ("support", "unheard", Relation.SUPPORTS),  # an unknown compound: the noun alone
        ("support", None, Relation.SUPPORTS),
        ("agreement", "free", Relation.COOPERATES),  # "free trade agreement": first + last word
        ("beach", "sandy", None),
    ],
)
def test_noun_relation(
    lexicon: Lexicon, lemma: str, compound: str | None, relation: Relation | None
) -> None:
    assert lexicon.noun_relation(lemma, compound) is relation


def test_compound_entries_are_not_single_nouns(lexicon: Lexicon) -> None:
    assert ("travel", "ban") in lexicon.compound_nouns
    assert "travel ban" not in lexicon.nouns
    assert all(" " not in noun for noun in lexicon.nouns)


# ---- malformed files ----------------------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], object]


def _set(key: str, value: object) -> Mutation:
    return lambda raw: raw.__setitem__(key, value)


def _add(key: str, relation: str, words: object) -> Mutation:
    return lambda raw: raw[key].__setitem__(relation, words)


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        pytest.param(_add("verbs", "hugs", ["hug"]), "'hugs'", id="unknown-relation-verbs"),
        pytest.param(_add("nouns", "meet", ["tea"]), "'meet'", id="unknown-relation-nouns"),
        pytest.param(
            _add("noun_target_preps", "attack", ["on"]), "'attack'", id="unknown-relation-preps"
        ),
        pytest.param(_set("verbs", ["support"]), "'verbs'", id="verbs-not-an-object"),
        pytest.param(_set("light_verbs", ["give", 3]), "'light_verbs'", id="non-string-in-list"),
        pytest.param(_set("speech_verbs", "say"), "'speech_verbs'", id="string-not-list"),
        pytest.param(lambda raw: raw.pop("titles"), "'titles'", id="missing-list"),
        pytest.param(lambda raw: raw.pop("nouns"), "'nouns'", id="missing-table"),
        pytest.param(
            _set("owner_as_target_relations", ["supports", "hugs"]),
            "'hugs'",
            id="unknown-relation-owner-as-target",
        ),
        pytest.param(
            _set("verb_relation_overrides", {"sign": "signs"}),
            "'signs'",
            id="unknown-relation-override",
        ),
        pytest.param(
            _set("intent_to_punish", {"relations": ["punishes"]}),
            "'punishes'",
            id="unknown-relation-intent-to-punish",
        ),
        pytest.param(
            lambda raw: raw["roles"]["agents"].__setitem__("fan", "adores"),
            "'adores'",
            id="unknown-relation-role",
        ),
        pytest.param(lambda raw: raw["roles"].pop("agents"), "'roles'", id="roles-without-agents"),
        pytest.param(
            lambda raw: raw["stance_adjectives"].__setitem__("adores", {"fond": ["of"]}),
            "'adores'",
            id="unknown-relation-stance",
        ),
        pytest.param(
            lambda raw: raw["stance_adjectives"].__setitem__("supports", ["fond"]),
            "'stance_adjectives.supports'",
            id="stance-without-prepositions",
        ),
        pytest.param(
            lambda raw: raw.pop("stance_adjectives"), "'stance_adjectives'", id="no-stances"
        ),
        pytest.param(
            lambda raw: raw["stance_adjectives"].__setitem__("supports", {"fond": "of"}),
            "'stance_adjectives.supports.fond'",
            id="stance-prepositions-not-a-list",
        ),
        # a wrong shape deep inside a table: the message need only name the file
        pytest.param(
            _add("nouns", "supports", ["aid", 7]),
            "",
            id="non-string-trigger-noun",
        ),
        pytest.param(
            _add("phrasal_verbs", "supports", [["stand", "with", "by"]]),
            "",
            id="phrasal-verb-not-a-pair",
        ),
    ],
)
def test_malformed_lexicon_raises_data_error_naming_the_file(
    tmp_path: Path, raw: dict[str, Any], mutate: Mutation, fragment: str
) -> None:
    broken = json.loads(json.dumps(raw))  # a deep copy
    mutate(broken)
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_lexicon(path)
    assert str(path) in str(info.value)
    assert fragment in str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('{"verbs": {', id="truncated"),
        pytest.param("", id="empty"),
        pytest.param("verbs: [support]", id="not-json"),
    ],
)
def test_invalid_json_raises_data_error_naming_the_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "lexicon.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match="lexicon.json"):
        load_lexicon(path)


def test_missing_file_raises_data_error(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.json"
    with pytest.raises(DataError, match="nowhere.json"):
        load_lexicon(path)


def test_top_level_list_raises_data_error(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.json"
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(DataError, match="lexicon.json"):
        load_lexicon(path)
