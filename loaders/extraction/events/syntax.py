"""Dependency-parse helpers shared by the event modules (subjects, objects, passives)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.claims import SAY_LEMMAS
from loaders.extraction.word_sets import words

# determiners that point at something the reader already knows ("the attack", "this raid")
DEFINITE = words("the this that these those")


def lemma_of(token: Token) -> str:
    return token.lemma_.lower()


def clause_verb(token: Token) -> Token:
    """The verb whose clause a token sits in (the token itself for a verb)."""
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current


def is_headline(sentence: Span) -> bool:
    """A short line with no full stop ("Iranian general killed", "Moscow denies missile crash")."""
    words = [t for t in sentence if not t.is_space]
    return 0 < len(words) <= 8 and not words[-1].is_punct


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    if is_headline(verb.sent) and verb.tag_ in ("VBD", "VBN") and not children(verb, "dobj"):
        return True  # "Iranian general killed": headlines drop the auxiliary
    if verb.tag_ != "VBN" or children(verb, "dobj"):
        return False
    auxiliaries = {c.lemma_.lower() for c in verb.children if c.dep_ == "aux"}
    # "with at least 43 people killed": the absolute "with X done" is passive too
    return "have" not in auxiliaries and verb.dep_ in ("ROOT", "conj", "acl", "pcomp")


def subject_of(verb: Token) -> Token | None:
    current = verb
    for _ in range(4):
        stray = stray_subject(current)
        if stray is not None:
            return stray
        for child in current.children:
            if child.dep_ in ("nsubj", "csubj"):
                return child
            if child.dep_ == "nsubjpass" and current is not verb and _participle_of(verb, current):
                return child  # "an insurgent was killed while fighting U.S. troops": he fought
        accused = accused_of(current)
        if accused is not None:
            return accused
        if (
            current.dep_ in ("conj", "xcomp", "advcl", "acl", "ccomp")
            and current.head.i != current.i
        ):
            if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
                clause = clause_of_set_off_participle(current)
                if clause is None:
                    return None
                current = clause  # "raided Kailek, a village ..., killing 75": the raiders
                continue
            if current.dep_ == "xcomp" and not any(c.dep_ == "auxpass" for c in current.children):
                raised = [c for c in current.head.children if c.dep_ == "nsubjpass"]
                if raised and any(c.dep_ == "auxpass" for c in current.head.children):
                    return raised[0]  # "Rebels are said to have seized": the raised subject
            phase = current.dep_ == "xcomp" and lemma_of(current.head) in PHASE_LEMMAS
            if lemma_of(current.head) in SAY_LEMMAS and not phase and current.dep_ != "xcomp":
                return None  # the speaker is not the actor of what is said ("claimed to have
                # killed": its infinitive is the speaker's own act, whose doer is the subject)
            if current.dep_ == "xcomp":
                controller = [c for c in current.head.children if c.dep_ == "dobj"]
                if controller:
                    return controller[0]  # "urged the army to attack": the army attacks
            current = current.head
            continue
        in_or_by = current.head.lower_ in ("in", "by")
        if current.dep_ == "pcomp" and in_or_by and current.tag_ == "VBG":
            # "troops succeeded in driving UNITA out": they drove ("before fleeing" is no act of
            # the clause's own event)
            governor = current.head.head
            if governor.pos_ in ("VERB", "AUX") and governor.i != current.i:
                current = governor
                continue
        break
    return None


# verbs of a phase whose infinitive is their own subject's act ("artillery began to shell"),
# which the claims' verbs of saying also hold ("he began", "she continued")
PHASE_LEMMAS = frozenset({"begin", "continue", "start", "resume", "keep"})


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
OBJECT_CHAIN = frozenset({"dobj", "appos", "conj", "pobj", "prep", "compound"})


def clause_of_set_off_participle(participle: Token) -> Token | None:
    """ "militiamen raided Kailek, a village south of Kass, killing 75 villagers": a participle
    set off by a comma that the parser hung on the verb's object (or on a noun in that object)
    is the verb's adverbial clause, so it shares the verb's subject; None for a participle
    that describes its noun ("men carrying rifles")."""
    doc = participle.doc
    if participle.tag_ != "VBG" or participle.i == 0 or doc[participle.i - 1].text != ",":
        return None
    noun = participle.head
    through_object = False
    for _ in range(6):
        if noun.dep_ not in OBJECT_CHAIN or noun.head.i == noun.i:
            return None
        through_object = through_object or noun.dep_ in ("dobj", "pobj")
        noun = noun.head
        if noun.pos_ in ("VERB", "AUX"):
            return noun if through_object else None
    return None


def stray_subject(verb: Token) -> Token | None:
    """ "shelled the town and snipers shot dead a woman": the parser takes the second clause's
    subject for a second object of the first verb (a conj of its object); the noun right before
    a finite coordinated verb (a conj, or misread as an advcl), after "and", that hangs on another
    word is that clause's subject."""
    if verb.dep_ not in ("conj", "advcl") or verb.tag_ not in FINITE_TAGS or verb.i == 0:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "conj" or noun.head.i >= noun.i:
        return None
    before = verb.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if before is None or before.lower_ != "and" or noun.head.dep_ in ("nsubj", "nsubjpass"):
        return None
    return noun


