"""Word sense of a trigger: is this "strike" a labour strike, this "fire" a dismissal?

The senses and their cues are data (``senses`` and ``classes`` in event_triggers.yaml): each
listed sense is one that names no violent event. A sense is chosen when any of its cues holds
and none of its ``unless`` cues does; the trigger then names no event. Cues read the parse
around the trigger only (its modifiers, its doer, its object, the verb that governs it, its
prepositional objects, its tag); two kinds read wider frames: ``sentence`` (its nouns: a
military exercise) and ``document`` (the story's nouns: a bare "the strike" in a story about
workers and pay that names no aircraft, weapon or army anywhere).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from loaders.extraction.doc_memo import columns, remembered, sentence_bounds
from loaders.extraction.events.doer_kinds import STATE, is_quantity, names_state, speaker_for
from loaders.extraction.events.misread_verbs import misread_objects
from loaders.extraction.events.syntax import clause_verb, lemma_of, subject_of, words

CUE_KINDS = (
    "modifiers", "subjects", "objects", "governors", "preps", "tags", "effects", "heads",
    "outcomes", "sentence", "conjuncts", "document",
)  # fmt: skip
NUMBER_WORDS = words(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "sixty hundred"
)
ALL_TRIGGERS = "*"  # the senses key that applies to every trigger
MODIFIER_DEPS = ("compound", "amod", "nmod", "npadvmod", "poss", "nummod", "advmod", "acomp")


@dataclass(frozen=True)
class Sense:
    """A non-violent sense of a trigger and the cues that select it."""

    name: str
    cues: dict[str, frozenset[str]]  # cue kind -> words; "preps" keys are "prep word"
    unless: dict[str, frozenset[str]]


def read_senses(content: dict) -> dict[str, tuple[Sense, ...]]:
    """The ``senses`` section, with ``@class`` names expanded from ``classes``."""
    named = {**(content.get("cues") or {}), **(content.get("classes") or {})}  # "@people" too
    classes = {name: list(words) for name, words in named.items()}

    def expand(words: Iterable[str]) -> frozenset[str]:
        out: set[str] = set()
        for word in words:
            word = str(word).strip()
            out |= expand(classes[word[1:]]) if word.startswith("@") else {word}  # classes nest
        return frozenset(w if w in ("PERSON", "NONE", STATE) else w.lower() for w in out)

    def cues_of(spec: dict) -> dict[str, frozenset[str]]:
        cues: dict[str, frozenset[str]] = {}
        for kind, value in spec.items():
            if kind == "unless":
                continue
            if kind not in CUE_KINDS:
                raise ValueError(f"event_triggers.yaml: unknown sense cue {kind!r}")
            if kind == "preps":
                cues[kind] = frozenset(
                    f"{prep} {word}" for prep, words in value.items() for word in expand(words)
                ) | frozenset(f"{prep} *" for prep, words in value.items() if not words)
            elif kind == "tags":
                cues[kind] = frozenset(str(v) for v in value)
            else:
                cues[kind] = expand(value)
        return cues

    senses = {}
    for lemma, named in (content.get("senses") or {}).items():
        senses[lemma] = tuple(
            Sense(name, cues_of(spec), cues_of(spec.get("unless") or {}))
            for name, spec in named.items()
        )
    common = senses.pop(ALL_TRIGGERS, ())
    triggers = set(content.get("triggers") or ()) | set(senses)
    return {lemma: senses.get(lemma, ()) + common for lemma in triggers}


def other_sense(token: Token, senses: tuple[Sense, ...]) -> str | None:
    """The name of the non-violent sense the trigger is used in here, or None."""
    if not senses:
        return None
    seen: dict[str, frozenset[str]] = {}

    def words_for(kind: str) -> frozenset[str]:
        if kind not in seen:
            words = READERS[kind](token)  # the sentence's and story's nouns: sets kept whole
            seen[kind] = words if isinstance(words, frozenset) else frozenset(words)
        return seen[kind]

    for sense in senses:
        if _holds(sense.cues, words_for) and not _holds(sense.unless, words_for):
            return sense.name
    earlier = _antecedent(token)
    if earlier is not None:
        return other_sense(earlier, senses)  # "began a hunger strike ... the strike entered"
    return None


ANAPHORIC = frozenset({"the", "this", "that", "its", "their", "his", "her"})
LOOKBACK = 400  # tokens: a story's earlier paragraphs, not a whole book (speed)


def _antecedent(token: Token) -> Token | None:
    """A bare definite noun ("the strike", "their raid") names what the nearest earlier mention
    of the same word in the story named: it takes that mention's sense."""
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ANAPHORIC for c in token.children)
    # "the strike participants", "raid survivors": a bare noun modifier names what was told
    if token.pos_ != "NOUN" or not (definite or token.dep_ == "compound"):
        return None
    if any(c.dep_ in ("compound", "amod", "nmod") for c in token.children):
        return None  # "the air strike" says its own sense
    lemma = lemma_of(token)
    words = columns(token.doc)
    for i in range(token.i - 1, max(0, token.i - LOOKBACK) - 1, -1):
        if words.pos[i] == "NOUN" and words.lemma[i] == lemma:
            return token.doc[i]
    return None


