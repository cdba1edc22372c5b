"""kg.store.exporting: which file extension or format name means which RDF syntax, and the
packaged JSON-LD context. (Exports written by each store: test_contract.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.rdf.namespace import IR
from kg.store import export_format, jsonld_context


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("g.ttl", "turtle"),
        ("g.nt", "ntriples"),
        ("g.nq", "nquads"),
        ("g.trig", "trig"),
        ("g.jsonld", "json-ld"),
        ("g.json", "json-ld"),
        ("G.TTL", "turtle"),
    ],
)
def test_the_extension_names_the_format(name: str, expected: str) -> None:
    assert export_format(Path(name), None) == expected


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [("TTL", "turtle"), (".nt", "ntriples"), ("n-quads", "nquads"), ("jsonld", "json-ld")],
)
def test_a_format_name_overrides_the_extension(fmt: str, expected: str) -> None:
    """Aliases, any case, with or without a dot; the extension is not looked at."""
    assert export_format(Path("graph.xml"), fmt) == expected


def test_an_unknown_format_or_extension_is_explained() -> None:
    with pytest.raises(StoreError, match="unknown export format 'rdfxml'"):
        export_format(Path("g.ttl"), "rdfxml")
    with pytest.raises(StoreError, match="cannot tell the export format.*\\.ttl"):
        export_format(Path("g.xml"), None)


def test_the_jsonld_context_is_the_local_object() -> None:
    context = jsonld_context()
    assert isinstance(context, dict) and context["ir"] == str(IR)
