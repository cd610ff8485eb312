"""The event's place in world wire copy (real model; sentences written for these tests, not
dev-set items): the anchor of a bearing yields to the place it positions, the town of a site the
verb hits, names the text calls a town or capital by apposition, named quarters of a town,
"in the province of X", a later sentence that only says where it happened, places of another
event's phrase, and a dateline lead that points elsewhere in the country."""

from __future__ import annotations

from tests.test_event_untuned_roles import only_event, words
from tests.test_extraction_roles import asserted


def place(event: dict) -> str | None:
    return words(event["location"])


def test_the_anchor_of_a_bearing_yields_to_the_place_it_positions() -> None:
    event = only_event(
        "Government jets bombed a market in Tine, a village north of Geneina, on Sunday, "
        "killing 12 people, aid workers said."
    )
    assert place(event) == "Tine"
    event = only_event(
        "Gunmen shot dead a nurse at a clinic in Garoua, 40 km south of Maroua, police said."
    )
    assert place(event) == "Garoua"


def test_an_anchor_that_positions_no_other_place_is_kept() -> None:
    event = only_event("Warplanes pounded rebel front lines north of Kabul on Monday.")
    assert place(event) == "Kabul"


def test_the_town_of_a_site_the_verb_hits_is_where() -> None:
    event = only_event(
        "Insurgents stormed the district headquarters of Djibo overnight, killing five "
        "policemen, officials said."
    )
    assert place(event) == "Djibo"


def test_a_name_apposed_to_a_capital_is_a_place_taken_not_a_person() -> None:
    events = asserted(
        "Rebels seized Kaga Bandoro, the capital of Nana-Grebizi prefecture, a UN official said."
    )
    capture = next(e for e in events if e["type"] == "territory_capture")
    assert place(capture) == "Kaga Bandoro" and capture["target"] is None
    assert not [e for e in events if e["type"] == "abduction"]


def test_a_named_quarter_of_a_town_is_finer_than_the_town() -> None:
    event = only_event(
        "A grenade attack killed four people in the Kinyinya district of Kigali on Sunday, "
        "police said."
    )
    assert "Kinyinya" in place(event)


def test_a_town_word_that_introduces_the_name_after_it_is_no_quarter() -> None:
    event = only_event("Troops shelled the central Syrian city of Homs on Friday.")
    assert place(event) == "Homs"


def test_a_name_the_text_places_in_a_province_of_its_own_words_is_finer() -> None:
    event = only_event(
        "Gunmen killed a priest near Zonkwa, in the northern state of Kaduna, police said."
    )
    assert place(event) == "Zonkwa"


def test_a_later_sentence_saying_where_it_happened_places_the_event() -> None:
    events = asserted(
        "Gunmen shot dead four traders on Monday. The attack happened near Garissa, police said."
    )
    assert len(events) == 1 and place(events[0]) == "Garissa"


def test_a_place_in_a_phrase_dating_the_event_by_another_is_not_its_place() -> None:
    event = only_event(
        "A week after the bombing in Quetta, gunmen shot dead six miners in Sibi, officials said."
    )
    assert place(event) == "Sibi"


def test_a_capital_dateline_is_no_place_when_the_lead_points_elsewhere() -> None:
    event = only_event(
        "NIAMEY (Reuters) - Jihadists killed 12 soldiers at an army post in the west of the "
        "country, the army said."
    )
    assert event["location"] is None or place(event) != "NIAMEY"


def test_a_region_describing_a_nation_or_islands_yields_to_the_name_it_introduces() -> None:
    event = only_event(
        "Soldiers shot dead nine civilians in the tiny Caribbean nation of Grenada, officials said."
    )
    assert place(event) == "Grenada"


def test_the_village_a_raid_names_is_where_its_participles_happened() -> None:
    events = asserted(
        "Militiamen raided the village of Gadawa in Borno state on Monday, killing 20 people "
        "and abducting 15 women, residents said."
    )
    assert events and all(place(e) == "Gadawa" for e in events)


def test_a_clause_dating_the_event_by_another_gives_it_no_town() -> None:
    events = asserted(
        "Militants beheaded a Norwegian hostage, the group said, a month after he was seized "
        "outside Benghazi."
    )
    execution = next(e for e in events if e["type"] == "execution")
    assert place(execution) != "Benghazi"
