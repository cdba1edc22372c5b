"""The headers every answer of the endpoint carries, and the policy of each page.

Every answer: `X-Content-Type-Options: nosniff`, `Cache-Control: no-store`, a
`Content-Security-Policy` with `frame-ancestors 'none'` (no page may frame ours) and
`X-Frame-Options: DENY` for older browsers, and `Referrer-Policy: no-referrer`. The query page
loads only its own files (`script-src 'self'`); the network page is one self-contained file, so
its policy allows exactly its own inline scripts and styles, by their SHA-256 hashes, read from
the parsed page (`html.parser`), never from a pattern over its text.
"""

from __future__ import annotations

import base64
import hashlib
from html.parser import HTMLParser

__all__ = ["BASE_HEADERS", "DATA_POLICY", "PAGE_POLICY", "page_policy"]

PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
# answers that are data, not pages: nothing in them may run or be framed
DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox"
BASE_HEADERS: dict[str, str] = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
_DATA_SCRIPT_TYPES = frozenset({"application/json", "application/ld+json"})


class _InlineCode(HTMLParser):
    """Collects the text of the inline <script> (those a browser runs) and <style> elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._inside: list[str] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "script" and "src" not in values:
            kind = (values.get("type") or "").strip().lower()
            self._inside = None if kind in _DATA_SCRIPT_TYPES else self.scripts
            self._text = []
        elif tag == "style":
            self._inside = self.styles
            self._text = []

    def handle_data(self, data: str) -> None:
        self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            if self._inside is not None:
                self._inside.append("".join(self._text))
            self._inside = None
            self._text = []


def _hash(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def page_policy(page: str) -> str:
    """The Content-Security-Policy of a self-contained page: its inline code, nothing else.

    >>> page_policy("<style>p{}</style><script>go()</script>").split("; ")[1]
    "script-src 'sha256-5KYv+PUboo5h+0+YAtGRPbwv5d/QxzHslP4YGnUaxRw='"
    """
    reader = _InlineCode()
    reader.feed(page)
    reader.close()
    scripts = " ".join(_hash(code) for code in reader.scripts) or "'none'"
    styles = " ".join(_hash(code) for code in reader.styles) or "'none'"
    return (
        f"default-src 'none'; script-src {scripts}; style-src {styles}; img-src data:; "
        "connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
