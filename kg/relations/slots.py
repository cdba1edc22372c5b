"""Argument slots: who is the subject of a verb, which prepositional objects are targets, who owns
a noun, which verb governs a noun trigger. The frames of `kg.relations.frames` are built from
these; each function takes a token and the document context and returns actors (`Arg`s).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.relations.arguments import (
    Arg,
    DocContext,
    actors_at,
    coordinated,
    first_conjunct,
    group_territory,
    held_by_a_group,
    hostile_deed,
    hyphen_participle,
    sponsor,
)
from kg.relations.lexicon import Lexicon
from kg.relations.modality import finite_governor, in_manner, is_infinitive
from kg.types import ActorKind, Relation

SUBJ = ("nsubj", "csubj")
PASS_SUBJ = ("nsubjpass", "csubjpass")
OBJ = ("dobj", "dative", "attr", "oprd")
INHERITS_SUBJECT = ("xcomp", "conj", "advcl", "ccomp", "pcomp")
GOVERNED_NOUN = ("dobj", "pobj", "nsubjpass", "attr", "conj", "appos", "npadvmod", "oprd")
NOT_NEARBY = (
    SUBJ
    + PASS_SUBJ
    + ("agent", "ccomp", "advcl", "relcl", "conj", "mark", "aux", "neg", "punct", "npadvmod")
)
# prepositional phrases that name circumstances, not the other side of a relation
NOT_TARGET_PREPS = frozenset(
    {
        "from",
        "by",
        "during",
        "after",
        "before",
        "since",
        "despite",
        "over",
        "under",
        "amid",
        "as",
        "like",
        "via",
        "through",
        "including",
        "among",
        "because",
        "of",
        "to",
    }
)
CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "csubj", "conj", "appos"})
# a noun under these prepositions is circumstance, not an act of the clause's subject:
# "handing the islands to Mauritius amid a growing [threat] from China"
UNRELATED_PREPS = frozenset({"amid", "amidst", "despite", "unlike", "like", "than", "regardless"})
# prepositions whose object may be the target when it hangs on the verb's object
OBJECT_PPS = frozenset({"against", "on", "toward", "towards", "upon", "with", "to"})
# a prepositional object names the target through its owner: "complained over Israeli raids"
OWNER_PPS = frozenset({"over", "about", "for", "of"})
# what weapons are aimed by: "launched drones [at] Ukraine", "fired shells [toward] a post"
AIMED_PREPS = frozenset({"at", "on", "onto", "into", "toward", "towards"})
UNDER_RELATIONS = frozenset({Relation.SANCTIONS, Relation.ATTACKS, Relation.THREATENS})
COLLECTIVE_HEADS = frozenset(
    {
        "round",
        "series",
        "hour",
        "day",
        "week",
        "month",
        "session",
        "wave",
        "spate",
        "string",
        "barrage",
        "volley",
        "number",
        "couple",
        "lot",
        "host",
        "shipment",  # "a shipment of tanks": what is shipped is given
        "consignment",
        "delivery",
        "batch",
        "tranche",
        "convoy",  # "a convoy of aid", "15 tonnes of relief supplies": the measure of it
        "tonne",
        "ton",
        "truckload",
        "planeload",
        "shipload",
        "worth",  # "$2 billion worth of air defence systems"
        "cargo",
        "dozen",  # "dozens of people": the people
        "score",
        "hundred",
        "thousand",
        "million",
        "handful",
        # "announced the imposition of sanctions", "a new package of sanctions": the deed
        "imposition",
        "reimposition",
        "introduction",
        "package",
        "set",
        "raft",
        "slew",
        "offer",  # "accepted offers of help from Spain": the help
        # "sent a message of condolence to Myanmar's leader", "a letter of protest to Quito":
        # what the message carries is sent
        "message",
        "letter",
        "note",
    }
)
# nouns of making an accord, through which the verb over them governs it: "oversaw the signing
# of two agreements" is read as the agreements' governor ("oversaw"), whose subjects sign
ACCORD_MAKINGS = frozenset({"signing", "conclusion", "ratification", "initialling", "initialing"})
# "carried out [some] of their heaviest strikes": a part stands for the whole it is part of
PARTITIVES = frozenset({"some", "many", "most", "several", "one", "all", "part", "few", "each"})
MOVEMENT_VERBS = frozenset({"visit", "travel", "fly", "arrive", "tour", "come", "go", "head"})


def _officials_listed_before(subject: Token, found: list[Arg], ctx: DocContext) -> list[Arg]:
    """ "[Tajik President Emomali Rahmon] and Kyrgyz President Sadyr Japarov signed": the
    officials named before a subject and joined to it by "and", however the parser hung them
    (as a compound, an nmod, a second subject); none across a verb or a comma."""
    doc = subject.doc
    start = subject.left_edge.i
    for tok in doc[subject.sent.start : subject.i]:
        if tok.dep_ in SUBJ and tok.head.i == subject.head.i:
            start = min(start, tok.left_edge.i)  # a second subject side by side
    words = doc[start : subject.i]
    if not any(t.lower_ == "and" for t in words) or any(
        t.pos_ in ("VERB", "AUX") or t.text in (",", ";") for t in words
    ):
        return []
    have = {a.actor.key for a in found}
    listed: list[Arg] = []
    for tok in words:
        mention = ctx.index.at(tok.i)
        if (
            mention is not None
            and mention.start == tok.i
            and mention.actor.kind is ActorKind.OFFICIAL
            and mention.actor.key not in have
        ):
            have.add(mention.actor.key)
            listed.append(Arg(mention.actor, tok.i, mention.how, mention.confidence))
    return listed


def _subjects_alongside(
    subject: Token, later: list[Token], found: list[Arg], ctx: DocContext
) -> list[Arg]:
    """ "Kyrgyz President Sadyr Japarov and [Tajik President Emomali Rahmon] signed", parsed
    as two subjects side by side: the actors of a later subject of the same verb joined to
    the first by "and" alone (no verb, no comma between); "Sweden, [Denmark and Finland]
    announced": a comma alone before a later subject that ends the list with "and"."""
    doc = subject.doc
    have = {a.actor.key for a in found}
    listed: list[Arg] = []
    for other in later:
        between = doc[subject.i + 1 : other.left_edge.i]
        list_end = [t.text for t in between] == [","] and any(
            c.dep_ == "cc" and c.lower_ == "and" for c in other.children
        )
        joined = [t.lower_ for t in between if t.pos_ == "CCONJ"] == ["and"] and not any(
            t.pos_ in ("VERB", "AUX") or t.text in (",", ";") for t in between
        )
        if not (list_end or joined):
            break
        for arg in actors_at(other, ctx, role="source"):
            if arg.actor.key not in have:
                have.add(arg.actor.key)
                listed.append(arg)
        subject = other
    return listed


