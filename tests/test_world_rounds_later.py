"""The world dev set's later rounds (precision, unrest, tolls, mined samples, and the seeded
rounds of sessions 11-13): each sets its third aside as a measured-only split and covers what
its README section says."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from tests.world_items import (
    PARAGRAPHS,
    WORLD,
    assert_every_third_aside,
    items_between,
)


def test_world_precision_round_sets_aside_every_third_item() -> None:
    """The background-and-reference round's sample (w2100-w2199, README "Background and
    reference round"): NGEC sentences with a violent-sounding word, coded before any run, every
    third in the measured-only split aside11, the rest dev; every PLOVER label's stories."""
    sample = sorted(
        (item for item in WORLD if 2100 <= int(item["id"][1:]) < 2200),
        key=lambda i: int(i["id"][1:]),
    )
    assert len(sample) >= 70
    for position, item in enumerate(sample):
        assert item["split"] == ("aside11" if position % 3 == 2 else "dev"), item["id"]
        assert item["origin"].startswith("ngec:"), item["id"]
        assert int(item["origin"][5:]) % 7 == 6, item["id"]
    assert all(item["split"] != "aside11" for item in WORLD if item not in sample)
    assert any(any(e["stance"] == "assert" for e in item["events"]) for item in sample)


def test_world_unrest_round_sets_aside_every_third_item() -> None:
    """The unrest round's items (w2700-w2799, README "Unrest round"): every third one is in the
    measured-only split aside13, the rest dev; NGEC passages of the unrest and reaction labels
    and own wire copy, most with no event (protests, crowd control, arrests, curfews, coups,
    sieges, sanctions), some with violence in unrest."""
    unrest = items_between(2700, 2800)
    assert len(unrest) == 100
    for item in unrest:
        assert item["split"] == ("aside13" if int(item["id"][1:]) % 3 == 2 else "dev"), item["id"]
    assert sum(item["origin"].startswith("ngec:") for item in unrest) >= 60
    assert len({item["country"] for item in unrest}) >= 40
    tags = Counter(tag for item in unrest for tag in item["tags"])
    for tag in ("crowd_control", "arrest", "curfew", "deployment", "coup", "riot", "protest"):
        assert tags[f"negative:{tag}"] >= 2, tag
    asserted = [i for i in unrest if any(e["stance"] == "assert" for e in i["events"])]
    assert 15 <= len(asserted) <= 40


def test_world_background_round_sets_aside_every_third_item() -> None:
    """The background round's items (w2800-w2899, README "Background mentions round"): every
    third one is in the measured-only split aside14, the rest dev; NGEC passages come from rows
    whose index is 3 modulo 7; mentions of past events outnumber the events told beside them."""
    round_items = items_between(2800, 2900)
    assert len(round_items) == 100
    assert_every_third_aside(round_items, "aside14")
    synthetic = [item for item in round_items if item["origin"].startswith("ngec:")]
    assert all(int(item["origin"].split(":")[1]) % 7 == 3 for item in synthetic)
    tags = Counter(tag for item in round_items for tag in item["tags"])
    assert tags["contrast:background"] >= 15
    mentions = ("back_reference", "past_background", "background_clause", "legal_frame", "retold")
    assert sum(tags[f"negative:{kind}"] for kind in mentions) >= 2 * tags["contrast:background"]
    assert tags["modality:reportedly"] >= 5


def test_world_targets_round_sets_aside_every_third_item() -> None:
    """Session 8's targets round (w3900-w3977, README "Targets round"): coded before any run;
    every third item is the measured-only split aside25, the rest dev; own wire copy and
    headlines of many countries and decades beside NGEC passages, with the target forms it
    probes (nominal frames, possessives, appositions, counted victims, coordination, headline
    verbs) and hard negatives."""
    targets = items_between(3900, 4000)
    assert len(targets) == 78
    assert_every_third_aside(targets, "aside25")
    assert len({item["country"] for item in targets}) >= 40
    assert len({item["published"][:3] for item in targets}) >= 6
    assert sum(item["origin"].startswith("ngec:") for item in targets) >= 15
    tags = Counter(tag for item in targets for tag in item["tags"])
    for tag in ("attack_on", "possessive_target", "apposition", "victim_count", "coordination"):
        assert tags[f"role:{tag}"] >= 4, tag
    assert tags["role:headline_verb"] >= 8
    assert sum(1 for item in targets if not item["events"]) >= 6


