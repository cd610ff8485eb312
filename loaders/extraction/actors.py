"""Actor dictionary: resolve a mention ("American warplanes", "Daesh", "Moscow") to an actor.

The facts live in data files, not code: every ``loaders/data/actors*.yaml`` (named actors and
curated agent nouns), ``loaders/data/actors_cameo_agents.csv`` (generic agent nouns from CAMEO),
plus any YAML file listed in ``$WIREHOUSE_ACTORS`` (paths separated by ``os.pathsep``), so users
extend the dictionary without touching code. Files are read once per process.

Resolution, in order (text is compared case- and whitespace-insensitively, with leading articles,
dots in acronyms and a trailing possessive removed):
1. a named actor's name or alias ("Daesh" -> Islamic State);
2. "X's Y": Y if it names an actor ("Iran's Revolutionary Guards"), else X owning the agent Y;
3. modifier + agent noun ("American warplanes", "Syrian rebels", "French Defence Minister"):
   a state's force or official (GOV MIL COP SPY JUD LEG) keeps the state's name with the agent's
   sector; any other agent ("Syrian rebels", "Syrian civilians") keeps the agent's name with the
   state's country; a named group's members ("Hezbollah fighters") are the group;
4. a bare agent noun ("rebels" -> Rebel groups, "warplanes" -> Military forces), head noun last.
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from models.codes import ACTOR_KINDS, CAMEO_SECTORS

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
CAMEO_AGENTS_FILE = DATA_DIR / "actors_cameo_agents.csv"
USER_FILES_VARIABLE = "WIREHOUSE_ACTORS"
MAX_MENTION_WORDS = 24  # longer text is no actor mention (resolution is cubic in words)

SECTORS = frozenset(CAMEO_SECTORS)
KINDS = frozenset(ACTOR_KINDS)
# A state's own organs: "Russian warplanes" is Russia acting, "Syrian rebels" is not Syria.
STATE_ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
_ARTICLES = ("the ", "a ", "an ")
# "<owner>-backed X": the owner sponsors X but X is not the owner's organ.
_PATRON_WORDS = frozenset(
    {"backed", "led", "allied", "supported", "sponsored", "trained", "funded", "linked",
     "affiliated", "aligned", "held", "controlled", "friendly", "leaning"}
)  # fmt: skip
# Short all-capital aliases whose lower case is an everyday word ("IS", "US", "WHO") only match
# with their capitals, so "is" and "who" in running text never become actors.
_COMMON_WORD_TEXT = """
is us it who an am as at be by do go he if in me my no of on or so to up we all any can did had
has her him his how its may new not now one our out see she two way was sat sun mon hit war arm
aim ban man men"""
_COMMON_WORDS = frozenset(_COMMON_WORD_TEXT.split())


@dataclass(frozen=True)
class Actor:
    name: str  # canonical: "Russia", "Islamic State", "Syrian Observatory for Human Rights"
    country: str | None  # ISO 3166-1 alpha-3, None for transnational groups
    sector: str | None  # CAMEO code from SECTORS
    kind: str  # "state" | "armed_group" | "monitor" | "agent" | "organisation" | "person"


class ActorDataError(ValueError):
    """A data file entry is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class _Agent:
    """A generic agent noun and the actor it denotes on its own."""

    actor: Actor
    standalone: bool  # False: only meaningful with an owner ("Russian strikes", not "strikes")


@dataclass
class Dictionary:
    """Every lookup table resolution needs, built once from the data files."""

    exact: dict[str, Actor]  # case-sensitive aliases ("IS", "US", "WHO"), dots removed
    names: dict[str, Actor]  # normalised alias -> actor
    owners: dict[str, Actor]  # normalised adjective or name -> state (GOV) that can own agents
    agents: dict[str, _Agent]  # normalised agent noun (singular and plural) -> agent
    pattern_aliases: list[tuple[str, Actor, bool]]  # (alias as written, actor, case-sensitive)
    adjectives: list[tuple[str, Actor]]  # (adjective as written, state) for combo patterns
    curated: dict[str, str]  # YAML agent nouns, key -> as written (CAMEO's are the rest)
    generic: set[str]  # aliases that are everyday nouns ("regime", "coalition", "monitor")


# --- text normalisation ---------------------------------------------------------------------


