"""No network for the processes that run the endpoint's queries over an embedded store.

A query process only reads the store on disk and talks to the server through a Unix pipe, so
it needs no Internet socket. `forbid_network()` installs a seccomp filter (through libseccomp,
`pyseccomp`) that makes `socket(AF_INET…)` and `socket(AF_INET6…)` fail with EACCES in this
process and every thread it starts: a federated call (`SERVICE <url>`) that got past the
parsed-query check (`kg.sparql_check`) cannot open a connection anyway. Unix sockets and pipes
still work. Where libseccomp is missing (not Linux, or no libseccomp2), it says so and returns
False; the parsed check still refuses every SERVICE.
"""

from __future__ import annotations

import errno
import logging
import socket

__all__ = ["forbid_network"]

log = logging.getLogger(__name__)


def forbid_network() -> bool:
    """Forbid Internet sockets in this process from now on; False when the OS cannot."""
    try:
        import pyseccomp as seccomp
    except (ImportError, OSError) as exc:  # pyseccomp raises OSError without libseccomp
        log.warning("query processes keep network access (no libseccomp: %s)", exc)
        return False
    try:
        rules = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
        rules.set_attr(seccomp.Attr.CTL_TSYNC, 1)  # every thread of the process
        for family in (socket.AF_INET, socket.AF_INET6):
            rules.add_rule(
                seccomp.ERRNO(errno.EACCES), "socket", seccomp.Arg(0, seccomp.EQ, family)
            )
        rules.load()
    except OSError as exc:
        log.warning("query processes keep network access (seccomp refused: %s)", exc)
        return False
    return True
