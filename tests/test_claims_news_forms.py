"""Attribution forms of ordinary political news (session 6): adjectives of
conviction, copular and passive claim nouns, findings of polls and data, verbs of saying by
class, trailing cues the parse took for participles, decisions that deny no claim, and hearsay
adverbs, which make none.

Sentences written for these tests; the real spaCy pipeline. Each form has a negative twin.
"""

from __future__ import annotations

import pytest

from tests.test_claims import claimed, claims_of

# (sentence, cue, the claimant's words or None for no named source, what is claimed)
FORMS = [
    ("The former general reportedly told aides he would appeal.",
     "told", "The former general", "he would appeal"),
    ("The minister is confident that the bill will pass.",
     "confident", "The minister", "the bill will pass"),
    ("The unions are convinced that the reform will fail.",
     "convinced", "The unions", "the reform will fail"),
    ("Parizeau's view is that Quebec will vote again.",
     "view", "Parizeau's", "Quebec will vote again"),
    ("The allegation that the governor had lied was repeated by the party's leader.",
     "allegation", "the party's leader", "the governor had lied"),
    ("A survey published on Tuesday showed Labor leading by 12 points.",
     "showed", "A survey", "Labor leading by 12 points"),
    ("Voters rejected the plan, the national broadcaster projected on Saturday.",
     "projected", "the national broadcaster", "Voters rejected the plan"),
    ("Former president Alvaro Uribe, who led the No campaign, called for a national pact.",
     "called for", "Former president Alvaro Uribe", "a national pact"),
    ("It is understood that the central bank will raise rates next week.",
     "understood", None, "the central bank will raise rates next week"),
    ("The newspaper has learned that the minister will resign.",
     "learned", "The newspaper", "the minister will resign"),
    ("Investigators determined that the fire had been set deliberately.",
     "determined", "Investigators", "the fire had been set deliberately"),
    ("Opposition leaders asked whether the election had been fair.",
     "asked", "Opposition leaders", "the election had been fair"),
    ("The senator commented that the deal was a mistake.",
     "commented", "The senator", "the deal was a mistake"),
    ("In the mayor's view, the tariffs will hurt consumers most.",
     "In the mayor's view", "the mayor's", "the tariffs will hurt consumers most"),
    ("In the words of one senior diplomat, the summit was a waste of time.",
     "In the words", "one senior diplomat", "the summit was a waste of time"),
    ("Rumours that the governor would resign swept the capital on Monday.",
     "Rumours", None, "the governor would resign"),
    ("The ministry's position is that the contract was legal.",
     "position", "The ministry's", "the contract was legal"),
    ("The minister made it clear that there would be no bailout.",
     "made it clear", "The minister", "there would be no bailout"),
    ("The union has made clear that it will not reopen the agreement.",
     "made clear", "The union", "it will not reopen the agreement"),
    ("The ministry repeated its claim, which the opposition denies.",
     "denies", "the opposition", "its claim"),
    ("Analysts had expected a loss of 5 cents a share.",
     "expected", "Analysts", "a loss of 5 cents a share"),
    ("Investors bet that the Fed would cut rates in September.",
     "bet", "Investors", "the Fed would cut rates in September"),
    ("The health ministry put the death toll at 45.",
     "put", "The health ministry", "the death toll at 45"),
    ("The governor was adamant that the state would not raise taxes.",
     "adamant", "The governor", "the state would not raise taxes"),
    ("The message from the finance ministry was blunt: there would be no more money.",
     ":", "the finance ministry", "there would be no more money"),
    ("The spokesman had a simple answer: the army was not involved.",
     ":", "The spokesman", "the army was not involved"),
    ('UN chief: Gaza is a "graveyard for children"',
     ":", "UN chief", 'Gaza is a "graveyard for children"'),
    ("The opposition cried foul, alleging widespread fraud.",
     "alleging", "The opposition", "widespread fraud"),
    ("The minister told reporters at a briefing that the border would reopen.",
     "told", "The minister", "the border would reopen"),
    ("The company told investors in a letter that profits would fall.",
     "told", "The company", "profits would fall"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "cue", "source", "content"), FORMS)
def test_news_form(text: str, cue: str, source: str | None, content: str) -> None:
    claims = [c for c in claims_of(text) if c["cue"] == cue]
    assert len(claims) == 1, [(c["cue"], c["claimant"]["text"]) for c in claims_of(text)]
    assert claims[0]["claimant"]["text"] == source
    assert claimed(text, claims[0]).removeprefix("that ") == content  # a "that" parsed as a
    # relative pronoun stays in the span