def _clean(text: str) -> str:
    """Unicode-normalised, typographic quotes and dashes folded, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(' \t.,;:!?"()[]{}')


def _undot(text: str) -> str:
    """U.S. -> US, U.N. -> UN (dots between single letters only)."""
    return re.sub(r"\b([A-Za-z])\.(?=[A-Za-z]\b|[\s-]|$)", r"\1", text).rstrip(".")


def _strip_articles(text: str) -> str:
    lowered = text.lower()
    changed = True
    while changed:
        changed = False
        for article in _ARTICLES:
            if lowered.startswith(article):
                text, lowered = text[len(article) :], lowered[len(article) :]
                changed = True
    return text


def surface(text: str) -> str:
    """The case-preserving key: cleaned, articles and acronym dots removed, possessive cut."""
    text = _strip_articles(_undot(_clean(text)))
    return re.sub(r"'s?$", "", text).strip()


def normalise(text: str) -> str:
    """The case-insensitive key used for every lookup."""
    # Hyphens read as spaces: "al-Nusra" = "al Nusra", "pro-regime" = "pro regime".
    return re.sub(r"[\s-]+", " ", surface(text).lower()).strip()


def plural(noun: str) -> str:
    """Regular English plural of the last word (CAMEO stores singulars only)."""
    head, _, last = noun.rpartition(" ")
    if re.search(r"(s|x|z|ch|sh)$", last):
        last = last + "es"
    elif re.search(r"[^aeiou]y$", last):
        last = last[:-1] + "ies"
    elif last.endswith("man"):
        last = last[:-3] + "men"
    else:
        last = last + "s"
    return f"{head} {last}" if head else last


def singulars(noun: str) -> list[str]:
    """Candidate singulars of the last word, most likely first."""
    head, _, last = noun.rpartition(" ")
    found: list[str] = []
    if last.endswith("ies") and len(last) > 4:
        found.append(last[:-3] + "y")
    if last.endswith("men"):
        found.append(last[:-3] + "man")
    if re.search(r"(ses|xes|zes|ches|shes)$", last):
        found.append(last[:-2])
    if last.endswith("s") and not last.endswith("ss"):
        found.append(last[:-1])
    return [f"{head} {word}" if head else word for word in found]


# --- loading ---------------------------------------------------------------------------------


def data_files() -> list[Path]:
    """The YAML files read, bundled ones first, then the user's ($WIREHOUSE_ACTORS)."""
    files = sorted(DATA_DIR.glob("actors*.yaml"))
    extra = os.environ.get(USER_FILES_VARIABLE, "")
    files += [Path(part) for part in extra.split(os.pathsep) if part.strip()]
    return files


def _fail(path: Path, where: str, problem: str) -> ActorDataError:
    return ActorDataError(f"{path}: {where}: {problem}")


