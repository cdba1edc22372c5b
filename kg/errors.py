"""The exceptions the library raises. Each message says what is wrong and what to do.

Only the CLI turns them into exit codes.
"""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error IRKG raises on purpose."""


class InputError(KGError):
    """One input (a file, a line of a JSONL file) cannot be read; the rest of the batch goes on."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


class ModelNotFound(KGError):
    """The spaCy pipeline named in the settings is not installed."""


class StoreError(KGError):
    """The store cannot be opened, read or written."""


class QueryError(KGError):
    """A SPARQL query is malformed or names an unknown parameter or saved query."""


class DataError(KGError):
    """A bundled data file (gazetteer, lexicon, ontology) is missing or malformed."""


class UnknownActor(DataError, KeyError):
    """A key or code names no actor of the gazetteer (also a KeyError: `except KeyError` works)."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class DocumentTimeout(KGError):
    """Reading one document took longer than its budget: it is skipped, the batch goes on."""


class QueryTimeout(QueryError):
    """A query ran past its time limit: narrow it (LIMIT, a more selective pattern) or raise it."""


class ServerBusy(KGError):
    """Every query slot of the SPARQL endpoint is taken: retry shortly, or raise --max-running."""
