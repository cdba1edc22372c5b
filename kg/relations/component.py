"""The relation stage as a spaCy component: `irkg_relations` (after `irkg_actors`).

It first mends the lemmas of the words the rules match and the verbs of relative clauses the
tagger took for nouns (`kg/relations/lemmas.py`), then reads
the actors the actor stage put on the Doc (`doc._.irkg_actors`), the quotations and
the frames, and puts every decision on a candidate relation on `doc._.irkg_decisions` (kept or
dropped, with the reason). A document that takes longer than `time_budget` seconds is left
with no decision and the reason on `doc._.irkg_problem`; the batch goes on.

Its data are registered functions: the trigger lexicon (`irkg.lexicon.v1`, also the title
words of the actor stage as `irkg.role_words.v1`) and the gazetteer (`irkg.gazetteer.v1`), for
the state each actor counts as.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from kg.actors.gazetteer import Gazetteer
from kg.errors import DocumentTimeout, KGError
from kg.relations.arguments import DocContext
from kg.relations.extract import extract
from kg.relations.lemmas import (
    repair_clause_subjects,
    repair_compound_verbs,
    repair_lemmas,
    repair_modal_conjuncts,
    repair_possessed_gerunds,
    repair_relative_verbs,
)
from kg.relations.lexicon import Lexicon, default_lexicon
from kg.relations.quotes import find_quotes
from kg.types import Document

__all__ = ["DEFAULT_TIME_BUDGET", "RelationsComponent"]

DEFAULT_TIME_BUDGET = 60.0  # seconds to read one document after parsing; near-linear reading
# takes about 3 s for a million characters of news


@registry.misc("irkg.lexicon.v1")
def bundled_lexicon() -> Lexicon:
    return default_lexicon()


@registry.misc("irkg.role_words.v1")
def bundled_role_words() -> Lexicon:
    return default_lexicon()


class RelationsComponent:
    """Reads the relations of a Doc whose actors are on it."""

    def __init__(
        self,
        *,
        lexicon: Lexicon,
        gazetteer: Gazetteer,
        time_budget: float | None = DEFAULT_TIME_BUDGET,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.time_budget = time_budget
        self.clock = clock

    def __call__(self, doc: Doc) -> Doc:
        index = doc._.irkg_actors
        if index is None:
            raise KGError("irkg_relations reads the actors of irkg_actors: add that one first")
        document = doc._.irkg_document or Document(id="doc", text=doc.text)
        repair_lemmas(doc, self.lexicon.vocabulary, self.lexicon.title_heads)
        repair_relative_verbs(doc, self.lexicon.verbs)
        repair_compound_verbs(doc, self.lexicon.compound_nouns)
        repair_clause_subjects(doc)
        repair_possessed_gerunds(doc)
        repair_modal_conjuncts(doc)
        ctx = DocContext(
            doc=doc,
            index=index,
            lexicon=self.lexicon,
            state_of=self.gazetteer.served_by,
            quotes=find_quotes(doc, self.lexicon),
            check_time=self._budget(),
        )
        try:
            doc._.irkg_decisions = list(extract(ctx, document))
        except DocumentTimeout as exc:
            doc._.irkg_decisions, doc._.irkg_problem = [], str(exc)
        return doc

    def _budget(self) -> Callable[[], None]:
        """The time check of one document (every sentence calls it)."""
        budget, clock = self.time_budget, self.clock
        if budget is None:
            return lambda: None
        until = clock() + budget

        def check_time() -> None:
            if clock() > until:
                raise DocumentTimeout(
                    f"reading took longer than {budget:g} s, the budget of one document: "
                    "skipped (split it, or raise --doc-timeout)"
                )

        return check_time


@Language.factory(
    "irkg_relations",
    default_config={
        "lexicon": {"@misc": "irkg.lexicon.v1"},
        "gazetteer": {"@misc": "irkg.gazetteer.v1"},
        "time_budget": DEFAULT_TIME_BUDGET,
    },
)
def make_relations(
    nlp: Language, name: str, lexicon: Lexicon, gazetteer: Gazetteer, time_budget: float | None
) -> RelationsComponent:
    return RelationsComponent(lexicon=lexicon, gazetteer=gazetteer, time_budget=time_budget)
