"""Triggers that name no event of their sentence: descriptions ("groups fighting the
government"), parts of other words or names ("strike-like", "Shell Oil"), names given to
something ("it's an attack on democracy"), rankings, charges ("charged with murder"), shares of a
statistic, past wars named whole, aggregates ("months of clashes") and earlier events named to
date another ("after the Peshawar bombing"), and a page's dated headline opening the text."""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.events import states, syntax
from loaders.extraction.events.court_frames import told_in_court
from loaders.extraction.events.eras import in_past_era
from loaders.extraction.events.generic_present import HABITUAL_ADVERBS, is_generic_present
from loaders.extraction.events.held_states import is_held_state
from loaders.extraction.events.known_events import is_known_mention
from loaders.extraction.events.references import refers_without_telling
from loaders.extraction.events.repeats import is_repeated
from loaders.extraction.events.stopped_events import is_stopped_or_examined
from loaders.extraction.events.stretches import over_a_stretch
from loaders.extraction.events.syntax import children, clause_verb, lemma_of, prep_objects, words
from loaders.extraction.events.tallies import is_command, is_statistic, is_tally

AGGREGATES = words(
    "surge wave spate string spree rise increase upsurge escalation months weeks years decades "
    "rounds century centuries"
)  # "a surge of bombings", "months of clashes": many events, none told ("a series of strikes
# on Raqqa" is told: Syria's dev set)
BACKGROUND_PREPS = words("after before following until since")
WAKE_WORDS = words("wake aftermath anniversary memory commemoration")
PARTICULARS = ("by", "on", "against", "at", "in", "between")  # its sides, its target, its place
# "charged with murder", "on suspicion of attempted murder", "jailed for killing a man": a
# charge or a sentence names a crime to try, not an event told
LEGAL_FRAMES = words(
    "charge convict conviction indict indictment sentence jail imprison acquit guilty suspicion "
    "suspect serve try trial prosecute prosecution arrest custody investigation probe acquittal "
    "investigate inquiry verdict offence offense crime penalty punishment"
)
LEGAL_PREPS = words("for of with over on in into including")  # "charged in the killing of"
PAST_WARS = words("war wars genocide holocaust revolution")
COPULAS = words("be become remain seem appear")  # "kidnappings have become routine"
GENERIC_WORDS = words(
    "common frequent rare routine commonplace regular widespread uncommon endemic rife typical "
    "usual normal"
)


def is_dated_headline(sentence: Span) -> bool:
    """ "Sat Jul 26 2014 ISIL Terrorists Execute 50 Captive Syrian Troops in Raqqa.": a page's
    date and headline, which the story's own sentences tell again."""
    first = next((t for t in sentence if not t.is_space), None)
    if first is None or first.ent_type_ not in ("DATE", "TIME") and not first.like_num:
        return False
    words = [
        t for t in sentence if t.is_alpha and len(t) > 3 and t.ent_type_ not in ("DATE", "TIME")
    ]
    capitalised = sum(1 for t in words if t.text[:1].isupper())
    return len(words) >= 3 and capitalised / len(words) >= 0.6


def names_no_event(token: Token) -> bool:
    """A trigger that names no event of its sentence: a description, an earlier event named to
    date another, a charge, a share of a statistic, or a past war's events."""
    return (
        is_descriptive(token)
        or is_topic(token)
        or is_habitual(token)
        or is_generic_present(token)
        or is_generic(token)
        or is_word_part(token)
        or is_predicate(token)
        or is_superlative(token)
        or is_background(token)
        or is_charge(token)
        or told_in_court(token)
        or is_statistic(token)
        or in_past_war(token)
        or in_past_era(token)
        or is_repeated(token)
        or over_a_stretch(token)
        or is_held_state(token)
        or tells_past_toll(token)
        or is_captivity(token)
        or states.is_durative(token)
        or states.is_lasting_state(token)
        or states.is_past_mention(token)
        or is_stopped_or_examined(token)
        or is_tally(token)
        or is_command(token)
        or states.is_charged_kind(token)
        or states.is_habitual_phrase(token)
        or states.is_trend(token)
        or states.is_present_description(token)
        or states.is_trend_noun(token)
        or states.is_penalty(token)
        or states.is_reputation(token)
        or refers_without_telling(token)
        or is_known_mention(token)
    )


NAME_LABELS = frozenset({"ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"})


