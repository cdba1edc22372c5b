"""The dated table of officials: data file, look-ups by name and surname, and the date logic."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any

import pycountry
import pytest

from kg.actors.officials import (
    DEFAULT_PATH,
    ORG_KEYS,
    Officials,
    Person,
    default_officials,
    load_officials,
    name_key,
    parse_partial_date,
    position_family,
    slugify,
)
from kg.errors import DataError


@pytest.fixture(scope="module")
def officials() -> Officials:
    """The curated table alone (the bundled default adds the generated Phoenix table)."""
    return load_officials()


def person(officials: Officials, name: str) -> Person:
    found = officials.find(name)
    assert len(found) == 1, f"{name!r} names {[p.name for p in found]}"
    return found[0]


def d(text: str) -> date:
    return date.fromisoformat(text)


# --------------------------------------------------------------------------- well-known entries


@pytest.mark.parametrize(
    ("org", "position", "when", "expected"),
    [
        ("RUS", "foreign minister", "2019-07-24", "Sergey Lavrov"),
        ("RUS", "FM", "2004-03-09", "Sergey Lavrov"),  # changeover day: the incoming holder
        ("RUS", "Minister of Foreign Affairs", "2004-03-08", "Igor Ivanov"),
        ("rus", "prime minister", "2010-06-01", "Vladimir Putin"),
        ("RUS", "premier", "2015-01-01", "Dmitry Medvedev"),
        ("RUS", "president", "2000-03-01", "Vladimir Putin"),  # acting president
        ("RUS", "defence minister", "2020-01-01", "Sergei Shoigu"),
        ("RUS", "defense minister", "2024-06-01", "Andrei Belousov"),
        ("USA", "president", "2009-01-20", "Barack Obama"),
        ("USA", "President", "2017-01-19", "Barack Obama"),
        ("USA", "president", "2017-01-21", "Donald Trump"),
        ("USA", "president", "2021-06-01", "Joe Biden"),
        ("USA", "president", "2025-02-01", "Donald Trump"),
        ("USA", "secretary of state", "2018-04-26", "Mike Pompeo"),
        ("USA", "foreign minister", "2021-01-20", "Mike Pompeo"),
        ("USA", "Secretary of State", "2021-02-01", "Antony Blinken"),
        ("USA", "national security adviser", "2018-06-01", "John Bolton"),
        ("USA", "defense secretary", "2019-03-01", "Patrick Shanahan"),  # acting
        ("USA", "UN ambassador", "2018-01-01", "Nikki Haley"),
        ("DEU", "chancellor", "2005-11-21", "Gerhard Schröder"),
        ("DEU", "chancellor", "2005-11-22", "Angela Merkel"),
        ("DEU", "Chancellor", "2021-12-07", "Angela Merkel"),
        ("DEU", "chancellor", "2021-12-09", "Olaf Scholz"),
        ("UN", "secretary-general", "2016-12-31", "Ban Ki-moon"),
        ("UN", "Secretary General", "2017-01-01", "António Guterres"),
        ("IRN", "foreign minister", "2015-07-14", "Mohammad Javad Zarif"),
        ("IRN", "minister of foreign affairs", "2021-09-01", "Hossein Amir-Abdollahian"),
        ("IRN", "supreme leader", "2019-01-01", "Ali Khamenei"),
        ("CHN", "president", "2013-03-13", "Hu Jintao"),
        ("CHN", "president", "2013-03-14", "Xi Jinping"),
        ("CHN", "FM", "2023-03-01", "Qin Gang"),
        ("NATO", "secretary general", "2014-10-01", "Jens Stoltenberg"),
        ("NATO", "Secretary-General", "2024-10-02", "Mark Rutte"),
        ("GBR", "foreign secretary", "2017-01-01", "Boris Johnson"),
        ("GBR", "prime minister", "2019-07-24", "Boris Johnson"),
        ("GBR", "queen", "2020-01-01", "Elizabeth II"),
        ("GBR", "king", "2023-01-01", "Charles III"),
        ("IND", "foreign minister", "2020-01-01", "Subrahmanyam Jaishankar"),
        ("JPN", "PM", "2015-05-01", "Shinzo Abe"),
        ("FRA", "president", "2018-01-01", "Emmanuel Macron"),
        ("TUR", "prime minister", "2010-01-01", "Recep Tayyip Erdoğan"),
        ("TUR", "president", "2020-01-01", "Recep Tayyip Erdoğan"),
        ("EU", "high representative", "2020-01-01", "Josep Borrell"),
        ("EU", "President of the European Commission", "2010-01-01", "José Manuel Barroso"),
        ("EU", "European Council president", "2016-01-01", "Donald Tusk"),
        ("IAEA", "director general", "2015-01-01", "Yukiya Amano"),
        ("IMF", "managing director", "2012-01-01", "Christine Lagarde"),
        ("WB", "president", "2015-01-01", "Jim Yong Kim"),
        ("WTO", "Director-General", "2022-01-01", "Ngozi Okonjo-Iweala"),
        ("SAU", "crown prince", "2018-01-01", "Mohammed bin Salman"),
        ("SAU", "king", "2018-01-01", "Salman bin Abdulaziz"),
        ("PRK", "supreme leader", "2015-01-01", "Kim Jong Un"),
        ("UKR", "president", "2022-03-01", "Volodymyr Zelensky"),
        ("ISR", "prime minister", "2015-01-01", "Benjamin Netanyahu"),
        ("PSE", "president", "2010-01-01", "Mahmoud Abbas"),
        ("SYR", "president", "2015-01-01", "Bashar al-Assad"),
        ("CUB", "foreign minister", "2019-07-24", "Bruno Rodríguez Parrilla"),
        ("QAT", "emir", "2020-01-01", "Tamim bin Hamad Al Thani"),
        ("OMN", "sultan", "2021-01-01", "Haitham bin Tariq"),
    ],
)
def test_holder_of_well_known_offices(
    officials: Officials, org: str, position: str, when: str, expected: str
) -> None:
    found = officials.holder(org, position, d(when))
    assert found is not None, f"nobody holds {org} {position} on {when}"
    assert found.name == expected


@pytest.mark.parametrize(
    ("org", "position", "when"),
    [
        ("USA", "secretary of state", "2018-04-25"),  # between Tillerson and Pompeo (acting deputy)
        ("RUS", "chancellor", "2019-01-01"),  # no such office
        ("XYZ", "president", "2019-01-01"),
        ("USA", "president", "1900-01-01"),
    ],
)
def test_holder_none_when_nobody_holds_the_office(
    officials: Officials, org: str, position: str, when: str
) -> None:
    assert officials.holder(org, position, d(when)) is None


def test_holder_without_date_is_the_current_holder(officials: Officials) -> None:
    current = officials.holder("RUS", "foreign minister", None)
    assert current is not None and current.name == "Sergey Lavrov"


def test_holders_on_changeover_day_lists_both_incoming_first(officials: Officials) -> None:
    names = [p.name for p in officials.holders("USA", "president", d("2017-01-20"))]
    assert names == ["Donald Trump", "Barack Obama"]


# ------------------------------------------------------------------ office_on, former offices


def test_obama_is_president_then_former_president(officials: Officials) -> None:
    obama = person(officials, "Barack Obama")
    office = officials.office_on(obama, d("2012-05-01"))
    assert office is not None
    assert (office.org, office.position, office.start, office.end) == (
        "USA",
        "President",
        d("2009-01-20"),
        d("2017-01-20"),
    )
    assert officials.office_on(obama, d("2017-01-20")) == office  # the end day is inclusive
    assert officials.office_on(obama, d("2017-01-21")) is None
    assert officials.office_on(obama, d("2019-07-24")) is None
    assert officials.latest_office_before(obama, d("2019-07-24")) == office
    assert officials.latest_office_before(obama, d("2017-01-20")) is None  # not yet former


@pytest.mark.parametrize(
    ("name", "when", "org", "position"),
    [
        ("Vladimir Putin", "2010-06-01", "RUS", "Prime Minister"),
        ("Vladimir Putin", "2000-03-01", "RUS", "Acting President"),  # also PM: head of state first
        ("Vladimir Putin", "2005-01-01", "RUS", "President"),
        ("Vladimir Putin", "2020-01-01", "RUS", "President"),
        ("Sergey Lavrov", "2000-01-01", "RUS", "Permanent Representative to the United Nations"),
        ("Sergey Lavrov", "2004-03-20", "RUS", "Foreign Minister"),  # both held: the minister
        ("Xi Jinping", "2012-12-01", "CHN", "General Secretary of the Chinese Communist Party"),
        ("Xi Jinping", "2014-01-01", "CHN", "President"),
        ("Mohammed bin Salman", "2023-01-01", "SAU", "Prime Minister"),
        ("Joe Biden", "2012-01-01", "USA", "Vice President"),
        ("Mark Rutte", "2024-10-01", "NATO", "Secretary General"),
        ("Yair Lapid", "2022-08-01", "ISR", "Prime Minister"),
    ],
)
def test_office_on(officials: Officials, name: str, when: str, org: str, position: str) -> None:
    office = officials.office_on(person(officials, name), d(when))
    assert office is not None
    assert (office.org, office.position) == (org, position)


@pytest.mark.parametrize(
    ("name", "org", "position"),
    [
        ("Vladimir Putin", "RUS", "President"),
        ("Joe Biden", "USA", "President"),
        ("Angela Merkel", "DEU", "Chancellor"),
        ("Mark Rutte", "NATO", "Secretary General"),
    ],
)
def test_office_on_none_is_the_most_recent_office(
    officials: Officials, name: str, org: str, position: str
) -> None:
    office = officials.office_on(person(officials, name), None)
    assert office is not None
    assert (office.org, office.position) == (org, position)


def test_latest_office_before(officials: Officials) -> None:
    biden = person(officials, "Joe Biden")
    former = officials.latest_office_before(biden, d("2022-01-01"))
    assert former is not None and former.position == "Vice President"
    last = officials.latest_office_before(biden, None)
    assert last is not None and last.position == "President"
    lavrov = person(officials, "Sergey Lavrov")
    assert officials.latest_office_before(lavrov, d("2004-01-01")) is None
    rutte = person(officials, "Mark Rutte")
    left = officials.latest_office_before(rutte, d("2025-01-01"))
    assert left is not None and (left.org, left.position) == ("NLD", "Prime Minister")


def test_office_before_any_office_is_none(officials: Officials) -> None:
    assert officials.office_on(person(officials, "Keir Starmer"), d("2010-01-01")) is None


# --------------------------------------------------------------------------- partial dates


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("2004-03-09", False, "2004-03-09"),
        ("2004-03-09", True, "2004-03-09"),
        ("2004-03", False, "2004-03-01"),
        ("2008-05", True, "2008-05-31"),
        ("2008-02", True, "2008-02-29"),
        ("2023-02", True, "2023-02-28"),
        ("2004", False, "2004-01-01"),
        ("2004", True, "2004-12-31"),
    ],
)
def test_parse_partial_date(text: str, end: bool, expected: str) -> None:
    assert parse_partial_date(text, end=end) == d(expected)


@pytest.mark.parametrize("text", ["2004-13", "2004-02-30", "04/2004", "2004-3", "", 2004, None])
def test_parse_partial_date_rejects(text: Any) -> None:
    with pytest.raises(DataError, match="date"):
        parse_partial_date(text, end=False)


def write(tmp_path: Path, document: Any, name: str = "officials.json") -> Path:
    path = tmp_path / name
    text = document if isinstance(document, str) else json.dumps(document)
    path.write_text(text, encoding="utf-8")
    return path


def entry(name: str, *offices: dict[str, Any], surname: str | None = None) -> dict[str, Any]:
    return {"name": name, "surname": surname or name.split()[-1], "offices": list(offices)}


def office(
    start: str, end: str | None, *, org: str = "RUS", position: str = "Foreign Minister"
) -> dict[str, Any]:
    return {"org": org, "position": position, "start": start, "end": end}


def test_partial_dates_are_generous_at_the_edges(tmp_path: Path) -> None:
    path = write(tmp_path, {"people": [entry("Ann Example", office("2004-03", "2008-05"))]})
    table = load_officials(path)
    ann = table.find("Ann Example")[0]
    assert table.office_on(ann, d("2004-02-29")) is None
    assert table.office_on(ann, d("2004-03-01")) is not None
    assert table.office_on(ann, d("2008-05-31")) is not None
    assert table.office_on(ann, d("2008-06-01")) is None
    assert table.holder("RUS", "FM", d("2006-01-01")) == ann


# --------------------------------------------------------------------------- names and surnames


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sergey Lavrov", "Sergey Lavrov"),
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Sergei V. Lavrov", "Sergey Lavrov"),
        ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Kim Jong-un", "Kim Jong Un"),
        ("Mohammad-Javad Zarif", "Mohammad Javad Zarif"),
        ("Javad Zarif", "Mohammad Javad Zarif"),
        ("H.R. McMaster", "H. R. McMaster"),
        ("J. D. Vance", "JD Vance"),
        ("Jean Marc Ayrault", "Jean-Marc Ayrault"),
        ("Gideon Saar", "Gideon Sa'ar"),
        ("Gideon Sa\u2019ar", "Gideon Sa'ar"),
        ("Abu Mohammad al-Jolani", "Ahmed al-Sharaa"),
        ("Muammar Qaddafi", "Muammar Gaddafi"),
        ("Ursula Von der Leyen", "Ursula von der Leyen"),
        ("Nguyen Phu Trong", "Nguyễn Phú Trọng"),
        ("Binali Yildirim", "Binali Yıldırım"),
        ("Radoslaw Sikorski", "Radosław Sikorski"),
    ],
)
def test_find_by_name_or_alias(officials: Officials, text: str, expected: str) -> None:
    assert [p.name for p in officials.find(text)] == [expected]


@pytest.mark.parametrize(
    "text", ["Lavrov", "sergey lavrov", "SERGEY LAVROV", "Sergey Lavrov said", ""]
)
def test_find_needs_a_full_name_in_its_case(officials: Officials, text: str) -> None:
    assert officials.find(text) == []


def test_find_a_shared_alias_returns_everyone(officials: Officials) -> None:
    names = {p.name for p in officials.find("King Abdullah")}
    assert names == {"Abdullah II", "Abdullah bin Abdulaziz"}


@pytest.mark.parametrize(
    ("surname", "expected", "ambiguous"),
    [
        ("Lavrov", "Sergey Lavrov", False),
        ("Xi", "Xi Jinping", False),
        ("Zelenskyy", "Volodymyr Zelensky", False),
        ("Erdogan", "Recep Tayyip Erdoğan", False),
        ("Merkel", "Angela Merkel", False),
        ("Saddam", "Saddam Hussein", False),
        ("Bush", "George W. Bush", True),  # flagged in the data: two presidents Bush
        ("May", "Theresa May", True),  # a month and a verb
        ("Abe", "Shinzo Abe", True),  # a first name
    ],
)
def test_by_surname_single(
    officials: Officials, surname: str, expected: str, ambiguous: bool
) -> None:
    found = officials.by_surname(surname)
    assert [p.name for p in found] == [expected]
    assert found[0].surname_ambiguous is ambiguous


@pytest.mark.parametrize(
    ("surname", "some"),
    [
        ("Kim", {"Kim Jong Un", "Kim Jong Il", "Kim Dae-jung", "Jim Yong Kim"}),
        ("Clinton", {"Bill Clinton", "Hillary Clinton"}),
        ("Rice", {"Condoleezza Rice", "Susan Rice"}),
        ("Li", {"Li Keqiang", "Li Qiang"}),
        ("Assad", {"Bashar al-Assad", "Hafez al-Assad"}),
        ("Hussein", {"Saddam Hussein", "Fuad Hussein"}),
        ("Castro", {"Fidel Castro", "Raúl Castro"}),
    ],
)
def test_shared_surnames_are_ambiguous(officials: Officials, surname: str, some: set[str]) -> None:
    found = officials.by_surname(surname)
    assert some <= {p.name for p in found}
    assert all(p.surname_ambiguous for p in found if name_key(p.surname) == name_key(surname))


def test_shared_surname_flag_is_computed_on_load(tmp_path: Path) -> None:
    people = [
        entry("Ann Example", office("2001", "2002")),
        entry("Bob Example", office("2003", "2004")),
        entry("Cat Other", office("2005", None)),
    ]
    table = load_officials(write(tmp_path, {"people": people}))
    assert [p.surname_ambiguous for p in table] == [True, True, False]


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Sergey Lavrov", "sergey-lavrov"),
        ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
        ("Gideon Sa'ar", "gideon-saar"),
        ("H. R. McMaster", "h-r-mcmaster"),
        ("Zoran Đinđić", "zoran-dindic"),
        ("Ursula von der Leyen", "ursula-von-der-leyen"),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_by_slug(officials: Officials) -> None:
    lavrov = officials.by_slug("sergey-lavrov")
    assert lavrov is not None and lavrov.surname == "Lavrov"
    assert officials.by_slug("nobody-at-all") is None


@pytest.mark.parametrize(
    ("words", "family"),
    [
        ("FM", "foreign_minister"),
        ("Foreign Minister", "foreign_minister"),
        ("minister of foreign affairs", "foreign_minister"),
        ("Foreign Secretary", "foreign_minister"),
        ("Secretary of State", "foreign_minister"),
        ("External Affairs Minister", "foreign_minister"),
        ("Acting Foreign Minister", "foreign_minister"),
        ("Premier", "prime_minister"),
        ("Caretaker Prime Minister", "prime_minister"),
        ("Queen", "monarch"),
        ("Secretary-General", "secretary_general"),
        ("General Secretary of the Chinese Communist Party", "party_leader"),
        ("Deputy Secretary-General", "deputy secretary general"),
        ("Interim President claimant", "president claimant"),
    ],
)
def test_position_family(words: str, family: str) -> None:
    assert position_family(words) == family


# --------------------------------------------------------------------------- the bundled data file

# families where one person at a time holds the office of a state or organisation
SINGLE_HOLDER = frozenset(
    {"president", "prime_minister", "chancellor", "foreign_minister", "monarch", "emperor", "emir",
     "sultan", "supreme_leader", "crown_prince", "secretary_general", "director_general",
     "managing_director", "commission_president", "council_president", "high_representative",
     "defence_minister", "national_security_adviser"}
)  # fmt: skip
# partial dates ("2014-10" both as an end and as the next start) overlap by up to a month
MONTH = 31

REQUIRED_STATES = frozenset(
    {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "MEX", "RUS",
     "SAU", "ZAF", "KOR", "TUR", "GBR", "USA", "IRN", "ISR", "PSE", "SYR", "IRQ", "AFG", "PAK",
     "PRK", "UKR", "BLR", "POL", "VEN", "CUB", "EGY", "QAT", "ARE", "JOR", "LBN", "YEM", "LBY",
     "SDN", "ETH", "NGA", "KEN", "VNM", "PHL", "TWN", "GEO", "ARM", "AZE", "SRB", "HUN", "ESP",
     "NLD", "SWE", "GRC", "COL", "CHL", "MMR", "THA", "BGD", "KAZ", "BOL", "NIC", "SOM", "OMN",
     "BHR", "KWT", "MLI", "DZA", "MAR"}
)  # fmt: skip
HEAD_FAMILIES = frozenset(
    {"president", "prime_minister", "chancellor", "monarch", "emperor", "emir", "sultan",
     "supreme_leader"}
)  # fmt: skip


def test_data_file_has_sources_and_date(officials: Officials) -> None:
    document = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    assert document["sources"] and all(isinstance(s, str) and s for s in document["sources"])
    assert officials.as_of == document["as_of"]
    assert parse_partial_date(document["as_of"], end=False) >= date(2024, 1, 1)
    assert len(officials) >= 500


def test_every_org_is_a_country_code_or_known_org(officials: Officials) -> None:
    def known(org: str) -> bool:
        if org in ORG_KEYS or org == "XKX":  # Kosovo: the user-assigned code in common use
            return True
        return bool(
            pycountry.countries.get(alpha_3=org) or pycountry.historic_countries.get(alpha_3=org)
        )

    bad = sorted({f"{p.name}: {o.org}" for p in officials for o in p.offices if not known(o.org)})
    assert bad == []


def test_dates_are_ordered_and_recent(officials: Officials) -> None:
    for p in officials:
        for o in p.offices:
            assert o.end is None or o.start <= o.end, p.name
        assert any(o.end is None or o.end >= date(2000, 1, 1) for o in p.offices), p.name


def test_slugs_are_unique_and_ascii(officials: Officials) -> None:
    slugs = [p.slug for p in officials]
    assert len(slugs) == len(set(slugs))
    assert all(s and s.isascii() and s == s.lower() and " " not in s for s in slugs)


def test_no_person_lists_the_same_office_twice_at_once(officials: Officials) -> None:
    for p in officials:
        for a, b in combinations(p.offices, 2):
            if (a.org, a.position) == (b.org, b.position):
                assert not _overlap(a.start, a.end, b.start, b.end), p.name


def test_single_holder_offices_do_not_overlap(officials: Officials) -> None:
    by_office: dict[tuple[str, str], list[tuple[str, date, date | None]]] = defaultdict(list)
    for p in officials:
        for o in p.offices:
            if o.family in SINGLE_HOLDER:
                by_office[(o.org, o.family)].append((p.name, o.start, o.end))
    clashes = [
        f"{key}: {a[0]} / {b[0]}"
        for key, terms in by_office.items()
        for a, b in combinations(terms, 2)
        if a[0] != b[0] and _overlap(a[1], a[2], b[1], b[2]) > MONTH
    ]
    assert clashes == []


def test_every_required_state_has_a_head(officials: Officials) -> None:
    heads = {o.org for p in officials for o in p.offices if o.family in HEAD_FAMILIES}
    assert sorted(REQUIRED_STATES - heads) == []


def test_every_name_and_surname_finds_its_person(officials: Officials) -> None:
    for p in officials:
        for name in p.names:
            assert p in officials.find(name), name
        for surname in p.surnames:
            assert p in officials.by_surname(surname), surname


def test_default_officials_is_cached() -> None:
    assert default_officials() is default_officials()


def _overlap(start_a: date, end_a: date | None, start_b: date, end_b: date | None) -> int:
    """Days two inclusive ranges share (0 if none)."""
    last = min(end_a or date.max, end_b or date.max)
    first = max(start_a, start_b)
    return 0 if last < first else (last - first).days + 1


# --------------------------------------------------------------------------- malformed files


GOOD = entry("Ann Example", office("2004-03-09", None))


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("{not json", "not valid JSON"),
        ({"persons": []}, "'people'"),
        ({"people": [GOOD], "as_of": 2025}, "as_of"),
        ({"people": ["Ann"]}, "expected an object"),
        ({"people": [{"surname": "X", "offices": [office("2004", None)]}]}, "'name'"),
        ({"people": [entry("Ann Example")]}, "'offices'"),
        ({"people": [{**GOOD, "surname": ""}]}, "'surname'"),
        ({"people": [{**GOOD, "aliases": "Annie"}]}, "'aliases'"),
        ({"people": [{**GOOD, "surname_ambiguous": "yes"}]}, "surname_ambiguous"),
        ({"people": [{**GOOD, "nickname": "A"}]}, "unknown field"),
        ({"people": [entry("Ann Example", office("2004", None, org="Russia"))]}, "org 'Russia'"),
        ({"people": [entry("Ann Example", office("2004", None, org="rus"))]}, "org 'rus'"),
        ({"people": [entry("Ann Example", office("2004/03/01", None))]}, "not a date"),
        ({"people": [entry("Ann Example", office("2004-02-30", None))]}, "not a calendar date"),
        ({"people": [entry("Ann Example", office("2008", "2004"))]}, "before start"),
        ({"people": [entry("Ann Example", office("2004", None, position=""))]}, "'position'"),
        (
            {"people": [entry("Ann Example", {**office("2004", None), "until": "2005"})]},
            "unknown field",
        ),
        (
            {"people": [entry("Ann Example", office("2004", "2008"), office("2007", None))]},
            "overlapping",
        ),
        ({"people": [GOOD, entry("Ann Example", office("2010", None))]}, "slug"),
    ],
)
def test_malformed_file_raises_data_error_naming_the_file(
    tmp_path: Path, document: Any, message: str
) -> None:
    path = write(tmp_path, document, name="broken-officials.json")
    with pytest.raises(DataError, match="broken-officials.json") as caught:
        load_officials(path)
    assert message in str(caught.value)


def test_missing_file_raises_data_error(tmp_path: Path) -> None:
    path = tmp_path / "absent.json"
    with pytest.raises(DataError, match="absent.json.*not found"):
        load_officials(path)


def test_minimal_file_loads(tmp_path: Path) -> None:
    table = load_officials(write(tmp_path, {"people": [GOOD]}))
    assert len(table) == 1 and table.as_of is None
    ann = next(iter(table))
    assert ann.slug == "ann-example" and ann.aliases == () and not ann.surname_ambiguous
    assert table.holder("RUS", "FM", date(2004, 3, 9) + timedelta(days=1)) == ann


def test_slugify_gives_names_without_latin_letters_a_stable_distinct_slug() -> None:
    assert slugify("習近平") == slugify("習近平")
    assert slugify("習近平").startswith("x-") and slugify("習近平") != slugify("李克强")


def test_no_one_in_the_table_served_two_states() -> None:
    """The graph's shapes allow an official one state (ir:affiliatedWith): the table, the only
    source of a person's several offices, must not give anyone two."""
    from kg.actors.gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    countries = {actor.code for actor in gazetteer.countries()}
    for person in default_officials():
        served = {office.org for office in person.offices if office.org in countries}
        assert len(served) <= 1, (person.name, served)


