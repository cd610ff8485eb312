"""Toll clauses linked to the attack they tell the deaths of, so that they add to it and never
make an event of their own.

Two links, both by grammar rather than by phrase:
- In one sentence, a generic attack noun ("attack", "assault") that carries the deaths ("six
  people were killed in an attack when a grenade was thrown into a bar", "The first attack --
  a suicide bombing at a concert -- killed 22 people") and a means of the strike or bombing
  family told beside it (its apposition, or a clause of the same verb) are one act: the means
  gives the type, the attack its deaths, victims, place and doer (``fold_generic_attacks``).
- Across sentences (events/followups.py), a death clause with no doer of its own ("Five
  soldiers were killed", "31 rebels died in the fighting") or a definite means noun that kills
  ("The blast killed seven policemen") after an attack told in the writer's own voice adds the
  toll of that attack, whoever gives the figure (a hospital, a monitor, the army): the voice of
  a toll does not make another version of the act (``adds_toll``). After an attack a side
  tells, another side's figure stays a version of its own (events/retold.py).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from loaders.extraction.events.raw import RawEvent
from loaders.extraction.events.syntax import lemma_of, with_conjuncts, words
from loaders.extraction.events.target_heads import prefers_victims
from loaders.extraction.events.triggers import TriggerBook, triggers_for
from loaders.extraction.quantities import Count, parse_count

GENERIC_ATTACKS = words("attack assault")
# what a generic attack is typed before a means names its kind (the trigger book's default,
# or a killing by its victims)
GENERIC_TYPES = frozenset({"armed_clash", "killing"})
MEANS_TYPES = frozenset({"air_strike", "missile_attack", "shelling", "bombing", "suicide_bombing"})
ROLES = ("actor", "target", "location", "date_text", "killed", "injured")


def fold_generic_attacks(events: list[RawEvent]) -> list[RawEvent]:
    """Fold each generic attack noun into the means of the same sentence that tells its kind
    (module doc); the means event keeps its own roles and takes what it lacks."""
    kept = list(events)
    for attack in events:
        if not _generic_attack(attack):
            continue
        means = [m for m in kept if m is not attack and _tells_kind(m, attack)]
        if not means:
            continue
        host = min(means, key=lambda m: abs(m.trigger.i - attack.trigger.i))
        if attack.killed is not None and host.killed is None and prefers_victims(host.target):
            host.target = attack.target or host.target
        for name in ROLES:
            if getattr(host, name) is None:
                setattr(host, name, getattr(attack, name))
        if getattr(attack, "victims", None) is not None and host.killed is attack.killed:
            host.victims = attack.victims  # type: ignore[attr-defined]
        host.tokens |= attack.tokens
        kept.remove(attack)
    return kept


def _generic_attack(event: RawEvent) -> bool:
    trigger = event.trigger
    return (
        trigger.pos_ == "NOUN"
        and lemma_of(trigger) in GENERIC_ATTACKS
        and event.type in GENERIC_TYPES
    )


def _tells_kind(means: RawEvent, attack: RawEvent) -> bool:
    """The means is told as this attack: same stance, no doer that differs, and linked in the
    parse (apposed to the attack noun, or under the verb the attack hangs from)."""
    if means.type not in MEANS_TYPES or means.stance != attack.stance:
        return False
    if means.killed is not None and attack.killed is not None:
        return False  # two tolls: two acts
    names = [(e.actor or {}).get("name") for e in (means, attack)]
    if None not in names and names[0] != names[1]:
        return False
    return _linked(means.trigger, attack.trigger)


def _linked(means: Token, attack: Token) -> bool:
    if means.dep_ == "appos" and means.head.i == attack.i:
        return True  # "the first attack -- a suicide bombing at a concert --"
    clause, other = _clause_of(attack), _clause_of(means)
    return clause is not None and other is not None and other.i == clause.i


def _clause_of(token: Token) -> Token | None:
    """The verb whose clause holds the token, climbing through "when" clauses only ("were
    killed when a grenade was thrown"): a "while" or "as" clause tells another act."""
    head = token
    while True:
        if head.pos_ in ("VERB", "AUX") and not _when_clause(head):
            return head
        if head.head.i == head.i:
            return None
        head = head.head


def _when_clause(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in verb.children
    )


def adds_toll(first_claimant: dict | None, event: dict, trigger: Token | None) -> bool:
    """A later report that only adds the toll of an attack told in the writer's own voice: a
    death clause with no doer of its own, or a definite means noun that killed ("The blast
    killed seven"), whoever gives the figure (module doc)."""
    if first_claimant is not None or trigger is None or event["stance"] != "assert":
        return False
    actor = event.get("actor")
    words_ = ((actor or {}).get("text") or "").lower()
    if words_ and words_ not in ("it", "they"):
        return False  # a doer of its own (a side known without words is none)
    if trigger.lemma_.lower() in ("die", "perish"):
        return True
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children):
        return True  # "Five soldiers were killed", "were killed in the fighting"
    return trigger.pos_ == "NOUN" and (
        any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trigger.children)
        or time_span_of(trigger)  # "died in six hours of fighting"
    )


