"""Tests of kg.documents: every input kind, and bad input reported without stopping the batch."""

from __future__ import annotations

import codecs
import io
import json
import logging
import os
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kg.documents import Problem, count_documents, iso_date, normalize_text, read_inputs
from kg.errors import InputError
from kg.settings import InputFields, SettingsError
from kg.types import Document

DATA = Path(__file__).parent / "data" / "documents"

Reader = Callable[..., tuple[list[Document], list[Problem]]]


@pytest.fixture
def read() -> Reader:
    """read_inputs collected into (documents, problems)."""

    def run(*inputs: str | Path, **options: object) -> tuple[list[Document], list[Problem]]:
        problems: list[Problem] = []
        docs = list(read_inputs(list(inputs), on_problem=problems.append, **options))  # type: ignore[arg-type]
        return docs, problems

    return run


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def jsonl(*records: object) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


# -- .txt ---------------------------------------------------------------------------------------


def test_txt_file_is_one_document_titled_by_its_first_line(read: Reader) -> None:
    docs, problems = read(DATA / "article.txt")
    assert problems == []
    [doc] = docs
    assert doc.id == "article"
    assert doc.title == "Russia Promises Support for Cuba"
    assert doc.date is None
    assert doc.origin == str(DATA / "article.txt")
    # the headline stays in the text (it can carry a relation); CRLF and NBSP are cleaned
    assert doc.text == (
        "Russia Promises Support for Cuba\n\n"
        "Russia wants closer ties with Cuba, Sergey Lavrov said.\n"
    )


def test_txt_title_is_the_first_non_empty_line(read: Reader, tmp_path: Path) -> None:
    [doc], _ = read(write(tmp_path / "x.txt", "\n  \n   The   Title  \nbody\n"))
    assert doc.title == "The Title"


@pytest.mark.parametrize(
    ("content", "text"),
    [
        (codecs.BOM_UTF8 + b"Title\nbody", "Title\nbody"),
        ("Title\nbody".encode("utf-16"), "Title\nbody"),  # with a byte-order mark
        ("Title\nbody".encode("utf-32"), "Title\nbody"),
    ],
    ids=["utf-8-bom", "utf-16-bom", "utf-32-bom"],
)
def test_txt_byte_order_marks_are_decoded(
    read: Reader, tmp_path: Path, content: bytes, text: str
) -> None:
    docs, problems = read(write(tmp_path / "x.txt", content))
    assert problems == []
    assert docs[0].text == text


# -- bad files ----------------------------------------------------------------------------------


