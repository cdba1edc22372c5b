"""`kg viz` and `kg stats`: the network page, the headline numbers and the network exports.

Registered on the `kg` app by kg/cli.py (`register(app)`). Like the rest of the command line,
these commands turn library errors into a message and exit status 2.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kg.cli_sparql import StoreOpt, fail, store_spec
from kg.errors import KGError

if TYPE_CHECKING:
    import networkx as nx

LevelOpt = Annotated[
    str,
    typer.Option(
        "--level",
        help="country (officials and organs folded into the state or organisation they "
        "serve) or actor.",
    ),
]
SinceOpt = Annotated[
    str | None, typer.Option("--since", help="Only interactions on or after this date (ISO).")
]
UntilOpt = Annotated[
    str | None, typer.Option("--until", help="Only interactions on or before this date (ISO).")
]
RelationsOpt = Annotated[
    str | None,
    typer.Option("--relations", help="Only these relations, comma-separated: sanctions,supports."),
]
FocusOpt = Annotated[
    str | None,
    typer.Option("--focus", help="Ego network of this actor: a code (CUB), key or label."),
]
DepthOpt = Annotated[int, typer.Option("--depth", min=0, help="Steps from --focus to include.")]


def register(app: typer.Typer) -> None:
    """Add `viz` and `stats` to the `kg` app."""
    app.command("viz")(viz)
    app.command("stats")(stats)


def viz(
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The page to write (one HTML file).")
    ] = Path("graph.html"),
    store: StoreOpt = None,
    level: LevelOpt = "country",
    focus: FocusOpt = None,
    depth: DepthOpt = 1,
    since: SinceOpt = None,
    until: UntilOpt = None,
    relations: RelationsOpt = None,
    modalities: Annotated[
        str | None,
        typer.Option(
            "--modalities",
            help="Only these modalities in the page (default: all; the page shows "
            "Asserted and Intended until the reader ticks the others).",
        ),
    ] = None,
    top: Annotated[
        int,
        typer.Option("--top", min=0, help="Draw the N most active actors (0: all of them)."),
    ] = 150,
    title: Annotated[str | None, typer.Option("--title", help="Page title.")] = None,
) -> None:
    """Write the interactive network page: filters, search, evidence; offline, one file."""
    from kg.analysis.network import ALL_MODALITIES
    from kg.viz import write_html

    try:
        graph = _network(
            store,
            level,
            since,
            until,
            relations,
            _split(modalities) or ALL_MODALITIES,
            focus,
            depth,
        )
        path = write_html(
            graph,
            output,
            title=title or _title(level, focus, depth),
            max_actors=top,
            focus=graph.graph.get("focus"),
        )
    except KGError as exc:
        raise fail(str(exc)) from None
    actors = graph.number_of_nodes()
    drawn = f"; the page draws the {top} most active" if 0 < top < actors else ""
    typer.echo(
        f"wrote the network view to {path} "
        f"({actors} actors, {graph.number_of_edges()} interactions{drawn})"
    )


def stats(
    store: StoreOpt = None,
    level: LevelOpt = "country",
    focus: FocusOpt = None,
    depth: DepthOpt = 1,
    since: SinceOpt = None,
    until: UntilOpt = None,
    relations: RelationsOpt = None,
    modalities: Annotated[
        str | None,
        typer.Option("--modalities", help="Count these modalities (default: Asserted,Intended)."),
    ] = None,
    top: Annotated[int, typer.Option("--top", min=1, help="Actors listed per measure.")] = 5,
    graphml: Annotated[
        Path | None, typer.Option("--graphml", help="Also write the network as GraphML.")
    ] = None,
    gexf: Annotated[
        Path | None,
        typer.Option("--gexf", help="Also write it as GEXF with dates (Gephi's timeline)."),
    ] = None,
    csv: Annotated[
        Path | None,
        typer.Option("--csv", help="Also write actors, relations, interactions, timeline CSVs."),
    ] = None,
) -> None:
    """Print the headline numbers of the network; optionally export it (GraphML, GEXF, CSV)."""
    from kg.analysis import format_headline, headline, write_csv, write_gexf, write_graphml
    from kg.analysis.network import FACTUAL_MODALITIES

    try:
        graph = _network(
            store,
            level,
            since,
            until,
            relations,
            _split(modalities) or FACTUAL_MODALITIES,
            focus,
            depth,
        )
        typer.echo(format_headline(headline(graph, top_n=top)))
        if graphml is not None:
            typer.echo(f"wrote GraphML to {write_graphml(graph, graphml)}")
        if gexf is not None:
            typer.echo(f"wrote GEXF to {write_gexf(graph, gexf)}")
        if csv is not None:
            written = write_csv(graph, csv)
            typer.echo(f"wrote {', '.join(p.name for p in written)} to {csv}")
    except KGError as exc:
        raise fail(str(exc)) from None


def _network(
    store: str | None,
    level: str,
    since: str | None,
    until: str | None,
    relations: str | None,
    modalities: list[str] | frozenset[str],
    focus: str | None,
    depth: int,
) -> nx.MultiDiGraph:
    """The network of the store at `level`, filtered as the options say, around `focus`."""
    from kg.analysis import ego_network, filter_network, load_network
    from kg.store import open_store

    with open_store(store_spec(store), read_only=True) as graph_store:
        graph = load_network(graph_store, level=level, modalities=modalities)
    if since or until or relations:
        graph = filter_network(graph, since=since, until=until, relations=_split(relations) or None)
    return ego_network(graph, focus, depth=depth) if focus else graph


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def _title(level: str, focus: str | None, depth: int) -> str:
    where = f": {focus}, {depth} step{'s' if depth != 1 else ''} around" if focus else ""
    return f"IRKG network ({level} level){where}"
