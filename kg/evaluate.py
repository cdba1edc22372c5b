"""Score predicted interactions against gold in the format of `eval/FORMAT.md`.

Scoring is at country level: an official counts as the state or organisation they serve, only
factual interactions (Asserted, Intended) count, and only keys the gold speaks of (ISO 3166-1
alpha-3 codes and `GOLD_ORGS`) are rewarded or penalised.

>>> from kg.types import Actor, ActorKind, Interaction, Modality, Relation
>>> rus = Actor("country/RUS", ActorKind.COUNTRY, "Russia", code="RUS")
>>> cub = Actor("country/CUB", ActorKind.COUNTRY, "Cuba", code="CUB")
>>> gold = [GoldDoc(id="d", text="Russia met Cuba.",
...                 relations=(GoldRelation("CUB", Relation.MEETS, "RUS"),))]
>>> met = Interaction("d", rus, Relation.MEETS, cub, Modality.ASSERTED, "Russia met Cuba.",
...                   0, 16, 0.9)
>>> report = score(gold, {"d": [met, met]})
>>> report.overall
Counts(tp=1, fp=0, fn=0)
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path

import pycountry

from kg.audit import audit, format_audit, load_judgements
from kg.documents import iso_date, normalize_text, parse_json_record
from kg.errors import InputError
from kg.extractor import Extractor
from kg.settings import DEFAULT_MIN_CONFIDENCE
from kg.synthetic import format_label_recall, label_recall, load_stories
from kg.types import Actor, Document, Interaction, Relation, confident

log = logging.getLogger(__name__)

GOLD_ORGS = frozenset({"UN", "EU", "NATO", "AU", "ASEAN", "OPEC", "IAEA", "WTO", "IMF", "WB"})
# [low, high) except the last band, which includes 1.0
CONFIDENCE_BANDS: tuple[tuple[float, float], ...] = (
    (0.0, 0.5),
    (0.5, 0.7),
    (0.7, 0.85),
    (0.85, 1.0),
)
_CONTEXT_CHARS = 200  # how much of a whole-document gold text a miss shows
_ACTOR_PREFIXES = ("country/", "org/")

Key = tuple[str, Relation, str]


HALVES = ("tune", "check")


def half_of(doc_id: str) -> str:
    """The half of the dev documents a document falls in, by a fixed hash of its id (the rule of
    `../shared/eval/split.py`): study the errors of "tune", read only the numbers of "check".

    >>> half_of("voa-6181504") in HALVES
    True
    """
    return "check" if hashlib.sha1(f"check:{doc_id}".encode()).digest()[0] % 2 else "tune"


def in_half(docs: Sequence[GoldDoc], half: str | None) -> list[GoldDoc]:
    """The documents of one half (every document when `half` is None)."""
    if half is not None and half not in HALVES:
        raise InputError("--half", f"unknown half {half!r}: use tune or check")
    return [doc for doc in docs if half is None or half_of(doc.id) == half]


ORDER_FREE = frozenset(r for r in Relation if r.mutual)  # eval/FORMAT.md


def scoring_key(source: str, relation: Relation, target: str) -> Key:
    """The key a relation is matched by; `meets` and `cooperates` are scored order-free (a
    mutual tie is listed in either direction or both), so their pair is put in order."""
    if relation in ORDER_FREE and target < source:
        source, target = target, source
    return (source, relation, target)


def is_gold_key(code: str) -> bool:
    """True for the keys the gold speaks of: ISO 3166-1 alpha-3 codes and `GOLD_ORGS`."""
    return code in GOLD_ORGS or code in _iso_alpha3()


@cache
def _iso_alpha3() -> frozenset[str]:
    return frozenset(country.alpha_3 for country in pycountry.countries)


# -- gold records ------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldRelation:
    """One gold dyad, country level ("RUS" meets "CUB")."""

    source: str
    relation: Relation
    target: str
    optional: bool = False  # neither required nor penalised
    note: str = ""

    @property
    def key(self) -> Key:
        return scoring_key(self.source, self.relation, self.target)


@dataclass(frozen=True)
class GoldSentence:
    """A target sentence `text[start:end]` of a long article, with its own relations."""

    start: int
    end: int
    text: str
    relations: tuple[GoldRelation, ...] = ()


@dataclass(frozen=True)
class GoldDoc:
    """One gold line. With `sentences` (not None) only the target sentences are scored."""

    id: str
    text: str
    relations: tuple[GoldRelation, ...] = ()
    date: str | None = None
    title: str | None = None
    partial: bool = False  # coded for its listed relation types only
    negative: bool = False  # no relation: every prediction is a false alarm
    sentences: tuple[GoldSentence, ...] | None = None
    wrong: tuple[GoldRelation, ...] = ()  # the "not" list: documentation of likely mistakes
    origin: str | None = None  # where the gold line is: "eval/voa-dev.jsonl:3"


def load_gold(path: Path) -> list[GoldDoc]:
    """Read a gold JSONL file; InputError naming `file:line` for the first malformed line."""
    docs: list[GoldDoc] = []
    first_line: dict[str, int] = {}
    try:
        with path.open(encoding="utf-8-sig") as stream:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                doc = _gold_doc(parse_json_record(line, where), where)
                if doc.id in first_line:
                    message = f"duplicate id {doc.id!r}, first on line {first_line[doc.id]}"
                    raise InputError(where, message)
                first_line[doc.id] = number
                docs.append(doc)
    except UnicodeDecodeError as error:
        raise InputError(str(path), f"not valid UTF-8 at byte {error.start}") from None
    except OSError as error:
        raise InputError(str(path), f"cannot read gold file: {error.strerror or error}") from None
    log.debug("read %d gold documents from %s", len(docs), path)
    return docs


def gold_documents(gold: Sequence[GoldDoc]) -> list[Document]:
    """The Documents to run the extractor on.

    The text is cleaned one character for one, so that predicted offsets line up with the gold
    target sentences.
    """
    return [
        Document(
            id=doc.id,
            text=normalize_text(doc.text, keep_offsets=True),
            title=doc.title,
            date=doc.date,
            origin=doc.origin,
        )
        for doc in gold
    ]


def _gold_doc(record: dict[str, object], where: str) -> GoldDoc:
    """Check one gold object and turn it into a GoldDoc."""
    doc_id = _string(record, "id", where)
    text = _string(record, "text", where)
    date = record.get("date")
    if date is not None and iso_date(date) is None:
        raise InputError(where, f'"date" {date!r} is not an ISO 8601 date such as "2019-07-24"')
    sentences = None
    if "sentences" in record:
        sentences = tuple(
            _gold_sentence(item, text, f"sentence {n}", where)
            for n, item in enumerate(_list(record, "sentences", where), start=1)
        )
    elif "relations" not in record:
        raise InputError(
            where,
            'missing "relations" (use [] with "negative": true for a document with none)',
        )
    relations = _relations(record.get("relations", []), "relations", where)
    negative = _flag(record, "negative", where)
    if negative and relations:
        raise InputError(where, '"negative": true but "relations" is not empty')
    title = record.get("title")
    return GoldDoc(
        id=doc_id,
        text=text,
        relations=relations,
        date=iso_date(date),
        title=title if isinstance(title, str) else None,
        partial=_flag(record, "partial", where),
        negative=negative,
        sentences=sentences,
        wrong=_relations(record.get("not", []), '"not"', where),
        origin=where,
    )


def _gold_sentence(item: object, text: str, label: str, where: str) -> GoldSentence:
    if not isinstance(item, dict):
        raise InputError(where, f"{label}: expected an object with start, end, text, relations")
    start, end = (
        _offset(item, "start", label, where),
        _offset(item, "end", label, where),
    )
    if not 0 <= start < end <= len(text):
        raise InputError(where, f"{label}: [{start}, {end}) is not inside the text")
    given = item.get("text", text[start:end])
    if given != text[start:end]:
        raise InputError(where, f'{label}: "text" is not text[{start}:{end}]; fix the offsets')
    relations = _relations(item.get("relations", []), f"{label} relations", where)
    return GoldSentence(start=start, end=end, text=text[start:end], relations=relations)


def _offset(item: dict[str, object], key: str, label: str, where: str) -> int:
    value = item.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise InputError(where, f'{label}: "{key}" must be a character offset (an integer)')
    return value


def _relations(items: object, label: str, where: str) -> tuple[GoldRelation, ...]:
    if not isinstance(items, list):
        raise InputError(where, f"{label} must be a list")
    return tuple(_gold_relation(item, f"{label} {n}", where) for n, item in enumerate(items, 1))


def _gold_relation(item: object, label: str, where: str) -> GoldRelation:
    if not isinstance(item, dict):
        raise InputError(where, f"{label}: expected an object with source, relation, target")
    source, target = _string(item, "source", where), _string(item, "target", where)
    for code in (source, target):
        if not is_gold_key(code):
            raise InputError(
                where,
                f"{label}: unknown actor key {code!r}; use an ISO 3166-1 alpha-3 code or one "
                f"of {', '.join(sorted(GOLD_ORGS))}",
            )
    name = item.get("relation")
    try:
        relation = Relation(str(name))
    except ValueError:
        names = ", ".join(r.value for r in Relation)
        raise InputError(where, f"{label}: unknown relation {name!r}; use one of {names}") from None
    note = item.get("note", item.get("why", ""))
    return GoldRelation(
        source=source,
        relation=relation,
        target=target,
        optional=_flag(item, "optional", where),
        note=note if isinstance(note, str) else "",
    )


def _string(record: dict[str, object], key: str, where: str) -> str:
    value = record.get(key)
    if not isinstance(value, str) or not value:
        raise InputError(where, f'"{key}" must be a non-empty string')
    return value


def _list(record: dict[str, object], key: str, where: str) -> list[object]:
    value = record.get(key)
    if not isinstance(value, list):
        raise InputError(where, f'"{key}" must be a list')
    return value


def _flag(record: dict[str, object], key: str, where: str) -> bool:
    value = record.get(key, False)
    if not isinstance(value, bool):
        raise InputError(where, f'"{key}" must be true or false')
    return value


# -- the report ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with P/R/F1 (0.0 when undefined)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class Band:
    """Precision of the scored predictions whose confidence falls in [low, high)."""

    low: float
    high: float
    tp: int = 0
    fp: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def label(self) -> str:
        closing = "]" if self.high >= 1.0 else ")"
        return f"[{self.low:.2f}, {self.high:.2f}{closing}"


class ErrorKind(StrEnum):
    MISS = "miss"
    FALSE_ALARM = "false alarm"


@dataclass(frozen=True)
class ScoringError:
    """A miss (gold not predicted) or a false alarm (predicted, not gold), with its sentence."""

    kind: ErrorKind
    doc_id: str
    source: str
    relation: Relation
    target: str
    sentence: str  # the gold target sentence, the prediction's evidence, or the doc's start
    confidence: float | None = None  # of a false alarm
    known_wrong: bool = False  # the false alarm is listed in the gold's "not"


@dataclass(frozen=True)
class Report:
    by_relation: Mapping[Relation, Counts]
    errors: tuple[ScoringError, ...] = ()
    bands: tuple[Band, ...] = ()
    documents: int = 0
    units: int = 0  # whole documents plus target sentences

    @property
    def overall(self) -> Counts:
        """Micro-averaged counts over every relation type."""
        return sum(self.by_relation.values(), Counts())


# -- scoring -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Prediction:
    """A scoreable interaction: factual, both ends gold keys, not an actor with itself."""

    source: str
    relation: Relation
    target: str
    confidence: float
    evidence: str
    start: int
    end: int

    @property
    def key(self) -> Key:
        return scoring_key(self.source, self.relation, self.target)


@dataclass
class _Unit:
    """What is scored as one: a whole document, or one target sentence."""

    doc_id: str
    gold: tuple[GoldRelation, ...]
    context: str  # shown with a miss
    partial: bool
    wrong: frozenset[Key]
    predictions: list[_Prediction] = field(default_factory=list)


@dataclass
class _Tally:
    counts: dict[Relation, Counts] = field(default_factory=lambda: {r: Counts() for r in Relation})
    errors: list[ScoringError] = field(default_factory=list)
    bands: list[Band] = field(default_factory=lambda: [Band(lo, hi) for lo, hi in CONFIDENCE_BANDS])

    def add(self, relation: Relation, counts: Counts) -> None:
        self.counts[relation] += counts

    def band(self, confidence: float, *, correct: bool) -> None:
        value = min(max(confidence, 0.0), 1.0)
        index = next(i for i, b in enumerate(self.bands) if value < b.high or b.high >= 1.0)
        old = self.bands[index]
        self.bands[index] = Band(old.low, old.high, old.tp + correct, old.fp + (not correct))


def score(gold: Sequence[GoldDoc], predictions: Mapping[str, Sequence[Interaction]]) -> Report:
    """Score the predictions (by document id) against the gold; see the module docstring."""
    tally = _Tally()
    units = 0
    for doc in gold:
        for unit in _units(doc, predictions.get(doc.id, ())):
            units += 1
            _score_unit(unit, tally)
    return Report(
        by_relation=dict(tally.counts),
        errors=tuple(tally.errors),
        bands=tuple(tally.bands),
        documents=len(gold),
        units=units,
    )


def predict(
    extractor: Extractor,
    docs: Sequence[GoldDoc],
    *,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> dict[str, list[Interaction]]:
    """The extractor's interactions for each gold document, by id, at least this confident (the
    same threshold `kg build` stores at, unless told otherwise)."""
    return read_confident(extractor, gold_documents(docs), min_confidence=min_confidence)


def read_confident(
    extractor: Extractor,
    documents: Iterable[Document],
    *,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> dict[str, list[Interaction]]:
    """Each document's interactions at least this confident, by document id."""
    return {
        r.document.id: confident(r.interactions, min_confidence) for r in extractor.pipe(documents)
    }


