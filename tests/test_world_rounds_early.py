"""The world dev set's earlier rounds (roles, modality, wire paragraphs, recall, senses...): each
sets its third aside as a measured-only split and covers what its README section says."""

from __future__ import annotations

from collections import Counter

from models.codes import EVENT_STANCES, TOLL_KINDS
from tests.benchmarks import world_quality
from tests.world_items import (
    WORLD,
    assert_every_third_aside,
    items_between,
    pure_negative,
)


def test_world_roles_round_sets_aside_every_third_item() -> None:
    """The roles round's items (w1300-w1449, README "Roles round"): every third one is in the
    measured-only split aside3, the rest dev; half or so quote NGEC stories, the rest are own."""
    roles = [item for item in WORLD if 1300 <= int(item["id"][1:]) < 1450]
    assert len(roles) >= 120
    for position, item in enumerate(sorted(roles, key=lambda i: int(i["id"][1:]))):
        assert item["split"] == ("aside3" if position % 3 == 2 else "dev"), item["id"]
    synthetic = sum(item["origin"].startswith("ngec:") for item in roles)
    assert 0.4 <= synthetic / len(roles) <= 0.6
    assert len({item["country"] for item in roles}) >= 40
    assert all(any(e["stance"] == "assert" for e in item["events"]) for item in roles)


def test_world_modality_round_sets_aside_every_third_item() -> None:
    """The modality round's items (w1650-w1799, README "Modality round"): every third one is in
    the measured-only split aside7, the rest dev; about half quote NGEC rows whose index % 7 == 2,
    the rest are own; every modality and toll kind of the round is coded."""
    round_items = [item for item in WORLD if 1650 <= int(item["id"][1:]) < 1800]
    assert len(round_items) >= 120
    for position, item in enumerate(sorted(round_items, key=lambda i: int(i["id"][1:]))):
        assert item["split"] == ("aside7" if position % 3 == 2 else "dev"), item["id"]
    synthetic = [item for item in round_items if item["origin"].startswith("ngec:")]
    assert 0.35 <= len(synthetic) / len(round_items) <= 0.6
    assert all(int(item["origin"].split(":")[1]) % 7 == 2 for item in synthetic)
    assert len({item["country"] for item in round_items}) >= 40
    stances = {event["stance"] for item in round_items for event in item["events"]}
    assert stances == set(EVENT_STANCES), set(EVENT_STANCES) - stances
    kinds = {toll["toll_kind"] for item in round_items for toll in item["tolls"]}
    assert kinds == set(TOLL_KINDS), set(TOLL_KINDS) - kinds
    tags = {tag for item in round_items for tag in item["tags"]}
    for tag in ("habitual", "negation", "prevented", "capability", "future", "past_clause"):
        assert f"modality:{tag}" in tags, tag


def test_world_wire_paragraphs_set_aside_every_third_item() -> None:
    """The wire-paragraph round's items (w2000-w2099, README "Wire paragraphs"): every third one
    is in the measured-only split aside10, the rest dev; several sentences each, with datelines,
    toll follow-ups and counter-claims from a dozen conflicts on every continent."""
    wire = items_between(2000, 2100)
    assert len(wire) >= 60
    for position, item in enumerate(wire):
        assert item["split"] == ("aside10" if position % 3 == 2 else "dev"), item["id"]
        assert item["text"].count(". ") >= 1, f"{item['id']}: one sentence only"
    assert len({item["country"] for item in wire}) >= 12
    assert {"197", "198", "199", "200", "201", "202"} <= {i["published"][:3] for i in wire}
    tags = Counter(tag for item in wire for tag in item["tags"])
    for tag in ("counterclaim", "role:toll_followup", "role:pronoun_claimant", "role:retold"):
        assert tags[tag] >= 10, f"{tag}: {tags[tag]} items"
    assert all(any(e["stance"] == "assert" for e in item["events"]) for item in wire)


def test_world_second_modality_round_sets_aside_every_third_item() -> None:
    """The second modality round's items (w3000-w3099, README "Second modality round"): every
    third one is in the measured-only split aside16, the rest dev; about half quote NGEC stories
    of THREATEN, REQUEST, AGREE, CONSULT and REJECT, the rest are own; many countries."""
    modality = items_between(3000, 3100)
    assert len(modality) == 100
    assert_every_third_aside(modality, "aside16")
    synthetic = [item for item in modality if item["origin"].startswith("ngec:")]
    assert 0.4 <= len(synthetic) / len(modality) <= 0.6
    assert len({item["country"] for item in modality}) >= 50
    stances = Counter(e["stance"] for item in modality for e in item["events"])
    assert all(stances[stance] >= 3 for stance in ("assert", "deny", "plan", "hypothetical"))