def _random_binary() -> bytes:
    rng = random.Random(7)
    return bytes(rng.choice(range(1, 256)) for _ in range(4000))  # no NUL byte at all


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\n", "empty file"),
        ("empty.jsonl", b"", "empty file"),
        ("blank.jsonl", b"\n\n  \n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
        ("noise.txt", _random_binary(), "binary file, not text"),
        ("noise.jsonl", _random_binary(), "binary file, not text"),
        ("latin1.txt", "Title\nCaf\xe9 in Paris".encode("latin-1"), "not valid UTF-8 at byte 9"),
        (
            "data.json",
            b'{"id": "a", "text": "b"}',
            "unsupported file type, expected .txt, .jsonl or .csv",
        ),
        ("page.html", b"<p>hi</p>", "unsupported file type, expected .txt, .jsonl or .csv"),
    ],
)
def test_bad_file_is_reported_and_the_batch_goes_on(
    read: Reader, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    bad = write(tmp_path / name, content)
    good = write(tmp_path / "good.txt", "Good\ntext")
    docs, problems = read(bad, good)
    assert [d.id for d in docs] == ["good"]
    assert len(problems) == 1
    assert problems[0].where == str(bad)
    assert problems[0].message.startswith(message)


def test_missing_file_is_reported(read: Reader, tmp_path: Path) -> None:
    docs, problems = read(tmp_path / "nope.txt", DATA / "article.txt")
    assert [d.id for d in docs] == ["article"]
    assert problems == [Problem(str(tmp_path / "nope.txt"), "no such file or directory")]


def test_unreadable_file_is_reported(
    read: Reader, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = write(tmp_path / "locked.txt", "Title\nbody")
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refuse)
    docs, problems = read(locked)
    assert docs == []
    assert problems == [Problem(str(locked), "cannot read: Permission denied")]


# -- size limit ---------------------------------------------------------------------------------


def test_document_longer_than_the_limit_is_reported(read: Reader, tmp_path: Path) -> None:
    long = write(tmp_path / "long.txt", "Title\n" + "x" * 20)
    docs, problems = read(long, max_chars=10)
    assert docs == []
    assert problems == [
        Problem(str(long), "document 'long' has 26 characters; the limit is 10 (set --max-chars)")
    ]


def test_large_file_is_counted_not_held(read: Reader, tmp_path: Path) -> None:
    huge = write(tmp_path / "huge.txt", "é" * 5_242_880)  # 10 MiB on disk
    _, problems = read(huge)
    assert [p.message for p in problems] == [
        "document 'huge' has 5,242,880 characters; the limit is 1,000,000 (set --max-chars)"
    ]


def test_long_jsonl_document_is_reported_by_line(read: Reader, tmp_path: Path) -> None:
    path = write(
        tmp_path / "b.jsonl", jsonl({"id": "x", "text": "y" * 30}, {"id": "ok", "text": "z"})
    )
    docs, problems = read(path, max_chars=10)
    assert [d.id for d in docs] == ["ok"]
    assert problems == [
        Problem(f"{path}:1", "document 'x' has 30 characters; the limit is 10 (set --max-chars)")
    ]


def test_overlong_jsonl_line_is_skipped_without_reading_it_whole(
    read: Reader, tmp_path: Path
) -> None:
    line = json.dumps({"id": "big", "text": "y" * 1_200_000})
    path = write(tmp_path / "b.jsonl", line + "\n" + jsonl({"id": "ok", "text": "z"}))
    docs, problems = read(path, max_chars=1)
    assert [d.id for d in docs] == ["ok"]
    assert [p.where for p in problems] == [f"{path}:1"]
    assert "set --max-chars" in problems[0].message


def test_max_chars_must_be_positive(read: Reader) -> None:
    with pytest.raises(InputError, match="max-chars"):
        read(DATA / "article.txt", max_chars=0)


# -- .jsonl -------------------------------------------------------------------------------------


def test_jsonl_good_lines_come_out_and_bad_ones_are_reported(read: Reader) -> None:
    path = DATA / "batch.jsonl"
    docs, problems = read(path)
    assert [(d.id, d.origin) for d in docs] == [
        ("voa-1", f"{path}:1"),
        ("voa-2", f"{path}:2"),
        ("voa-5", f"{path}:7"),
    ]
    first = docs[0]
    assert (first.title, first.date, first.url) == (
        "Talks in Havana",
        "2019-07-24",
        "https://example.org/1",
    )
    assert first.text == "Lavrov met Rodriguez in Havana."
    assert docs[1].date == "2019-07-25"  # datetime -> its date part
    assert docs[2].date is None
    assert [(p.where, p.message.split(":")[0], p.notice) for p in problems][0] == (
        f"{path}:1",
        'unknown field(s) "origin", "relations" ignored',
        True,
    )  # named once for the whole file, and read all the same
    assert [(p.where, p.message.split(":")[0]) for p in problems[1:]] == [
        (f"{path}:4", "not valid JSON"),
        (f"{path}:5", "expected a JSON object, got an array"),
        (f"{path}:6", 'missing "text"'),
        (f"{path}:7", 'bad date "July 2019"'),
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "a", "text": "b"', "not valid JSON: Expecting ',' delimiter at column 24"),
        ("[1, 2]", "expected a JSON object, got an array"),
        ('"just a string"', "expected a JSON object, got a string"),
        ("null", "expected a JSON object, got null"),
        ('{"text": "b"}', 'missing "id"'),
        ('{"id": "a"}', 'missing "text"'),
        ('{"id": 42, "text": "b"}', '"id" must be a non-empty string, got 42'),
        ('{"id": "", "text": "b"}', '"id" must be a non-empty string, got ""'),
        ('{"id": "a", "text": ["b"]}', "\"text\" of 'a' must be a string"),
        ('{"id": "a", "text": " \\n "}', "document 'a' has no text"),
        (
            '{"id": "\\ud800", "text": "b"}',
            "\"id\" '\\ud800' is not valid Unicode (a lone surrogate)",
        ),
        ("[" * 100_000 + "]" * 100_000, "not valid JSON: nested too deeply"),
        ('{"id": "a", "text": "b", "n": ' + "9" * 5000 + "}", "not valid JSON: Exceeds the limit"),
    ],
    ids=lambda v: v[:30] if isinstance(v, str) else None,
)
def test_bad_jsonl_line_names_file_and_line(
    read: Reader, tmp_path: Path, line: str, message: str
) -> None:
    path = write(
        tmp_path / "x.jsonl",
        jsonl({"id": "ok1", "text": "t"}) + line + "\n" + jsonl({"id": "ok2", "text": "t"}),
    )
    docs, problems = read(path)
    assert [d.id for d in docs] == ["ok1", "ok2"]
    assert len(problems) == 1
    assert problems[0].where == f"{path}:2"
    assert problems[0].message.startswith(message)


