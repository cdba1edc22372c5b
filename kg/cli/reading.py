"""`kg evaluate` and `kg explain`: how well, and how, the extractor reads."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from kg.cli._util import MinConfidenceOpt, ModelOpt, fail, reported, settings


def evaluate(
    ctx: typer.Context,
    gold: Annotated[
        list[Path] | None, typer.Argument(help="Gold JSONL files (shared/eval format).")
    ] = None,
    errors: Annotated[
        bool, typer.Option("--errors", help="List each miss and false alarm.")
    ] = False,
    half: Annotated[
        str | None,
        typer.Option(help="Only the tune or the check half of the documents (split by id)."),
    ] = None,
    summary: Annotated[
        bool,
        typer.Option(
            "--summary", help="One line per file and half (all, tune, check) instead of tables."
        ),
    ] = False,
    synthetic: Annotated[
        Path | None,
        typer.Option(help="Labelled stories (JSONL with label): recall per event type."),
    ] = None,
    judged: Annotated[
        Path | None,
        typer.Option(
            "--audit",
            help="With --synthetic: readings of the stories an analyst judged (JSONL): "
            "precision on unseen text, per half and confidence band.",
        ),
    ] = None,
    model: ModelOpt = None,
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """Score the extractor against gold files: P/R/F1 per relation, at country level, and
    precision per confidence band; with --synthetic, recall per event type on labelled stories;
    with --audit too, precision on the stories' readings an analyst judged."""
    from kg.evaluate import evaluate_files, evaluate_synthetic
    from kg.extractor import Extractor

    if judged is not None and synthetic is None:
        raise fail("--audit needs --synthetic STORIES: the judged readings are of those stories")
    if not gold and synthetic is None:
        raise fail("give gold files, --synthetic STORIES, or both")
    run = settings(ctx, model=model, min_confidence=min_confidence)
    with reported():
        extractor = Extractor.from_model(run.model)
        if gold:
            text = evaluate_files(
                extractor, gold, half=half, summary=summary, errors=errors,
                min_confidence=run.min_confidence,
            )  # fmt: skip
            typer.echo(text, nl=not text.endswith("\n"))
        if synthetic is not None:
            text = evaluate_synthetic(
                extractor, synthetic, min_confidence=run.min_confidence, judged=judged,
                errors=errors,
            )  # fmt: skip
            typer.echo(text, nl=not text.endswith("\n"))


def explain(
    ctx: typer.Context,
    text: Annotated[str | None, typer.Argument(help="A sentence or short text to explain.")] = None,
    file: Annotated[
        Path | None, typer.Option(help="Explain a document from this file instead.")
    ] = None,
    sentence: Annotated[
        int | None, typer.Option(help="With --file: only this sentence (1 = first).")
    ] = None,
    date: Annotated[str | None, typer.Option(help="Document date (ISO) for officials.")] = None,
    model: ModelOpt = None,
) -> None:
    """Show how a text is read: actors, triggers, paths, modality cues, kept and dropped."""
    from kg.documents import read_inputs
    from kg.explain import explain_reading
    from kg.extractor import Extractor
    from kg.types import Document

    with reported():
        if file is not None:
            problems: list[str] = []
            docs = list(read_inputs([file], on_problem=lambda p: problems.append(str(p))))
            if not docs:
                raise fail("; ".join(problems) or f"{file}: no document")
            document = docs[0]
            if date and not document.date:
                document = replace(document, date=date)
        elif text:
            document = Document(id="explain", text=text, date=date)
        else:
            raise fail("give a TEXT or --file")
        # every document read in full: explaining is showing what the parse gives
        extractor = Extractor.from_model(settings(ctx, model=model).model, skim=False)
        typer.echo(explain_reading(extractor.read(document), sentence=sentence), nl=False)