def test_world_violent_sample_round_sets_aside_every_third_item() -> None:
    """Session 8's violent-news sample (w3500-w3599, README "Violent-news sample round"): coded
    before any run; every third item is the measured-only split aside21, the rest dev; half NGEC
    passages of violent labels (rows no other item uses), half own wire copy from five decades."""
    sample = items_between(3500, 3600)
    assert len(sample) >= 90
    assert_every_third_aside(sample, "aside21")
    synthetic = [item for item in sample if item["origin"].startswith("ngec:")]
    assert 0.4 <= len(synthetic) / len(sample) <= 0.6
    earlier = {i["origin"] for i in WORLD + PARAGRAPHS if i not in sample}
    assert not [i["id"] for i in synthetic if i["origin"] in earlier], "rows used before"
    own = [item for item in sample if item["origin"] == "own"]
    assert {"197", "198", "199", "200", "201", "202"} <= {i["published"][:3] for i in own}
    assert len({item["country"] for item in own}) >= 30
    asserted = [i for i in own if any(e["stance"] == "assert" for e in i["events"])]
    assert len(asserted) >= 0.8 * len(own)


def test_world_casualties_round_sets_aside_every_third_item() -> None:
    """The casualties round's items (w3600-w3699, README "Casualties round"): coded before any
    run; every third item is the measured-only split aside22, the rest dev; toll clauses told
    apart from their attack, and tolls that are no event (disasters, past wars, statistics)."""
    round_items = items_between(3600, 3700)
    assert len(round_items) >= 60
    assert_every_third_aside(round_items, "aside22")
    assert len({item["country"] for item in round_items}) >= 30
    assert sum(1 for item in round_items if item["origin"].startswith("ngec:")) >= 15
    tags = Counter(tag for item in round_items for tag in item["tags"])
    assert tags["merge:toll_clause"] >= 30 and tags["role:toll_followup"] >= 10
    kinds = Counter(toll["toll_kind"] for item in round_items for toll in item["tolls"])
    for kind in ("running_total", "periodic", "historical", "disaster", "disease"):
        assert kinds[kind] >= 1, kind
    assert sum(1 for item in round_items if not item["events"]) >= 15


def test_event_place_round_sets_aside_every_third_item() -> None:
    """Session 9's event-place round (w4300-w4399, README "Event-place round"): coded before any
    run; every third item is the measured-only split aside28, the rest dev; own wire copy of
    five decades and NGEC passages, each asserted event with the place named for it."""
    places = items_between(4300, 4400)
    assert len(places) >= 60
    assert_every_third_aside(places, "aside28")
    assert len({item["country"] for item in places}) >= 40
    assert sum(item["origin"].startswith("ngec:") for item in places) >= 3
    events = [e for item in places for e in item["events"] if e["stance"] == "assert"]
    assert all(e["location"] is not None for e in events)
    decades = {item["published"][:3] for item in places if item["origin"] == "own"}
    assert {"197", "198", "199", "200", "201", "202"} <= decades
    tags = Counter(tag for item in places for tag in item["tags"])
    for tag in ("place_site", "place_same_name", "place_near", "place_anaphora", "place_origin"):
        assert tags[f"role:{tag}"] >= 3, tag


def test_world_place_round_sets_aside_every_third_item() -> None:
    """Session 8's world-wide place round (w3800-w3899, README "World-wide place round"): coded
    before any run; every third item is the measured-only split aside24, the rest dev; own wire
    copy from many countries and NGEC passages, each with an asserted event, most with a place
    coded as the finest named place of the event, some with none (a dateline's capital)."""
    places = items_between(3800, 3900)
    assert len(places) >= 60
    assert_every_third_aside(places, "aside24")
    assert len({item["country"] for item in places}) >= 40
    assert sum(item["origin"].startswith("ngec:") for item in places) >= 10
    events = [e for item in places for e in item["events"] if e["stance"] == "assert"]
    assert sum(e["location"] is not None for e in events) >= 0.9 * len(events)
    for item in places:
        for event in item["events"]:
            if event["location"] is not None:
                assert event["location"]["text"] in item["text"], item["id"]
    tags = Counter(tag for item in places for tag in item["tags"])
    for tag in ("town_vs_province", "place_form", "place_unknown_name", "place_not_event"):
        assert tags[f"role:{tag}"] >= 5, tag


