"""Triggers that tell a lasting state or a vague run of events, not one event of the news: a war
being fought ("the government is battling an Islamist insurgency in the north"), an undated
series ("after a series of attacks this week") and bare plurals in a charge of complicity
("accused of complicity in killings, abductions and extortion")."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.modal_scope import ultimatum_alternative
from loaders.extraction.events.syntax import clause_verb, lemma_of, with_conjuncts, words

WAR_VERBS = words("battle fight")
# "is battling", "has been fighting", "who were battling": the progressive of a war verb
BE_FORMS = words("is are was were been be 's 're")
WHEN_LABELS = frozenset({"DATE", "TIME"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NOW_WORDS = words("now today tonight overnight currently still")
# "a series of attacks", "the number of executions": many events counted, none told
SERIES_WORDS = words("series spate string succession rash run number rate tally count total")
TARGET_PREPS = words("on against at near targeting between")  # target or sides named
HARM_VERBS = words("kill die wound injure")
# "complicity in killings", "accused of abductions": a charge over a kind of event
CHARGE_NOUNS = words(
    "complicity involvement role part responsibility hand link links connection accusation "
    "accusations allegation allegations charge charges"
)
CHARGE_VERBS = words("accuse suspect charge blame implicate")


def is_lasting_state(token: Token) -> bool:
    """A war verb in the progressive with no time and no named place of its own tells who is
    at war ("Bosnia is battling an insurgency in the north", "rebels who were battling forces
    loyal to Bozize"), not a battle of the news ("troops are battling rebels in Goma" and
    "were fighting on Monday" keep their event)."""
    if token.pos_ != "VERB" or token.tag_ != "VBG" or lemma_of(token) not in WAR_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in BE_FORMS for c in token.children):
        return False
    # "battling rebels in Goma": a place on the object counts as the battle's own
    objects = [o for o in token.children if o.dep_ == "dobj"]
    for child in [*token.children, *(c for o in objects for c in o.children if c.dep_ == "prep")]:
        if child.dep_ in ("dobj", "nsubj", "aux", "punct", "cc", "conj", "relcl", "advcl"):
            continue
        for node in child.subtree:
            if node.ent_type_ in WHEN_LABELS or node.lower_ in NOW_WORDS:
                return False
            if child.dep_ == "prep" and node.ent_type_ in PLACE_LABELS and _where(node, child):
                return False
    return True


PAST_WORDS = words("past previous prior former bygone historic historical")


def is_past_mention(token: Token) -> bool:
    """ "the sites of past clashes", "previous attacks on the town": events named as done
    before, not told ("earlier" is left: "clashes earlier on Monday" are the news)."""
    return token.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in PAST_WORDS for c in token.children
    )


def _where(place: Token, prep: Token) -> bool:
    """A place that tells where the fight is ("in Goma", "near the border with Chad"), not one
    inside what is fought for or with ("fighting for control in Swaziland", "fighting with
    troops loyal to Somalia's president")."""
    return prep.lower_ not in ("for", "to", "with", "against")


def is_vague_series(token: Token) -> bool:
    """ "after a series of attacks this week", "suffered a series of terrorist attacks in the
    country": many events, none told ("a series of strikes on Raqqa" names its target and is
    told; "a series of air strikes killed 20" tells its toll)."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "a string of robberies and assaults"
    if token.tag_ != "NNS" or first.dep_ != "pobj" or first.head.lower_ != "of":
        return False
    series = first.head.head
    if lemma_of(series) not in SERIES_WORDS or series.dep_ in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ == "nummod" for c in token.children):
        return False
    if any(lemma_of(a) in HARM_VERBS for a in series.ancestors):
        return False  # "21 police officers were killed in a series of clashes": told
    return not any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in token.children)


# "many attacks have targeted Shi'ites", "repeated raids": a vague count of events, none told
VAGUE_COUNTS = words(
    "many numerous countless multiple repeated frequent sporadic occasional various innumerable"
)


def is_vague_count(token: Token) -> bool:
    """ "a Shi'ite area where many attacks have targeted Shi'ites": a plural trigger counted by
    a vague word, with no date or time in its clause, tells no one event ("repeated strikes on
    Monday killed 12" is dated and told)."""
    if token.tag_ != "NNS" or not any(
        c.dep_ in ("amod", "det") and c.lower_ in VAGUE_COUNTS for c in token.children
    ):
        return False
    verb = token.head if token.dep_ in ("nsubj", "nsubjpass", "dobj") else token
    return not any(node.ent_type_ in WHEN_LABELS for node in verb.subtree)


def is_charged_kind(token: Token) -> bool:
    """ "accused of complicity in killings, abductions and extortion": a bare plural in a
    charge names a kind of crime, not an event told ("complicity in the killing of a dissident"
    presupposes one)."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if token.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in node.children):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in token.children):
        return False
    if node.dep_ != "pobj":
        return False
    holder = node.head.head
    return lemma_of(holder) in CHARGE_NOUNS or lemma_of(holder) in CHARGE_VERBS


HABITUAL_WORDS = words("daily nightly weekly monthly hourly regularly")
EVERY_WORDS = words("every each")
PERIOD_UNITS = words("day night week month morning evening year")
# "have stepped up attacks", "intensified air strikes": a trend in a kind of event
TREND_VERBS = words(
    "step intensify escalate increase ramp redouble scale reduce curb multiply accelerate"
)


def is_habitual_phrase(token: Token) -> bool:
    """ "are being murdered and attacked on an almost daily basis", "shell the town every
    night": what happens again and again, not an event of the news."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    verbs = with_conjuncts(verb)
    if verb.dep_ == "conj":
        verbs.append(verb.head)
    for holder in verbs:
        for child in holder.children:
            if child.dep_ == "advmod" and child.lower_ in HABITUAL_WORDS:
                return True
            if child.dep_ == "prep" and any(o.lower_ == "basis" for o in child.children):
                return True  # "on a daily basis", "on a regular basis"
            if (
                child.dep_ == "npadvmod"
                and lemma_of(child) in PERIOD_UNITS
                and any(c.lower_ in EVERY_WORDS for c in child.children)
            ):
                return True  # "every night"
    return False


# "as fighting intensified in the east": the fighting as the subject of a verb of change
TREND_SUBJECT_VERBS = words("intensify escalate increase worsen grow mount")


TREND_NOUNS = words("rise increase decline decrease wane upswing uptick downswing")


def _growing(token: Token) -> bool:
    """ "Reservists were called up as fighting intensified in the east": a change in a fight
    with no time, count or death of its own ("fighting intensified on Monday, killing 20" and
    "clashes spread to 12 cities" are told)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "abductions and killings are on the rise"
    verb = token.head
    if token.dep_ == "nsubj" and lemma_of(verb) == "be":
        return any(  # "killings are on the rise", "attacks are on the increase"
            lemma_of(o) in TREND_NOUNS
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "on"
            for o in c.children
            if o.dep_ == "pobj"
        )
    if token.dep_ != "nsubj" or lemma_of(verb) not in TREND_SUBJECT_VERBS:
        return False
    if any(c.dep_ in ("poss", "nummod") for c in token.children):
        return False
    return not any(
        t.ent_type_ in ("DATE", "TIME", "CARDINAL") or lemma_of(t) in ("kill", "die", "dead")
        for t in verb.subtree
    )


def is_trend(token: Token) -> bool:
    """ "the militants have stepped up attacks": a bare plural that a verb of change takes is a
    trend in a kind of event, none of them told."""
    if _growing(token):
        return True
    if token.tag_ != "NNS" or token.dep_ != "dobj":
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in token.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in token.children):
        return False  # "stepped up attacks on Aleppo": a campaign with a target, told
    return lemma_of(token.head) in TREND_VERBS


def is_present_description(token: Token) -> bool:
    """ "a Shiite group which fights alongside Assad's forces", "says it attacks Western
    interests": the simple present in a relative or reported clause says what someone does,
    not what happened (a headline's present is another matter: not a full sentence)."""
    if token.pos_ != "VERB" or token.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    if token.dep_ == "relcl":
        return full_sentence(token)
    if any(c.dep_ == "advmod" and c.lower_ in ("how", "why") for c in token.children):
        return full_sentence(token)  # "we know how it kills many women": what it does
    return (
        token.dep_ == "ccomp"
        and lemma_of(token.head) in SAYING
        and token.head.tag_ in ("VBZ", "VBP")
        and full_sentence(token)
    )


SAYING = words("say claim insist argue maintain believe think")


def full_sentence(token: Token) -> bool:
    last = [t for t in token.sent if not t.is_space][-1]
    return last.text in (".", "!", "?", '"', "”", "'")


TREND_NOUNS = words(
    "uptick upturn surge spike rise increase escalation decline drop fall lull decrease "
    "reduction downturn upsurge"
)
PENALTY_WORDS = words("punishable punish sentence condemn face risk")


def is_trend_noun(token: Token) -> bool:
    """ "a recent uptick in fighting has raised fears": a change in a kind of event ("an
    escalation in fighting killed 20" tells its toll and stays)."""
    if token.dep_ != "pobj" or token.head.lower_ != "in":
        return False
    trend = token.head.head
    if lemma_of(trend) not in TREND_NOUNS or trend.pos_ != "NOUN":
        return False
    return not any(lemma_of(a) in HARM_VERBS for a in trend.ancestors)


def is_penalty(token: Token) -> bool:
    """ "punishable by imprisonment and sometimes execution", "faces execution": a sentence
    that may be carried out, not an execution told."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "dobj":  # "surrender or face an assault": a threat (modality), no penalty
        return lemma_of(node.head) in ("face", "risk") and not ultimatum_alternative(node)
    return (
        node.dep_ == "pobj"
        and node.head.lower_ in ("by", "with", "to")
        and lemma_of(node.head.head) in PENALTY_WORDS
    )


def is_total(token: Token) -> bool:
    """ "A total of 40 armed attacks and shootings have been witnessed": a count of events."""
    return (
        token.tag_ == "NNS"
        and token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and lemma_of(token.head.head) == "total"
    )


KNOWN_FOR = words("notorious known famous infamous renowned feared")


TRACK_RECORDS = words("history record reputation habit practice tradition pattern")


def is_reputation(token: Token) -> bool:
    """ "The militia is notorious for abducting children": what someone is known for doing."""
    if token.dep_ not in ("pcomp", "pobj"):
        return False
    if token.head.lower_ == "of" and token.head.head.lower_ in TRACK_RECORDS:
        return True  # "the group has a history of kidnapping foreigners"
    return token.head.lower_ == "for" and token.head.head.lower_ in KNOWN_FOR


def is_year(token: Token) -> bool:
    return token.like_num and len(token.text) == 4 and token.text[:2] in ("18", "19", "20")


LONG_UNITS = words("year years decade decades")  # months may be one offensive's
BEGINNINGS = words("beginning start outbreak onset")
PERIOD_NOUNS = words("year decade war conflict insurgency uprising crisis hostilities")


def _of_long(beginning: Token) -> bool:
    """ "the beginning of the current year", "the start of the war": a long period's start."""
    return any(
        lemma_of(o) in PERIOD_NOUNS or o.lower_ in PERIOD_NOUNS
        for c in beginning.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    )


def is_durative(token: Token) -> bool:
    """ "The rebels have been fighting the government since 2012", "the coalition has been
    bombing the militants for two years", "has carried out attacks in recent years": a war or a
    campaign told whole over years, not an event of the news ("fighting has raged since Sunday"
    is one; "have for months been advancing" may be one offensive)."""
    verb = clause_verb(token)
    if _spent_years(verb):
        return True
    # coordinated verbs share their auxiliary and their time: "have been assassinated,
    # arrested and intimidated since 2002", "have drowned or been killed in the past year"
    verbs = [verb, *verb.conjuncts]
    if not any(lemma_of(c) == "have" and c.dep_ == "aux" for v in verbs for c in v.children):
        return False
    for clause in (c for v in verbs for c in v.children if c.dep_ == "advcl"):
        since = any(m.dep_ == "mark" and m.lower_ == "since" for m in clause.children)
        if since and any(is_year(t) for t in clause.subtree):
            return True  # "has been under attack since it was launched in 1996"
    for prep in (c for v in verbs for c in v.children if c.dep_ == "prep"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            dated = any(is_year(c) for c in obj.subtree)  # "since independence in 1994"
            if prep.lower_ in ("since", "from") and dated:
                return True  # "since 2012", "from October 2012 until October 2014"
            if prep.lower_ == "since" and obj.lower_ in MONTHS and not has_day(obj):
                return True  # "has been fighting the occupation since August": months long
            if prep.lower_ == "since" and lemma_of(obj) in BEGINNINGS and _of_long(obj):
                return True  # "have been shot dead since the beginning of the year"
            long = prep.lower_ in ("for", "over", "in") and lemma_of(obj) in LONG_UNITS
            if long and (
                prep.lower_ == "for"
                or any(c.lower_ in ("recent", "past", "last") for c in obj.children)
            ):
                return True  # "for two years", "for years", "in recent months"
    return False


def _spent_years(verb: Token) -> bool:
    """ "spent five years in prison fighting against the Soviet Union", "spent decades
    battling the guerrillas": a career told whole, not an event."""
    spend = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "xcomp", "acl")
        and lemma_of(spend) == "spend"
        and any(lemma_of(c) in LONG_UNITS for c in spend.children if c.dep_ in ("dobj", "npadvmod"))
    )


MONTHS = words(
    "january february march april may june july august september october november december"
)


def has_day(month: Token) -> bool:
    after = month.i + 1
    return any(c.like_num for c in month.children) or (
        after < len(month.doc) and month.doc[after].like_num
    )


FIGHT_NOUNS = words(
    "battle fighting clash firefight gunfight gunbattle skirmish shootout shoot-out resistance"
)
GROUND_VERBS = words(
    "capture seize take overrun retake recapture enter withdraw retreat fall lose abandon flee "
    "pull control liberate regain storm"
)


def is_own_fighting(token: Token) -> bool:
    """ "seized the airfield after a fierce battle", "withdrew following heavy fighting": the
    fighting that won or lost the place belongs to the capture told here, not an earlier event
    named to date it (that one has "the", an owner or a name: "after the battle of Mosul")."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ in ("after", "following")
        and lemma_of(token) in FIGHT_NOUNS
        and lemma_of(prep.head) in GROUND_VERBS
        and not any(
            (c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")) or c.pos_ == "PROPN"
            for c in token.children
        )
    )
