"""What spans sentences in a short wire item (real model): follow-up tolls and retellings fold
into the event told before, another side's version and a bare claim of responsibility stay
reports of their own, the dateline's city places a local lead, a trailing speaker after a toll
speaks."""

from __future__ import annotations

from tests.test_extraction_roles import extract, name


def _texts(event: dict, role: str) -> str | None:
    return (event[role] or {}).get("text")


def test_a_toll_follow_up_adds_to_the_event_told_before() -> None:
    result = extract(
        "COLOMBO (Reuters) - Sri Lankan troops killed 21 Tamil Tiger rebels in fighting in "
        "Mannar district on Tuesday, the military said. Four soldiers were also killed, military "
        "spokesman Brigadier Udaya Nanayakkara said."
    )
    (event,) = result["events"]
    assert event["killed_low"] == 25 and _texts(event, "claimant") == "the military"


def test_a_definite_retelling_adds_its_wounded_and_makes_no_second_event() -> None:
    result = extract(
        "KANDAHAR (Reuters) - A suicide bomber blew himself up outside a police headquarters in "
        "Kandahar on Thursday, killing nine policemen, the governor's spokesman said. The "
        "attack, the second on the compound this year, also wounded 23 people, he said."
    )
    (event,) = result["events"]
    assert event["type"] == "suicide_bombing"
    assert (event["killed_low"], event["injured_low"]) == (9, 23)


def test_victims_named_after_the_lead_and_a_retold_act_fold_in() -> None:
    result = extract(
        "ZAMBOANGA (Reuters) - Abu Sayyaf gunmen ambushed a group of marines on Basilan island "
        "on Tuesday, killing 14 of them, the military said. Ten of the dead had been beheaded, a "
        "military spokesman said. The attack happened as the marines searched for a priest."
    )
    assert [e["type"] for e in result["events"]] == ["armed_clash"]


def test_another_event_in_the_next_sentence_stays_its_own() -> None:
    result = extract(
        "BAGHDAD (Reuters) - A car bomb tore through a market in Sadr City on Thursday, killing "
        "at least 60 people, police said. Minutes later, mortar rounds landed on a nearby street, "
        "killing five more, police said."
    )
    assert [e["type"] for e in result["events"]] == ["bombing", "shelling"]


def test_another_organ_of_the_same_state_tells_a_version_of_its_own() -> None:
    result = extract(
        "A Nigerian army drone strike killed at least 85 villagers celebrating a religious "
        "festival in Tudun Biri, local officials said. The army said the strike had targeted "
        "bandits in the area."
    )
    first, second = result["events"]
    assert _texts(second, "claimant") == "The army" and _texts(second, "target") == "bandits"
    assert first["killed_low"] == 85 and second["killed_low"] is None


def test_a_body_with_a_voice_of_its_own_keeps_its_version() -> None:
    result = extract(
        "RIO DE JANEIRO (Reuters) - Police killed 25 people in a raid against drug traffickers "
        "in the Jacarezinho favela on Thursday, police said. One police officer was also killed "
        "in the shootout, they said. Human rights groups said some of the dead had been "
        "executed after surrendering."
    )
    first, second = result["events"]
    assert first["killed_low"] == 26
    assert second["type"] == "execution" and _texts(second, "claimant") == "Human rights groups"


def test_follow_ups_of_a_long_article_stay_mentions() -> None:
    lead = (
        "Gunmen attacked a village in Borno on Tuesday, killing 17 people, a vigilante leader "
        "said. The attack was the third this month, he said."
    )
    filler = " Farmers in the region have struggled with drought for years." * 5
    assert len(extract(lead)["events"]) == 1
    assert len(extract(lead + filler)["events"]) == 2  # tests/devset: "Mentions, not incidents"


def test_a_bare_claim_of_responsibility_is_the_groups_report_of_the_act() -> None:
    result = extract(
        "A car bomb exploded outside a police station in Kano on Monday, killing 12 people, "
        "police said. Boko Haram claimed responsibility."
    )
    first, second = result["events"]
    assert first["type"] == second["type"] == "bombing"
    assert name(second["actor"]) == name(second["claimant"]) == "Boko Haram"
    assert second["target"] is None and second["killed_low"] is None


