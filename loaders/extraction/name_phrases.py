"""Tests of the words of an actor phrase that ``Referents`` reads: "the London-based
Observatory", a name in an "of" phrase, a capitalised generic head inside a longer name."""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.actors import Actor, load_dictionary
from loaders.extraction.actors.model import STATE_ORGAN_SECTORS
from loaders.extraction.mentions import actor_of, ent_at, place_of


def based_on(ent: Span) -> bool:
    doc = ent.doc
    following = [t.lower_ for t in doc[ent.end : ent.end + 2]]
    ethnic = ent.start > 0 and doc[ent.start - 1].lower_ == "ethnic"  # a people, not its state
    based = "based" in following or any(t.lower_.endswith("-based") for t in ent)
    return based or pro_or_anti(ent) or ethnic


def pro_or_anti(ent: Span) -> bool:
    """ "pro-Russia separatists", "anti-Kabul militias": the state named is whom the side
    favours or fights, not the side."""
    doc = ent.doc
    before = [t.lower_ for t in doc[max(ent.start - 2, 0) : ent.start]]
    return before[-2:] in (["pro", "-"], ["anti", "-"]) or (
        bool(before) and before[-1] in ("pro-", "anti-")
    )


def demonym_country(agent: Actor, core: Span) -> Actor:
    """ "Iraqi Republican Guard positions": a state's organ the dictionary places in one state
    ("Republican Guard": Syria's) belongs to the state the phrase's only demonym names."""
    if agent.kind != "state" or not agent.country:
        return agent
    named: dict[str, Actor] = {}
    for words in _name_runs(core):
        for text in words:
            owner = actor_of(text)
            if owner is not None and owner.kind == "state" and owner.country:
                named.setdefault(owner.country, owner)
    if len(named) != 1 or agent.country in named:
        return agent
    country, state = next(iter(named.items()))
    return Actor(state.name, country, agent.sector, "state")


def _name_runs(core: Span) -> list[list[str]]:
    """The texts to read as owners, per run of adjectives and proper nouns: a run that is a
    state's whole name alone ("Papua New Guinea", "South Sudan", "Equatorial Guinea": no
    Guinea, no Sudan inside it), else each of its words."""
    runs: list[list[Token]] = []
    for token in core:
        if token.pos_ not in ("ADJ", "PROPN"):
            runs.append([])
        elif runs and runs[-1] and runs[-1][-1].i == token.i - 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    texts: list[list[str]] = []
    for run in (run for run in runs if run):
        whole = actor_of(core.doc[run[0].i : run[-1].i + 1].text) if len(run) > 1 else None
        if whole is not None and whole.kind == "state" and whole.sector == "GOV":
            texts.append([core.doc[run[0].i : run[-1].i + 1].text])
        else:
            texts.append([token.text for token in run])
    return texts


def under_of(token: Token, head: Token) -> bool:
    """Whether a token sits in an "of" phrase hanging from ``head``."""
    current = token
    for _ in range(6):
        if current.dep_ == "prep" and current.lower_ == "of" and current.head.i == head.i:
            return True
        if current.head.i == current.i or current.i == head.i:
            return False
        current = current.head
    return False


def name_of_its_own(actor: Actor, head: Token, span: Span, core: Span) -> bool:
    """A capitalised generic head inside a longer name ("The Union of ...") names that body."""
    generic = actor.kind == "agent" and not actor.country
    named = head.pos_ == "PROPN" and not head.is_sent_start and len(span) > len(core)
    return generic and named


def speaks_next(token: Token) -> bool:
    """ "killing three fighters ..., the Syrian Observatory for Human Rights reported": a phrase
    the parser hangs as an apposition but that is followed by a verb of saying is the speaker of
    the sentence, not another name of the phrase before it."""
    from loaders.extraction.claims import SAY_LEMMAS  # claims reads referents: import late

    after = token.right_edge.i + 1
    return after < len(token.doc) and token.doc[after].lemma_.lower() in SAY_LEMMAS


