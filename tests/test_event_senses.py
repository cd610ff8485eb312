"""Word senses of event triggers (event_triggers.yaml ``senses``), on sentences written for these
tests and the real model: each non-violent sense yields no event, its violent twin still does."""

from __future__ import annotations

import pytest

from loaders.extraction.events.senses import read_senses
from tests.test_extraction_roles import extract

NOT_EVENTS = [
    # strike: labour, hunger, general strike; "strike a deal"
    "Dock workers in Chile went on strike on Tuesday over pay, their union said.",
    "Hundreds of detainees launched a hunger strike at a prison in Bahrain, rights groups said.",
    "Unions called a general strike across Nigeria on Monday.",
    "Teachers in Kenya struck for a third day.",
    "The two sides struck a deal on Friday.",
    # fire: dismiss, blaze
    "The president fired the finance minister on Monday.",
    "The coach was fired after the defeat.",
    # shoot: film
    "The crew shot the film in Morocco.",
    # attack: criticise, heart attack, cyber attack
    "The opposition leader attacked the government's economic policy on Tuesday.",
    "Hackers launched a cyber attack on the ministry's servers.",
    # battle: against poverty, in court
    "The country is fighting a battle against poverty.",
    "The firm won a court battle in London.",
    "Firefighters battled the blaze for hours in Valparaiso.",
    # capture: market share, imagination
    "The company captured 30 percent of the market share.",
    "The film captured the imagination of audiences in Japan.",
    # control: a state, not a change of hands
    "Al-Shabaab controls much of southern Somalia.",
    # campaign: election
    "The election campaign in Brazil turned bitter.",
    # raid: police search
    "Police raided the offices of a newspaper in Istanbul on Wednesday.",
    # bomb: a film flopped
    "The film bombed at the box office.",
    # hit: the economy hit by a drought
    "The economy was hit hard by the drought.",
    # clash: a verbal clash
    "The two ministers clashed over the budget in parliament.",
    # execute: a plan; kill: a bill
    "The company executed its plan to expand into Peru.",
    "The Senate killed the bill on Thursday.",
    # die of natural causes
    "The former general died of cancer in a hospital in Lima.",
    # arrests by the police (detain), missile tests, falling figures, business withdrawals
    "Police detained 12 journalists in Istanbul on Friday.",
    "North Korea fired two ballistic missiles into the sea off its east coast.",
    "Sanctions have hit Iran's oil exports, which fell to their lowest level in decades.",
    "Western carmakers pulled out of the Russian market last year.",
    "Striking oil workers in Nigeria shut down two flow stations.",
    "The strike hit production at Bolivia's largest tin mine.",
    "The sequel bombed in South Korea despite a star cast.",
    # every trigger: equipment it names, a military exercise around it
    "Belgium will send 500 assault rifles and two attack helicopters to the Malian army.",
    "Two frigates exchanged cannon fire during joint naval drills off the coast of Oman.",
    # assault on a person, a truce, criticism, warning shots, a bomb found
    "A man was arrested in Leeds for assaulting a bus driver on Friday.",
    "Ethiopia and Eritrea declared a cease-fire on Thursday.",
    "The mayor of Lima came under fire for the cost of the new stadium.",
    "A coast guard vessel fired warning shots at a fishing boat near the atoll.",
    "Police defused a bomb found outside a bank in Athens.",
    # organisations withdraw; a vessel taken over; a five-month strike; fighting for life
    "The Red Cross withdrew from Mogadishu after threats against its staff.",
    "The ferry was taken over by a new operator in March.",
    "The union ended the five-month strike after a deal on wages.",
    "The boy has been fighting for his life in a hospital in Cali since the accident.",
    # strikes by workers, beside protests, that last; stage flops; riot weapons; storms
    "The strike by nurses entered its third week in Kenya.",
    "Students joined the protests, strikes and boycotts across Chile.",
    "The comedian bombed on stage in Melbourne.",
    "Protesters threw petrol bombs and stones at riot police in Athens.",
    "Police fired rubber bullets and tear gas to disperse the crowd in Santiago.",
    "The province was struck by a typhoon on Sunday.",
    "The helicopter dropped off food and medicine in the flooded district.",
    "The film, a war epic about the battle of Stalingrad, bombed at the Russian box office.",
    "The ruling party lost control of the senate in the election.",
    "Iceland withdrew from the trade council a week after joining it.",
    "The broadcaster fired a journalist over a tweet.",
    "As the strike continued, hundreds of teachers marched through the streets of Oakland.",
    "Some 40 percent of the workers voted in favour of a strike on Tuesday.",
    # disasters as doers of any trigger; the people who fight fires; accidents that kill
    "An avalanche struck a mountain village in the Hindu Kush.",
    "The cyclone pounded the coast of Odisha for two days.",
    "Fire officials in Dhaka said the blaze was under control.",
    "Three soldiers were killed in a helicopter crash in the Andes, the army said.",
    "Two policemen were killed when their car overturned on the highway near Quetta.",
    # growth that explodes, questions that bombard, withdrawals executed, a firing squad
    "Unemployment has exploded in Spain since the crisis.",
    "The minister was bombarded with questions by reporters in Lagos.",
    "The rebels executed a tactical withdrawal in good order.",
    # a game; crowds storming a pitch; speeches as attacks
    "The striker fired a shot past the goalkeeper in the final minute.",
    "Fans stormed the pitch in Buenos Aires after the final whistle.",
    "His speech in Nairobi was an attack on the opposition.",
    # states entered, polls gained, momentum recaptured, outbreaks fought
    "The country fell into recession in the second quarter.",
    "The opposition gained ground in the polls in Caracas.",
    "The ruling party recaptured the momentum after the debate.",
    "The government is fighting an outbreak of cholera in Haiti.",
    "A hunger striker died in a prison in Ankara after 60 days without food.",
    # police storming to clear a building; an attack on a bill
    "Police stormed the parliament building in Tbilisi and removed the protesters.",
    "The senator's attack on the bill drew applause in Canberra.",
    # elections won, positions given up, crowds that overrun, explosions of feeling
    "The city council of Lyon fell to the Socialists in Sunday's election.",
    "The party retreated from its pledge to cut taxes in Ontario.",
    "Hospitals in Lombardy were overrun with patients.",
    "There was an explosion of violence in Nairobi after the election.",
]

