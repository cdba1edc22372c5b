"""The attributes IRKG sets on spaCy `Doc`s and `Span`s, registered once at import.

* `doc._.irkg_document`: the `Document` (id, date, title) a Doc is read as; set by whoever
  runs the components (the extractor), read for the date officials hold office on;
* `doc._.irkg_actors`: the `ActorIndex` of the actor mentions (`irkg_actors`), and
  `doc.spans["irkg_actors"]`, one span per mention labelled with the actor's key, whose
  `span._.irkg_actor` is the `Actor` and `span._.irkg_state` the state or organisation it
  counts as, already resolved;
* `doc._.irkg_decisions`: every decision on a candidate relation (`irkg_relations`), kept or
  dropped with the reason; `doc._.irkg_problem`: why the document could not be read (past its
  time budget), or None.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

__all__ = ["ACTOR_SPANS", "register"]

ACTOR_SPANS = "irkg_actors"
_DOC = ("irkg_document", "irkg_actors", "irkg_decisions", "irkg_problem")
_SPAN = ("irkg_actor", "irkg_state", "irkg_how")


def register() -> None:
    """Register the attributes (idempotent)."""
    for name in _DOC:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in _SPAN:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


register()
