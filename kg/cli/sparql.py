"""`kg query`, `kg export` and `kg serve`: the graph read back, as answers, files or an endpoint."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli._util import StoreOpt, fail, parse_params, reported, settings


def query(
    ctx: typer.Context,
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
    with reported():
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
        with open_store(settings(ctx, store=store).store, read_only=True) as graph_store:
            if library_query is not None:
                outcome = run_named(graph_store, library_query, params)
            else:
                outcome = run_query(graph_store, sparql or "", bindings=dict(params))
            text = format_result(outcome, fmt)
            typer.echo(text, nl=not text.endswith("\n"))


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


def export(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="Output file; format by extension.")],
    store: StoreOpt = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="turtle, ntriples, nquads, trig, json-ld (the graph); csv, parquet (the "
            "events); quads (ICEWS-style TSV). Default: by the file's extension.",
        ),
    ] = None,
    formula_guard: Annotated[
        bool,
        typer.Option(
            help="In CSV and quads, write a text cell a spreadsheet would run as a formula "
            "(it starts with = + - @) with a leading apostrophe.",
        ),
    ] = True,
) -> None:
    """Write the graph (Turtle, N-Triples, N-Quads, TriG, JSON-LD), the event table (.csv,
    .parquet: one row per interaction) or ICEWS-style quadruples (--format quads)."""
    from kg.analysis import export_store
    from kg.store import open_store

    with reported(), open_store(settings(ctx, store=store).store, read_only=True) as graph_store:
        written = export_store(graph_store, path, fmt=fmt, formula_guard=formula_guard)
    typer.echo(f"exported {written.count} {written.unit} to {path}")


def serve(
    ctx: typer.Context,
    store: StoreOpt = None,
    host: Annotated[
        str, typer.Option(help="Interface to listen on (127.0.0.1: this machine only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0: any free one).")] = 7879,
    timeout: Annotated[
        float,
        typer.Option(min=0.1, help="Seconds a query may run; then it is stopped (503)."),
    ] = 10.0,
    max_rows: Annotated[
        int, typer.Option(min=1, help="Rows (or triples) an answer is cut at.")
    ] = 10_000,
    max_running: Annotated[
        int, typer.Option(min=1, help="Queries running at once (one process each).")
    ] = 6,
    cors: Annotated[
        list[str] | None,
        typer.Option(
            help="Origin allowed to query from a browser (repeatable; * for any). Default: none."
        ),
    ] = None,
) -> None:
    """Serve the graph read-only over SPARQL 1.1, with a query page and the network view.

    The page is http://HOST:PORT/, the SPARQL endpoint http://HOST:PORT/sparql; Ctrl+C stops.
    """
    from kg.server import ServerLimits, SparqlServer
    from kg.server import serve as run_server

    def ready(server: SparqlServer) -> None:
        typer.echo(f"serving {server.url} (SPARQL endpoint {server.url}sparql); Ctrl+C stops")

    limits = ServerLimits(timeout=timeout, max_rows=max_rows, max_running=max_running)
    with reported():
        run_server(
            settings(ctx, store=store).store, host=host, port=port, limits=limits,
            cors=tuple(cors or ()), ready=ready,
        )  # fmt: skip
