"""The trigger lexicon: `data/lexicon.json` (curated) and `data/cameo.json` (generated from the
CAMEO verb dictionary by `scripts/make_lexicon.py`) loaded into lookup tables.

Words live in the data files; this module only indexes them. The curated file wins: a word it
places keeps its place, a generated word it lists under `cameo_exclusions` is not taken. Lemmas
are lower case; multi-word nouns ("phone call", "air strike") are matched as a compound
modifier plus the head lemma.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import DataError
from kg.types import Relation

DATA_FILE = Path(__file__).parent / "data" / "lexicon.json"
CAMEO_FILE = Path(__file__).parent / "data" / "cameo.json"


@dataclass(frozen=True)
class Lexicon:
    """Read-only lookup tables built from the lexicon file."""

    verbs: Mapping[str, Relation]
    phrasal: Mapping[tuple[str, str], Relation]
    nouns: Mapping[str, Relation]
    compound_nouns: Mapping[tuple[str, str], Relation]
    noun_preps: Mapping[Relation, frozenset[str]]
    verb_preps: Mapping[Relation, frozenset[str]]
    light_verbs: frozenset[str]
    verb_overrides: Mapping[str, Relation]
    subject_shifting: Mapping[str, str]
    negating_verbs: frozenset[str]
    negating_nouns: frozenset[str]
    negating_adverbs: frozenset[str]
    intention_verbs: frozenset[str]
    expression_nouns: frozenset[str]  # 'offered condolences': expressed at once
    agreeing_verbs: frozenset[str]  # 'agreed with Russia to deploy': an agreement with it
    hypothetical_modals: frozenset[str]
    hypothetical_verbs: frozenset[str]
    hypothetical_nouns: frozenset[str]
    intention_nouns: frozenset[str]
    future_adjectives: frozenset[str]  # 'the scheduled meeting', 'an upcoming visit'
    doubtful_adjectives: frozenset[str]  # 'a possible strike', 'potential sanctions'
    planning_participles: frozenset[str]  # 'talks planned for May'
    hypothetical_marks: frozenset[str]
    speculative_subjects: frozenset[str]
    speech_verbs: frozenset[str]
    proxy_nouns: frozenset[str]
    non_state_nouns: frozenset[str]
    adversary_nouns: frozenset[str]  # 'backing his opponents': not him
    sponsor_participles: frozenset[str]  # 'backed' in 'a UN-backed tribunal': not the UN's
    non_state_name_words: frozenset[str]  # 'Free' in 'the Free Syrian Army': a rebel group
    population_nouns: frozenset[str]
    struck_places: frozenset[str]
    venue_nouns: frozenset[str]  # 'the Finnish capital': a place, not a party
    seat_nouns: frozenset[str]  # 'the government in Kabul': the state's, where it sits
    material_support: frozenset[str]  # 'aid', 'loan', 'arms': support in kind, not in words
    giving_verbs: frozenset[str]  # 'offered assistance': help given, its recipient told before
    goods_measure_verbs: frozenset[str]
    goods_measure_objects: frozenset[str]
    outright_bans: frozenset[str]  # 'banned Georgian wine': any goods of a state
    attributing_verbs: frozenset[str]  # 'blamed the raid on Turkey'
    response_verbs: frozenset[str]  # 'retaliated with a ban': the means names the deed
    armed_verbs: frozenset[str]  # 'jets were targeting a battalion': attacks if armed
    training_verbs: frozenset[str]  # 'trained Ukrainian recruits': military aid
    arrival_verbs: frozenset[str]  # 'landed in Tonga with aid': what arrives brings it
    co_agent_preps: frozenset[str]  # 'fought alongside Russian forces': together, no target
    co_agent_verbs: frozenset[str]  # 'fight', 'take part' (verb and object): done alongside
    trainees: frozenset[str]  # who is trained when a state's forces are: 'recruits', 'pilots'
    launch_verbs: frozenset[str]  # 'launched 80 drones at Ukraine': attacks if weapons, aimed
    handover_verbs: frozenset[str]  # 'extradited a suspect to Peru': cooperates with Peru
    penalty_verbs: frozenset[str]  # 'Israel would [receive] a harsh punishment': a threat
    penalty_nouns: frozenset[str]  # 'would face [consequences]'
    owed_penalties: Mapping[str, frozenset[str]]  # 'will pay a [price]': with their own verb only
    penalty_met_verbs: frozenset[str]  # 'any attack would be [met] with force'
    utterance_nouns: frozenset[str]  # 'the statement from Washington': its author
    labelling_verbs: frozenset[str]  # 'called Putin a war criminal'
    seeing_verbs: frozenset[str]  # 'views China as a threat': a name given, no deed
    topic_verbs: frozenset[str]  # 'discussed Ukraine': what is talked about, no side
    charge_nouns: frozenset[str]  # '..., a charge Abu Dhabi denies'
    summed_deeds: frozenset[str]  # '..., a move Chisinau denounced'
    one_sided_deeds: frozenset[str]  # '... Warsaw condemned the move': the deed before
    told_deeds: Mapping[str, frozenset[str]]  # 'fired a missile ... condemned the launch'
    volley_nouns: frozenset[str]  # 'a barrage of missiles': an attack
    go_between_verbs: frozenset[str]  # 'a deal brokered by China'
    host_verbs: frozenset[str]  # 'talks hosted by Brazil': the host meets each side
    closure_verbs: frozenset[str]  # 'closed its airspace to Moroccan aircraft': sanctions
    exclusion_verbs: frozenset[str]  # 'suspended Mali from the AU': sanctions
    regret_verbs: frozenset[str]  # 'regretted the U.S. decision': criticises its owner
    dismay_moods: frozenset[str]  # 'was disappointed by Ghana's decision': the same
    glad_moods: frozenset[str]  # 'pleasantly surprised': no dismay
    dismay_adjectives: frozenset[str]  # 'is alarmed that ...', tagged as an adjective
    protest_nouns: frozenset[str]  # 'in protest at', 'in a show of anger over'
    protest_shows: frozenset[str]  # 'a [show] of anger'
    protest_preps: frozenset[str]  # 'in protest [at] Madrid's decision'
    excluded_from: frozenset[str]  # 'from the trade programme', 'from all its activities'
    punitive_lists: frozenset[str]  # 'the list of state sponsors of terrorism'
    relief_verbs: frozenset[str]  # 'sent a team of rescuers to Turkey': support
    relief_helpers: frozenset[str]  # 'rescuers', 'medics'
    relief_team_words: frozenset[str]  # 'a rescue team', 'a medical unit'
    closed_things: frozenset[str]  # 'airspace', 'ports', 'market'
    shut_out: frozenset[str]  # 'aircraft', 'ships', 'goods': what a closure shuts out
    hosted_events: frozenset[str]  # 'talks', 'a ceremony': what a host holds
    membership_verbs: frozenset[str]  # 'Finland joined NATO'
    damning_nouns: frozenset[str]  # 'a war criminal', 'a threat to peace'
    praise_nouns: frozenset[str]  # 'a reliable partner', 'a steadfast ally'
    damning_phrases: frozenset[str]  # 'a stab in the back'
    label_heads: frozenset[str]  # 'an act of aggression': a name damning by what it is of
    judged_policies: frozenset[str]  # "NATO's expansion was dangerous": its owner is judged
    home_deeds: frozenset[str]  # "condemned the coup in Gabon": the state it is done in
    blame_verbs: frozenset[str]  # 'holds Somalia responsible': with one of the blame_words
    blame_words: frozenset[str]
    recall_verbs: frozenset[str]  # "recalled its envoy for consultations": with its own side
    filings: frozenset[str]  # "a complaint with the WTO": filed with a forum, not against it
    forum_preps: frozenset[str]
    breakaways: frozenset[str]  # "the [breakaway] regions of Ukraine": no part of Ukraine's side
    organ_nouns: frozenset[str]  # 'the IAEA board': the organisation's own organ
    target_verbs: frozenset[str]
    hosting_verbs: frozenset[str]
    visit_phrasals: Mapping[
        str, frozenset[str]
    ]  # 'called on President Museveni': verb -> particles
    sending_verbs: frozenset[str]  # 'sent a delegation to Hanoi': a visit
    clash_verbs: frozenset[str]  # 'troops clashed': attacks each way, when armed
    clash_nouns: frozenset[str]  # 'fighting between Kyrgyz and Tajik troops'
    waging_verbs: frozenset[str]  # 'fought a war', 'went to war'
    war_nouns: frozenset[str]  # what they wage: 'war'
    happening_verbs: frozenset[str]  # 'fighting erupted between ...': the subject's sides
    conquest_verbs: frozenset[str]  # 'troops seized the town from Eritrea': attacks it
    figurative_wars: frozenset[str]  # 'a cold war', 'a war of words': no arms
    sum_verbs: frozenset[str]  # 'pledged $500 million to Yemen': support in kind
    contest_words: frozenset[str]  # 'the World Cup final', 'cricket': sport, no talks
    role_agents: Mapping[str, Relation]  # 'a supporter of Ukraine': supports
    # 'critical of Somalia': adjective -> (the relation, the prepositions naming the other)
    stance_adjectives: Mapping[str, tuple[Relation, frozenset[str]]]
    role_undergoers: frozenset[str]  # 'the target of Israeli strikes': undergoes them
    organization_descriptions: frozenset[str]  # 'the bloc': the organisation named last
    transfer_verbs: frozenset[str]  # 'sold drones to Azerbaijan': military support
    transfer_nouns: frozenset[str]  # 'the sale of F-16 jets to Turkey'
    weapons: frozenset[str]  # what a transfer must move to be support ('drones', not 'oil')
    relief_goods: frozenset[str]  # 'sent vaccines to Nepal': support when given, not sold
    free_goods: frozenset[str]  # 'free grain': any goods given free are relief
    sale_verbs: frozenset[str]  # 'sold', 'exported': trade, whatever the goods of relief
    team_nouns: frozenset[str]  # 'the Indian cricket team': no state
    currencies: frozenset[str]
    audience_verbs: frozenset[str]  # 'spoke to the General Assembly': a speech, no talks
    audience_nouns: frozenset[str]
    evaluative_negative: frozenset[str]
    evaluated_nouns: frozenset[str]
    titles: frozenset[str]
    not_person_heads: frozenset[str]
    not_person_names: frozenset[str]
    name_particles: frozenset[str]
    title_prefixes: frozenset[str]
    country_descriptions: frozenset[str]
    location_preps: frozenset[str]
    owner_as_target: frozenset[Relation]
    collective_nouns: frozenset[str]
    mutual: frozenset[str]
    joint_acts: frozenset[str]
    exchange_verbs: frozenset[str]
    mutual_conflicts: Mapping[str, frozenset[str]]  # head noun -> its modifiers ('war': trade)
    not_triggers: Mapping[str, frozenset[str]]  # head noun -> modifiers that unmake it ('travel')
    joint_speech: frozenset[str]  # 'a joint statement': said together, no cooperation
    not_trigger_objects: Mapping[str, frozenset[str]]  # 'share' -> 'border': no cooperation
    plural_descriptions: frozenset[str]
    counted_people: frozenset[str]  # 'the two men' (who met): the two named last, as subjects
    candidacy_nouns: frozenset[str]  # 'its NATO bid': the organisation is sought, not the owner
    state_attributes: frozenset[str]  # 'support for Guyana's sovereignty': plainly Guyana's
    military_nouns: frozenset[str]
    accusatory_verbs: frozenset[str]
    wrongdoing_verbs: frozenset[str]  # 'made a grave mistake': wrong by the object
    harms: frozenset[str]  # 'were behind the explosions'
    linking_verbs: frozenset[str]  # 'evidence linking Indian agents to the killing'
    intent_to_punish: frozenset[Relation]
    punishment_decided: frozenset[str]  # 'agreed to impose sanctions': intended, no threat
    punishment_announced: frozenset[str]  # 'announced that X would impose sanctions': intended
    standing_nouns: frozenset[str]  # 'relations', 'ties': cooperation only when acted upon
    standing_verbs: frozenset[str]
    standing_acts: frozenset[str]
    standing_adjectives: frozenset[str]
    accord_nouns: frozenset[str]  # 'agreement', 'pact': cooperation only where made or worked on
    accord_verbs: frozenset[str]  # 'negotiate', 'implement', 'ratify': what makes or works on one
    accord_mentions: frozenset[str]  # 'violate', 'cite': verbs that only name an accord
    signing_verbs: frozenset[str]  # 'Ruto and Abiy signed an agreement': they meet
    requests: Mapping[str, str]  # verb of asking -> preposition naming the one asked ('' object)
    object_control: Mapping[str, str]  # 'urge' -> '' ('urged Iran to'), 'call' -> 'on'
    implicative: frozenset[str]  # 'forced Ukraine to sign': done, not only urged

    @functools.cached_property
    def co_agent_heads(self) -> frozenset[str]:
        """The verbs that begin a deed of taking part ("fight", "take" of "take part")."""
        return frozenset(words.split()[0] for words in self.co_agent_verbs)

    @functools.cached_property
    def title_heads(self) -> frozenset[str]:
        """The word that names the person in every title ("minister" of "foreign minister";
        none of "secretary of state", which ends in the office)."""
        return frozenset(t.split()[-1] for t in self.titles if " of " not in t)

    @functools.cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every one-word lemma a rule matches: the words the lemma repair knows."""
        words: set[str] = set(self.verbs) | set(self.nouns) | {v for v, _ in self.phrasal}
        words |= {w for pair in self.compound_nouns for w in pair}
        for name in (
            "light_verbs", "negating_verbs", "negating_nouns", "intention_verbs",
            "hypothetical_verbs", "hypothetical_nouns", "intention_nouns", "speech_verbs",
            "goods_measure_verbs", "target_verbs", "hosting_verbs", "sending_verbs", "clash_verbs",
            "closure_verbs", "exclusion_verbs", "regret_verbs", "relief_verbs", "training_verbs",
            "blame_verbs",
            "dismay_moods", "arrival_verbs", "signing_verbs", "giving_verbs",
            "clash_nouns", "waging_verbs", "war_nouns", "conquest_verbs",
            "sum_verbs",
            "accusatory_verbs", "wrongdoing_verbs", "harms", "linking_verbs",
            "exchange_verbs", "joint_acts", "mutual", "proxy_nouns", "military_nouns",
            "struck_places", "population_nouns",
        ):  # fmt: skip
            words |= getattr(self, name)
        return frozenset(w for w in words if " " not in w)

    def noun_relation(self, lemma: str, *modifiers: str | None) -> Relation | None:
        """The relation a noun triggers; `modifiers` are its lower-case compound or adjective
        modifiers ("phone" in "phone call", "punitive" in "punitive measures"), tried in order;
        a modifier that makes it something else ("travel" in "travel warning") makes it none."""
        if any(m in self.not_triggers.get(lemma, ()) for m in modifiers):
            return None
        for modifier in modifiers:
            rel = self.compound_nouns.get((modifier, lemma)) if modifier else None
            if rel is not None:
                return rel
        return self.nouns.get(lemma)