def test_the_dateline_city_places_a_local_lead_that_names_no_place() -> None:
    local = extract(
        "SAN SALVADOR, Nov. 16 (Reuters) - Uniformed gunmen burst into a Jesuit residence "
        "before dawn on Thursday and shot dead six priests, church officials said."
    )
    (event,) = local["events"]
    assert event["location"]["name"] == "San Salvador"
    assert event["location"]["text"] == "SAN SALVADOR" and event["location"]["start"] == 0
    elsewhere = extract(
        "COLOMBO (Reuters) - Artillery shells struck a makeshift hospital in the northern war "
        "zone on Tuesday, killing at least 64 patients, a government doctor said."
    )
    assert elsewhere["events"][0]["location"] is None


def test_a_trailing_speaker_after_a_participial_toll_is_the_claimant() -> None:
    result = extract(
        "Ethiopian troops shelled the town of Hawzen on Tuesday, killing at least 14 people, a "
        "doctor at the local clinic said."
    )
    (event,) = result["events"]
    assert _texts(event, "claimant") == "a doctor" and event["killed_low"] == 14


def test_the_armys_version_of_the_dead_as_fighters_killed_in_combat_is_a_battle() -> None:
    result = extract(
        "Soldiers killed more than 250 peasants in the village of San Francisco on Saturday, "
        "survivors told church workers. The army said the dead were guerrillas killed in combat."
    )
    first, second = result["events"]
    assert (first["type"], second["type"]) == ("killing", "armed_clash")
    assert _texts(second, "claimant") == "The army"


def test_a_revised_toll_gives_the_event_its_new_count() -> None:
    result = extract(
        "Gunmen killed 12 people in Kano on Sunday, police said. The death toll has risen to "
        "more than 20, a hospital official said."
    )
    (event,) = result["events"]
    assert (event["killed_low"], event["killed_high"]) == (21, None)


def test_those_killed_were_troops_names_the_victims_of_a_version() -> None:
    result = extract(
        "Armenian forces attacked the town of Khojaly this week and killed hundreds of fleeing "
        "civilians, Azerbaijan's government said. Armenian officials said those killed were "
        "Azeri troops."
    )
    version = result["events"][-1]
    assert version["type"] == "armed_clash" and _texts(version, "target") == "Azeri troops"


def test_a_sides_bare_struck_retells_the_shelling_told_before() -> None:
    result = extract(
        "Ethiopian troops shelled the town of Adigrat on Monday, killing at least nine people, a "
        "local hospital official said. The government said its forces had struck rebel positions."
    )
    first, second = result["events"]
    assert first["type"] == second["type"] == "shelling"
    assert _texts(second, "claimant") == "The government" and name(second["actor"]) == "Ethiopia"


def test_an_events_he_said_is_the_speaker_named_before_while_the_claim_keeps_he() -> None:
    result = extract(
        "Gunmen killed 12 people in a village near Jos, Plateau police spokesman Alabo Alfred "
        "said. Earlier on Sunday, gunmen attacked a police post nearby, killing two officers, he "
        "said."
    )
    second = result["events"][-1]
    assert _texts(second, "claimant") == "Plateau police spokesman Alabo Alfred"
    assert result["claims"][-1]["claimant"]["text"] == "he"


def test_a_sides_version_targeting_a_tunnel_network_is_a_strike_not_a_cyber_attack() -> None:
    result = extract(
        "Israeli air strikes destroyed three buildings in Gaza City on Sunday, killing 42 "
        "Palestinians, the health ministry said. The Israeli military said it had targeted a "
        "tunnel network used by Hamas militants."
    )
    first, second = result["events"]
    assert second["type"] == "air_strike" and _texts(second, "claimant") == "The Israeli military"


def test_deaths_in_the_next_sentence_are_the_attacks_not_the_towns_capture() -> None:
    result = extract(
        "GOMA, Congo (Reuters) - Rebels attacked an army position at Rugari on Sunday and took "
        "control of the town after heavy fighting, an army spokesman said. Dozens of soldiers "
        "were killed, he said."
    )
    capture = next(e for e in result["events"] if e["type"] == "territory_capture")
    attack = next(e for e in result["events"] if e["type"] != "territory_capture")
    assert attack["killed_low"] is not None and capture["killed_low"] is None