def test_world_recall_round_9_sets_aside_every_third_item() -> None:
    """Session 9's recall round (w4100-w4199, README "Fourth recall round"): coded before any
    run; every third item is the measured-only split aside26, the rest dev; own wire copy of
    five decades beside NGEC ASSAULT passages (rows no other item uses), with the recall forms it
    probes (events named by nouns, participles, passives, headlines, datelines, second
    sentences) and hard negatives."""
    recall = items_between(4100, 4200)
    assert len(recall) == 67
    assert_every_third_aside(recall, "aside26")
    assert len({item["country"] for item in recall}) >= 40
    assert len({item["published"][:3] for item in recall}) >= 6
    synthetic = [item for item in recall if item["origin"].startswith("ngec:")]
    assert len(synthetic) >= 10
    earlier = {i["origin"] for i in WORLD + PARAGRAPHS if i not in recall}
    assert not [i["id"] for i in synthetic if i["origin"] in earlier], "rows used before"
    tags = Counter(tag for item in recall for tag in item["tags"])
    for tag in ("nominal", "nominal_subject", "participle", "passive", "headline"):
        assert tags[f"recall:{tag}"] >= 4, tag
    assert sum(1 for item in recall if not item["events"]) >= 6


def test_world_tolls_round_sets_aside_every_third_item() -> None:
    """Session 9's casualties-and-tolls round (w4400-w4499, README "Tolls and targets round"):
    coded before any run; every third item is the measured-only split aside29, the rest dev;
    own wire copy of many countries and decades beside NGEC passages drawn with seed 4400, with
    the toll forms it probes (toll verbs and nouns, found bodies, vague counts and ranges, tolls
    split by side, coordinated victims, wounded beside killed) and tolls that are no event."""
    round_items = items_between(4400, 4500)
    assert len(round_items) == 65
    assert_every_third_aside(round_items, "aside29")
    assert len({item["country"] for item in round_items}) >= 40
    assert len({item["published"][:3] for item in round_items}) >= 5
    assert sum(item["origin"].startswith("ngec:") for item in round_items) >= 15
    tags = Counter(tag for item in round_items for tag in item["tags"])
    for tag in ("toll_verb", "toll_noun", "bodies_found", "vague_count", "wounded"):
        assert tags[f"merge:{tag}"] >= 2, tag
    kinds = Counter(toll["toll_kind"] for item in round_items for toll in item["tolls"])
    for kind in ("running_total", "periodic", "historical", "disaster", "disease", "generic"):
        assert kinds[kind] >= 1, kind


def test_world_ordinary_news_round_sets_aside_every_third_item() -> None:
    """Session 9's precision round on ordinary news (w4200-w4269, README "Ordinary news
    round"): coded before any run; every third item is the measured-only split aside27, the
    rest dev; NGEC passages of non-violent labels beside own wire copy of many decades, most
    of it with no violent event (accidents, disasters, figurative senses, modality)."""
    round_items = items_between(4200, 4300)
    assert len(round_items) == 70
    assert_every_third_aside(round_items, "aside27")
    assert sum(item["origin"].startswith("ngec:") for item in round_items) == 30
    assert len({item["country"] for item in round_items}) >= 40
    assert len({item["published"][:3] for item in round_items}) >= 5
    assert sum(1 for item in round_items if not item["events"]) >= 50
    tags = Counter(tag for item in round_items for tag in item["tags"])
    assert tags["negative:accident"] + tags["negative:disaster"] >= 12