def _visit_phrasals(raw: Mapping[str, object], path: Path) -> dict[str, frozenset[str]]:
    """The "phrasals" of the "visits_paid" section: verb -> the particles that make it a visit."""
    section = raw.get("visits_paid", {})
    pairs = section.get("phrasals", []) if isinstance(section, dict) else None
    if not isinstance(pairs, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) for w in p) for p in pairs
    ):
        raise DataError(f"{path}: 'visits_paid' needs 'phrasals', a list of [verb, particle]")
    found: dict[str, set[str]] = {}
    for verb, particle in pairs:
        found.setdefault(verb.lower(), set()).add(particle.lower())
    return {verb: frozenset(particles) for verb, particles in found.items()}


def _stance_adjectives(
    raw: Mapping[str, object], path: Path
) -> dict[str, tuple[Relation, frozenset[str]]]:
    """The "stance_adjectives" section: adjective -> its relation and its prepositions."""
    section = raw.get("stance_adjectives")
    if not isinstance(section, dict):
        raise DataError(f"{path}: 'stance_adjectives' needs an object (relation -> adjectives)")
    found: dict[str, tuple[Relation, frozenset[str]]] = {}
    for name, words in section.items():
        if name == "about":
            continue
        try:
            rel = Relation(name)
        except ValueError as exc:
            raise DataError(f"{path}: 'stance_adjectives' has no relation {name!r}") from exc
        if not isinstance(words, dict):
            raise DataError(f"{path}: 'stance_adjectives.{name}' needs adjective -> [prepositions]")
        for word, preps in words.items():
            if not isinstance(preps, list):
                raise DataError(f"{path}: 'stance_adjectives.{name}.{word}' needs a list")
            found[str(word).lower()] = (rel, frozenset(str(p).lower() for p in preps))
    return found