def owned_by_state(agent: Actor, head: Token) -> Actor:
    """ "Russia's defence ministry", "Kenya's army" (the model may name the owner and the organ
    apart): a generic organ with a state as its possessor is that state's."""
    if agent.kind != "agent" or agent.country:
        return agent
    for child in head.children:
        if child.dep_ != "poss" or child.pos_ not in ("PROPN", "NOUN"):
            continue
        owner = actor_of(head.doc[child.left_edge.i : child.i + 1].text)
        if owner is None or owner.kind != "state" or not owner.country:
            continue
        if agent.sector in STATE_ORGAN_SECTORS:
            return Actor(owner.name, owner.country, agent.sector, "state")
        return Actor(agent.name, owner.country, agent.sector, agent.kind)
    return agent


def coordinated_sides(core: Span) -> Actor | None:
    """ "Eritrean and Ethiopian troops", "Saudi and Emirati jets": sides named together before
    one noun act as one; the first named stands for them (as the dev set codes a coalition of
    states by its first member), never the one the model's span happens to end on."""
    if not any(t.dep_ == "cc" and t.i < core.end - 1 for t in core) or len(core) > 8:
        return None
    whole = actor_of(core.text)
    return whole if whole is not None and whole.kind == "state" and whole.country else None


# Words after an agent noun that tie it to whose it is: "forces loyal to X", "militants from X's
# party", "a spokesman for X" (the dictionary's links, read on the whole phrase)
TIE_WORDS = frozenset({"loyal", "of", "from", "for", "with"})


def tied_whole(head: Token, span: Span) -> Actor | None:
    """An unowned agent tied by the words after it to a side with a country: the whole phrase
    resolves ("Troops loyal to President Salva Kiir": South Sudan's; "Militants from Turkey's
    outlawed Kurdistan Workers' Party": the PKK), a person never (the person's men are the
    person's side, not the person)."""
    after = head.doc[head.i + 1] if head.i + 1 < span.end else None
    if after is None or after.lower_ not in TIE_WORDS:
        return None
    whole = actor_of(span.text)
    return whole if whole is not None and whole.country and whole.kind != "person" else None


def clause_antecedent(pronoun: Token) -> Token | None:
    """ "Militants ... killed at least 65 people as they attacked a village": "it"/"they" as the
    subject of a clause hung on a verb (as, when, after, while, and) is that verb's own subject
    when it names someone; a speaker's "they" ("the army said they had struck") is left to the
    claims."""
    if pronoun.lower_ not in ("it", "they") or pronoun.dep_ != "nsubj":
        return None
    clause = pronoun.head
    if clause.dep_ == "relcl" and clause.head.dep_ == "dobj":
        clause = clause.head  # "demanded that the rebels release the teachers they abducted"
    if clause.dep_ not in ("advcl", "conj", "dobj") or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    main = clause.head
    if main.lemma_ in SAYING_LEMMAS:
        return None
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ in ("PRON", "DET") or subject.dep_ == "nsubjpass":
        return None  # "the teachers were abducted as they...": the victims are no doer
    return subject


SAYING_LEMMAS = frozenset({"say", "tell", "claim", "announce", "report", "add", "state"})


def side_speaks(owner: Token, speaker: Actor | None) -> bool:
    """ "Iraq said its forces had taken Khorramshahr": a state or an armed side telling of "its"
    forces tells of its own, whoever else the sentence names (a monitor's "its" does not)."""
    side = speaker is not None and (
        speaker.kind in ("state", "armed_group") or speaker.sector in ("GOV", "MIL")
    )
    return side and owner.lower_ in ("its", "their") and owner.head.lemma_.lower() in FORCES_WORDS


FORCES_WORDS = frozenset(
    [
        "force",
        "forces",
        "troops",
        "soldier",
        "soldiers",
        "army",
        "jet",
        "jets",
        "warplane",
        "warplanes",
        "fighter",
    ]
)


