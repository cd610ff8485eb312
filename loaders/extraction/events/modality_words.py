"""The lexicons of modality (events/modality.py reads them): modal verbs, and the whole classes
of verbs, nouns, modifiers and adjectives that embed an event without asserting it, with the
words of hearsay, denial, presupposition and hedging."""

from __future__ import annotations

from typing import get_args

from loaders.extraction.contract import EventStance
from loaders.extraction.events.syntax import words
from loaders.extraction.events.verb_classes import VERGE_NOUNS

STANCES: tuple[str, ...] = get_args(EventStance)  # the contract's codes, the one source
MODAL_STANCES = {
    "will": "plan", "shall": "plan", "'ll": "plan", "would": "hypothetical",
    "'d": "hypothetical", "could": "hypothetical", "might": "hypothetical",
    "may": "hypothetical", "can": "hypothetical", "should": "hypothetical",
    "must": "hypothetical",
}  # fmt: skip
# The verb that embeds the event's clause decides its stance ("threatened to strike"): the one
# table of governing verbs and their classes is events/verb_classes.py
NOUN_STANCES = {
    **dict.fromkeys(words("threat threats warning warnings ultimatum menace"), "threaten"),
    **dict.fromkeys(
        words(
            "plan plans preparation preparations intention intentions bid vow vows pledge "
            "pledges promise promises plot plots decision readiness resolve commitment "
            "scheme schemes blueprint contingency preparedness"
        ),
        "plan",
    ),
    **dict.fromkeys(
        words(
            "call calls demand demands appeal appeals order orders request requests plea "
            "deadline deadlines"
        ),
        "demand",
    ),
    **dict.fromkeys(
        words(
            "possibility prospect prospects risk fear fears hope hopes question proposal "
            "proposals option options ban moratorium prohibition scenario scenarios chance "
            "chances likelihood danger dangers spectre specter concern concerns worry worries "
            "expectation expectations prediction predictions idea permission authorisation "
            "authorization approval mandate talk capacity capability capabilities ability "
            "anticipation apprehension dread forecast forecasts"
        ),
        "hypothetical",
    ),
    **dict.fromkeys(VERGE_NOUNS, "hypothetical"),  # "on the verge of capturing the town"
    **dict.fromkeys(
        words(
            "rumour rumours rumor rumors speculation hearsay accusation accusations allegation "
            "allegations"
        ),
        "rumour",
    ),  # "traded accusations of shelling residential areas"
    **dict.fromkeys(words("denial denials refusal failure"), "deny"),  # "failure to capture"
}
# "a planned offensive", "possible strikes", "unconfirmed reports of clashes"
MODIFIER_STANCES = {
    **dict.fromkeys(words("threatened"), "threaten"),
    # "an attempted kidnapping" (attempts are plans), "a foiled attack", "a thwarted plot"
    **dict.fromkeys(words("foiled thwarted aborted averted"), "deny"),
    **dict.fromkeys(
        words(
            "planned upcoming forthcoming imminent impending looming expected intended future "
            "promised pledged vowed scheduled prepared anticipated attempted"
        ),
        "plan",
    ),
    **dict.fromkeys(
        words(
            "possible potential proposed hypothetical feared prospective likely contemplated "
            "putative would-be eventual conceivable probable"
        ),
        "hypothetical",
    ),
    **dict.fromkeys(
        words("rumoured rumored unconfirmed unverified alleged purported unsubstantiated"),
        "rumour",
    ),
}
ADJECTIVE_STANCES = {
    **dict.fromkeys(
        words(
            "ready poised set about due determined eager keen prepared intent bent resolved bound"
        ),
        "plan",
    ),
    **dict.fromkeys(
        words(
            "likely unlikely able willing free capable possible liable apt afraid worried "
            "fearful anxious vulnerable exposed prone susceptible defenceless defenseless"
        ),
        "hypothetical",
    ),
    **dict.fromkeys(words("unable reluctant hesitant loath loth unwilling"), "deny"),
}
# "ordered the attack", "condemned and opposed the bombing": with an object, these verbs
# name an event that may well have happened; they embed a stance only through a clause
CLAUSE_ONLY = words(
    "order command instruct require summon challenge dare invite endorse sanction advocate "
    "favour favor oppose recommend encourage advise lobby direct organise organize arrange"
)
CLIMB_DEPS = frozenset(
    {"conj", "xcomp", "dobj", "pobj", "prep", "pcomp", "compound", "nsubj", "nsubjpass"}
)
UNCERTAIN_WORDS = words("unclear uncertain unknown unconfirmed unverified")
RUMOUR_SOURCES = words("rumour rumours rumor rumors speculation hearsay")
CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})
CONDITIONS = frozenset({"if", "unless"})
# "denied complicity in the killing": the denial is of a part in an event that happened
PRESUPPOSING = words("complicity involvement responsibility role part hand link links connection")
EPISTEMIC_MODALS = words("may might could must")
# "allegedly", "supposedly": the writer passes on an allegation (a rumour). Not "reportedly",
# "was reported to have" or "is said to have": a report whose source goes unnamed is a report,
# asserted like "according to reports" (world README, coding rule "Reports with no named source")
HEDGES = words("allegedly purportedly supposedly reputedly rumouredly")
# "gave the green light for strikes", "cleared the way for an offensive", "the go-ahead to"
PAVING_NOUNS = words("light go-ahead groundwork nod")  # not "way": "gave way to clashes"
# "in light of the attack", "in the wake of the bombing": complex prepositions, adjuncts that
# frame nothing (the verb beyond them does not embed the event)
ADJUNCT_NOUNS = words(
    "light view wake spite face aftermath midst course addition place lieu favour favor "
    "support defiance memory honour honor name absence presence"
)
# "Russia could invade, possibly beginning with missile strikes": a guess, not a report
POSSIBILITY_ADVERBS = words("possibly perhaps maybe conceivably potentially hypothetically")
# "hope the shelling will stop", "the assault on the town would continue": under way
ONGOING_VERBS = words("stop end cease halt subside abate continue persist rage")
NOBODY = words("nobody none no-one noone")
FOILING = words("foil thwart prevent avert abort stop frustrate")  # "the attack was foiled"
PROOF_NOUNS = words("evidence proof sign signs indication indications trace")
UNCHECKED = words("confirm verify corroborate")  # "could not be independently verified"
# "is believed to have been killed": a guess with no holder ("is said / reported to have" is a
# report, above)
HEARSAY_VERBS = words("believe think rumour rumor suppose presume understand fear")
# "feared kidnapped", "presumed dead", "believed killed": a guess; "reported killed" is a report
GUESSING_VERBS = words("believe think suppose presume fear suspect rumour rumor")
# "dismissed claims that jets had bombed a hospital", "reports that troops looted the village
# were untrue": what is said of a report decides the stance of the event it tells
REPORT_NOUNS = words(
    "claim claims report reports allegation allegations accusation accusations charge charges "
    "suggestion suggestions assertion assertions story stories account accounts rumour rumours "
    "rumor rumors statement statements"
)
DENYING_VERBS = words(
    "deny reject dismiss refute rebut disprove debunk dispute contest contradict discount "
    "discredit denounce brush"
)
FALSE_WORDS = words(
    "false untrue baseless unfounded groundless fabricated fake bogus fictitious incorrect "
    "wrong inaccurate misleading ridiculous absurd nonsense lies lie propaganda fabricate "
    "invent concoct"
)
