"""Draw the README's picture of the notebooks (docs/notebook-plots.png): the bundled samples
built into a temporary store, as the notebooks build them, and two of their plots side by side,
the interactions per year by relation and the signed network of states:

    .venv/bin/python scripts/make_notebook_figure.py [docs/notebook-plots.png]

The store goes into a temporary folder that is removed at the end (`kg.workspace`). What the
picture shows is what the extractor reads in the samples, no more.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # a file, no window

from kg.analysis import load_network, signed_network  # noqa: E402
from kg.viz.plots import pyplot, relations_over_time, signed_network_plot  # noqa: E402
from kg.workspace import open_workspace  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "docs" / "notebook-plots.png"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT, help="the PNG to write")
    args = parser.parse_args()
    with open_workspace() as work:
        countries = load_network(work.store, level="country")
        figure, (left, right) = pyplot().subplots(
            1, 2, figsize=(15, 6), width_ratios=[1, 1.1], layout="constrained"
        )
        relations_over_time(countries, freq="year", ax=left)
        signed_network_plot(signed_network(countries), ax=right)
        figure.suptitle("The bundled samples, 2015-2024, at country level", fontsize=14)
        figure.savefig(args.path, dpi=90)
    print(f"wrote {args.path}")


if __name__ == "__main__":
    main()
