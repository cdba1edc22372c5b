"""Tests of the actor gazetteer (kg.actors.gazetteer) and of its generator script."""

from __future__ import annotations

import importlib.util
import json
import shutil
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from kg.actors.gazetteer import (
    DATA_DIR,
    Gazetteer,
    NameKind,
    OrgKind,
    Surface,
    default_gazetteer,
    load_gazetteer,
)
from kg.errors import DataError, UnknownActor
from kg.types import ActorKind

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "make_countries.py"

# the 193 member states of the United Nations, by ISO 3166-1 alpha-3 code
UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE PRK DNK
DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB
GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO
LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB
ZWE
""".split()  # noqa: SIM905 (a block of codes reads better)
OTHER_STATES = ["VAT", "PSE", "TWN", "XKX"]  # UN observers, and states news treats as such


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled data files."""
    for name in ("countries.json", "organizations.json"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    return tmp_path


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_countries", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def keys(surfaces: list[Surface]) -> list[str]:
    return [surface.actor.key for surface in surfaces]


# ---- coverage ---------------------------------------------------------------------------------


def test_un_member_list_is_complete() -> None:
    assert len(set(UN_MEMBERS)) == len(UN_MEMBERS) == 193


@pytest.mark.parametrize("code", UN_MEMBERS + OTHER_STATES)
def test_every_state_is_a_sovereign_country(gazetteer: Gazetteer, code: str) -> None:
    actor = gazetteer.country(code)
    assert actor.key == f"country/{code}"
    assert actor.kind is ActorKind.COUNTRY
    assert actor.code == code
    assert gazetteer.is_sovereign(code)


def test_sovereign_only_lists_states_not_territories(gazetteer: Gazetteer) -> None:
    states = {actor.code for actor in gazetteer.countries(sovereign_only=True)}
    assert states == set(UN_MEMBERS + OTHER_STATES)
    everything = {actor.code for actor in gazetteer.countries()}
    assert {"PRI", "HKG", "GRL", "ESH"} <= everything - states


@pytest.mark.parametrize(
    "code", ["UN", "EU", "NATO", "AU", "ASEAN", "OPEC", "IAEA", "WTO", "IMF", "WB"]
)
def test_contract_organizations(gazetteer: Gazetteer, code: str) -> None:
    actor = gazetteer.organization(code)
    assert actor.key == f"org/{code}"
    assert actor.kind is ActorKind.ORGANIZATION
    assert gazetteer.state_key(actor.key) == actor.key
    assert actor.key in keys(gazetteer.lookup(actor.label))


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("RUS", "Russia"),
        ("USA", "United States"),
        ("GBR", "United Kingdom"),
        ("KOR", "South Korea"),
        ("PRK", "North Korea"),
        ("IRN", "Iran"),
        ("SYR", "Syria"),
        ("VNM", "Vietnam"),
        ("BOL", "Bolivia"),
        ("TWN", "Taiwan"),
        ("XKX", "Kosovo"),
        ("CIV", "Ivory Coast"),
    ],
)
def test_labels_are_common_short_names(gazetteer: Gazetteer, code: str, label: str) -> None:
    assert gazetteer.country(code).label == label


