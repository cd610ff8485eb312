"""Triggers that refer to events without telling one: titles of works in quotes ("the anime
"Attack on Titan"", "the film "Kill Bill""), events a relation points at ("people linked to
the killings", "evidence linking the suspects to the bombings") and places named as the
setting of a kind of event ("the town has been the scene of deadly attacks by bandits")."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.doc_memo import columns, remembered, sentence_bounds
from loaders.extraction.events.syntax import DEFINITE, lemma_of, words

QUOTES = frozenset({'"', "“", "”"})
TITLE_WORDS = 8  # a quoted title is short; a quoted sentence is longer or not title case
# short words a title may keep in lower case ("Attack on Titan", "War of the Worlds")
TITLE_FILLERS = words("a an the of on in at to for and or but with by from into over")
# works and names a quoted title is the name of
WORK_NOUNS = words(
    "film movie book novel song album series anime manga game play show documentary "
    "exhibition opera musical episode poem painting title headline slogan campaign operation"
)


def is_quoted_title(token: Token) -> bool:
    """The trigger is a word of a short quoted title: every word of the quote that is not a
    short filler is capitalised ("Attack on Titan", "Kill Bill"), or a work noun stands
    right before the quote ("the film "Strike"", "a song called "Bombs Away"")."""
    span = _quote_around(token)
    if span is None:
        return False
    start, end = span
    doc = token.doc
    inside = [t for t in doc[start + 1 : end] if t.is_alpha]
    if not inside or len(inside) > TITLE_WORDS:
        return False
    before = [t for t in doc[max(0, start - 2) : start] if t.is_alpha]
    if before and (lemma_of(before[-1]) in WORK_NOUNS or before[-1].lower_ in ("called", "titled")):
        return True
    capitalised = all(t.is_title or t.is_upper or t.lower_ in TITLE_FILLERS for t in inside)
    return capitalised and inside[0].is_title and len(inside) >= 2


def _quote_around(token: Token) -> tuple[int, int] | None:
    """The indices of the quote marks around the token within its sentence, if any."""
    start, end = sentence_bounds(token)
    marks = remembered(token.doc, ("quote_marks", start), lambda: _quote_marks(token, start, end))
    for opening, closing in zip(marks[::2], marks[1::2], strict=False):
        if opening < token.i < closing:
            return opening, closing
    return None


def _quote_marks(token: Token, start: int, end: int) -> list[int]:
    """The quote marks of a sentence, once per sentence (lower case: a mark's own text)."""
    lower = columns(token.doc).lower
    return [i for i in range(start, end) if lower[i] in QUOTES]


# "people linked to the killings", "no evidence linking the suspects to the bombings", "men
# tied to the attacks": a relation that points at events told elsewhere
LINK_LEMMAS = words("link connect tie relate")
# "appear to refer to the Turkish military attack against ISIS", "an allusion to the bombing":
# a reference points at a known event whatever its details
REFERENCE_LEMMAS = words("refer allude reference allusion")


def is_linked_reference(token: Token) -> bool:
    """A definite trigger noun that a verb or participle of linking points at ("linked to the
    killings") names the events of the story told before, not one of this sentence."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ not in ("to", "with"):
        return False
    holder = token.head.head  # "refer to the army's assault"; "made an allusion to the bombing"
    nouns = [c for c in holder.children if c.dep_ == "dobj"]
    if any(lemma_of(w) in REFERENCE_LEMMAS for w in (holder, *nouns)):
        return any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in token.children)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in token.children):
        return False
    if any(c.dep_ != "det" and (c.dep_ != "amod" or not c.is_lower) for c in token.children):
        return False  # "linked to the 2015 bombing of the embassy", "to the Ter-Khachatryan
        # kidnapping": told with its own details
    return lemma_of(token.head.head) in LINK_LEMMAS


# "has been the scene of clashes", "a theatre of attacks": a place named as a setting
SETTING_NOUNS = words("scene theatre theater stage hotbed")


def is_setting_of_kind(token: Token) -> bool:
    """A bare plural trigger after "the scene of" says what kind of events happen at a place,
    not one event ("the market was the scene of a bombing on Monday" tells one)."""
    if token.tag_ != "NNS" or token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    if any(c.dep_ in ("det", "nummod", "poss") for c in token.children):
        return False
    return lemma_of(token.head.head) in SETTING_NOUNS


# "the agenda included kidnappings, bombings and ...", "the talks covered attacks on aid
# workers": kinds of events named as topics of a text, a meeting or a study
TOPIC_VERBS = words(
    "include discuss cover address debate tackle list study examine review document detail "
    "describe chronicle catalogue"
)


def is_listed_topic(token: Token) -> bool:
    """A bare plural trigger (or one of its conjuncts) that a verb of topics takes as object
    names a kind of event talked about, not an event told ("the raid included air strikes on
    Monday" has a date of its own and stays)."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if token.tag_ != "NNS" or first.dep_ != "dobj" or lemma_of(first.head) not in TOPIC_VERBS:
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in token.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in first.head.subtree)


def is_generic_present(token: Token) -> bool:
    """ "Terrorists kill innocent people to spread fear": the simple present with a bare plural
    subject and no time or place in a full sentence says what such people do (a headline,
    "Rebels kill 20 in Mali", has no full stop and keeps its event)."""
    if token.pos_ != "VERB" or token.tag_ != "VBP":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NNS":
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "compound") for c in subject.children):
        return False
    if any(t.ent_type_ in SPECIFIC_LABELS for t in token.subtree):
        return False  # "soldiers attack the rebel base in Gao": a time or a place makes it one
    last = [t for t in token.sent if not t.is_space][-1]
    return last.text in (".", "!", "?", '"', "”")


SPECIFIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "GPE", "LOC", "FAC"})


# works that tell a story of their own (not "in a series of attacks", "in the operation")
FICTION_NOUNS = words("film movie novel book game play documentary episode anime manga sitcom")


def in_a_work(token: Token) -> bool:
    """ "In the film, a group of commandos storm an embassy": what happens in a story told by a
    film, a novel or a game, not in the news."""
    for verb in (token, *token.ancestors):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
            if any(lemma_of(o) in FICTION_NOUNS for o in prep.children if o.dep_ == "pobj"):
                return True
        if (
            verb is not token
            and lemma_of(verb) in NARRATING_VERBS
            and any(c.dep_ == "nsubj" and lemma_of(c) in FICTION_NOUNS for c in verb.children)
        ):
            return True  # "The film tells the story of a sniper who killed 160 people"
    return False


# what a work does with its story ("the novel follows", "the book recounts how")
NARRATING_VERBS = words(
    "tell follow recount depict portray chronicle dramatise dramatize explore imagine retell "
    "narrate trace revisit center centre"
)


# "The massacre is considered one of the worst atrocities", "the bombing is remembered as a
# turning point": a known event judged or remembered in the present, not told
JUDGING_VERBS = words("consider regard remember see view know deem rank recall")


def is_judged_event(token: Token) -> bool:
    """A trigger noun that is the subject of a present-tense verb of judging or memory names
    an event known before, not one of the news ("the attack was seen as a warning" is past
    and may be told)."""
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    if lemma_of(verb) not in JUDGING_VERBS:
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are") for c in verb.children)


# verbs that measure acts against a law or a norm ("drone attacks violate international law",
# "attacks on hospitals amount to war crimes")
NORM_VERBS = words("violate breach contravene flout infringe constitute amount")


def is_kind_against_norm(token: Token) -> bool:
    """A bare plural trigger (no article, owner or number) as the subject of a verb of law or
    norm, with no time of its own, is a kind of act judged, not an event told ("drone attacks
    against its territory violated international laws"; "the attacks on Monday" stays)."""
    if token.tag_ != "NNS" or token.dep_ != "nsubj" or lemma_of(token.head) not in NORM_VERBS:
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in token.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in token.head.subtree)


# "when she was a child", "as a young boy": a period of someone's life
LIFE_STAGES = words("child boy girl teenager teen student youth kid baby schoolboy schoolgirl")


def is_life_story(token: Token) -> bool:
    """An event of someone's life history: a clause of "whose" with no date ("the author,
    whose father was killed in the war"), or a clause dated by a stage of life ("the day
    soldiers stormed her village when she was a child")."""
    for verb in (token, *token.ancestors):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for clause in (c for c in verb.children if c.dep_ == "advcl"):
            marked = any(m.dep_ == "advmod" and m.lower_ == "when" for m in clause.children)
            stage = [c for c in clause.children if c.dep_ == "attr" and lemma_of(c) in LIFE_STAGES]
            if marked and lemma_of(clause) == "be" and stage:
                return True
        if verb.dep_ == "relcl" and any(
            t.lower_ == "whose" for c in verb.children if c.dep_ in SUBJECTS for t in c.subtree
        ):
            return not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)
        if verb.dep_ == "relcl" and _in_obituary(verb.head):
            return True  # "Her grandfather, who fought the Japanese in Burma, died aged 98"
    return False


def _in_obituary(person: Token) -> bool:
    """The person is the subject of a death told with its age ("died on Tuesday aged 98")."""
    verb = person.head
    if person.dep_ != "nsubj" or lemma_of(verb) not in ("die", "pass"):
        return False
    return any(t.lower_ in ("aged", "age") for t in verb.subtree if t.i > person.i)


