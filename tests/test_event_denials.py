"""Denials that tell no event of their own, relayed accounts and organs that speak for a state:
what the dispute mart needs from extraction (real model; events/denials.py, claim_verbs.py,
claimants.py)."""

from __future__ import annotations

from tests.test_extraction_roles import extract, name


def test_a_bare_denial_denies_the_strike_told_just_before() -> None:
    result = extract(
        "Rebels accused Ethiopian forces of shelling the market in Mekelle on Monday, killing "
        "eight civilians. Addis Ababa denied the accusation."
    )
    strikes = [e for e in result["events"] if e["type"] == "shelling"]
    assert [e["stance"] for e in strikes] == ["assert", "deny"]
    accused, denial = strikes
    # the denier denies its own act (the accusation's striker, or the denier when none is read)
    assert name(accused["actor"]) in (None, "Ethiopia")
    assert name(denial["actor"]) == name(denial["claimant"]) == "Ethiopia"
    # the place of the strike it denies, without offsets: its words are not in the denial
    assert denial["location"]["text"] == accused["location"]["text"]
    assert denial["location"]["start"] is None and denial["target"] is None


def test_a_denial_that_says_what_it_denies_is_not_a_bare_denial() -> None:
    result = extract(
        "Ethiopian jets struck rebel positions near Mekelle on Monday, the army said. Addis "
        "Ababa denied that any soldiers had been captured."
    )
    assert [e["stance"] for e in result["events"] if e["type"] == "air_strike"] == ["assert"]


def test_a_denial_two_sentences_on_answers_what_lies_between() -> None:
    result = extract(
        "Ethiopian jets struck a market near Mekelle on Monday, killing 20 people, medics said. "
        "A rights group said the government should be investigated for war crimes. Addis Ababa "
        "denied the accusation."
    )
    assert [e["stance"] for e in result["events"] if e["type"] == "air_strike"] == ["assert"]


def test_a_relayed_account_is_the_quoted_bodys() -> None:
    result = extract(
        "At least 40 people were killed in the strikes, the agency quoted Russia's defence "
        "ministry as saying."
    )
    (event,) = result["events"]
    assert name(event["claimant"]) == "Russia"


def test_a_peoples_name_makes_no_state_organ() -> None:
    result = extract(
        "Syrian warplanes struck the village of Hass on Sunday. A senior Kurdish commander "
        "denied the reports."
    )
    commander = next(c for c in result["claims"] if "Kurdish" in (c["claimant"]["text"] or ""))
    assert commander["claimant"]["country"] is None


def test_an_unnamed_ministry_speaks_for_the_state_that_spoke_before() -> None:
    result = extract(
        "Russia's military said its bombers struck Islamic State near Deir ez-Zor on Sunday. "
        "The strikes killed dozens of militants, the Defense Ministry statement said."
    )
    ministry = next(c for c in result["claims"] if "Defense Ministry" in c["claimant"]["text"])
    assert ministry["claimant"]["country"] == "RUS"