# ---- look-ups ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "kind"),
    [
        ("US", "country/USA", NameKind.NAME),
        ("U.S.", "country/USA", NameKind.NAME),
        ("United States", "country/USA", NameKind.NAME),
        ("the United States", "country/USA", NameKind.NAME),
        ("America", "country/USA", NameKind.NAME),
        ("Americans", "country/USA", NameKind.DEMONYM),
        ("Washington", "country/USA", NameKind.CAPITAL),
        ("White House", "country/USA", NameKind.METONYM),
        ("The White House", "country/USA", NameKind.METONYM),
        ("Pentagon", "country/USA", NameKind.METONYM),
        ("U.S. Africa Command", "country/USA", NameKind.METONYM),  # a combatant command
        ("SOUTHCOM", "country/USA", NameKind.METONYM),
        ("Moscow", "country/RUS", NameKind.CAPITAL),
        ("Kremlin", "country/RUS", NameKind.METONYM),
        ("the Kremlin", "country/RUS", NameKind.METONYM),
        ("Russian", "country/RUS", NameKind.DEMONYM),
        ("Russians", "country/RUS", NameKind.DEMONYM),
        ("Russian Federation", "country/RUS", NameKind.NAME),
        ("Havana", "country/CUB", NameKind.CAPITAL),
        ("Cuban", "country/CUB", NameKind.DEMONYM),
        ("Beijing", "country/CHN", NameKind.CAPITAL),
        ("Chinese", "country/CHN", NameKind.DEMONYM),
        ("Britain", "country/GBR", NameKind.NAME),
        ("British", "country/GBR", NameKind.DEMONYM),
        ("UK", "country/GBR", NameKind.NAME),
        ("Downing Street", "country/GBR", NameKind.METONYM),
        ("DPRK", "country/PRK", NameKind.NAME),
        ("Pyongyang", "country/PRK", NameKind.CAPITAL),
        ("ROK", "country/KOR", NameKind.NAME),
        ("Burma", "country/MMR", NameKind.NAME),
        ("Czechia", "country/CZE", NameKind.NAME),
        ("Kyiv", "country/UKR", NameKind.CAPITAL),
        ("Kiev", "country/UKR", NameKind.CAPITAL),
        ("Emirati", "country/ARE", NameKind.DEMONYM),
        ("Saudis", "country/SAU", NameKind.DEMONYM),
        ("Tel Aviv", "country/ISR", NameKind.CAPITAL),
        ("Quai d'Orsay", "country/FRA", NameKind.METONYM),
        ("General Assembly", "org/UNGA", NameKind.NAME),
        ("U.N. Security Council", "org/UNSC", NameKind.NAME),
        ("World Bank", "org/WB", NameKind.NAME),
        ("NATO", "org/NATO", NameKind.NAME),
        ("IAEA", "org/IAEA", NameKind.NAME),
        ("European Commission", "org/EC", NameKind.NAME),
    ],
)
def test_lookup(gazetteer: Gazetteer, text: str, key: str, kind: NameKind) -> None:
    hits = gazetteer.lookup(text)
    assert keys(hits) == [key]
    assert hits[0].kind is kind


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Côte d'Ivoire", "CIV"),
        ("Cote d'Ivoire", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("Ivory Coast", "CIV"),
        ("Elysee", "FRA"),
        ("Élysée", "FRA"),
        ("Quai d’Orsay", "FRA"),
        ("Bogota", "COL"),
        ("Türkiye", "TUR"),
        ("Nuku’alofa", "TON"),
        ("The Gambia", "GMB"),
        ("the Netherlands", "NLD"),
        ("The Hague", "NLD"),
    ],
)
def test_lookup_tolerates_accents_apostrophes_and_article(
    gazetteer: Gazetteer, text: str, code: str
) -> None:
    assert keys(gazetteer.lookup(text)) == [f"country/{code}"]