# -- the table generated from the Phoenix dictionaries, after the curated one -------------------


def test_the_default_adds_the_phoenix_officials_after_the_curated_ones() -> None:
    from kg.actors.officials import PHOENIX_PATH

    curated, both = load_officials(), default_officials()
    assert len(both) > len(curated) + 5000  # thousands more, from every state
    muluzi = both.find("Bakili Muluzi")[0]  # President of Malawi 1994-2004, from Phoenix only
    assert both.office_on(muluzi, date(1998, 5, 1)).org == "MWI"
    assert muluzi.surname_ambiguous  # named in full before the surname alone is read
    lavrov = both.find("Sergey Lavrov")
    assert lavrov and lavrov[0] == curated.find("Sergey Lavrov")[0]  # the curated entry wins
    assert [p.name for p in both.by_surname("Lavrov") if not p.surname_ambiguous] == [
        "Sergey Lavrov"
    ]  # a namesake in Phoenix never masks the curated person
    extra = load_officials(extra=[PHOENIX_PATH])
    assert {p.slug for p in extra} == {p.slug for p in both}


# -- shortened names: the first words of one person's longer name -------------------------------


def test_shortened_names_find_one_person_only(tmp_path: Path) -> None:
    people = [
        entry("Joseph Kabila Kabange", office("2001-01-17", "2019-01-24", org="COD")),
        entry("Kim Jong Un", office("2011-12-17", None, org="PRK"), surname="Kim"),
        entry("Kim Jong Il", office("1994-07-08", "2011-12-17", org="PRK"), surname="Kim"),
        entry("Juan Carlos Varela", office("2014-07-01", "2019-07-01", org="PAN")),
        entry("Carlos Alvarado Quesada", office("2018-05-08", "2022-05-08", org="CRI")),
        entry("Abdullah bin Zayed Al Nahyan", office("2006-02-09", None, org="ARE")),
        entry("George W. Bush", office("2001-01-20", "2009-01-20", org="USA")),
        entry("Ali Bongo", office("2009-10-16", "2023-08-30", org="GAB")),
        entry("Ali Bongo Ondimba", office("2009-10-16", "2023-08-30", org="GAB")),
        entry("Amir Khan Muttaqi", office("2021-09-07", None, org="AFG")),
        entry("Imran Khan", office("2018-08-18", "2022-04-10", org="PAK")),
        entry("Ayub Khan", office("1958-10-27", "1969-03-25", org="PAK")),
        entry("Yahya Khan", office("1969-03-25", "1971-12-20", org="PAK")),
    ]
    table = load_officials(write(tmp_path, {"people": people}))
    kabila = table.shortened("Joseph Kabila")
    assert kabila is not None and kabila.name == "Joseph Kabila Kabange"
    assert table.shortened("Joseph  Kabila") == kabila  # compared as names are
    assert table.shortened("Kim Jong") is None  # begins two names
    assert table.shortened("Juan Carlos") is None  # "Carlos" is a first name of the table
    assert table.shortened("Carlos Alvarado").name == "Carlos Alvarado Quesada"  # type: ignore[union-attr]
    assert table.shortened("Abdullah bin") is None  # ends with a particle
    assert table.shortened("George W.") is None  # ends with an initial
    assert table.shortened("Ali Bongo") is None  # someone's full name: `find` reads it
    assert table.shortened("Joseph") is None  # one word is a first name, not a name
    assert table.shortened("Amir Khan") is None  # three bear "Khan": anyone's name may end so
    assert table.shortened("Joseph Kabila Kabange") is None  # the full name is not short
    assert dict(table.short_forms())["Joseph Kabila"] == kabila


