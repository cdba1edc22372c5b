"""What the query page's editor asks of the endpoint: the vendored editor and its licences, the
vocabulary it completes, library queries with their parameters bound, labels of result IRIs, and
the network view opened on one actor."""

from __future__ import annotations

import hashlib
import json
import urllib.parse
from pathlib import Path

import pytest

from kg.server import SparqlServer
from kg.server.editor import MAX_LABELS, ontology_terms
from tests.server.endpoint_helpers import ID, get, request

REPO = Path(__file__).resolve().parents[2]
VENDOR = REPO / "kg" / "server" / "web" / "vendor"
IR = "https://w3id.org/irkg/ontology#"


def post_json(url: str, value: object) -> tuple[int, bytes]:
    status, _, body = request(
        url, data=json.dumps(value).encode(), headers={"Content-Type": "application/json"}
    )
    return status, body


# -- the vendored editor -------------------------------------------------------------------------


def test_the_vendored_files_are_those_the_manifest_and_the_lock_name() -> None:
    manifest = json.loads((VENDOR / "manifest.json").read_text(encoding="utf-8"))
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest, name
    lock = json.loads((REPO / "web-vendor" / "package-lock.json").read_text(encoding="utf-8"))
    editor = lock["packages"]["node_modules/@zazuko/yasqe"]
    assert manifest["packages"]["@zazuko/yasqe"] == {
        "version": editor["version"],
        "integrity": editor["integrity"],
    }
    pinned = json.loads((REPO / "web-vendor" / "package.json").read_text(encoding="utf-8"))
    assert pinned["dependencies"]["@zazuko/yasqe"] == editor["version"]  # exact, no range
    licences = (VENDOR / "LICENSES.txt").read_text(encoding="utf-8")
    for name, record in manifest["packages"].items():
        assert f"\n{name} {record['version']} (" in licences, name
    assert "Permission is hereby granted" in licences and "Apache License" in licences


def test_the_editor_is_served_under_the_page_policy(server: SparqlServer) -> None:
    _, page_headers, page = request(server.url)
    assert b'src="/web/vendor/yasqe.min.js"' in page
    for asset, media in (
        ("web/vendor/yasqe.min.js", "text/javascript"),
        ("web/vendor/yasqe.min.css", "text/css"),
        ("web/vendor/LICENSES.txt", "text/plain"),
    ):
        status, headers, content = request(server.url + asset)
        assert status == 200 and headers["Content-Type"].startswith(media), asset
        assert content == (VENDOR / asset.rsplit("/", 1)[-1]).read_bytes()
    policy = page_headers["Content-Security-Policy"]
    assert "script-src 'self';" in policy and "'unsafe-inline'" not in policy
    assert "'unsafe-eval'" not in policy and "connect-src 'self'" in policy


# -- the vocabulary ------------------------------------------------------------------------------


def test_the_ontology_terms_come_from_kg_own_files() -> None:
    terms = {t["iri"]: t for t in ontology_terms()}
    assert terms[IR + "Country"]["kind"] == "class"
    assert terms[IR + "sanctions"]["kind"] == "property"
    assert terms[IR + "Asserted"]["kind"] == "value"
    assert terms["http://www.w3.org/ns/prov#wasDerivedFrom"]["kind"] == "property"
    assert terms["http://www.w3.org/2000/01/rdf-schema#label"]["kind"] == "property"
    assert terms[IR + "Interaction"]["comment"]  # the ontology's own explanation comes along


def test_the_vocabulary_lists_prefixes_terms_and_actors(server: SparqlServer) -> None:
    status, headers, body = request(server.url + "api/vocabulary")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    vocabulary = json.loads(body)
    assert vocabulary["prefixes"]["ir"] == IR and vocabulary["prefixes"]["irkg"] == ID
    assert {t["iri"] for t in vocabulary["terms"]} >= {IR + "sanctions", IR + "Official"}
    actors = {a["iri"]: (a["label"], a["kind"]) for a in vocabulary["actors"]}
    assert actors[ID + "person/donald-trump"] == ("Donald Trump", "Official")
    assert actors[ID + "country/CUB"] == ("Cuba", "Country")
    assert vocabulary["actorsCut"] is False


# -- library queries with parameters -------------------------------------------------------------


