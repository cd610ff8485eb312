"""The actor dictionary: required resolutions, alias families, data-file validity, the CLI."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.extraction import actors as dictionary
from loaders.extraction.actors import (
    SECTORS,
    Actor,
    ActorDataError,
    actor_patterns,
    combination_tables,
    resolve_actor,
)
from loaders.extraction.actors.cameo import parse_cameo_agents
from loaders.extraction.actors.dictionary import FORMER_CODES
from loaders.extraction.places import country_codes
from tests.conftest import REPO, shared_file

DATA = REPO / "loaders" / "data"
# The codes the bundled dictionary uses; each must be in the full ISO list (places_countries.csv).
CODES_IN_USE = {"SYR", "RUS", "USA", "IRN", "FRA", "TUR", "ISR", "IRQ", "SAU", "GBR", "JOR", "LBN",
                "QAT", "ARE", "DEU", "CHN", "PSE", "AFG", "PAK"}  # fmt: skip


def _as_tuple(actor: Actor | None) -> tuple[str | None, str | None, str | None]:
    return (actor.name, actor.country, actor.sector) if actor else (None, None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("American warplanes", ("United States", "USA", "MIL")),
        ("Moscow", ("Russia", "RUS", "GOV")),
        ("the Free Syrian Army", ("Free Syrian Army", "SYR", "REB")),
        ("Daesh", ("Islamic State", None, "IMG")),
        ("ISIL", ("Islamic State", None, "IMG")),
        ("xyzzy", (None, None, None)),
        ("Russian strikes", ("Russia", "RUS", "MIL")),
        ("Russian warplanes", ("Russia", "RUS", "MIL")),
        ("Syrian soldiers", ("Syria", "SYR", "MIL")),
        ("Iranian general", ("Iran", "IRN", "MIL")),
        ("French Defence Minister", ("France", "FRA", "GOV")),
        ("Syrian rebels", ("Rebel groups", "SYR", "REB")),
        ("rebels", ("Rebel groups", None, "REB")),
        ("rebel groups", ("Rebel groups", None, "REB")),
        ("jihadists", ("Jihadists", None, "REB")),
        ("the jihadists", ("Jihadists", None, "REB")),
        ("Western governments", ("Western governments", None, "GOV")),
        ("US-led coalition", ("US-led coalition", "USA", "MIL")),  # led by the US
        ("Iran's Revolutionary Guards", ("Islamic Revolutionary Guard Corps", "IRN", "MIL")),
        ("the Kremlin", ("Russia", "RUS", "GOV")),
        ("the Russian General Staff", ("Russia", "RUS", "MIL")),
        ("Syrian Arab Army", ("Syria", "SYR", "MIL")),
        ("the regime", ("Syria", "SYR", "GOV")),
        ("Washington", ("United States", "USA", "GOV")),
        ("Pentagon", ("United States", "USA", "MIL")),
        ("a U.S. official", ("United States", "USA", "GOV")),
        ("the Observatory", ("Syrian Observatory for Human Rights", "SYR", "NGO")),
        ("Hezbollah fighters", ("Hezbollah", "LBN", "REB")),
        # People acting for an institution are that institution (CAMEO convention).
        ("Syrian President Bashar al-Assad", ("Syria", "SYR", "GOV")),
        ("Russian Defence Minister Sergei Shoigu", ("Russia", "RUS", "GOV")),
        ("General Hossein Hamedani", ("Islamic Revolutionary Guard Corps", "IRN", "MIL")),
        ("Thomas Pierret", ("Thomas Pierret", "BEL", "EDU")),  # no institution: the person
        ("the Syrian Foreign Minister Walid Muallem", ("Syria", "SYR", "GOV")),
        ("  the   FREE syrian ARMY ", ("Free Syrian Army", "SYR", "REB")),
        ("Liwa Suqour al-Jabal", ("Liwa Suqour al-Jabal", "SYR", "REB")),
        ("SANA", ("SANA", "SYR", "GOV")),
        ("Reuters", ("Reuters", "GBR", "MED")),
        ("civilians", ("Civilians", None, "CVL")),
        ("strikes", (None, None, None)),  # an action noun is an actor only with an owner
        ("is", (None, None, None)),  # "IS" only in capitals
        ("who", (None, None, None)),  # "WHO" only in capitals
        ("a Syrian city", (None, None, None)),
        ("the Syrian Coalition", ("Syrian National Coalition", "SYR", "OPP")),
        ("Russian regime", ("Russia", "RUS", "GOV")),  # "regime" alone is Syria's
        ("Iranian-backed militias", ("Shia militias", None, "UAF")),  # sponsored, not Iran
        ("Turkish-backed Free Syrian Army", ("Free Syrian Army", "SYR", "REB")),
        ("U.S.-led coalition", ("US-led coalition", "USA", "MIL")),
        ("Republican Guard", ("Syria", "SYR", "MIL")),
        ("Turkish Armed Forces", ("Turkey", "TUR", "MIL")),
        ("the Syrian capital", (None, None, None)),  # a place, not a government
    ],
)
def test_required_resolutions(text: str, expected: tuple) -> None:
    assert _as_tuple(resolve_actor(text)) == expected


@pytest.mark.parametrize(
    "family",
    [
        ["Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Islamic State group",
         "the Islamic State"],
        ["Nusra Front", "al-Nusra", "Jabhat al-Nusra", "Jabhat Fateh al-Sham", "Nusra", "al Nusra"],
        ["Hezbollah", "Hizbollah", "Hizbullah", "Lebanon's Hezbollah"],
        ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards",
         "Revolutionary Guard Corps", "the Guards", "Iran's Revolutionary Guards"],
        ["Syrian Observatory for Human Rights", "SOHR", "the Observatory", "a monitoring group",
         "the monitor", "the Britain-based Syrian Observatory for Human Rights"],
        ["Free Syrian Army", "FSA", "the FSA"],
        ["United States", "US", "U.S.", "USA", "America", "Washington"],
    ],
)  # fmt: skip
def test_alias_families_resolve_to_one_entity(family: list[str]) -> None:
    resolved = {_as_tuple(resolve_actor(alias)) for alias in family}
    assert len(resolved) == 1 and None not in next(iter(resolved))[:1], resolved


def _yaml_entries() -> Iterator[tuple[Path, str, dict]]:
    for path in sorted(DATA.glob("actors*.yaml")):
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
        for key in ("actors", "agents"):
            for entry in content.get(key) or []:
                yield path, key, entry


def test_every_named_alias_resolves_to_its_own_entry() -> None:
    for path, key, entry in _yaml_entries():
        if key != "actors":
            continue
        expected = (entry["name"], entry["country"], entry["sector"])
        for alias in [*(entry.get("aliases") or []), *(entry.get("exact_aliases") or [])]:
            assert _as_tuple(resolve_actor(alias)) == expected, (path.name, alias)


def test_sectors_and_countries_are_valid_everywhere() -> None:
    iso = country_codes()
    assert len(iso) == 249
    assert CODES_IN_USE.issubset(iso)
    # ISO codes, Kosovo's XKX (countries.csv) and the former codes of dissolved states
    valid = iso | {"XKX"} | FORMER_CODES
    used: set[str] = set()
    for path, _key, entry in _yaml_entries():
        assert entry["sector"] in SECTORS, (path.name, entry["name"])
        if entry.get("country") is not None:
            assert entry["country"] in valid, (path.name, entry["name"])
            used.add(entry["country"])
    assert {"SYR", "RUS", "USA", "IRN", "FRA", "SUN"} <= used
    with (DATA / "actors_cameo_agents.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    assert len(rows) > 2000
    assert {row["sector"] for row in rows} <= SECTORS


def test_cameo_table_is_the_parse_of_the_published_dictionary() -> None:
    source = shared_file("data/reference/cameo_agents.txt")
    parsed = parse_cameo_agents(source.read_text(encoding="utf-8", errors="replace").splitlines())
    with (DATA / "actors_cameo_agents.csv").open(encoding="utf-8") as handle:
        bundled = [
            (row["noun"], row["sector"], row["cameo_code"])
            for row in csv.DictReader(line for line in handle if not line.startswith("#"))
        ]
    assert bundled == parsed
    table = {noun: sector for noun, sector, _code in parsed}
    assert table["soldier"] == "MIL" and table["rebel"] == "REB" and table["minister"] == "GOV"
    assert table["defence minister"] == "GOV" and table["spokesman"] == "MED"  # JRN read as MED


def test_patterns_cover_names_and_aliases() -> None:
    patterns = actor_patterns()
    assert all(p["label"] in ("ACTOR", "GPE") and p["id"] and p["pattern"] for p in patterns)
    by_id: dict[str, list[list[dict]]] = {}
    for pattern in patterns:
        by_id.setdefault(pattern["id"], []).append(pattern["pattern"])
    assert [{"LOWER": "daesh"}] in by_id["Islamic State"]
    assert [{"TEXT": "IS"}] in by_id["Islamic State"]  # case-sensitive: never the verb "is"
    assert [{"LOWER": "liwa"}, {"LOWER": "suqour"}, {"LOWER": "al"}, {"LOWER": "-"},
            {"LOWER": "jabal"}] in by_id["Liwa Suqour al-Jabal"]  # fmt: skip
    # owner + agent combinations are lookup tables of the component, not patterns
    assert not any(isinstance(t.get("LOWER"), dict) for p in patterns for t in p["pattern"])
    owners, nouns = combination_tables()
    assert {"Russian", "Kenyan"} <= set(owners) and {"warplanes", "soldiers"} <= set(nouns)


@pytest.fixture(scope="module")
def ruler_nlp():  # the real English model with the dictionary component, as the pipeline adds it
    import spacy

    from loaders.extraction import lookup  # noqa: F401 - registers the factory
    from loaders.extraction.model import model_name

    nlp = spacy.load(model_name())
    nlp.add_pipe("wirehouse_dictionary", before="ner")
    return nlp


def test_patterns_find_actors_in_text(ruler_nlp) -> None:
    doc = ruler_nlp(
        "Russian warplanes hit positions of the Free Syrian Army near Hama, Moscow said. "
        "Daesh is retreating, the monitoring group said, but we will monitor the area."
    )
    actors = {(ent.text, ent.ent_id_) for ent in doc.ents if ent.label_ == "ACTOR"}
    assert ("Russian warplanes", "Russia") in actors
    assert ("Free Syrian Army", "Free Syrian Army") in actors
    assert ("Moscow", "Russia") in actors
    assert ("Daesh", "Islamic State") in actors
    assert ("monitoring group", "Syrian Observatory for Human Rights") in actors
    assert not any(ent.text in ("is", "monitor") for ent in doc.ents if ent.label_ == "ACTOR")
    doc = ruler_nlp("The border guards moved to the west of the Syrian capital.")
    assert [ent.text for ent in doc.ents if ent.label_ == "ACTOR"] == []
    doc = ruler_nlp("Kenyan police fired on Ugandan protesters near the Congolese border.")
    actors = {(ent.text, ent.ent_id_) for ent in doc.ents if ent.label_ == "ACTOR"}
    assert ("Kenyan police", "Kenya") in actors
    # world countries and capitals are GPE (actor and place), never inside a longer name
    doc = ruler_nlp("Insurgents seized Mocimboa da Praia, and Praia said Burkina Faso helped.")
    spans = {(ent.text, ent.label_) for ent in doc.ents}
    assert ("Burkina Faso", "GPE") in spans and ("Praia", "GPE") in spans
    inside = [t.i for t in doc if t.text == "Praia"][0]  # the one in "Mocimboa da Praia"
    assert not any(ent.start <= inside < ent.end and ent.label_ == "GPE" for ent in doc.ents)


@pytest.fixture
def user_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "my_actors.yaml"
    monkeypatch.setenv(dictionary.USER_FILES_VARIABLE, str(path))
    dictionary.reload()
    yield path
    monkeypatch.delenv(dictionary.USER_FILES_VARIABLE)
    dictionary.reload()


def test_users_extend_the_dictionary_with_a_yaml_file(user_file: Path) -> None:
    user_file.write_text(
        "actors:\n"
        "  - name: Army of Glory\n    kind: armed_group\n    country: SYR\n    sector: REB\n"
        "    aliases: [Jaish al-Izza, Jaysh al-Izza]\n"
        "agents:\n  - name: Snipers\n    sector: MIL\n    nouns: [sniper]\n",
        encoding="utf-8",
    )
    assert _as_tuple(resolve_actor("Jaysh al-Izza")) == ("Army of Glory", "SYR", "REB")
    assert _as_tuple(resolve_actor("Russian snipers")) == ("Russia", "RUS", "MIL")
    assert _as_tuple(resolve_actor("Moscow")) == ("Russia", "RUS", "GOV")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("actors:\n  - name: Foo\n    kind: state\n    country: XXX\n    sector: GOV\n",
         "actors entry 1 ('Foo'): country 'XXX' is not an ISO 3166-1 alpha-3 code"),
        ("actors:\n  - name: Foo\n    kind: state\n    country: SYR\n    sector: ARMY\n",
         "actors entry 1 ('Foo'): sector 'ARMY' is not one of"),
        ("actors:\n  - name: Foo\n    kind: gang\n    country: null\n    sector: REB\n",
         "actors entry 1 ('Foo'): kind 'gang' is not one of"),
        ("actors:\n  - kind: state\n    sector: GOV\n", "actors entry 1: 'name' is required"),
        ("actors:\n  - name: Foo\n    kind: armed_group\n    sector: REB\n    alias: [Bar]\n",
         "unknown field(s) ['alias']"),
        ("actors:\n  - name: Foo\n    kind: armed_group\n    sector: REB\n    aliases: Daesh\n",
         "alias 'daesh' already means Islamic State"),
        ("agents:\n  - name: Snipers\n    nouns: [sniper]\n", "'sector' is required"),
        ("actors: [\n", "not valid YAML"),
    ],
)  # fmt: skip
def test_malformed_user_entries_are_named(user_file: Path, content: str, message: str) -> None:
    user_file.write_text(content, encoding="utf-8")
    with pytest.raises(ActorDataError) as caught:
        resolve_actor("Moscow")
    assert str(user_file) in str(caught.value) and message in str(caught.value)


def test_cli_resolves_one_json_object_per_text() -> None:
    texts = ["American warplanes", "Moscow", "the Free Syrian Army", "xyzzy"]
    result = subprocess.run(
        [sys.executable, "-m", "loaders.cli", "actors", "resolve", *texts],
        capture_output=True, text=True, check=True, cwd=REPO,
    )  # fmt: skip
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == [
        {"text": "American warplanes", "name": "United States", "country": "USA", "sector": "MIL"},
        {"text": "Moscow", "name": "Russia", "country": "RUS", "sector": "GOV"},
        {"text": "the Free Syrian Army", "name": "Free Syrian Army", "country": "SYR",
         "sector": "REB"},
        {"text": "xyzzy", "name": None, "country": None, "sector": None},
    ]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_resolves_or_is_none_without_error(text: str) -> None:
    actor = resolve_actor(text)
    assert actor is None or (actor.sector in SECTORS and actor.name)


def test_a_long_passage_is_no_mention() -> None:
    assert resolve_actor(" ".join(["Russian warplanes"] * 30)) is None


def test_cli_names_a_malformed_user_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("actors:\n  - name: Foo\n    kind: state\n    sector: ARMY\n")
    env = {**os.environ, dictionary.USER_FILES_VARIABLE: str(broken)}
    result = subprocess.run(
        [sys.executable, "-m", "loaders.cli", "actors", "resolve", "Moscow"],
        capture_output=True, text=True, cwd=REPO, env=env,
    )  # fmt: skip
    assert result.returncode == 1 and result.stdout == ""
    assert f"{broken}: actors entry 1 ('Foo'): sector 'ARMY'" in result.stderr
    assert "Traceback" not in result.stderr


def test_patterns_are_identical_in_every_process() -> None:
    # Extraction must not depend on the interpreter's string-hash seed (n_process > 1, reruns).
    script = (
        "import hashlib, json\n"
        "from loaders.extraction.actors import actor_patterns\n"
        "from loaders.extraction.place_patterns import place_patterns\n"
        "both = json.dumps([actor_patterns(), place_patterns()])\n"
        "print(hashlib.sha256(both.encode()).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1


# --- world tables (loaders/data/world/*.csv) ---------------------------------------------------

WORLD_FILES = {
    "countries.csv": "iso3,iso2,name,other_names,adjectives,demonyms_singular,demonyms_plural,"
    "capital,seats,source\n"
    "KEN,KE,Kenya,Republic of Kenya,Kenyan,Kenyan,Kenyans,Nairobi,Nairobi|State House,test\n"
    "COD,CD,Democratic Republic of the Congo,DR Congo|DRC,Congolese,Congolese,Congolese,"
    "Kinshasa,Kinshasa,test\n"
    "COG,CG,Republic of the Congo,Congo-Brazzaville,Congolese,Congolese,Congolese,Brazzaville,"
    "Brazzaville,test\n",
    "office_holders.csv": "name,aliases,country_iso3,sector,role,start_year,end_year,source\n"
    "Amani Wekesa,President Wekesa,KEN,GOV,president,2019,,test\n"
    "Amani Wekesa,,KEN,MIL,army chief,2010,2018,test\n",
    "institutions.csv": "name,aliases,country_iso3,sector,kind,source\n"
    "National Intelligence Service,NIS,KEN,SPY,intelligence,test\n",
    "international_bodies.csv": "name,aliases,sector,kind,source\n"
    "Lake Basin Commission,LBC,IGO,regional,test\n",
}


@pytest.fixture
def world_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for name, content in WORLD_FILES.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    monkeypatch.setenv("WIREHOUSE_WORLD_DIR", str(tmp_path))
    dictionary.reload()
    yield tmp_path
    monkeypatch.delenv("WIREHOUSE_WORLD_DIR")
    dictionary.reload()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan troops", ("Kenya", "KEN", "MIL")),
        ("two Kenyans", ("Civilians", "KEN", "CVL")),
        ("the Kenyans", ("Kenya", "KEN", "GOV")),
        ("State House", ("Kenya", "KEN", "GOV")),
        ("Congolese soldiers", ("Democratic Republic of the Congo", "COD", "MIL")),  # populous
        ("the NIS", ("Kenya", "KEN", "SPY")),  # a state institution is the state in a sector
        ("Lake Basin Commission", ("Lake Basin Commission", None, "IGO")),
        ("President Amani Wekesa", ("Amani Wekesa", "KEN", "GOV")),  # the latest office
        ("Mr Wekesa", ("Amani Wekesa", "KEN", "GOV")),  # a surname no other holder shares
        ("Kenya's deputy interior minister Otieno Were", ("Kenya", "KEN", "GOV")),
        ("Otieno Were, the Kenyan police chief", ("Kenya", "KEN", "COP")),
        ("Interior Minister Otieno Were of Kenya", ("Kenya", "KEN", "GOV")),
        ("Kenyan army spokesman Colonel Otieno Were", ("Kenya", "KEN", "MIL")),
        ("pro-Kenyan militias", ("Militias", None, "UAF")),  # sponsored, not the state
        ("Kenyan-backed militias", ("Militias", None, "UAF")),
    ],
)
def test_world_tables_resolve(world_dir: Path, text: str, expected: tuple) -> None:
    assert _as_tuple(resolve_actor(text)) == expected


def test_curated_yaml_wins_over_world_tables(world_dir: Path) -> None:
    (world_dir / "institutions.csv").write_text(
        WORLD_FILES["institutions.csv"] + "SANA,Syrian Arab News Agency,SYR,GOV,media,test\n"
    )
    dictionary.reload()
    assert _as_tuple(resolve_actor("SANA")) == ("SANA", "SYR", "GOV")  # actors.yaml's entry


@pytest.mark.parametrize(
    ("file", "row", "message"),
    [
        ("office_holders.csv", "X Y,,KEN,ARMY,president,2019,,t\n", "sector 'ARMY' is not one of"),
        ("office_holders.csv", "X Y,,QQQ,GOV,president,2019,,t\n", "country 'QQQ' is not"),
        ("office_holders.csv", "X Y,,KEN,GOV,president,2019,2001,t\n", "end_year 2001 is before"),
        ("office_holders.csv", "X Y,,KEN,GOV,president,19,,t\n", "year '19' is not"),
        ("institutions.csv", "X,,KEN,SPY\n", "expected 6 columns"),
        ("countries.csv", "K1,KE,Kenya,,,,,,,t\n", "iso3 'K1' is not three capital letters"),
    ],
)
def test_malformed_world_rows_are_named(world_dir: Path, file: str, row: str, message: str) -> None:
    (world_dir / file).write_text(WORLD_FILES[file] + row, encoding="utf-8")
    dictionary.reload()
    with pytest.raises(ActorDataError) as caught:
        resolve_actor("Moscow")
    assert file in str(caught.value) and message in str(caught.value)


def test_world_actor_table_meets_its_goals() -> None:
    # The measurement (tests/benchmarks/actor_quality.py) on the part the dictionaries were
    # tuned on; the holdout part is reported by the benchmark, never asserted.
    from tests.benchmarks.actor_quality import read_table, score

    if not (DATA / "world" / "countries.csv").exists():
        pytest.skip("loaders/data/world/ is not in this checkout")
    counts, _misses = score([row for row in read_table() if row["split"] == "dev"])
    n, country, sector = counts[("dev", "ALL")]
    assert n >= 400 and country / n >= 0.95 and sector / n >= 0.90, (n, country, sector)


def test_a_titled_person_keeps_country_and_sector_in_later_mentions(world_dir: Path) -> None:
    from loaders.extraction.pipeline import extract_batch, load_nlp

    texts = [
        "Peter Otieno, the Kenyan president, said on Monday that police had killed three gunmen "
        "in Garissa. Mr Otieno said the attackers had crossed the border at night.",
        "Kenyan Interior Minister Joseph Kamau said troops had killed four smugglers. Kamau "
        "added that the army would stay on the border.",
    ]
    docs = [{"id": i, "text": t, "published": "2024-03-01"} for i, t in enumerate(texts)]
    results = extract_batch(load_nlp(), docs)
    claimants = {
        claim["claimant"]["text"]: (claim["claimant"]["country"], claim["claimant"]["sector"])
        for result in results
        for claim in result["claims"]
    }
    # (claims.py may credit an official's words to the state; country and sector are the same)
    assert claimants["Mr Otieno"] == ("KEN", "GOV")
    assert claimants["Kamau"] == ("KEN", "GOV")
    # (police killing gunmen: a killing, or a clash since the wire round's "fighters killed by
    # forces" rule; either way the police are the doer)
    police = [e["actor"] for e in results[0]["events"] if e["type"] in ("killing", "armed_clash")]
    assert police and police[0]["country"] == "KEN"  # unnamed police: the speaker's state


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a Kigali court", ("Rwanda", "RWA", "JUD")),  # a capital before an agent noun
        ("Goma residents", ("Civilians", "COD", "CVL")),  # a gazetteer city before an agent
        ("the Bundeswehr", ("Germany", "DEU", "MIL")),  # a state institution known by name
        ("two Ugandans", ("Civilians", "UGA", "CVL")),
        ("the CAR", ("Central African Republic", "CAF", "GOV")),
        ("car bomb", (None, None, None)),  # world acronyms only in capitals
        ("a male nurse", ("Health workers", None, "HLH")),  # "Male" the capital owns nothing
        ("Lagos police", ("Nigeria", "NGA", "COP")),  # a place, not the surname of a president
    ],
)
def test_world_names_resolve_without_stealing_words(text: str, expected: tuple) -> None:
    assert _as_tuple(resolve_actor(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Saudi-led coalition", ("Coalition", None, "MIL")),  # not the US-led one
        ("the army of the DRC", ("Democratic Republic of the Congo", "COD", "MIL")),
        ("residents of Goma", ("Civilians", "COD", "CVL")),
        ("the DRC's army", ("Democratic Republic of the Congo", "COD", "MIL")),
    ],
)
def test_sponsors_of_phrases_and_acronym_owners(text: str, expected: tuple) -> None:
    assert _as_tuple(resolve_actor(text)) == expected