def _string_list(value: Any, path: Path, where: str, field: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise _fail(path, where, f"'{field}' must be a list of non-empty strings, got {value!r}")
    return value


def _check_codes(
    entry: dict[str, Any], path: Path, where: str, countries: frozenset[str]
) -> tuple[str | None, str | None]:
    country, sector = entry.get("country"), entry.get("sector")
    if country is not None and (not isinstance(country, str) or country not in countries):
        raise _fail(path, where, f"country {country!r} is not an ISO 3166-1 alpha-3 code")
    if sector is not None and sector not in SECTORS:
        raise _fail(path, where, f"sector {sector!r} is not one of {' '.join(sorted(SECTORS))}")
    return country, sector


_ACTOR_FIELDS = frozenset(
    {"name", "kind", "country", "sector", "aliases", "exact_aliases", "adjectives", "source"}
)
_AGENT_FIELDS = frozenset({"name", "sector", "country", "nouns", "standalone", "source"})


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ActorDataError(f"{path}: file not found") from error
    except yaml.YAMLError as error:
        raise ActorDataError(f"{path}: not valid YAML: {error}") from error
    if content is None:
        return {}
    if not isinstance(content, dict) or not set(content) <= {"actors", "agents", "not_agents"}:
        raise ActorDataError(
            f"{path}: the top level must be a mapping of 'actors', 'agents' and 'not_agents'"
        )
    return content


def _entries(content: dict[str, Any], key: str, path: Path) -> Iterator[tuple[str, dict]]:
    entries = content.get(key) or []
    if not isinstance(entries, list):
        raise ActorDataError(f"{path}: '{key}' must be a list of entries")
    for number, entry in enumerate(entries, start=1):
        label = entry.get("name") if isinstance(entry, dict) else None
        where = f"{key} entry {number}" + (f" ({label!r})" if label else "")
        if not isinstance(entry, dict):
            raise _fail(path, where, f"must be a mapping, got {entry!r}")
        yield where, entry


def _parse_actor(
    entry: dict, path: Path, where: str, countries: frozenset[str]
) -> tuple[Actor, list[str], list[str], list[str]]:
    unknown = set(entry) - _ACTOR_FIELDS
    if unknown:
        raise _fail(
            path, where, f"unknown field(s) {sorted(unknown)}; allowed {sorted(_ACTOR_FIELDS)}"
        )
    name, kind = entry.get("name"), entry.get("kind")
    if not isinstance(name, str) or not name.strip():
        raise _fail(path, where, "'name' is required (the canonical name)")
    if kind not in KINDS:
        raise _fail(path, where, f"kind {kind!r} is not one of {sorted(KINDS)}")
    country, sector = _check_codes(entry, path, where, countries)
    if sector is None:
        raise _fail(path, where, "'sector' is required (a CAMEO code)")
    aliases = _string_list(entry.get("aliases"), path, where, "aliases")
    exact = _string_list(entry.get("exact_aliases"), path, where, "exact_aliases")
    adjectives = _string_list(entry.get("adjectives"), path, where, "adjectives")
    if adjectives and kind != "state":
        raise _fail(path, where, "'adjectives' are for kind 'state' only")
    return Actor(name.strip(), country, sector, kind), aliases, exact, adjectives


def _parse_agent(
    entry: dict, path: Path, where: str, countries: frozenset[str]
) -> tuple[Actor, list[str], bool]:
    unknown = set(entry) - _AGENT_FIELDS
    if unknown:
        raise _fail(
            path, where, f"unknown field(s) {sorted(unknown)}; allowed {sorted(_AGENT_FIELDS)}"
        )
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _fail(path, where, "'name' is required (what the noun denotes on its own)")
    country, sector = _check_codes(entry, path, where, countries)
    if sector is None:
        raise _fail(path, where, "'sector' is required (a CAMEO code)")
    nouns = _string_list(entry.get("nouns"), path, where, "nouns")
    if not nouns:
        raise _fail(path, where, "'nouns' must list at least one noun")
    standalone = entry.get("standalone", True)
    if not isinstance(standalone, bool):
        raise _fail(path, where, f"'standalone' must be true or false, got {standalone!r}")
    return Actor(name.strip(), country, sector, "agent"), nouns, standalone


def _is_common_noun(alias: str) -> bool:
    """A one-word alias written in lower case: an everyday noun used as a name."""
    return alias.islower() and " " not in alias and "-" not in alias


def _is_exact(alias: str) -> bool:
    """All-capital short aliases that read as ordinary words in lower case."""
    bare = _undot(alias)
    return bare.isupper() and bare.lower() in _COMMON_WORDS


CAMEO_SECTOR_ALIASES = {"JRN": "MED"}  # CAMEO's journalists are the allowed list's media


def parse_cameo_agents(lines: Iterable[str]) -> list[tuple[str, str, str]]:
    """(noun, sector, cameo_code) rows from a CAMEO agents file (``NOUN {PLURAL} [~CODE]``).

    ``!SET!`` substitution sets are expanded, underscores become spaces, the first three letters
    of the code give the sector (JRN read as MED); codes outside the allowed sectors are dropped.
    """
    sets: dict[str, list[str]] = {}
    rows: dict[str, tuple[str, str, str]] = {}
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if match := re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", line):
            sets[match.group(1)] = [word.strip() for word in match.group(2).split(",")]
            continue
        match = re.fullmatch(r"(.+?)\s*(?:\{(.*?)\})?\s*\[~([A-Z]+)\]", line)
        if not match:
            continue
        code = match.group(3)
        sector = CAMEO_SECTOR_ALIASES.get(code[:3], code[:3])
        if sector not in SECTORS:
            continue
        pending = [match.group(1)] + ([match.group(2)] if match.group(2) else [])
        forms: list[str] = []
        while pending:  # expand every !SET! in turn
            form = pending.pop(0)
            used = next((name for name in sets if name in form), None)
            if used is None:
                forms.append(form)
            else:
                pending += [form.replace(used, word) for word in sets[used]]
        for form in forms:
            if "!" in form:  # an undefined set
                continue
            noun = re.sub(r"[\s_]+", " ", form).strip().lower()
            # "DEFENCE_MINIST" is a stem: minister and ministry.
            nouns = [noun + "er", noun + "ry"] if noun.endswith("minist") else [noun]
            for word in nouns:
                if word and not re.search(r"[.,]$|,", word) and word not in rows:
                    rows[word] = (word, sector, code)
    return sorted(rows.values())


def cameo_agents() -> Iterator[tuple[str, str]]:
    """(noun, sector) rows of the bundled CAMEO table (nouns in lower case, words spaced)."""
    with CAMEO_AGENTS_FILE.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        for row in rows:
            yield row["noun"], row["sector"]


# The name a bare CAMEO noun resolves to, per sector (curated nouns carry their own names).
SECTOR_NAMES = {
    "GOV": "Government officials", "MIL": "Military forces", "REB": "Rebel groups",
    "OPP": "Opposition", "COP": "Police", "SPY": "Intelligence services", "JUD": "Judiciary",
    "LEG": "Legislators", "PTY": "Political parties", "CVL": "Civilians", "MED": "Media",
    "EDU": "Educators", "BUS": "Business", "NGO": "Non-governmental organisations",
    "IGO": "International organisations", "IMG": "International militant groups",
    "UAF": "Unaffiliated armed groups", "REF": "Refugees", "HLH": "Health workers",
    "ELI": "Elites", "RAD": "Radicals", "SEP": "Separatists", "INS": "Insurgents",
    "LAB": "Labour", "AGR": "Agriculture", "ENV": "Environmental groups", "CRM": "Criminals",
    "REL": "Religious figures",
}  # fmt: skip


@lru_cache(maxsize=1)
def load_dictionary() -> Dictionary:
    """Read every data file once; later files may add aliases but never silently re-point one."""
    from loaders.extraction.places import country_codes

    countries = country_codes()
    book = Dictionary({}, {}, {}, {}, [], [], {}, set())
    claimed: dict[str, tuple[Actor, str]] = {}

    def claim(key: str, actor: Actor, where: str) -> bool:
        previous = claimed.get(key)
        if previous and previous[0] != actor:
            raise ActorDataError(
                f"{where}: alias {key!r} already means {previous[0].name} ({previous[1]})"
            )
        claimed[key] = (actor, where)
        return previous is None

    for noun, sector in cameo_agents():
        agent = _Agent(Actor(SECTOR_NAMES[sector], None, sector, "agent"), True)
        for form in (noun, plural(noun)):
            book.agents.setdefault(form, agent)

    for path in data_files():
        content = _read_yaml(path)
        for where, entry in _entries(content, "actors", path):
            actor, aliases, exact, adjectives = _parse_actor(entry, path, where, countries)
            label = f"{path}: {where}"
            # A second entry for the same name (a state's forces) leaves the bare name to the first.
            own = claimed.get(normalise(actor.name))
            names = aliases if own and own[0].name == actor.name else [actor.name, *aliases]
            for alias in names:
                if _is_exact(alias):
                    exact.append(alias)
                    continue
                if claim(normalise(alias), actor, label):
                    book.names[normalise(alias)] = actor
                    book.pattern_aliases.append((alias, actor, False))
                    if _is_common_noun(alias):
                        book.generic.add(normalise(alias))
                if actor.kind == "state" and actor.sector == "GOV":
                    book.owners.setdefault(normalise(alias), actor)
            for alias in exact:
                book.exact[surface(alias)] = actor
                book.pattern_aliases.append((alias, actor, True))
            for adjective in adjectives:
                key = normalise(adjective)
                if claim("adj:" + key, actor, label):
                    book.owners[key] = actor
                    book.adjectives.append((adjective, actor))
                    if _is_exact(adjective):  # "U.S." may own agents but "us" is no actor
                        book.exact.setdefault(surface(adjective), actor)
                    else:
                        book.names.setdefault(key, actor)
        for where, entry in _entries(content, "agents", path):
            actor, nouns, standalone = _parse_agent(entry, path, where, countries)
            for noun in nouns:
                for form in dict.fromkeys((normalise(noun), normalise(plural(noun)))):
                    # Curated nouns override the CAMEO table's generic sector names.
                    book.agents[form] = _Agent(actor, standalone)
                for written in (noun, plural(noun)):
                    book.curated[normalise(written)] = written.lower()
        dropped = _string_list(content.get("not_agents"), path, "not_agents", "not_agents")
        for noun in dropped:
            for form in dict.fromkeys((normalise(noun), normalise(plural(noun)))):
                book.agents.pop(form, None)
                book.curated.pop(form, None)
    return book


# --- resolution ------------------------------------------------------------------------------


def _agent(key: str) -> _Agent | None:
    agents = load_dictionary().agents
    if key in agents:
        return agents[key]
    for candidate in singulars(key):
        if candidate in agents:
            return agents[candidate]
    return None


def _named(key: str) -> Actor | None:
    names = load_dictionary().names
    if key in names:
        return names[key]
    for candidate in singulars(key):
        if candidate in names:
            return names[candidate]
    return None


def _owned(owner: Actor, agent: _Agent) -> Actor:
    """An owner's agent: a state's organ is the state; anything else keeps its own name."""
    if owner.kind != "state" or owner.sector not in STATE_ORGAN_SECTORS:
        return owner  # "Hezbollah fighters" are Hezbollah
    sector = agent.actor.sector
    if sector in STATE_ORGAN_SECTORS:
        return Actor(owner.name, owner.country, sector, "state")
    return Actor(agent.actor.name, owner.country, sector, "agent")


def _owner(key: str) -> Actor | None:
    book = load_dictionary()
    return book.owners.get(key) or book.names.get(key)


def _combination(words: list[str]) -> Actor | None:
    """Owner words + agent words, the longest owner first ("Saudi Arabian" before "Saudi").

    A common word that is also an alias ("coalition", "regime") is read as a noun after an
    owner: "Russian regime" is Russia's government, not Syria's.
    """
    book = load_dictionary()
    for cut in range(len(words) - 1, 0, -1):
        owner = _owner(" ".join(words[:cut]))
        if owner is None:
            continue
        rest = words[cut:]
        if rest[0] in _PATRON_WORDS:
            continue  # "Iranian-backed militias" are not Iran's
        for start in range(len(rest)):
            key = " ".join(rest[start:])
            named = _named(key) if start == 0 and key not in book.generic else None
            if named is not None and named.kind != "agent":
                return named  # "Syrian Observatory" style names that start with an adjective
            agent = _agent(" ".join(rest[start:]))
            if agent is not None:
                return _owned(owner, agent)
    return None


def _resolve_key(key: str) -> Actor | None:
    if not key:
        return None
    named = _named(key)
    if named is not None:
        return named
    if "'s " in key:
        owner_text, _, owned_text = key.partition("'s ")
        owned = _resolve_key(owned_text)
        if owned is not None and owned.kind != "agent":
            return owned
        owner = _resolve_key(owner_text)
        agent = _agent(owned_text) or _head_agent(owned_text.split())
        if owner is not None and agent is not None:
            return _owned(owner, agent)
        return owned
    agent = _agent(key)
    if agent is not None and agent.standalone:  # a curated phrase ("Iranian-backed militia")
        return agent.actor
    words = key.split()
    patron = next((i for i, word in enumerate(words[:-1]) if word in _PATRON_WORDS), None)
    if patron is not None and patron > 0:  # "Turkish-backed Free Syrian Army" is the FSA
        return _resolve_key(" ".join(words[patron + 1 :]))
    combined = _combination(words)
    if combined is not None:
        return combined
    # A title before a personal name: "Russian Defence Minister Sergei Shoigu".
    for end in range(len(words) - 1, 1, -1):
        combined = _combination(words[:end])
        if combined is not None:
            return combined
    agent = _head_agent(words)
    if agent is not None and agent.standalone:
        return agent.actor
    return None


def _head_agent(words: list[str]) -> _Agent | None:
    """The longest trailing run of words that is an agent noun ("senior field commanders")."""
    for start in range(len(words)):
        agent = _agent(" ".join(words[start:]))
        if agent is not None:
            return agent
    return None


def resolve_actor(text: str) -> Actor | None:
    """The actor a mention denotes, or None when the dictionary does not know it."""
    if not text or not text.strip():
        return None
    exact = load_dictionary().exact.get(surface(text))
    if exact is not None:
        return exact
    key = normalise(text)
    if key.count(" ") >= MAX_MENTION_WORDS:  # a mention, not a passage: keep the search bounded
        return None
    return _resolve_key(key)


# --- EntityRuler patterns --------------------------------------------------------------------


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


def _tokens(text: str) -> list[str]:
    return [token.text for token in _tokenizer()(text)]


def _lower_pattern(text: str) -> list[dict[str, Any]]:
    return [{"LOWER": token.lower()} for token in _tokens(text)]


def _noun_forms(nouns: Iterable[str]) -> list[str]:
    forms: set[str] = set()
    for noun in nouns:
        forms.update({noun.lower(), plural(noun.lower())})
    return sorted(forms)


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict, ...]:
    book = load_dictionary()
    patterns: list[dict] = []
    for alias, actor, case_sensitive in book.pattern_aliases:
        # Acronyms match in capitals only ("TIP", not "tip"); write other casings as aliases.
        if case_sensitive or (_undot(alias).isupper() and len(_undot(alias)) <= 4):
            tokens = [{"TEXT": token} for token in _tokens(alias)]
            patterns.append({"label": "ACTOR", "pattern": tokens, "id": actor.name})
            if "." in alias:  # "U.S." and "US" are both written
                undotted = [{"TEXT": token} for token in _tokens(_undot(alias))]
                patterns.append({"label": "ACTOR", "pattern": undotted, "id": actor.name})
            continue
        for variant in dict.fromkeys((alias, alias.replace("-", " "))):  # "al-Nusra", "al Nusra"
            pattern = _lower_pattern(variant)
            if len(pattern) == 1 and _is_common_noun(alias):
                # A common word as a name ("regime", "monitor") only when used as a noun.
                pattern[0]["POS"] = {"IN": ["NOUN", "PROPN"]}
            patterns.append({"label": "ACTOR", "pattern": pattern, "id": actor.name})
    # Owner + agent noun combinations: one pattern per owner and outcome, nouns as an IN set.
    by_outcome: dict[tuple[str, str], set[str]] = {}
    multi_word: list[tuple[str, str, str]] = []
    for noun, agent in book.agents.items():
        if any(char.isdigit() for char in noun):
            continue
        for adjective, state in book.adjectives:
            outcome = _owned(state, agent).name
            if " " not in noun:
                by_outcome.setdefault((adjective, outcome), set()).add(noun)
            elif noun in book.curated:  # CAMEO's thousands of phrases stay resolve-only
                multi_word.append((adjective, book.curated[noun], outcome))
    for (adjective, outcome), nouns in sorted(by_outcome.items()):
        pattern = [*_lower_pattern(adjective), {"LOWER": {"IN": sorted(nouns)}}]
        patterns.append({"label": "ACTOR", "pattern": pattern, "id": outcome})
    for adjective, noun, outcome in multi_word:
        for variant in dict.fromkeys((noun, noun.replace("-", " "))):
            pattern = [*_lower_pattern(adjective), *_lower_pattern(variant)]
            patterns.append({"label": "ACTOR", "pattern": pattern, "id": outcome})
    return tuple(patterns)