@pytest.mark.parametrize(
    "text", ["us", "russia", "kremlin", "the", "", "Atlantis", "united states"]
)
def test_lookup_is_case_sensitive_and_exact(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.lookup(text) == []


@pytest.mark.parametrize("text", ["the Council", "Council", "Commission", "the Commission"])
def test_vague_organ_names_are_not_surfaces(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.lookup(text) == []


# ---- ambiguity --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Georgia", "Jordan", "Washington", "Chad", "Congo", "Korea", "Guinea", "Niger"]
)
def test_ambiguous_forms_are_flagged(gazetteer: Gazetteer, text: str) -> None:
    hits = gazetteer.lookup(text)
    assert hits and all(surface.ambiguous for surface in hits)


@pytest.mark.parametrize("text", ["Russia", "Moscow", "United States", "U.S.", "Cuba", "Kremlin"])
def test_clear_forms_are_not_flagged(gazetteer: Gazetteer, text: str) -> None:
    assert [surface.ambiguous for surface in gazetteer.lookup(text)] == [False]


def test_no_unflagged_form_names_two_actors(gazetteer: Gazetteer) -> None:
    owners: dict[str, list[Surface]] = defaultdict(list)
    for surface in gazetteer.surfaces():
        owners[surface.text].append(surface)
    shared = {
        text: surfaces
        for text, surfaces in owners.items()
        if len({s.actor.key for s in surfaces}) > 1
    }
    unflagged = sorted(
        text for text, surfaces in shared.items() if not all(s.ambiguous for s in surfaces)
    )
    assert unflagged == []
    assert {"Congo", "Korea", "Korean", "Dominican", "Brussels"} <= shared.keys()


def test_blockers_contain_a_form_but_are_none(gazetteer: Gazetteer) -> None:
    blockers = gazetteer.blockers()
    assert {"New Mexico", "South China Sea", "Gulf of Guinea", "Northern Ireland"} <= set(blockers)
    assert all(gazetteer.lookup(blocker) == [] for blocker in blockers)


# ---- surfaces and actors ----------------------------------------------------------------------


def test_surfaces_are_bare_and_include_variants(gazetteer: Gazetteer) -> None:
    surfaces = list(gazetteer.surfaces())
    texts = {surface.text for surface in surfaces}
    assert not any(text.startswith("the ") for text in texts)
    assert {
        "Kremlin",
        "White House",
        "United States",
        "Côte d'Ivoire",
        "Cote d'Ivoire",
        "Côte d’Ivoire",
    } <= texts
    plain = {surface.text for surface in gazetteer.surfaces(with_variants=False)}
    assert "Côte d’Ivoire" not in plain and plain < texts
    assert len(surfaces) == len({(s.text, s.actor.key) for s in surfaces})


def test_every_label_is_a_surface_of_its_actor(gazetteer: Gazetteer) -> None:
    for actor in gazetteer.countries() + gazetteer.organizations():
        assert actor.key in keys(gazetteer.lookup(actor.label)), actor.label


def test_country_actor_record(gazetteer: Gazetteer) -> None:
    russia = gazetteer.actor("country/RUS")
    assert russia == gazetteer.country("RUS")
    assert russia.label == "Russia" and russia.affiliation is None
    assert {"Russian Federation", "Moscow", "Kremlin"} <= set(russia.alt_labels)
    assert "Russian" not in russia.alt_labels and "Russia" not in russia.alt_labels
    assert russia.iri == "https://w3id.org/irkg/id/country/RUS"


@pytest.mark.parametrize(
    ("key", "state", "kind"),
    [
        ("org/UNGA", "org/UN", OrgKind.ORGAN),
        ("org/UNSC", "org/UN", OrgKind.ORGAN),
        ("org/EC", "org/EU", OrgKind.ORGAN),
        ("org/NAC", "org/NATO", OrgKind.ORGAN),
        ("org/UN", "org/UN", OrgKind.ORGANIZATION),
        ("org/G7", "org/G7", OrgKind.FORUM),
    ],
)
def test_state_key_of_organisations(
    gazetteer: Gazetteer, key: str, state: str, kind: OrgKind
) -> None:
    assert gazetteer.state_key(key) == state
    assert gazetteer.org_kind(gazetteer.actor(key).code or "") is kind
    if kind is OrgKind.ORGAN:
        assert gazetteer.actor(key).affiliation == state


@pytest.mark.parametrize("key", ["country/RUS", "person/sergey-lavrov", "org/unknown"])
def test_state_key_leaves_other_keys_alone(gazetteer: Gazetteer, key: str) -> None:
    assert gazetteer.state_key(key) == key


@pytest.mark.parametrize("key", ["country/XXX", "org/NOPE", "RUS", ""])
def test_unknown_actor_raises(gazetteer: Gazetteer, key: str) -> None:
    with pytest.raises(UnknownActor, match="no actor"):
        gazetteer.actor(key)
    with pytest.raises(KeyError):
        gazetteer.actor(key)
    with pytest.raises(DataError):
        gazetteer.actor(key)


def test_countries_and_organizations_are_sorted(gazetteer: Gazetteer) -> None:
    for actors in (gazetteer.countries(), gazetteer.organizations()):
        codes = [actor.code or "" for actor in actors]
        assert codes == sorted(codes)
    assert len(gazetteer.countries()) >= 250


# ---- loading ----------------------------------------------------------------------------------


def test_default_gazetteer_is_cached() -> None:
    assert default_gazetteer() is default_gazetteer()


def test_load_from_a_folder(data_copy: Path) -> None:
    loaded = load_gazetteer(data_copy)
    assert keys(loaded.lookup("Kremlin")) == ["country/RUS"]


@pytest.mark.parametrize("name", ["countries.json", "organizations.json"])
def test_missing_file_raises_data_error_naming_it(data_copy: Path, name: str) -> None:
    (data_copy / name).unlink()
    with pytest.raises(DataError, match=name):
        load_gazetteer(data_copy)


Records = list[dict[str, object]]
Edit = Callable[[Records], None]


def _rewrite(path: Path, edit: Edit) -> None:
    records = json.loads(path.read_text(encoding="utf-8"))
    edit(records)
    path.write_text(json.dumps(records), encoding="utf-8")


def _set(code: str, field: str, value: object) -> Edit:
    def edit(records: Records) -> None:
        next(record for record in records if record["code"] == code)[field] = value

    return edit


@pytest.mark.parametrize(
    ("name", "edit", "message"),
    [
        ("countries.json", _set("RUS", "names", "Russia"), "'names' must be a list"),
        (
            "countries.json",
            _set("RUS", "names", ["the Russian Federation"]),
            "without the leading 'the'",
        ),
        ("countries.json", _set("RUS", "name", ""), "'name' must be a non-empty string"),
        ("countries.json", _set("RUS", "ambiguous", ["Atlantis"]), "'ambiguous' lists"),
        ("countries.json", _set("RUS", "sovereign", "yes"), "true or false"),
        ("countries.json", lambda records: records.append(dict(records[0])), "defined twice"),
        ("organizations.json", _set("UNSC", "parent", "NOPE"), "'parent'"),
        ("organizations.json", _set("UNSC", "kind", "club"), "'kind' must be one of"),
        ("organizations.json", _set("UN", "parent", "UNSC"), "organ"),
        ("organizations.json", _set("NATO", "names", [" NATO"]), "trimmed"),
    ],
)
def test_malformed_file_raises_data_error_naming_it(
    data_copy: Path, name: str, edit: Edit, message: str
) -> None:
    _rewrite(data_copy / name, edit)
    with pytest.raises(DataError, match=message) as caught:
        load_gazetteer(data_copy)
    assert str(data_copy / name) in str(caught.value)


@pytest.mark.parametrize("content", ["{not json", '{"code": "RUS"}', "[1, 2]", ""])
def test_invalid_json_raises_data_error_naming_it(data_copy: Path, content: str) -> None:
    (data_copy / "countries.json").write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match="countries.json"):
        load_gazetteer(data_copy)


