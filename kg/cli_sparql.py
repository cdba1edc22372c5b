"""The `kg serve` command, and the store and parameter options the SPARQL commands share.

`kg/cli.py` calls `register(app)` at import; `build`, `query` and `export` there use
`store_spec` and `parse_params` from here. Nothing heavy is imported until a command runs.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from kg.errors import KGError
from kg.settings import DEFAULT_STORE

STORE_HELP = (
    "Store folder, SPARQL server URL (http://host:port/...) or .toml store settings "
    "(default: $IRKG_STORE or .irkg/store)."
)
# the --store option of every command that reads or writes the graph
StoreOpt = Annotated[str | None, typer.Option("--store", help=STORE_HELP)]


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print an error the way every `kg` command does; the caller raises what it returns."""
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    return typer.Exit(code)


def store_spec(option: str | None) -> str | Path:
    """What `--store` names: a server URL or a settings file as written, else a folder path.

    `$IRKG_STORE` is read as written too, so that it may hold a URL.
    """
    value = option if option is not None else os.environ.get("IRKG_STORE")
    if value is None or not value.strip():
        return DEFAULT_STORE
    if value.startswith(("http://", "https://")):
        return value
    return Path(value)


def parse_params(items: list[str] | None) -> dict[str, str]:
    """`["target=CUB", "text=a=b"]` -> `{"target": "CUB", "text": "a=b"}`."""
    params: dict[str, str] = {}
    for item in items or []:
        name, equals, value = item.partition("=")
        if not equals or not name.strip():
            raise typer.BadParameter(f"{item!r}: write --param NAME=VALUE", param_hint="--param")
        params[name.strip()] = value
    return params


def register(app: typer.Typer) -> None:
    """Add `kg serve` to the app."""
    app.command()(serve)


def serve(
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
    try:
        run_server(
            store_spec(store), host=host, port=port, limits=limits, cors=tuple(cors or ()),
            ready=ready,
        )  # fmt: skip
    except KGError as exc:
        raise fail(str(exc)) from None
