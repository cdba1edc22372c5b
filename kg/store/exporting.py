"""Export formats: which file extension or format name means which RDF syntax, the prefixes
written in Turtle and TriG, and the local JSON-LD context.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pyoxigraph as ox

from kg.errors import DataError, KGError, StoreError
from kg.rdf.namespace import PREFIXES, ontology_dir

__all__ = ["export_format", "jsonld_context", "write_atomically"]

log = logging.getLogger(__name__)
T = TypeVar("T")

_EXPORT_FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".nt": "ntriples",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}
_FORMAT_ALIASES: dict[str, str] = {
    "turtle": "turtle", "ttl": "turtle",
    "ntriples": "ntriples", "nt": "ntriples", "n-triples": "ntriples",
    "nquads": "nquads", "nq": "nquads", "n-quads": "nquads",
    "trig": "trig",
    "json-ld": "json-ld", "jsonld": "json-ld",
}  # fmt: skip
OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}
# prefixes written in Turtle/TriG exports (irkg: is left out: its local names need escaping)
EXPORT_PREFIXES = {p: PREFIXES[p] for p in ("ir", "prov", "dcterms", "skos", "rdfs", "owl", "xsd")}


def export_format(path: Path, fmt: str | None) -> str:
    if fmt is not None:
        name = _FORMAT_ALIASES.get(fmt.lower().lstrip("."))
        if name is None:
            known = ", ".join(sorted(set(_FORMAT_ALIASES)))
            raise StoreError(f"unknown export format {fmt!r}: use one of {known}")
        return name
    name = _EXPORT_FORMATS.get(path.suffix.lower())
    if name is None:
        raise StoreError(
            f"cannot tell the export format of {path}: name it with one of "
            f"{', '.join(sorted(_EXPORT_FORMATS))}"
        )
    return name


def jsonld_context() -> dict[str, Any]:
    """The local JSON-LD @context of `ontology/context.jsonld` (the inner object)."""
    path = ontology_dir() / "context.jsonld"
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        context = document["@context"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataError(f"{path}: cannot read the JSON-LD context ({exc}); reinstall IRKG") from exc
    if not isinstance(context, dict):
        raise DataError(f"{path}: @context must be an object, not {type(context).__name__}")
    return context


def write_atomically(
    path: Path, write: Callable[[Path], T], *, error: type[KGError] = KGError
) -> T:
    """Write a file through a temporary one beside it, renamed into place, so that a failed
    export leaves no half file; the file gets the umask's permissions (mkstemp makes 0600, an
    export is for sharing). Returns what `write(temporary path)` returns; an OSError becomes
    `error` naming the path."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise error(f"cannot write {path}: {exc}; choose a writable path") from exc
    tmp = Path(tmp_name)
    try:
        result = write(tmp)
        umask = os.umask(0)
        os.umask(umask)
        tmp.chmod(0o666 & ~umask)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise error(f"cannot write {path}: {exc}; choose a writable path") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    log.info("wrote %s", path)
    return result