def _role_agents(raw: Mapping[str, object], path: Path) -> dict[str, Relation]:
    """The "agents" of the "roles" section: role noun -> the relation its bearer does."""
    section = raw.get("roles")
    agents = section.get("agents") if isinstance(section, dict) else None
    if not isinstance(agents, dict):
        raise DataError(f"{path}: 'roles' needs an 'agents' object (noun -> relation)")
    try:
        return {str(noun): Relation(rel) for noun, rel in agents.items()}
    except ValueError as exc:
        raise DataError(f"{path}: 'roles': {exc}") from None


def _words(raw: Mapping[str, object], key: str, path: Path) -> frozenset[str]:
    value = raw.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"{path}: {key!r} must be a list of strings")
    return frozenset(v.lower() for v in value)


def _section(raw: Mapping[str, Any], key: str, part: str) -> frozenset[str]:
    """The words of one part of a documented section ({"about": ..., part: [...]})."""
    section = raw.get(key, {})
    return (
        frozenset(w.lower() for w in section.get(part, []))
        if isinstance(section, dict)
        else frozenset()
    )


def _verb_prepositions(raw: Mapping[str, Any], key: str) -> dict[str, str]:
    """A documented section's verbs with the preposition of their object ({"about": ...,
    "verbs": {"appeal": "to", "ask": ""}}), lower case."""
    verbs = raw.get(key, {}).get("verbs", {})
    return {verb.lower(): prep.lower() for verb, prep in verbs.items()}