SPANS_OF_TIME = words("minute hour day night week")


def time_span_of(trigger: Token) -> bool:
    """ "six hours of fighting", "two days of clashes": an act told by how long it went on."""
    head = trigger.head
    return trigger.dep_ == "pobj" and head.lower_ == "of" and lemma_of(head.head) in SPANS_OF_TIME


# words of a war's or a period's toll ("the death toll in the conflict has risen to 5,000
# since 2011"): not the toll of the attack told just before
PERIOD_WORDS = words("since war conflict insurgency year years month months week weeks overall")


def spans_a_period(sentence: Span) -> bool:
    """ "The death toll rose to 12" gives the attack told before its first count; a toll of a
    war or a period does not."""
    return any(t.lower_ in PERIOD_WORDS for t in sentence)


TOLL_NOUNS = words("toll")


def revise_tolls(doc: Doc, events: list[dict], numbers: list[int], window: int) -> None:
    """ "The toll rose to 86 on Monday as soldiers found more bodies": a sentence that tells no
    event of its own and revises the toll gives the event told just before (within ``window``
    sentences) its new count, or its first one (not a war's or a period's toll)."""
    told = set(numbers)
    for number, sentence in enumerate(doc.sents):
        if number in told:
            _raise_own_toll(
                sentence, [e for e, n in zip(events, numbers, strict=True) if n == number]
            )
            continue
        count = _revised_count(sentence)
        earlier = [i for i, n in enumerate(numbers) if 0 < number - n <= window]
        if count is None or not earlier:
            continue
        event = events[earlier[-1]]
        if event["stance"] == "assert" and (
            event.get("killed_low") is not None or not spans_a_period(sentence)
        ):
            event.update(killed_low=count.low, killed_best=count.best, killed_high=count.high)
            event["killed_open_ended"] = count.open_ended


RISING_VERBS = words("rise climb increase jump reach")  # "the toll rose to 86"
RAISING_VERBS = words("raise bring push take lift")  # "raising the death toll to 38"


def _raise_own_toll(sentence: Span, events: list[dict]) -> None:
    """ "Police recovered 11 more bodies, raising the death toll from the attack to 38": a
    clause that raises the toll in the sentence of the event gives its count (the higher)."""
    count = _revised_count(sentence, causative=True)
    if count is None or count.low is None or not events or spans_a_period(sentence):
        return
    for event in events:
        if event["stance"] == "assert" and (event.get("killed_low") or 0) < count.low:
            event.update(killed_low=count.low, killed_best=count.best, killed_high=count.high)
            event["killed_open_ended"] = count.open_ended


