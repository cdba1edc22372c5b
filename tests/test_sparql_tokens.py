"""kg.sparql_tokens: SPARQL text as tokens, by the standard's terminals: a variable is told from
the same characters inside strings, IRIs, comments and prefixed names."""

from __future__ import annotations

import pytest

from kg.sparql_tokens import has_codepoint_escapes, tokenize


def kinds(text: str) -> list[tuple[str, str]]:
    return [(token.kind, token.text) for token in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"?x"', [("string", '"?x"')]),
        ("'?x \\' ?y'", [("string", "'?x \\' ?y'")]),
        ('"""a "quoted" ?x\n over lines"""', [("string", '"""a "quoted" ?x\n over lines"""')]),
        ("'''it''s ?x'''", [("string", "'''it''s ?x'''")]),
        ("<http://x/?a=1#?b>", [("iri", "<http://x/?a=1#?b>")]),
        ("# ?x and ?y\n?z", [("comment", "# ?x and ?y"), ("var", "?z")]),
        ("irkg:country\\/CUB", [("pname", "irkg:country\\/CUB")]),
        ("ir:a\\?x", [("pname", "ir:a\\?x")]),  # an escaped `?` is part of the local name
        ("ex:a.b.", [("pname", "ex:a.b"), ("punct", ".")]),  # a local name never ends in `.`
        ("$x ?é·1", [("var", "$x"), ("var", "?é·1")]),
        ("_:b1 @en-GB", [("bnode", "_:b1"), ("langtag", "@en-GB")]),
        ("1.5e3 .5 7", [("number", "1.5e3"), ("number", ".5"), ("number", "7")]),
        ("?a < ?b", [("var", "?a"), ("punct", "<"), ("var", "?b")]),
        ("?a<?b>", [("var", "?a"), ("iri", "<?b>")]),  # the standard's longest match
        ("^^ && || != <= >=", [("punct", p) for p in ("^^", "&&", "||", "!=", "<=", ">=")]),
    ],
)  # fmt: skip
def test_tokens(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_a_path_modifier_before_a_variable() -> None:
    """`p? ?x` is a zero-or-one path then a variable; `p?x` reads as the variable ?x (the
    standard's longest match)."""
    assert kinds("ir:p? ?x") == [("pname", "ir:p"), ("punct", "?"), ("var", "?x")]
    assert kinds("(ir:p|ir:q)?x") == [
        ("punct", "("), ("pname", "ir:p"), ("punct", "|"), ("pname", "ir:q"), ("punct", ")"),
        ("var", "?x"),
    ]  # fmt: skip


def test_positions_cut_the_text_back() -> None:
    text = 'SELECT ?who WHERE { ?who <urn:p> "x" } #end'
    assert "".join(text[t.start : t.end] for t in tokenize(text)) == text.replace(" ", "")
    assert [t.variable for t in tokenize(text) if t.variable] == ["who", "who"]


def test_unknown_characters_are_one_token_each() -> None:
    """The tokenizer never refuses: what no terminal matches is left for the parser to reject."""
    assert kinds("?x ` ~") == [("var", "?x"), ("punct", "`"), ("punct", "~")]


def test_codepoint_escapes_are_noticed() -> None:
    assert has_codepoint_escapes('"\\u0022"') and has_codepoint_escapes("<urn:\\U0001F600>")
    assert not has_codepoint_escapes('"\\\\n"')