def test_parent_cycle_raises(data_copy: Path) -> None:
    def loop(records: Records) -> None:
        for record in records:
            if record["code"] == "UN":
                record.update(kind="organ", parent="UNGA")

    _rewrite(data_copy / "organizations.json", loop)
    with pytest.raises(DataError, match="organizations.json.*loops"):
        load_gazetteer(data_copy)


# ---- the generator ----------------------------------------------------------------------------


def test_generator_reproduces_the_committed_file() -> None:
    script = load_script()
    expected = (DATA_DIR / "countries.json").read_text(encoding="utf-8")
    assert script.render(script.build()) == expected
    assert script.render(script.build()) == expected  # and again: deterministic


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Korea, Republic of", "Republic of Korea"),
        ("Virgin Islands, U.S.", "U.S. Virgin Islands"),
        ("Congo, The Democratic Republic of the", "Democratic Republic of the Congo"),
        ("Holy See (Vatican City State)", "Holy See"),
        ("the State of Eritrea", "State of Eritrea"),
        ("Bonaire, Sint Eustatius and Saba", "Bonaire, Sint Eustatius and Saba"),
    ],
)
def test_generator_cleans_pycountry_names(raw: str, clean: str) -> None:
    assert load_script().clean_pycountry_name(raw) == clean


def test_generator_rejects_unflagged_clash(tmp_path: Path) -> None:
    script = load_script()
    curated = json.loads(script.CURATED.read_text(encoding="utf-8"))
    curated["GEO"]["ambiguous"] = []
    curated["USA"]["names"].append("Georgia")
    path = tmp_path / "curated.json"
    path.write_text(json.dumps(curated), encoding="utf-8")
    with pytest.raises(script.CuratedError, match="'Georgia' \\(GEO, USA\\)"):
        script.build(path)


def test_generator_output_shape() -> None:
    records = json.loads((DATA_DIR / "countries.json").read_text(encoding="utf-8"))
    assert [record["code"] for record in records] == sorted(record["code"] for record in records)
    fields = [
        "code",
        "name",
        "sovereign",
        "names",
        "demonyms",
        "capitals",
        "metonyms",
        "ambiguous",
        "blockers",
    ]
    assert all(list(record) == fields for record in records)
    assert all(record["names"][0] == record["name"] for record in records)


# ---- with a phrase matcher (spaCy's tokenizer only, no trained model) ---------------------------


def test_surfaces_and_blockers_work_in_a_phrase_matcher(gazetteer: Gazetteer) -> None:
    spacy = pytest.importorskip("spacy")
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span
    from spacy.util import filter_spans

    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    owners: dict[str, set[str]] = defaultdict(set)
    for surface in gazetteer.surfaces():
        matcher.add(surface.text, [nlp.make_doc(surface.text)])
        owners[surface.text].add(surface.actor.key)
    matcher.add("BLOCKED", [nlp.make_doc(text) for text in gazetteer.blockers()])
    doc = nlp(
        "Russian Foreign Minister Sergey Lavrov said in Havana that the U.S. embargo, backed by "
        "the White House, is illegal; the UN General Assembly disagrees with Washington. "
        "Ships in the South China Sea and Côte d’Ivoire's envoy met North Korea's DPRK officials."
    )
    found = []
    spans = [Span(doc, start, end, label=match_id) for match_id, start, end in matcher(doc)]
    for span in filter_spans(spans):
        owner = "blocked" if span.label_ == "BLOCKED" else min(owners[span.label_])
        found.append((span.text, owner))
    assert found == [
        ("Russian", "country/RUS"),
        ("Havana", "country/CUB"),
        ("U.S.", "country/USA"),
        ("White House", "country/USA"),
        ("UN General Assembly", "org/UNGA"),
        ("Washington", "country/USA"),
        ("South China Sea", "blocked"),
        ("Côte d’Ivoire", "country/CIV"),
        ("North Korea", "country/PRK"),
        ("DPRK", "country/PRK"),
    ]
