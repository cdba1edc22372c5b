"""Lemma repair: the lemmatizer of the small pipeline gets some inflections of our own words
wrong ("hopes" -> "hop"), and every rule of the relation stage
matches lemmas. A token whose lemma is no word of the lexicon, but one of whose regular stems
is, takes that stem as its lemma; any other token is left alone, so that a word the lexicon does
not know keeps the lemmatizer's reading. So too the parser takes the subject of a relative clause's
verb in the present for a compound, and the tagger the verb for a plural noun ("a move that
Moscow denounces"): such a word, with the relative pronoun for its object, is made a verb
again, the proper noun before it its subject; and the second word of a compound noun of the
lexicon that the tagger takes for a verb after the first ("announced asset freezes on") is made
a noun again.

No library does this: it is a check of the lemmatizer's and the tagger's answers against our own
vocabulary.

>>> regular_stems("hopes")
('hope', 'hop')
>>> regular_stems("bombed")
('bombe', 'bomb')
>>> regular_stems("slamming")
('slamme', 'slamm', 'slam')

A title in the plural with capitals ("the Foreign Ministers of ...") is a proper noun to the
tagger, whose lemma the lemmatizer leaves as written: it takes its singular.
"""

from __future__ import annotations

from collections.abc import Container, Iterable

from spacy.tokens import Doc, Token

__all__ = [
    "regular_stems",
    "repair_clause_subjects",
    "repair_compound_verbs",
    "repair_lemmas",
    "repair_modal_conjuncts",
    "repair_possessed_gerunds",
    "repair_relative_verbs",
]

_REPAIRED_POS = frozenset({"VERB", "NOUN", "AUX"})
_RELATIVES = frozenset({"which", "that"})
_PRESENT = frozenset({"NNS", "VBZ"})  # "denounces" as the tagger reads it, and as it should
_VOWELS = frozenset("aeiou")
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_CLAUSES = frozenset({"advcl", "ccomp", "oprd", "xcomp"})
_BARE = frozenset({"VB", "VBN"})  # the forms a modal or "to" governs


