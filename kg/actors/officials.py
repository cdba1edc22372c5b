"""A dated table of officials: who held which office, for which state or organisation, when.

`data/officials.json` lists heads of state and government, foreign ministers and a few other
offices since 2000. It lets "Lavrov said" resolve to Russia without a title, and an article of
2019 read "Obama" as a former president. Names are matched case-sensitively but tolerate accents,
hyphens, apostrophes and full stops ("Sergei Lavrov", "Recep Tayyip Erdogan", "JD Vance").

Dates in the file may be partial: a start of "2004-03" is read as the first of the month and
"2004" as 1 January; an end of "2008-05" as the last day of the month and "2008" as 31 December,
so that an office is held rather than not at the fuzzy edges. Both ends are inclusive: on
2017-01-20 both Obama and Trump were president.

>>> officials = default_officials()
>>> officials.holder("RUS", "foreign minister", date(2019, 7, 24)).name
'Sergey Lavrov'
>>> [p.slug for p in officials.find("Sergei Lavrov")]
['sergey-lavrov']
>>> putin = officials.find("Vladimir Putin")[0]
>>> officials.office_on(putin, date(2010, 6, 1)).position
'Prime Minister'
"""

from __future__ import annotations

import calendar
import dataclasses
import functools
import hashlib
import json
import logging
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kg.errors import DataError

log = logging.getLogger(__name__)

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "officials.json"

# organisation keys of the contract; any other `org` must be an ISO 3166-1 alpha-3 code
ORG_KEYS = frozenset({"UN", "EU", "NATO", "AU", "ASEAN", "OPEC", "IAEA", "WTO", "IMF", "WB"})
_ALPHA3 = re.compile(r"[A-Z]{3}")
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

_PERSON_KEYS = frozenset(
    {"name", "aliases", "surname", "surname_variants", "surname_ambiguous", "offices"}
)
_OFFICE_KEYS = frozenset({"org", "position", "start", "end"})

# letters that Unicode decomposition does not reduce to ASCII
_LETTERS = str.maketrans(
    {"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i",
     "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d"}
)  # fmt: skip
_DROPPED = str.maketrans({c: None for c in "'\u2019\u2018\u02bc\u02bb`\u00b4.\""})
_SEPARATORS = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014_]+")
# name particles compared in lower case: "Al-Sabah" = "al-Sabah", "Von der Leyen" = "von der Leyen"
_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "de", "da", "di", "del", "della", "dos", "das", "du", "la", "le",
     "van", "von", "der", "den", "ter"}
)  # fmt: skip

# qualifiers that do not change which office is held ("Acting President" is a president)
_QUALIFIERS = ("acting ", "interim ", "transitional ", "caretaker ", "de facto ")

# office families: every way of naming the office (normalised by `_normal`) -> family key
_FAMILIES: Mapping[str, tuple[str, ...]] = {
    "president": (
        "president", "head of state", "president of the republic", "state president",
        "chairman of the presidential council", "chairman of the presidential leadership council",
        "chairman of the sovereignty council",
    ),
    "vice_president": ("vice president", "first vice president", "vp"),
    "prime_minister": ("prime minister", "premier", "pm", "head of government"),
    "chancellor": ("chancellor", "federal chancellor"),
    "foreign_minister": (
        "foreign minister", "fm", "minister of foreign affairs", "minister for foreign affairs",
        "foreign affairs minister", "foreign secretary", "secretary of state",
        "external affairs minister", "minister of external affairs",
        "minister for external affairs",
        "secretary of foreign affairs", "foreign affairs secretary", "top diplomat",
        "minister of international relations and cooperation",
        "minister responsible for foreign affairs",
    ),
    "defence_minister": (
        "defence minister", "defense minister", "minister of defence", "minister of defense",
        "minister for defence", "secretary of defense", "defense secretary", "defence secretary",
        "secretary of state for defence", "minister of national defence",
        "minister of national defense",
    ),
    "national_security_adviser": (
        "national security adviser", "national security advisor", "nsa",
        "assistant to the president for national security affairs",
    ),
    "monarch": ("king", "queen", "monarch"),
    "emperor": ("emperor",),
    "emir": ("emir", "amir"),
    "sultan": ("sultan",),
    "crown_prince": ("crown prince",),
    "supreme_leader": ("supreme leader",),
    "party_leader": ("general secretary", "first secretary", "party leader", "party chief"),
    "secretary_general": ("secretary general", "un secretary general", "nato secretary general"),
    "director_general": ("director general", "dg"),
    "managing_director": ("managing director", "md"),
    "commission_president": (
        "president of the european commission", "european commission president",
        "commission president",
    ),
    "council_president": ("president of the european council", "european council president"),
    "high_representative": (
        "high representative", "high representative for foreign affairs and security policy",
        "high representative for the common foreign and security policy",
        "eu foreign policy chief", "foreign policy chief",
    ),
    "un_ambassador": (
        "ambassador to the united nations", "ambassador to the un", "un ambassador",
        "permanent representative to the united nations", "permanent representative to the un",
        "permanent representative",
    ),
    "foreign_ministry_spokesperson": (
        "foreign ministry spokesperson", "foreign ministry spokeswoman",
        "foreign ministry spokesman",
        "spokesperson", "spokeswoman", "spokesman",
    ),
    "presidential_spokesperson": (
        "press secretary of the president", "presidential spokesperson", "presidential spokesman",
        "kremlin spokesman", "kremlin spokesperson", "press secretary",
    ),
}  # fmt: skip
# party offices are named in full in the data ("General Secretary of the Chinese Communist Party")
_FAMILY_PREFIXES: tuple[tuple[str, str], ...] = (
    ("general secretary of ", "party_leader"),
    ("first secretary of ", "party_leader"),
)