def test_world_recall_round_sets_aside_every_third_item() -> None:
    """The recall round's items (w2250-w2349, README "Recall round"): every third one is in the
    measured-only split aside12, the rest dev; a third or more quote NGEC ASSAULT/COERCE stories
    (rows whose index is 5 modulo 7), the rest are own; nearly all assert a violent event."""
    recall = items_between(2250, 2350)
    assert len(recall) >= 60
    assert_every_third_aside(recall, "aside12")
    synthetic = [item for item in recall if item["origin"].startswith("ngec:")]
    assert len(synthetic) / len(recall) >= 0.35
    assert all(int(item["origin"].split(":")[1]) % 7 == 5 for item in synthetic)
    assert len({item["country"] for item in recall}) >= 40
    asserted = [i for i in recall if any(e["stance"] == "assert" for e in i["events"])]
    assert len(asserted) >= 0.9 * len(recall)
    tags = Counter(tag for item in recall for tag in item["tags"])
    for tag in ("idiom", "nominal", "passive", "relative", "toll_first"):
        assert tags[f"recall:{tag}"] >= 5, tag


def test_world_second_recall_round_sets_aside_a_seeded_third() -> None:
    """The second recall round's items (w3100-w3199, README "Second recall round"): a third,
    drawn with random.seed(3117), is the measured-only split aside17, the rest dev; NGEC passages
    and own wire copy from 40+ countries and five decades, most asserting violent events."""
    recall = [i for i in WORLD if 3100 <= int(i["id"][1:]) < 3200]
    assert len(recall) == 100
    aside = {i["id"] for i in recall if i["split"] == "aside17"}
    assert len(aside) == 33 and all(i["split"] in ("dev", "aside17") for i in recall)
    assert all(item["split"] != "aside17" for item in WORLD if item not in recall)
    assert len({item["country"] for item in recall}) >= 40
    assert len({item["published"][:3] for item in recall}) >= 5
    assert any(item["origin"].startswith("ngec:") for item in recall)
    asserted = [i for i in recall if any(e["stance"] == "assert" for e in i["events"])]
    assert len(asserted) >= 0.8 * len(recall)


def test_world_third_modality_round_sets_aside_every_third_item() -> None:
    """The third modality round's items (w3700-w3799, README "Third modality round"): coded
    before any run; every third item is the measured-only split aside23, the rest dev; NGEC
    passages and own items, many countries, every stance beside real asserted events."""
    modality = items_between(3700, 3800)
    assert len(modality) >= 60
    assert_every_third_aside(modality, "aside23")
    assert any(item["origin"].startswith("ngec:") for item in modality)
    assert len({item["country"] for item in modality}) >= 40
    stances = Counter(e["stance"] for item in modality for e in item["events"])
    for stance in ("assert", "deny", "plan", "hypothetical", "threaten", "demand", "rumour"):
        assert stances[stance] >= 2, stance
    assert sum(1 for item in modality if not item["events"]) >= 15


def test_world_fourth_precision_round_sets_aside_every_third_item() -> None:
    """The fourth precision round's items (w3250-w3279, README "Fourth precision round"): coded
    before any run; every third item is the measured-only split aside19, the rest dev; each
    class of false events it probes has positives, and its raid/storm/fight words hard negatives."""
    round4 = [i for i in WORLD if 3250 <= int(i["id"][1:]) < 3300]
    assert len(round4) == 30
    aside = [i for i in round4 if i["split"] == "aside19"]
    assert [i["id"] for i in aside] == [f"w{n}" for n in range(3252, 3280, 3)]
    assert all(i["split"] in ("dev", "aside19") for i in round4)
    assert all(item["split"] != "aside19" for item in WORLD if item not in round4)
    assert len({item["country"] for item in round4}) >= 15
    tags = Counter(tag for item in round4 for tag in item["tags"])
    for tag in ("toll_clause", "fighting_adjunct", "ground_raid"):
        assert tags[f"merge:{tag}"] >= 5, tag
    assert sum(1 for item in round4 if pure_negative(item)) >= 8


def test_world_representative_sample_sets_aside_every_third_item() -> None:
    """The representative-sample round's items (w3400-w3489, README "Representative sample"):
    coded before any run; every third item is the measured-only split aside20, the rest dev;
    60 NGEC passages (random.seed(3400), all 16 labels) and 30 own wire paragraphs; ordinary
    news, so most items hold no violent event at all."""
    sample = items_between(3400, 3500)
    assert len(sample) == 90
    assert_every_third_aside(sample, "aside20")
    synthetic = [item for item in sample if item["origin"].startswith("ngec:")]
    assert len(synthetic) == 60
    assert len({item["country"] for item in sample}) >= 50
    assert len({item["published"][:3] for item in sample}) >= 6
    quiet = [item for item in sample if not any(e["stance"] == "assert" for e in item["events"])]
    assert len(quiet) >= 0.8 * len(sample)


def test_world_third_recall_round_sets_aside_a_seeded_third() -> None:
    """The third recall round's items (w3200-w3229, README "Third recall round"): ten, drawn with
    random.seed(3218), are the measured-only split aside18, the rest dev; wire openings,
    coordinated events, rare violent verbs and passive agents, with hard negatives."""
    recall = [i for i in WORLD if 3200 <= int(i["id"][1:]) < 3250]
    assert len(recall) == 30
    aside = {i["id"] for i in recall if i["split"] == "aside18"}
    assert len(aside) == 10 and all(i["split"] in ("dev", "aside18") for i in recall)
    assert all(item["split"] != "aside18" for item in WORLD if item not in recall)
    assert len({item["country"] for item in recall}) >= 20
    assert len({item["published"][:3] for item in recall}) >= 5
    tags = Counter(tag for item in recall for tag in item["tags"])
    for tag in ("headline", "dateline", "coordinated", "passive", "rare_verb"):
        assert tags[f"recall:{tag}"] >= 2, tag
    assert sum(1 for item in recall if not item["events"]) >= 4