def _holds(cues: dict[str, frozenset[str]], words_for) -> bool:  # noqa: ANN001 - a reader
    return any(not words.isdisjoint(words_for(kind)) for kind, words in cues.items())  # no new set


def _forms(token: Token) -> Iterator[str]:
    """The token's words as cues match them: lower-cased form, lemma, hyphenated parts."""
    yield token.lower_
    yield lemma_of(token)
    if "-" in token.lower_:
        parts = token.lower_.split("-")
        yield from parts
        if len(parts) == 2 and (parts[0].isdigit() or parts[0] in NUMBER_WORDS):
            yield f"n-{parts[1]}"  # "five-month strike", "48-hour": a duration of any length
    if token.ent_type_ == "PERSON":
        yield "PERSON"
    elif names_state(token):
        yield STATE  # "Honduras has detained": the state


def _is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def _governor(token: Token) -> tuple[Token, str] | None:
    """For a noun: the verb it is the object of, with the preposition between ("" when none);
    ">" marks a noun that is the verb's subject."""
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and _is_verb(head):
        return head, ""
    if token.dep_ == "nsubj" and _is_verb(head):
        return head, ">"
    if token.dep_ == "pobj" and head.dep_ == "prep" and _is_verb(head.head):
        return head.head, head.lower_
    if (
        token.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.head.pos_ in ("ADV", "ADP", "ADJ")
        and _is_verb(head.head.head)
    ):
        return head.head.head, head.lower_  # "are out on strike"
    if token.dep_ == "conj":
        return _governor(head) if head.i != token.i else None
    return None


def _modifiers(token: Token) -> Iterator[str]:
    for child in token.children:
        if child.dep_ in MODIFIER_DEPS:
            yield from _forms(child)
            for grand in child.children:
                if grand.dep_ in ("compound", "amod", "npadvmod", "advmod"):
                    yield from _forms(grand)  # "24-hour general strike", "very hard"
                if grand.dep_ == "nummod":
                    yield f"n-{lemma_of(child)}"  # "five - month strike" parsed apart
    if _is_verb(token):
        for child in token.children:
            if child.dep_ == "prt":
                yield child.lower_


def _doer(token: Token) -> Token | None:
    if _is_verb(token):
        agents = [o for c in token.children if c.dep_ == "agent" for o in c.children]
        if agents:
            return agents[0]
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
            return None  # "got inside but were detained": a passive names no doer
        if token.dep_ == "acl" and token.tag_ == "VBD":
            return token.head  # "The sequel bombed ..." parsed as a noun phrase
        if token.dep_ == "acl" and token.tag_ == "VBN":
            return None  # "ten demonstrators detained during a protest": a passive participle
        doer = subject_of(token)
        if doer is not None and doer.lower_ in RELATIVES and doer.head.dep_ == "relcl":
            return doer.head.head  # "the crowd that broke off and attacked the bank"
        return doer
    governor = _governor(token)
    if governor is None:
        return None
    verb, prep = governor
    if prep in (">", *TIME_PREPS) or lemma_of(verb) in ONLOOKER_VERBS:
        return None  # "declared an emergency after an attack": the declarer did not attack
    return subject_of(verb)


