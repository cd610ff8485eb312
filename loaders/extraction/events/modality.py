"""What a trigger says of its event: its stance (modality: asserted, denied, threatened, planned,
demanded, hypothetical, rumoured), or that it names none (descriptions, dated page headlines)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.events.syntax import children, clause_verb, lemma_of, words


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
        or is_superlative(token)
        or is_background(token)
        or is_charge(token)
        or is_statistic(token)
        or in_past_war(token)
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
    if token.dep_ not in ("pobj", "pcomp") or token.head.lower_ not in LEGAL_PREPS:
        return False
    node = token.head.head
    for _ in range(4):  # "arrested, including one for assaulting a police officer"
        if lemma_of(node) in LEGAL_FRAMES or node.lower_ in LEGAL_FRAMES:
            return True
        if node.head.i == node.i or node.pos_ == "VERB" and node.dep_ not in ("prep", "pcomp"):
            return False
        node = node.head
    return False


def is_statistic(token: Token) -> bool:
    """ "about 60 per cent of those killed in Angola were Tutsi" """
    head = token.head
    return (
        token.dep_ == "acl"
        and head.lower_ in ("those", "people")
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lower_ in PROPORTIONS
    )


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
    return token.pos_ == "VERB" and token.tag_ == "VBG" and token.dep_ == "acl"


STANCES = ("assert", "deny", "threaten", "plan", "demand", "hypothetical", "rumour")
MODAL_STANCES = {
    "will": "plan", "shall": "plan", "'ll": "plan", "would": "hypothetical",
    "'d": "hypothetical", "could": "hypothetical", "might": "hypothetical",
    "may": "hypothetical", "can": "hypothetical", "should": "hypothetical",
    "must": "hypothetical",
}  # fmt: skip
# The verb (or noun) that embeds the event's clause decides its stance: "threatened to strike"
EMBEDDING_STANCES = {
    **dict.fromkeys(words("threaten warn menace"), "threaten"),
    **dict.fromkeys(
        words(
            "plan prepare intend vow pledge promise aim seek try attempt decide agree mean "
            "schedule expect plot set poise resolve determine gear mobilise mobilize"
        ),
        "plan",
    ),
    **dict.fromkeys(words("demand urge call ask appeal press request"), "demand"),
    **dict.fromkeys(
        words(
            "hope want wish fear consider allow permit authorise authorize approve propose "
            "need suggest contemplate weigh mull discuss study envisage risk imagine"
        ),
        "hypothetical",
    ),
    **dict.fromkeys(words("rumour rumor speculate"), "rumour"),
    **dict.fromkeys(words("deny refuse fail reject refute dismiss avoid stop prevent"), "deny"),
}
NOUN_STANCES = {
    **dict.fromkeys(words("threat warning ultimatum"), "threaten"),
    **dict.fromkeys(
        words("plan plans preparation preparations intention bid vow pledge promise plot"), "plan"
    ),
    **dict.fromkeys(words("call calls demand demands appeal order"), "demand"),
    **dict.fromkeys(
        words("possibility prospect risk fear fears hope hopes question proposal option"),
        "hypothetical",
    ),
    **dict.fromkeys(words("rumour rumours rumor rumors speculation"), "rumour"),
    **dict.fromkeys(words("denial"), "deny"),
}
# "a planned offensive", "possible strikes", "unconfirmed reports of clashes"
MODIFIER_STANCES = {
    **dict.fromkeys(words("threatened"), "threaten"),
    **dict.fromkeys(
        words("planned upcoming forthcoming imminent looming expected intended future"), "plan"
    ),
    **dict.fromkeys(
        words("possible potential proposed hypothetical feared prospective likely"),
        "hypothetical",
    ),
    **dict.fromkeys(words("rumoured rumored unconfirmed unverified alleged"), "rumour"),
}
ADJECTIVE_STANCES = {
    **dict.fromkeys(words("ready poised set about due determined eager keen"), "plan"),
    **dict.fromkeys(words("likely unlikely able willing free"), "hypothetical"),
    **dict.fromkeys(words("unable reluctant"), "deny"),
}
CLIMB_DEPS = frozenset(
    {"conj", "xcomp", "dobj", "pobj", "prep", "pcomp", "compound", "nsubj", "nsubjpass"}
)
UNCERTAIN_WORDS = words("unclear uncertain unknown unconfirmed unverified")
RUMOUR_SOURCES = words("rumour rumours rumor rumors speculation hearsay")
AGGREGATES = words(
    "surge wave spate string spree rise increase upsurge escalation months weeks years decades"
)  # "a surge of bombings", "months of clashes": many events, none told ("a series of strikes
# on Raqqa" is told: Syria's dev set)
BACKGROUND_PREPS = words("after before following until since")
CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})
CONDITIONS = frozenset({"if", "unless"})
# "charged with murder", "on suspicion of attempted murder", "jailed for killing a man": a
# charge or a sentence names a crime to try, not an event told
LEGAL_FRAMES = words(
    "charge convict conviction indict indictment sentence jail imprison acquit guilty suspicion "
    "suspect serve try trial prosecute prosecution arrest custody investigation probe"
)
LEGAL_PREPS = words("for of with over on")
# "denied complicity in the killing": the denial is of a part in an event that happened
PRESUPPOSING = words("complicity involvement responsibility role part hand link links connection")
PROPORTIONS = words("percent cent % half third quarter majority most number share proportion")
PAST_WARS = words("war wars genocide holocaust revolution")
EPISTEMIC_MODALS = words("may might could must")


def event_stance(token: Token) -> str:
    """The stance of the event a trigger names, from the parse around it (EVENT_STANCES):
    negation ("did not strike", "no strike", "without firing") gives ``deny``; a verb or noun
    that embeds the event ("threatened to strike", "plans for an offensive", "called for
    strikes", "hopes to capture") gives its stance; a condition ("if"), a question or a modal
    of the event's own clause ("could", "would", "will") gives ``hypothetical`` or ``plan``.
    The search follows the trigger's own clause up through its embeddings, never the rest of
    the sentence: "the army, which may be tired, shelled the town" stays asserted."""
    if _negated(token):
        return "deny"
    if _presupposed_subject(token):
        return "assert"  # "the attack may have been a false-flag operation"
    modal = None
    own = _modifier_stance(token)
    if own is not None:
        return own
    node = token
    for _ in range(6):
        verb = node if node.pos_ in ("VERB", "AUX") else None
        if verb is not None:
            for child in verb.children:
                if child.dep_ in ("aux", "auxpass") and child.lower_ in MODAL_STANCES:
                    modal = modal or MODAL_STANCES[child.lower_]
                if child.dep_ == "mark" and child.lower_ in CONDITION_MARKS:
                    return "hypothetical"
                if (
                    child.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in child.children)
                    and not _is_past(verb)
                ):
                    modal = modal or "hypothetical"  # "if talks fail, the army will attack"
        if (
            node.dep_ == "pobj"
            and node.head.dep_ == "prep"
            and lemma_of(node.head.head) in PRESUPPOSING
        ):
            return "assert"  # "denied complicity in the killing of a dissident"
        if node is not token and node.pos_ in ("NOUN", "PROPN"):
            modified = _modifier_stance(node)  # "a planned assault to retake the city"
            if modified is not None:
                return modified
        embedding = _embedding_stance(node)
        if embedding is not None:
            return embedding
        head = node.head
        if head.i == node.i:
            break
        if node.dep_ in CLIMB_DEPS:
            node = head
            continue
        if node is token and node.dep_ == "advcl" and node.tag_ == "VBG":
            node = head  # "would bomb the city, killing...": the participle shares its clause
            continue
        if node.dep_ in ("advcl", "acl") and _is_infinitive(node):
            return "plan"  # "launched an attack to recapture land": purpose, not yet done
        break
    if modal is not None:
        return modal
    if _is_question(token):
        return "hypothetical"
    return "assert"


def _embedding_stance(node: Token) -> str | None:
    head = node.head
    lemma = lemma_of(head)
    if node.dep_ in ("xcomp", "ccomp", "dobj") and head.pos_ in ("VERB", "AUX"):
        if node.dep_ == "dobj" and node.pos_ == "NOUN" and lemma in ("stop", "end", "halt"):
            return None  # "until militants stop the rocket fire": the fire is under way
        if lemma == "go" and head.tag_ == "VBG":
            return "plan"  # "is going to attack"
        if node.dep_ == "ccomp":
            source = _source_stance(head)
            if source is not None:
                return source
        return EMBEDDING_STANCES.get(lemma)
    if node.dep_ == "pobj" and head.dep_ == "prep":
        holder = head.head
        if holder.pos_ in ("VERB", "AUX"):
            return EMBEDDING_STANCES.get(lemma_of(holder))  # "called for strikes"
        return (
            NOUN_STANCES.get(holder.lower_)
            or NOUN_STANCES.get(lemma_of(holder))
            or _modifier_stance(holder)  # "unconfirmed reports of clashes"
        )
    if node.dep_ in ("acl", "relcl", "ccomp") and head.pos_ in ("NOUN", "PROPN"):
        # "plans to attack", "unverified claims that the leader had been killed"
        return NOUN_STANCES.get(head.lower_) or NOUN_STANCES.get(lemma) or _modifier_stance(head)
    if node.dep_ == "xcomp" and head.pos_ == "ADJ":
        return ADJECTIVE_STANCES.get(head.lower_)  # "ready to attack", "unable to advance"
    return None


def _source_stance(verb: Token) -> str | None:
    """ "Unconfirmed reports said ...", "rumours say ...", "it is unclear who fired ...": the
    source or the frame of a clause makes what it tells a rumour or an open question."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.lower_ in RUMOUR_SOURCES or lemma_of(child) in RUMOUR_SOURCES:
                return "rumour"
            if _modifier_stance(child) == "rumour":
                return "rumour"
        if child.dep_ in ("acomp", "attr") and child.lower_ in UNCERTAIN_WORDS:
            return "hypothetical"
    return None


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
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "pobj":
        return False
    prep = token.head
    aggregate = lemma_of(prep.head) in AGGREGATES or prep.head.lower_ in AGGREGATES
    if prep.lower_ == "of" and aggregate:
        return True  # "battles a surge of suicide bombings": many events, none told
    if prep.lower_ not in BACKGROUND_PREPS and not (
        prep.lower_ == "of" and prep.head.lower_ == "ahead"
    ):
        return False
    counted = [t for c in children(token, "prep") if c.lower_ == "of" for t in c.subtree]
    if any(t.like_num for t in [*token.children, *counted]):
        return False  # "after the beheading of 21 Christians": told with its own details
    return prep.lower_ in ("after", "following") or any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") or c.pos_ == "PROPN"
        for c in token.children
    )