def test_non_string_title_and_url_are_dropped_with_a_problem(read: Reader, tmp_path: Path) -> None:
    path = write(tmp_path / "x.jsonl", jsonl({"id": "a", "text": "t", "title": 3, "url": ["u"]}))
    [doc], problems = read(path)
    assert (doc.title, doc.url) == (None, None)
    assert [p.message for p in problems] == [
        '"title" must be a string; it is ignored',
        '"url" must be a string; it is ignored',
    ]


def test_invalid_utf8_in_a_jsonl_line_names_line_and_byte(read: Reader, tmp_path: Path) -> None:
    first = jsonl({"id": "a", "text": "t"}).encode()
    path = write(
        tmp_path / "x.jsonl",
        first + b'{"id": "b", "text": "caf\xe9"}\n' + jsonl({"id": "c", "text": "t"}).encode(),
    )
    docs, problems = read(path)
    assert [d.id for d in docs] == ["a", "c"]
    byte = len(first) + len('{"id": "b", "text": "caf')
    assert problems == [
        Problem(f"{path}:2", f"not valid UTF-8 at byte {byte} (save the file as UTF-8)")
    ]


def test_utf16_jsonl_is_read(read: Reader, tmp_path: Path) -> None:
    path = write(
        tmp_path / "x.jsonl",
        jsonl({"id": "a", "text": "Köln"}, {"id": "b", "text": "t"}).encode("utf-16"),
    )
    docs, problems = read(path)
    assert problems == []
    assert [(d.id, d.text, d.origin) for d in docs] == [
        ("a", "Köln", f"{path}:1"),
        ("b", "t", f"{path}:2"),
    ]


def test_ids_are_kept_as_given(read: Reader, tmp_path: Path) -> None:
    ids = ["a b/c?d#e", " spaced ", "ünïcødé", "<script>"]
    path = write(tmp_path / "x.jsonl", jsonl(*({"id": i, "text": "t"} for i in ids)))
    docs, problems = read(path)
    assert problems == []
    assert [d.id for d in docs] == ids


def test_jsonl_is_streamed(tmp_path: Path) -> None:
    path = write(tmp_path / "x.jsonl", jsonl({"id": "a", "text": "t"}) + "{broken\n")
    problems: list[Problem] = []
    docs = read_inputs([path], on_problem=problems.append)
    assert next(docs).id == "a"
    assert problems == []  # the second line has not been read yet
    assert list(docs) == []
    assert [p.where for p in problems] == [f"{path}:2"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-07-24", "2019-07-24"),
        ("2019-07-24T10:30:00Z", "2019-07-24"),
        ("2019-07-24 23:59:59+05:00", "2019-07-24"),
        ("20190724", "2019-07-24"),
        (" 2019-07-24 ", "2019-07-24"),
        ("2019-13-01", None),
        ("24/07/2019", None),
        ("yesterday", None),
        (20190724, None),
        (None, None),
    ],
)
def test_iso_date(value: object, expected: str | None) -> None:
    assert iso_date(value) == expected


# -- duplicates ---------------------------------------------------------------------------------


def test_duplicate_id_keeps_the_first_and_reports_the_later(read: Reader, tmp_path: Path) -> None:
    a = write(tmp_path / "a.jsonl", jsonl({"id": "x", "text": "first"}))
    b = write(tmp_path / "b.jsonl", jsonl({"id": "y", "text": "t"}, {"id": "x", "text": "second"}))
    docs, problems = read(a, b)
    assert [(d.id, d.text) for d in docs] == [("x", "first"), ("y", "t")]
    assert problems == [Problem(f"{b}:2", f"duplicate id 'x': the first, from {a}:1, is kept")]


def test_txt_and_jsonl_ids_share_one_namespace(read: Reader, tmp_path: Path) -> None:
    write(tmp_path / "article.jsonl", jsonl({"id": "article", "text": "t"}))
    docs, problems = read(DATA / "article.txt", tmp_path / "article.jsonl")
    assert [d.origin for d in docs] == [str(DATA / "article.txt")]
    assert [p.message.split(":")[0] for p in problems] == ["duplicate id 'article'"]


