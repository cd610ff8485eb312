"""The attribution lexicon (``loaders/data/attribution_cues.yaml``) as typed, validated values.

Each verb cue carries a frame, which says where its speaker and its content hang in the parse
(see the YAML's header); the finders read only these values, so a new cue is a data change.
``verb_cue`` says which sense of the lexicon a verb token is (its particle, objects and
complement decide), or None.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from loaders.extraction.cue_shapes import (
    QUOTE_MARKS,
    object_complement,
    object_infinitive,
    subject_among,
)
from models.codes import CLAIM_STANCES

if TYPE_CHECKING:
    from spacy.tokens import Token

CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "attribution_cues.yaml"
FRAMES = frozenset({"speech", "commit", "accuse", "urge", "call", "quote"})
# The speaker of these frames is also who would act on the content ("vowed to retaliate").
SELF_FRAMES = frozenset({"commit"})
ALWAYS_CLAIM_NOUNS = frozenset({"claim", "allegation", "assertion"})
STANCES = frozenset(CLAIM_STANCES)  # the one list of claim stances
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


class CueDataError(ValueError):
    """The cue file is malformed; the message names the entry."""


@dataclass(frozen=True)
class VerbCue:
    lemma: str
    frame: str
    stance: str = "assert"
    object: bool = False  # a direct object is content ("announced a ceasefire")
    particle: str | None = None  # counts only with this particle or preposition
    not_objects: frozenset[str] = frozenset()  # objects that make it another verb
    passive: bool = True  # "it was reported that ...": a passive attributes too
    finite_passive: bool = False  # only a finite passive does ("prices are believed to have")
    complement: bool = False  # needs an object and its complement ("called the claim a lie")
    clause_only: bool = False  # content only from a clause ("responded that ...")
    no_object: bool = False  # not with a direct object ("called an election for May")
    noun_ok: bool = False  # a verb the parser tagged as a noun still counts
    actor_subject: bool = False  # only a person or a body holds it ("the storm threatens": none)
    no_person_object: bool = False  # not with a person as object ("dismissed the minister")
    only_objects: frozenset[str] = frozenset()  # counts only with one of these objects ("put it")
    mark: str | None = None  # counts only in a clause opened by this word ("as he put it")
    not_subjects: frozenset[str] = frozenset()  # subjects that make it a decision ("voters")
    question: bool = False  # content only a question ("asked whether ..."), not a request
    only_subjects: frozenset[str] = frozenset()  # counts only with these subjects ("the audit")
    infinitive: bool = False  # counts only with an object's infinitive ("asked X to leave")
    finite: bool = False  # counts only as a finite verb ("demanded", not "..., demanding")


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[VerbCue, ...]]  # a lemma's senses, tried in order
    statement_nouns: frozenset[str]
    spokesperson_nouns: frozenset[str]
    not_sources: frozenset[str]
    claim_nouns: frozenset[str]
    not_speakers: frozenset[str]
    headline_labels: frozenset[str]
    person_nouns: frozenset[str]
    speaker_anaphors: frozenset[str]
    nobody: frozenset[str]
    office_nouns: frozenset[str]
    holder_nouns: frozenset[str]
    not_holders: frozenset[str]
    light_verbs: frozenset[str]
    not_cue_phrases: tuple[tuple[str, ...], ...]
    evidence_nouns: frozenset[str] = frozenset()
    unowned_claim_nouns: frozenset[str] = frozenset()
    view_nouns: frozenset[str] = frozenset()
    made_adjectives: frozenset[str] = frozenset()
    answer_nouns: frozenset[str] = frozenset()
    stance_adjectives: frozenset[str] = frozenset()


def _verb(lemma: str, entry: object, classes: dict[str, frozenset[str]]) -> VerbCue:
    if isinstance(entry, str):
        entry = {"frame": entry}
    if not isinstance(entry, dict):
        raise CueDataError(f"{CUES_FILE.name}: verbs.{lemma}: a frame name or a mapping")
    unknown = set(entry) - {
        "frame",
        "stance",
        "object",
        "particle",
        "not_objects",
        "passive",
        "complement",
        "clause_only",
        "no_object",
        "noun_ok",
        "finite_passive",
        "actor_subject",
        "no_person_object",
        "only_objects",
        "mark",
        "not_subjects",
        "question",
        "only_subjects",
        "infinitive",
        "finite",
    }
    if unknown:
        raise CueDataError(f"{CUES_FILE.name}: verbs.{lemma}: unknown keys {sorted(unknown)}")
    frame, stance = entry.get("frame"), entry.get("stance", "assert")
    if frame not in FRAMES:
        raise CueDataError(f"{CUES_FILE.name}: verbs.{lemma}: frame {frame!r} not in {FRAMES}")
    if stance not in STANCES:
        raise CueDataError(f"{CUES_FILE.name}: verbs.{lemma}: stance {stance!r} not in {STANCES}")
    return VerbCue(
        lemma=lemma,
        frame=frame,
        stance=stance,
        object=bool(entry.get("object", False)),
        particle=entry.get("particle"),
        not_objects=_expanded(lemma, entry.get("not_objects", ()), classes),
        passive=bool(entry.get("passive", True)),
        finite_passive=bool(entry.get("finite_passive", False)),
        complement=bool(entry.get("complement", False)),
        clause_only=bool(entry.get("clause_only", False)),
        no_object=bool(entry.get("no_object", False)),
        noun_ok=bool(entry.get("noun_ok", False)),
        actor_subject=bool(entry.get("actor_subject", False)),
        no_person_object=bool(entry.get("no_person_object", False)),
        only_objects=frozenset(str(word).lower() for word in entry.get("only_objects", ())),
        mark=entry.get("mark"),
        not_subjects=_expanded(lemma, entry.get("not_subjects", ()), classes),
        question=bool(entry.get("question", False)),
        only_subjects=_expanded(lemma, entry.get("only_subjects", ()), classes),
        infinitive=bool(entry.get("infinitive", False)),
        finite=bool(entry.get("finite", False)),
    )


def _senses(lemma: str, entry: object, classes: dict[str, frozenset[str]]) -> tuple[VerbCue, ...]:
    """A lemma's cue senses: one entry, or a list of entries tried in order."""
    entries = entry if isinstance(entry, list) else [entry]
    return tuple(_verb(lemma, one, classes) for one in entries)