# -- coverage: a head for every state ------------------------------------------------------------

UN_MEMBERS = frozenset(
    """AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ BOL
     BRA BRB BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI
     DMA DNK DOM DZA ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB GNQ GRC
     GRD GTM GUY HND HRV HTI HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR
     KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV MEX MHL MKD MLI
     MLT MMR MNE MNG MOZ MRT MUS MWI MYS NAM NER NGA NIC NLD NOR NPL NRU NZL OMN PAK PAN PER PHL
     PLW PNG POL PRK PRT PRY QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE SLV SMR SOM SRB SSD STP SUR
     SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO TUN TUR TUV TZA UGA UKR URY USA UZB
     VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE""".split()  # noqa: SIM905 - a table to read, not a list
)
OTHER_STATES = frozenset({"PSE", "XKX", "TWN", "VAT"})  # Palestine, Kosovo, Taiwan, the Holy See
# San Marino's two Captains Regent change every six months and are not listed: its Secretary of
# State for Foreign and Political Affairs, who leads the government, stands for the state
STANDS_FOR_THE_STATE = {"SMR": frozenset({"foreign_minister"})}
LEADERS = HEAD_FAMILIES | {"pope"}
INDEPENDENT_SINCE = {"SSD": date(2011, 7, 9)}


def test_the_state_lists_are_whole() -> None:
    assert len(UN_MEMBERS) == 193
    assert all(pycountry.countries.get(alpha_3=code) for code in UN_MEMBERS)