def _compounds(phrases: list[str]) -> dict[str, frozenset[str]]:
    """Two-word nouns by their head: ["trade war", "tariff war"] -> {"war": {"trade", "tariff"}}."""
    table: dict[str, set[str]] = {}
    for phrase in phrases:
        *modifiers, head = phrase.lower().split()
        table.setdefault(head, set()).update(modifiers)
    return {head: frozenset(words) for head, words in table.items()}


def _by_relation(raw: Mapping[str, object], key: str, path: Path) -> dict[Relation, list[Any]]:
    table = raw.get(key)
    if not isinstance(table, dict):
        raise DataError(f"{path}: {key!r} must be an object keyed by relation name")
    out: dict[Relation, list[str]] = {}
    for name, words in table.items():
        if name == "default":
            continue
        try:
            rel = Relation(name)
        except ValueError:
            raise DataError(f"{path}: {key}: unknown relation {name!r}") from None
        out[rel] = list(words)
    return out


def _preps(raw: Mapping[str, object], key: str, path: Path) -> dict[Relation, frozenset[str]]:
    table = raw.get(key)
    if not isinstance(table, dict):
        raise DataError(f"{path}: {key!r} must be an object")
    default = frozenset(table.get("default", []))
    listed = _by_relation(raw, key, path)
    return {rel: frozenset(listed.get(rel, default)) for rel in Relation}


