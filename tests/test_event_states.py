"""Triggers that tell no event of the news (events/states.py, events/frames.py and the third
round's senses in event_triggers.yaml): lasting wars, vague series and trends, charges, habits,
descriptions in the simple present, penalties, riots, collisions, economic "killing", bombs
found or plotted, missile launches in a test; and the frames that keep an event out of the
asserted stance ("in case", "no reports of", "failed to stop", "told X to"). Real model,
sentences written for these tests; each negative has an event twin that must stay."""

from __future__ import annotations

import pytest

from tests.test_extraction_roles import asserted, extract

NOT_EVENTS = [
    # a war told as a state: the progressive of a war verb, no time, no named place
    "Bosnia itself is battling an Islamist insurgency in the north.",
    "The Ugandan government has been battling the Lord's Resistance Army for control of the bush.",
    "The embargo hit Seleka rebels who were battling forces loyal to the former president.",
    # many events, none told
    "Tourism collapsed after a series of attacks this week.",
    "There was a sharp increase in the number of executions under emergency rule.",
    "A recent uptick in fighting has raised fears for the accord.",
    "This year the militants have stepped up attacks, a spokesman said.",
    "A total of 40 armed attacks and shootings have been witnessed over the last three weeks.",
    # charges, habits, descriptions, penalties
    "The peacekeepers were accused of complicity in killings, abductions and extortion.",
    "Villagers in the valley are being attacked on an almost daily basis, a priest said.",
    "Hezbollah is a Shiite group which fights alongside the Syrian army.",
    "The group says it attacks Western interests.",
    "Blasphemy is punishable by imprisonment and sometimes execution.",
    # riots, collisions, economic forces, devices, tests, figurative fires
    "Thousands of protesters stormed a shrine in the capital during a demonstration.",
    "The crowd broke off from the main rally and attacked a bank on the river front.",
    "An arson attack in the settlement last week damaged two police vehicles.",
    "A cyclist was hurt when his head struck the pavement outside a bar in Leeds.",
    "Inflation is killing small shops in Buenos Aires, traders said.",
    "Troops were sent to the headquarters following the discovery of new bombs near the gate.",
    "Three teenagers were acquitted of carrying out a hoax bomb plot.",
    "North Korea conducted a nuclear test and launched a missile over Japanese territory.",
    "Police have not determined what led to the fires on the police station.",
    "The prime minister acknowledged that the deal struck on Wednesday was not perfect.",
    "Investors raided the bond market for bargains on Tuesday.",
    "The company is on the offensive after losing market share to Chinese rivals.",
    "The party was ambushed by a surprise motion of no confidence in parliament.",
    "The militia is notorious for abducting children.",
    "The strike ended after 12 days when the company agreed to a pay rise.",
    "Miners in Potosi downed tools on Monday, demanding better safety.",
    "The strike is the longest in the history of the coal industry.",
]
EVENTS = [
    ("Troops are battling rebels in Goma, residents said.", "armed_clash"),
    ("Rebels launched a series of attacks on Aleppo on Monday.", "armed_clash"),
    ("At least 21 police officers were killed in a series of clashes with residents.", None),
    ("Protesters attacked a police station in Lahore, killing two officers.", None),
    ("Drones struck an oil depot in Belgorod overnight, the regional governor said.", "air_strike"),
    ("North Korea fired a missile at a South Korean warship, killing 46 sailors.", None),
    ("Gunmen shot dead a judge outside a courthouse in Medellin on Tuesday.", "killing"),
    ("Rebels downed a government helicopter near Kunduz.", "armed_clash"),
    ("The attack on the embassy was clearly designed to intimidate, the minister said.", None),
]
STANCES = [
    ("The rules forbid armed combat in case a nation is attacked by another.", "hypothetical"),
    ("Hizbollah will be blamed for any mistakes in the event of a bombing.", "hypothetical"),
    (
        "They will end hostilities on condition that the army stops its attacks on the camps.",
        "hypothetical",
    ),
    ("No reports of heavy fighting were received on Sunday.", "deny"),
    ("There was no sign of fighting in the town on Sunday, residents said.", "deny"),
    ("The drones are designed to strike targets deep inside enemy territory.", "hypothetical"),
    ("The government told South Sudan to withdraw its forces from Bentiu.", "demand"),
    ("The army failed to stop a large rebel offensive that broke out on Wednesday.", "assert"),
    ("Heavy fighting was expected to resume after the truce expires on Friday.", "hypothetical"),
    ("An offensive on the city is set to begin next week.", "plan"),
    ("The ministry is investigating reports that soldiers had shot dead two farmers.", "rumour"),
    ("Kabul has been spared major attacks this year.", "deny"),
    ("Both sides traded accusations of shelling residential areas.", "rumour"),
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_a_state_a_series_or_another_sense_asserts_no_event(text: str) -> None:
    asserted = [e for e in extract(text)["events"] if e["stance"] == "assert"]
    assert asserted == [], (text, [e["type"] for e in asserted])


@pytest.mark.parametrize(("text", "event_type"), EVENTS)
def test_the_told_event_beside_them_stays(text: str, event_type: str | None) -> None:
    found = [e["type"] for e in asserted(text)]
    assert found, text
    assert event_type is None or event_type in found, (text, found)


@pytest.mark.parametrize(("text", "stance"), STANCES)
def test_frames_give_the_event_its_stance(text: str, stance: str) -> None:
    stances = [e["stance"] for e in extract(text)["events"]]
    assert stance in stances, (text, stances)
    if stance != "assert":
        assert "assert" not in stances, (text, stances)


def test_running_total_by_official_figures_is_a_toll_not_a_killing() -> None:
    result = extract(
        "At least 4,831 have died and 22,000 have been wounded, according to the latest "
        "official figures from the UN."
    )
    assert [e for e in result["events"] if e["stance"] == "assert"] == []
    tolls = result.get("tolls") or []
    assert [t["toll_kind"] for t in tolls] == ["running_total"]
    assert tolls[0]["killed_low"] == 4831


def test_deeds_done_again_and_again_afflictions_and_dozens_of_strikes_are_no_events() -> None:
    """events/repeats.py: a run of events, unless a day of the news dates the clause."""
    for text in (
        "Gunmen have attacked the mine more than 20 times this year, the company said.",
        "The militia has shelled the airport repeatedly, officials said.",
        "Bandits attack the villages at will, and the police do nothing.",
        "The province is plagued by kidnappings and bombings.",
        "The air force has carried out hundreds of air strikes in the past year.",
    ):
        asserted = [e for e in extract(text)["events"] if e["stance"] == "assert"]
        assert asserted == [], (text, asserted)
    dated = extract("Troops shelled the town repeatedly on Monday, killing 12 people.")
    assert [e["stance"] for e in dated["events"]] == ["assert"]


def test_a_recurring_kind_as_a_setting_and_a_group_s_record_are_no_events() -> None:
    for text in (
        "Voting went ahead amid sporadic clashes in the south of the country.",
        "The militia, which has carried out raids across the province, denied the charge.",
    ):
        asserted = [e for e in extract(text)["events"] if e["stance"] == "assert"]
        assert asserted == [], (text, asserted)
    told = extract("Intermittent clashes are continuing in the town of Tel Rifaat.")
    assert [e["stance"] for e in told["events"]] == ["assert"]
