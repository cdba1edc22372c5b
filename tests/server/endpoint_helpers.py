"""What the endpoint's tests share: a small graph, a heavy query, HTTP requests."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from email.message import Message

from kg.rdf.build import document_graph
from kg.server import ServerLimits
from kg.store import Store
from kg.types import Actor, ActorKind, Document, Interaction, Modality, Relation

ID = "https://w3id.org/irkg/id/"
USA = Actor("country/USA", ActorKind.COUNTRY, "United States", code="USA")
CUB = Actor("country/CUB", ActorKind.COUNTRY, "Cuba", code="CUB")
RUS = Actor("country/RUS", ActorKind.COUNTRY, "Russia", code="RUS")
TRUMP = Actor("person/donald-trump", ActorKind.OFFICIAL, "Donald Trump", affiliation="country/USA")
HOSTILE = 'Russia criticized "them" <script>alert(1)</script> & \\ back\\slash, é 😀.'
WHO = "SELECT ?who WHERE { ?who ir:sanctions ?whom } ORDER BY ?who"
WHO_ROWS = [f"{ID}country/USA", f"{ID}person/donald-trump"]
# a few processes are enough for tests; each one opens the store itself
TEST_LIMITS = ServerLimits(max_running=2)


def fill(store: Store) -> Store:
    d1 = Document("d1", "Trump imposed sanctions on Cuba.", date="2019-07-24")
    d2 = Document("d2", HOSTILE, date="2019-07-25")
    facts = [
        (d1, Interaction("d1", TRUMP, Relation.SANCTIONS, CUB, Modality.ASSERTED, d1.text, 0,
                         len(d1.text), 0.8)),
        (d2, Interaction("d2", RUS, Relation.CRITICIZES, USA, Modality.ASSERTED, HOSTILE, 0,
                         len(HOSTILE), 0.7)),
    ]  # fmt: skip
    for doc, fact in facts:
        triples, direct = document_graph(doc, [fact], [USA])
        store.replace_document(doc, triples, direct=direct)
    return store


HEAVY = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?a <http://example.org/p> ?x . "
    "?b <http://example.org/p> ?y . ?c <http://example.org/p> ?z . ?d ?e ?f }"
)


def request(
    url: str,
    *,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
    method: str | None = None,
    timeout: float = 30,
) -> tuple[int, Message, bytes]:
    """Status, headers (names in any case) and body of one HTTP request (errors included)."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as answer:
            return answer.status, answer.headers, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def get(endpoint: str, query: str, **params: str) -> tuple[int, Message, bytes]:
    accept = params.pop("accept", None)
    url = endpoint + "?" + urllib.parse.urlencode({"query": query, **params})
    return request(url, headers={"Accept": accept} if accept else {})
