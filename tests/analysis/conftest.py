"""One store of the hand-made facts, and its networks, shared by the kg.analysis tests."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg.analysis import (
    ALL_MODALITIES,
    load_network,
)
from kg.store import Store
from tests.analysis.facts import fill


@pytest.fixture(scope="package")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("analysis") / "store"
    with Store(path) as store:
        fill(store)
    return path


@pytest.fixture(scope="package")
def actors(store_path: Path) -> nx.MultiDiGraph:
    """The actor-level network, every modality."""
    with Store(store_path, read_only=True) as store:
        return load_network(store, modalities=ALL_MODALITIES)


@pytest.fixture(scope="package")
def countries(store_path: Path) -> nx.MultiDiGraph:
    """The country-level network, Asserted and Intended."""
    with Store(store_path, read_only=True) as store:
        return load_network(store, level="country")