def regular_stems(word: str) -> tuple[str, ...]:
    """The stems a regular inflection of `word` may come from, the likelier first."""
    stems: list[str] = []
    if word.endswith("ies") and len(word) > 4:
        stems.append(word[:-3] + "y")
    if word.endswith("s") and not word.endswith("ss"):
        stems += [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    for ending in ("ed", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            base = word[: -len(ending)]
            stems += [base + "e", base]
            if len(base) > 2 and base[-1] == base[-2] and base[-1] not in _VOWELS:
                stems.append(base[:-1])  # "slammed" -> "slam"
            if ending == "ed" and base.endswith("i"):
                stems.append(base[:-1] + "y")  # "allied" -> "ally"
    return tuple(s for s in dict.fromkeys(stems) if len(s) > 1)


def repair_lemmas(
    doc: Doc, vocabulary: Iterable[str] | frozenset[str], titles: Container[str] = frozenset()
) -> int:
    """Give every verb or noun whose lemma is not in `vocabulary` the first of its regular
    stems that is, and every plural proper noun that is a title its singular ("the Foreign
    [Ministers] of Saudi Arabia and China", "the Foreign [Secretaries] of ...", which the
    lemmatizer leaves as they are); returns how many lemmas changed."""
    known = vocabulary if isinstance(vocabulary, frozenset) else frozenset(vocabulary)
    changed = 0
    for token in doc:
        if token.tag_ in ("NNPS", "NNP") and token.lower_.endswith("s") and token.is_title:
            title = next((s for s in regular_stems(token.lower_) if s in titles), None)
            if title is not None:
                token.lemma_ = title
                changed += 1
                continue
        if token.pos_ not in _REPAIRED_POS or not token.is_alpha:
            continue
        if token.lemma_.lower() in known:
            continue
        for stem in regular_stems(token.lower_):
            if stem in known:
                token.lemma_ = stem
                changed += 1
                break
    return changed


def repair_relative_verbs(doc: Doc, verbs: Container[str]) -> int:
    """Give a relative clause's verb in the present its subject, which the parser took for a
    compound ("a move that Moscow [denounces]", "patrols, which Caracas [denounces] as ..."),
    and make it a verb again where the tagger took it for a plural noun: a word of `verbs`
    heading a relative clause whose object is the relative pronoun, with no subject, that a
    proper noun before it modifies; returns how many were repaired."""
    repaired = 0
    for token in doc:
        if token.dep_ != "relcl" or token.tag_ not in _PRESENT or token.lemma_.lower() not in verbs:
            continue
        children = list(token.children)
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in children) or not any(
            c.dep_ == "dobj" and c.lower_ in _RELATIVES for c in children
        ):
            continue
        subjects = [c for c in children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not subjects:
            continue
        token.pos_, token.tag_ = "VERB", "VBZ"
        subjects[-1].dep_ = "nsubj"
        repaired += 1
    return repaired


def repair_compound_verbs(doc: Doc, compounds: Container[tuple[str, str]]) -> int:
    """Make a noun again the second word of a compound noun that the tagger took for a verb
    in the present, with the first word for its subject ("announced asset [freezes] on Russian
    officials"), or for a conjunct of its subject ("imposed travel bans and asset [freezes]
    on"): a present verb with no object of its own right after a singular noun with no article
    so tied to it, the two a compound of `compounds` (modifier, noun lemma); the verb becomes
    the plural noun, the noun its modifier, and a clause complement the object of the verb
    above (in a list, the list's first noun the object and the compound its conjunct; a list
    parsed otherwise is left alone). Returns how many."""
    repaired = 0
    for token in doc:
        if token.tag_ != "VBZ" or token.i == 0:
            continue
        modifier = doc[token.i - 1]
        if modifier.tag_ != "NN" or any(c.dep_ == "det" for c in modifier.children):
            continue  # ("A Russian missile strikes a hospital": a subject with its article)
        if any(c.dep_ == "dobj" for c in token.children):
            continue  # (a verb with its own object is a verb)
        listed = modifier.dep_ == "conj" and modifier.head.head.i == token.i
        if listed and (token.dep_ != "ccomp" or modifier.head.dep_ != "nsubj"):
            continue  # a list the repair cannot set right: left as parsed
        if not listed and (modifier.head.i != token.i or modifier.dep_ != "nsubj"):
            continue
        stem = next(
            (s for s in regular_stems(token.lower_) if (modifier.lemma_.lower(), s) in compounds),
            None,
        )
        if stem is None:
            continue
        token.pos_, token.tag_, token.lemma_ = "NOUN", "NNS", stem
        if listed:
            # "imposed travel bans and asset [freezes] on ...": the first noun the object, the
            # compound its conjunct (heads moved so that no step makes a cycle)
            first = modifier.head
            first.head, first.dep_ = token.head, "dobj"
            token.head, token.dep_ = first, "conj"
            modifier.head = token
        elif token.dep_ == "ccomp":
            token.dep_ = "dobj"
        modifier.dep_ = "compound"
        repaired += 1
    return repaired


def repair_clause_subjects(doc: Doc) -> int:
    """Give a coordinated clause back its subject, which the parser took for a conjunct of the
    noun before ("Germany halted the pipeline on Tuesday and [Britain] imposed sanctions on
    ...": "Britain" a second Tuesday, "imposed" a clause with no subject): a finite verb
    conjoined to an earlier verb, with no subject of its own, right after a noun conjoined to
    a noun of that earlier clause; the noun becomes the verb's subject and the "and" the
    clauses'. Returns how many."""
    repaired = 0
    for token in doc:
        if token.i == 0 or token.tag_ not in _FINITE or token.dep_ != "conj":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
            continue
        noun = doc[token.i - 1]
        first = noun.head
        if noun.dep_ != "conj" or noun.pos_ not in ("PROPN", "NOUN") or first.i >= noun.i:
            continue
        if first.pos_ not in ("PROPN", "NOUN") or first.i < token.head.i:
            continue
        ancestors = {a.i for a in first.ancestors}
        if token.head.i not in ancestors:
            continue  # (the noun is not of the clause the verb is conjoined to)
        for c in first.children:
            if c.dep_ == "cc" and first.i < c.i < noun.i:
                c.head = token.head
        noun.head, noun.dep_ = token, "nsubj"
        repaired += 1
    return repaired


def repair_possessed_gerunds(doc: Doc) -> int:
    """Make a noun again a gerund with an owner, which the parser took for a clause with its
    owner for the clause's subject or for the verb's object ("called [China]'s [shelling]
    unforgivable"): a present participle right after a possessive "'s", hung on a verb as a
    clause, with no object of its own, is a noun and that verb's object, the word before the
    "'s" its owner (not one that modifies a noun: "Niger's ruling junta"; nor "welcomed Egypt's
    hosting the talks", a gerund with its object). Returns how many."""
    repaired = 0
    for token in doc:
        if token.i < 2 or token.tag_ != "VBG" or doc[token.i - 1].tag_ != "POS":
            continue
        if token.dep_ not in _CLAUSES or token.head.pos_ not in ("VERB", "AUX"):
            continue  # ("Japan's [whaling] plan", "Niger's [ruling] junta": a modifier)
        if any(c.dep_ in ("dobj", "dative") for c in token.children):
            continue  # ("welcomed Egypt's [hosting] the talks": a gerund with its own object)
        owner = doc[token.i - 1].head
        if owner.i >= token.i or owner.i < token.sent.start:
            continue
        if owner.i in {a.i for a in token.ancestors}:
            continue  # (an owner above the gerund cannot hang on it)
        token.pos_, token.tag_, token.lemma_ = "NOUN", "NN", token.lower_
        token.dep_ = "dobj"
        owner.head, owner.dep_ = token, "poss"
        repaired += 1
    return repaired


def repair_modal_conjuncts(doc: Doc) -> int:
    """Hang a verb in the past tense back on the verb of the clause it is coordinated with,
    which the parser hung on a verb under a modal or "to" ("said Chile would raise the matter
    at the UN, and [accused] Peru of ...": "accused" a second thing Chile would do, and so
    hypothetical; "saying Chile would not be deterred, and [accused] ...": a negated one). The
    verb taken is the nearest verb above in the past, or perfect ("has said"), past the
    participles between ("rejected the ruling, saying Peru would ..., and accused"); none when a
    verb in the present comes first ("believe Kenya would attack Somalia and threatened ..." is
    a tagger's slip). Not a past form like its bare one ("would strike Iran and [hit] ..."),
    nor a participle sharing "have" ("would have attacked and invaded"). The "and" before it
    goes with it. Returns how many."""
    repaired = 0
    for token in doc:
        if token.tag_ != "VBD" or token.dep_ != "conj" or token.head.tag_ not in _BARE:
            continue
        if token.lower_ == token.lemma_.lower():
            continue  # ("hit", "cut", "put": the bare form as well)
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
            continue
        first = token.head
        auxes = [c for c in first.children if c.dep_ in ("aux", "auxpass")]
        if not any(c.tag_ in ("MD", "TO") for c in auxes):
            continue
        if _perfect(first):
            continue  # "would have attacked and [invaded]": a participle sharing "have"
        above = _past_verb_above(first)
        if above is None or above.i > token.i or above.sent.start != token.sent.start:
            continue
        for c in first.children:
            if c.dep_ == "cc" and first.i < c.i < token.i:
                c.head = above
        token.head = above
        repaired += 1
    return repaired


def _past_verb_above(verb: Token) -> Token | None:
    """The nearest verb above one in the past or perfect ("said", "has said"), past participles
    and infinitives; None when a verb in the present comes first."""
    for above in verb.ancestors:
        if above.pos_ not in ("VERB", "AUX"):
            continue
        if above.tag_ == "VBD" or (above.tag_ == "VBN" and _perfect(above)):
            return above
        if above.tag_ in ("VBZ", "VBP"):
            return None
    return None


def _perfect(verb: Token) -> bool:
    """Whether a verb has "have" for an auxiliary ("has said", "would have attacked")."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