# which office names a person when several are held at once: head of state first, then head of
# government or ruling-party leader
_RANK: Mapping[str, int] = {
    "president": 0, "monarch": 0, "emperor": 0, "emir": 0, "sultan": 0, "supreme_leader": 0,
    "prime_minister": 1, "chancellor": 1, "party_leader": 1,
    "vice_president": 2, "crown_prince": 2,
    "foreign_minister": 3, "secretary_general": 3, "director_general": 3, "managing_director": 3,
    "commission_president": 3, "council_president": 3, "high_representative": 3,
    "defence_minister": 4, "national_security_adviser": 4,
}  # fmt: skip
_OTHER_RANK = 5


def fold(text: str) -> str:
    """`text` with accents and special letters reduced to ASCII ("Erdoğan" -> "Erdogan")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(text: str) -> str:
    """The form names are compared in: folded, without apostrophes, dots or hyphens; case kept.

    Runs of initials are joined and particles lower-cased, so that spelling variants meet.

    >>> name_key("H. R. McMaster") == name_key("H.R. McMaster")
    True
    >>> name_key("Kassym-Jomart Tokayev")
    'Kassym Jomart Tokayev'
    >>> name_key("Al-Sabah") == name_key("al-Sabah")
    True
    """
    tokens = _SEPARATORS.split(fold(text).translate(_DROPPED).strip())
    out: list[str] = []
    for token in tokens:
        if not token:
            continue
        if token.lower() in _PARTICLES:
            token = token.lower()
        if len(token) == 1 and token.isalpha() and out and _is_initials(out[-1]):
            out[-1] += token
        else:
            out.append(token)
    return " ".join(out)


def _is_initials(token: str) -> bool:
    return token.isalpha() and token.isupper() and len(token) <= 3


def slugify(name: str) -> str:
    """The ASCII, lower-case, hyphenated form of a name ("Sergey Lavrov" -> "sergey-lavrov").

    >>> slugify("Recep Tayyip Erdoğan")
    'recep-tayyip-erdogan'
    >>> slugify("Gideon Sa'ar")
    'gideon-saar'
    """
    ascii_name = fold(name).translate(_DROPPED).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")
    if slug:
        return slug
    # a name with no Latin letter ("習近平") still needs a stable, distinct IRI path
    return "x-" + hashlib.sha256(name.strip().encode("utf-8", "surrogatepass")).hexdigest()[:12]


def _normal(words: str) -> str:
    text = fold(words).lower().replace("&", " and ")
    text = re.sub(r"[^a-z0-9 ]+", " ", text.replace("'", ""))
    return " ".join(text.split())


def position_family(words: str) -> str:
    """The family of an office named in `words`, or the normalised words if none is known.

    >>> position_family("Minister of Foreign Affairs") == position_family("Secretary of State")
    True
    >>> position_family("Acting President")
    'president'
    >>> position_family("Deputy Secretary-General")
    'deputy secretary general'
    """
    text = _normal(words)
    for qualifier in _QUALIFIERS:
        if text.startswith(qualifier):
            text = text[len(qualifier) :]
    family = _FAMILY_OF.get(text)
    if family is not None:
        return family
    for prefix, prefixed_family in _FAMILY_PREFIXES:
        if text.startswith(prefix):
            return prefixed_family
    return text


_FAMILY_OF: dict[str, str] = {
    _normal(form): family for family, forms in _FAMILIES.items() for form in forms
}


@dataclass(frozen=True, slots=True)
class Office:
    """One office held for a state (ISO alpha-3 code) or an organisation key, from start to end.

    `end` is None while the office is still held; both ends are inclusive.
    """

    org: str
    position: str
    start: date
    end: date | None

    def held_on(self, when: date) -> bool:
        """Whether the office was held on `when`."""
        return self.start <= when and (self.end is None or when <= self.end)

    @property
    def family(self) -> str:
        """The office family of `position` ("Secretary of State" -> "foreign_minister")."""
        return position_family(self.position)


@dataclass(frozen=True, slots=True)
class Person:
    """An official: canonical name, other names, the surname used alone in news, the offices held.

    `surname_ambiguous` is True when the surname is shared with another person of the table or
    is a common word or first name ("Kim", "May", "Abe"): such a surname needs context.
    `surname_variants` are other spellings of the surname used alone ("Zelenskyy").
    """

    name: str
    slug: str
    aliases: tuple[str, ...]
    surname: str
    surname_ambiguous: bool
    offices: tuple[Office, ...]
    surname_variants: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.name, *self.aliases)

    @property
    def surnames(self) -> tuple[str, ...]:
        """The surname followed by its variants."""
        return (self.surname, *self.surname_variants)


class Officials:
    """The table of officials, indexed by name, surname and office."""

    def __init__(self, people: Iterable[Person], *, as_of: str | None = None) -> None:
        self._people = tuple(people)
        self.as_of = as_of
        self._by_slug = {person.slug: person for person in self._people}
        self._by_name: dict[str, list[Person]] = defaultdict(list)
        self._by_surname: dict[str, list[Person]] = defaultdict(list)
        self._by_office: dict[tuple[str, str], list[tuple[Office, Person]]] = defaultdict(list)
        for person in self._people:
            for name in dict.fromkeys(name_key(n) for n in person.names):
                self._by_name[name].append(person)
            for surname in dict.fromkeys(name_key(s) for s in person.surnames):
                self._by_surname[surname].append(person)
            for office in person.offices:
                self._by_office[(office.org, office.family)].append((office, person))

    def __repr__(self) -> str:
        return f"Officials({len(self._people)} people, as of {self.as_of})"

    def __len__(self) -> int:
        return len(self._people)

    def __iter__(self) -> Iterator[Person]:
        return iter(self._people)

    def by_slug(self, slug: str) -> Person | None:
        """The person whose slug is `slug` ("sergey-lavrov"), or None."""
        return self._by_slug.get(slug)

    def find(self, text: str) -> list[Person]:
        """The people whose full name or an alias is `text` (accents, hyphens, dots tolerated)."""
        return list(self._by_name.get(name_key(text), ()))

    def by_surname(self, surname: str) -> list[Person]:
        """The people whose surname (or a variant of it) is `surname`."""
        return list(self._by_surname.get(name_key(surname), ()))

    def offices_on(self, person: Person, when: date) -> list[Office]:
        """Every office `person` held on `when`, the one that names them first."""
        return _by_rank(o for o in person.offices if o.held_on(when))

    def office_on(self, person: Person, when: date | None) -> Office | None:
        """The office `person` held on `when` (head of state before head of government before
        minister when several); if `when` is None, the most recent office; None if none was held.
        """
        if when is not None:
            held = self.offices_on(person, when)
            return held[0] if held else None
        if not person.offices:
            return None
        latest = max(_end_or_max(o) for o in person.offices)
        return _by_rank(o for o in person.offices if _end_or_max(o) == latest)[0]

    def latest_office_before(self, person: Person, when: date | None) -> Office | None:
        """The office `person` left most recently before `when` (if None: the office that ended
        last), for readings such as "former president"; None if no office had ended by then.
        """
        ended = [o for o in person.offices if o.end is not None and (when is None or o.end < when)]
        if not ended:
            return None
        last = max(o.end for o in ended if o.end is not None)
        return _by_rank(o for o in ended if o.end == last)[0]

    def holders(self, org: str, position_words: str, when: date | None) -> list[Person]:
        """Everyone holding the office on `when` (None: still in office as of the table), the
        most recently appointed first; more than one only at the edges or for shared offices.
        """
        key = (org.strip().upper(), position_family(position_words))
        held = [
            (office, person)
            for office, person in self._by_office.get(key, ())
            if (office.end is None if when is None else office.held_on(when))
        ]
        held.sort(key=lambda pair: pair[0].start, reverse=True)
        return list(dict.fromkeys(person for _, person in held))

    def holder(self, org: str, position_words: str, when: date | None) -> Person | None:
        """Who held the office of `org` named by `position_words` on `when`, or None.

        `position_words` may name the office any usual way: "FM", "foreign minister",
        "minister of foreign affairs", "foreign secretary" and (US) "secretary of state" are one
        office; on a changeover day the incoming holder is returned.
        """
        found = self.holders(org, position_words, when)
        return found[0] if found else None


def _end_or_max(office: Office) -> date:
    return office.end if office.end is not None else date.max


def _by_rank(offices: Iterable[Office]) -> list[Office]:
    """Offices ordered by how well they name the person: rank, latest start, data order."""
    ordered = list(enumerate(offices))
    ordered.sort(
        key=lambda pair: (
            _RANK.get(pair[1].family, _OTHER_RANK),
            -pair[1].start.toordinal(),
            pair[0],
        )
    )
    return [office for _, office in ordered]


# --------------------------------------------------------------------------- loading


def load_officials(path: Path | None = None) -> Officials:
    """Read and check an officials file (default: the bundled `data/officials.json`).

    Raises DataError, naming the file and the entry, if the file is missing or malformed.
    """
    path = path or DEFAULT_PATH
    document = _read_json(path)
    if not isinstance(document, dict) or not isinstance(document.get("people"), list):
        raise DataError(f"{path}: expected an object with a list under 'people'")
    as_of = document.get("as_of")
    if as_of is not None and not isinstance(as_of, str):
        raise DataError(f"{path}: 'as_of' must be a string such as \"2025-06\"")
    records = [_parse_person(path, i, raw) for i, raw in enumerate(document["people"])]
    people = _with_ambiguity(records)
    _check_unique_slugs(path, people)
    log.debug("loaded %d officials from %s", len(people), path)
    return Officials(people, as_of=as_of)


@functools.cache
def default_officials() -> Officials:
    """The bundled table, loaded once."""
    return load_officials()


def _read_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(
            f"{path}: file not found; reinstall IRKG or pass the path of an officials file"
        ) from None
    except OSError as exc:
        raise DataError(f"{path}: cannot be read ({exc})") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(
            f"{path}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc


def _parse_person(path: Path, index: int, raw: Any) -> Person:
    where = f"{path}: people[{index}]"
    if not isinstance(raw, dict):
        raise DataError(f"{where}: expected an object with 'name', 'surname' and 'offices'")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise DataError(f"{where}: 'name' must be a non-empty string")
    where = f"{where} ({name})"
    unknown = sorted(set(raw) - _PERSON_KEYS)
    if unknown:
        raise DataError(f"{where}: unknown field(s) {unknown}; allowed: {sorted(_PERSON_KEYS)}")
    surname = raw.get("surname")
    if not isinstance(surname, str) or not surname.strip():
        raise DataError(f"{where}: 'surname' must be the non-empty form used alone in news")
    ambiguous = raw.get("surname_ambiguous", False)
    if not isinstance(ambiguous, bool):
        raise DataError(f"{where}: 'surname_ambiguous' must be true or false")
    offices_raw = raw.get("offices")
    if not isinstance(offices_raw, list) or not offices_raw:
        raise DataError(f"{where}: 'offices' must be a non-empty list")
    offices = tuple(
        _parse_office(f"{where}: offices[{j}]", item) for j, item in enumerate(offices_raw)
    )
    _check_no_overlap(where, offices)
    return Person(
        name=name.strip(),
        slug=slugify(name),
        aliases=_strings(where, raw, "aliases"),
        surname=surname.strip(),
        surname_ambiguous=ambiguous,
        offices=offices,
        surname_variants=_strings(where, raw, "surname_variants"),
    )


def _strings(where: str, raw: Mapping[str, Any], field: str) -> tuple[str, ...]:
    value = raw.get(field, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(f"{where}: '{field}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _parse_office(where: str, raw: Any) -> Office:
    if not isinstance(raw, dict):
        raise DataError(f"{where}: expected an object with 'org', 'position', 'start', 'end'")
    unknown = sorted(set(raw) - _OFFICE_KEYS)
    if unknown:
        raise DataError(f"{where}: unknown field(s) {unknown}; allowed: {sorted(_OFFICE_KEYS)}")
    org = raw.get("org")
    if not isinstance(org, str) or not (org in ORG_KEYS or _ALPHA3.fullmatch(org)):
        raise DataError(
            f"{where}: org {org!r} is neither an ISO 3166-1 alpha-3 code (upper case) "
            f"nor one of {sorted(ORG_KEYS)}"
        )
    position = raw.get("position")
    if not isinstance(position, str) or not position.strip():
        raise DataError(
            f"{where}: 'position' must be a non-empty string such as \"Foreign Minister\""
        )
    start = parse_partial_date(raw.get("start"), end=False, where=where)
    end_raw = raw.get("end")
    end = None if end_raw is None else parse_partial_date(end_raw, end=True, where=where)
    if end is not None and end < start:
        raise DataError(f"{where}: end {end_raw} is before start {raw.get('start')}")
    return Office(org=org, position=position.strip(), start=start, end=end)


def parse_partial_date(text: Any, *, end: bool, where: str = "date") -> date:
    """Read "YYYY-MM-DD", "YYYY-MM" or "YYYY"; a partial end date is the last day it covers.

    >>> parse_partial_date("2008-02", end=True)
    datetime.date(2008, 2, 29)
    >>> parse_partial_date("2004", end=False)
    datetime.date(2004, 1, 1)
    """
    match = _PARTIAL_DATE.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        raise DataError(f"{where}: {text!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        if month is None:
            return date(year, 12, 31) if end else date(year, 1, 1)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, last) if end else date(year, month, 1)
        return date(year, month, day)
    except ValueError as exc:
        raise DataError(f"{where}: {text!r} is not a calendar date ({exc})") from exc


def _check_no_overlap(where: str, offices: Sequence[Office]) -> None:
    """The same office listed twice for one person must not overlap (a typo in the dates)."""
    seen: dict[tuple[str, str], list[Office]] = defaultdict(list)
    for office in sorted(offices, key=lambda o: o.start):
        key = (office.org, office.position)
        for earlier in seen[key]:
            if earlier.end is None or office.start <= earlier.end:
                raise DataError(
                    f"{where}: {office.org} {office.position!r} is listed twice with overlapping "
                    f"dates ({earlier.start}..{earlier.end} and {office.start}..{office.end}); "
                    "merge them"
                )
        seen[key].append(office)


def _with_ambiguity(people: Sequence[Person]) -> list[Person]:
    """Mark as ambiguous every person whose surname another person of the table also bears
    (as surname or variant). A shared variant alone ("Hussein" for Saddam) does not mark the
    person: `Officials.by_surname` returns everyone who bears it.
    """
    counts = Counter(s for p in people for s in dict.fromkeys(name_key(x) for x in p.surnames))
    return [
        dataclasses.replace(p, surname_ambiguous=True)
        if not p.surname_ambiguous and counts[name_key(p.surname)] > 1
        else p
        for p in people
    ]


def _check_unique_slugs(path: Path, people: Sequence[Person]) -> None:
    counts = Counter(p.slug for p in people)
    duplicates = sorted(slug for slug, n in counts.items() if n > 1)
    if duplicates:
        raise DataError(
            f"{path}: several people share the slug(s) {duplicates}; merge their entries or "
            "make the names distinct (e.g. with a middle initial)"
        )
