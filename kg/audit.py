"""Precision on text the rules were not written for: readings judged by an analyst.

The gold sets score recall and precision on a few dozen documents the rules were tuned on; the
synthetic stories score only recall (a story labelled SANCTION should yield a sanction). What a
user meets on their own news, readings that are wrong, is measured here: an analyst judged every
reading the extractor made on a sample of the stories (`benchmarks/audit/`, one JSON object per
reading: `half`, `doc`, `sentence`, `source`, `relation`, `target`, `modality`, `verdict`
correct or wrong, `reason`, `note`). A later extractor is scored on the readings it makes that
were judged, and says how many it makes that nobody has judged yet (`--errors` lists them, to be
judged and appended). The halves are those of the dev sets (a fixed hash of the story's id):
the errors of the tune half may be studied, the check half's numbers only read.

>>> from kg.types import Actor, ActorKind, Interaction, Modality, Relation
>>> rus = Actor("country/RUS", ActorKind.COUNTRY, "Russia", code="RUS")
>>> ukr = Actor("country/UKR", ActorKind.COUNTRY, "Ukraine", code="UKR")
>>> hit = Interaction("s1", rus, Relation.ATTACKS, ukr, Modality.ASSERTED, "Russia hit Ukraine.",
...                   0, 19, 0.9, source_state="country/RUS", target_state="country/UKR")
>>> judged = [Judgement("tune", "s1", "Russia hit Ukraine.", "country/RUS", "attacks",
...                     "country/UKR", "Asserted", True)]
>>> report = audit(judged, {"s1": [hit]})
>>> (report.judged("tune"), report.correct("tune"), len(report.unjudged))
(1, 1, 0)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.documents import parse_json_record
from kg.errors import InputError
from kg.types import Interaction, Modality, Relation

__all__ = ["AuditReport", "Judgement", "audit", "format_audit", "load_judgements"]

HALVES = ("tune", "check")
BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.0))
_SENTENCE_KEY = 200  # characters of a sentence that identify it (listings cut long ones)
_FIELDS = ("half", "doc", "sentence", "source", "relation", "target", "modality", "verdict")

Key = tuple[str, str, str, str, str, str]
_RELATIONS = frozenset(r.value for r in Relation)
_MODALITIES = frozenset(m.value for m in Modality)


@dataclass(frozen=True)
class Judgement:
    """One reading an analyst judged: right or wrong, and why."""

    half: str
    doc: str
    sentence: str
    source: str  # the state (or organisation) key, or the person's when they serve none
    relation: str
    target: str
    modality: str
    correct: bool
    reason: str | None = None
    note: str = ""

    @property
    def key(self) -> Key:
        return _key(self.doc, self.sentence, self.source, self.relation, self.target, self.modality)


@dataclass
class AuditReport:
    """Judged readings made, and right, per half; per confidence band; and unjudged ones."""

    made: dict[str, list[tuple[Judgement, float]]] = field(default_factory=dict)
    unjudged: list[Interaction] = field(default_factory=list)

    def judged(self, half: str) -> int:
        return len(self.made.get(half, []))

    def correct(self, half: str) -> int:
        return sum(j.correct for j, _ in self.made.get(half, []))

    def precision(self, half: str) -> float:
        return self.correct(half) / self.judged(half) if self.judged(half) else 0.0

    def band(self, half: str, low: float, high: float) -> tuple[int, int]:
        """(right, judged) among the factual readings of a half with low <= confidence < high."""
        inside = [
            j
            for j, confidence in self.made.get(half, [])
            if j.modality in ("Asserted", "Intended")
            and low <= confidence < (high if high < 1.0 else 1.01)
        ]
        return sum(j.correct for j in inside), len(inside)

    @property
    def wrong(self) -> list[Judgement]:
        return [j for made in self.made.values() for j, _ in made if not j.correct]


def load_judgements(path: Path) -> list[Judgement]:
    """Judged readings from JSONL; InputError naming the file and line when one is malformed."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read the judged readings ({exc})") from exc
    judgements = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        record = parse_json_record(line, where)
        fields = {name: record.get(name) for name in _FIELDS}
        strings = {name: value for name, value in fields.items() if isinstance(value, str)}
        if len(strings) != len(_FIELDS):
            raise InputError(where, f"a judged reading needs the strings {', '.join(_FIELDS)}")
        if strings["verdict"] not in ("correct", "wrong") or strings["half"] not in HALVES:
            raise InputError(where, "verdict must be correct or wrong, half tune or check")
        if strings["relation"] not in _RELATIONS or strings["modality"] not in _MODALITIES:
            raise InputError(
                where,
                f"relation must be one of {', '.join(sorted(_RELATIONS))}; modality one of "
                f"{', '.join(sorted(_MODALITIES))}",
            )
        reason = record.get("reason")
        judgements.append(
            Judgement(
                half=strings["half"],
                doc=strings["doc"],
                sentence=strings["sentence"],
                source=strings["source"],
                relation=strings["relation"],
                target=strings["target"],
                modality=strings["modality"],
                correct=strings["verdict"] == "correct",
                reason=reason if isinstance(reason, str) and reason else None,
                note=str(record.get("note") or ""),
            )
        )
    return judgements


