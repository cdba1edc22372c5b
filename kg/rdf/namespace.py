"""The ontology as code: the `ir:` vocabulary, the resource namespace and IRI minting.

`IR` mirrors `ontology/irkg.ttl` term by term (a test keeps the two in step); it is a closed
namespace, so a misspelt term fails at import time instead of minting a stray IRI:

>>> IR.sanctions
rdflib.term.URIRef('https://w3id.org/irkg/ontology#sanctions')
>>> person_slug("Sergey Lavrov")
'sergey-lavrov'
>>> str(document_iri("reuters/2019 07 24"))
'https://w3id.org/irkg/id/doc/reuters%2F2019%2007%2024'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path
from typing import cast
from urllib.parse import quote

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

from kg import resources
from kg.errors import InputError
from kg.types import ID_BASE, Actor, Interaction

__all__ = [
    "ID",
    "IR",
    "IR_BASE",
    "PREFIXES",
    "actor_iri",
    "bind_prefixes",
    "document_iri",
    "interaction_iri",
    "ir_term",
    "key_iri",
    "ontology_dir",
    "person_slug",
]

IR_BASE = "https://w3id.org/irkg/ontology#"

ID = Namespace(ID_BASE)
"""Where resources are minted: `ID["country/RUS"]`, `ID["doc/..."]`, `ID["interaction/..."]`."""


class IR(DefinedNamespace):
    """The IRKG ontology (`ontology/irkg.ttl`), one annotation per term."""

    _NS = Namespace(IR_BASE)
    _fail = True

    # classes
    Actor: URIRef  # anything that acts in international relations
    Country: URIRef  # a state
    Organization: URIRef  # an intergovernmental organisation or one of its organs
    Official: URIRef  # a person holding office
    Interaction: URIRef  # one relation read from one sentence
    Event: URIRef  # one happening, reported by one or more interactions
    Document: URIRef  # one input text
    Modality: URIRef  # how the text holds a relation

    # modality individuals and their concept scheme
    Asserted: URIRef
    Intended: URIRef
    Negated: URIRef
    Hypothetical: URIRef
    ModalityScheme: URIRef

    # relation properties between actors
    interactsWith: URIRef
    cooperativeRelation: URIRef
    conflictualRelation: URIRef
    meets: URIRef
    supports: URIRef
    cooperates: URIRef
    criticizes: URIRef
    threatens: URIRef
    sanctions: URIRef
    attacks: URIRef

    # properties of an Interaction
    source: URIRef
    target: URIRef
    relation: URIRef
    modality: URIRef
    evidence: URIRef
    evidenceStart: URIRef
    evidenceEnd: URIRef
    confidence: URIRef
    trigger: URIRef
    cue: URIRef
    event: URIRef  # interaction -> the ir:Event it reports

    # properties of an Event (besides source, target, relation and its date)
    reports: URIRef  # how many documents report it

    # properties of actors and documents
    code: URIRef
    affiliatedWith: URIRef
    partOf: URIRef
    position: URIRef
    contentHash: URIRef


PREFIXES: dict[str, str] = {
    "ir": IR_BASE,
    "irkg": ID_BASE,
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "rdf": str(RDF),
}
"""The standard prefixes: bound in exports, declared for every query, used to shorten IRIs."""

_SLUG_FOLD = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ß": "ss"}
)
_NON_SLUG = re.compile(r"[^a-z0-9]+")
# characters kept as they are in a minted path segment; everything else is percent-encoded
_SAFE_SEGMENT = "-._~"


def ontology_dir() -> Path:
    """The folder of `irkg.ttl`, `shapes.ttl` and `context.jsonld` (`kg.resources`)."""
    return resources.ontology_dir()


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the standard prefixes on `graph` (in place) and return it."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, Namespace(namespace), override=True, replace=True)
    return graph


def person_slug(name: str) -> str:
    """An ASCII slug for a person's IRI: accents folded, words joined by hyphens.

    >>> person_slug("  José  Ramón Machado-Ventura ")
    'jose-ramon-machado-ventura'
    >>> person_slug("Lech Wałęsa")
    'lech-walesa'

    A name with no Latin letter at all gets a stable hash instead of an empty slug:

    >>> person_slug("習近平")
    'x-c67d5b2c0c35'
    """
    folded = unicodedata.normalize("NFKD", name.casefold().translate(_SLUG_FOLD))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", ascii_only).strip("-")
    if slug:
        return slug
    digest = hashlib.sha256(name.strip().encode("utf-8", "surrogatepass")).hexdigest()
    return "x-" + digest[:12]


def actor_iri(actor: Actor) -> URIRef:
    """The actor's IRI: `ID_BASE + key`, each path segment percent-encoded if it needs to be.

    For the keys the actor stage mints ("country/RUS", "person/sergey-lavrov") this is exactly
    `actor.iri`.
    """
    return key_iri(actor.key)


def key_iri(key: str) -> URIRef:
    """The IRI of an actor key ("country/USA"), as `actor_iri` mints it (for affiliations)."""
    return ID["/".join(_encode(segment) for segment in key.split("/"))]


def document_iri(doc_id: str) -> URIRef:
    """The document's IRI, `id/doc/<id>` with the id percent-encoded (slashes included)."""
    if not doc_id:
        raise InputError("document id ''", "is empty: give every document a non-empty id")
    return ID["doc/" + _encode(doc_id)]


def ir_term(name: str) -> URIRef:
    """The `ir:` term called `name` ("sanctions", "Asserted"); an unknown name raises
    AttributeError, as `IR.<name>` would."""
    return cast(URIRef, getattr(IR, name))


def _encode(segment: str) -> str:
    """Percent-encode one path segment (slashes too); undecodable characters stay distinct."""
    return quote(segment, safe=_SAFE_SEGMENT, errors="surrogatepass")


def interaction_iri(interaction: Interaction) -> URIRef:
    """The interaction's IRI, `id/interaction/<stable_id>`: the same input gives the same IRI."""
    return ID["interaction/" + interaction.stable_id]
