"""The extractor's spaCy components in a pipeline of one's own: registered by name, configured
by registered data functions, and putting what they find on the Doc."""

from __future__ import annotations

import pytest
import spacy

import kg.extractor  # noqa: F401  (registers the components and their data)
from kg.errors import KGError
from kg.extensions import ACTOR_SPANS
from kg.nlp import new_pipeline
from kg.settings import Settings
from kg.types import Document

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    nlp = new_pipeline(Settings.from_env().model)  # not the shared one: components are added
    nlp.add_pipe("irkg_sentences", before="parser")
    nlp.add_pipe("irkg_actors")
    nlp.add_pipe("irkg_relations", config={"time_budget": 30.0})
    return nlp


def test_the_components_are_named_in_the_pipeline_config(nlp) -> None:  # type: ignore[no-untyped-def]
    config = nlp.config["components"]
    assert config["irkg_actors"]["factory"] == "irkg_actors"
    assert config["irkg_actors"]["gazetteer"] == {"@misc": "irkg.gazetteer.v1"}
    assert config["irkg_actors"]["officials"] == {"@misc": "irkg.officials.v1"}
    assert config["irkg_relations"]["lexicon"] == {"@misc": "irkg.lexicon.v1"}
    assert config["irkg_relations"]["time_budget"] == 30.0
    assert config["irkg_sentences"]["max_tokens"] == 150


def test_actors_and_relations_live_on_the_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc("Foreign Minister Sergey Lavrov criticized the United States.")
    doc._.irkg_document = Document("d", doc.text, date="2019-07-24")
    doc = nlp(doc)
    spans = {span.text: span for span in doc.spans[ACTOR_SPANS]}
    lavrov = spans["Sergey Lavrov"]
    assert lavrov.label_ == "person/sergey-lavrov"
    assert lavrov._.irkg_actor.position == "Foreign Minister"
    assert lavrov._.irkg_state.key == "country/RUS"  # the state he counts as, resolved
    assert spans["United States"]._.irkg_state.key == "country/USA"
    kept = [d.interaction for d in doc._.irkg_decisions if d.kept and d.interaction]
    assert [(i.source_state, i.relation.value, i.target_state) for i in kept] == [
        ("country/RUS", "criticizes", "country/USA")
    ]
    assert doc._.irkg_problem is None


def test_relations_need_the_actors_first() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("irkg_relations")
    with pytest.raises(KGError, match="irkg_actors"):
        nlp("Russia criticized the United States.")
