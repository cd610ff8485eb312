"""Attribution forms that other annotation schemes (PARC) mark and the project's sets had few of
(session 11, news6 dev): requests ("asked X to"),
beliefs about a thing ("regards/views/sees X as Y"), demands
with an object, findings of documents with an object, asides ("X, a poll found, ..."; "X, quoted
by the paper, said"), "citing X" with X a source, cue verbs in relative clauses with no relative
word ("allegations he denies"), declarations with a bare complement ("declared X the winner"),
nested agentless passives, and "per X" with X a source.

Sentences written for these tests; the real spaCy pipeline. Each form has a negative twin.
"""

from __future__ import annotations

import pytest

from tests.test_claims import claimed, claims_of
from tests.test_extraction_roles import extract

# (sentence, cue, the claimant's words or None for no named source, what is claimed)
FORMS = [
    (
        "The mayor asked residents to stay indoors.",
        "asked",
        "The mayor",
        "residents to stay indoors",
    ),
    (
        "Striking miners demanded the manager's dismissal.",
        "demanded",
        "Striking miners",
        "the manager's dismissal",
    ),
    (
        "The audit found serious irregularities in the ministry's accounts.",
        "found",
        "The audit",
        "serious irregularities in the ministry's accounts",
    ),
    (
        "Official figures showed a sharp rise in unemployment.",
        "showed",
        "Official figures",
        "a sharp rise in unemployment",
    ),
    (
        "Most voters, a poll by Ipsos found, do not trust the government.",
        "found",
        "a poll",
        "Most voters, a poll by Ipsos found, do not trust the government",
    ),
    (
        "Union leaders, quoted by the daily Le Monde, said the strike would continue.",
        "quoted",
        "the daily Le Monde",
        "Union leaders, quoted by the daily Le Monde, said the strike would continue",
    ),
    (
        "Police, citing witnesses, said the gunman had fled.",
        "citing",
        "witnesses",
        "the gunman had fled",
    ),
    ("He was charged over bribery allegations he denies.", "denies", "he", "bribery allegations"),
    (
        "The electoral commission declared Ortega the winner.",
        "declared",
        "The electoral commission",
        "Ortega the winner",
    ),
    (
        "The finance minister is understood to favour a wealth tax, officials said.",
        "understood",
        None,
        "The finance minister is understood to favour a wealth tax",
    ),
]

NO_CLAIMS = [
    ("The mayor asked whether the bridge was safe.", "asked", False),  # a question: its own claim
    ("Workers have been on strike for a week, demanding better pay.", "demanding", True),
    ("Investigators found a car near the border.", "found", True),  # a discovery, no finding
    (
        "The soldiers, a group of conscripts recruited last year, refused to fire.",
        "recruited",
        True,
    ),
    ("Britain, citing anti-terrorism laws, froze the bank's assets.", "citing", False),
    ("The report the committee published on Monday was long.", "published", True),
    ("The president declared a state of emergency in a televised message.", "declared", True),
    ("The agency had made a serious error in its calculations.", "in its calculations", True),
]


# beliefs about a thing
FORMS += [
    ("Many voters view the deal as a betrayal.", "view", "Many voters", "the deal as a betrayal"),
    ("The opposition sees the reform as a threat to democracy.",
     "sees", "The opposition", "the reform as a threat to democracy"),
]  # fmt: skip
FORMS += [
    ("Per the bank's own projections, consumer prices will rise by 2 percent next year.",
     "Per", "the bank's own projections", "consumer prices will rise by 2 percent next year"),
]  # fmt: skip
FORMS += [  # verbs of naming and of memory, as "called" and "recalled"
    ("The minister termed the decision a mistake.",
     "termed", "The minister", "the decision a mistake"),
    ("The veteran remembered that the war began in spring.",
     "remembered", "The veteran", "the war began in spring"),
]  # fmt: skip
NO_CLAIMS += [
    ("The bridge sees heavy traffic every morning.", "sees", True),  # no holder
    ("The plant produces 500 cars per day.", "per", True),
    ("She remembered her father.", "remembered", True),  # a memory of a person, no claim
    ("Unemployment rose to 7 per cent in March.", "per", True),
    ("Per the agreement, the rebels will disarm.", "Per", True),  # a provision, no source
]


@pytest.mark.parametrize(("text", "cue", "source", "content"), FORMS)
def test_parc_form(text: str, cue: str, source: str | None, content: str) -> None:
    claims = [c for c in claims_of(text) if c["cue"] == cue]
    assert len(claims) == 1, [(c["cue"], c["claimant"]["text"]) for c in claims_of(text)]
    assert claims[0]["claimant"]["text"] == source
    assert claimed(text, claims[0]) == content


@pytest.mark.parametrize(("text", "cue", "none_at_all"), NO_CLAIMS)
def test_parc_negative_twin(text: str, cue: str, none_at_all: bool) -> None:
    claims = claims_of(text)
    if none_at_all:
        assert claims == [], [(c["cue"], c["claimant"]["text"]) for c in claims]
    else:  # the cue may be a claim of another kind, never with the cited thing as source
        assert all(c["claimant"]["text"] not in ("anti-terrorism laws",) for c in claims)
        assert all(claimed(text, c) != "residents to stay indoors" for c in claims)


def test_a_cited_source_leaves_the_event_to_the_speaker() -> None:
    """'Police, citing witnesses, said ...': two claims with one content; the police assert it."""
    text = "Police, citing witnesses, said the gunman had fled."
    sources = {c["cue"]: c["claimant"]["text"] for c in claims_of(text)}
    assert sources == {"citing": "witnesses", "said": "Police"}


def test_a_position_never_accepted_is_denied() -> None:
    text = "The ministry rejected the proposal, a position the opposition has never accepted."
    claim = next(c for c in claims_of(text) if c["cue"] == "accepted")
    assert claim["stance"] == "deny"
    assert claim["claimant"]["text"] == "the opposition"


def test_a_request_is_a_claim_as_an_appeal_is() -> None:
    """'asked parliament to approve' is a request, coded as "urged ... to" is (it was a negative
    of tests/test_claims_news_forms.py before session 11)."""
    text = "The minister asked parliament to approve the budget by Friday."
    claim = next(c for c in claims_of(text) if c["cue"] == "asked")
    assert claimed(text, claim) == "parliament to approve the budget by Friday"


def test_an_event_said_by_police_citing_witnesses_is_the_polices() -> None:
    """The cited source shares the content; the event report keeps the speaker who asserts it."""
    text = "Police said gunmen killed three guards at the bank on Monday, citing witnesses."
    result = extract(text)
    sources = {c["cue"]: c["claimant"]["text"] for c in result["claims"]}
    assert sources.get("said") == "Police"
    assert [e["claimant"]["text"] for e in result["events"]] == ["Police"]
    text = "Police, citing witnesses, said gunmen killed three guards at the bank on Monday."
    result = extract(text)
    sources = {c["cue"]: c["claimant"]["text"] for c in result["claims"]}
    assert sources == {"citing": "witnesses", "said": "Police"}
    assert [e["claimant"]["text"] for e in result["events"]] == ["Police"]