def is_word_part(token: Token) -> bool:
    """ "strike-like conditions", "Yolanda-struck Leyte", "war-hit towns", "Shell Oil Corp.": the
    trigger is part of another word or of a name."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.text == "-" and not token.whitespace_:
        return True
    preceding = doc[token.i - 1] if token.i > 0 else None
    if (
        preceding is not None
        and preceding.text == "-"
        and not preceding.whitespace_
        and token.tag_ == "VBN"
        and token.dep_ in ("amod", "compound")
    ):
        return True
    return (
        token.pos_ == "PROPN"
        and token.ent_type_ in NAME_LABELS
        and any(t.is_lower for t in token.sent if t.is_alpha)  # not a title-case headline
    )


def is_predicate(token: Token) -> bool:
    """ "in what it said was a brutal attack": a name given to something told elsewhere in the
    sentence, not an event of its own ("it was the second attack on ..." tells one)."""
    head = token.head
    return (
        token.dep_ == "attr"
        and lemma_of(head) == "be"
        and any(c.dep_ == "nsubj" and c.lower_ == "what" for c in head.children)
    )


def is_topic(token: Token) -> bool:
    """ "a war epic about the battle of Stalingrad", "a book on the 1994 genocide": what a work
    or a talk is about, not an event told; nor is what a statement is set against ("were
    undertaken only by US assets, unlike the strikes against IS")."""
    return token.dep_ == "pobj" and token.head.lower_ in (
        "about",
        "regarding",
        "concerning",
        "unlike",
    )


def is_habitual(token: Token) -> bool:
    """ "armed groups frequently attack convoys", "in the past, the group has bombed churches":
    what someone does or did as a rule, not an event told."""
    verb = clause_verb(token)
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in HABITUAL_ADVERBS:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "in"
            and any(o.lower_ == "past" and o.dep_ == "pobj" for o in child.children)
        ):
            return True
    return False


def is_generic(token: Token) -> bool:
    """ "Clashes are common in the border area", "kidnappings are a lucrative business": a
    present-tense statement about a kind of event."""
    head = token.head
    present = head.tag_ in ("VBZ", "VBP") or any(  # "have become routine"
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in head.children
    )
    if token.dep_ != "nsubj" or lemma_of(head) not in COPULAS or not present:
        return False
    if any(c.dep_ in ("det", "poss") for c in token.children):
        return False  # "the offensive is part of the operation": one event, named
    return any(
        c.dep_ == "attr" and c.pos_ == "NOUN" or c.dep_ == "acomp" and c.lower_ in GENERIC_WORDS
        for c in head.children
    )