# -- folders ------------------------------------------------------------------------------------


def test_folder_is_read_recursively_in_sorted_order(
    read: Reader, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="kg.documents"):
        docs, problems = read(DATA)
    assert [d.id for d in docs] == ["article", "voa-1", "voa-2", "voa-5", "second"]
    assert len(problems) == 5  # the bad lines of batch.jsonl, and its unknown fields
    assert any("notes.md" in r.getMessage() for r in caplog.records)


def test_folder_skips_hidden_and_unsupported_files(
    read: Reader, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write(tmp_path / "b.txt", "B\nb")
    write(tmp_path / "A.TXT", "A\na")
    write(tmp_path / ".hidden.txt", "H\nh")
    write(tmp_path / ".git" / "x.txt", "G\ng")
    write(tmp_path / "sub" / "c.jsonl", jsonl({"id": "c", "text": "t"}))
    write(tmp_path / "sub" / "d.json", "{}")
    write(tmp_path / "sub" / "e.csv", "id,text\ne,t\n")
    write(tmp_path / "image.png", b"\x89PNG\x00")
    with caplog.at_level(logging.DEBUG, logger="kg.documents"):
        docs, problems = read(tmp_path)
    assert problems == []
    assert [d.id for d in docs] == ["A", "b", "c", "e"]
    skipped = " ".join(r.getMessage() for r in caplog.records)
    for name in (".hidden.txt", ".git", "d.json", "image.png"):
        assert name in skipped


def test_unreadable_folder_is_reported(
    read: Reader, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "ok" / "a.txt", "A\na")
    locked = tmp_path / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def refuse(path: object) -> Iterator[os.DirEntry[str]]:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", refuse)
    docs, problems = read(tmp_path)
    assert [d.id for d in docs] == ["a"]
    assert problems == [Problem(str(locked), "cannot read folder: Permission denied")]


# -- stdin --------------------------------------------------------------------------------------


def test_stdin_jsonl(read: Reader) -> None:
    stdin = io.StringIO(
        "\n  " + jsonl({"id": "a", "text": "t"}, {"id": "b", "text": "u"}) + "oops\n"
    )
    docs, problems = read("-", stdin=stdin)
    assert [(d.id, d.origin) for d in docs] == [("a", "<stdin>:2"), ("b", "<stdin>:3")]
    assert [p.where for p in problems] == ["<stdin>:4"]


def test_stdin_text_is_one_document(read: Reader) -> None:
    docs, problems = read("-", stdin=io.StringIO("\nHeadline here\r\nBody {not json}.\n"))
    assert problems == []
    assert [(d.id, d.title, d.text, d.origin) for d in docs] == [
        ("stdin", "Headline here", "\nHeadline here\nBody {not json}.\n", "<stdin>")
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "empty input"),
        ("\n \n", "empty input"),
        ("ab\x00\x01\x02\x03\x04\x05", "binary input, not text"),
        ("x" * 25, "document 'stdin' has 25 characters; the limit is 10 (set --max-chars)"),
    ],
)
def test_bad_stdin_is_reported(read: Reader, content: str, message: str) -> None:
    docs, problems = read("-", stdin=io.StringIO(content), max_chars=10)
    assert docs == []
    assert problems == [Problem("<stdin>", message)]


def test_stdin_that_cannot_be_decoded_is_reported(read: Reader) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"Title\ncaf\xe9\n"), encoding="utf-8")
    docs, problems = read("-", stdin=stdin)
    assert docs == []
    assert problems == [Problem("<stdin>", "not valid UTF-8 at byte 9 (save the file as UTF-8)")]


def test_stdin_bytes_are_read_as_a_file_is(read: Reader) -> None:
    """Latin-1 on stdin is refused with its position (never stored as U+FFFD); JSONL on stdin
    reports the bad line and keeps the good ones; binary and overlong input are named."""
    lines = (
        b'{"id": "a", "text": "Fine."}\n{"id": "b", "text": "caf\xe9"}\n'
        b'{"id": "c", "text": "Ok."}\n'
    )
    docs, problems = read("-", stdin=io.TextIOWrapper(io.BytesIO(lines), encoding="utf-8"))
    assert [d.id for d in docs] == ["a", "c"]
    assert problems == [Problem("<stdin>:2", "not valid UTF-8 at byte 53 (save the file as UTF-8)")]
    binary = io.TextIOWrapper(io.BytesIO(b"ab\x00\x01\x02\x03\x04"), encoding="utf-8")
    assert read("-", stdin=binary)[1] == [Problem("<stdin>", "binary file, not text")]
    long = io.TextIOWrapper(io.BytesIO(b"x" * 100), encoding="utf-8")
    (problem,) = read("-", stdin=long, max_chars=10)[1]
    assert "over the limit" in problem.message
    text = io.TextIOWrapper(io.BytesIO("Café talks.".encode()), encoding="utf-8")
    assert [d.text for d in read("-", stdin=text)[0]] == ["Café talks."]


