"""Modal scopes that the verb and noun tables reach only with a look at the clause around them
(events/modality.py asks): a negation inside what is hoped or feared ("hope the army will not
bomb the valley": open, not denied), the alternative an ultimatum offers ("surrender or face an
assault": a threat), the time an ultimatum gives ("gave the army 24 hours to withdraw": a
demand), the purpose troops are massed or readied for ("massing near Badme for an offensive": a
plan) and a warning that another side may strike ("the embassy warned that militants might
attack hotels": a possibility, not the embassy's threat)."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.syntax import lemma_of, words
from loaders.extraction.events.verb_classes import EMBEDDING_STANCES, restored_lemma

# the modals of a possibility, as against an intention ("will", "would": the warner's own)
EPISTEMIC = words("could might may")
# "give / set / grant the rebels 48 hours to leave", "until dawn to surrender"
GIVING = words("give set grant issue allow offer")
DEADLINE_NOUNS = words(
    "hour hours day days week weeks month months minute minutes deadline deadlines time "
    "ultimatum midnight dawn noon sunset"
)
DEADLINE_PREPS = words("until till by before")
# the verbs an ultimatum's alternative takes: "withdraw or face attack", "or risk a strike"
FACING = words("face risk invite court")
# verbs of massing, readying and placing forces: what they are done "for" is a plan
STAGING = words(
    "mass amass gather assemble concentrate deploy redeploy position station regroup reinforce "
    "muster mobilise mobilize stockpile rehearse train arm rearm prepare ready brace build dig"
)
# verbs of warning: their clause is the warner's threat unless another side is its subject
WARNING = words("warn caution alert")
# subjects that are never the warner's own side ("militants might attack", "Russian forces
# could launch"): armed groups named by kind, and sides named by a name or a demonym
HOSTILE_NOUNS = words(
    "militant militants rebel rebels insurgent insurgents terrorist terrorists jihadist "
    "jihadists extremist extremists gunman gunmen separatist separatists bandit bandits "
    "pirate pirates enemy enemies guerrilla guerrillas fighter fighters militia militias"
)
PRONOUNS = words("it they we he she i you this that")


def open_negation(token: Token, verb: Token) -> bool:
    """ "Villagers hope the army will not bomb their valley", "fear the rebels will not leave
    without a fight": a negated event inside what is hoped, feared or guessed is left open
    (``hypothetical``), not denied; a commitment not to act ("vowed not to attack") stays a
    denial, as a promise never to attack."""
    for negated in (token, verb):
        if not any(c.dep_ == "neg" for c in negated.children):
            continue
        while negated.dep_ == "conj" and negated.head.i != negated.i:
            negated = negated.head  # "hope the truce will hold and the militias will not attack"
        if negated.dep_ not in ("ccomp", "xcomp") or negated.head.i == negated.i:
            return False
        head = negated.head
        if any(c.dep_ == "neg" for c in head.children):
            return False  # "does not hope", "did not fear": read by the denial rules
        lemma = restored_lemma(lemma_of(head), head.lower_)
        if head.pos_ in ("VERB", "AUX"):
            return EMBEDDING_STANCES.get(lemma) == "hypothetical"
        return head.pos_ == "NOUN" and lemma in OPEN_NOUNS  # "in the hope the army will not"
    return False


OPEN_NOUNS = words("hope hopes fear fears worry worries concern concerns expectation doubt")


def ultimatum_alternative(token: Token) -> bool:
    """ "gave the garrison until dawn to surrender or face an all-out assault", "lay down their
    arms or risk attack": the event is the alternative an ultimatum offers, a threat."""
    if token.dep_ != "dobj" or token.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = token.head
    if lemma_of(verb) not in FACING or verb.dep_ != "conj":
        return False
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.head.children)


def deadline_demand(clause: Token, governor: Token) -> bool:
    """ "gave the Houthis 48 hours to leave the port", "set the rebels a deadline of Friday to
    withdraw", "gave the garrison until dawn to surrender": the infinitive is what the ultimatum
    demands."""
    if lemma_of(governor) not in GIVING:
        return False
    for child in governor.children:
        if child.dep_ == "dobj" and lemma_of(child) in DEADLINE_NOUNS:
            return True
        if child.dep_ == "prep" and child.lower_ in DEADLINE_PREPS:
            return True  # "until dawn"
    return clause.head.lower_ in DEADLINE_NOUNS  # "a deadline to withdraw" on the noun


def staged_for(preposition: Token, holder: Token) -> bool:
    """ "Troops are massing near Badme for a new offensive", "columns gathering outside the city
    for a final assault": the event is the purpose forces are readied for, a plan."""
    if preposition.lower_ != "for" or holder.pos_ not in ("VERB", "AUX"):
        return False
    return restored_lemma(lemma_of(holder), holder.lower_) in STAGING


