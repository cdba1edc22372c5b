"""`kg explain`: how a text was read, for analysts who want to trust a relation and for debugging.

For each sentence: the actors found and how they were resolved, each trigger with the rule that
read it, the dependency path between source and target, the modality cues, and whether the
candidate was kept (or why it was dropped).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extractor import Reading
from kg.relations.arguments import Arg


def dependency_path(doc: Doc, a: int, b: int) -> str:
    """The path between two tokens through their lowest common ancestor."""
    up_a = _ancestors(doc[a])
    up_b = _ancestors(doc[b])
    common = next((t for t in up_a if t.i in {u.i for u in up_b}), None)
    if common is None:
        return "(no path: different sentences)"
    left = up_a[: [t.i for t in up_a].index(common.i)]
    right = up_b[: [t.i for t in up_b].index(common.i)]
    parts = [f"{t.text} -{t.dep_}->" for t in left]
    parts.append(f"[{common.text}]")
    parts += [f"<-{t.dep_}- {t.text}" for t in reversed(right)]
    return " ".join(parts)


def _ancestors(tok: Token) -> list[Token]:
    chain = [tok]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _arg(arg: Arg | None) -> str:
    if arg is None:
        return "-"
    actor = arg.actor
    via = f" via {actor.affiliation}" if actor.affiliation else ""
    return f"{actor.label} <{actor.key}>{via} ({arg.how})"


def explain_reading(reading: Reading, *, sentence: int | None = None) -> str:
    """A plain-text report of a Reading; `sentence` (1-based) limits it to one sentence."""
    doc = reading.doc
    lines = [f"document {reading.document.id!r} (date {reading.document.date or 'unknown'})"]
    if reading.skimmed:
        return (
            "\n".join([*lines, "  names fewer than two actors: not parsed (the cheap pass)"]) + "\n"
        )
    for number, sent in enumerate(doc.sents, start=1):
        if sentence is not None and number != sentence:
            continue
        lines += ["", f"sentence {number}: {sent.text.strip()}"]
        mentions = [m for m in reading.index.mentions if sent.start <= m.start < sent.end]
        lines.append("  actors:")
        if not mentions:
            lines.append("    (none)")
        for m in mentions:
            actor = m.actor
            extra = ", ".join(
                x for x in (actor.kind.value, actor.position or "", actor.affiliation or "") if x
            )
            lines.append(
                f"    {doc[m.start : m.end].text!r} -> {actor.label} <{actor.key}> "
                f"[{extra}] by {m.how}, confidence {m.confidence:.2f}"
            )
        decisions = [d for d in reading.decisions if sent.start <= d.candidate.trigger.i < sent.end]
        lines.append("  candidate relations:")
        if not decisions:
            lines.append("    (no trigger word)")
        for d in decisions:
            c = d.candidate
            verdict = "KEPT" if d.kept else "dropped"
            lines.append(
                f"    {verdict}: {c.relation.value} triggered by {c.trigger.text!r} "
                f"({c.trigger.pos_}, rule {c.rule}) - {d.reason}"
            )
            lines.append(f"      source: {_arg(d.source)}")
            lines.append(f"      target: {_arg(d.target)}")
            if d.source is not None and d.target is not None:
                lines.append(f"      path: {dependency_path(doc, d.source.token, d.target.token)}")
            cues = ", ".join(d.cues) or "none"
            lines.append(
                f"      modality: {d.modality.value} (cues: {cues}); confidence {d.confidence:.2f}"
            )
    return "\n".join(lines) + "\n"
