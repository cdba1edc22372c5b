"""Where the data the package ships lives: the ontology, the query library, the samples.

Everything read at run time is inside the package (`importlib.resources`), so an installed
wheel works from any folder. The repository's `ontology/`, `samples/` and `samples/queries/`,
where users look for them, are links to these same folders.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["library_dir", "ontology_dir", "samples_dir"]


def _packaged(name: str) -> Path:
    return Path(str(resources.files("kg") / name))


def ontology_dir() -> Path:
    """`irkg.ttl`, `shapes.ttl` and `context.jsonld`."""
    return _packaged("ontology")


def library_dir() -> Path:
    """The query library (`*.rq`)."""
    return _packaged("queries")


def samples_dir() -> Path:
    """The bundled sample articles (what `make demo` builds)."""
    return _packaged("samples")
