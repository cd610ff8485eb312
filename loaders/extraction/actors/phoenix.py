"""The Phoenix non-state armed groups, offline: parse the published dictionary, regenerate the CSV.

    python -m loaders.extraction.actors.phoenix PATH/TO/phoenix_milnonstate_actors.txt \\
        > loaders/data/world/armed_groups.csv

About a thousand groups from five decades (START TOPS names: UNITA, Shining Path, ETA, the
Contras...), so that wire copy from any war names its armed groups. The curated YAML files and
the world tables are read first and keep their aliases; this table only fills names nobody
else uses. Names every word of which is generic ("Revolutionary Council", "Popular Front") and
aliases two groups share are dropped: in text they would name no group for sure.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from loaders.extraction.word_sets import words as _words

# Words that name no group on their own: a name made only of these is a description.
GENERIC_WORDS = _words(
    """the of and for in on a an to de la del el al people's peoples popular revolutionary
    revolution liberation national nationalist islamic muslim arab army armed front movement
    council group groups brigade brigades battalion battalions organization organisation
    organizations party forces force command committee committees resistance union unity
    struggle fighters fighting militia militias cells cell commando commandos squad squads
    unit units nuclei nucleus faction factions league alliance action justice freedom free
    democratic socialist communist workers workers' youth new united independent special
    secret guard guards jihad holy martyrs martyr revenge red black green white international
    world global popular comrades vanguard partisans rebels rebel guerrilla guerrillas
    anti-imperialist resistance patriotic defense defence self-defense protection direct
    solidarity community society friendship coordination brotherhood change renewal task"""
)
# Nouns that make a name a group's: the dictionary also lists members ("Abu Musab", "Hambali").
GROUP_NOUNS = _words(
    """army armies front movement organization organisation organizations brigade brigades
    battalion battalions group groups party faction factions council committee committees league
    alliance cells cell command forces force tigers mujahideen mujahidin mujahedin jihad ansar
    harakat harakut harkat jamaat jemaah jamaah jamiat jamaat-ul lashkar jaish hizb hezb tehrik
    tehreek qaeda qaida qai'dah sayyaf path rouge september union guard guards fighters troops
    brotherhood resistance militia militias uprising volunteers nuclei vanguard commandos patrol
    squad squads network legion contras sandinistas shinrikyo marga frente ejercito ejército
    comando fuerzas partido mouvement armee armée coalition circle circles unit units rebels
    insurgents guerrillas guerrilla commando kommando federation society"""
)
SMALL_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "to", "de", "la", "del", "el"})
CODE_FIXES = {"ANG": "AGO"}  # the dictionary's non-ISO spellings of a country code
ARTICLE_PREFIXES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-")


def readable(raw: str) -> str:
    """``BASQUE_FATHERLAND_AND_FREEDOM_`` -> ``Basque Fatherland and Freedom``."""
    words = [word for word in re.split(r"[_\s]+", raw.strip("_ ")) if word]
    if len(words) == 1 and len(words[0]) <= 5 and words[0].isalpha():
        return words[0]  # a short single word is an acronym: UNITA, ETA
    out = []
    for index, word in enumerate(words):
        lower = word.lower()
        if index and lower in SMALL_WORDS:
            out.append(lower)
        elif lower.startswith(ARTICLE_PREFIXES):
            head, _, rest = lower.partition("-")
            out.append(f"{head}-{rest.capitalize()}")
        elif re.fullmatch(r"[A-Z]{3,5}", word) and index and _acronymish(word):
            out.append(word)
        else:
            out.append("-".join(part.capitalize() for part in lower.split("-")))
    return " ".join(out)


def _acronymish(word: str) -> bool:
    """ "MNLF", "LTTE": no vowel after the first letter, and no word of a name ("ARMY")."""
    return word.lower() not in GENERIC_WORDS and not re.search(r"[AEIOUY]", word[1:])


def _forms(raw: str) -> list[str]:
    """A name and the acronyms it carries in parentheses: ``X_(ETA)_`` -> X, ETA."""
    acronyms = re.findall(r"\(([A-Z0-9\-]{2,6})\)", raw)
    base = re.sub(r"\([^)]*\)", " ", raw)
    return [readable(base), *acronyms]


def _names_a_group(form: str) -> bool:
    """A group's name, not a member's: it holds a group noun or is an acronym ("LTTE")."""
    if re.fullmatch(r"[A-Z][A-Z0-9\-]{1,5}", form):
        return True
    return any(word.lower().strip("'") in GROUP_NOUNS for word in re.split(r"[\s\-]+", form))


# Words that make a name of generic words an armed body's, not a party's or a movement's.
ARMED_WORDS = _words(
    """armed army armies brigade brigades commando commandos militia militias guerrilla
    guerrillas fighters fighting jihad cells"""
)


def _generic(name: str) -> bool:
    """A name of generic words ("Popular Front", "Revolutionary Council", "Workers' Revolutionary
    Party") is a description; three or more of them with an armed word, used by one group only,
    name it ("Armed Islamic Group": found in text only as written)."""
    words = [word.lower() for word in name.split() if word.lower() not in SMALL_WORDS]
    if not all(word in GENERIC_WORDS or word.isdigit() for word in words):
        return False
    return len(words) < 3 or not set(words) & ARMED_WORDS


def parse_phoenix(lines: Iterable[str], countries: frozenset[str]) -> list[list[str]]:
    """Rows ``name, aliases, country_iso3, sector, kind, source`` of the armed groups table.

    A group is a line ``NAME [CODE]`` followed by ``+ALIAS`` lines. CODE's first three letters
    are the country when they are an ISO alpha-3 code (regional codes such as MEA give none);
    ``IMG...`` codes are transnational militant groups (sector IMG, no country); the rest REB.
    """
    groups: list[tuple[list[str], str | None, str, str]] = []
    current: list[str] | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if line.startswith("+") and current is not None:
            for part in line[1:].split("+"):
                current.extend(_forms(part))
            continue
        match = re.fullmatch(r"([^+\s][^\[]*?)\s*\[~?([A-Z]+)\]", line.strip())
        if not match:
            current = None
            continue
        code = match.group(2)
        country = None if code.startswith("IMG") else CODE_FIXES.get(code[:3], code[:3])
        sector = "IMG" if code.startswith("IMG") else "REB"
        current = _forms(match.group(1))
        groups.append((current, country if country in countries else None, sector, code))
    uses = Counter(form.lower() for forms, *_ in groups for form in dict.fromkeys(forms))
    rows = []
    for forms, country, sector, code in groups:
        if not any(_names_a_group(form) for form in forms):
            continue
        usable = [
            form for form in dict.fromkeys(forms)
            if uses[form.lower()] == 1 and not _generic(form) and len(form) >= 3
        ]  # fmt: skip
        if not usable:
            continue
        source = f"Phoenix MNSA dictionary ({code})"
        rows.append([usable[0], "|".join(usable[1:]), country or "", sector, "armed_group", source])
    return sorted(rows, key=lambda row: row[0].lower())


PHOENIX_HEADER = """\
# Non-state armed groups, derived from the Phoenix MNSA actor dictionary
# (phoenix_milnonstate_actors.txt, openeventdata/petrarch2; TOPS names by Kenwick, Kim and Leonard,
# Penn State 2013; MIT licence, Open Event Data Alliance). Regenerate with
#   python -m loaders.extraction.actors.phoenix PATH/TO/phoenix_milnonstate_actors.txt \\
#     > loaders/data/world/armed_groups.csv
# country_iso3: the code's first three letters when they are an ISO code, else the state that
#   armed_group_countries.csv writes for a region's code, else a country its name holds (a
#   country, its adjective, a region or its people: "Kosovo Liberation Army"), else empty;
# sector: IMG for the dictionary's transnational militant codes, REB otherwise (separatists are
#   SEP where the curated files say so: a liberation army is not always a secession). Curated
#   files win.
"""


def place_in_name(name: str) -> tuple[str, str] | None:
    """(country, precision) of the place a group's name holds; precision ``country`` for a state
    (or its adjective), ``admin1`` for a region or its people."""
    from loaders.extraction.actors.dictionary import load_dictionary
    from loaders.extraction.actors.text import normalise
    from loaders.extraction.places import geocode, region_of_people

    owners = load_dictionary().owners
    words = name.split()
    for start in range(len(words)):
        for end in range(min(len(words), start + 3), start, -1):
            span = " ".join(words[start:end])
            if not span[:1].isupper():
                continue
            owner = owners.get(normalise(span))
            if owner is not None and owner.kind == "state" and owner.country:
                return owner.country, "country"
            place = region_of_people(span) or geocode(span)
            if place is not None and place.country and place.precision in ("country", "admin1"):
                return place.country, place.precision
    return None


def country_in_name(name: str) -> str | None:
    """The country a group's name places it in when its code is a region's ("Kosovo Liberation
    Army": Kosovo; "Baloch Liberation Army": the Baloch's Balochistan, Pakistan)."""
    found = place_in_name(name)
    return found[0] if found else None


REGION_CODE_COUNTRIES = Path(__file__).resolve().parents[2] / "data/world/armed_group_countries.csv"


def region_code_countries(path: Path = REGION_CODE_COUNTRIES) -> dict[str, str]:
    """Group name -> the state a group with a region's code was based in (a written table:
    "Cinchoneros Popular Liberation Movement" is coded LAM, Latin America; it fought Honduras)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    return {row["name"]: row["country_iso3"] for row in csv.DictReader(lines)}


def _write_table(source: Path) -> None:
    from loaders.extraction.actors.dictionary import country_codes

    text = source.read_text(encoding="utf-8", errors="replace").splitlines()
    rows = parse_phoenix(text, country_codes())
    written = region_code_countries()
    for row in rows:
        if not row[2] and row[3] == "REB":  # transnational (IMG) groups keep no country
            row[2] = written.get(row[0]) or country_in_name(row[0]) or ""
    sys.stdout.write(PHOENIX_HEADER)
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["name", "aliases", "country_iso3", "sector", "kind", "source"])
    writer.writerows(rows)


if __name__ == "__main__":
    _write_table(Path(sys.argv[1]))