def audit(
    judgements: Sequence[Judgement], predictions: Mapping[str, Sequence[Interaction]]
) -> AuditReport:
    """Score the readings made on the judged documents (`predictions`: document id ->
    interactions kept) against the judgements."""
    by_key = {j.key: j for j in judgements}
    documents = {j.doc for j in judgements}
    report = AuditReport(made={half: [] for half in HALVES})
    for doc in sorted(documents):
        seen: set[Key] = set()
        for interaction in predictions.get(doc, ()):
            key = reading_key(interaction)
            if key in seen:
                continue
            seen.add(key)
            judgement = by_key.get(key)
            if judgement is None:
                report.unjudged.append(interaction)
            else:
                report.made[judgement.half].append((judgement, interaction.confidence))
    return report


def reading_key(interaction: Interaction) -> Key:
    """How a reading is recognised among the judged ones: document, sentence, the two ends at
    country level, relation and modality (meets and cooperates order-free)."""
    return _key(
        interaction.doc_id,
        interaction.evidence,
        interaction.source_state or interaction.source.key,
        interaction.relation.value,
        interaction.target_state or interaction.target.key,
        interaction.modality.value,
    )


def _key(doc: str, sentence: str, source: str, relation: str, target: str, modality: str) -> Key:
    text = " ".join(sentence.split())[:_SENTENCE_KEY]
    if Relation(relation).mutual and target < source:
        source, target = target, source
    return (doc, text, source, relation, target, modality)


def format_audit(report: AuditReport, *, title: str = "", errors: bool = False) -> str:
    """The report as `kg evaluate --audit` prints it."""
    lines = [title] if title else []
    lines.append(f"{'half':<8}{'judged':>8}{'right':>8}{'precision':>11}   by confidence band")
    for half in HALVES:
        bands = "  ".join(
            f"[{low:.2f},{high:.2f}{']' if high == 1.0 else ')'} "
            + _ratio(*report.band(half, low, high))
            for low, high in BANDS
        )
        lines.append(
            f"{half:<8}{report.judged(half):>8}{report.correct(half):>8}"
            f"{report.precision(half):>11.3f}   {bands}"
        )
    lines.append(
        f"unjudged readings: {len(report.unjudged)} (new readings nobody has judged yet"
        + ("; listed below)" if errors and report.unjudged else ": --errors lists them)")
    )
    if errors:
        for i in report.unjudged:
            lines.append(
                f"  unjudged  {i.doc_id}  {i.source_state or i.source.key} {i.relation.value} "
                f"{i.target_state or i.target.key} ({i.modality.value}, {i.confidence:.2f})"
            )
            lines.append(f"      {' '.join(i.evidence.split())[:300]}")
        for j in sorted(_tune_only(report.wrong), key=lambda j: (j.doc, j.sentence)):
            lines.append(
                f"  wrong ({j.reason or '?'})  {j.doc}  {j.source} {j.relation} {j.target}"
            )
            lines.append(f"      {j.note}")
    return "\n".join(lines) + "\n"


def _tune_only(judgements: Iterable[Judgement]) -> list[Judgement]:
    """Only the tune half's errors are shown: the check half's are to be counted, not read."""
    return [j for j in judgements if j.half == "tune"]


def _ratio(right: int, judged: int) -> str:
    return f"{right / judged:.2f} ({judged:>3})" if judged else "  -  (  0)"