def agent_of(verb: Token) -> Token | None:
    """A passive's "by" phrase: its own, or that of a passive coordinated after it that has no
    subject of its own ("were shelled and seized by Russian forces": the parser hangs the
    shared agent on the last)."""
    for later in coordinated(verb):
        if later.i != verb.i and (
            later.i < verb.i
            or later.pos_ != "VERB"
            or any(c.dep_ in SUBJ + PASS_SUBJ for c in later.children)
        ):
            continue
        for child in later.children:
            if child.dep_ == "agent":
                return child
    return None


def subject_of(verb: Token, ctx: DocContext, depth: int = 0) -> list[Arg]:
    """The actors in a verb's subject, inherited from the governing verb where it has none."""
    subject_deps = SUBJ if depth == 0 else SUBJ + PASS_SUBJ  # "Rubio is expected to [meet]"
    subjects = [c for c in verb.children if c.dep_ in subject_deps]
    for n, child in enumerate(subjects):
        found = actors_at(child, ctx, role="source")
        if found:
            found += _officials_listed_before(child, found, ctx)
            found += _subjects_alongside(child, subjects[n + 1 :], found, ctx)
        if found or (
            child.lower_ not in ("it", "which", "that", "who")
            # two subjects are the parser's slip ("built islands, some with airstrips, and
            # ships have sailed"): one that names no actor does not hide the other
            and not any(other.i > child.i for other in subjects)
        ):
            return found
    agent = agent_of(verb)
    if agent is not None:
        return [
            a for p in agent.children if p.dep_ == "pobj" for a in actors_at(p, ctx, role="source")
        ]
    for aux in verb.children:  # "Egypt and Qatar [are] mediating": the subject hung on "are"
        if aux.dep_ in ("aux", "auxpass"):
            found = [
                a for c in aux.children if c.dep_ in SUBJ for a in actors_at(c, ctx, role="source")
            ]
            if found:
                return found
    if depth > 4 or verb.head.i == verb.i:
        return ctx.speaker(verb) if depth == 0 else []
    prep = verb.head
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
        prep = prep.head  # "accused Qatar of arming militants and [of] backing Iran"
    if verb.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in ("of", "for", "against"):
        # "accused Kyiv of [attacking]", "blamed Iran for [arming]", "warned Moscow against
        # [invading]": the one accused or warned acts
        governor = prep.head
        accused = [c for c in governor.children if c.dep_ == "dobj"]
        if accused and governor.pos_ == "VERB":
            # (or whose they are: "sanctioned Iranian firms for [helping] Russia")
            return actors_at(accused[0], ctx, role="source") or owners_of(accused[0], ctx)
        if governor.pos_ in ("NOUN", "PROPN"):
            # "blacklisted a Chinese company for [supplying] drones": the one named does it
            named = actors_at(governor, ctx, role="source") or owners_of(governor, ctx)
            if named:
                return named
    if verb.dep_ in ("relcl", "acl"):  # "citizens [traveling to Cuba]": the noun modified acts
        # or, for a noun of intent, its owner: "Brazil's push [to deepen] ties with Angola"
        intent = verb.head
        if intent.lemma_.lower() not in ctx.lexicon.intention_nouns:
            found = actors_at(intent, ctx, role="source")
            if (
                not found
                and verb.dep_ == "acl"
                and is_infinitive(verb)
                and intent.lemma_.lower() in ctx.lexicon.one_sided_deeds
            ):
                # "Madrid's decision [to back] Morocco's plan": the owner decided and acts (not
                # "Germany's permission [to send] tanks": another sends)
                found = owners_of(intent, ctx)
            if not found and (
                intent.lemma_.lower() in ctx.lexicon.utterance_nouns
                or verb.lemma_.lower() in _CONVEYING
            ):
                # "Kenya issued a statement [expressing] solidarity with": who issued it; "the
                # navy dispatched two ships [carrying] relief supplies": who sent them
                above = governing_verb(intent) if intent.dep_ == "dobj" else None
                found = subject_of(above, ctx, depth + 1) if above is not None else []
            return found
        found = actors_at(intent, ctx, role="source") or owners_of(intent, ctx)
        if not found and verb.dep_ == "acl" and intent.dep_ in ("dobj", "attr"):
            # "Putin had no plans [to meet] Zelenskyy", "Seoul made an offer [to mediate]": the
            # one who has or makes it
            above = governing_verb(intent)
            found = subject_of(above, ctx, depth + 1) if above is not None else []
        return found
    finite = finite_governor(verb)
    if finite is not None:  # "called on all parties to show restraint and [blamed] X"
        return subject_of(finite, ctx, depth + 1)
    controller = _object_controller(verb, ctx)
    if controller is not None:
        # "urged Washington to [halt] arms sales", "called on Iran to [free] them": the one
        # urged would act, not the one urging
        return actors_at(controller, ctx, role="source")
    progressive = (  # "Egypt is [mediating] between ...", parsed as the copula's attribute
        verb.dep_ in ("attr", "acomp") and verb.pos_ == "VERB" and verb.head.lemma_ == "be"
    )
    if verb.dep_ in INHERITS_SUBJECT or verb.dep_ in ("prep", "pobj") or progressive:
        head = verb.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return subject_of(head, ctx, depth + 1)
    return ctx.speaker(verb)