NO_CLAIMS = [
    "The treasurer allegedly paid two judges.",  # hearsay adverbs: the writer's voice
    "The reportedly corrupt official resigned on Monday.",
    "It is certain that prices will rise this winter.",  # no holder
    "The minister is confident of victory in May.",  # no clause held
    "Colombians narrowly rejected the peace deal in Sunday's referendum.",  # a vote
    "The electoral court rejected a request to annul the votes.",  # a ruling
    "Parliament dismissed the motion by a wide margin.",  # a vote
    "A video posted online showed soldiers firing on the crowd.",  # an event shown, no finding
    "A woman told researchers about the raid, asking that her name not be used.",
    "His view of the city is stunning.",  # no clause
    "In my view, the tariffs will hurt consumers most.",  # the writer's own
    "In the view from the hill, the town looked calm.",  # no owner
    "The idea that the war will end soon is naive.",  # an idea is no one's claim unowned
    "The rain made the roads clear of dust.",  # no clause
    "The report, which the committee published on Monday, runs to 300 pages.",  # no claim taken
    "She put the book on the table.",  # no estimate
    "Shares rose more than expected.",  # a comparison
    "The deal is understood by both sides.",  # shared, not said
    "The government accepted the resignation of the finance minister.",  # an act
    "The reason was simple: prices had risen too fast.",  # no statement named
    "Three things matter to voters: jobs, prices and taxes.",  # a list
    "BREAKING: Central bank raises rates to 5 percent",  # a label
    "The war began in 2011.",  # no quotation
    "The minister spoke at a briefing that lasted an hour.",  # a relative clause
    "Rebels clashed with the army, a self-defence force known as the Protection Militia.",
    "Several members who were supposed to resign stayed in office.",  # a duty, no belief
    "The government is making sure that the crisis does not spread.",  # ensuring
    "The senator was not sure whether he would attend the rally.",  # a question
    "The referendum will ask whether the constitution should be scrapped.",  # no asker
]


@pytest.mark.parametrize("text", NO_CLAIMS)
def test_not_a_claim(text: str) -> None:
    cues = {
        "reportedly",
        "allegedly",
        "certain",
        "confident",
        "rejected",
        "dismissed",
        "showed",
        "asking",
        "view",
        "idea",
        "clear",
        "published",
        "put",
        "expected",
        "understood",
        "accepted",
        "asked",
        ":",
        "began",
        "spoke",
        "known",
        "supposed",
        "sure",
        "ask",
    }
    # fmt: skip
    assert not [c["cue"] for c in claims_of(text) if c["cue"].split()[-1].lower() in cues]


def test_a_court_that_rejects_an_argument_denies_a_claim() -> None:
    text = "The court rejected Poland's argument that the reform was a domestic matter."
    claim = next(c for c in claims_of(text) if c["cue"] == "rejected")
    assert claim["stance"] == "deny"
    assert claim["claimant"]["text"] == "The court"


def test_a_message_set_off_by_dashes_is_its_owners() -> None:
    text = (
        "Prime Minister Jacinda Ardern said guns would be banned. Her message to gun owners — "
        '"the vast majority of you will understand" — drew little opposition.'
    )
    claim = next(c for c in claims_of(text) if c["cue"] == "—")
    assert claim["claimant"]["text"] == "Her"
    assert claim["claimant"]["name"] == "Jacinda Ardern"  # the last person who spoke
    assert claimed(text, claim).strip('"') == "the vast majority of you will understand"


def test_a_relative_clause_without_which_disputes_the_clause_its_noun_sums_up() -> None:
    text = "Critics say the law gives the police too much power, a charge the government rejects."
    claim = next(c for c in claims_of(text) if c["cue"] == "rejects")
    assert claim["stance"] == "deny"
    assert claim["claimant"]["text"] == "government"
    assert "the law gives the police too much power" in claimed(text, claim)


def test_a_verb_of_telling_after_a_quotation() -> None:
    text = '"Let me be clear," the chancellor began. "There will be no new debt."'
    claim = next(c for c in claims_of(text) if c["cue"] == "began")
    assert claim["claimant"]["text"] == "the chancellor"
    assert "There will be no new debt" in claimed(text, claim)


def test_a_concession_is_a_claim() -> None:
    text = "Sources said she was considering a reshuffle, though her office denied it."
    claim = next(c for c in claims_of(text) if c["cue"] == "denied")
    assert claim["stance"] == "deny"
    assert claim["claimant"]["text"] == "her office"


def test_a_parenthetical_cue_keeps_the_clause_subject_in_what_is_said() -> None:
    text = "Paris, the report said, will host the summit in June."
    claim = next(c for c in claims_of(text) if c["cue"] == "said")
    assert claimed(text, claim).startswith("Paris")
    assert claimed(text, claim).endswith("will host the summit in June")


@pytest.mark.parametrize(
    "text",
    [
        "Residents complained that the company had told them little.",
        "The minister said nothing about the plan on Monday.",
    ],
)
def test_saying_nothing_claims_nothing(text: str) -> None:
    assert not [c["cue"] for c in claims_of(text) if c["cue"] in ("told", "said")]