# verbs whose subject judges, tells or suffers an event, never does it: "a senior official
# denounced the attacks" is no politician's attack
ONLOOKER_VERBS = words(
    "condemn denounce deplore decry criticise criticize mourn investigate probe report confirm "
    "deny blame witness survive fear describe recall remember commemorate mark protest applaud "
    "praise welcome hail regret lament reject dismiss label term call discuss debate film "
    "photograph document record study analyse analyze cite mention reveal publish"
)
RELATIVES = frozenset({"that", "who", "which"})
TIME_PREPS = ("after", "following", "before", "since", "until", "amid")


def _subjects(token: Token) -> Iterator[str]:
    doer = _doer(token)
    if doer is None:
        yield "NONE"  # "were detained": no doer named
        return
    doer = speaker_for(doer)  # "police said they had detained": the police
    yield from _forms(doer)
    for child in doer.children:
        if child.dep_ in ("compound", "amod"):
            yield from _forms(child)  # "dock workers", "civil servants"
        if child.dep_ == "prep" and child.lower_ == "of" and is_quantity(doer):
            for member in child.children:  # "thousands of protesters", "a group of workers"
                if member.dep_ == "pobj":
                    yield from _forms(member)


def _objects(token: Token) -> Iterator[str]:
    if _is_verb(token) and token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        yield from _forms(token.head)  # "the sequel bombed", "men detained": the head noun
    if _is_verb(token):
        for child in token.children:
            if child.dep_ in ("dobj", "nsubjpass", "attr", "acomp", "oprd", "prt"):
                yield from _forms(child)
                for grand in child.children:
                    if grand.dep_ == "compound":
                        yield from _forms(grand)  # "market share"
                    if grand.dep_ == "prep" and grand.lower_ == "of" and is_quantity(child):
                        for member in grand.children:  # "assaulted a group of marchers"
                            if member.dep_ == "pobj":
                                yield from _forms(member)
            if child.dep_ == "ccomp" and lemma_of(token) == "strike":
                yield from _forms(child)  # "struck an optimistic note" parsed oddly
            if child.dep_ == "prt" or (child.dep_ == "prep" and child.lower_ == "off"):
                yield from (f for o in child.children if o.dep_ == "pobj" for f in _forms(o))
    for word in misread_objects(token):  # "Police fire warning shots": a headline's verb
        yield from _forms(word)
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of" and not _is_verb(token):
            for obj in child.children:
                yield from _forms(obj)