def _expanded(lemma: str, words: object, classes: dict[str, frozenset[str]]) -> frozenset[str]:
    """A word list whose "@name" items stand for the file's word class of that name."""
    found: set[str] = set()
    for word in words if isinstance(words, list) else ():
        word = str(word).lower()
        if word.startswith("@"):
            if word[1:] not in classes:
                raise CueDataError(f"{CUES_FILE.name}: verbs.{lemma}: no word class {word}")
            found |= classes[word[1:]]
        else:
            found.add(word)
    return frozenset(found)


def _words(content: dict, key: str) -> frozenset[str]:
    values = content.get(key) or []
    if not isinstance(values, list):
        raise CueDataError(f"{CUES_FILE.name}: {key}: a list of words")
    return frozenset(str(value).lower() for value in values)


@lru_cache(maxsize=4)
def load_lexicon(path: Path = CUES_FILE) -> Lexicon:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when there
    content = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
    if not isinstance(content, dict) or not isinstance(content.get("verbs"), dict):
        raise CueDataError(f"{Path(path).name}: a mapping with a 'verbs' mapping")
    classes = {str(k): _words(content["word_classes"], k) for k in content.get("word_classes", {})}
    return Lexicon(
        verbs={
            str(k).lower(): _senses(str(k).lower(), v, classes) for k, v in content["verbs"].items()
        },
        statement_nouns=_words(content, "statement_nouns"),
        spokesperson_nouns=_words(content, "spokesperson_nouns"),
        not_sources=_words(content, "not_sources"),
        claim_nouns=_words(content, "claim_nouns") | ALWAYS_CLAIM_NOUNS,
        not_speakers=_words(content, "not_speakers"),
        headline_labels=_words(content, "headline_labels"),
        person_nouns=_words(content, "person_nouns"),
        speaker_anaphors=_words(content, "speaker_anaphors"),
        nobody=_words(content, "nobody"),
        office_nouns=_words(content, "office_nouns"),
        holder_nouns=_words(content, "holder_nouns"),
        not_holders=_words(content, "not_holders"),
        light_verbs=_words(content, "light_verbs"),
        not_cue_phrases=tuple(tuple(p.split()) for p in sorted(_words(content, "not_cue_phrases"))),
        evidence_nouns=classes.get("evidence_nouns", frozenset()),
        unowned_claim_nouns=_words(content, "unowned_claim_nouns"),
        view_nouns=_words(content, "view_nouns"),
        made_adjectives=_words(content, "made_adjectives"),
        answer_nouns=_words(content, "answer_nouns"),
        stance_adjectives=_words(content, "stance_adjectives"),
    )


# --- matching a token -----------------------------------------------------------------------


