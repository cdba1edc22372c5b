"""The SPARQL endpoint and its pages (`kg serve`): read-only, bounded, with no network of its own.

One idea per module:

* `limits`: `ServerLimits`, what one request may cost;
* `negotiation`: media types, content negotiation, answers rendered (and marked when cut);
* `security`: the headers of every answer, the policy of each page;
* `sandbox`: no Internet sockets in the query processes;
* `pool`: the query processes, killed at their deadline, and what runs inside them;
* `app`: the Starlette application (routes, the SPARQL 1.1 Protocol, CORS);
* `http`: `SparqlServer` and `serve`, on uvicorn;
* `web/`: the query page's files.
"""

from __future__ import annotations

from kg.server.http import SparqlServer, serve
from kg.server.limits import ServerLimits
from kg.server.negotiation import negotiate

__all__ = ["ServerLimits", "SparqlServer", "negotiate", "serve"]
