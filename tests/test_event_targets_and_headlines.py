"""Who an attack hit (the README rule "Who was hit: the target") and headline verbs the small
model tags as nouns, on sentences written for these tests (the real model)."""

from __future__ import annotations

from tests.test_extraction_roles import asserted


def target_text(event: dict) -> str:
    return (event["target"] or {}).get("text") or ""


def test_headline_verb_read_as_a_noun_gives_its_event() -> None:
    events = asserted("Warplanes pound rebel positions near Marib")
    assert [e["type"] for e in events] == ["air_strike"]
    assert events[0]["actor"]["text"] == "Warplanes"
    assert "positions" in target_text(events[0])


def test_headline_noun_chain_splits_into_subject_verb_and_object() -> None:
    events = asserted("Rebels ambush police convoy in Tete, kill six officers")
    assert len(events) == 1
    assert events[0]["actor"]["text"] == "Rebels"  # not "Rebels ambush police convoy"
    assert events[0]["killed_low"] == 6


def test_headline_shapes_without_a_violent_verb_stay_quiet() -> None:
    for text in (
        "Markets rally as investors storm back into bank shares",
        "Workers strike over pay in Lagos",
        "Farmers block roads, police fire tear gas in Dhaka",
    ):
        assert asserted(text) == [], text


def test_the_killing_verbs_victims_beat_the_frame_of_its_means() -> None:
    events = asserted("Soldiers killed 14 villagers in a raid against suspected rebels in Kivu.")
    assert [target_text(e) for e in events] == ["14 villagers"]


def test_the_dead_of_a_fight_between_two_sides_are_not_its_target() -> None:
    events = asserted("Nine fighters were killed in clashes between the army and rebels near Goma.")
    assert events and all(target_text(e) != "Nine fighters" for e in events)


def test_people_left_dead_beat_the_building_hit() -> None:
    events = asserted("The rebels' attack on a police post in Tillaberi left eight officers dead.")
    assert [(target_text(e), e["killed_low"]) for e in events] == [("eight officers", 8)]


def test_a_gathering_fired_on_stays_the_target_of_a_killing() -> None:
    events = asserted("Gunmen opened fire on a funeral procession in Zaria, killing seven people.")
    assert [(e["type"], target_text(e)) for e in events] == [("killing", "a funeral procession")]


def test_a_vehicle_carrying_people_is_the_people_hit() -> None:
    events = asserted(
        "Militiamen opened fire on a lorry carrying Christian pilgrims, killing five."
    )
    assert [e["type"] for e in events] == ["killing"]
    assert "pilgrims" in target_text(events[0])


def test_a_noun_the_parser_made_a_participles_subject_is_the_object_fired_on() -> None:
    events = asserted("Troops opened fire on students protesting against fee rises, killing two.")
    assert [(e["type"], target_text(e)) for e in events] == [("killing", "students")]


def test_the_wounded_are_the_target_when_a_town_was_hit() -> None:
    events = asserted("Rockets struck the town of Kiryat Shmona overnight, wounding nine people.")
    assert [target_text(e) for e in events] == ["nine people"]
    assert "Kiryat Shmona" in events[0]["location"]["text"]


def test_a_time_of_day_is_no_target() -> None:
    events = asserted("Insurgents attacked an army post at dawn in Kunar province.")
    assert events and all(target_text(e) != "dawn" for e in events)
    assert "post" in target_text(events[0])


def test_a_facility_an_act_happened_at_is_its_target() -> None:
    events = asserted("Police blamed the suicide bombing at a cemetery in Quetta on rebels.")
    assert [target_text(e) for e in events] == ["a cemetery"]


def test_the_light_verbs_preposition_gives_whom_it_was_fired_at() -> None:
    events = asserted("Soldiers opened fire at the marchers in Mandalay, killing two.")
    assert [(e["type"], target_text(e)) for e in events] == [("killing", "the marchers")]
    events = asserted("Police fired shots into the crowd in Lagos, killing three.")
    assert [(e["type"], target_text(e)) for e in events] == [("killing", "the crowd")]


def test_the_defenders_killed_in_a_capture_are_its_toll() -> None:
    for text in (
        "Militants overran an army base and killed 20 soldiers in Borno state.",
        "Militants overran an army base in Borno state, killing 20 soldiers.",
    ):
        events = asserted(text)
        assert [(e["type"], e["killed_low"]) for e in events] == [("territory_capture", 20)]


def test_a_place_before_the_event_noun_is_where_when_the_doer_is_named() -> None:
    events = asserted("Jihadists kill 30 villagers in Burkina Faso attack")
    assert [e["actor"]["text"] for e in events] == ["Jihadists"]
    assert events[0]["location"]["text"] == "Burkina Faso"


def test_the_wounded_are_the_target_only_when_nothing_else_was_hit() -> None:
    events = asserted("A rebel attack near Gao on Tuesday left three soldiers wounded.")
    assert [target_text(e) for e in events] == ["three soldiers"]
    events = asserted("Militants threw a grenade at a police vehicle in Srinagar, wounding four.")
    assert [target_text(e) for e in events] == ["a police vehicle"]