def impersonal(owner: Token, speaker: Actor | None) -> bool:
    """ "its", "their" never stand for a person who speaks."""
    return owner.lower_ in ("its", "their") and speaker is not None and speaker.kind == "person"


def stateless_people(word: Token) -> bool:
    """ "Kurdish", "Baloch", "Tamil": a people's name that names no state ("a senior Kurdish
    commander" is no home state's officer; "Syrian" is read as its state before that)."""
    if not word.text[:1].isupper() or word.ent_type_ != "NORP":
        return False
    actor, place = actor_of(word.text), place_of(word.text)
    return (actor is None or actor.kind != "state") and (
        place is None or place.precision != "country"
    )


def state_organ(head: Token) -> Actor | None:
    """An organisation the model found but no dictionary knows, named after a state."""
    name = ent_at(head)
    if name is None or name.label_ not in ("ORG", "FAC"):
        return None
    for token in name:
        if token.pos_ in ("ADJ", "PROPN") and token.i != head.i:
            actor = actor_of(token.text)
            if actor is not None and actor.kind == "state":
                return Actor(actor.name, actor.country, "GOV", "state")
    return None


def generic_state_word(core: Span) -> bool:
    """ "the regime forces": a common word the dictionary gives one state (Syria's "regime")
    with no word naming any state; read in the story's own state, not the dictionary's."""
    generic = load_dictionary().generic
    if not any(t.lower_ in generic for t in core):
        return False
    return not any(
        (a := actor_of(t.text)) is not None and a.kind == "state"
        for t in core
        if t.lower_ not in generic and t.pos_ in ("PROPN", "ADJ")
    )


def agent_word(ent: Span) -> bool:
    """ "Jets struck ...", "Gunmen stormed ...": a capitalised agent noun the model took for a
    person's name."""
    found = actor_of(ent.text) if len(ent) == 1 else None
    return found is not None and found.kind == "agent"


NAMING_LEMMAS = frozenset({"know", "call", "name", "dub", "style"})


def named_as(head: Token) -> Token | None:
    """ "A group known as the Guerreros Unidos", "a group calling itself the Mujahideen Youth
    Movement", "a militia called the Popular Mobilisation Forces": the name the phrase gives."""
    for verb in head.children:
        if verb.dep_ != "acl" or verb.lemma_.lower() not in NAMING_LEMMAS:
            continue
        for child in verb.children:
            if child.dep_ in ("oprd", "xcomp") and child.pos_ == "PROPN":
                return child
            if child.dep_ == "prep" and child.lower_ == "as":
                return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def outer_demonym(actor: Actor, side: Span, ents: list[Span]) -> Actor:
    """ "Bosnian Croat forces", "Bosnian Serb gunners", "Pakistani Taliban": a state's demonym
    right before a side the dictionary places in another state says where the side belongs
    (the outer word the state, the inner the people or the group); its sector and kind stay."""
    before = next((e for e in ents if e.end == side.start and e.label_ == "NORP"), None)
    if before is None or not actor.country or pro_or_anti(before):
        return actor
    state = actor_of(before.text)
    if (
        state is None
        or state.kind != "state"
        or not state.country
        or state.country == actor.country
    ):
        return actor
    if actor.kind == "state":
        return Actor(state.name, state.country, actor.sector, "state")
    return Actor(actor.name, state.country, actor.sector, actor.kind)


def group_after_of(head: Token, span: Span) -> Actor | None:
    """A generic armed noun tied by "of" to a named armed group is that group's, whatever people
    the words before it name: "Kurdish militants of the PKK" (no Syrian YPG), "Somali fighters
    of al-Shabaab"."""
    after = head.i + 1
    if after >= span.end or head.doc[after].lower_ != "of":
        return None
    whole = actor_of(span.text)
    return whole if whole is not None and whole.kind == "armed_group" and whole.country else None