# -- normalisation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("e\u0301", "\u00e9"),  # NFC
        ("a\r\nb\rc", "a\nb\nc"),
        ("a\u00a0b\u202fc\u2009d", "a b c d"),
        ("a\x00b\x07c\x1bd\x7fe\ufefff", "abcdef"),
        ("keep\ttabs\nand lines", "keep\ttabs\nand lines"),
        ("page\x0cbreak\u2028line", "page\nbreak\nline"),
        ("lone \ud800 surrogate", "lone \ufffd surrogate"),
    ],
)
def test_normalize_text(raw: str, clean: str) -> None:
    assert normalize_text(raw) == clean


@pytest.mark.parametrize("raw", ["a\r\nb", "e\u0301\u00a0x\x07", "\ufeffy\u2028", "\ud800z"])
def test_normalize_text_can_keep_offsets(raw: str) -> None:
    clean = normalize_text(raw, keep_offsets=True)
    assert len(clean) == len(raw)
    assert "\r" not in clean and "\u00a0" not in clean and "\x07" not in clean


def test_normalized_jsonl_text(read: Reader, tmp_path: Path) -> None:
    path = write(
        tmp_path / "x.jsonl",
        jsonl({"id": "a", "text": "Caf\u0065\u0301\u00a0\x07ok\r\n", "title": " Two\nlines "}),
    )
    [doc], _ = read(path)
    assert doc.text == "Café ok\n"
    assert doc.title == "Two lines"


# -- field mapping and .csv ---------------------------------------------------------------------

NEWS_CSV = (
    "id,body,headline,published,link,section\n"
    'a1,"Germany condemned Iran, again.\nIt said ""no"".",Hi,2024-03-05T10:00:00Z,'
    "https://x.org/a,world\n"
    "\n"
    "a2,too,many,fields,here,x,y\n"
    "a3,Japan met Brazil.,,2024-03-06,,politics\n"
)
NEWS_FIELDS = InputFields(text="body", title="headline", date="published", url="link")


def test_csv_is_read_through_the_field_mapping(read: Reader, tmp_path: Path) -> None:
    path = write(tmp_path / "news.csv", NEWS_CSV)
    docs, problems = read(path, fields=NEWS_FIELDS)
    assert docs == [
        Document(
            "a1",
            'Germany condemned Iran, again.\nIt said "no".',
            title="Hi",
            date="2024-03-05",
            url="https://x.org/a",
            origin=f"{path}:2",
        ),
        Document("a3", "Japan met Brazil.", date="2024-03-06", origin=f"{path}:6"),
    ]
    assert [(p.where, p.message, p.notice) for p in problems] == [
        (
            f"{path}:2",
            'unknown field(s) "section" ignored: IRKG reads body, headline, id, link, published',
            True,
        ),
        (
            f"{path}:5",
            "7 field(s) where the header has 6 (a comma or a quote out of place?)",
            False,
        ),
    ]
    assert count_documents([path]) == 3  # records, not lines: one spans two


def test_an_unmapped_date_is_named_once_per_file(read: Reader, tmp_path: Path) -> None:
    records = [{"id": f"s{n}", "text": "t", "published": f"2020-01-0{n}"} for n in (1, 2)]
    first = write(tmp_path / "a.jsonl", jsonl(*records))
    second = write(tmp_path / "b.jsonl", jsonl(*[r | {"id": "b" + r["id"]} for r in records]))
    docs, problems = read(first, second)
    assert [d.date for d in docs] == [None] * 4
    unknown = 'unknown field(s) "published" ignored: IRKG reads date, id, text, title, url'
    undated = (
        'no "date" field: documents without one are built undated; "published" holds a '
        "date: read it with --date-field published"
    )
    assert [(p.where, p.message, p.notice) for p in problems] == [
        (f"{first}:1", unknown, True),
        (f"{first}:1", undated, True),
        (f"{second}:1", unknown, True),
        (f"{second}:1", undated, True),
    ]
    docs, problems = read(first, fields=InputFields(date="published"))
    assert ([d.date for d in docs], problems) == (["2020-01-01", "2020-01-02"], [])