def test_world_one_event_round_sets_aside_every_third_item() -> None:
    """Session 9's one-event-one-report round (w4500-w4599, README "One event, one report"):
    coded before any run; every third item is the measured-only split aside30, the rest dev;
    multi-paragraph wire stories of many countries and decades (headline and lead, follow-ups,
    retold background, truly separate incidents) beside NGEC passages of two paragraphs."""
    stories = items_between(4500, 4600)
    assert len(stories) == 39
    assert_every_third_aside(stories, "aside30")
    assert len({item["country"] for item in stories}) >= 25
    assert len({item["published"][:3] for item in stories}) >= 6
    assert all("\n\n" in item["text"] for item in stories)
    assert sum(item["origin"].startswith("ngec:") for item in stories) >= 10
    tags = Counter(tag for item in stories for tag in item["tags"])
    assert tags["merge:definite_retold"] >= 15
    assert tags["merge:separate_incidents"] >= 8
    assert tags["negative:past_background"] >= 8


def test_world_actor_fields_round_sets_aside_every_third_item() -> None:
    """Session 9's actor-fields round (w4600-w4659, README "Actor-fields round"): coded before
    any run; every third item is the measured-only split aside31, the rest dev; own wire copy of
    many countries and decades whose doers are named in varied forms (demonym and force noun,
    institutions, leaders' forces, passive "by", agent nouns, earlier sentences, none)."""
    items = items_between(4600, 4660)
    assert len(items) >= 45
    assert_every_third_aside(items, "aside31")
    assert len({item["country"] for item in items}) >= 35
    assert len({item["published"][:3] for item in items}) >= 5
    tags = Counter(tag for item in items for tag in item["tags"])
    for tag in ("demonym_force", "institution", "leader_forces", "passive_by", "unknown_empty"):
        assert tags[f"actor:{tag}"] >= 2, tag
    for item in items:
        for event in item["events"]:
            if event["actor"] is not None:
                assert event["actor"]["text"] in item["text"], item["id"]


def test_world_second_mined_round_sets_aside_a_seeded_third() -> None:
    """Session 10's second mined round (w5400-w5429, README "Second mined round"): sentences of
    the first judged sample's stories no other item quotes, copied exactly and coded before any
    rule change; 10 of them (random.Random(5400)) are the measured-only split aside38."""
    items = items_between(5400, 5450)
    assert len(items) == 30
    assert sum(item["split"] == "aside38" for item in items) == 10
    assert {item["split"] for item in items} == {"dev", "aside38"}
    assert all(item["origin"].startswith("ngec:") for item in items)
    asserting = [i for i in items if any(e["stance"] == "assert" for e in i["events"])]
    assert 10 <= len(asserting) <= 20


def test_world_doers_round_sets_aside_a_random_third() -> None:
    """Session 10's doers round (w5000-w5099, README "Doers and places across sentences"): coded
    before any run; a random third (seed 5034) is the measured-only split aside34, the rest dev;
    mined NGEC passages and own wire paragraphs whose doer or place is named in another sentence
    or taken up by a pronoun, a definite description, "the capital", "the town"."""
    items = items_between(5000, 5100)
    assert len(items) >= 55
    assert sum(item["split"] == "aside34" for item in items) == 19  # a third of the 58 coded
    assert all(item["split"] in ("dev", "aside34") for item in items)
    assert all(item["split"] != "aside34" for item in WORLD if item not in items)
    assert len({item["country"] for item in items}) >= 35
    assert sum(item["origin"].startswith("ngec:") for item in items) >= 7
    tags = Counter(tag for item in items for tag in item["tags"])
    for tag in (
        "actor:pronoun_doer",
        "actor:earlier_sentence",
        "role:capital",
        "role:town_anaphora",
    ):
        assert tags[tag] >= 4, tag
    assert tags["role:namesake_city"] >= 3


def test_world_mined_false_events_round_sets_aside_a_seeded_third() -> None:
    """Session 10's mined false-events round (w4800-w4859, README "Mined false-events round"):
    sentences the extractor asserted a violent event in, drawn from a seeded random sample of
    its output on non-violent synthetic stories, coded before any rule change; 20 of them are
    the measured-only split aside32, the rest dev; about two in three tell no event."""
    items = items_between(4800, 4900)
    assert len(items) == 60
    assert sum(item["split"] == "aside32" for item in items) == 20
    assert {item["split"] for item in items} == {"dev", "aside32"}
    assert all(item["origin"].startswith("ngec:") for item in items)
    asserting = [i for i in items if any(e["stance"] == "assert" for e in i["events"])]
    assert 15 <= len(asserting) <= 25


