"""From a token in an argument slot to the actors it stands for.

"Cuba, Cuban people and the Cuban leadership" is Cuba three times; "Trump's administration" is
Trump; "the Russian foreign minister" is Russia (or the Russian foreign minister already named);
"he" is the last official named; "we" in a quotation is the speaker's state; "the country" is the
last state named that is not the other side of the relation. Nouns of non-state actors ("rebels",
"the news agency") stand for no state even with a national adjective.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice

from spacy.tokens import Doc, Token

from kg.actors.recognize import ActorIndex
from kg.relations.lexicon import Lexicon
from kg.relations.modality import reporting_verb
from kg.relations.quotes import Quote, quote_of
from kg.types import Actor, ActorKind, Mention, Relation

# dependency labels of modifiers that name who a noun belongs to
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
COORD_DEPS = frozenset({"conj", "appos"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom", "whose"})
_HE = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
_IT = frozenset({"it", "its", "they", "them", "their", "itself", "themselves"})
_WE = frozenset({"we", "us", "our", "ours", "ourselves"})
_THEY = frozenset({"they", "them", "their", "themselves"})
_THEY_WINDOW = 80  # tokens before a plural pronoun searched for a plural subject
_I = frozenset({"i", "me", "my", "mine", "myself"})
_MAX_DEPTH = 4
_MAX_CONJUNCTS = 20  # steps up a chain of conjoined names, bounded for long lists
_NAMED_BACK = 12  # mentions read back for "the two countries" or a described official's name


@dataclass(frozen=True, slots=True)
class Arg:
    """An actor filling a slot, the token it was read from, and how it was resolved."""

    actor: Actor
    token: int
    how: str
    confidence: float


def _no_deadline() -> None:
    """The time check of a document read without a budget."""


@dataclass
class DocContext:
    """What argument resolution needs to know about one parsed document."""

    doc: Doc
    index: ActorIndex
    lexicon: Lexicon
    state_of: Callable[[Actor], Actor]
    quotes: list[Quote]
    check_time: Callable[[], None] = _no_deadline  # raises DocumentTimeout past the budget

    def speaker(self, token: Token) -> list[Arg]:
        """The speaker of the quotation the token stands in (resolved to actors), if any."""
        quote = quote_of(token, self.quotes)
        if quote is None or quote.speaker is None:
            return []
        return actors_at(self.doc[quote.speaker], self, depth=1)


def actors_at(
    tok: Token,
    ctx: DocContext,
    *,
    exclude: frozenset[str] = frozenset(),
    depth: int = 0,
    role: str = "target",
) -> list[Arg]:
    """The actors a token (the head of an argument) stands for, coordination included.

    `role` is "source" or "target": a population ("Cuban people", "U.S. citizens") or a place
    ("Kharkiv") can suffer or receive a relation, but does not act for its state.
    """
    out: dict[str, Arg] = {}
    for t in coordinated(tok):
        if (
            role == "source"
            and t.lemma_.lower() in ctx.lexicon.population_nouns
            and not _counted_pair(t, ctx.lexicon)  # "the two men" who met act
        ):
            continue
        for arg in _actors_of_head(t, ctx, exclude, depth):
            if role == "source" and arg.how == "place":
                continue  # a city does not act for its state ("Donetsk separatists")
            if arg.actor.key not in exclude and arg.actor.key not in out:
                out[arg.actor.key] = arg
    return list(out.values())


def coordinated(tok: Token) -> Iterator[Token]:
    """The token and the tokens coordinated with it ("the US and the EU", "Cuba, its people")."""
    seen = {tok.i}
    stack = [tok]
    yield tok
    while stack:
        head = stack.pop()
        for child in _closed_list(head):
            if child.i not in seen:
                seen.add(child.i)
                stack.append(child)
                yield child


def _closed_list(head: Token) -> list[Token]:
    """A head's conjuncts up to the one its "and" (or "or") closes the list with: in "between
    China and Japan, US President Obama is ..." the parser may hang the clause's subject on the
    list as a further conjunct after a comma; a conjunct after the closing one and a comma
    counts only with a conjunction of its own before it ("A and B, and C"). (A title parsed
    apart from its name, "Putin and Foreign Minister Sergei Lavrov", has no comma between.)"""
    kept: list[Token] = []
    closed_at = -1
    last = head.i
    doc = head.doc
    for child in head.children:
        if child.dep_ not in COORD_DEPS:
            continue
        joined = any(c.dep_ == "cc" and last < c.i < child.i for c in head.children) or any(
            c.dep_ == "cc" and c.i < child.i for c in child.children
        )
        if (
            closed_at >= 0
            and not joined
            and any(t.text == "," for t in doc[last + 1 : child.left_edge.i])
        ):
            continue
        kept.append(child)
        if joined and child.dep_ == "conj":
            closed_at = child.i
        last = child.i
    return kept


def _actors_of_head(tok: Token, ctx: DocContext, exclude: frozenset[str], depth: int) -> list[Arg]:
    if depth > _MAX_DEPTH:
        return []
    mention = ctx.index.at(tok.i)
    if mention is not None:
        return [Arg(mention.actor, tok.i, mention.how, mention.confidence)]
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON"):
        # a name the NER cut short ("[Samia Suluhu] Hassan"): the official named right before
        # it, by its compound words (not "Trump Tower": a place the NER names apart)
        named = ctx.index.at(tok.i - 1) if tok.i > 0 else None
        if (
            named is not None
            and named.end == tok.i
            and named.actor.kind is ActorKind.OFFICIAL
            and any(c.dep_ == "compound" and c.i == tok.i - 1 for c in tok.children)
        ):
            return [Arg(named.actor, tok.i, named.how, named.confidence)]
    if tok.pos_ == "PRON" or tok.lower_ in _HE | _IT | _WE | _I or tok.lower_ == "whose":
        return resolve_pronoun(tok, ctx, exclude, depth=depth)
    lemma = tok.lemma_.lower()
    lex = ctx.lexicon
    if tok.tag_ in ("NNS", "NNPS"):
        # "Several leaders, including Macron and Scholz, met ...", "Western states such as
        # France": the ones a plural names as its members
        members = [
            member
            for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ == "including"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            # ("including [Ruto] and Somali President Mohamud", Ruto parsed as a modifier)
            for member in (pobj, *(c for c in pobj.children if c.dep_ == "nmod"))
        ]
        found = [a for p in members for a in actors_at(p, ctx, exclude=exclude, depth=depth + 1)]
        if found:
            return found
    leaders = [  # "a coalition led by Saudi Arabia", "its creditors, led by China and France"
        p
        for acl in tok.children
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in _LEADING
        for agent in acl.children
        if agent.dep_ == "agent"
        for p in agent.children
        if p.dep_ == "pobj"
    ]
    if leaders:
        found = [a for p in leaders for a in actors_at(p, ctx, exclude=exclude, depth=depth + 1)]
        if found:
            return found
    if lemma in lex.team_nouns and any(c.lemma_.lower() in lex.contest_words for c in tok.children):
        return []  # "the Indian cricket team", "Brazil's football squad": players, no state
    if lemma in lex.collective_nouns:  # "a group of Moroccan diplomats", "both of them"
        of_objects = [  # (or "a delegation from Ethiopia")
            pobj
            for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        if of_objects:
            return [
                a for p in of_objects for a in actors_at(p, ctx, exclude=exclude, depth=depth + 1)
            ]
    if lemma in lex.non_state_nouns or _named_non_state_group(tok, lex):
        return []
    if lemma in lex.utterance_nouns:
        # "the statement from Washington", "a U.S. statement", "a letter by the ministry", "the
        # communique issued by France": the author; "the statement" alone stands for no one
        bys = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"]
        bys += [
            agent
            for participle in tok.children
            if participle.dep_ == "acl" and participle.tag_ == "VBN"
            for agent in participle.children
            if agent.dep_ == "agent"
        ]
        return _owners(tok, ctx, exclude, depth) + [
            a
            for by in bys
            for pobj in by.children
            if pobj.dep_ == "pobj"
            for a in actors_at(pobj, ctx, exclude=exclude, depth=depth + 1)
        ]
    if lemma in lex.organ_nouns:
        # "the IAEA board", "the IMF's executive board", "the council of the AU": the
        # organisation whose organ it is (alone, "the board" stands for no one, but "the
        # Council" after the Security Council is the one named)
        owners = [
            a for a in _owners(tok, ctx, exclude, depth) if a.actor.kind is ActorKind.ORGANIZATION
        ]
        if owners or not _short_name(tok):
            return owners
    if _short_name(tok):
        # "The IMF agreed a loan. The Fund said ...": a capitalised word of the name of an
        # organisation named before, with "the", is that organisation
        found = _organisation_before(tok, ctx, exclude, word=tok.lower_)
        if found:
            return found
    if lemma in lex.organization_descriptions and _definite(tok):
        # "The EU imposed tariffs. The bloc also ...": the organisation named last, nearby
        return _organisation_before(tok, ctx, exclude)
    if lemma in _NEIGHBOURS and tok.tag_ in ("NN", "NNP"):
        return _neighbour(tok, ctx, exclude, depth)
    if (
        lemma in lex.proxy_nouns
        or lemma in lex.country_descriptions
        or lemma in lex.titles
        or lemma in lex.population_nouns
    ):
        if held_by_a_group(tok, ctx):
            return []  # "Syrian opposition fighters", "Libyan militia forces"
        owners = _owners(tok, ctx, exclude, depth)
        if owners:
            return [_refine_to_official(a, tok, ctx) for a in owners]
        if lemma in lex.nouns:
            return []  # "condemned the strikes": a deed without its owner is no one's
        if any(_sponsored_by(c, ctx) for c in tok.children):
            return []  # "the Russian-backed republics": neither Russia nor a state named before
        return _description(tok, ctx, exclude)
    return []


_NEIGHBOURS = frozenset({"neighbour", "neighbor"})
_ACCUSING = frozenset({"accuse", "blame", "suspect"})  # whose object is someone


def _accused_for(verb: Token) -> bool:
    """Whether an accusing verb says what its object is accused of or blamed for, and not on
    whom a thing is blamed ("blamed it on Israel")."""
    preps = {p.lower_ for p in verb.children if p.dep_ == "prep"}
    return bool(preps & {"of", "for"}) and "on" not in preps


_LEADING = frozenset({"lead", "head"})  # "a coalition led by Saudi Arabia" is Saudi Arabia's


def _neighbour(tok: Token, ctx: DocContext, exclude: frozenset[str], depth: int) -> list[Arg]:
    """ "Algiers cut ties with Rabat, accusing [its neighbour] of hostile actions", "objected to
    [its neighbour's] name": the state named last before it, in a few mentions, other than the
    one whose neighbour it is (as a description: found, not read)."""
    possessors = [c for c in tok.children if c.dep_ == "poss"]
    if not possessors:
        return []  # "a neighbour", "the neighbours": no one in particular
    # "its" is the subject's own, up through a participle ("Algiers cut ties, accusing its
    # neighbour"), whom `exclude` may hold
    whose = {ctx.state_of(a.actor).key for a in _clause_subject(tok, ctx, frozenset(), climb=True)}
    whose |= {
        ctx.state_of(a.actor).key
        for c in possessors
        if c.pos_ != "PRON"
        for a in actors_at(c, ctx, depth=depth + 1)
    }
    if not whose:
        return []  # no one says whose neighbour
    for m in islice(ctx.index.before(tok.i), _NAMED_BACK):
        state = ctx.state_of(m.actor).key
        if m.actor.kind is ActorKind.COUNTRY and state not in whose and state not in exclude:
            return [Arg(m.actor, tok.i, "description", 0.7)]
    return []


def first_conjunct(tok: Token) -> Token:
    """The head of a coordination or apposition a token is in ("the shelling of X and the
    [raids] on Y" -> shelling): the one whose place in the clause they share."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def sentences_back(tok: Token, n: int) -> int:
    """Where the sentence `n` sentences before a token's own begins (its own for 0; the
    document's first when there are fewer): the window a reference is looked for in."""
    start = tok.sent.start
    for _ in range(n):
        if start == 0:
            break
        start = tok.doc[start - 1].sent.start
    return start


_WORD_BACK = 300  # tokens searched back for another body of the same name


def _organisation_before(
    tok: Token, ctx: DocContext, exclude: frozenset[str], *, word: str | None = None
) -> list[Arg]:
    """The organisation named last, nearby, that a description stands for; with `word`, only
    one whose name has that word after its first ("the Fund": the International Monetary
    Fund), or whose naming has it as its head ("the Council of the European Union"); none past
    another body so named that is no organisation of ours ("Sudan's Sovereignty Council")."""
    barrier = -1
    if word is not None:
        for t in ctx.doc[max(tok.i - _WORD_BACK, 0) : tok.i]:
            if t.lower_ == word and t.text[:1].isupper() and ctx.index.at(t.i) is None:
                barrier = t.i
    for m in islice(ctx.index.before(tok.i), _NAMED_BACK):
        if m.end <= barrier:
            return []
        if (
            m.actor.kind is ActorKind.ORGANIZATION
            and m.actor.key not in exclude
            and (
                word is None
                or word in m.actor.label.lower().split()[1:]
                or ctx.doc[m.start : m.end].root.lower_ == word
            )
        ):
            return [Arg(m.actor, tok.i, "description", 0.7)]
    return []


def _short_name(tok: Token) -> bool:
    """ "the Fund", "the Agency": one capitalised proper noun with "the" and nothing else."""
    return (
        tok.tag_ == "NNP"
        and tok.text[:1].isupper()
        and all(c.dep_ == "det" for c in tok.children)  # (not "the Bank of England")
        and _definite(tok)
    )


def _definite(tok: Token) -> bool:
    """ "the bloc", "this alliance": a noun that refers back."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)


def _named_non_state_group(tok: Token, lex: Lexicon) -> bool:
    """ "the Free Syrian Army", "the Kosovo Liberation Army": a capitalised name whose words
    make the army, front or movement a group that acts for no state."""
    return tok.text[:1].isupper() and any(
        c.dep_ in ("compound", "amod")
        and c.text[:1].isupper()
        and c.lower_ in lex.non_state_name_words
        for c in tok.children
    )


def _owners(tok: Token, ctx: DocContext, exclude: frozenset[str], depth: int) -> list[Arg]:
    """Who a proxy noun belongs to: "Trump's administration", "Cuban people", "people of Cuba"."""
    found: list[Arg] = []
    for child in tok.children:
        if child.dep_ in OWNER_DEPS and _sponsored_by(child, ctx):
            continue  # "the Russian-backed republics" are not Russia's
        if child.dep_ in OWNER_DEPS:
            found.extend(actors_at(child, ctx, exclude=exclude, depth=depth + 1))
        elif child.dep_ == "prep" and child.lower_ in ("of", "for", "from"):  # "a spokesman for X"
            if child.lower_ == "of" and hostile_deed(tok, ctx.lexicon):
                continue  # "the shelling of Kharkiv": what undergoes it, not who does it
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.extend(actors_at(pobj, ctx, exclude=exclude, depth=depth + 1))
        elif (
            child.dep_ == "prep"
            and child.lower_ == "in"
            and not _from_elsewhere(tok)
            # ("mediation between the two sides in Addis Ababa": those counted are named
            # before, the place is where they are)
            and not _counted_back(tok)
        ):
            found.extend(_seated_in(tok, child, ctx))
    if not found and tok.dep_ == "dobj" and tok.lemma_.lower() in ctx.lexicon.seat_nouns:
        # "warned the government in Kabul that ...": the parser hangs the seat on the verb
        found.extend(
            a
            for prep in tok.head.children
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i == tok.right_edge.i + 1
            for a in _seated_in(tok, prep, ctx)
        )
    return [Arg(a.actor, a.token, a.how, a.confidence * 0.95) for a in found]


def _counted_back(tok: Token) -> bool:
    """ "the two sides", "both countries": a count that refers to those named before (not
    "two officials in Beijing")."""
    return any(c.lower_ == "both" for c in tok.children) or (
        _definite(tok) and any(c.dep_ == "nummod" for c in tok.children)
    )


def _from_elsewhere(tok: Token) -> bool:
    """ "Southeast Asian ministers in Jakarta", "Western diplomats in Kabul": people said to be
    of a people or region are not those of the state they are in."""
    return any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in tok.children)


def _seated_in(tok: Token, prep: Token, ctx: DocContext) -> Iterator[Arg]:
    """ "officials in Seoul", "the government in Kabul", "the junta in Niger": those of the state
    whose seat follows; a ruling body (`seat_nouns`) is also its state's where the state is
    named, other nouns only where its capital is ("troops in Syria" are only there)."""
    ruling = tok.lemma_.lower() in ctx.lexicon.seat_nouns
    if not ruling and tok.tag_ not in ("NNS", "NNPS"):
        return
    for pobj in prep.children:
        mention = ctx.index.at(pobj.i) if pobj.dep_ == "pobj" else None
        if mention is None or mention.actor.kind is not ActorKind.COUNTRY:
            continue
        if mention.how in ("capital", "metonym") or (ruling and mention.how == "name"):
            yield Arg(mention.actor, pobj.i, mention.how, mention.confidence)


def held_by_a_group(noun: Token, ctx: DocContext) -> bool:
    """ "Syrian rebel positions", "Kurdish militant camps", "Syrian opposition fighters": what
    a non-state group holds, or who serve it, are no state's, whatever state names the group
    (and "rebel-held villages", `group_territory`)."""
    groups = ctx.lexicon.non_state_nouns
    return group_territory(noun, ctx) or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in groups for c in noun.children
    )


def group_territory(noun: Token, ctx: DocContext) -> bool:
    """ "rebel-held villages", "opposition-controlled towns": ground a group holds, where the
    state does not rule (a strike there is on the group, not on the state it lies in)."""
    groups = ctx.lexicon.non_state_nouns
    return any(
        c.dep_ == "amod"
        and c.tag_ == "VBN"
        and c.lemma_.lower() in _HOLDING
        and any(g.dep_ == "npadvmod" and g.lemma_.lower() in groups for g in c.children)
        for c in noun.children
    )


_HOLDING = frozenset({"hold", "control", "run", "occupy", "dominate"})


def hyphen_participle(modifier: Token) -> Token | None:
    """The participle a modifier names the agent of across a hyphen: "[UN]-backed",
    "[Qatari]-mediated" (the parser may hang the state on the participle or on the noun)."""
    doc = modifier.doc
    if modifier.dep_ == "npadvmod" and modifier.head.tag_ == "VBN":
        return modifier.head
    if modifier.i + 2 < len(doc) and doc[modifier.i + 1].text == "-":
        return doc[modifier.i + 2]
    return None


def sponsor(modifier: Token, ctx: DocContext) -> bool:
    """ "[UN]-backed", "[Russian]-funded": a state named before a hyphen and a participle of
    sponsoring backs the thing, it does not own it."""
    participle = hyphen_participle(modifier)
    return (
        participle is not None
        and participle.tag_ == "VBN"
        and participle.lemma_.lower() in ctx.lexicon.sponsor_participles
    )


def _sponsored_by(modifier: Token, ctx: DocContext) -> bool:
    """A modifier that names a sponsor: the state before "-backed", or the participle itself."""
    return sponsor(modifier, ctx) or (
        modifier.tag_ == "VBN" and modifier.lemma_.lower() in ctx.lexicon.sponsor_participles
    )


def hostile_deed(tok: Token, lex: Lexicon) -> bool:
    """A noun of a hostile deed ("strike", "shelling", "raid"), which its "of" undergoes."""
    return lex.noun_relation(tok.lemma_.lower()) in (
        Relation.ATTACKS,
        Relation.SANCTIONS,
        Relation.THREATENS,
    )


def _refine_to_official(arg: Arg, head: Token, ctx: DocContext) -> Arg:
    """ "the Russian foreign minister" is the Russian official already named, when there is one."""
    if arg.actor.kind is not ActorKind.COUNTRY or head.lemma_.lower() not in ctx.lexicon.titles:
        return arg
    if not any(c.lower_ in ("the", "this") for c in head.children):
        return arg
    people = {
        m.actor.key: m.actor
        for m in ctx.index.before(head.i)
        if m.actor.kind is ActorKind.OFFICIAL and m.actor.affiliation == arg.actor.key
    }
    if len(people) == 1:
        return Arg(next(iter(people.values())), head.i, "description", arg.confidence * 0.9)
    return arg


def _description(tok: Token, ctx: DocContext, exclude: frozenset[str]) -> list[Arg]:
    """ "the country", "the Caribbean nation", "the minister": the last compatible actor named;
    "the two leaders", "both sides", "the prime ministers": the last two states named."""
    if tok.lemma_.lower() in ctx.lexicon.counted_people:
        return _last_states(tok, ctx, exclude) if _counted_pair(tok, ctx.lexicon) else []
    plural = tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in ctx.lexicon.plural_descriptions
    each = tok.lemma_.lower() in ctx.lexicon.plural_descriptions and any(
        c.dep_ == "det" and c.lower_ == "each" for c in tok.children
    )  # "each side": one by one, the two named last
    if (
        each
        or plural
        and any(  # "the two", "both", "these": not "two European diplomats"
            c.lower_ in ("the", "both", "these")
            for c in tok.children
            if c.dep_ in ("det", "predet")
        )
    ):
        counted = [
            _COUNTS[c.lower_] for c in tok.children if c.dep_ == "nummod" and c.lower_ in _COUNTS
        ]
        if not counted and not each and _defined_by_a_clause(tok):
            return []  # "thanked the countries that backed the text": those it says, not two
        return _last_states(tok, ctx, exclude, counted[0] if counted else 2)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return _bare_agents(tok, ctx, exclude)
    lemma = tok.lemma_.lower()
    want_official = lemma in ctx.lexicon.titles and lemma not in ctx.lexicon.country_descriptions
    if want_official and tok.tag_ in ("NNS", "NNPS"):
        return []  # "the officers", "the ministers": not the one official named last
    for m in ctx.index.before(tok.i):
        actor = m.actor
        if actor.key in exclude or ctx.state_of(actor).key in exclude:
            continue
        if want_official and actor.kind is ActorKind.OFFICIAL:
            return [Arg(actor, tok.i, "description", 0.7)]
        if not want_official and actor.kind is ActorKind.COUNTRY:
            return [Arg(actor, tok.i, "description", 0.7)]
    return []


def _defined_by_a_clause(tok: Token) -> bool:
    """Whether a plural uncounted description says itself who it is: "the countries that backed
    the resolution", "the states voting against it" (no "both", no number)."""
    return not any(c.lower_ in ("two", "both") for c in tok.children) and any(
        c.dep_ in ("relcl", "acl") for c in tok.children
    )


def _counted_pair(tok: Token, lex: Lexicon) -> bool:
    """ "The two men criticised ...", "both women": people counted, as the subject, stand for
    the two named last; "the men", or "attacked the two men", are people, no states."""
    return (
        tok.tag_ in ("NNS", "NNPS")
        and tok.lemma_.lower() in lex.counted_people
        and tok.dep_ in ("nsubj", "nsubjpass")
        and any(c.lower_ in ("two", "both") for c in tok.children)
    )


def _bare_agents(tok: Token, ctx: DocContext, exclude: frozenset[str]) -> list[Arg]:
    """ "Somalia's army launched an offensive. [Troops] attacked ...": a bare plural of the
    state's agents (troops, police, officials) acting is the state named last, in its sentence
    or the one before; further back, or with a determiner of its own ("some troops"), no one."""
    lemma = tok.lemma_.lower()
    agents = ctx.lexicon.military_nouns | {"official", "authority", "police", "diplomat"}
    if tok.dep_ not in ("nsubj", "nsubjpass") or lemma not in agents:
        return []
    if tok.tag_ not in ("NNS", "NNPS") and lemma != "police":
        return []
    if any(c.dep_ in ("det", "nummod", "amod", "compound", "poss") for c in tok.children):
        return []
    earliest = sentences_back(tok, 1)
    for m in ctx.index.before(tok.i):
        if m.start < earliest:
            break
        state = ctx.state_of(m.actor)
        if state.key not in exclude and state.kind is not ActorKind.OFFICIAL and m.how != "place":
            return [Arg(state, tok.i, "description", 0.6)]
    return []


def _clause_subject(
    tok: Token, ctx: DocContext, exclude: frozenset[str], *, climb: bool = False
) -> list[Arg]:
    """The actor subject of a token's clause; with `climb`, up from a participle or infinitive
    without one to the clause it hangs on ("Algiers cut ties with Rabat, [accusing] its
    neighbour"), a few clauses at most."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for _ in range(3 if climb else 1):
        for child in verb.children:
            if (
                child.dep_ in ("nsubj", "nsubjpass")
                and child.i != tok.i
                and tok.i not in {t.i for t in child.subtree}
            ):
                # "Japan and the Philippines held [their] drills": a plural, all of them
                heads = list(coordinated(child)) if tok.lower_ in _THEY else [child]
                mentions = [m for t in heads if (m := ctx.index.at(t.i)) is not None]
                found = [
                    Arg(m.actor, tok.i, "pronoun", 0.8)
                    for m in mentions
                    if m.actor.key not in exclude
                ]
                if found:
                    return found
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head
    return []


_COUNTS = {"three": 3, "four": 4, "five": 5}  # "the three countries"


def _last_states(tok: Token, ctx: DocContext, exclude: frozenset[str], n: int = 2) -> list[Arg]:
    """The `n` states (or organisations) a plural description ("the two leaders", "both
    sides", "the three countries") stands for, latest first, by how they were named (the
    first two ways only for a pair):

    1. two named together as the subject of a clause, in its sentence or the two before
       ("Thai and Cambodian leaders met ... Anwar mediated the talks alongside U.S. and Chinese
       officials. The two sides will meet again": the two who met, not the two alongside);
    2. two named together anywhere, in its sentence or the one before ("the leaders of Chile
       and Peru met at an IMF conference in Vienna. Both ministers ...");
    3. the last `n` named as actors, not as the owners of a thing, in its sentence or the one
       before ("Sheinbaum called Carney to coordinate their answer to U.S. tariffs. She said
       the two countries ...": not the United States, named on its tariffs);
    4. for a pair, the last two named, in its sentence or the one before ("the two countries"
       further on is a guess).

    A place named ("the Croatian island of Skala") or a venue is no side."""
    near, earliest = sentences_back(tok, 1), sentences_back(tok, 2)
    states_only = tok.lemma_.lower() in ctx.lexicon.country_descriptions  # "both governments"
    exclude = exclude | _subjects_of_its_clause(tok, ctx)  # "X praised both governments"
    named: list[tuple[Arg, range]] = []  # (the state, the tokens that named it), latest first
    for m in ctx.index.before(tok.i):
        if m.start < earliest:
            break
        state = ctx.state_of(m.actor)
        if states_only and state.kind is not ActorKind.COUNTRY:
            continue
        if m.how != "place" and state.key not in exclude and not _a_venue(m, ctx):
            named.append((Arg(state, tok.i, "description", 0.65), range(m.start, m.end)))
            if len(named) == _NAMED_BACK:  # bounded: a list of a thousand states stays linear
                break
    doc = ctx.doc
    recent = [(arg, span) for arg, span in named if span.start >= near]
    if n == 2:
        for first, second, anchor in _named_together(named, doc):
            if _clause_role(anchor, ctx).dep_ in ("nsubj", "nsubjpass"):
                return [first, second]
        for first, second, _ in _named_together(recent, doc):
            return [first, second]
    actors = [(arg, span) for arg, span in recent if _owns_no_thing(doc[span[-1]], ctx)]
    for candidates in (actors, recent) if n == 2 else (actors,):  # (three: no guess)
        found: dict[str, Arg] = {}
        for arg, _ in candidates:
            found.setdefault(arg.actor.key, arg)
            if len(found) == n:
                return list(found.values())
    return []


def _subjects_of_its_clause(tok: Token, ctx: DocContext) -> frozenset[str]:
    """The states of the subjects of the clause a plural description is the object of: "the EU
    and the UN praised both governments" speaks of two others."""
    if tok.dep_ not in ("dobj", "pobj", "dative"):
        return frozenset()
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    for _ in range(2):  # "hosted talks between the three countries": up to the verb
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("dobj", "pobj", "prep"):
            break
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head
    keys: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            for t in coordinated(child):
                mention = ctx.index.at(t.i)
                if mention is not None:
                    keys.add(ctx.state_of(mention.actor).key)
    return frozenset(keys)


def _named_together(named: list[tuple[Arg, range]], doc: Doc) -> Iterator[tuple[Arg, Arg, Token]]:
    """Pairs of states named in one coordination ("Chile and Peru", "Thai and Cambodian
    leaders"), latest first, each with the last token of the one named first."""
    for arg, span in named:
        partners = {t.i for at in span for t in coordinated(doc[at])} - set(span)
        for other, other_span in named:
            if partners & set(other_span) and other.actor.key != arg.actor.key:
                if other_span.start < span.start:
                    yield other, arg, doc[other_span[-1]]
                else:
                    yield arg, other, doc[span[-1]]


def _agent_noun(tok: Token, ctx: DocContext) -> bool:
    """A noun for people or bodies that act for a state: "leaders", "officials", "troops"."""
    lemma = tok.lemma_.lower()
    lex = ctx.lexicon
    return (
        lemma in lex.plural_descriptions
        or lemma in lex.titles
        or lemma in lex.military_nouns
        or lemma in lex.country_descriptions
    )


def _owns_no_thing(tok: Token, ctx: DocContext) -> bool:
    """Whether a state's name stands as an actor, not as the owner or maker of a thing ("U.S.
    tariffs", "Beijing's support"); "Chinese officials" is an actor."""
    if tok.dep_ not in ("poss", "compound", "amod", "nmod"):
        return True
    return tok.head.pos_ not in ("NOUN", "PROPN") or _agent_noun(tok.head, ctx)


def _clause_role(tok: Token, ctx: DocContext) -> Token:
    """The token by which a name's phrase hangs in its clause: "[Thai] and Cambodian leaders"
    is the subject "leaders"; the first of conjoined names stands for them all."""
    if tok.dep_ in ("amod", "compound", "poss", "nmod") and _agent_noun(tok.head, ctx):
        tok = tok.head
    for _ in range(_MAX_CONJUNCTS):
        if tok.dep_ != "conj":
            break
        tok = tok.head
    return tok


_GATHERINGS = frozenset({"conference", "forum", "session", "assembly", "congress", "gathering"})


def _a_venue(mention: Mention, ctx: DocContext) -> bool:
    """A state or body named where something happens, no side of it: "the summit in [Lima]",
    "the [APEC] summit in Lima"."""
    head = ctx.doc[mention.end - 1]
    place = head
    for _ in range(_MAX_CONJUNCTS):  # "in New York and [Vienna]"
        if place.dep_ != "conj":
            break
        place = place.head
    if place.dep_ == "pobj" and place.head.lower_ in ctx.lexicon.location_preps:
        return mention.how in ("capital", "metonym")  # a city, not "in Ukraine" (a side)
    # a forum's own summit ("the APEC summit"), not a pair's ("the EU-China summit")
    meeting = head.head
    return (
        head.dep_ in ("compound", "nmod")
        and mention.actor.kind is ActorKind.ORGANIZATION
        and (
            meeting.lemma_.lower() in _GATHERINGS
            or ctx.lexicon.noun_relation(meeting.lemma_.lower()) is Relation.MEETS
        )
        and len({m.actor.key for c in meeting.children if (m := ctx.index.at(c.i))}) == 1
    )


def resolve_pronoun(
    tok: Token, ctx: DocContext, exclude: frozenset[str], *, depth: int = 0
) -> list[Arg]:
    """Pronouns: "we"/"our" in a quotation is the speaker's state, "I" the speaker, "he" the last
    official named, "it"/"they" the last state or organisation named."""
    low = tok.lower_
    if low in _WE or low in _I:
        speakers = ctx.speaker(tok)
        if low in _WE:
            speakers = [
                Arg(ctx.state_of(a.actor), a.token, "speaker", a.confidence * 0.9) for a in speakers
            ]
        return [a for a in speakers if a.actor.key not in exclude]
    if low in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        return actors_at(tok.head.head, ctx, exclude=exclude, depth=_MAX_DEPTH)
    if low == "whose":  # "Syria, whose government condemned the raid": Syria's government
        clause = tok.head
        for _ in range(3):  # up from the owned noun to its relative clause, a few steps at most
            if clause.dep_ == "relcl":
                return actors_at(clause.head, ctx, exclude=exclude, depth=_MAX_DEPTH)
            clause = clause.head
    if tok.dep_ == "poss" and low in _HE | _IT and tok.head.dep_ == "conj":
        # "since Moscow's annexation of Crimea and [its] backing of separatists": the owner of
        # the first of the things coordinated
        owners = [
            a
            for c in first_conjunct(tok.head).children
            if c.dep_ == "poss" and c.pos_ != "PRON"
            for a in actors_at(c, ctx, exclude=exclude, depth=depth + 1)
        ]
        if owners:
            return [Arg(a.actor, tok.i, "pronoun", min(a.confidence, 0.8)) for a in owners]
    if tok.dep_ == "poss" and low in _HE | _IT:
        # "North Korea fired missiles off its coast": a possessive in a clause binds to its
        # subject ("Putin had ruined his country's relations": Putin's)
        bound = _clause_subject(tok, ctx, exclude)
        if low in _HE:  # "Venezuela posed a threat to [his] country": "his" is a person's
            bound = [a for a in bound if a.actor.kind is ActorKind.OFFICIAL]
        if bound:
            return bound
        if _stands_for_a_state(tok.head, ctx):
            # "the Malaysian minister warned that [his] country ...": the reporter's own state
            reporter = _reporter_states(tok, ctx, exclude, depth)
            if reporter:
                return reporter
    if tok.dep_ == "nsubj" and low in _HE | _IT:
        bound = _subject_above(tok, ctx, exclude)
        if low in _HE:
            bound = [a for a in bound if a.actor.kind is ActorKind.OFFICIAL]
        if bound:
            return bound
    if low in _HE:
        subject = _subject_before(tok, ctx, exclude, ActorKind.OFFICIAL)
        if subject is not None:  # "Macron met Scholz in Berlin. He later criticized China"
            return [Arg(subject.actor, tok.i, "pronoun", 0.75)]
        for m in ctx.index.before(tok.i):
            if m.actor.kind is ActorKind.OFFICIAL and m.actor.key not in exclude:
                described = _described_official(m.end, tok, ctx, exclude)
                return described or [Arg(m.actor, tok.i, "pronoun", 0.75)]
        return _described_official(max(tok.sent.start - 1, 0), tok, ctx, exclude)
    if low in _IT:
        acted_on = _acted_on_before(tok, ctx, exclude, depth)
        if acted_on:
            return acted_on
        exclude = exclude | _own_clause_subjects(tok, ctx)
        if tok.dep_ in ("dobj", "pobj", "dative") and not (
            # (but one accused or blamed for something is someone: "Washington accuses [it] of
            # ...", "blamed [it] for the failure"; not "blamed it on Israel", a thing)
            tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ACCUSING and _accused_for(tok.head)
        ):  # "criticized it": most often a thing, not a state
            return []
        if low == "it" and _continues_a_thing(tok, ctx):
            return []  # "the typhoon slammed into Vietnam after [it] killed 20 people in ..."
        sayer = _reporting_subject(tok, ctx)
        joint = _joint_sayers(tok, ctx) if low in ("they", "their") else None
        if joint is not None:
            # "Macron, Merkel and May said [they] regretted the decision": the sayers together
            sayers = actors_at(joint, ctx, exclude=exclude, depth=_MAX_DEPTH)
            if len(sayers) >= 2:
                return [Arg(a.actor, tok.i, "pronoun", min(a.confidence, 0.8)) for a in sayers]
        if sayer is not None and low in ("it", "its"):
            # "The ministry said it condemned Israel": "it" is whoever says so, or no one known
            found = actors_at(sayer, ctx, exclude=exclude, depth=_MAX_DEPTH)
            return [Arg(a.actor, tok.i, "pronoun", min(a.confidence, 0.8)) for a in found]
        subject = _subject_before(tok, ctx, exclude, ActorKind.COUNTRY)
        if subject is not None and low not in _THEY:
            # "China did not criticize Russia, but it criticized the United States"
            return [Arg(subject.actor, tok.i, "pronoun", 0.6)]
        for m in ctx.index.before(tok.i):
            actor = m.actor
            if actor.kind is ActorKind.OFFICIAL:
                continue
            if actor.key in exclude:
                continue
            if low in _THEY and (
                _plural_subject_between(ctx.doc[m.start].sent.start, tok, ctx)
                or _inside_plural_subject(m.start, ctx)
            ):
                # "The militants fired rockets at Gorlovka. [They] ...", "The rebels in Syria
                # regrouped. [They] ...": the militants, the rebels
                return []
            return [Arg(actor, tok.i, "pronoun", 0.6)]
    return []


def _own_clause_subjects(pronoun: Token, ctx: DocContext) -> frozenset[str]:
    """The states and bodies a plain object pronoun cannot stand for: its own clause's subject,
    with those coordinated with it, and an official subject's state ("the United States and
    the EU accuse [it] of ...": neither of them; a reflexive would say so)."""
    if pronoun.lower_ not in ("it", "them") or pronoun.dep_ not in ("dobj", "dative", "pobj"):
        return frozenset()
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    if verb.pos_ != "VERB":
        return frozenset()
    keys: set[str] = set()
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        for head in coordinated(child):
            for a in actors_at(head, ctx, depth=_MAX_DEPTH):
                keys.add(a.actor.key)
                keys.add(ctx.state_of(a.actor).key)
    return frozenset(keys)


def _subject_above(pronoun: Token, ctx: DocContext, exclude: frozenset[str]) -> list[Arg]:
    """The subject of the clause above a pronoun subject of a relative clause ("Japan sanctioned
    Syrian officials [it] accused of ...": never the noun the clause modifies) or of a free
    relative ("Iran rejected what [it] called Britain's hostile statements": the one who
    rejects)."""
    clause = pronoun.head
    if clause.dep_ == "relcl":
        modified = clause.head
        own = exclude | {a.actor.key for a in actors_at(modified, ctx, exclude=exclude)}
        return _clause_subject(modified, ctx, own) or _reporter_above(modified, pronoun, ctx, own)
    if clause.dep_ == "ccomp" and any(c.lower_ == "what" for c in clause.children):
        return _clause_subject(clause, ctx, exclude)
    return []


def _reporter_above(
    modified: Token, pronoun: Token, ctx: DocContext, exclude: frozenset[str]
) -> list[Arg]:
    """The one who reports the clause a noun with a relative clause is in, when that clause
    has no actor subject: "North Korea said the launch was a warning to Washington, which [it]
    accuses of ...": North Korea."""
    verb = modified.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    report = verb.head
    if verb.dep_ != "ccomp" or report.lemma_.lower() not in ctx.lexicon.speech_verbs:
        return []
    return [
        Arg(a.actor, pronoun.i, "pronoun", min(a.confidence, 0.8))
        for c in report.children
        if c.dep_ == "nsubj"
        for a in actors_at(c, ctx, exclude=exclude)
    ]


def _acted_on_before(
    pronoun: Token, ctx: DocContext, exclude: frozenset[str], depth: int
) -> list[Arg]:
    """ "sanctioned two Venezuelan generals and accused [them] of torture", "imposed sanctions
    on X and Y, accusing [them] of ...": "them" as the object of a verb coordinated with, or
    a participle of, a verb acting on someone is the ones that verb acted on."""
    verb = pronoun.head
    if pronoun.lower_ != "them" or pronoun.dep_ != "dobj" or verb.dep_ not in ("advcl", "conj"):
        return []
    head = verb.head
    if head.pos_ != "VERB" or head.i > pronoun.i:
        return []
    objects = [c for c in head.children if c.dep_ == "dobj"]
    acted_on = [
        pobj
        for holder in (head, *objects)
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    for target in (*acted_on, *objects):
        found = actors_at(target, ctx, exclude=exclude, depth=depth + 1)
        if found:
            return [Arg(a.actor, pronoun.i, "pronoun", min(a.confidence, 0.8)) for a in found]
    return []


def _subject_before(
    pronoun: Token, ctx: DocContext, exclude: frozenset[str], kind: ActorKind
) -> Mention | None:
    """A pronoun that is a main clause's subject continues the subject before it: that of the
    sentence before ("Macron met Scholz in Berlin. He later criticized China"), or of the clause
    it is coordinated with ("China did not criticize Russia, but it criticized the US"); a
    state described by an official's title counts for "he" ("The Kenyan president met Putin.
    He ..."). None when the pronoun is in another kind of clause, or that subject is no actor
    of `kind` (recency decides then). Bounded to `_THEY_WINDOW` tokens."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("ROOT", "conj"):
        return None
    earliest = max(sentences_back(pronoun, 1), pronoun.i - _THEY_WINDOW)
    for m in ctx.index.before(pronoun.i):
        if m.start < earliest:
            return None
        head = ctx.doc[m.end - 1]
        while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
            head = head.head  # "President [Macron]", "Prime Minister, [Modi]": the name's head
        described = (
            kind is ActorKind.OFFICIAL
            and m.actor.kind is ActorKind.COUNTRY
            and head.dep_ in ("amod", "poss", "compound")
            and head.head.lemma_.lower() in ctx.lexicon.titles
        )
        if described:
            head = head.head
        if head.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = head.head
        if m.start >= pronoun.sent.start:
            continued = clause.dep_ == "conj" and clause.head.i == verb.i  # "..., but it ..."
        else:
            continued = verb.dep_ == "ROOT"  # the main subject of the sentence before
        if not continued:
            return None  # the subject of another clause: recency decides
        if (m.actor.kind is not kind and not described) or m.actor.key in exclude:
            return None  # the subject before is another kind of actor: no guess from it
        return m
    return None


def _described_official(
    start: int, pronoun: Token, ctx: DocContext, exclude: frozenset[str]
) -> list[Arg]:
    """ "Hernandez will visit Egypt. The visit follows the Egyptian Prime Minister's trip, in
    which [he] offered aid": an official described by title and state, as a subject or owner,
    between the last named official (from `start`) and the pronoun, is who "he" is: their
    state, as no name is known. Only in the pronoun's sentence or the one before."""
    # bounded: many pronouns stay linear
    earliest = max(start, sentences_back(pronoun, 1), pronoun.i - _THEY_WINDOW)
    for t in reversed(ctx.doc[earliest : pronoun.i]):
        if (
            t.dep_ in ("nsubj", "nsubjpass", "poss")
            and t.lemma_.lower() in ctx.lexicon.titles
            and ctx.index.at(t.i) is None
            and t.tag_ not in ("NNS", "NNPS")
        ):
            states = [
                a
                for a in _owners(t, ctx, exclude, _MAX_DEPTH - 1)
                if a.actor.kind is ActorKind.COUNTRY
            ]
            for state in states[:1]:  # "The Russian president": Putin, named before
                for m in islice(ctx.index.before(t.i), _NAMED_BACK):
                    if (
                        m.actor.kind is ActorKind.OFFICIAL
                        and m.actor.affiliation == state.actor.key
                    ):
                        return [Arg(m.actor, pronoun.i, "pronoun", 0.7)]
                return [Arg(state.actor, pronoun.i, "pronoun", 0.65)]
            return []
    return []


def _continues_a_thing(pronoun: Token, ctx: DocContext) -> bool:
    """Whether "it", the subject of a time or reason clause, continues the subject of the clause
    it hangs on, and that subject is a thing, no actor: "The storm hit Cuba after [it] had
    devastated Haiti" (the storm, not Cuba)."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl":
        return False
    subjects = [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and not any(
        s.pos_ == "PRON" or ctx.index.at(s.i) is not None or actors_at(s, ctx, depth=_MAX_DEPTH)
        for s in subjects
    )


def _sayer_of(pronoun: Token, ctx: DocContext) -> Token | None:
    """The one subject of the speech verb whose reported clause a subject pronoun opens
    ("[The ministry] said it would ...", "[France and Germany] said they ..."), else None."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    report = clause.head
    if clause.dep_ != "ccomp" or report.lemma_.lower() not in ctx.lexicon.speech_verbs:
        return None
    subjects = [c for c in report.children if c.dep_ == "nsubj"]
    return subjects[0] if len(subjects) == 1 else None


def _reporting_subject(pronoun: Token, ctx: DocContext) -> Token | None:
    """The singular subject of the speech verb whose reported clause a subject pronoun opens:
    "[The ministry] said it would ...", else None."""
    subject = _sayer_of(pronoun, ctx)
    if subject is None or subject.tag_ not in ("NN", "NNP"):
        return None
    if (
        subject.lower_ in _IT
        or subject.lower_ in _HE
        or any(c.dep_ == "conj" for c in subject.children)
    ):
        return None
    return subject


def _joint_sayers(pronoun: Token, ctx: DocContext) -> Token | None:
    """The coordinated subject of the speech verb whose reported clause a plural pronoun
    opens as its subject: "[France and Germany] said they regretted ...", else None."""
    subject = _sayer_of(pronoun, ctx)
    if subject is not None and any(c.dep_ == "conj" for c in subject.children):
        return subject
    return None


def _inside_plural_subject(start: int, ctx: DocContext) -> bool:
    """Whether a mention sits inside a plural subject that is no actor ("the rebels [in Syria]",
    "protesters from [Cuba]"): a "they" after it means the subject, not the state."""
    tok = ctx.doc[start]
    for _ in range(4):  # the mention's own phrase: a few steps up at most
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ in ("NNS", "NNPS"):
            return ctx.index.at(tok.i) is None and not _stands_for_states(tok, ctx)
    return False


def _stands_for_states(noun: Token, ctx: DocContext) -> bool:
    """ "the two countries", "both governments": a plural that names states, not a group."""
    lemma = noun.lemma_.lower()
    lex = ctx.lexicon
    return lemma in lex.country_descriptions or lemma in lex.plural_descriptions


def _plural_subject_between(start: int, pronoun: Token, ctx: DocContext) -> bool:
    """Whether a plural subject that is no actor ("the militants", "protesters") stands between
    `start` (the sentence of a state's mention) and a plural pronoun: "they" then most likely
    means that subject. Only
    the last `_THEY_WINDOW` tokens are read, so that many pronouns cost linear time."""
    start = max(start, pronoun.i - _THEY_WINDOW)
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.tag_ in ("NNS", "NNPS")
        and ctx.index.at(t.i) is None
        and not _stands_for_states(t, ctx)
        and not any(ctx.index.at(c.i) for c in t.children if c.dep_ in OWNER_DEPS)
        for t in ctx.doc[start : pronoun.i]
    )


def _stands_for_a_state(noun: Token, ctx: DocContext) -> bool:
    """ "country", "nation", "government": a noun that, owned by a person, is their state."""
    lemma = noun.lemma_.lower()
    return lemma in ctx.lexicon.country_descriptions or lemma in ctx.lexicon.proxy_nouns


def _reporter_states(tok: Token, ctx: DocContext, exclude: frozenset[str], depth: int) -> list[Arg]:
    """The state of whoever reports the clause a token stands in: the speaker of its
    quotation, else the subject of the speech verb over it (which may hold a pronoun of its
    own, "his spokesman said his country ...": `depth` bounds the chain)."""
    if depth >= _MAX_DEPTH:
        return []
    speakers = ctx.speaker(tok)
    if not speakers:
        report = reporting_verb(tok, ctx.lexicon)
        subjects = [c for c in report.children if c.dep_ == "nsubj"] if report else []
        speakers = [
            a
            for c in subjects
            if tok.i not in {t.i for t in c.subtree}
            for a in actors_at(c, ctx, depth=depth + 1)
        ]
    states = [Arg(ctx.state_of(a.actor), tok.i, "pronoun", a.confidence * 0.85) for a in speakers]
    return [a for a in states if a.actor.key not in exclude][:1]
