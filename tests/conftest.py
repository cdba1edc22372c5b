"""Shared fixtures. The trained pipeline is loaded lazily, once per session, by the tests that need it."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    """The extractor on the configured spaCy pipeline (tests using it are marked `model`)."""
    from kg.extractor import Extractor
    from kg.settings import Settings

    return Extractor.from_model(Settings.from_env().model)


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    path = SHARED / "eval"
    if not path.is_dir():
        pytest.skip("../shared/eval is not next to the repository")
    return path
