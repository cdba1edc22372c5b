"""Opening a store by name: a folder, a SPARQL server's URL, or a `.toml` settings file."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from kg.errors import StoreError
from kg.settings import is_server_url
from kg.store.base import GraphStore
from kg.store.embedded import Store
from kg.store.remote import RemoteStore

__all__ = ["open_store"]

_CONFIG_KEYS = frozenset(
    {
        "url",
        "query",
        "update",
        "graph",
        "path",
        "batch_size",
        "retries",
        "backoff",
        "timeout",
        "username",
        "password_env",
    }
)


def open_store(spec: str | Path | None = None, *, read_only: bool = False) -> GraphStore:
    """The store that `spec` names.

    * None: a new in-memory store;
    * `http://...` or `https://...` (the scheme in any case): a `RemoteStore` on that server;
    * a `.toml` file: the settings in it (`url` or `query` + `update`, `graph`, `batch_size`,
      `retries`, `backoff`, `timeout`, `username`, `password_env`; or `path` for a local store);
    * anything else: the embedded store in that folder.
    """
    if spec is None:
        return Store(read_only=read_only)
    text = str(spec)
    if is_server_url(text):
        return RemoteStore(text, read_only=read_only)
    path = Path(spec)
    if path.suffix.lower() == ".toml":
        return _store_from_config(path, read_only=read_only)
    return Store(path, read_only=read_only)


def _store_from_config(path: Path, *, read_only: bool) -> GraphStore:
    try:
        settings = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise StoreError(f"{path}: no such store settings file") from exc
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise StoreError(f"{path}: cannot read the store settings ({exc})") from exc
    settings = settings.get("store", settings)
    unknown = sorted(set(settings) - _CONFIG_KEYS)
    if unknown:
        raise StoreError(
            f"{path}: unknown store setting(s) {', '.join(unknown)}: "
            f"use {', '.join(sorted(_CONFIG_KEYS))}"
        )
    if "path" in settings:
        return Store(path.parent / str(settings["path"]), read_only=read_only)
    url = settings.get("url") or settings.get("query")
    if not isinstance(url, str):
        raise StoreError(f'{path}: give the server as url = "http://..." (or query and update)')
    password_env = settings.get("password_env")
    password = os.environ.get(str(password_env)) if password_env else None
    if password_env and password is None:
        raise StoreError(
            f"{path}: the environment variable {password_env} (the password) is not set"
        )
    try:
        return RemoteStore(
            url,
            update_url=settings.get("update"),
            kg_graph=settings.get("graph"),
            read_only=read_only,
            batch_size=int(settings.get("batch_size", 1000)),
            retries=int(settings.get("retries", 3)),
            backoff=float(settings.get("backoff", 0.5)),
            timeout=float(settings.get("timeout", 60.0)),
            username=settings.get("username"),
            password=password,
        )
    except (TypeError, ValueError) as exc:
        raise StoreError(f"{path}: a store setting has the wrong type ({exc})") from exc