def load_lexicon(path: Path = DATA_FILE, *, cameo: Path | None = CAMEO_FILE) -> Lexicon:
    """Read and index a lexicon file, with the triggers generated from CAMEO (`cameo`, None for
    none) where the curated file neither places nor excludes them; raises DataError naming the
    file when one is malformed."""
    raw = _read_json(path)
    try:
        if cameo is not None:
            raw = _with_generated(raw, _read_json(cameo))
        return _index(raw, path)
    except (ValueError, TypeError, AttributeError, KeyError) as exc:
        # a wrong shape deep inside (a number for a word, a phrasal verb that is not a pair,
        # an unknown relation name): say which file, not where in the code it broke
        raise DataError(f"{path}: malformed trigger lexicon: {exc!r}") from exc


def _read_json(path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataError(f"cannot read trigger lexicon {path}: {exc}") from exc
    if not isinstance(raw, dict):
        raise DataError(f"{path}: the trigger lexicon must be a JSON object")
    return raw


def _with_generated(curated: dict[str, Any], generated: dict[str, Any]) -> dict[str, Any]:
    """The curated lexicon plus the generated triggers it does not place or exclude: a word the
    curated file knows in any role (a trigger of another relation, a speech or negating verb, a
    light verb) keeps that role alone."""
    if not all(isinstance(curated.get(k), dict) for k in ("verbs", "nouns", "phrasal_verbs")):
        return curated  # malformed: `_index` says where
    excluded = curated.get("cameo_exclusions", {})
    known = {
        w
        for key in ("verbs", "nouns")
        for words in curated[key].values()
        if isinstance(words, list)
        for w in words
    } | {
        w
        for key in (
            "speech_verbs",
            "negating_verbs",
            "light_verbs",
            "intention_verbs",
            "hypothetical_verbs",
        )  # fmt: skip
        for w in curated.get(key, [])
    }
    merged = {**curated}
    for key in ("verbs", "nouns"):
        table = {rel: list(words) for rel, words in curated[key].items()}
        skip = known | set(excluded.get(key, []))
        for rel, words in generated.get(key, {}).items():
            table.setdefault(rel, []).extend(w for w in words if w not in skip)
        merged[key] = table
    pairs = {rel: [list(p) for p in ps] for rel, ps in curated["phrasal_verbs"].items()}
    have = {tuple(p) for ps in pairs.values() for p in ps}
    refused = {tuple(p) for p in excluded.get("phrasal_verbs", [])}
    for rel, found in generated.get("phrasal_verbs", {}).items():
        for pair in found:
            if len(pair) == 2 and tuple(pair) not in have | refused:
                pairs.setdefault(rel, []).append(list(pair))
    merged["phrasal_verbs"] = pairs
    return merged


def _index(raw: dict[str, Any], path: Path) -> Lexicon:
    verbs: dict[str, Relation] = {}
    for rel, lemmas in _by_relation(raw, "verbs", path).items():
        verbs.update({lemma: rel for lemma in lemmas})
    phrasal: dict[tuple[str, str], Relation] = {}
    for rel, pairs in _by_relation(raw, "phrasal_verbs", path).items():
        phrasal.update({(verb, particle): rel for verb, particle in pairs})
    nouns: dict[str, Relation] = {}
    compounds: dict[tuple[str, str], Relation] = {}
    for rel, lemmas in _by_relation(raw, "nouns", path).items():
        for lemma in lemmas:
            words = lemma.split()
            if len(words) == 1:
                nouns[lemma] = rel
            else:
                compounds[(words[0], words[-1])] = rel
    overrides = {
        k: Relation(v) for k, v in raw.get("verb_relation_overrides", {}).items() if k != "about"
    }
    shifting = {k: v for k, v in raw.get("subject_shifting_verbs", {}).items() if k != "about"}
    return Lexicon(
        verbs=verbs,
        phrasal=phrasal,
        nouns=nouns,
        compound_nouns=compounds,
        noun_preps=_preps(raw, "noun_target_preps", path),
        verb_preps=_preps(raw, "verb_target_preps", path),
        light_verbs=_words(raw, "light_verbs", path),
        verb_overrides=overrides,
        subject_shifting=shifting,
        negating_verbs=_words(raw, "negating_verbs", path),
        negating_nouns=_words(raw, "negating_nouns", path),
        negating_adverbs=_words(raw, "negating_adverbs", path),
        intention_verbs=_words(raw, "intention_verbs", path),
        hypothetical_modals=_words(raw, "hypothetical_modals", path),
        hypothetical_verbs=_words(raw, "hypothetical_verbs", path),
        hypothetical_nouns=_words(raw, "hypothetical_nouns", path),
        intention_nouns=_words(raw, "intention_nouns", path),
        future_adjectives=_section(raw, "event_adjectives", "intended"),
        doubtful_adjectives=_section(raw, "event_adjectives", "hypothetical"),
        planning_participles=_section(raw, "event_adjectives", "participles"),
        hypothetical_marks=_words(raw, "hypothetical_marks", path),
        speculative_subjects=_words(raw, "speculative_subjects", path),
        speech_verbs=_words(raw, "speech_verbs", path),
        proxy_nouns=_words(raw, "proxy_nouns", path),
        non_state_nouns=_words(raw, "non_state_nouns", path),
        adversary_nouns=_section(raw, "adversary_nouns", "nouns"),
        sponsor_participles=_section(raw, "sponsor_participles", "verbs"),
        non_state_name_words=_section(raw, "non_state_name_words", "words"),
        population_nouns=_words(raw, "population_nouns", path),
        struck_places=frozenset(w.lower() for w in raw.get("struck_places", {}).get("nouns", [])),
        venue_nouns=_section(raw, "venue_nouns", "nouns"),
        seat_nouns=_section(raw, "seat_nouns", "nouns"),
        material_support=_section(raw, "material_support", "words"),
        giving_verbs=_section(raw, "material_support", "giving"),
        goods_measure_verbs=_section(raw, "measures_on_goods", "verbs"),
        goods_measure_objects=_section(raw, "measures_on_goods", "objects"),
        outright_bans=_section(raw, "measures_on_goods", "outright"),
        attributing_verbs=_section(raw, "attributions", "verbs"),
        response_verbs=_section(raw, "responses", "verbs"),
        armed_verbs=_section(raw, "armed_deeds", "verbs"),
        training_verbs=_section(raw, "trainings", "verbs"),
        arrival_verbs=_section(raw, "relief_teams", "arrivals"),
        co_agent_preps=_section(raw, "co_agents", "preps"),
        co_agent_verbs=_section(raw, "co_agents", "verbs"),
        trainees=_section(raw, "trainings", "trainees") | _words(raw, "military_nouns", path),
        launch_verbs=_section(raw, "launches", "verbs"),
        handover_verbs=_section(raw, "handovers", "verbs"),
        penalty_verbs=_section(raw, "penalties", "verbs"),
        penalty_nouns=_section(raw, "penalties", "nouns"),
        penalty_met_verbs=_section(raw, "penalties", "deeds_met"),
        owed_penalties={
            verb.lower(): frozenset(n.lower() for n in nouns)
            for verb, nouns in raw.get("penalties", {}).get("owed", {}).items()
        },
        utterance_nouns=_section(raw, "utterance_nouns", "words"),
        labelling_verbs=_section(raw, "labels", "verbs"),
        seeing_verbs=_section(raw, "labels", "seeing_verbs"),
        topic_verbs=_section(raw, "topic_verbs", "verbs"),
        charge_nouns=_section(raw, "charges", "words"),
        summed_deeds=_section(raw, "summed_deeds", "words"),
        one_sided_deeds=_section(raw, "summed_deeds", "one_sided"),
        told_deeds={
            noun.lower(): frozenset(v.lower() for v in verbs)
            for noun, verbs in raw.get("summed_deeds", {}).get("told_by", {}).items()
        },
        volley_nouns=_section(raw, "volleys", "words"),
        go_between_verbs=_section(raw, "go_betweens", "verbs"),
        host_verbs=_section(raw, "go_betweens", "hosts"),
        closure_verbs=_section(raw, "closures", "verbs"),
        exclusion_verbs=_section(raw, "exclusions", "verbs"),
        regret_verbs=_section(raw, "regrets", "verbs"),
        dismay_moods=_section(raw, "regrets", "moods"),
        glad_moods=_section(raw, "regrets", "glad"),
        dismay_adjectives=_section(raw, "regrets", "mood_adjectives"),
        protest_nouns=_section(raw, "protests", "nouns"),
        protest_shows=_section(raw, "protests", "shows"),
        protest_preps=_section(raw, "protests", "at"),
        excluded_from=_section(raw, "exclusions", "from"),
        punitive_lists=_section(raw, "exclusions", "punitive"),
        relief_verbs=_section(raw, "relief_teams", "verbs"),
        relief_helpers=_section(raw, "relief_teams", "nouns"),
        relief_team_words=_section(raw, "relief_teams", "team_words"),
        closed_things=_section(raw, "closures", "objects"),
        shut_out=_section(raw, "closures", "shut_out"),
        hosted_events=_section(raw, "go_betweens", "hosted_events"),
        membership_verbs=_section(raw, "memberships", "verbs"),
        damning_nouns=_section(raw, "labels", "nouns"),
        praise_nouns=_section(raw, "labels", "praise_nouns"),
        damning_phrases=_section(raw, "labels", "phrases"),
        label_heads=_section(raw, "labels", "heads"),
        judged_policies=_section(raw, "labels", "policies"),
        home_deeds=_section(raw, "home_deeds", "nouns"),
        breakaways=_section(raw, "breakaways", "adjectives"),
        blame_verbs=_section(raw, "blame_held", "verbs"),
        blame_words=_section(raw, "blame_held", "words"),
        recall_verbs=_section(raw, "recalls", "verbs"),
        filings=_section(raw, "filings", "nouns"),
        forum_preps=_section(raw, "filings", "forum_preps"),
        organ_nouns=_section(raw, "organization_descriptions", "organs"),
        target_verbs=_section(raw, "target_verbs", "verbs"),
        hosting_verbs=_section(raw, "hosting_verbs", "verbs"),
        visit_phrasals=_visit_phrasals(raw, path),
        sending_verbs=_section(raw, "sending_verbs", "verbs"),
        clash_verbs=_section(raw, "armed_clashes", "verbs"),
        clash_nouns=_section(raw, "armed_clashes", "nouns"),
        waging_verbs=_section(raw, "armed_clashes", "waging"),
        war_nouns=_section(raw, "armed_clashes", "wars"),
        happening_verbs=_section(raw, "happenings", "verbs"),
        conquest_verbs=_section(raw, "conquests", "verbs"),
        figurative_wars=_section(raw, "armed_clashes", "figurative_wars"),
        sum_verbs=_section(raw, "sums_given", "verbs"),
        contest_words=_section(raw, "contests", "words"),
        role_agents=_role_agents(raw, path),
        stance_adjectives=_stance_adjectives(raw, path),
        role_undergoers=_section(raw, "roles", "undergoers"),
        organization_descriptions=_section(raw, "organization_descriptions", "nouns"),
        transfer_verbs=_section(raw, "arms_transfers", "verbs"),
        transfer_nouns=_section(raw, "arms_transfers", "nouns"),
        weapons=_section(raw, "arms_transfers", "weapons"),
        relief_goods=_section(raw, "arms_transfers", "relief"),
        free_goods=_section(raw, "arms_transfers", "free"),
        sale_verbs=_section(raw, "arms_transfers", "sales"),
        team_nouns=_section(raw, "contests", "teams"),
        currencies=_section(raw, "sums_given", "currencies"),
        audience_verbs=_section(raw, "audiences", "verbs"),
        audience_nouns=_section(raw, "audiences", "nouns"),
        evaluative_negative=_words(raw, "evaluative_negative", path),
        evaluated_nouns=_words(raw, "conflict_nouns_for_evaluation", path),
        titles=_words(raw, "titles", path),
        not_person_heads=frozenset(w.lower() for w in raw.get("not_people", {}).get("heads", [])),
        not_person_names=frozenset(w.lower() for w in raw.get("not_people", {}).get("names", [])),
        name_particles=_words(raw, "name_particles", path),
        title_prefixes=_words(raw, "title_prefixes", path),
        country_descriptions=_words(raw, "country_descriptions", path),
        location_preps=_words(raw, "location_preps", path),
        owner_as_target=frozenset(
            Relation(r) for r in _words(raw, "owner_as_target_relations", path)
        ),
        collective_nouns=_words(raw, "collective_nouns", path),
        plural_descriptions=_words(raw, "plural_descriptions", path),
        counted_people=_words(raw, "counted_people", path),
        candidacy_nouns=_section(raw, "candidacies", "nouns"),
        state_attributes=_section(raw, "state_attributes", "nouns"),
        military_nouns=_words(raw, "military_nouns", path),
        accusatory_verbs=frozenset(
            w.lower() for w in raw.get("accusatory_verbs", {}).get("verbs", [])
        ),
        wrongdoing_verbs=_section(raw, "accusatory_verbs", "wrongdoing_verbs"),
        harms=_section(raw, "accusatory_verbs", "harms"),
        linking_verbs=_section(raw, "accusatory_verbs", "linking_verbs"),
        mutual_conflicts=_compounds(raw.get("mutual", {}).get("conflict_nouns", [])),
        not_triggers=_compounds(raw.get("not_triggers", {}).get("phrases", [])),
        joint_speech=_section(raw, "not_triggers", "joint_speech"),
        not_trigger_objects={
            verb.lower(): frozenset(w.lower() for w in objects)
            for verb, objects in raw.get("not_triggers", {}).get("verb_objects", {}).items()
        },
        exchange_verbs=frozenset(
            w.lower() for w in raw.get("mutual", {}).get("exchange_verbs", [])
        ),
        joint_acts=frozenset(w.lower() for w in raw.get("mutual", {}).get("joint_acts", [])),
        mutual=frozenset(
            w.lower() for key in ("nouns", "verbs") for w in raw.get("mutual", {}).get(key, [])
        ),
        intent_to_punish=frozenset(
            Relation(r) for r in raw.get("intent_to_punish", {}).get("relations", [])
        ),
        punishment_decided=_section(raw, "intent_to_punish", "decisions"),
        punishment_announced=_section(raw, "intent_to_punish", "announcements"),
        expression_nouns=_section(raw, "expressions", "nouns"),
        agreeing_verbs=_section(raw, "agreeing", "verbs"),
        standing_nouns=_section(raw, "standing_relations", "nouns"),
        standing_verbs=_section(raw, "standing_relations", "verbs"),
        standing_acts=_section(raw, "standing_relations", "acts"),
        standing_adjectives=_section(raw, "standing_relations", "adjectives"),
        accord_nouns=_section(raw, "accords", "nouns"),
        accord_verbs=_section(raw, "accords", "verbs"),
        accord_mentions=_section(raw, "accords", "mentions"),
        signing_verbs=_section(raw, "accords", "signings"),
        requests=_verb_prepositions(raw, "requests"),
        implicative=_section(raw, "object_control", "implicative"),
        object_control=_verb_prepositions(raw, "object_control"),
    )


@functools.cache
def default_lexicon() -> Lexicon:
    """The bundled lexicon, loaded once."""
    return load_lexicon()