def test_the_undated_notice_asks_for_the_field_when_none_holds_a_date(
    read: Reader, tmp_path: Path
) -> None:
    path = write(tmp_path / "x.csv", "id,text,when\nx,t,last week\n")
    _, problems = read(path)
    assert [p.message for p in problems][1] == (
        'no "date" field: documents without one are built undated (name the field that holds '
        "the date with --date-field)"
    )
    plain = write(tmp_path / "plain.jsonl", jsonl({"id": "p", "text": "t"}))
    assert read(plain)[1] == []  # nothing unread: no date to miss


def test_stdin_jsonl_is_read_through_the_mapping(read: Reader) -> None:
    stdin = io.StringIO(jsonl({"key": "k", "body": "t", "day": "2021-02-03"}))
    [doc], problems = read("-", stdin=stdin, fields=InputFields(id="key", text="body", date="day"))
    assert (doc.id, doc.text, doc.date, problems) == ("k", "t", "2021-02-03", [])


def test_a_mapped_field_that_is_missing_names_the_option(read: Reader, tmp_path: Path) -> None:
    path = write(tmp_path / "x.jsonl", jsonl({"id": "a", "text": "t"}))
    _, problems = read(path, fields=InputFields(text="body"))
    assert [str(p) for p in problems] == [
        f'{path}:1: unknown field(s) "text" ignored: IRKG reads body, date, id, title, url',
        f'{path}:1: no "date" field: documents without one are built undated (name the field '
        "that holds the date with --date-field)",
        f'{path}:1: missing "body": name the text field with --text-field',
    ]


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("id,body", 'the header has no "text" column (it has "id", "body"): name the text column'),
        ("ident,text", 'the header has no "id" column'),
        ("id,text,text", 'the header names "text" twice'),
    ],
)
def test_a_csv_header_without_what_to_read_skips_the_file(
    read: Reader, tmp_path: Path, header: str, message: str
) -> None:
    bad = write(tmp_path / "a.csv", header + "\nx,y,z\n")
    good = write(tmp_path / "b.csv", "id,text\nok,fine\n")
    docs, problems = read(bad, good)
    assert [d.id for d in docs] == ["ok"]
    assert len(problems) == 1 and problems[0].where == str(bad)
    assert problems[0].message.startswith(message)


def test_a_csv_record_that_is_not_utf8_costs_only_itself(read: Reader, tmp_path: Path) -> None:
    content = b"\xef\xbb\xbfid,text\nr1,ok\nr2,caf\xe9\nr3,fine\n"  # a BOM, then Latin-1
    path = write(tmp_path / "x.csv", content)
    docs, problems = read(path)
    assert [(d.id, d.origin) for d in docs] == [("r1", f"{path}:2"), ("r3", f"{path}:4")]
    assert [str(p) for p in problems] == [f"{path}:3: not valid UTF-8 (save the file as UTF-8)"]


def test_csv_in_utf16_is_read(read: Reader, tmp_path: Path) -> None:
    path = write(tmp_path / "x.csv", "id,text\nu,Ünïcode\n".encode("utf-16"))
    [doc], problems = read(path)
    assert (doc.id, doc.text, problems) == ("u", "Ünïcode", [])


def test_an_overlong_csv_field_is_reported_and_the_rest_read(read: Reader, tmp_path: Path) -> None:
    long_text = "word " * 400_000  # 2M characters: past csv's own field limit too
    path = write(tmp_path / "x.csv", f"id,text\nlong,{long_text}\nshort,fine\n")
    docs, problems = read(path, max_chars=1_000)
    assert [d.id for d in docs] == ["short"]
    [problem] = problems
    assert problem.where == f"{path}:2" and "(set --max-chars)" in problem.message


@pytest.mark.parametrize("content", ["", "\n\n", "id,text\n", "id,text\n\n , \n"])
def test_a_csv_without_records_is_reported(read: Reader, tmp_path: Path, content: str) -> None:
    path = write(tmp_path / "x.csv", content)
    docs, problems = read(path)
    assert docs == [] and len(problems) == 1 and problems[0].where == str(path)


def test_input_fields_refuse_empty_and_shared_names() -> None:
    with pytest.raises(SettingsError, match="needs a name"):
        InputFields(id=" ")
    with pytest.raises(SettingsError, match="both 'x'"):
        InputFields.with_options(date="x", url="x")
    assert InputFields.with_options(date="published") == InputFields(date="published")