def _participle_of(verb: Token, head: Token) -> bool:
    """ "while fighting", "after attacking": a participle clause hung directly on ``head`` by a
    subordinator (not the result of "a truck was crashed into the crowd, killing 31")."""
    marked = any(c.dep_ == "mark" for c in verb.children)
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.i == head.i and marked


ACCUSING_LEMMAS = frozenset({"accuse", "blame", "suspect", "charge", "condemn", "hold"})


def accused_of(verb: Token) -> Token | None:
    """ "Armenia accused Azerbaijani forces of shelling Martuni": the one accused of a deed is
    its doer (in the accuser's report)."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in ("of", "for"):
        return None
    accusing = verb.head.head
    if accusing.dep_ == "dobj" and lemma_of(accusing.head) in ACCUSING_LEMMAS:
        return accusing  # "accused Ukrainian forces of firing": "of" hangs from the accused
    if lemma_of(accusing) not in ACCUSING_LEMMAS:
        return None
    accused = children(accusing, "dobj")
    return accused[0] if accused else None


def with_conjuncts(token: Token) -> list[Token]:
    """The token and the words coordinated with it ("killed and wounded": both verbs)."""
    return [token, *(c for c in token.children if c.dep_ == "conj")]


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the token's prepositions of ``preps``; a noun the parser made the subject
    of a participle after the preposition ("opened fire on [students marching] ...") is its
    object too."""
    return [
        obj
        for child in token.children
        if child.dep_ == "prep" and child.lower_ in preps
        for obj in _objects_of(child)
    ]


def _objects_of(prep: Token) -> list[Token]:
    found = []
    for obj in prep.children:
        if obj.dep_ == "pobj":
            found.append(obj)
        elif obj.dep_ == "pcomp" and obj.tag_ == "VBG":
            found += [s for s in obj.children if s.dep_ == "nsubj" and s.i < obj.i]
    return found


def participle_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """ "opened fire on striking garment workers", "fired at fleeing villagers": a participle
    the parser took for a gerund with an object is an adjective of the noun after it; "fired
    on women marching in Abobo": a gerund's subject is the noun a participle describes. Either
    noun is the preposition's object."""
    nouns = []
    for child in token.children:
        if child.dep_ != "prep" or child.lower_ not in preps:
            continue
        for verb in child.children:
            if verb.dep_ != "pcomp" or verb.tag_ != "VBG":
                continue
            for noun in verb.children:
                before = noun.dep_ == "dobj" and verb.i == child.i + 1
                after = noun.dep_ == "nsubj" and noun.i < verb.i and noun.pos_ == "NOUN"
                bare = not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
                if (before and bare and _only_modifiers(noun, verb)) or after:
                    nouns.append(noun)
    return nouns


def _only_modifiers(noun: Token, verb: Token) -> bool:
    return all(t.dep_ in ("compound", "amod") for t in noun.doc[verb.i + 1 : noun.i])


def modifier_words(token: Token) -> list[Token]:
    words = []
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss", "nummod"):
            words.extend(child.subtree)
    if token.i > 0:
        words.append(token.doc[token.i - 1])
    return words


def conj_start(token: Token) -> int:
    return min(t.i for t in token.subtree)


NEW_MENTION_DETERMINERS = words("a an another")
EVENT_HEADS = words(
    "strike airstrike raid attack bombing blast explosion shelling bombardment ambush assault "
    "offensive clash killing massacre"
)


def introduces(trigger: Token, determiners: frozenset[str] = NEW_MENTION_DETERMINERS) -> bool:
    """ "In Odesa, a missile strike killed three residents", "A week earlier, a drone strike on a
    madrassa": a noun with an indefinite article tells of another event, never one retold
    ("the strike had hit", "the raid", "strikes on Hamas sites" may be)."""
    noun = trigger.head if trigger.dep_ == "compound" else trigger  # "a [missile] strike"
    if noun.pos_ not in ("NOUN", "PROPN") or (
        noun is not trigger and noun.lemma_ not in EVENT_HEADS
    ):
        return False  # "destroyed a Houthi drone depot": a weapon word names a thing hit
    return any(c.dep_ == "det" and c.lower_ in determiners for c in noun.children)
