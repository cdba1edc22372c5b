"""Files, folders, JSONL, CSV and stdin -> `Document`s.

An INPUT is a `.txt` file (the first non-empty line is the title), a `.jsonl` file of
`{"id", "text", "title"?, "date"?, "url"?}` objects, a `.csv` file with a header row naming the
same columns, a folder of them (read recursively), or `-` for stdin (JSONL or text). Which field
holds what is an `InputFields` (`{"published": ...}` read as the date with
`InputFields(date="published")`). Bad input never stops the batch: whatever cannot be read (a
file, a line, a field) is reported to `on_problem` as a `Problem` naming the file and line, and
the rest is read on; fields that are not read, and a file whose records have no date field, are
named once per file (a notice, not a failure).

>>> import io
>>> problems = []
>>> docs = list(read_inputs(["-"], stdin=io.StringIO('{"id": "a", "text": "Hi."}\\n[1]\\n'),
...                         on_problem=problems.append))
>>> [(d.id, d.text, d.origin) for d in docs]
[('a', 'Hi.', '<stdin>:1')]
>>> [str(p) for p in problems]
['<stdin>:2: expected a JSON object, got an array']
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import logging
import os
import re
import shlex
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, AnyStr, TextIO

from kg.errors import InputError
from kg.settings import InputFields
from kg.types import Document

log = logging.getLogger(__name__)

DEFAULT_MAX_CHARS = 1_000_000
SUFFIXES = (".txt", ".jsonl", ".csv")
STDIN = "-"
STDIN_NAME = "<stdin>"

_SNIFF_BYTES = 8192  # how much of a file the binary check looks at
_BINARY_SHARE = 0.30  # more undecodable or control characters than this: a binary file
_CHUNK = 1 << 20
_MAX_TITLE = 300
# A JSON line may escape every character (up to 12 bytes for an astral one) and carry metadata.
_LINE_BYTES_PER_CHAR = 12
_LINE_SLACK = 1 << 20
_CSV_COUNT_FIELD = (1 << 31) - 1  # counting CSV records: no field is too long (a C long)

_BOMS = (  # longest first: the UTF-32-LE mark starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LINE_BREAKS = re.compile("[\x0b\x0c\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff]")
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_TEXT_CONTROLS = frozenset("\n\r\t\f\b\x1b")
_JSON_TYPES = {
    list: "an array",
    str: "a string",
    bool: "a boolean",
    int: "a number",
    float: "a number",
    type(None): "null",
}

OnProblem = Callable[["Problem"], None]
DEFAULT_FIELDS = InputFields()
RECORD_FIELDS = DEFAULT_FIELDS.names


@dataclass(frozen=True)
class Problem:
    """Something in the input that could not be read; the rest of the batch goes on.

    `where` names the file, and for JSONL the line ("samples/x.jsonl:12").
    """

    where: str
    message: str
    notice: bool = False  # read all the same (an unknown field): worth saying, not a failure

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"

    @property
    def line(self) -> int | None:
        """The JSONL line it is about, if any.

        >>> Problem("news.jsonl:12", "not valid JSON").line, Problem("a.txt", "empty file").line
        (12, None)
        """
        _, colon, number = self.where.rpartition(":")
        return int(number) if colon and number.isdigit() else None


def read_inputs(
    inputs: Sequence[str | Path],
    *,
    stdin: TextIO | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    fields: InputFields = DEFAULT_FIELDS,
    on_problem: OnProblem,
) -> Iterator[Document]:
    """Yield the documents of every input, in order; report what cannot be read to `on_problem`.

    `fields` names the fields (JSONL) or columns (CSV) that hold each part of a document. A
    document whose id was already read in this batch is reported and skipped: the first wins.
    """
    if max_chars < 1:
        raise InputError("--max-chars", f"must be a positive number of characters, got {max_chars}")
    first_seen: dict[str, str] = {}
    for item in inputs:
        for doc in _read_input(
            item, stdin=stdin, max_chars=max_chars, fields=fields, on_problem=on_problem
        ):
            origin = doc.origin or doc.id
            if doc.id in first_seen:
                message = f"duplicate id {doc.id!r}: the first, from {first_seen[doc.id]}, is kept"
                on_problem(Problem(origin, message))
                continue
            first_seen[doc.id] = origin
            yield doc


def count_documents(inputs: Sequence[str | Path]) -> int | None:
    """How many documents `read_inputs` will yield at most, counted without decoding: one per
    `.txt` file, one per non-blank `.jsonl` line, one per `.csv` record under the header (a
    quoted field may span lines, so CSV is parsed). None when an input is stdin (unknown ahead).

    Reads each JSONL file once in chunks (memory does not grow with a line's length); files that
    cannot be read count 0 (`read_inputs` reports them).
    """
    total = 0
    for item in inputs:
        if str(item) == STDIN:
            return None
        path = Path(item)
        files = _folder_files(path, lambda _problem: None) if path.is_dir() else [path]
        for file in files:
            suffix = file.suffix.lower()
            if suffix == ".txt":
                total += 1
            elif suffix == ".jsonl":
                total += _count_lines(file)
            elif suffix == ".csv":
                total += _count_csv_records(file)
    return total


def _count_lines(path: Path, chunk: int = 1 << 20) -> int:
    """Non-blank lines of a file, read in chunks; 0 when it cannot be read."""
    count, filled = 0, False  # `filled`: the line running into the next chunk has content
    try:
        with path.open("rb") as stream:
            while data := stream.read(chunk):
                *ended, last = data.split(b"\n")
                for line in ended:
                    count += filled or bool(line.strip())
                    filled = False
                filled = filled or bool(last.strip())
    except OSError:
        return 0
    return count + filled


def normalize_text(text: str, *, keep_offsets: bool = False) -> str:
    """Clean text for extraction: NFC, `\\n` line ends, plain spaces, no control characters.

    With `keep_offsets` every character is replaced one for one (no NFC, `\\r\\n` -> ` \\n`), so
    that character offsets into the original text (gold target sentences) stay valid.

    >>> normalize_text("Caf\\u0065\\u0301\\u00a0bar\\r\\nx\\x07")
    'Café bar\\nx'
    >>> normalize_text("a\\u00a0b\\r\\nc\\x07", keep_offsets=True)
    'a b \\nc '
    """
    text = _SURROGATES.sub("\ufffd", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _SPACES.sub(" ", text)
    if keep_offsets:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
        return _CONTROLS.sub(" ", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _CONTROLS.sub("", text))


def iso_date(value: object) -> str | None:
    """The ISO date ("2019-07-24") of an ISO 8601 date or datetime string, else None.

    >>> iso_date("2019-07-24T10:30:00Z"), iso_date("20190724"), iso_date("24/07/2019")
    ('2019-07-24', '2019-07-24', None)
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        return None


# -- inputs ---------------------------------------------------------------------------------


def _read_input(
    item: str | Path,
    *,
    stdin: TextIO | None,
    max_chars: int,
    fields: InputFields,
    on_problem: OnProblem,
) -> Iterator[Document]:
    """The documents of one INPUT: stdin, a folder or a file."""
    if str(item) == STDIN:
        stream = stdin if stdin is not None else sys.stdin
        binary = getattr(stream, "buffer", None)  # read bytes, as from a file, where we can
        if binary is not None:
            yield from _read_stdin_bytes(
                binary, max_chars=max_chars, fields=fields, on_problem=on_problem
            )
        else:
            yield from _read_stdin(
                stream, max_chars=max_chars, fields=fields, on_problem=on_problem
            )
        return
    path = Path(item)
    files = _folder_files(path, on_problem) if path.is_dir() else [path]
    for file in files:
        yield from _read_file(file, max_chars=max_chars, fields=fields, on_problem=on_problem)


def _folder_files(folder: Path, on_problem: OnProblem) -> list[Path]:
    """The supported, non-hidden files under `folder`, recursively, sorted by path."""

    def unreadable(error: OSError) -> None:
        where = str(error.filename or folder)
        on_problem(Problem(where, f"cannot read folder: {error.strerror or error}"))

    found: list[Path] = []
    for root, dirs, names in os.walk(folder, onerror=unreadable):
        for name in [d for d in dirs if d.startswith(".")]:
            log.debug("skipped hidden folder %s", os.path.join(root, name))
            dirs.remove(name)
        for name in names:
            path = Path(root, name)
            if name.startswith("."):
                log.debug("skipped hidden file %s", path)
            elif path.suffix.lower() not in SUFFIXES:
                log.debug("skipped %s: not a %s file", path, " or ".join(SUFFIXES))
            else:
                found.append(path)
    return sorted(found)


def _read_file(
    path: Path, *, max_chars: int, fields: InputFields, on_problem: OnProblem
) -> Iterator[Document]:
    """The documents of one `.txt`, `.jsonl` or `.csv` file; every problem goes to `on_problem`."""
    where = str(path)
    try:
        if not path.exists():
            raise InputError(where, "no such file or directory")
        if path.suffix.lower() not in SUFFIXES:
            raise InputError(where, "unsupported file type, expected .txt, .jsonl or .csv")
        if not path.is_file():
            raise InputError(where, "not a regular file")
        suffix = path.suffix.lower()
        if suffix == ".txt":
            yield _read_txt(path, max_chars=max_chars)
        elif suffix == ".csv":
            yield from _read_csv(path, max_chars=max_chars, fields=fields, on_problem=on_problem)
        else:
            yield from _read_jsonl(path, max_chars=max_chars, fields=fields, on_problem=on_problem)
    except InputError as error:
        on_problem(Problem(error.where, error.problem))
    except OSError as error:
        on_problem(Problem(where, f"cannot read: {error.strerror or error}"))


# -- bytes -> text ----------------------------------------------------------------------------


def _encoding(head: bytes) -> tuple[str, int]:
    """The encoding a file's byte-order mark announces (UTF-8 without one) and the mark's length."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding, (len(bom) if encoding == "utf-8" else 0)
    return "utf-8", 0


def _check_not_binary(head: bytes, encoding: str, where: str) -> None:
    """Raise InputError when the first bytes of a UTF-8 file look like a binary file."""
    if encoding != "utf-8":
        return  # UTF-16 and UTF-32 text is full of NUL bytes
    if b"\x00" in head or _mostly_non_text(head.decode("utf-8", errors="replace")):
        raise InputError(where, "binary file, not text")


def _mostly_non_text(sample: str) -> bool:
    """True when undecodable or control characters make up more than a small share of `sample`."""
    bad = sum(
        1
        for char in sample
        if char == "\ufffd" or (unicodedata.category(char) == "Cc" and char not in _TEXT_CONTROLS)
    )
    return bad > _BINARY_SHARE * max(len(sample), 1)


def _decode(data: bytes, where: str) -> str:
    """Decode a whole file: UTF-8, or UTF-16/32 when a byte-order mark says so."""
    encoding, skip = _encoding(data[:4])
    _check_not_binary(data[skip : skip + _SNIFF_BYTES], encoding, where)
    try:
        return data[skip:].decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(where, _decode_problem(encoding, skip + error.start)) from None


def _decode_problem(encoding: str, position: int) -> str:
    if encoding == "utf-8":
        return f"not valid UTF-8 at byte {position} (save the file as UTF-8)"
    name = encoding.upper()
    return f"not valid {name} although it starts with a {name} byte-order mark"


def _count_chars(path: Path, encoding: str) -> int:
    """The number of characters in a (large) file, read in chunks."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    count = 0
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            count += len(decoder.decode(chunk))
    return count + len(decoder.decode(b"", final=True))


def _too_long(doc_id: str, chars: int, max_chars: int) -> str:
    return (
        f"document {doc_id!r} has {chars:,} characters; the limit is {max_chars:,} "
        "(set --max-chars)"
    )


# -- .txt and plain text ----------------------------------------------------------------------


def _read_txt(path: Path, *, max_chars: int) -> Document:
    """A `.txt` file is one document: id = file name without extension, title = first line."""
    where, doc_id = str(path), path.stem
    with path.open("rb") as stream:
        data = stream.read(4 * max_chars + 5)  # 4 bytes at most per character, and a BOM
    if not data.strip():
        raise InputError(where, "empty file")
    if len(data) > 4 * max_chars + 4:  # certainly too long: count without holding the file
        encoding, _ = _encoding(data[:4])
        _check_not_binary(data[:_SNIFF_BYTES], encoding, where)
        raise InputError(where, _too_long(doc_id, _count_chars(path, encoding), max_chars))
    return _text_document(_decode(data, where), doc_id, where, max_chars=max_chars)


def _text_document(raw: str, doc_id: str, where: str, *, max_chars: int) -> Document:
    """One plain-text document. The text keeps its title line, so headlines are read too."""
    text = normalize_text(raw)
    if not text.strip():
        raise InputError(where, "empty file")
    if len(text) > max_chars:
        raise InputError(where, _too_long(doc_id, len(text), max_chars))
    return Document(id=doc_id, text=text, title=_title(text), origin=where)


def _title(text: str) -> str | None:
    """The first non-empty line, cut to a readable length."""
    for line in text.splitlines():
        if line.strip():
            title = " ".join(line.split())
            return title if len(title) <= _MAX_TITLE else title[: _MAX_TITLE - 1] + "…"
    return None


# -- .jsonl -----------------------------------------------------------------------------------


def _sniffed(stream: IO[bytes], where: str) -> tuple[str, int]:
    """The encoding of a file opened in binary (from its byte-order mark) and the length of
    that mark, with the stream left just after it; an empty or binary file raises."""
    head = stream.read(_SNIFF_BYTES)
    if not head.strip():
        raise InputError(where, "empty file")
    encoding, skip = _encoding(head[:4])
    _check_not_binary(head[skip:], encoding, where)
    stream.seek(skip)
    return encoding, skip


def _read_jsonl(
    path: Path, *, max_chars: int, fields: InputFields, on_problem: OnProblem
) -> Iterator[Document]:
    """Stream the documents of a JSONL file line by line (memory does not grow with the file)."""
    where = str(path)
    limit = _LINE_BYTES_PER_CHAR * max_chars + _LINE_SLACK
    with path.open("rb") as stream:
        encoding, skip = _sniffed(stream, where)
        if encoding == "utf-8":
            lines = _utf8_lines(
                stream.readline, where, skip=skip, limit=limit, on_problem=on_problem
            )
        else:
            text = io.TextIOWrapper(stream, encoding=encoding, newline="\n")
            lines = _text_lines(text.readline, where, limit=limit, on_problem=on_problem)
        yield from _records(lines, where, max_chars=max_chars, fields=fields, on_problem=on_problem)


def _limited_lines(
    readline: Callable[[int], AnyStr], *, newline: AnyStr, limit: int
) -> Iterator[tuple[int, AnyStr | int]]:
    """(line number, line) pairs; a line longer than `limit` is skipped and given as its length."""
    number = 0
    while line := readline(limit):
        number += 1
        if len(line) < limit or line.endswith(newline):
            yield number, line
            continue
        length = len(line)
        while rest := readline(_CHUNK):
            length += len(rest)
            if rest.endswith(newline):
                break
        yield number, length


def _utf8_lines(
    readline: Callable[[int], bytes], where: str, *, skip: int, limit: int, on_problem: OnProblem
) -> Iterator[tuple[int, str]]:
    """Decoded lines of a UTF-8 stream; a line that is not UTF-8 or too long is reported."""
    offset = skip
    for number, line in _limited_lines(readline, newline=b"\n", limit=limit):
        if isinstance(line, int):
            on_problem(Problem(f"{where}:{number}", _line_too_long(line, "bytes", limit)))
            offset += line
            continue
        try:
            yield number, line.decode("utf-8")
        except UnicodeDecodeError as error:
            on_problem(Problem(f"{where}:{number}", _decode_problem("utf-8", offset + error.start)))
        offset += len(line)


def _text_lines(
    readline: Callable[[int], str], where: str, *, limit: int, on_problem: OnProblem
) -> Iterator[tuple[int, str]]:
    """Lines of an already decoding stream (stdin, UTF-16); a decoding error ends the stream."""
    number = 0
    try:
        for number, line in _limited_lines(readline, newline="\n", limit=limit):
            if isinstance(line, int):
                on_problem(Problem(f"{where}:{number}", _line_too_long(line, "characters", limit)))
            else:
                yield number, line
    except UnicodeDecodeError as error:
        message = f"not valid text after line {number} ({error.reason}); the rest is skipped"
        on_problem(Problem(where, message))


def _line_too_long(length: int, unit: str, limit: int) -> str:
    return (
        f"a line of {length:,} {unit}, more than the {limit:,} a document within the "
        "character limit can take (set --max-chars)"
    )


def _records(
    lines: Iterable[tuple[int, str]],
    where: str,
    *,
    max_chars: int,
    fields: InputFields,
    on_problem: OnProblem,
) -> Iterator[Document]:
    """The documents of JSONL lines; blank lines are skipped, bad ones reported."""
    seen_any = False
    notices = _FieldNotices(fields, on_problem)
    for number, line in lines:
        if not line.strip():
            continue
        seen_any = True
        try:
            record = parse_json_record(line, f"{where}:{number}")
            notices.check(record, f"{where}:{number}")
            yield _record_document(
                record,
                f"{where}:{number}",
                max_chars=max_chars,
                fields=fields,
                on_problem=on_problem,
            )
        except InputError as error:
            on_problem(Problem(error.where, error.problem))
    if not seen_any:
        on_problem(Problem(where, "empty file"))


class _FieldNotices:
    """Says once per file which fields are not read, and, when a record with such fields has
    no date field, that its documents are built undated (a story whose date sits in
    "published" would otherwise lose it silently)."""

    def __init__(self, fields: InputFields, on_problem: OnProblem) -> None:
        self.fields, self.on_problem = fields, on_problem
        self.unknown: set[str] = set()  # fields named once already
        self.undated_named = False

    def check(self, record: dict[str, object], where: str) -> None:
        unread = set(record) - self.fields.names
        new = sorted(unread - self.unknown)
        if new:
            self.unknown.update(new)
            names = ", ".join(json.dumps(name)[:60] for name in new)
            read = ", ".join(sorted(self.fields.names))
            self._notice(where, f"unknown field(s) {names} ignored: IRKG reads {read}")
        if unread and self.fields.date not in record and not self.undated_named:
            self.undated_named = True
            self._notice(where, self._undated(record))

    def _undated(self, record: dict[str, object]) -> str:
        field = json.dumps(self.fields.date)
        dated = [
            name for name, value in record.items()
            if name not in self.fields.names and iso_date(value) is not None
        ]  # fmt: skip
        if dated:
            return (
                f"no {field} field: documents without one are built undated; "
                f"{json.dumps(dated[0])[:60]} holds a date: read it with "
                f"--date-field {shlex.quote(dated[0])[:60]}"
            )
        return (
            f"no {field} field: documents without one are built undated "
            "(name the field that holds the date with --date-field)"
        )

    def _notice(self, where: str, message: str) -> None:
        self.on_problem(Problem(where, message, notice=True))


def parse_json_record(line: str, where: str) -> dict[str, object]:
    """One JSONL line -> its JSON object; InputError naming `where` (file:line) when it is none
    (not JSON, nested too deeply, a number too long, not an object). Every JSONL reader of the
    project (documents, gold files, judged readings) parses its lines here."""
    try:
        record = json.loads(line.rstrip("\r\n"))
    except RecursionError:
        raise InputError(where, "not valid JSON: nested too deeply") from None
    except json.JSONDecodeError as error:
        raise InputError(where, f"not valid JSON: {error.msg} at column {error.pos + 1}") from None
    except ValueError as error:  # e.g. an integer with too many digits
        raise InputError(where, f"not valid JSON: {error}") from None
    if not isinstance(record, dict):
        raise InputError(where, f"expected a JSON object, got {_JSON_TYPES.get(type(record))}")
    return record


def _record_document(
    record: dict[str, object],
    where: str,
    *,
    max_chars: int,
    fields: InputFields,
    on_problem: OnProblem,
) -> Document:
    """Check the fields of a JSON object (or CSV row); bad optional fields are reported and
    dropped."""
    for part, key in (("id", fields.id), ("text", fields.text)):
        if key not in record:
            raise InputError(
                where, f"missing {json.dumps(key)}: name the {part} field with --{part}-field"
            )
    doc_id, raw_text = record[fields.id], record[fields.text]
    id_name, text_name = json.dumps(fields.id), json.dumps(fields.text)
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise InputError(
            where, f"{id_name} must be a non-empty string, got {json.dumps(doc_id)[:80]}"
        )
    if _SURROGATES.search(doc_id):
        raise InputError(where, f"{id_name} {doc_id!r} is not valid Unicode (a lone surrogate)")
    if not isinstance(raw_text, str):
        raise InputError(where, f"{text_name} of {doc_id!r} must be a string")
    text = normalize_text(raw_text)
    if not text.strip():
        raise InputError(where, f"document {doc_id!r} has no text")
    if len(text) > max_chars:
        raise InputError(where, _too_long(doc_id, len(text), max_chars))
    return Document(
        id=doc_id,
        text=text,
        title=_optional_string(record, fields.title, where, on_problem),
        date=_record_date(record, fields.date, where, on_problem),
        url=_optional_string(record, fields.url, where, on_problem),
        origin=where,
    )


def _optional_string(
    record: dict[str, object], key: str, where: str, on_problem: OnProblem
) -> str | None:
    """A one-line string field, or None (reported when present but not a string)."""
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        on_problem(Problem(where, f"{json.dumps(key)} must be a string; it is ignored"))
        return None
    return " ".join(normalize_text(value).split()) or None


def _record_date(
    record: dict[str, object], key: str, where: str, on_problem: OnProblem
) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    parsed = iso_date(value)
    if parsed is None:
        shown = json.dumps(value, ensure_ascii=False)[:80]
        on_problem(
            Problem(
                where,
                f'bad date {shown}: expected ISO 8601 such as "2019-07-24"; '
                "the document is read without a date",
            )
        )
    return parsed


# -- .csv -------------------------------------------------------------------------------------


def _read_csv(
    path: Path, *, max_chars: int, fields: InputFields, on_problem: OnProblem
) -> Iterator[Document]:
    """Stream the documents of a CSV file (RFC 4180: a header row, commas, quoted fields that
    may span lines), one per record; a record that cannot be read is reported by the line it
    starts on and the rest is read on."""
    where = str(path)
    with path.open("rb") as stream:
        encoding, _skip = _sniffed(stream, where)
        # undecodable bytes become lone surrogates, so that one bad record costs only itself
        text = io.TextIOWrapper(stream, encoding=encoding, errors="surrogateescape", newline="")
        limit = csv.field_size_limit()
        csv.field_size_limit(max(limit, max_chars + _LINE_SLACK))  # a field may be a document
        try:
            yield from _csv_records(
                csv.reader(text), where, max_chars=max_chars, fields=fields, on_problem=on_problem
            )
        finally:
            csv.field_size_limit(limit)


def _csv_records(
    reader: Any,
    where: str,
    *,
    max_chars: int,
    fields: InputFields,
    on_problem: OnProblem,
) -> Iterator[Document]:
    """The documents of a `csv.reader`'s rows: the first non-blank row is the header."""
    header: list[str] | None = None
    notices = _FieldNotices(fields, on_problem)
    seen_any = False
    while True:
        start = reader.line_num + 1  # the line the next record starts on
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            message = f"not valid CSV: {error}"
            if "field larger than field limit" in str(error):  # the limit set by _read_csv
                message = (
                    f"a field of more than {csv.field_size_limit():,} characters; the limit "
                    f"is {max_chars:,} (set --max-chars)"
                )
            on_problem(Problem(f"{where}:{start}", message))
            if reader.line_num < start:  # nothing more was read: the file ends here
                break
            continue
        if not any(cell.strip() for cell in row):
            continue
        at = f"{where}:{start}"
        if header is None:
            header = _csv_header(row, where, fields)
            continue
        seen_any = True
        try:
            if len(row) != len(header):
                raise InputError(
                    at,
                    f"{len(row)} field(s) where the header has {len(header)} "
                    "(a comma or a quote out of place?)",
                )
            if any(_SURROGATES.search(cell) for cell in row):
                raise InputError(at, "not valid UTF-8 (save the file as UTF-8)")
            record: dict[str, object] = dict(zip(header, row, strict=True))
            notices.check(record, at)
            yield _record_document(
                record, at, max_chars=max_chars, fields=fields, on_problem=on_problem
            )
        except InputError as error:
            on_problem(Problem(error.where, error.problem))
    if not seen_any:
        on_problem(Problem(where, "no records under the header" if header else "empty file"))


def _csv_header(row: list[str], where: str, fields: InputFields) -> list[str]:
    """The column names; InputError (the file is skipped) when one to read is missing, doubled
    or not text."""
    names = [cell.strip() for cell in row]
    if any(_SURROGATES.search(name) for name in names):
        raise InputError(where, "the header is not valid UTF-8 (save the file as UTF-8)")
    doubled = sorted({n for n in names if n in fields.names and names.count(n) > 1})
    if doubled:
        raise InputError(where, f"the header names {json.dumps(doubled[0])} twice")
    for part, key in (("id", fields.id), ("text", fields.text)):
        if key not in names:
            shown = ", ".join(json.dumps(n)[:40] for n in names[:20])
            raise InputError(
                where,
                f"the header has no {json.dumps(key)} column (it has {shown}): name the "
                f"{part} column with --{part}-field",
            )
    return names


def _count_csv_records(path: Path) -> int:
    """Non-blank records under the header of a CSV file; 0 when it cannot be read."""
    limit = csv.field_size_limit()
    csv.field_size_limit(_CSV_COUNT_FIELD)
    count = -1  # the header
    try:
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as stream:
            reader = csv.reader(stream)
            while True:
                read = reader.line_num
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error:
                    if reader.line_num == read:
                        break
                    count += 1
                    continue
                count += any(cell.strip() for cell in row)
    except OSError:
        return 0
    finally:
        csv.field_size_limit(limit)
    return max(count, 0)


# -- stdin ------------------------------------------------------------------------------------


def _read_stdin(
    stream: TextIO, *, max_chars: int, fields: InputFields, on_problem: OnProblem
) -> Iterator[Document]:
    """JSONL when the first non-blank character is `{`, else one text document with id "stdin"."""
    limit = _LINE_BYTES_PER_CHAR * max_chars + _LINE_SLACK
    consumed: list[str] = []
    try:
        while line := stream.readline(limit):
            consumed.append(line)
            if line.strip():
                break
        if "".join(consumed).lstrip().startswith("{"):
            readline = _replay(consumed, stream.readline)
            lines = _text_lines(readline, STDIN_NAME, limit=limit, on_problem=on_problem)
            yield from _records(
                lines, STDIN_NAME, max_chars=max_chars, fields=fields, on_problem=on_problem
            )
        elif not "".join(consumed).strip():
            on_problem(Problem(STDIN_NAME, "empty input"))
        else:
            yield _stdin_text("".join(consumed), stream, max_chars=max_chars)
    except InputError as error:
        on_problem(Problem(error.where, error.problem))
    except UnicodeDecodeError as error:
        on_problem(Problem(STDIN_NAME, f"not valid text ({error.reason}); the rest is skipped"))


def _read_stdin_bytes(
    stream: IO[bytes], *, max_chars: int, fields: InputFields, on_problem: OnProblem
) -> Iterator[Document]:
    """`_read_stdin` over the bytes of stdin, so that text that is not UTF-8 is reported with
    its position, as in a file, instead of being decoded by the locale's rules."""
    limit = _LINE_BYTES_PER_CHAR * max_chars + _LINE_SLACK
    consumed: list[bytes] = []
    try:
        while line := stream.readline(limit):
            consumed.append(line)
            if line.strip():
                break
        start = b"".join(consumed)
        encoding, skip = _encoding(start[:4])
        if encoding != "utf-8":
            raise InputError(STDIN_NAME, "UTF-16 or UTF-32 on stdin: give the file instead")
        if start[skip:].lstrip().startswith(b"{"):
            readline = _replay(consumed, stream.readline)
            lines = _utf8_lines(readline, STDIN_NAME, skip=skip, limit=limit, on_problem=on_problem)
            yield from _records(
                lines, STDIN_NAME, max_chars=max_chars, fields=fields, on_problem=on_problem
            )
        elif not start.strip():
            on_problem(Problem(STDIN_NAME, "empty input"))
        else:
            data = start + stream.read(max(4 * max_chars + 5 - len(start), 0))
            if len(data) > 4 * max_chars + 4:
                total = len(data) + sum(
                    len(chunk) for chunk in iter(lambda: stream.read(_CHUNK), b"")
                )
                raise InputError(STDIN_NAME, f"{total:,} bytes: over the limit (set --max-chars)")
            yield _text_document(
                _decode(data, STDIN_NAME), "stdin", STDIN_NAME, max_chars=max_chars
            )
    except InputError as error:
        on_problem(Problem(error.where, error.problem))


def _replay(lines: list[AnyStr], readline: Callable[[int], AnyStr]) -> Callable[[int], AnyStr]:
    """A `readline` that first gives back the lines already read, then reads on."""
    pending = list(reversed(lines))

    def read(limit: int) -> AnyStr:
        return pending.pop() if pending else readline(limit)

    return read


def _stdin_text(start: str, stream: TextIO, *, max_chars: int) -> Document:
    """The rest of stdin as one text document, read no further than the limit needs."""
    text = start + stream.read(max(max_chars + 1 - len(start), 0))
    if "\x00" in text[:_SNIFF_BYTES] or _mostly_non_text(text[:_SNIFF_BYTES]):
        raise InputError(STDIN_NAME, "binary input, not text")
    if len(text) > max_chars:
        total = len(text)
        while chunk := stream.read(_CHUNK):
            total += len(chunk)
        raise InputError(STDIN_NAME, _too_long("stdin", total, max_chars))
    return _text_document(text, "stdin", STDIN_NAME, max_chars=max_chars)