@pytest.mark.parametrize("when", ["2010-06-01", "2020-01-01", "2024-06-01"])
def test_every_state_has_a_head_of_state_or_government(officials: Officials, when: str) -> None:
    """Read from the curated table alone: every UN member, Palestine, Kosovo, Taiwan and the
    Holy See had a head of state or of government in office on the day."""
    day = d(when)
    led = {
        o.org
        for p in officials
        for o in p.offices
        if o.held_on(day) and o.family in STANDS_FOR_THE_STATE.get(o.org, LEADERS)
    }
    states = {s for s in UN_MEMBERS | OTHER_STATES if INDEPENDENT_SINCE.get(s, day) <= day}
    assert sorted(states - led) == []


# -- a surname two people of the table bear: the date tells them apart ---------------------------


def test_a_shared_surname_names_whoever_was_in_office(tmp_path: Path) -> None:
    people = [
        entry("Viktor Orbán", office("2010-05-29", None, org="HUN", position="Prime Minister")),
        {
            **entry("Ludovic Orban", office("2019-11-04", "2020-12-23", org="ROU")),
            "surname": "Orban",
        },
        entry("Theresa May", office("2016-07-13", "2019-07-24", org="GBR")),
        {**entry("Brian May", office("2021-01-01", "2021-12-31", org="AUS")), "surname": "May"},
        {
            **entry("Ann Common", office("2018-01-01", "2018-12-31", org="FRA")),
            "surname_ambiguous": True,
        },
        entry("Bob Common", office("2010-01-01", "2012-12-31", org="DEU")),
    ]
    people[2]["surname_ambiguous"] = True  # "May" is a common word: never read alone
    table = load_officials(write(tmp_path, {"people": people}))
    viktor, ludovic = table.find("Viktor Orbán")[0], table.find("Ludovic Orban")[0]
    assert viktor.surname_ambiguous and viktor.shared_surname and ludovic.shared_surname
    assert table.sole_bearer("Orban", d("2018-01-01")) == viktor
    assert table.sole_bearer("Orbán", d("2021-06-01")) == viktor
    assert table.sole_bearer("Orban", d("2020-06-01")) is None  # both in office
    assert table.sole_bearer("Orban", None) is None  # no date, no telling
    assert table.sole_bearer("Orban", d("1990-01-01")) is None  # neither in office
    # a bearer the data marks ambiguous is never read from the surname alone ...
    assert table.sole_bearer("May", d("2017-01-01")) is None
    assert table.sole_bearer("May", d("2021-06-01")) == table.find("Brian May")[0]
    # ... and does not hide the namesake the date names
    assert table.sole_bearer("Common", d("2011-01-01")) == table.find("Bob Common")[0]
    assert table.sole_bearer("Common", d("2018-06-01")) is None
    # a variant is no shared surname: "Sabah" read by date would take a Malaysian state
    sabah = {
        **entry("Sabah Al-Ahmad", office("2006-01-29", "2020-09-29", org="KWT")),
        "surname": "Al-Sabah",
        "surname_variants": ["Sabah"],
    }
    nawaf = {
        **entry("Nawaf Al-Ahmad", office("2020-09-29", None, org="KWT")),
        "surname": "Al-Sabah",
    }
    emirs = load_officials(write(tmp_path, {"people": [sabah, nawaf]}, "emirs.json"))
    assert emirs.sole_bearer("Al-Sabah", d("2015-01-01")) == emirs.find("Sabah Al-Ahmad")[0]
    assert emirs.sole_bearer("Sabah", d("2015-01-01")) is None
    # one clear bearer needs no date
    assert table.sole_bearer("Lavrov", None) is None
    lone = load_officials(
        write(tmp_path, {"people": [entry("Sergey Lavrov", office("2004", None))]}, "one.json")
    )
    assert lone.sole_bearer("Lavrov", None) == lone.find("Sergey Lavrov")[0]