# participles of what a vehicle or a convoy conveys: "ships carrying aid", "planes ferrying troops"
_CONVEYING = frozenset({"carry", "ferry", "transport", "bring", "deliver", "haul"})

# the words of a call: verbs and nouns ("called his counterpart", "a phone call"), and what a
# conversation is held by or over ("spoke by telephone", "over a video link")
CALLING = frozenset({"call", "phone", "telephone", "ring"})
PHONES = frozenset({"phone", "telephone", "videolink", "video"})


def phone_objects(verb: Token) -> list[Token]:
    """The telephone a verb is done by or over: "spoke [by telephone]", "said [over the phone]"."""
    return [
        phone
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("by", "over")
        for phone in prep.children
        if phone.dep_ == "pobj" and phone.lemma_.lower() in PHONES
    ]


def _object_controller(verb: Token, ctx: DocContext) -> Token | None:
    """The object of a verb of urging or ordering whose infinitive `verb` is ("urged [Iran] to
    free", "called on [Iran] to free"), else None."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or head.pos_ != "VERB":
        return None
    prep = ctx.lexicon.object_control.get(head.lemma_.lower())
    if prep is None:
        return None
    for child in head.children:
        if not prep and child.dep_ == "dobj":
            return child
        if prep and child.dep_ == "prep" and child.lower_ == prep:
            return next((p for p in child.children if p.dep_ == "pobj"), None)
    return None


def repeated_preps(noun: Token) -> list[Token]:
    """The prepositions that repeat one of an object's own, hung by the parser on its verb:
    "held talks with Modi, whom he praised, and [with] Lula"."""
    if noun.dep_ != "dobj":
        return []
    own = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    return [
        k
        for k in noun.head.children
        if k.dep_ == "conj" and k.pos_ == "ADP" and k.lower_ in own and k.i > noun.i
    ]


def prep_targets(
    head: Token,
    preps: frozenset[str],
    ctx: DocContext,
    *,
    allow_places: bool = False,
    aimed: frozenset[str] = frozenset(),
) -> list[Arg]:
    """The actors after the given prepositions of a head. A state named after a preposition of
    place ("talks in Egypt") is only the venue, unless places are allowed or the preposition
    is `aimed` ("fired rockets at Israel")."""
    found: list[Arg] = []
    # "with Kurti and [with] Vucic": a preposition coordinated with another
    children = [
        c
        for child in head.children
        for c in (child, *(k for k in child.children if k.dep_ == "conj" and k.pos_ == "ADP"))
    ]
    children += repeated_preps(head)
    for child in children:
        if child.dep_ not in ("prep", "dative", "conj") or child.lower_ not in preps:
            continue
        if _of_a_manner_noun(child):
            continue  # "broke off relations with Quito in solidarity [with] Mexico"
        # "lashed out at Canberra": the preposition of a phrasal verb names no place
        phrasal = any(c.dep_ == "prt" and c.i == child.i - 1 for c in head.children)
        place_prep = (
            child.lower_ in ctx.lexicon.location_preps and not phrasal and child.lower_ not in aimed
        )
        for pobj in child.children:
            if pobj.dep_ != "pobj":
                continue
            args = actors_at(pobj, ctx)
            if place_prep and not allow_places:
                venue = pobj.lemma_.lower() in ctx.lexicon.venue_nouns  # "in the Finnish capital"
                args = [
                    a
                    for a in args
                    if a.how not in ("capital", "name", "metonym", "place")
                    and not (venue and a.how == "demonym")
                ]
            found += args
    return found


def _of_a_manner_noun(prep: Token) -> bool:
    """Whether a preposition right after "in <bare noun>" ("in solidarity with", "in support
    of") is that noun's, whatever word the parser hung it on."""
    if prep.i == 0:
        return False
    noun = prep.doc[prep.i - 1]
    return noun.i != prep.head.i and in_manner(noun)


def noun_relation_of(noun: Token, lex: Lexicon) -> Relation | None:
    """The relation a noun names with its modifiers ("sanctions", "travel ban", "joint drills")."""
    modifiers = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")]
    return lex.noun_relation(noun.lemma_.lower(), *modifiers)


def _maker_of_a_make(name: Token, ctx: DocContext) -> list[Arg]:
    """ "German Taurus (missiles)", "U.S. Patriot (batteries)": the state on a make's name."""
    if name.dep_ != "compound" or name.pos_ != "PROPN":
        return []
    return [
        a
        for c in name.children
        if c.dep_ in ("compound", "amod") and not sponsor(c, ctx)
        for a in actors_at(c, ctx)
    ]


_RUNNING = frozenset({"run", "operate", "own", "manage"})


def owners_of(noun: Token, ctx: DocContext) -> list[Arg]:
    """Who owns a noun of action: "Russia's [attack]", "Israeli air [raids]", "the [strikes] by
    Israel", "the [rights] of Palestinians"; no one owns "his [opponents]" in the sense that
    what is done to them is done to him."""
    if noun.lemma_.lower() in ctx.lexicon.adversary_nouns:
        return []
    if held_by_a_group(noun, ctx):
        return []
    sought = noun.lemma_.lower() in ctx.lexicon.candidacy_nouns
    found = [
        a
        for c in noun.children
        if c.dep_ in ("poss", "compound") and not sponsor(c, ctx)
        for a in actors_at(c, ctx) or _maker_of_a_make(c, ctx)
        # "its NATO (membership) bid": the organisation a bid seeks does not own it
        if not (sought and c.dep_ == "compound" and a.actor.kind is ActorKind.ORGANIZATION)
    ]
    found += [
        a
        for c in noun.children
        if c.dep_ == "amod" and ctx.index.at(c.i) is not None
        for a in actors_at(c, ctx)
    ]
    found += [  # "the US-run air base", "a Russian-owned tanker": the one who runs it
        a
        for c in noun.children
        if c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in _RUNNING
        for g in c.children
        if g.dep_ in ("npadvmod", "compound", "nmod")
        for a in actors_at(g, ctx)
    ]
    # "the strikes [by] Israel", "the [rights] of Palestinians"; but the one "of" a hostile deed
    # undergoes it ("the invasion of Ukraine")
    for by in ("by",) if hostile_deed(noun, ctx.lexicon) else ("by", "of"):
        if found:
            break
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == by:
                found += [a for p in prep.children if p.dep_ == "pobj" for a in actors_at(p, ctx)]
    if not found:  # "the sanctions imposed by the United States", "strikes carried out by Israel"
        found = [  # (not "a deal brokered by China": the go-between is no side of it)
            a
            for participle in noun.children
            if participle.dep_ == "acl"
            and participle.tag_ == "VBN"
            and participle.lemma_.lower() not in ctx.lexicon.go_between_verbs
            for agent in participle.children
            if agent.dep_ == "agent"
            for p in agent.children
            if p.dep_ == "pobj"
            for a in actors_at(p, ctx, role="source")
        ]
    return found


def goods_targets(noun: Token, preps: frozenset[str], ctx: DocContext) -> list[Arg]:
    """The state whose goods, firms, exports or people a sanction or tariff hits: the state
    that modifies what the measure is "on" ("tariffs on Brazilian coffee", "duties on
    Japanese cars", "a ban on Russian officials")."""
    found: list[Arg] = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for pobj in prep.children:
            head = pobj
            while head.lemma_.lower() in ctx.lexicon.collective_nouns or head.like_num:
                nxt = [
                    g
                    for p in head.children
                    if p.lower_ == "of"
                    for g in p.children
                    if g.dep_ == "pobj"
                ]
                if not nxt:
                    break
                head = nxt[0]
            if ctx.index.at(head.i) is not None:
                continue
            linked = [  # "individuals linked to Iran's Revolutionary Guards": whose they are
                a
                for p in _participle_objects(head, ctx.lexicon.linking_verbs, _TO_ONLY)
                for a in actors_at(p, ctx) or owners_of(p, ctx)
            ]
            if linked:
                found += linked
                continue
            if head.lemma_.lower() in ctx.lexicon.goods_measure_objects:
                # "a ban on imports from Venezuela", "an embargo on trade with Georgia" (the
                # parser may hang the partner on the measure itself)
                found += (
                    measured_targets(head, ctx)
                    or (prep_targets(noun, _TRADED_WITH, ctx) if noun.pos_ == "NOUN" else [])
                    or _goods_origin(noun, ctx)
                )
                continue
            found += [
                a
                for c in head.children
                if c.dep_ in ("amod", "compound", "poss", "nmod")
                # "Chinese-made vehicles": the maker named on the participle
                for m in (c, *(g for g in c.children if c.tag_ == "VBN" and g.dep_ == "npadvmod"))
                for a in actors_at(m, ctx)
            ]
            found += [  # "steel imported from China", "cars made in Japan"
                a for p in _participle_objects(head, _ORIGINS, _FROM_IN) for a in actors_at(p, ctx)
            ]
    return found


def _participle_objects(head: Token, verbs: frozenset[str], preps: frozenset[str]) -> list[Token]:
    """The objects of the prepositions on a participle of one of `verbs` that modifies a noun:
    "steel [imported] from China" -> China, "firms [linked] to the army" -> army."""
    return [
        p
        for c in head.children
        if c.dep_ == "acl" and c.lemma_.lower() in verbs
        for prep in c.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for p in prep.children
        if p.dep_ == "pobj"
    ]


_TO_ONLY = frozenset({"to"})
_FROM_IN = frozenset({"from", "in"})


def _goods_origin(measure: Token, ctx: DocContext) -> list[Arg]:
    """Where the goods a measure hits come from, when the parser hangs "from" on the verb that
    takes the measure: "would impose a tariff on goods [from Brazil]"."""
    if measure.pos_ != "NOUN" or measure.dep_ != "dobj":
        return []
    return prep_targets(measure.head, _FROM, ctx)


_FROM = frozenset({"from"})


_ORIGINS = frozenset({"import", "make", "produce", "manufacture", "originate", "ship", "grow"})


_TRADED_WITH = frozenset({"with", "from", "to"})


_OWNING = frozenset({"belong", "own"})  # (not "held by French banks": a custodian)
_PERMITS = frozenset({"licence", "license", "permit", "authorisation", "authorization"})


def measured_targets(obj: Token, ctx: DocContext) -> list[Arg]:
    """The state whose goods, assets or firms a measure hits, read from the measure's object:
    its own state modifier ("Russian steel"), the owner "of" it ("the assets of Russian
    oligarchs", "imports of Australian beef"), or the one it belongs to ("assets belonging to
    Afghanistan's central bank")."""
    found = _named_on(obj, ctx)
    for prep in obj.children:
        # "imports of / from", and where they go: "exports to Russia", "trade with Iran"
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "to", "with"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found += actors_at(pobj, ctx) or _named_on(pobj, ctx)
    for owned in obj.children:  # "assets belonging to / owned by Afghanistan's central bank"
        if owned.dep_ == "acl" and owned.lemma_.lower() in _OWNING:
            found += [
                a
                for prep in owned.children
                if prep.dep_ in ("prep", "agent") and prep.lower_ in ("to", "by")
                for pobj in prep.children
                if pobj.dep_ == "pobj"
                for a in actors_at(pobj, ctx) or _named_on(pobj, ctx)
            ]
    if not found and obj.lemma_.lower() in _PERMITS:
        # "halted licences for new exports of military equipment to Ankara": what they permit
        found = [
            a
            for prep in obj.children
            if prep.dep_ == "prep" and prep.lower_ == "for"
            for pobj in prep.children
            if pobj.dep_ == "pobj" and pobj.lemma_.lower() in ctx.lexicon.goods_measure_objects
            for a in measured_targets(pobj, ctx)
        ]
    return found


def _named_on(noun: Token, ctx: DocContext) -> list[Arg]:
    """The actors a noun's own modifiers stand for: "[Russian] banks", "[its] assets" (a
    pronoun resolved, unlike `modifier_actors`)."""
    return [
        a
        for c in noun.children
        if c.dep_ in ("amod", "compound", "poss", "nmod")
        for a in actors_at(c, ctx)
    ]


def under_targets(noun: Token, rel: Relation, ctx: DocContext) -> list[Arg] | None:
    """ "Iran, which is under U.S. sanctions": the subject of the clause suffers the relation."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or rel not in UNDER_RELATIONS:
        return None
    verb = prep.head
    if verb.pos_ not in ("AUX", "VERB"):
        return None
    if verb.dep_ == "relcl":  # "Iran's missile industry, which is under U.S. sanctions"
        return actors_at(verb.head, ctx)
    return [a for c in verb.children if c.dep_ in SUBJ for a in actors_at(c, ctx)]


def between_preps(noun: Token, ctx: DocContext) -> list[Token]:
    """The "between" phrases of a noun: its own ("talks between Iran and Iraq"), else those the
    parser hangs on the verb saying that the noun took place ("fighting erupted between Sudanese
    and Chadian troops", "war broke out between Eritrea and Ethiopia")."""
    own = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"]
    verb = noun.head
    if own or noun.dep_ != "nsubj" or verb.lemma_.lower() not in ctx.lexicon.happening_verbs:
        return own
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"]


def between_sides(noun: Token, ctx: DocContext) -> list[Arg]:
    """ "talks between Iran and the United States": both sides, for symmetric relations."""
    for child in between_preps(noun, ctx):
        for pobj in child.children:
            if pobj.dep_ == "pobj":
                sides = actors_at(pobj, ctx)
                if len(sides) >= 2:
                    return sides
    return []


def is_sum(tok: Token) -> bool:
    """ "$1.2 billion", "500 million euros": an amount (of money, mostly)."""
    return tok.ent_type_ == "MONEY" or tok.like_num or any(c.dep_ == "nummod" for c in tok.children)


def making_of(accord: Token) -> Token | None:
    """The signing an accord is the object "of", when that signing is itself an object:
    "oversaw [the signing] of agreements" (not "visited Vila for the signing of an agreement",
    where the visitors need not sign)."""
    first = first_conjunct(accord)
    if first.dep_ != "pobj":
        return None
    prep, making = first.head, first.head.head
    if prep.lower_ == "of" and making.lower_ in ACCORD_MAKINGS and making.dep_ == "dobj":
        return making
    return None


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun trigger depends on: "imposed [sanctions]", "said after [talks]".

    Only the verb right above the noun, or above the preposition it hangs on: further up, the
    verb's subject is seldom the noun's agent ("credited Britain for a role in [talks]").
    """
    tok = first_conjunct(noun)
    if tok.dep_ == "pobj":
        tok = tok.head
        if tok.dep_ != "prep" or tok.lower_ in UNRELATED_PREPS:
            return None
        # "eight hours of [talks]", "a series of [strikes]": the measure stands for the noun
        if tok.lower_ == "of" and tok.head.lemma_.lower() in COLLECTIVE_HEADS | PARTITIVES:
            return governing_verb(tok.head)
        # "witnessed the signing of [agreements]": the making stands for the accord made
        making = making_of(noun)
        if making is not None:
            return governing_verb(making)
        # "pledged $500 million in [aid]": the sum stands for what it is given as
        if tok.lower_ == "in" and is_sum(tok.head):
            return governing_verb(tok.head)
    elif tok.dep_ not in GOVERNED_NOUN:
        return None
    head = tok.head
    return head if head.pos_ in ("VERB", "AUX") and head.i != tok.i else None


def clause_verb(tok: Token) -> Token | None:
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return tok if tok.pos_ in ("VERB", "AUX") else None


def deed_of_another(noun: Token, rel: Relation, lex: Lexicon) -> bool:
    """ "condemned the attack on Georgia", "backed the sanctions against Iran": a word on a
    hostile deed is about its doer; the one the deed is aimed at is not its target. (A word on
    a deal or talks may be about either side: "welcomed the deal with Iran".)"""
    return rel in (Relation.CRITICIZES, Relation.SUPPORTS) and hostile_deed(noun, lex)


def nearby_objects(
    verb: Token, ctx: DocContext, *, against: bool = True, rel: Relation | None = None
) -> list[Arg]:
    """Last resort: actors close to the verb in its own phrase ("support in all ways Cuba").

    Looks at most three steps down, never into a new clause, a subject, or a phrase of
    place, time or circumstance; nor, unless `against`, into an "against" phrase ("defended
    itself against Russia" supports no one in Moscow); nor, for `rel`, into an object that is
    a deed of another relation (`deed_of_another`).
    """
    # (nor one done alongside: "fought alongside Russian forces")
    skipped_preps = ctx.lexicon.location_preps | NOT_TARGET_PREPS | ctx.lexicon.co_agent_preps
    if not against:
        skipped_preps = skipped_preps | {"against"}
    found: list[Arg] = []
    frontier = [c for c in verb.children if c.dep_ not in NOT_NEARBY]
    for _ in range(3):
        following: list[Token] = []
        for tok in frontier:
            if tok.dep_ in CLAUSES or (tok.dep_ == "prep" and tok.lower_ in skipped_preps):
                continue
            if tok.dep_ == "pcomp":  # "blacklisted firms for [supplying Russia]": a reason
                continue
            if rel is not None and tok.dep_ == "dobj" and deed_of_another(tok, rel, ctx.lexicon):
                continue
            if held_by_a_group(tok, ctx):
                continue
            if ctx.index.at(tok.i) is not None:
                mention = ctx.index.at(tok.i)
                if mention is not None and mention.how != "capital" and not sponsor(tok, ctx):
                    found += actors_at(tok, ctx)
                continue
            following += list(tok.children)
        frontier = following
    return found


def _counted(noun: Token) -> Token:
    """What a count stands for: "dozens of people" -> people; any other noun itself."""
    if noun.lemma_.lower() in COLLECTIVE_HEADS or noun.pos_ == "NUM":
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return noun


def victims_place(verb: Token, ctx: DocContext) -> list[Arg]:
    """ "airstrikes killed 12 people in southern Lebanon", "bombed targets in Syria": people with
    no nationality named, and places struck, are the state where they are."""
    found: list[Arg] = []
    for obj in verb.children:
        if obj.dep_ in ("dobj", "nsubjpass"):  # "bombed villages", "villages were bombed"
            found += struck_where(obj, ctx, verb)
        for named, says in so_called(obj):  # "struck what it called militant bases in ..."
            found += struck_where(named, ctx, says)
    if not found:
        # "fired shells toward an Ethiopian army post": the place the weapons are aimed at
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        found = [
            a
            for head in heads
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in AIMED_PREPS
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            # (a place with its owner named is the owner's: "an Ethiopian army post")
            for a in (
                owners_of(pobj, ctx) if pobj.lemma_.lower() in ctx.lexicon.struck_places else []
            )
            or struck_where(pobj, ctx, verb)
            # "launched attacks on bases in Pakistan's Balochistan", the place hung on the attack
            or (struck_where(pobj, ctx, head) if head is not verb else [])
        ]
    return found


def so_called(clause: Token) -> list[tuple[Token, Token]]:
    """What a free relative object names, with the verb that names it: "struck [what it
    called militant bases]", "[what it described as positions]", "[what it said were
    bases]" (the names, and "called", "described", "were")."""
    inner = [c for c in clause.children if c.dep_ == "ccomp"]
    if clause.dep_ != "ccomp" or not any(
        c.lower_ == "what" for head in (clause, *inner) for c in head.children
    ):
        return []
    names = [c for c in clause.children if c.dep_ == "oprd"]
    names += [
        p
        for prep in clause.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    names += [a for c in inner for a in c.children if a.dep_ == "attr"]  # "said were bases"
    return [(n, clause) for n in names]


def struck_where(obj: Token, ctx: DocContext, verb: Token | None = None) -> list[Arg]:
    """The state a struck place or its people are in: "(killed) people in Lebanon", "(fired
    missiles at) targets in western Ukraine": the object of the verb or of its preposition, the
    place said on it or on `verb`, a further head it may hang on (the verb, or the attack a
    weapon verb launches: "launched attacks on bases in Pakistan's Balochistan"). The noun
    frame of a strike does not ask ("an airstrike on a target in Afghanistan" may hit
    insurgents there); nothing when the place has an owner named ("Iran's nuclear sites" are
    read as Iran)."""
    lex = ctx.lexicon
    counted = _counted(obj)  # "killed dozens of people": the people
    if counted.lemma_.lower() not in lex.population_nouns | lex.struck_places:
        return []
    if owners_of(counted, ctx) or group_territory(counted, ctx):
        return []  # "rebel-held villages in northern Iraq": the rebels are struck
    found: list[Arg] = []
    # "struck the port of Hodeidah and a power station in Yemen": the place may be said on
    # any struck conjunct
    places = [
        p
        for p in coordinated(counted)
        if p.lemma_.lower() in lex.struck_places and not group_territory(p, ctx)
    ]
    for head in dict.fromkeys((counted, *places, obj, *([verb] if verb is not None else []))):
        for prep in head.children:
            if prep.dep_ != "prep":
                continue
            if prep.lower_ in ("in", "across", "inside"):
                found += [  # "in Lebanon", "in Ukraine's Kharkiv region"
                    a
                    for p in prep.children
                    if p.dep_ == "pobj"
                    for a in actors_at(p, ctx) or owners_of(p, ctx) or _state_before(p, ctx)
                ]
            elif prep.lower_ in _NEAR:
                # "sites near Tehran": a city or a state named, not a place's owner ("near the
                # Syrian border" may be on either side of it)
                found += [a for p in prep.children if p.dep_ == "pobj" for a in actors_at(p, ctx)]
    return found


_NEAR = frozenset({"near", "outside", "around"})


def _state_before(place: Token, ctx: DocContext) -> list[Arg]:
    """ "in Pakistan and Pakistan-administered Kashmir", parsed with the first state a bare
    modifier of the place: a state said right on the place, not across a hyphen."""
    return [
        a
        for c in place.children
        if c.dep_ == "nmod" and hyphen_participle(c) is None
        for a in actors_at(c, ctx)
    ]


def moves(verb: Token) -> bool:
    return verb.lemma_.lower() in MOVEMENT_VERBS


def military_subject(verb: Token, ctx: DocContext) -> bool:
    """ "Kenyan troops arrived in Haiti": soldiers travelling are a deployment, not a meeting."""
    military = ctx.lexicon.military_nouns
    return any(
        c.dep_ in SUBJ
        and (
            c.lemma_.lower() in military
            # "Russian military advisers arrived in Bamako"
            or any(
                m.dep_ in ("amod", "compound") and m.lemma_.lower() in military for m in c.children
            )
        )
        for c in verb.children
    )


def modifier_actors(noun: Token, ctx: DocContext) -> list[Arg]:
    """Every actor named in a noun's pre-modifiers: "U.S.-Ukraine [talks]", "a U.K.-U.S. [base]"."""
    found: dict[str, Arg] = {}
    for child in noun.lefts:
        if child.dep_ not in ("compound", "amod", "nmod", "poss"):
            continue
        for tok in child.subtree:
            if ctx.index.at(tok.i) is not None:
                for arg in actors_at(tok, ctx):
                    found.setdefault(arg.actor.key, arg)
    return list(found.values())
