"""The kinds of false event mined from ordinary synthetic stories (tests/devset_world/README.md,
"Mined false-events round"): detentions by a state or by the speaker's own pronoun, events
dated by the year or era of the clause above them, totals since a period began, past and
stopped events, events under inquiry, trends, fights that frame a clause telling no violence,
crowd control and a few senses; each beside its violent twin, on sentences written for these
tests and the real model."""

from __future__ import annotations

import pytest

from tests.test_extraction_roles import asserted

NOT_EVENTS = [
    # detention by a state named as a country, or by the speaker's pronoun: an arrest
    "Kenya has detained more than 300 people suspected of smuggling ivory.",
    "Border police said on Tuesday they had detained eleven men carrying forged visas.",
    # the year or era of the clause above dates the event: history
    "In 1998, the president dissolved parliament after two ministers were shot dead.",
    "The fort became a museum in 1871, when the siege killed more than 400 defenders.",
    "The rivalry during the 1920s saw the two clans fighting over grazing land.",
    "The two kingdoms clashed nearly a century ago over the river delta.",
    # a permission not given; a war fought for something, or with a side described
    "The envoy urged the allies not to let the militia seize more of the coast.",
    "Although the two factions are fighting for control in the south, the capital is calm.",
    "The rebels had been fighting with troops loyal to the country's president.",
    # a total since a long period began; an event named as a starting point
    "Since the beginning of the year, 40 miners have been killed in the region.",
    "Thousands of families have fled their homes since the start of the army offensive.",
    # events named as done before, stopped or under inquiry
    "The village was the site of past clashes between herders and soldiers.",
    "The guerrillas announced a halt in attacks on the power grid.",
    "The truce brought an end to the fighting in the port city.",
    "The separatists have suspended attacks on police stations, their leader said.",
    "Parliament voted to set up a commission to investigate the killing of the opposition leader.",
    # a trend; a fight that frames a clause telling no violence
    "Kidnappings and killings of truck drivers are on the rise in the province.",
    "The cabinet approved an emergency budget as heavy fighting continued in the north.",
    # crowd control and a riot against property (README "Unrest")
    "Police fired several rounds of tear gas to clear the square.",
    "A crowd of angry protestors stormed the grounds of the town hall, smashing windows.",
    # senses: progress, captives freed, a work withdrawn, fading
    "Observers called the vote a major advance for democracy in the region.",
    "The hostages were liberated after the ransom was paid.",
    "The studio is withdrawing the film from cinemas after complaints.",
    "The protests died down after the minister resigned.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_mined_kinds_assert_no_violent_event(text: str) -> None:
    assert asserted(text) == []


EVENTS = [
    ("Rebels detained two soldiers near the border, the army said.", "abduction"),
    ("Gunmen said they had detained four foreign engineers.", "abduction"),
    ("Police said on Monday they had shot dead two suspects in Lagos.", "killing"),
    ("On Friday, the rebels shelled the town of Baidoa, killing 12 people.", "shelling"),
    ("Rebels have killed 40 soldiers in an ambush in the north, the army said.", "armed_clash"),
    ("Government troops advanced on the town on Monday.", "ground_offensive"),
    ("The army withdrew its troops from the town on Friday.", "territory_loss"),
    ("Troops fired several rounds of artillery at the village, killing three people.",
     "shelling"),
    ("Five soldiers were killed as fighting raged near the airport.", "armed_clash"),
    ("The rebels clashed with troops two days ago near the border.", "armed_clash"),
    ("Government forces are fighting rebels near the border with Chad.", "armed_clash"),
    ("Police are investigating a shooting at a bar that killed six people on Sunday.",
     "killing"),
    ("Gunmen stormed the grounds of the town hall, killing two guards.", "killing"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), EVENTS)
def test_violent_twins_stay_events(text: str, kind: str) -> None:
    assert kind in {event["type"] for event in asserted(text)}


def test_a_governing_year_makes_an_old_event_a_historical_toll() -> None:
    from tests.test_extraction_roles import extract

    result = extract(
        "In 1998, the president dissolved parliament after two ministers were shot dead."
    )
    assert [e for e in result["events"] if e["stance"] == "assert"] == []
    assert [(t["toll_kind"], t["killed_low"]) for t in result["tolls"]] == [("historical", 2)]