def evaluate_files(
    extractor: Extractor,
    paths: Sequence[Path],
    *,
    half: str | None = None,
    summary: bool = False,
    errors: bool = False,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> str:
    """What `kg evaluate` prints for gold files: a report per file (and for all of them), or with
    `summary` one line per file and half."""
    every_doc: list[GoldDoc] = []
    every_prediction: dict[str, list[Interaction]] = {}
    rows: list[tuple[str, Report]] = []
    parts: list[str] = []
    for path in paths:
        docs = in_half(load_gold(path), half)
        predictions = predict(extractor, docs, min_confidence=min_confidence)
        every_doc += docs
        every_prediction.update(predictions)
        if summary:
            rows.append((path.stem, score(docs, predictions)))
            rows += [(f"  {part}", score(in_half(docs, part), predictions)) for part in HALVES]
        else:
            parts.append(format_report(score(docs, predictions), errors=errors, title=f"== {path}"))
    if summary:
        if len(paths) > 1:
            rows.append(("all files", score(every_doc, every_prediction)))
            rows += [(f"  {p}", score(in_half(every_doc, p), every_prediction)) for p in HALVES]
        return format_summary(rows) if rows else ""
    if len(paths) > 1:
        parts.append(format_report(score(every_doc, every_prediction), title="== all files"))
    return "".join(part if part.endswith("\n") else part + "\n" for part in parts)


def evaluate_synthetic(
    extractor: Extractor,
    path: Path,
    *,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    judged: Path | None = None,
    errors: bool = False,
) -> str:
    """What `kg evaluate --synthetic` prints: per label, how often a story yields its relation;
    with `judged` (`--audit`), the precision of the readings an analyst judged (kg.audit)."""
    stories = load_stories(path)
    judgements = load_judgements(judged) if judged is not None else []
    documents = (story.document() for story in stories)
    predictions = read_confident(extractor, documents, min_confidence=min_confidence)
    text = format_label_recall(label_recall(stories, predictions), title=f"== {path}")
    if judged is not None:
        missing = {j.doc for j in judgements} - predictions.keys()
        if missing:
            raise InputError(str(judged), f"judges stories not in {path}: {sorted(missing)[:3]}")
        report = audit(judgements, predictions)
        text += format_audit(report, title=f"== {judged} (readings judged)", errors=errors)
    return text


def actor_code(key: str | None) -> str | None:
    """The gold key of a country or organisation key: "country/RUS" -> "RUS", "org/UN" -> "UN"."""
    if key is None:
        return None
    for prefix in _ACTOR_PREFIXES:
        if key.startswith(prefix) and "/" not in key[len(prefix) :] and key[len(prefix) :]:
            return key[len(prefix) :]
    return None


def _endpoint(state: str | None, actor: Actor) -> str | None:
    """The state or organisation an end of an interaction counts as, if it is a gold key."""
    if state is not None:  # resolution filled the country-level key: it decides
        code = actor_code(state)
        return code if code is not None and is_gold_key(code) else None
    # a country or organisation itself, else what it is affiliated with (an organ's parent,
    # an official's state); an official with neither is dropped
    for key in (actor.key, actor.affiliation):
        code = actor_code(key)
        if code is not None and is_gold_key(code):
            return code
    return None


def _prediction(interaction: Interaction) -> _Prediction | None:
    if not interaction.modality.factual:
        return None
    source = _endpoint(interaction.source_state, interaction.source)
    target = _endpoint(interaction.target_state, interaction.target)
    if source is None or target is None or source == target:
        return None
    return _Prediction(
        source=source,
        relation=interaction.relation,
        target=target,
        confidence=interaction.confidence,
        evidence=interaction.evidence,
        start=interaction.start,
        end=interaction.end,
    )


def _units(doc: GoldDoc, interactions: Iterable[Interaction]) -> list[_Unit]:
    """The scoring units of a document, each holding the predictions it scores."""
    wrong = frozenset(r.key for r in doc.wrong)
    predictions = [p for p in map(_prediction, interactions) if p is not None]
    if doc.sentences is None:
        context = " ".join(doc.text[:_CONTEXT_CHARS].split())
        unit = _Unit(doc.id, doc.relations, context, doc.partial and not doc.negative, wrong)
        unit.predictions.extend(predictions)
        return [unit]
    units = [
        _Unit(doc.id, s.relations, " ".join(s.text.split()), doc.partial, wrong)
        for s in doc.sentences
    ]
    for prediction in predictions:
        index = _best_sentence(prediction, doc.sentences)
        if index is not None:  # outside every target sentence: neither rewarded nor penalised
            units[index].predictions.append(prediction)
    return units


def _best_sentence(prediction: _Prediction, sentences: Sequence[GoldSentence]) -> int | None:
    """The index of the target sentence the evidence overlaps most (the first on a tie)."""
    start, end = prediction.start, max(prediction.end, prediction.start + 1)
    best, best_overlap = None, 0
    for index, sentence in enumerate(sentences):
        overlap = min(end, sentence.end) - max(start, sentence.start)
        if overlap > best_overlap:
            best, best_overlap = index, overlap
    return best


def _score_unit(unit: _Unit, tally: _Tally) -> None:
    """Match a unit's deduplicated predictions against its gold."""
    required = {r.key: r for r in unit.gold if not r.optional}
    optional = {r.key for r in unit.gold if r.optional} - required.keys()
    types = {r.relation for r in unit.gold}
    matched: set[Key] = set()
    for key, prediction in _deduplicated(unit.predictions).items():
        if unit.partial and key[1] not in types:
            continue  # a partial gold says nothing of other relation types
        if key in required:
            matched.add(key)
            tally.add(key[1], Counts(tp=1))
            tally.band(prediction.confidence, correct=True)
        elif key not in optional:
            tally.add(key[1], Counts(fp=1))
            tally.band(prediction.confidence, correct=False)
            tally.errors.append(_false_alarm(unit, prediction))
    for key, relation in required.items():
        if key not in matched:
            tally.add(key[1], Counts(fn=1))
            tally.errors.append(
                ScoringError(
                    ErrorKind.MISS,
                    unit.doc_id,
                    relation.source,
                    relation.relation,
                    relation.target,
                    unit.context,
                )
            )


def _deduplicated(predictions: Iterable[_Prediction]) -> dict[Key, _Prediction]:
    """One prediction per key, the most confident (the first on a tie), in order of first sight."""
    best: dict[Key, _Prediction] = {}
    for prediction in predictions:
        kept = best.get(prediction.key)
        if kept is None or prediction.confidence > kept.confidence:
            best[prediction.key] = prediction
    return best


def _false_alarm(unit: _Unit, prediction: _Prediction) -> ScoringError:
    return ScoringError(
        ErrorKind.FALSE_ALARM,
        unit.doc_id,
        prediction.source,
        prediction.relation,
        prediction.target,
        " ".join(prediction.evidence.split()),
        confidence=prediction.confidence,
        known_wrong=prediction.key in unit.wrong,
    )


# -- printing --------------------------------------------------------------------------------


def format_report(report: Report, *, errors: bool = False, title: str = "") -> str:
    """An aligned table, one row per relation and an `overall` row; optionally the errors."""
    lines = [title] if title else []
    lines.append(f"{report.documents} documents, {report.units} scoring units")
    header = f"{'relation':<12}{'TP':>6}{'FP':>6}{'FN':>6}{'precision':>11}{'recall':>8}{'F1':>8}"
    lines += ["", header, "-" * len(header)]
    rows = [(r.value, c) for r, c in report.by_relation.items()]
    for name, counts in [*rows, ("overall", report.overall)]:
        lines.append(
            f"{name:<12}{counts.tp:>6}{counts.fp:>6}{counts.fn:>6}"
            f"{counts.precision:>11.3f}{counts.recall:>8.3f}{counts.f1:>8.3f}"
        )
    lines += ["", f"{'confidence':<14}{'TP':>6}{'FP':>6}{'precision':>11}"]
    for band in report.bands:
        lines.append(f"{band.label:<14}{band.tp:>6}{band.fp:>6}{band.precision:>11.3f}")
    if errors:
        lines += ["", *_error_lines(report.errors)]
    return "\n".join(lines) + "\n"


def format_summary(rows: Sequence[tuple[str, Report]]) -> str:
    """One line per report: documents, counts, P/R/F1, and precision per confidence band."""
    bands = rows[0][1].bands if rows else ()
    header = (
        f"{'set':<24}{'docs':>5}{'TP':>5}{'FP':>5}{'FN':>5}{'P':>7}{'R':>7}{'F1':>7}   "
        + " ".join(f"{band.label:>13}" for band in bands)
    )
    lines = [header, "-" * len(header)]
    for title, report in rows:
        c = report.overall
        band_cells = " ".join(
            f"{band.precision:>6.2f} ({band.tp + band.fp:>3})" for band in report.bands
        )
        lines.append(
            f"{title:<24}{report.documents:>5}{c.tp:>5}{c.fp:>5}{c.fn:>5}"
            f"{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}   {band_cells}"
        )
    lines.append(
        "(bands: precision of the scored interactions in each confidence band, and how many)"
    )
    return "\n".join(lines) + "\n"


def _error_lines(errors: Sequence[ScoringError]) -> list[str]:
    misses = sum(e.kind is ErrorKind.MISS for e in errors)
    lines = [f"errors: {misses} misses, {len(errors) - misses} false alarms"]
    for error in errors:
        detail = ""
        if error.confidence is not None:
            detail = f" ({error.confidence:.2f}{', listed as wrong' if error.known_wrong else ''})"
        dyad = f"{error.source} {error.relation.value} {error.target}{detail}"
        lines.append(f"  {error.kind.value:<12} {error.doc_id}  {dyad}")
        lines.append(f"      {error.sentence}")
    return lines
