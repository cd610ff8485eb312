"""The one table of verbs that govern an event's clause, by what they say of it (Karttunen's
classes). An event named in the complement of such a verb ("managed to seize", "threatened to
shell", "regretted that troops had fired") happened, did not happen or stays open according to
the verb's class and the verb's own polarity; events/governors.py walks the path up to them.

- factive: presupposes its complement, whatever is said of the verb ("did not regret that
  troops fired": they fired);
- veridical: asserts its complement when itself asserted ("confirmed that", "admitted that");
  negated or left unchecked it does not ("refused to confirm that": a rumour, hearsay.py);
- implicative: the complement happened if the verb is asserted, not if it is negated ("managed
  to", "went on to", "began to", "were forced to"; "did not manage to" denies);
- negative implicative: the complement did not happen, unless the verb is negated ("failed to",
  "refused to", "avoided"; "did not fail to" asserts);
- non-factive: the complement is left open with the verb's stance ("threatened to", "plans to",
  "urged ... to", "hopes to", "tried to", "was rumoured to").
"""

from __future__ import annotations

from typing import Literal

from loaders.extraction.events.syntax import words

VerbClass = Literal["factive", "veridical", "implicative", "negative"]

# Verbs that take a that-clause or a gerund and presuppose it (the event happened)
FACTIVE = words(
    "regret resent deplore lament mourn bemoan rue know realise realize discover notice learn "
    "reveal expose uncover forget remember recall recount recollect ignore overlook "
    "understand appreciate grieve"
)
# Verbs that assert their that-clause when they are asserted themselves
VERIDICAL = words(
    "confirm admit acknowledge concede prove show demonstrate establish verify corroborate "
    "document witness see find determine conclude record"
)
# Verbs whose infinitive or gerund happened when they are asserted ("managed to capture").
# Phrasal ones are written with their particle ("go on", "carry on"); the passive of verbs
# of force ("were forced to abandon") and of aspect ("began to shell") belong here.
IMPLICATIVE = words(
    "manage succeed proceed begin start commence continue resume keep persist happen chance "
    "bother hasten rush force compel oblige coerce pressure pressurise pressurize drive "
    "make get remember trouble condescend deign venture"
) | frozenset({"go on", "carry on", "keep on", "end up", "wind up", "go ahead", "set about"})
# Verbs whose complement did not happen when they are asserted ("failed to capture")
NEGATIVE_IMPLICATIVE = words(
    "fail neglect forget refuse decline avoid refrain abstain omit desist forgo forego spare "
    "spar evade escape shun dodge hesitate"  # "spared" is lemmatised "spar"
)
# ... of which these deny only a clause ("escaped being captured"): with an event noun as
# object ("escaped an ambush", "forgot the attack") the event itself took place
CLAUSE_DENIALS = words("evade escape shun dodge hesitate forget abstain")
# "came close to capturing", "stopped short of attacking", "fell short of": a near miss
NEAR_MISS = words("close short near")
# "has yet to launch", "is yet to attack": not yet done
NOT_YET = words("yet")
# Verbs of protection: what one is guarded "from" or "against" is a danger, not an event
# ("the radar protects the city from missile attacks"; "shielded them from the shelling" tells one)
PROTECTING = words(
    "protect shield defend guard secure safeguard insulate immunise immunize deter inoculate"
)
# Nouns of a near future: "on the verge of capturing", "on the brink of an offensive"
VERGE_NOUNS = words("verge brink cusp threshold")

# The non-factive verbs, one class each, by the stance they give the open event. Each list is
# a whole class of English verbs that take an infinitive, a that-clause or an event object
# without asserting it: of threat, of intention, attempt and preparation, of request and
# command, of desire, fear, thought, permission and proposal, of hearsay, and of denial and
# prevention. Verbs whose object is a known event ("condemned the attack", "halted the
# offensive") are in none.
NON_FACTIVE: dict[str, str] = {
    **dict.fromkeys(words("threaten warn menace caution hint signal brandish"), "threaten"),
    **dict.fromkeys(
        words(
            "plan prepare intend vow pledge promise aim seek try attempt decide agree mean "
            "schedule expect plot set poise resolve determine gear mobilise mobilize swear "
            "opt choose elect endeavour endeavor strive scheme conspire vote ready muster "
            "earmark slate offer volunteer undertake struggle bid arrange organise organize"
        ),
        "plan",
    ),
    **dict.fromkeys(
        words(
            "demand urge call ask appeal press request petition plead beg implore exhort "
            "encourage advise lobby clamour clamor invite challenge dare instruct order "
            "command require summon entreat beseech enjoin direct task ought"
        ),
        "demand",
    ),
    **dict.fromkeys(
        words(
            "hope want wish fear consider allow let permit authorise authorize approve propose "
            "need suggest contemplate weigh mull discuss study envisage risk imagine predict "
            "forecast anticipate envision foresee debate ponder explore examine entertain "
            "float moot prefer desire dream long yearn aspire pray await dread worry doubt "
            "wonder sanction endorse advocate recommend favour favor oppose veto ban brace "
            "forbid prohibit bar outlaw postpone delay defer shelve suspend license licence "
            "empower greenlight design engineer equip train build pretend feign rehearse "
            "simulate"
        ),
        "hypothetical",
    ),
    **dict.fromkeys(words("rumour rumor speculate"), "rumour"),
    **dict.fromkeys(
        words(
            "deny reject refute dismiss stop prevent foil thwart avert abort cancel abandon "
            "scrap disavow repudiate renounce forswear block"
        ),
        "deny",
    ),
}
# The negative implicatives give "deny" where nothing negates them
EMBEDDING_STANCES: dict[str, str] = {
    **NON_FACTIVE,
    **dict.fromkeys(NEGATIVE_IMPLICATIVE - CLAUSE_DENIALS, "deny"),
}


GOVERNING_LEMMAS = FACTIVE | VERIDICAL | IMPLICATIVE | NEGATIVE_IMPLICATIVE | set(NON_FACTIVE)


def restored_lemma(lemma: str, form: str) -> str:
    """The model's rule lemmatiser cuts "hopes", "hoped", "hoping" to "hop": a governing verb
    whose lemma lost its final e is read back from its form."""
    restored = lemma + "e"
    if lemma in GOVERNING_LEMMAS or restored not in GOVERNING_LEMMAS:
        return lemma
    return restored if form in (restored + "s", restored + "d", lemma + "ing") else lemma


def verb_class(lemma: str, that_clause: bool) -> VerbClass | None:
    """The class of a governing verb (its lemma, with its particle for phrasal verbs) for its
    kind of complement: "forgot that troops had fired" presupposes, "forgot to" negates."""
    if that_clause:
        if lemma in FACTIVE:
            return "factive"
        return "veridical" if lemma in VERIDICAL else None
    if lemma in IMPLICATIVE:
        return "implicative"
    if lemma in NEGATIVE_IMPLICATIVE:
        return "negative"
    return None