def test_world_third_roles_round_sets_aside_every_third_item() -> None:
    """Session 7's roles round (w2900-w2999, README "Third roles round"): coded before any run;
    every third item is in the measured-only split aside15, the rest dev; NGEC rows never
    0 modulo 7 (blind3's sampler must still reproduce); 40+ countries, every item asserts."""
    roles = items_between(2900, 3000)
    assert len(roles) == 100
    assert_every_third_aside(roles, "aside15")
    synthetic = [item for item in roles if item["origin"].startswith("ngec:")]
    assert len(synthetic) >= 20
    assert all(int(item["origin"][5:]) % 7 != 0 for item in synthetic)
    assert len({item["country"] for item in roles}) >= 40
    assert all(any(e["stance"] == "assert" for e in item["events"]) for item in roles)
    assert len({e["type"] for item in roles for e in item["events"]}) >= 11


def test_world_actors_round_sets_aside_every_third_item() -> None:
    """The actors round's items (w1800-w1899, README "Actors round"): every third one is in the
    measured-only split aside8, the rest dev; about half quote NGEC stories, the own ones come
    from 40 countries or more; every item asserts an event and names its side in many forms."""
    sample = [item for item in WORLD if 1800 <= int(item["id"][1:]) < 1900]
    assert len(sample) >= 80
    for position, item in enumerate(sorted(sample, key=lambda i: int(i["id"][1:]))):
        assert item["split"] == ("aside8" if position % 3 == 2 else "dev"), item["id"]
    assert all(i["split"] != "aside8" for i in WORLD if i not in sample), "aside8: w1800-w1899"
    synthetic = sum(item["origin"].startswith("ngec:") for item in sample)
    assert 0.3 <= synthetic / len(sample) <= 0.6
    assert len({item["country"] for item in sample if item["origin"] == "own"}) >= 40
    assert all(any(e["stance"] == "assert" for e in item["events"]) for item in sample)
    forms = Counter(tag for item in sample for tag in item["tags"] if tag.startswith("role:"))
    for form in ("leader", "ministry", "armed_group", "unnamed_forces", "coalition", "prep"):
        assert forms[f"role:actor_{form}"] >= 2, f"few items of the form {form}"
    assert forms["role:passive"] >= 5 and forms["role:demonym_aircraft"] >= 5


def test_world_senses_round_sets_aside_every_third_item() -> None:
    """The senses round's sample (w1500-w1649, README "Senses-round sample"): coded before any
    run, every third item in the measured-only split aside6, the rest dev; about two thirds
    quote NGEC stories of every PLOVER label, the rest are own; hard negatives and real events."""
    sample = sorted(
        (item for item in WORLD if int(item["id"][1:]) in world_quality.SENSES_IDS),
        key=lambda i: int(i["id"][1:]),
    )
    assert len(sample) >= 120
    assert_every_third_aside(sample, "aside6")
    synthetic = sum(item["origin"].startswith("ngec:") for item in sample)
    assert 0.55 <= synthetic / len(sample) <= 0.75
    assert all(int(i["origin"][5:]) % 7 == 1 for i in sample if i["origin"].startswith("ngec:"))
    assert len({item["country"] for item in sample}) >= 60
    asserted = [i for i in sample if any(e["stance"] == "assert" for e in i["events"])]
    assert 0.15 <= len(asserted) / len(sample) <= 0.4


def test_world_second_roles_round_sets_aside_every_third_item() -> None:
    """The second roles round's items (w1900-w1999, README "Second roles round"): coded before
    any run; every third one is in the measured-only split aside9, the rest dev; a third or more
    quote NGEC stories, the rest are own wire sentences from five decades and 40+ countries."""
    roles = sorted(
        (item for item in WORLD if 1900 <= int(item["id"][1:]) < 2000),
        key=lambda i: int(i["id"][1:]),
    )
    assert len(roles) >= 90
    for position, item in enumerate(roles):
        assert item["split"] == ("aside9" if position % 3 == 2 else "dev"), item["id"]
    assert not [i["id"] for i in WORLD if i["split"] == "aside9" and i not in roles]
    synthetic = [item for item in roles if item["origin"].startswith("ngec:")]
    assert 0.35 <= len(synthetic) / len(roles) <= 0.6
    assert all(int(item["origin"][5:]) % 7 == 4 for item in synthetic)
    assert len({item["country"] for item in roles}) >= 40
    assert {"197", "198", "199", "200", "201", "202"} <= {i["published"][:3] for i in roles}
    assert all(any(e["stance"] == "assert" for e in item["events"]) for item in roles)
