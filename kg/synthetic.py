"""Recall per event type on labelled stories: how often a story written to report X yields X.

The stories of `../shared/resources/ngec/synthetic-dev.jsonl` carry one PLOVER event label each
(the event the story was written to report). A story yields a relation when the extractor reads
at least one factual interaction (Asserted or Intended) of that relation anywhere in it; the
recall of a label is the share of its stories that yield its relation. Labels with no relation
of ours (PROTEST, CONCEDE, ...) show how often a story yields anything at all: a rough false
alarm rate.

>>> from kg.types import Actor, ActorKind, Interaction, Modality
>>> rus = Actor("country/RUS", ActorKind.COUNTRY, "Russia", code="RUS")
>>> ukr = Actor("country/UKR", ActorKind.COUNTRY, "Ukraine", code="UKR")
>>> hit = Interaction("s1", rus, Relation.ATTACKS, ukr, Modality.ASSERTED, "x", 0, 1, 0.9)
>>> stories = [Story("s1", "...", "ASSAULT"), Story("s2", "...", "ASSAULT")]
>>> (row,) = label_recall(stories, {"s1": [hit], "s2": []})
>>> (row.label, row.stories, row.yielded, row.recall)
('ASSAULT', 2, 1, 0.5)
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.relations.codes import plover_relations
from kg.types import Document, Interaction, Relation

__all__ = [
    "LABEL_RELATIONS",
    "LabelRecall",
    "Story",
    "format_label_recall",
    "label_recall",
    "load_stories",
    "macro_recall",
]

# PLOVER event types -> the relation a story of that type reports (the one table of
# kg/relations/data/event_codes.json, as in ../shared/resources/README.md)
LABEL_RELATIONS: dict[str, Relation] = plover_relations()


@dataclass(frozen=True)
class Story:
    id: str
    text: str
    label: str
    title: str | None = None

    def document(self) -> Document:
        return Document(id=self.id, text=self.text, title=self.title)


@dataclass(frozen=True)
class LabelRecall:
    """The stories of one label, how many yield its relation, and what else they yield."""

    label: str
    relation: Relation | None
    stories: int
    yielded: int  # stories that yield the label's relation (any relation, for unmapped labels)
    others: Mapping[Relation, int] = field(default_factory=dict)  # stories yielding each other

    @property
    def recall(self) -> float:
        return self.yielded / self.stories if self.stories else 0.0


def load_stories(path: Path) -> list[Story]:
    """Labelled stories from JSONL (`id`, `text`, `label`, optional `title`)."""
    stories = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read the stories ({exc})") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            stories.append(
                Story(
                    str(record["id"]),
                    str(record["text"]),
                    str(record["label"]),
                    record.get("title"),
                )  # fmt: skip
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{number}", f"not a labelled story ({exc})") from None
    return stories


def label_recall(
    stories: Sequence[Story], predictions: Mapping[str, Sequence[Interaction]]
) -> list[LabelRecall]:
    """One row per label (mapped labels first, by name), from the factual predictions."""
    by_label: dict[str, list[Story]] = {}
    for story in stories:
        by_label.setdefault(story.label, []).append(story)
    rows = []
    for label in sorted(by_label, key=lambda name: (name not in LABEL_RELATIONS, name)):
        relation = LABEL_RELATIONS.get(label)
        yielded, others = 0, Counter[Relation]()
        for story in by_label[label]:
            found = {i.relation for i in predictions.get(story.id, ()) if i.modality.factual}
            yielded += relation in found if relation is not None else bool(found)
            others.update(found - {relation} if relation is not None else found)
        rows.append(LabelRecall(label, relation, len(by_label[label]), yielded, dict(others)))
    return rows


def macro_recall(rows: Sequence[LabelRecall]) -> float:
    """The mean recall of the labels that map to a relation."""
    mapped = [row.recall for row in rows if row.relation is not None]
    return sum(mapped) / len(mapped) if mapped else 0.0


def format_label_recall(rows: Sequence[LabelRecall], *, title: str = "") -> str:
    lines = [title] if title else []
    header = f"{'label':<11}{'relation':<12}{'stories':>8}{'yield it':>9}{'recall':>8}  also yields"
    lines += [header, "-" * len(header)]
    for row in rows:
        also = ", ".join(
            f"{relation.value} {count / row.stories:.0%}"
            for relation, count in sorted(row.others.items(), key=lambda item: -item[1])[:3]
        )
        name = row.relation.value if row.relation is not None else "(any)"
        lines.append(
            f"{row.label:<11}{name:<12}{row.stories:>8}{row.yielded:>9}{row.recall:>8.2f}  {also}"
        )
    lines.append(f"macro recall over the mapped labels: {macro_recall(rows):.3f}")
    return "\n".join(lines) + "\n"
