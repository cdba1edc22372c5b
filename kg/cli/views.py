"""`kg viz` and `kg stats`: the network page, the headline numbers and the network exports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kg.cli._util import StoreOpt, reported, settings, split_list

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


def viz(
    ctx: typer.Context,
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

    with reported():
        graph = _network(
            settings(ctx, store=store).store,
            level,
            split_list(modalities) or ALL_MODALITIES,
            since=since,
            until=until,
            relations=relations,
            focus=focus,
            depth=depth,
        )
        path = write_html(
            graph,
            output,
            title=title or _title(level, focus, depth),
            max_actors=top,
            focus=graph.graph.get("focus"),
        )
    actors = graph.number_of_nodes()
    drawn = f"; the page draws the {top} most active" if 0 < top < actors else ""
    typer.echo(
        f"wrote the network view to {path} "
        f"({actors} actors, {graph.number_of_edges()} interactions{drawn})"
    )


def stats(
    ctx: typer.Context,
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

    with reported():
        graph = _network(
            settings(ctx, store=store).store,
            level,
            split_list(modalities) or FACTUAL_MODALITIES,
            since=since,
            until=until,
            relations=relations,
            focus=focus,
            depth=depth,
        )
        typer.echo(format_headline(headline(graph, top_n=top)))
        if graphml is not None:
            typer.echo(f"wrote GraphML to {write_graphml(graph, graphml)}")
        if gexf is not None:
            typer.echo(f"wrote GEXF to {write_gexf(graph, gexf)}")
        if csv is not None:
            written = write_csv(graph, csv)
            typer.echo(f"wrote {', '.join(p.name for p in written)} to {csv}")


def _network(
    store: str | Path,
    level: str,
    modalities: list[str] | frozenset[str],
    *,
    since: str | None,
    until: str | None,
    relations: str | None,
    focus: str | None,
    depth: int,
) -> nx.MultiDiGraph:
    """The network of the store at `level`, narrowed as the options say."""
    from kg.analysis import load_network, narrow
    from kg.store import open_store

    with open_store(store, read_only=True) as graph_store:
        graph = load_network(graph_store, level=level, modalities=modalities)
    return narrow(
        graph, since=since, until=until, relations=split_list(relations), focus=focus, depth=depth
    )


def _title(level: str, focus: str | None, depth: int) -> str:
    where = f": {focus}, {depth} step{'s' if depth != 1 else ''} around" if focus else ""
    return f"IRKG network ({level} level){where}"