def test_world_mined_stance_round_sets_aside_a_third_of_its_own_items() -> None:
    """Session 10's mined stance round (w5200-w5299, README "Mined stance round"): coded before
    any run; the NGEC passages come from the round's judged mining sample (so dev only) and a
    seeded third of the items (all own wire copy) is the measured-only split aside36."""
    items = items_between(5200, 5300)
    assert len(items) >= 45
    aside = [item for item in items if item["split"] == "aside36"]
    assert len(aside) == round(len(items) / 3)
    assert all(item["origin"] == "own" for item in aside)
    assert all(item["split"] == "dev" for item in items if item["origin"].startswith("ngec:"))
    assert len({item["country"] for item in items}) >= 25
    stances = Counter(event["stance"] for item in items for event in item["events"])
    assert len(stances) == 7


def test_world_actor_country_round_sets_aside_a_random_third() -> None:
    """Session 10's actor-country round (w5300-w5399, README "Actor-country round"): coded
    before any run; a random third (seed 5337) is the measured-only split aside37, the rest dev;
    own wire copy from countries with few items and NGEC passages quoted exactly, whose doers'
    countries come from demonyms, capitals, leaders, armed groups, foreign contingents or only
    from the story's setting (unnamed police, troops, gunmen)."""
    items = items_between(5300, 5400)
    assert len(items) >= 55
    assert Counter(item["split"] for item in items) == {"dev": 40, "aside37": 20}
    assert len({item["country"] for item in items}) >= 45
    assert sum(item["origin"].startswith("ngec:") for item in items) >= 10
    for item in items:
        for event in item["events"]:
            assert event["actor"] is None or event["actor"]["country"], item["id"]


# Rounds of sessions 11 and 12: own items coded before any run, a seeded third measured only
SEEDED_ROUNDS = [  # first id, end id, items, measured-only split, its size, countries at least
    (5800, 5860, 60, "aside40", 20, 1),  # actors everywhere, random.Random(5840)
    (5860, 5900, 40, "aside_roles", 13, 1),  # the place of a speech, random.Random(5860)
    (5900, 5940, 40, "aside_riot", 13, 20),  # riots and protests, random.seed(5900)
    (5940, 5980, 37, "aside45", 13, 1),  # conventions, random.Random(5940)
    (5980, 6020, 40, "asidetowns", 13, 30),  # towns of 39 countries, random.Random(5980)
    (6300, 6325, 25, "aside_gaz2", 9, 10),  # namesakes and crowds, random.Random(6300)
    (6340, 6380, 27, "aside_wire2", 9, 15),  # wire paragraphs (session 13), random.Random(6340)
    (6230, 6300, 70, "aside_old", 23, 40),  # older decades' wars, random.Random(6230)
    (6150, 6190, 30, "aside_fam", 10, 12),  # event families, random.Random(6150)
    (6190, 6230, 25, "aside_stat", 9, 5),  # real-news statistics, random.Random(6190)
]


@pytest.mark.parametrize(("first", "end", "count", "split", "aside", "countries"), SEEDED_ROUNDS)
def test_seeded_round_sets_aside_its_third(
    first: int, end: int, count: int, split: str, aside: int, countries: int
) -> None:
    """Each round's items are its own, the drawn third is its measured-only split, the rest dev."""
    items = items_between(first, end)
    assert len(items) == count
    assert sum(item["split"] == split for item in items) == aside
    assert {item["split"] for item in items} == {"dev", split}
    assert len({item["country"] for item in items}) >= countries


def test_roles_round_draw_is_random_5860() -> None:
    """aside_roles is exactly random.Random(5860).sample(range(40), 13) of w5860-w5899."""
    items = items_between(5860, 5900)
    drawn = set(random.Random(5860).sample(range(40), 13))
    aside = {i["id"] for i in items if i["split"] == "aside_roles"}
    assert {f"w{5860 + n}" for n in drawn} == aside