def warned_of_others(warner: Token, clause: Token) -> bool:
    """ "The embassy warned that militants might attack hotels", "Washington warned that
    Russian forces could launch strikes": a warning that another side may strike tells a
    possibility, not a threat. The warner's own side ("Eritrea warned that it could invade",
    "the prime minister warned that the army might have to storm") keeps the threat."""
    if restored_lemma(lemma_of(warner), warner.lower_) not in WARNING:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in EPISTEMIC for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in PRONOUNS:
        return False
    if lemma_of(subject) in HOSTILE_NOUNS or subject.lower_ in HOSTILE_NOUNS:
        return True
    named = {
        t.lower_
        for t in subject.subtree
        if t.i <= subject.i and (t.ent_type_ in ("GPE", "NORP", "ORG") or t.pos_ == "PROPN")
    }
    own = {t.lower_ for c in warner.children if c.dep_ == "nsubj" for t in c.subtree}
    return bool(named) and not named & own


# "anyone who attacks a police station", "whoever fired the shots will be punished", "any group
# that attacks civilians": a doer chosen freely names no one, and no deed told
FREE_CHOICE = words("anyone anybody whoever whomever whatever anything")


def free_choice_event(token: Token) -> bool:
    """ "any attack on the pipeline", "any further rocket fire": an event noun chosen freely."""
    return token.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ == "any" for c in token.children
    )


def free_choice_doer(token: Token) -> bool:
    """The event's doer is anyone at all: the event is a case considered, not one told."""
    verb = token if token.pos_ in ("VERB", "AUX") else None
    if verb is None:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        subject = verb.head  # "anyone who attacked": the relative's antecedent
    if subject is None:
        return False
    if subject.lower_ in FREE_CHOICE:
        return True
    return any(c.dep_ == "det" and c.lower_ == "any" for c in subject.children)


# "an assassination attempt", "a kidnapping bid": the event a compound names is only tried
ATTEMPT_NOUNS = words("attempt attempts bid bids try")
# "are fighting to retake the city", "raced to seize the bridge": an effort, its end not reached
STRIVING = words("fight battle push race scramble work labour labor strain")


def compound_head_stance(token: Token, noun_stances: dict[str, str]) -> str | None:
    """The stance of the noun a trigger is the compound of: "an assassination attempt" (plan),
    "a bomb plot" (plan), "invasion fears" (hypothetical), "attack warnings" (threaten)."""
    if token.dep_ != "compound" or token.head.pos_ != "NOUN":
        return None
    head = lemma_of(token.head)
    if head in ATTEMPT_NOUNS:
        return "plan"
    return noun_stances.get(token.head.lower_) or noun_stances.get(head)


def strives_for(clause: Token) -> bool:
    """ "Government forces are fighting to retake the city": an infinitive an effort aims at."""
    return (
        clause.dep_ == "xcomp"
        and lemma_of(clause.head) in STRIVING
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


# verbs of saying whose past tense shifts a reported "will" to "would"
REPORTING = words("say tell announce state add declare confirm insist explain write report")


def future_in_past(verb: Token, modal: Token) -> str | None:
    """ "Abiy said the final phase of the offensive would begin when the ultimatum expired",
    "announced it would launch air strikes": a reported "will" (a plan), not a condition's
    "would"; with an "if" or "unless" anywhere in the clause it stays a condition, unless the
    speaker states what it would do itself ("Ethiopia said it would bomb rebel positions if the
    fighters did not leave": a threat)."""
    if modal.lower_ not in ("would", "'d") or verb.dep_ != "ccomp":
        return None
    speech = verb.head
    if lemma_of(speech) not in REPORTING or speech.tag_ != "VBD":
        return None
    if any(t.lower_ in ("if", "unless") for t in verb.sent):
        own = any(c.dep_ == "nsubj" and c.lower_ in SELF_PRONOUNS for c in verb.children)
        return "threaten" if own else None
    return "plan"


SELF_PRONOUNS = words("it they we i")


PERCEIVING = words("hear see feel smell watch observe spot sense")


def perceived(verb: Token, modal: Token) -> bool:
    """ "Heavy fighting could be heard in the south", "residents could see jets bombing the
    port": "could" of a verb of perception tells what was perceived, not a possibility."""
    return modal.lower_ in ("could", "can") and lemma_of(verb) in PERCEIVING


def subject_sought(preposition: Token, holder: Token, noun_stances: dict[str, str]) -> str | None:
    """ "Calls are growing for air strikes", "plans were drawn up for an offensive": what a
    noun of demand, plan or fear as the verb's subject is "for" has that noun's stance."""
    if preposition.lower_ != "for":
        return None
    for child in holder.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN":
            return noun_stances.get(child.lower_) or noun_stances.get(lemma_of(child))
    return None