def _modifier_stance(noun: Token) -> str | None:
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.lower_ in MODIFIER_STANCES:
            return MODIFIER_STANCES[child.lower_]
    return None


def _is_past(verb: Token) -> bool:
    """ "was killed", "killed", "had captured": told as done, whatever a condition beside it."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODAL_STANCES for c in verb.children):
        return False
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )


def _presupposed_subject(token: Token) -> bool:
    """ "The attack may have been a false-flag operation", "the attack may have been carried
    out by a rival faction": a guess about a known event, not about whether it happened ("the
    offensive could begin next week" stays hypothetical)."""
    head = token.head
    auxiliaries = {c.lower_ for c in head.children if c.dep_ == "aux"}
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and token.pos_ == "NOUN"
        and (lemma_of(head) == "be" or "have" in auxiliaries)
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
        and bool(auxiliaries & EPISTEMIC_MODALS)
    )


def _is_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _negated(token: Token) -> bool:
    verb = clause_verb(token)
    for candidate in (token, verb):
        if any(c.dep_ == "neg" for c in candidate.children):
            return True
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return True  # "no strike took place"
    return token.dep_ == "pcomp" and token.head.lower_ == "without"


def _is_question(token: Token) -> bool:
    last = [t for t in token.sent if not t.is_space][-1:]
    return bool(last) and last[0].text == "?"
