"""kg.store.opening: `open_store` by name. None is a new in-memory store, a folder the embedded
store, a URL a remote store, a `.toml` file the settings in it (bad settings explained)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.store import RemoteStore, Store, open_store
from tests.store.store_helpers import KG_GRAPH, OxigraphServer


def test_open_store_by_name(tmp_path: Path) -> None:
    with open_store(None) as memory:
        assert type(memory) is Store and memory.path is None
    with open_store(tmp_path / "s") as folder:
        assert type(folder) is Store and folder.path == tmp_path / "s"
    with open_store(str(tmp_path / "s"), read_only=True) as again:
        assert again.read_only


def test_a_url_opens_a_remote_store(oxigraph_server: OxigraphServer) -> None:
    with open_store(oxigraph_server.url, read_only=True) as store:
        assert type(store) is RemoteStore and store.read_only
        assert store.location == f"{oxigraph_server.url}/query"


@pytest.mark.parametrize("scheme", ["HTTP://", "Http://"])
def test_a_url_scheme_in_capitals_still_names_a_server(
    oxigraph_server: OxigraphServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    scheme: str,
) -> None:
    """URL schemes ignore case (RFC 3986): `HTTP://host` is a server, never a folder."""
    monkeypatch.chdir(tmp_path)  # a URL taken for a folder would be made here
    url = oxigraph_server.url.replace("http://", scheme, 1)
    with open_store(url, read_only=True) as store:
        assert type(store) is RemoteStore
        assert store.ask("ASK {}")
    settings = tmp_path / "store.toml"
    settings.write_text(f'url = "{url}"\n')
    with open_store(settings) as store:
        assert type(store) is RemoteStore
    assert [p.name for p in tmp_path.iterdir()] == ["store.toml"]


def test_a_settings_file_may_name_a_folder(tmp_path: Path) -> None:
    """A relative `path` is relative to the settings file."""
    settings = tmp_path / "store.toml"
    settings.write_text('[store]\npath = "graph"\n')
    with open_store(settings) as store:
        assert type(store) is Store and store.path == tmp_path / "graph"


def test_a_settings_file_opens_a_remote_store(
    oxigraph_server: OxigraphServer, tmp_path: Path
) -> None:
    settings = tmp_path / "store.toml"
    settings.write_text(
        f'[store]\nurl = "{oxigraph_server.url}"\ngraph = "{KG_GRAPH}"\nbatch_size = 7\n'
        "retries = 1\n"
    )
    with open_store(settings) as store:
        assert isinstance(store, RemoteStore)
        assert (store.batch_size, store.retries, store.kg_graph) == (7, 1, f"<{KG_GRAPH}>")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('url = "http://h"\ncolour = "red"\n', "unknown store setting"),
        ("retries = 2\n", "url ="),
        ('url = "http://h"\npassword_env = "IRKG_TEST_NO_SUCH_VARIABLE"\n', "not set"),
        ('url = "http://h"\nbatch_size = "many"\n', "wrong type"),
        ("url = [", "cannot read"),
        ('url = "ftp://h"\n', "not a SPARQL server URL"),
    ],
)
def test_bad_settings_are_explained(tmp_path: Path, content: str, message: str) -> None:
    settings = tmp_path / "store.toml"
    settings.write_text(content)
    with pytest.raises(StoreError, match=message):
        open_store(settings)


def test_a_missing_settings_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store settings file"):
        open_store(tmp_path / "missing.toml")