def is_superlative(token: Token) -> bool:
    """ "in one of the deadliest terrorist attacks in Russia's history": a ranking of the event
    the sentence tells with another word, not a second event."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lower_ == "one"
        and any(c.tag_ == "JJS" or c.lower_ in ("worst", "deadliest") for c in token.children)
    )


def is_charge(token: Token) -> bool:
    while (
        token.dep_ == "conj" and (token.pos_ == "NOUN" or token.tag_ == "VBG")
    ) and token.head.i != token.i:
        token = token.head  # "ordering the abduction, torture and killing of people", "of
        # ambushing and killing a diplomat and withdrawing"
    if token.dep_ == "dobj" and token.head.tag_ == "VBG" and token.head.dep_ == "pcomp":
        token = token.head  # "found guilty of ordering the killing"
    if token.dep_ not in ("pobj", "pcomp") or token.head.lower_ not in LEGAL_PREPS:
        return False
    node = token.head.head
    for _ in range(4):  # "arrested, including one for assaulting a police officer"
        if lemma_of(node) in LEGAL_FRAMES or node.lower_ in LEGAL_FRAMES:
            return True
        if node.pos_ == "VERB" and any(
            c.dep_ == "dobj" and lemma_of(c) in LEGAL_FRAMES for c in node.children
        ):
            return True  # "initiated an investigation into the attack"
        if lemma_of(node) in ("accuse", "suspect") and (
            node.dep_ in ("acl", "amod", "relcl") or any(c.dep_ == "auxpass" for c in node.children)
        ):
            return True  # "a man accused of murdering his wife", "he is accused of ordering"
        if node.head.i == node.i or node.pos_ == "VERB" and node.dep_ not in ("prep", "pcomp"):
            return False
        node = node.head
    return False


def in_past_war(token: Token) -> bool:
    """ "captured the region in the 1967 war", "Koreans killed in the war": a war named whole,
    not an event of the news."""
    holders = [token, clause_verb(token)]
    for holder in holders:
        for child in holder.children:
            if (
                child.dep_ == "prep"
                and child.lower_ in ("in", "during")
                and any(_past_war(o, token) for o in child.children if o.dep_ == "pobj")
            ):
                return True
    return False


CAPTIVES = words("hostage hostages captive captives")


def is_captivity(token: Token) -> bool:
    """ "rebels are holding 20 hostages", "the hostages have been held since March": a state of
    captivity, not the taking of hostages ("held 30 people hostage for ten hours on Monday" is
    told in the simple past and stays)."""
    if lemma_of(token) not in CAPTIVES:
        return False
    verb = token.head
    if lemma_of(verb) not in ("hold", "keep"):
        return False
    auxiliaries = {lemma_of(c) for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return (
        verb.tag_ in ("VBZ", "VBP", "VBG")
        or "have" in auxiliaries
        or any(c.lower_ in ("still", "since") for c in verb.children)
    )


def tells_past_toll(token: Token) -> bool:
    """ "the genocide, in which 800,000 people died", "the war, which killed a million people",
    "the anniversary of the battle in which 2,000 soldiers died": a relative clause on a past war
    or on an event named only to date or recall another tells that event's toll, not an event
    of the news."""
    verb = clause_verb(token)
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    nouns = [verb.head]
    if verb.head.dep_ == "pobj" and verb.head.head.lower_ == "of":
        nouns.append(verb.head.head.head)  # "the battle of Dien Bien Phu, in which ..."
    nouns += prep_objects(verb.head, ("of",))  # "veterans of the war, in which ...", misattached
    return any(
        lemma_of(noun) in PAST_WARS or is_background(noun) or is_topic(noun) for noun in nouns
    )


def _past_war(noun: Token, token: Token) -> bool:
    """ "the 1967 war", "the 1941-45 war"; "the war" for a participle ("Koreans killed in the
    war"), never "a war that has killed 400,000" beside an event."""
    if lemma_of(noun) not in PAST_WARS:
        return False
    if any(t.like_num for t in noun.subtree if t.i < noun.i):
        return True
    return token.dep_ == "acl" and any(c.lower_ == "the" for c in noun.children)


def is_descriptive(token: Token) -> bool:
    """ "groups fighting against the government", "a coalition fighting IS": a participle that
    describes who someone is, not an event that happened."""
    if token.pos_ == "VERB" and token.tag_ == "VBN" and token.dep_ == "amod":
        return True  # "the kidnapped group's founder", "the shelled town": a state
    acl = token.pos_ == "VERB" and token.tag_ == "VBG" and token.dep_ == "acl"
    return (
        acl and syntax.clause_of_set_off_participle(token) is None
    )  # not "raided X, a town, killing"


def is_background(token: Token) -> bool:
    """ "in a reshuffle after the Peshawar bombing", "after the attacks": an earlier event
    named to date another, told (if at all) in its own sentence, not an event of this one."""
    if token.pos_ in ("VERB", "AUX"):
        return any(  # "has fought against IS in a string of battles starting in 2014"
            lemma_of(o) in AGGREGATES or o.lower_ in AGGREGATES
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in ("in", "during", "over")
            for o in c.children
            if o.dep_ == "pobj"
        )
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "nsubj":
        # "have fled since clashes erupted in 2012": a starting point, not an event told
        return any(m.dep_ == "mark" and m.lower_ == "since" for m in token.head.children)
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "pobj":
        return False
    prep = token.head
    holder = prep.head
    if prep.lower_ == "of" and lemma_of(holder) in WAKE_WORDS:
        return True  # "in the wake of the murder"
    if prep.lower_ == "of" and lemma_of(holder) in states.BEGINNINGS and holder.dep_ == "pobj":
        return holder.head.lower_ in BACKGROUND_PREPS  # "since the start of the offensive"
    if (
        prep.lower_ in ("during", "in")
        and holder.pos_ == "NOUN"
        and holder.dep_ == "pobj"
        and is_background(holder)
    ):
        return True  # "after the murder of a soldier during a night-time attack"
    aggregate = lemma_of(prep.head) in AGGREGATES or prep.head.lower_ in AGGREGATES
    if prep.lower_ == "of" and aggregate:
        return True  # "battles a surge of suicide bombings": many events, none told
    if prep.lower_ not in BACKGROUND_PREPS and not (
        prep.lower_ == "of" and prep.head.lower_ == "ahead"
    ):
        return False
    if any(states.is_year(c) for c in token.children if c.dep_ in ("nummod", "compound", "amod")):
        return True  # "the worst since a 2009 attack that killed 40": dated, another event
    if states.is_own_fighting(token):
        return False  # "seized the airfield after a fierce battle": the capture's own fight
    counted = [t for c in children(token, "prep") if c.lower_ == "of" for t in c.subtree]
    numbers = [t for t in [*token.children, *counted] if t.like_num]
    if any(t.tag_ == "CD" for t in numbers):
        return False  # "after the beheading of 21 Christians": told with its own details
    if numbers and (children(token, "prep") or any(t.ent_type_ == "DATE" for t in token.subtree)):
        return False  # "since its first attack against an official this past August"; not
        # "since the first killings", a starting point
    if any(c.lower_ in ("a", "an") for c in token.children) and prep_objects(token, PARTICULARS):
        return False  # "after a deadly attack by al Qaeda fighters": an indefinite told in full
    return prep.lower_ in ("after", "following") or any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") or c.pos_ == "PROPN"
        for c in token.children
    )