def _governors(token: Token) -> Iterator[str]:
    if _is_verb(token):
        return
    governor = _governor(token)
    if governor is None:
        first = token
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "crimes including kidnapping and murder": the first conjunct
        if first.dep_ == "pobj" and first.head.dep_ == "prep":
            yield f"* {first.head.lower_}"  # "guarantees leave for those on strike"
            if first.head.head.pos_ == "NOUN":  # "the discovery of new bombs"
                yield f"{lemma_of(first.head.head)} {first.head.lower_}"
        return
    verb, prep = governor
    names = {lemma_of(verb)}
    names |= {f"{lemma_of(verb)} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
    for name in names:
        yield f"{name}>" if prep == ">" else (f"{name} {prep}" if prep else name)


def _preps(token: Token) -> Iterator[str]:
    holders = [token]
    governor = None if _is_verb(token) else _governor(token)
    if governor is not None:
        holders.append(governor[0])  # "staged a strike over pay", "came under attack from"
    for holder in holders:
        for child in holder.children:
            if child.dep_ != "prep" or (child.lower_ == "as" and not _is_verb(token)):
                continue  # "condemned the attack as treachery": the judge's frame, not the attack's
            prep = child.lower_
            yield f"{prep} *"
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    for form in (*_forms(obj), *(("vbg",) if obj.tag_ == "VBG" else ())):
                        yield f"{prep} {form}"  # "for VBG": "attacked him for cooperating"
                    for grand in obj.children:
                        if grand.dep_ in ("compound", "poss", "amod"):
                            for form in _forms(grand):
                                yield f"{prep} {form}"


def _tags(token: Token) -> Iterator[str]:
    yield token.tag_
    if _is_verb(token) and any(c.dep_ == "dobj" for c in token.children):
        yield "TRANSITIVE"  # "it would bomb rebel positions": a doer, not a flop
    if _is_verb(token) and any(c.lemma_ == "be" and c.dep_ == "aux" for c in token.children):
        yield "VBG" if token.tag_ == "VBG" else token.tag_


def _effects(token: Token) -> Iterator[str]:
    """Verbs of harm in the trigger's clause ("a police raid that killed two")."""
    verb = clause_verb(token)
    for anchor in {token, verb}:
        for node in anchor.subtree:
            if _is_verb(node) or node.pos_ == "NOUN":
                yield lemma_of(node)
    if verb.dep_ == "advcl" and (verb.tag_ == "VBG" or "when" in (m.lower_ for m in verb.children)):
        yield lemma_of(verb.head)  # "mowed down shoppers, killing four"; "hurt when a mob hit"


def _heads(token: Token) -> Iterator[str]:
    """The noun a participle or modifier trigger describes ("striking oil workers")."""
    if token.dep_ in ("amod", "acl", "compound", "nmod") and token.head.i != token.i:
        yield from _forms(token.head)
        for child in token.head.children:
            if child.dep_ == "compound":
                yield from _forms(child)


def _outcomes(token: Token) -> Iterator[str]:
    """What a trigger noun did, when it is a verb's subject: "the strike hit production"."""
    if token.dep_ == "nsubj" and _is_verb(token.head):
        for child in token.head.children:
            if child.dep_ in ("dobj", "attr", "dative"):
                yield from _forms(child)


def _conjuncts(token: Token) -> Iterator[str]:
    """Words coordinated with the trigger: "engaged in protests, strikes and boycotts"."""
    if token.dep_ == "conj":
        yield from _forms(token.head)
    for child in token.children:
        if child.dep_ == "conj":
            yield from _forms(child)


def _sentence(token: Token) -> frozenset[str]:
    """The nouns of the trigger's sentence: a frame such as a military exercise (read once per
    sentence)."""
    start, _end = sentence_bounds(token)
    return remembered(token.doc, ("sentence_nouns", start), lambda: _nouns(token.sent))


def _nouns(sentence: Span) -> frozenset[str]:
    words = columns(sentence.doc)
    return frozenset(
        words.lemma[i] for i in range(sentence.start, sentence.end) if words.pos[i] == "NOUN"
    )


def _document(token: Token) -> frozenset[str]:
    """The nouns of the whole story, read once per document."""
    doc = token.doc
    nouns = doc.user_data.get(DOCUMENT_NOUNS)
    if nouns is None:
        words = columns(doc)
        nouns = frozenset(
            lemma
            for lemma, pos in zip(words.lemma, words.pos, strict=True)
            if pos in ("NOUN", "PROPN")
        )
        doc.user_data[DOCUMENT_NOUNS] = nouns
    return nouns


DOCUMENT_NOUNS = "wirehouse_document_nouns"
READERS = {
    "modifiers": _modifiers,
    "subjects": _subjects,
    "objects": _objects,
    "governors": _governors,
    "preps": _preps,
    "tags": _tags,
    "effects": _effects,
    "heads": _heads,
    "outcomes": _outcomes,
    "sentence": _sentence,
    "conjuncts": _conjuncts,
    "document": _document,
}