def reload() -> None:
    """Forget the loaded dictionary (after editing a data file or $WIREHOUSE_ACTORS)."""
    load_dictionary.cache_clear()
    _patterns.cache_clear()


def actor_patterns() -> list[dict]:
    """spaCy EntityRuler patterns, label ACTOR, id = canonical name.

    Put the ruler after the tagger (the wirehouse pipeline adds it before "ner"): the few
    single-word aliases that are common nouns ("regime", "monitor") carry a POS condition.

    Names and aliases match case-insensitively (LOWER), short acronyms by exact text. Owner +
    agent combinations ("Russian warplanes", "Syrian rebels") are patterns too; their id is the
    canonical name of the outcome. Always call ``resolve_actor(span.text)`` for the full Actor:
    the id alone does not carry the country and sector ("Syrian rebels" has id "Rebel groups").
    """
    return [dict(pattern) for pattern in _patterns()]


CAMEO_HEADER = """\
# Generic agent nouns -> CAMEO sector, derived from the CAMEO / PLOVER agents dictionary
# (cameo_agents.txt, Computational Event Data System Project; Copyright (c) 2014 Open Event Data
# Alliance; MIT licence, which permits this use with this notice). Regenerate with
#   python -m loaders.extraction.actors PATH/TO/cameo_agents.txt \\
#     > loaders/data/actors_cameo_agents.csv
# noun: lower case, singular (plurals are derived); sector: the code's first three letters (JRN read
# as MED, codes outside the allowed sectors dropped); cameo_code: the code as published.
#
# The MIT License (MIT)
#
# Copyright (c) 2014 Open Event Data Alliance
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
# THE SOFTWARE.
"""


def _write_cameo_table(source: Path) -> None:
    import sys

    rows = parse_cameo_agents(source.read_text(encoding="utf-8", errors="replace").splitlines())
    sys.stdout.write(CAMEO_HEADER)
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["noun", "sector", "cameo_code"])
    writer.writerows(rows)


if __name__ == "__main__":
    import sys

    _write_cameo_table(Path(sys.argv[1]))
