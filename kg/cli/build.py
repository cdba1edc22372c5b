"""`kg build`: read documents, extract their interactions and store them."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from kg.cli._util import MinConfidenceOpt, ModelOpt, StoreOpt, fail, reported, settings
from kg.settings import (
    DEFAULT_DATE_FIELD,
    DEFAULT_ID_FIELD,
    DEFAULT_TEXT_FIELD,
    DEFAULT_TITLE_FIELD,
    DEFAULT_URL_FIELD,
)


def _field_option(part: str, default: str) -> object:
    return typer.Option(
        f"--{part}-field",
        help=f"The JSONL field or CSV column that holds the {part} (default: {default}).",
        rich_help_panel="Input fields",
    )


class Engine(StrEnum):
    """Where `kg build` reads documents."""

    LOCAL = "local"
    DASK = "dask"


def build(
    ctx: typer.Context,
    inputs: Annotated[
        list[str], typer.Argument(help=".txt, .jsonl, .csv, folders, or - for stdin.")
    ],
    store: StoreOpt = None,
    export: Annotated[
        Path | None,
        typer.Option(help="Also write the whole graph here (.ttl .nt .nq .trig .jsonld)."),
    ] = None,
    html: Annotated[Path | None, typer.Option(help="Also write the network view here.")] = None,
    model: ModelOpt = None,
    min_confidence: MinConfidenceOpt = None,
    max_chars: Annotated[
        int, typer.Option(min=1, help="Longest document read, in characters.")
    ] = 1_000_000,
    doc_timeout: Annotated[
        float,
        typer.Option(
            min=0.1, help="Seconds reading one document may take; past them it is skipped."
        ),
    ] = 60.0,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Processes that read documents (default: $IRKG_WORKERS, or one per core but "
            "no more than there are batches of 32 documents).",
        ),
    ] = None,
    engine: Annotated[
        Engine,
        typer.Option(help="Where documents are read: local processes, or a Dask cluster."),
    ] = Engine.LOCAL,
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="The Dask scheduler (tcp://HOST:PORT) for --engine dask; without it, a local "
            "Dask cluster of --workers processes."
        ),
    ] = None,
    progress: Annotated[bool, typer.Option(help="Progress bar on stderr.")] = True,
    event_window: Annotated[
        int,
        typer.Option(
            min=0,
            help="Reports of one relation between the same states on dates at most this many "
            "days after the first are grouped into one event.",
        ),
    ] = 3,
    skim: Annotated[
        bool,
        typer.Option(
            help="Leave unparsed the documents that name fewer than two actors (they hold no "
            "relation; their one actor is then not recorded as mentioned)."
        ),
    ] = True,
    id_field: Annotated[str | None, _field_option("id", DEFAULT_ID_FIELD)] = None,
    text_field: Annotated[str | None, _field_option("text", DEFAULT_TEXT_FIELD)] = None,
    title_field: Annotated[str | None, _field_option("title", DEFAULT_TITLE_FIELD)] = None,
    date_field: Annotated[str | None, _field_option("date", DEFAULT_DATE_FIELD)] = None,
    url_field: Annotated[str | None, _field_option("url", DEFAULT_URL_FIELD)] = None,
) -> None:
    """Read documents, extract interactions and store them (rebuilding is idempotent)."""
    from tqdm import tqdm

    from kg.analysis.grouping import regroup_events
    from kg.dask_engine import DaskEngine
    from kg.documents import Problem, count_documents, read_inputs
    from kg.errors import KGError
    from kg.extractor import ExtractorSpec
    from kg.pipeline import BuildSummary, format_build, workers_for
    from kg.pipeline import build as run_build
    from kg.settings import InputFields
    from kg.store import RemoteStore, export_format, open_store
    from kg.viz import load_network, write_html

    if scheduler is not None and engine is not Engine.DASK:
        raise fail("--scheduler is for --engine dask")
    run = settings(ctx, model=model, store=store, min_confidence=min_confidence, workers=workers)
    with reported():  # before the progress bar draws
        fields = InputFields.with_options(
            id=id_field, text=text_field, title=title_field, date=date_field, url=url_field
        )
    summary = BuildSummary()
    read_problems: list[Problem] = []  # shown as they come; summary.problems gets store failures
    total = count_documents(inputs)  # None for stdin: the bar then shows no total nor ETA
    bar = tqdm(desc="documents", unit="doc", total=total, disable=not progress, file=sys.stderr)

    def report(problem: Problem) -> None:
        read_problems.append(problem)
        if not problem.notice and problem.line is not None:  # a line the count included
            bar.update()
        tqdm.write(f"warning: {problem}", file=sys.stderr)

    with reported():
        if export is not None:  # an unknown extension is refused before anything is built
            export_format(export, None)
        spec = ExtractorSpec(run.model, run.batch_size, doc_timeout, max_chars, skim)
        with open_store(run.store) as graph_store:
            cluster = None
            if engine is Engine.DASK:  # workers write to a SPARQL server themselves
                remote = isinstance(graph_store, RemoteStore)
                where = str(Path(run.store).resolve()) if isinstance(run.store, Path) else run.store
                cluster = DaskEngine(scheduler, run.workers, where if remote else None)
            documents = read_inputs(
                inputs, max_chars=max_chars, fields=fields, on_problem=report, stdin=sys.stdin
            )
            run_build(
                documents,
                store=graph_store,
                extractor=spec,
                min_confidence=run.min_confidence,
                workers=workers_for(run.workers, total, run.batch_size),
                engine=cluster,
                summary=summary,
                on_document=lambda _doc: bar.update(),
            )
            bar.close()
            try:
                # every build: a new report may join an event another document began, and a
                # build cut short before this point left its reports ungrouped
                regroup_events(graph_store, window=event_window)
            except KGError as exc:  # the documents are stored: say so, and what failed
                summary.problems.append(Problem(str(run.store), f"events not regrouped: {exc}"))
            for problem in summary.problems:  # documents read but not stored
                typer.echo(f"warning: {problem}", err=True)
            summary.problems[:0] = [p for p in read_problems if not p.notice]
            if export is not None:
                written = graph_store.export(export)
                typer.echo(f"exported {written} triples to {export}")
            if html is not None:
                write_html(load_network(graph_store), html)
                typer.echo(f"wrote the network view to {html}")
            typer.echo(format_build(summary, graph_store.counts()))
    if summary.problems:
        typer.echo(
            f"{len(summary.problems)} input problem(s); everything else was built.", err=True
        )
        raise typer.Exit(1)