def test_a_library_query_with_its_parameter_bound(server: SparqlServer, endpoint: str) -> None:
    status, _, body = request(server.url + "api/queries/who-sanctions?target=Cuba")
    assert status == 200
    text = json.loads(body)["text"]
    assert f"<{ID}country/CUB>" in text and "?target ." not in text  # written in, resolved
    status, _, answer = get(endpoint, text)
    labels = [b["label"]["value"] for b in json.loads(answer)["results"]["bindings"]]
    assert labels == ["Donald Trump", "United States"]
    # an empty field takes the default; the default here is CUB as well
    assert json.loads(request(server.url + "api/queries/who-sanctions?target=")[2])["text"] == text


def test_a_hostile_parameter_value_is_one_escaped_term(server: SparqlServer, endpoint: str) -> None:
    hostile = 'x" } ; DROP ALL ; #'
    url = server.url + "api/queries/evidence-search?" + urllib.parse.urlencode({"text": hostile})
    status, _, body = request(url)
    assert status == 200, body
    text = json.loads(body)["text"]
    assert '"x\\" } ; DROP ALL ; #"' in text
    assert get(endpoint, text)[0] == 200


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("api/queries/no-such-query", 404, "no query named"),
        ("api/queries/who-sanctions?target=Atlantis", 400, "no actor 'Atlantis'"),
        ("api/queries/who-sanctions?galaxy=far", 400, "has no parameter 'galaxy'"),
        ("api/queries/who-sanctions?target=CUB&target=RUS", 400, "give each parameter once"),
    ],
)
def test_bad_parameters_say_what_is_wrong(
    server: SparqlServer, path: str, status: int, message: str
) -> None:
    answer = request(server.url + path)
    assert answer[0] == status and message in answer[2].decode(), answer


# -- labels --------------------------------------------------------------------------------------


def test_labels_and_actor_kinds_of_result_iris(server: SparqlServer) -> None:
    iris = [ID + "person/donald-trump", ID + "country/CUB", IR + "sanctions", "urn:x:nobody"]
    status, body = post_json(server.url + "api/labels", {"iris": iris})
    assert status == 200
    answer = json.loads(body)
    trump, cuba = ID + "person/donald-trump", ID + "country/CUB"
    assert answer["labels"] == {trump: "Donald Trump", cuba: "Cuba", IR + "sanctions": "sanctions"}
    assert answer["actors"] == {trump: "Official", cuba: "Country"}


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"iris": ["urn:x:a> } DROP ALL { <urn:x:b"]}, 400),  # not one IRI: refused, not written
        ({"iris": [1]}, 400),
        ({"iris": "urn:x:a"}, 400),
        ([], 400),
        ({"iris": [f"urn:x:{n}" for n in range(MAX_LABELS + 1)]}, 413),
    ],
)
def test_bad_label_requests_are_refused(server: SparqlServer, body: object, status: int) -> None:
    assert post_json(server.url + "api/labels", body)[0] == status
    plain = request(server.url + "api/labels", data=b"iris=x")
    assert plain[0] == 415


def test_a_deeply_nested_label_request_is_refused_not_a_crash(server: SparqlServer) -> None:
    nested = b'{"iris": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"
    status = request(
        server.url + "api/labels", data=nested, headers={"Content-Type": "application/json"}
    )[0]
    assert status in (400, 413)  # never a 500


# -- the network view on one actor ---------------------------------------------------------------


def test_the_network_view_opens_on_an_actor(server: SparqlServer) -> None:
    focus = urllib.parse.quote(ID + "person/donald-trump", safe="")
    status, headers, body = request(server.url + f"network?focus={focus}")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert '"focus":' in body.decode() and '"focus":null' not in body.decode()


@pytest.mark.parametrize(
    ("focus", "status"),
    [
        (ID + "country/ATL", 404),  # an IRI, but no actor of the graph
        (ID + "person/donald-trump&level=country", 404),
        ("<script>alert(1)</script>", 400),  # not an IRI
        ("country/CUB", 400),  # relative
    ],
)
def test_an_unknown_focus_is_refused_without_echo(
    server: SparqlServer, focus: str, status: int
) -> None:
    answer = request(server.url + "network?" + urllib.parse.urlencode({"focus": focus}))
    assert answer[0] == status
    assert answer[1]["Content-Type"].startswith("text/plain")
    assert focus.encode() not in answer[2]


def test_an_official_is_not_a_focus_of_the_country_view(server: SparqlServer) -> None:
    focus = urllib.parse.quote(ID + "person/donald-trump", safe="")
    assert request(server.url + f"network?level=country&focus={focus}")[0] == 404
    focus = urllib.parse.quote(ID + "country/USA", safe="")
    assert request(server.url + f"network?level=country&focus={focus}")[0] == 200