def verb_cue(token: Token, lexicon: Lexicon) -> VerbCue | None:
    """The cue a verb token is, with its particle when the cue needs one."""
    if token.pos_ not in ("VERB", "AUX") and not _verb_tagged_noun(token, lexicon):
        return None
    objects = {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"}
    objects |= {c.lower_ for c in token.children if c.dep_ == "dobj"}
    for cue in senses_of(token, lexicon):
        if cue.particle and not particle_of(token, cue.particle):
            continue
        if objects & cue.not_objects or (cue.no_object and objects):
            continue
        if cue.only_objects and not objects & cue.only_objects:
            continue
        if cue.mark and not any(c.dep_ == "mark" and c.lower_ == cue.mark for c in token.children):
            continue
        if cue.complement and not object_complement(token):
            continue
        if cue.no_person_object and _person_object(token, lexicon):
            continue
        if cue.not_subjects and _deciding_subject(token, cue.not_subjects, lexicon):
            continue
        if cue.only_subjects and not subject_among(token, cue.only_subjects):
            continue
        if cue.infinitive and not object_infinitive(token):
            continue
        if (
            cue.finite
            and token.tag_ not in FINITE
            and not any(c.dep_ == "aux" for c in token.children)
        ):
            continue
        return cue
    return None


def _deciding_subject(token: Token, bodies: frozenset[str], lexicon: Lexicon) -> bool:
    """ "Voters rejected the deal", "Colombians rejected the deal", "the court dismissed": a body
    that decides by vote or ruling, or a people (a plural demonym) voting; unless what it
    rejects is a claim ("the court rejected Poland's argument that ...")."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    claims = lexicon.claim_nouns | lexicon.statement_nouns
    if any(c.dep_ == "dobj" and c.lemma_.lower() in claims for c in token.children):
        return False
    if subject.lemma_.lower() in bodies or subject.lower_ in bodies:
        return True
    plural = subject.tag_ in ("NNPS", "NNS") or subject.lower_.endswith("s")  # "Colombians"
    return subject.ent_type_ == "NORP" and plural


def _person_object(token: Token, lexicon: Lexicon) -> bool:
    """ "dismissed the defence minister", "rejected two candidates": a person or an office is
    the object, so the verb is a personnel act, not a denial."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return False  # "promised the people that ...": the person is only addressed
    before = token.doc[token.i - 1].text if token.i > 0 else ""
    if before == "," or before in QUOTE_MARKS or before in ("”", "''"):
        return False  # '"...," vowed the mayor': the inverted speaker, parsed as the object
    for child in token.children:
        if child.dep_ != "dobj":
            continue
        if child.ent_type_ == "PERSON" or child.lemma_.lower() in lexicon.office_nouns:
            return True
        if child.lemma_.lower() in lexicon.person_nouns:
            return True
    return False


def senses_of(token: Token, lexicon: Lexicon) -> tuple[VerbCue, ...]:
    """The lexicon's senses of a verb by its lemma, else by its inflected form when the
    lemmatiser slipped ("hoping" -> "hop")."""
    senses = lexicon.verbs.get(token.lemma_.lower())
    if senses:
        return senses
    for stem in _stems(token.lower_):
        if stem in lexicon.verbs:
            return lexicon.verbs[stem]
    return ()


def _stems(word: str) -> list[str]:
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            doubled = [stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else []
            return [stem, stem + "e", *doubled]
    return []


def _verb_tagged_noun(token: Token, lexicon: Lexicon) -> bool:
    """ "Prosecutors allege that ...": a noun with a subject and a "that" clause is the verb;
    "..., a Saudi-led war monitor reports.": a noun the parse hung as a clause ends the sentence
    as its speech verb."""
    if token.pos_ != "NOUN":
        return False
    if token.dep_ in ("advcl", "parataxis") and token.tag_ == "NNS" and _ends_sentence(token):
        return any(cue.frame == "speech" for cue in lexicon.verbs.get(token.lemma_.lower(), ()))
    senses = lexicon.verbs.get(token.lemma_.lower()) or lexicon.verbs.get(token.lower_, ())
    if reduced_relative(token, lexicon):
        return True  # "a view the opposition disputes": the verb of a relative clause
    if not any(cue.noun_ok for cue in senses):
        return False
    subject = any(c.dep_ == "nsubj" for c in token.children)
    clause = any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in token.children
    )
    return subject and clause


def reduced_relative(token: Token, lexicon: Lexicon) -> bool:
    """ "a charge the government rejects", "a view the opposition disputes": the parse takes
    the verb of a relative clause without "which" for a plural noun on the claim noun, and its
    subject for a compound."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS" or token.dep_ not in ("acl", "relcl"):
        return False
    head = token.head
    nouns = lexicon.claim_nouns | lexicon.statement_nouns
    if head.i > token.i or head.lemma_.lower() not in nouns:
        return False
    if not any(c.dep_ in ("compound", "nsubj") and c.i < token.i for c in token.children):
        return False
    senses = lexicon.verbs.get(token.lemma_.lower()) or ()
    return any(cue.object or cue.frame == "speech" for cue in senses)


def _ends_sentence(token: Token) -> bool:
    rest = token.doc[token.i + 1 : token.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def self_frame(cue: VerbCue) -> bool:
    """A cue whose speaker also acts on what it says ("vowed to retaliate")."""
    return cue.frame in SELF_FRAMES


def particle_of(token: Token, particle: str) -> Token | None:
    """ "called for a truce", "pointed out", "called for troops to stay" (a marked clause)."""
    for child in token.children:
        if child.dep_ in ("prt", "prep") and child.lower_ == particle:
            return child
        if child.dep_ == "dobj" and particle == "as":  # "described the violence as ...",
            found = next((g for g in child.children if g.dep_ == "prep" and g.lower_ == "as"), None)
            if found is not None:  # the parse hangs "as" on the object
                return found
        if child.dep_ == "advcl":
            mark = next((m for m in child.children if m.dep_ == "mark"), None)
            if mark is not None and mark.lower_ == particle and mark.i == token.i + 1:
                return mark
    return None
