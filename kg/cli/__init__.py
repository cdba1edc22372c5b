"""The `kg` command line: the only place that prints errors and exits with a status.

Exit status: 0 all went through; 1 some inputs could not be read or stored (the rest were);
2 the command could not run at all (bad option, missing model, unusable store, bad query).

One module per command group, each a thin layer over library functions:

* `build`: `kg build`;
* `sparql`: `kg query`, `kg export`, `kg serve`;
* `views`: `kg viz`, `kg stats`;
* `reading`: `kg evaluate`, `kg explain`;
* `_util`: the options they share (`--store`, `--model`, `--min-confidence`), the settings, and
  `reported()`, which turns a library error into its message and exit status 2.

A new command is a function in the module of its group (or a new module), registered below;
command modules import `_util` and the library, never each other. Nothing heavy (spaCy, the
store) is imported until a command runs.
"""

from __future__ import annotations

import logging
from typing import Annotated

import typer

from kg.cli import build, reading, sparql, views
from kg.cli._util import load_settings

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="IRKG: build a knowledge graph of international relations from news text.",
)

for command in (
    build.build,
    sparql.query,
    sparql.export,
    reading.evaluate,
    reading.explain,
    sparql.serve,
    views.viz,
    views.stats,
):
    app.command()(command)


def _print_version(value: bool) -> None:
    if value:
        from kg import __version__

        typer.echo(f"irkg {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
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
    load_settings(ctx)


def main() -> None:
    """Entry point of the `kg` script."""
    app()


__all__ = ["app", "main"]