SUBJECTS = frozenset({"nsubj", "nsubjpass"})


# "a law against kidnappings", "protests against air strikes": a kind of event a rule, a
# measure or a protest is set against
AGAINST_NOUNS = words(
    "law laws bill ban measure measures policy convention treaty rule rules campaign protest "
    "protests moratorium legislation"
)
# "the number of kidnappings fell by half": a statistic that changes
COUNT_NOUNS = words("number rate tally count total")
CHANGE_VERBS = words("fall rise drop double triple halve increase decrease decline climb soar")


def is_kind_against_or_counted(token: Token) -> bool:
    """A bare plural trigger that a law or a protest is against, or whose number rises or
    falls, names a kind of event, none told."""
    if token.tag_ != "NNS" or token.dep_ != "pobj":
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in token.children):
        return False
    prep, holder = token.head, token.head.head
    if prep.lower_ == "against":
        return lemma_of(holder) in AGAINST_NOUNS or holder.lower_ in AGAINST_NOUNS
    return (
        prep.lower_ == "of"
        and lemma_of(holder) in COUNT_NOUNS
        and holder.dep_ == "nsubj"
        and lemma_of(holder.head) in CHANGE_VERBS
    )


# prepositions of a reason or an occasion ("sanctions over attacks on shipping"), and verbs that
# judge a kind ("condemned attacks on civilians")
REASON_PREPS = words("over following after because")  # not "for": "called for air strikes"
CONDEMNING_VERBS = words("condemn denounce deplore decry criticise criticize")


def is_kind_as_reason(token: Token) -> bool:
    """A bare plural trigger with no time of its own given as the reason for a measure or
    judged whole ("imposed sanctions over attacks on shipping", "closed its borders following
    attacks on its residents", "condemned attacks on civilians") refers to a series, none of
    whose acts is told ("after attacks on Monday", "condemned the attack") stay)."""
    if token.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in token.children):
        return False
    if any(t.ent_type_ in ("DATE", "TIME", "CARDINAL") for t in token.subtree):
        return False
    if token.dep_ == "dobj" and token.head.lower_ in REASON_PREPS:
        return True  # "following raids on its villages": the participle parsed as a verb
    if token.dep_ == "dobj":
        return lemma_of(token.head) in CONDEMNING_VERBS
    if token.dep_ != "pobj" or token.head.lower_ not in REASON_PREPS:
        return False
    # "militants responsible for deadly attacks in Dhaka", "blamed for attacks": who did them
    return lemma_of(token.head.head) not in BLAME_WORDS


BLAME_WORDS = words("responsible responsibility blame credit accuse accused charge arrest jail")


def is_described_object(token: Token) -> bool:
    """ "journalists who cover the fighting face great risks": the object of a simple-present
    verb in a relative clause is what someone does, not an event told."""
    verb = token.head
    if token.pos_ != "NOUN" or token.dep_ != "dobj" or verb.dep_ != "relcl":
        return False
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return not any(t.ent_type_ in SPECIFIC_LABELS for t in verb.subtree)


def is_part_of_name(token: Token) -> bool:
    """ "the Killing Fields memorial", "Desert Storm veterans": a capitalised trigger beside
    another capitalised word inside a sentence of ordinary case is part of a name."""
    doc, sentence = token.doc, token.sent
    if not token.is_title or token.i == sentence.start or token.ent_type_ in DEMONYM_LABELS:
        return False  # "the Israeli military", "Gaza City": a side or a place, not a name
    if doc[token.i - 1].text in QUOTES or doc[token.i - 1].text in (":", "-", "("):
        return False  # a quote or a clause that opens with a capital
    if not sum(t.is_lower for t in sentence if t.is_alpha) >= 3:
        return False  # a headline in title case
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if sentence.start <= i < sentence.end]
    return any(n.is_title and n.is_alpha and n.ent_type_ not in DEMONYM_LABELS for n in neighbours)


DEMONYM_LABELS = frozenset({"NORP", "GPE"})  # "Russian Air Strikes"? a side, not a name


def refers_without_telling(token: Token) -> bool:
    """Any of the rules above: the trigger refers to an event or a kind of event, or belongs
    to a name or a story, and tells no event of the news."""
    return any(rule(token) for rule in RULES)


RULES = (
    is_quoted_title,
    is_linked_reference,
    is_setting_of_kind,
    is_listed_topic,
    is_generic_present,
    in_a_work,
    is_judged_event,
    is_kind_against_norm,
    is_life_story,
    is_kind_against_or_counted,
    is_kind_as_reason,
    is_described_object,
    is_part_of_name,
)
