"""The world's armed groups from the Phoenix dictionary, and resolution by the body before an
office ("hospital official") or the place after an agent ("a police spokesman in Nairobi")."""

from __future__ import annotations

import csv
import io

import pytest

from loaders.extraction.actors import resolve_actor
from loaders.extraction.actors.dictionary import country_codes
from loaders.extraction.actors.phoenix import parse_phoenix, readable
from loaders.extraction.actors.world import WORLD_DIR
from tests.conftest import SHARED

PHOENIX = SHARED / "data" / "reference" / "phoenix_milnonstate_actors.txt"

SAMPLE = """\
BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_ [ESPREB] #  kkl 21 Mar 13
+BASQUE_HOMELAND_AND_FREEDOM_

UNITA_ [ANGREB] #  kkl 21 Mar 13

ABU_MUSAB [IMGSEAMUSASF]

REVOLUTIONARY_COUNCIL_ [LBNREB]

KOSOVO_LIBERATION_ARMY_(KLA)_ [EEUREB]

TIGER_FORCE_ [ITAREB]
+SILVER_BRIGADE_

LION_FORCE_ [GRCREB]
+SILVER_BRIGADE_
"""


def test_phoenix_entries_become_groups_with_iso_countries_and_acronyms() -> None:
    rows = {row[0]: row for row in parse_phoenix(SAMPLE.splitlines(), country_codes())}
    assert rows["Basque Fatherland and Freedom"][1:4] == [
        "ETA|Basque Homeland and Freedom", "ESP", "REB",
    ]  # fmt: skip
    assert rows["UNITA"][2] == "AGO"  # the dictionary's ANG is no ISO code
    assert rows["Kosovo Liberation Army"][1:3] == ["KLA", ""]  # a regional code gives none here
    assert "Abu Musab" not in rows  # a member, not a group
    assert "Revolutionary Council" not in rows  # a description, not a name
    assert rows["Tiger Force"][1] == rows["Lion Force"][1] == ""  # both use it: nobody's


def test_readable_names_keep_acronyms_and_arabic_articles() -> None:
    assert readable("AL-AQSA_MARTYRS_BRIGADES_") == "al-Aqsa Martyrs Brigades"
    assert readable("MORO_ISLAMIC_LIBERATION_FRONT_") == "Moro Islamic Liberation Front"
    assert readable("ETA_") == "ETA"


@pytest.mark.skipif(not PHOENIX.exists(), reason=f"{PHOENIX} absent (../shared not beside)")
def test_bundled_table_is_what_the_generator_makes_of_the_dictionary(capsys) -> None:
    from loaders.extraction.actors.phoenix import _write_table

    _write_table(PHOENIX)
    generated = capsys.readouterr().out
    assert generated == (WORLD_DIR / "armed_groups.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(line for line in io.StringIO(generated) if not line.startswith("#")))
    assert len(rows) > 500


@pytest.mark.parametrize(
    ("description", "country", "sector"),
    [
        ("Shining Path guerrillas", "PER", "REB"),
        ("the Kosovo Liberation Army", "XKX", "REB"),  # the name's country fills a regional code
        ("Baloch Liberation Army", "PAK", "REB"),  # the people of a region
        ("a local hospital official", None, "HLH"),
        ("a trade union leader", None, "LAB"),
        ("a police spokesman in Nairobi", "KEN", "COP"),
        ("a doctor from Aleppo", "SYR", "HLH"),
        ("a witness", None, "CVL"),
        ("Kenyan army spokesman", "KEN", "MIL"),  # a state organ still wins
        ("the foreign ministry spokesman", None, "GOV"),  # a ministry is the government
    ],
)
def test_resolution(description: str, country: str | None, sector: str) -> None:
    actor = resolve_actor(description)
    assert actor is not None
    assert (actor.country, actor.sector) == (country, sector)


def test_group_names_are_found_in_text_only_as_written() -> None:
    """ "Direct action" or "army of god" in lower case is no armed group."""
    from loaders.extraction.actors.dictionary import load_dictionary

    flags = {alias: exact for alias, _, exact, _ in load_dictionary().pattern_aliases}
    assert flags["Free Aceh Movement"] is True
    assert flags["Army of God"] is True


def test_a_possessed_body_of_its_own_keeps_its_sector_in_the_possessors_country() -> None:
    """ "their union" is a union (of Chilean dock workers), not Chile; "its fighters" stay the
    group's own (tests/test_extraction_roles.py)."""
    from tests.test_extraction_roles import extract

    text = "Dock workers in Chile went on strike on Tuesday over pay, their union said."
    (claim,) = extract(text)["claims"]
    assert (claim["claimant"]["sector"], claim["claimant"]["country"]) == ("LAB", "CHL")


def test_a_capitalised_generic_head_inside_a_longer_name_is_not_the_generic_agent() -> None:
    from tests.test_extraction_roles import extract

    text = "The Union of Idlib Medical Relief, which ran the hospital, said it was hit twice."
    (claim,) = extract(text)["claims"]
    assert claim["claimant"]["sector"] != "LAB"
