"""What one request to the endpoint may cost, and how many may run at once."""

from __future__ import annotations

from dataclasses import dataclass

from kg.sparql_check import MAX_DEPTH, MAX_QUERY_CHARS

__all__ = ["ServerLimits"]


@dataclass(frozen=True)
class ServerLimits:
    """The endpoint's bounds.

    * `timeout`: seconds a query may run; then its process is killed and replaced;
    * `max_rows`: rows (or triples) an answer is cut at (the answer says so);
    * `max_running`: query processes, so queries running at once;
    * `max_queued`: queries waiting for a process; beyond, `503` at once;
    * `max_body`, `max_query_chars`, `max_depth`: the request body in bytes, the query in
      characters, and how deeply its brackets may nest, checked before any parser sees it;
    * `read_timeout`: seconds a client may take to send its request (headers and body).
    """

    timeout: float = 10.0
    max_rows: int = 10_000
    max_running: int = 6
    max_queued: int = 64
    max_body: int = 1_000_000
    max_query_chars: int = MAX_QUERY_CHARS
    max_depth: int = MAX_DEPTH
    read_timeout: float = 10.0