def _revised_count(sentence: Span, causative: bool = False) -> Count | None:
    """The count of "the (death) toll rose / has risen / climbed to N", or with ``causative``
    of "raising / bringing the (death) toll to N"."""
    for token in sentence:
        if token.lemma_.lower() not in TOLL_NOUNS:
            continue
        verb = token.head
        rising = token.dep_ == "nsubj" and verb.lemma_.lower() in RISING_VERBS
        raised = token.dep_ == "dobj" and verb.lemma_.lower() in RAISING_VERBS
        # in the event's own sentence: "raising the toll to 38", "the toll from the attack rose"
        own = raised or (rising and any(p.lower_ == "from" for p in token.children))
        if not (own if causative else rising or raised):
            continue
        for prep in verb.children:
            number = (
                next((c for c in prep.subtree if c.like_num), None)
                if prep.dep_ in ("prep", "dobj")
                else None
            )
            if number is not None and (prep.dep_ == "dobj" or prep.lower_ == "to"):
                return parse_count(" ".join(t.text for t in prep.subtree if t.lower_ != "to"))
    return None


def names_the_means(first: dict, event: dict, trigger: Token | None) -> bool:
    """ "At least 12 people were killed in a terrorist attack at a train station. The blast
    occurred ...": deaths told first with no doer and no means, then the means named with a
    definite noun and no count of its own: the means is what killed them, the first report's
    type."""
    return (
        first["type"] == "killing"
        and first.get("actor") is None
        and event["type"] in MEANS_TYPES
        and event.get("killed_low") is None
        and trigger is not None
        and trigger.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trigger.children)
    )


def antecedent_means(trigger: Token, book: TriggerBook) -> str | None:
    """ "an end to the shelling of Donetsk, which killed 15 civilians last week": deaths told in
    a relative clause on a means noun are that means' toll, of its type (the noun itself may be
    told as something to stop, yet the clause says it happened)."""
    if trigger.dep_ != "relcl":
        return None
    noun = trigger.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "the shelling of Donetsk, which killed ..."
    if noun.pos_ != "NOUN":
        return None
    types = [t.type for t in triggers_for(noun, book)]
    return next((t for t in types if t in MEANS_TYPES), None)


RAID_LEMMAS = words("storm attack raid assault")
FIGHTING_SIDES = frozenset({"MIL", "COP", "SPY", "REB", "INS", "SEP", "UAF", "IMG", "RAD"})


def type_by_added_toll(
    event_type: str, trigger: Token | None, killed: int | None, victims: dict | None
) -> str:
    """ "Gunmen stormed an army checkpoint. Five soldiers were killed": a storming or an attack
    on the ground, typed a push until its toll is told, is typed by whom it killed (rules
    "Types" and "Police raids" of tests/devset_world/README.md): fighters or police, a
    battle; people who do not fight, a killing."""
    if event_type != "ground_offensive" or trigger is None or killed is None:
        return event_type
    if lemma_of(trigger) not in RAID_LEMMAS:
        return event_type
    sector = (victims or {}).get("sector")
    if sector in FIGHTING_SIDES:
        return "armed_clash"
    return event_type if sector is None else "killing"


ATTACK_NOUNS = words("attack attacks assault assaults ambush ambushes raid raids")


def killed_in_attack(trigger: Token) -> bool:
    """ "12 policemen were killed in gunfire assaults at a police station": deaths told as
    the toll of an attack by no one named (rule "Types": an attack that kills soldiers or police
    is a battle, whoever made it)."""
    if trigger.lower_ in ATTACK_NOUNS and trigger.dep_ == "pobj":
        return trigger.head.lower_ in ("in", "during")  # the attack noun told with the deaths
    verbs = with_conjuncts(trigger)  # "killed and wounded in"
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during")
        and any(o.dep_ == "pobj" and o.lower_ in ATTACK_NOUNS for o in c.children)
        for verb in verbs
        for c in verb.children
    )