EVENTS = [
    ("Russian jets struck the town of Idlib on Monday, killing 12 civilians.", "air_strike"),
    ("Soldiers fired on protesters in Yangon, killing five.", "killing"),  # on the unarmed
    ("Police shot dead two suspects in Lagos.", "killing"),
    ("Gunmen attacked a police station in Borno, killing three officers.", "armed_clash"),
    ("Government troops battled rebels near Goma.", "armed_clash"),
    ("Rebels captured the town of Bunia on Sunday.", "territory_capture"),
    ("The army launched a military campaign against the rebels in Darfur.", "ground_offensive"),
    ("Police raided a house in Karachi, killing two militants.", "armed_clash"),
    ("Insurgents bombed a market in Baghdad, killing 30 people.", "bombing"),
    ("Mortar shells hit a school in Kabul.", "shelling"),
    ("Protesters clashed with police in Nairobi.", "riot"),
    ("Islamic State executed 12 men in Raqqa.", "execution"),
    ("Gunmen killed four villagers in Zamfara.", "killing"),
    ("Islamic State militants detained 40 villagers near Raqqa.", "abduction"),
    ("Houthi fighters fired a ballistic missile at Riyadh.", "missile_attack"),
    ("Rebels pulled out of the town of Kidal on Sunday.", "territory_loss"),
    ("FARC guerrillas blew up an oil pipeline in Arauca.", "bombing"),
    ("Armed men stormed a school in Beslan and took more than 1,000 hostages.", "abduction"),
    ("Armed rebel groups withdrew from the town of Kidal on Sunday.", "territory_loss"),
    ("Israeli aircraft raided a house in Gaza, killing two men.", "air_strike"),
    ("A car bomb exploded outside a bank in Athens, wounding two.", "bombing"),
    ("M23 rebels took control of Goma on Tuesday.", "territory_capture"),
    ("The strike killed four workers at a factory near Kharkiv.", "air_strike"),
    ("The army lost control of the town of Palmyra.", "territory_loss"),
    # a craft shot down is a fight in the air (README coding rule "Types"); its dead its toll
    ("Soldiers were killed when their helicopter was shot down near Kandahar.", "armed_clash"),
    ("A car bomb exploded in a crowded market in Kirkuk.", "bombing"),
    ("Gunmen stormed a hotel in Bamako and took 170 hostages.", "abduction"),
    ("He was executed by firing squad in a prison yard in Riyadh.", "execution"),
    # a storming on the ground is told by its violence (README "Police raids"): police against
    # gunmen is a fight
    ("Police stormed the house in Karachi, killing two gunmen.", "armed_clash"),
    ("The town of Kidal fell to the rebels on Sunday.", "territory_loss"),
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_a_non_violent_sense_gives_no_event(text: str) -> None:
    assert extract(text)["events"] == [], text


@pytest.mark.parametrize(("text", "event_type"), EVENTS)
def test_the_violent_sense_still_gives_its_event(text: str, event_type: str) -> None:
    types = [e["type"] for e in extract(text)["events"]]
    assert event_type in types, (text, types)


def test_sense_classes_expand_and_unknown_cues_fail() -> None:
    content = {
        "classes": {"people": ["Workers", "teacher"]},
        "senses": {"strike": {"labour": {"subjects": ["@people", "union"]}}},
    }
    (sense,) = read_senses(content)["strike"]
    assert sense.cues["subjects"] == {"workers", "teacher", "union"}
    with pytest.raises(ValueError, match="unknown sense cue"):
        read_senses({"senses": {"strike": {"labour": {"colour": ["red"]}}}})


def test_the_components_trigger_file_is_the_one_used(tmp_path) -> None:  # noqa: ANN001
    from loaders.extraction.components import EventsComponent
    from loaders.extraction.events import TRIGGERS_FILE
    from tests.test_extraction_seeds import shared_nlp

    text = TRIGGERS_FILE.read_text(encoding="utf-8")
    without = text.replace("  shell: {type: shelling}\n", "")
    assert without != text
    path = tmp_path / "triggers.yaml"
    path.write_text(without, encoding="utf-8")
    doc = shared_nlp()("Government forces shelled the town of Kidal on Monday.")
    assert [e["type"] for e in doc.user_data["wirehouse_events"]] == ["shelling"]
    assert EventsComponent(str(path))(doc).user_data["wirehouse_events"] == []


def test_a_key_given_twice_in_the_trigger_file_is_refused(tmp_path) -> None:  # noqa: ANN001
    from loaders.extraction.events import TRIGGERS_FILE, load_triggers

    path = tmp_path / "triggers.yaml"
    text = TRIGGERS_FILE.read_text(encoding="utf-8")
    path.write_text(text.replace("  shell: {type: shelling}\n", "  shell: {type: shelling}\n" * 2))
    with pytest.raises(ValueError, match="given twice"):
        load_triggers(str(path))


@pytest.mark.parametrize(
    "text",
    [
        "Teachers across Nigeria stayed away from classrooms for a second week. The strike, "
        "called by the national union, has closed thousands of schools.",
        "Hundreds of inmates at a prison in Bahrain refused food for a tenth day. The strike "
        "began after guards confiscated books, a rights group said.",
        "Dockers in Antwerp stopped work on Tuesday. The strike is expected to last three days.",
    ],
)
def test_a_bare_strike_in_a_story_about_workers_or_prisoners_is_no_air_strike(text: str) -> None:
    """The sentence alone says nothing; the story names workers and no weapon or army."""
    assert [e["type"] for e in extract(text)["events"]] == []


@pytest.mark.parametrize(
    "text",
    [
        "Russian warplanes hit targets near Idlib. The strike killed 12 civilians, a monitor said.",
        "Workers at the plant were evacuated. The strike on the factory by coalition aircraft "
        "killed three guards, officials said.",
        "Striking dock workers blocked the port. Hours later the army said the strike on rebel "
        "positions nearby had been a success.",
    ],
)
def test_a_story_that_names_weapons_or_armies_keeps_its_air_strikes(text: str) -> None:
    assert "air_strike" in [e["type"] for e in extract(text)["events"]]


def test_a_bare_definite_trigger_takes_the_sense_of_its_earlier_mention() -> None:
    hunger = (
        "Soldiers guard the prison where inmates began a hunger strike on Monday. Their lawyer "
        "said the strike would go on despite pressure from the army."
    )
    assert extract(hunger)["events"] == []
    air = (
        "Workers at the port went on strike on Monday. Hours later, an air strike hit the "
        "port. The strike killed 5 dockers."
    )
    assert "air_strike" in [e["type"] for e in extract(air)["events"]]


def test_people_pulled_out_are_rescued_not_ground_given_up() -> None:
    assert extract("Rescuers pulled survivors from the rubble of the building.")["events"] == []
    quoted = '"We pulled out two children and their mother, all dead," one rescuer said.'
    assert extract(quoted)["events"] == []
    lost = extract("Government troops pulled out of the town on Tuesday after heavy fighting.")
    # the heavy fighting that lost the town is a clash of its own (as w188, README coding rules)
    assert [e["type"] for e in lost["events"]] == ["territory_loss", "armed_clash"]


def test_they_inside_a_quotation_is_not_the_quoted_speaker() -> None:
    """A speaker quoted says "we"; "they" in the quote are others (here: the strikers)."""
    text = (
        'Russian jets struck a hospital in Idlib on Monday, a monitor said. "Then they came '
        'back and struck the entrance as we carried out the wounded," one doctor said.'
    )
    actors = [(e["actor"] or {}).get("sector") for e in extract(text)["events"]]
    assert "HLH" not in actors
