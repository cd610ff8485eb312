"""When a cue verb is no claim of its own, and when the parse took the content for the speaker.

A participle that sets the scene ("Writing for the majority, X said"), a cue in a time or
condition clause with no clause of its own ("until it reports"), a cue inside a quotation with no
content ("no matter what the polls say"); and "Airwars, a monitoring group, said coalition strikes
killed 25", where the parse makes the reported clause's subject the verb's.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.attribution_cues import Lexicon
from loaders.extraction.claim_spans import trim
from loaders.extraction.claim_speakers import opening_name
from loaders.extraction.quotes import quotations
from loaders.extraction.referents import actor_of

# A cue in a clause opened by one of these tells when or why something happened, not what anyone
# claims, unless it has a clause of its own ("before Australia announced the deal"); "faster
# than economists had expected" compares with a view, it attributes none. A concession is a claim
# ("..., though her office denied it").
SUBORDINATORS = frozenset(
    {"until", "before", "after", "when", "whenever", "if", "unless", "because", "since", "while",
     "once", "till", "than"}
)  # fmt: skip


def clause_taken_for_subject(
    token: Token, subject: Token | None
) -> tuple[Token, tuple[int, int] | None] | None:
    """A parse that makes the reported clause's subject the cue's subject ("said coalition
    strikes killed 25 civilians": "strikes" after the verb, "killed" its modifier): the clause is
    the content, and the speaker is the name opening the sentence before the cue."""
    if subject is None or subject.i < token.i or token.i == token.sent.start:
        return None
    if any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return None
    if not any(t.pos_ == "VERB" and t.i != token.i for t in subject.subtree):
        return None
    speaker = opening_name(token)
    if speaker is None:
        return None
    return speaker, trim(token.doc[subject.left_edge.i : token.sent.end])


def quoted_without_content(token: Token) -> bool:
    """'"..., no matter what the polls say."': a cue inside a quotation with no content of its
    own is part of what is quoted."""
    inside = any(o < token.idx < c for o, c in quotations(token.doc))
    return inside and not any(
        c.dep_ in ("ccomp", "xcomp", "dobj") and c.tag_ not in ("WP", "WDT") for c in token.children
    )  # "what the polls say": a wh-word is no content


def setting_participle(token: Token) -> bool:
    """ "Writing for the majority, Roberts said ...": a participle that opens its sentence's
    clause sets the scene; the verb it hangs on carries the claim."""
    return (
        token.tag_ == "VBG"
        and token.dep_ in ("advcl", "acl")
        and token.head.i > token.i
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in token.children)
    )


def subordinate_without_clause(token: Token) -> bool:
    """ "until it reports", "before Australia announced the deal": a time or condition."""
    marked = any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in token.children)
    return marked and not any(c.dep_ in ("ccomp", "xcomp") for c in token.children)


HOLDER_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it", "who"})
RELATIVES = frozenset({"that", "which", "who"})
NOTHING = frozenset({"nothing", "something", "anything", "everything"})
HOLDER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE", "ACTOR"})


def holds_no_view(verb: Token, subject: Token, lexicon: Lexicon) -> bool:
    """ "The storm threatens to flood the coast", "rising prices threaten the recovery": a
    belief, a vow or a threat needs a person or a body as its holder. A pronoun, a name, an
    actor of the dictionary or a noun for people or bodies (``holder_nouns``) holds one; a
    relative pronoun stands for the noun it hangs on ("nothing that threatens the deal")."""
    if subject.lower_ in RELATIVES and verb.dep_ == "relcl" and verb.head.i < verb.i:
        subject = verb.head
    if subject.lower_ in lexicon.nobody or subject.lower_ in NOTHING:
        return True
    lower, lemma = subject.lower_, subject.lemma_.lower()
    if subject.pos_ == "PRON" or lower in HOLDER_PRONOUNS:
        return False
    if subject.pos_ == "PROPN" or subject.ent_type_ in HOLDER_ENTS:
        return False
    nouns = lexicon.holder_nouns | lexicon.person_nouns | lexicon.spokesperson_nouns
    if lemma in nouns or lower in nouns or lemma in lexicon.speaker_anaphors:
        return False
    if _agent_noun(lemma) and lemma not in lexicon.not_holders:
        return False  # "investigators", "shareholders", "the insurer", "economists"
    return actor_of(subject.text) is None and actor_of(lemma) is None


AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def _agent_noun(lemma: str) -> bool:
    """A noun for whoever does something, by its ending ("investigator", "insurer",
    "analyst", "participant", "resident"); not "-ment" ("payment", "agreement")."""
    return lemma.endswith(AGENT_ENDINGS) and not lemma.endswith("ment") and len(lemma) > 4


def negated_gerund(token: Token) -> bool:
    """ "It goes without saying that ...", "left without saying whether ...": no claim."""
    return token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ == "without"


WH_OPENERS = frozenset({"whether", "if", "how", "what", "when", "where", "who", "why", "which"})


def unsaid(token: Token) -> bool:
    """ "Officials would not say how many people were held", "did not tell reporters whether":
    a negated cue over an open question attributes nothing."""
    if not any(c.dep_ == "neg" for c in token.children):
        return False
    clauses = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
    return any(c.left_edge.lower_ in WH_OPENERS for c in clauses)


def set_phrase(token: Token, lexicon: Lexicon) -> bool:
    """ "All told, ...", "needless to say", "that said": a set phrase around the cue word, at the
    start of a sentence or after a comma."""
    doc = token.doc
    for phrase in lexicon.not_cue_phrases:
        for at, word in enumerate(phrase):
            if word != token.lower_:
                continue
            first = token.i - at
            if first < 0 or first + len(phrase) > len(doc):
                continue
            if first > token.sent.start and not doc[first - 1].is_punct:
                continue  # set phrases open a sentence or a clause: not "a report that said"
            if all(doc[first + k].lower_ == w for k, w in enumerate(phrase)):
                return True
    return False


EMPTY_OBJECTS = frozenset({"nothing", "little", "much", "anything", "something", "less", "more"})


def says_nothing(token: Token) -> bool:
    """ "the company had told them little", "the minister said nothing about the plan": an
    object that names no content and no clause of its own, so nothing is claimed."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return False
    objects = ("dobj", "oprd", "npadvmod")  # the parse may read "told them little" as a complement
    return any(c.dep_ in objects and c.lower_ in EMPTY_OBJECTS for c in token.children)
