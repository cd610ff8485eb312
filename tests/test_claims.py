"""Attributions: every common form, claimants, pronouns, quotations over several sentences.

Sentences written for these tests; the real spaCy pipeline. A claimant is checked by its words
(``text``) and, where the actor dictionary decides it, by its canonical name.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from loaders.extraction.attribution_cues import CUES_FILE, CueDataError, load_lexicon
from loaders.extraction.quotes import quotations
from tests.test_extraction_roles import extract


def claims_of(text: str) -> list[dict[str, Any]]:
    return extract(text)["claims"]


def only_claim(text: str) -> dict[str, Any]:
    claims = claims_of(text)
    assert len(claims) == 1, [(c["cue"], c["claimant"]["text"]) for c in claims]
    return claims[0]


def claimed(text: str, claim: dict[str, Any]) -> str:
    return text[claim["start"] : claim["end"]]


# (sentence, cue, the claimant's words or None for no named source, what is claimed)
FORMS = [
    ("The army said it had retaken the town.", "said", "The army", "it had retaken the town"),
    ("Rebels seized the airport, a commander told Reuters.",
     "told", "a commander", "Rebels seized the airport"),
    ("According to the health ministry, 12 people died in the floods.",
     "According to", "the health ministry", "12 people died in the floods"),
    ("Twelve people died in the floods, according to the health ministry.",
     "according to", "the health ministry", "Twelve people died in the floods"),
    ("The government announced a ceasefire on Monday.",
     "announced", "The government", "a ceasefire on Monday"),
    ("State media reported that troops had entered the city.",
     "reported", "State media", "troops had entered the city"),
    ("The opposition accused government forces of shelling the village.",
     "accused", "The opposition", "government forces of shelling the village"),
    ("The minister warned that the fighting could spread.",
     "warned", "The minister", "the fighting could spread"),
    ("Critics argued that the law was unconstitutional.",
     "argued", "Critics", "the law was unconstitutional"),
    ("The election was a fraud, the opposition insisted.",
     "insisted", "the opposition", "The election was a fraud"),
    ("Police confirmed that two officers were wounded.",
     "confirmed", "Police", "two officers were wounded"),
    ("The spokesman noted that the talks had stalled.",
     "noted", "The spokesman", "the talks had stalled"),
    ("The president tweeted that the deal was dead.",
     "tweeted", "The president", "the deal was dead"),
    ("The rebel commander wrote on Facebook that his men had withdrawn.",
     "wrote", "The rebel commander", "his men had withdrawn"),
    ("Officials believe the militants crossed the border overnight.",
     "believe", "Officials", "the militants crossed the border overnight"),
    ("The UN called for an immediate ceasefire.",
     "called for", "The UN", "an immediate ceasefire"),
    ("The envoy urged both sides to return to talks.",
     "urged", "The envoy", "both sides to return to talks"),
    ("The minister was quoted as saying the road was cut.",
     "quoted", "The minister", "the road was cut"),
    ("In a statement, the foreign ministry condemned the attack.",
     "In a statement", "the foreign ministry", "condemned the attack"),
    ("The minister said: \"We have no troops in the region.\"",
     "said", "The minister", "\"We have no troops in the region.\""),
    ("Army spokesman Ali Hassan: \"The town is under our control.\"",
     ":", "Army spokesman Ali Hassan", "\"The town is under our control.\""),
    ("\"The town is under our control\" - army spokesman Ali Hassan.",
     "-", "army spokesman Ali Hassan", "\"The town is under our control\""),
    ("It was reported that the convoy had been ambushed.",
     "reported", None, "the convoy had been ambushed"),
    ("The general is said to have fled to the capital.",
     "said", None, "The general is said to have fled to the capital"),
    ("Spokesman Ahmed Ali said the talks would resume.",
     "said", "Spokesman Ahmed Ali", "the talks would resume"),
    ("The army's spokesman said the road had reopened.",
     "said", "The army's spokesman", "the road had reopened"),
    ("A statement from the interior ministry said four suspects were arrested.",
     "said", "A statement from the interior ministry", "four suspects were arrested"),
    ("Kenya says troops will stay in Somalia", "says", "Kenya", "troops will stay in Somalia"),
    ("A witness said he saw three bodies in the street.",
     "said", "A witness", "he saw three bodies in the street"),
    ("Residents said the shelling continued all night.",
     "said", "Residents", "the shelling continued all night"),
    ("Activists reported heavy fighting in the north.",
     "reported", "Activists", "heavy fighting in the north"),
    ("The army issued a statement saying the border was closed.",
     "saying", "The army", "the border was closed"),
    ("The ministry denied that its jets had struck the hospital.",
     "denied", "The ministry", "its jets had struck the hospital"),
    ("Instead, they said, they wanted greater political freedoms.",
     "said", "they", "they wanted greater political freedoms"),
    ("The leader had called for troops to stay on after his resignation.",
     "called for", "The leader", "troops to stay on after his resignation"),
    ("The two leaders reached the accord by phone on Thursday, the prime minister announced "
     "in a statement.", "announced", "the prime minister",
     "The two leaders reached the accord by phone on Thursday"),
    ("As reported by local sources, the militia withdrew from the port.",
     "reported", "local sources", "the militia withdrew from the port"),
    ("He had been accused of taking bribes.",
     "accused", None, "He had been accused of taking bribes"),
    ("Rebels took the town on Friday, reports AP.",
     "reports", "AP", "Rebels took the town on Friday"),
    ("The defence minister called the claim \"pure propaganda\".",
     "called", "The defence minister", "the claim \"pure propaganda\""),
    ("The gangs' leader responded in a video that his men would fight to the end.",
     "responded", "The gangs' leader", "his men would fight to the end"),
    ("Protest leaders posted on Facebook that troops had fired live rounds.",
     "posted", "Protest leaders", "troops had fired live rounds"),
    ("\"No,\" the general replied.", "replied", "the general", "\"No,\""),
    ("Residents fear the fighting will return.",
     "fear", "Residents", "the fighting will return"),
    ("A UN report found that both sides had used child soldiers.",
     "found", "A UN report", "both sides had used child soldiers"),
    ("The message from the rebel commander was short — \"Goma will fall.\"",
     "—", "The message from the rebel commander", "\"Goma will fall.\""),
    ("\"This is a massacre,\" one of them, Amjad Farid, said in a video.",
     "said", "Amjad Farid", "\"This is a massacre,\""),
    ("The governor vowed to rebuild every school in the province.",
     "vowed", "The governor", "to rebuild every school in the province"),
    ("The finance minister pledged that pensions would rise with inflation.",
     "pledged", "The finance minister", "pensions would rise with inflation"),
    ("The court ruled that the decree was unconstitutional.",
     "ruled", "The court", "the decree was unconstitutional"),
    ("Most analysts think the central bank will cut rates.",
     "think", "Most analysts", "the central bank will cut rates"),
    ("The commission declared the incumbent the winner of the vote.",
     "declared", "The commission", "the incumbent the winner of the vote"),
    ("Her coordinator put it bluntly: \"The city is under siege.\"",
     ":", "Her coordinator", "\"The city is under siege.\""),
    ("The UN envoy called on both sides to respect the truce.",
     "called on", "The UN envoy", "both sides to respect the truce"),
    ("The finance ministry plans to cut fuel subsidies next year.",
     "plans", "The finance ministry", "to cut fuel subsidies next year"),
    ("The prime minister ruled out an early election.",
     "ruled out", "The prime minister", "an early election"),
    ("Airwars, a monitoring group, said U.S.-led coalition strikes killed 25 civilians in Raqqa.",
     "said", "Airwars", "U.S.-led coalition strikes killed 25 civilians in Raqqa"),
    ("The military described the violence as a terror attack by the insurgents.",
     "described", "The military", "the violence as a terror attack by the insurgents"),
    ("Sixty percent of respondents said the economy was getting worse.",
     "said", "Sixty percent of respondents", "the economy was getting worse"),
    ("Brazil's foreign ministry called the remarks \"unacceptable\".",
     "called", "Brazil's foreign ministry", "the remarks \"unacceptable\""),
    ("Clinton’s campaign said the plan would raise taxes.",
     "said", "Clinton’s campaign", "the plan would raise taxes"),
    ("UN says 1.7 million face famine in Darfur\nThe agency asked for more funds.",
     "says", "UN", "1.7 million face famine in Darfur"),
    ("Kurti: Serbia must face reality\nThe talks in Brussels ended without a deal.",
     ":", "Kurti", "Serbia must face reality"),
    ("The envoy, a spokeswoman for the foreign ministry, told a briefing the talks had failed.",
     "told", "The envoy", "the talks had failed"),
    ("The ministry disputed the unemployment figures.",
     "disputed", "The ministry", "the unemployment figures"),
    ("Several senators questioned whether the treaty was legal.",
     "questioned", "Several senators", "the treaty was legal"),
    ("The bank admitted failings in its money-laundering checks.",
     "admitted", "The bank", "failings in its money-laundering checks"),
    ("Economists predict a recession next year.",
     "predict", "Economists", "a recession next year"),
    ("The dock workers' union threatened a national strike.",
     "threatened", "The dock workers' union", "a national strike"),
    ("The governor signalled a pause in rate rises.",
     "signalled", "The governor", "a pause in rate rises"),
    ("Opposition leaders dismissed the report as fiction.",
     "dismissed", "Opposition leaders", "the report as fiction"),
    ("As the treasurer put it, \"the economy has turned a corner.\"",
     "put", "the treasurer", "\"the economy has turned a corner.\""),
    ("The teachers demanded that the minister resign.",
     "demanded", "The teachers", "the minister resign"),
    ("Prices are believed to have peaked.",
     "believed", None, "Prices are believed to have peaked"),
    ("Officials expressed hope that the talks would resume.",
     "hope", "Officials", "the talks would resume"),
    ("\"This is not over,\" vowed the mayor.",
     "vowed", "the mayor", "\"This is not over,\""),
    ("Investigators believe the fire was started deliberately.",
     "believe", "Investigators", "the fire was started deliberately"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "cue", "source", "content"), FORMS)
def test_each_form_gives_its_cue_source_and_content(
    text: str, cue: str, source: str | None, content: str
) -> None:
    claim = only_claim(text)
    assert claim["cue"] == cue
    assert claim["claimant"]["text"] == source
    assert claimed(text, claim) == content
    assert text[claim["cue_start"] : claim["cue_end"]] == cue


def test_a_quoted_source_speaks_and_the_quoting_agency_reports() -> None:
    text = "The agency quoted a military source as saying the road was cut."
    quoted, saying = claims_of(text)
    assert (quoted["cue"], quoted["claimant"]["text"]) == ("quoted", "The agency")
    assert (saying["cue"], saying["claimant"]["text"]) == ("saying", "a military source")
    assert claimed(text, quoted) == claimed(text, saying) == "the road was cut"


def test_a_name_given_in_passing_is_no_claim() -> None:
    claims = claims_of("The minister called for an end to what it called violations.")
    assert [c["cue"] for c in claims] == ["called for"]


def test_a_capital_named_as_speaker_is_the_state_governed_from_it() -> None:
    claimant = only_claim("Bogota insisted that its army had never crossed the border.")["claimant"]
    assert (claimant["name"], claimant["country"], claimant["kind"]) == ("Colombia", "COL", "state")


def test_denials_have_the_deny_stance_and_other_cues_assert() -> None:
    assert only_claim("The ministry denied that its jets had struck the hospital.")["stance"] == (
        "deny"
    )
    assert only_claim("Moscow dismissed the report as a fabrication.")["stance"] == "deny"
    assert only_claim("The army said it had retaken the town.")["stance"] == "assert"


def test_a_quotation_over_several_sentences_is_claimed_whole() -> None:
    text = (
        '"We were attacked at dawn. The shelling lasted three hours. Many houses were '
        'destroyed," the village chief said.'
    )
    claim = only_claim(text)
    assert claim["claimant"]["text"] == "the village chief"
    assert claimed(text, claim).startswith('"We were attacked at dawn.')
    assert "Many houses were destroyed" in claimed(text, claim)


def test_a_quotation_opened_by_a_colon_runs_into_the_next_sentences() -> None:
    text = 'The mayor said: "The water is gone. The power is gone. We need help."'
    claim = only_claim(text)
    assert claimed(text, claim) == '"The water is gone. The power is gone. We need help."'


def test_a_quotation_over_several_paragraphs_is_claimed_by_the_speaker_named_at_its_end() -> None:
    text = (
        '"We lost everything in one night. The water took the houses.\n\n'
        '"Nobody has come to help us," said Maria Lopez, a farmer.'
    )
    claim = only_claim(text)
    assert claim["claimant"]["text"] == "Maria Lopez"
    assert claimed(text, claim).startswith('"We lost everything')
    assert claimed(text, claim).endswith('help us,"')


def test_pronoun_sources_are_the_last_compatible_speaker() -> None:
    text = (
        "Defence Minister John Smith visited the base on Monday. The ministry said the troops "
        "were ready. He said more would follow. It added that leave was cancelled."
    )
    ministry, he, it = (c["claimant"] for c in claims_of(text))
    assert ministry["text"] == "The ministry" and ministry["name"] is not None
    assert (he["text"], he["name"]) == ("He", "John Smith")
    assert (it["text"], it["name"]) == ("It", ministry["name"])


def test_a_person_speaking_for_a_state_or_organisation_is_claimed_for_it() -> None:
    claim = only_claim(
        "Russian Defence Ministry spokesman Igor Konashenkov said 40 targets were hit."
    )
    assert claim["claimant"]["name"] == "Russia"
    assert "Igor Konashenkov" in claim["claimant"]["text"]
    later = claims_of(
        "Russian Defence Ministry spokesman Igor Konashenkov said 40 targets were hit. "
        "Konashenkov said the strikes would go on."
    )
    assert [c["claimant"]["name"] for c in later] == ["Russia", "Russia"]


def test_a_country_named_as_speaker_is_its_state() -> None:
    claimant = only_claim("Chile said its navy had rescued the crew.")["claimant"]
    assert (claimant["name"], claimant["country"], claimant["kind"]) == ("Chile", "CHL", "state")


def test_a_claimant_is_never_a_date_or_a_number() -> None:
    text = "Date of publication 19 October 2016 The army said it had killed 20 militants."
    claimant = only_claim(text)["claimant"]
    assert claimant["text"] == "The army"
    for claim in claims_of("Fri 07 Apr 2017 at 0914 Homs governor says the attack caused deaths."):
        words = claim["claimant"]["text"] or ""
        assert "2017" not in words and "Apr" not in words and "0914" not in words


def test_a_said_in_a_relative_clause_is_a_claim_of_the_noun_it_describes() -> None:
    text = (
        "The minister, who said last week that the army would withdraw, arrived in the capital "
        "on Sunday."
    )
    claim = only_claim(text)
    assert claim["claimant"]["text"] == "The minister"
    assert claimed(text, claim) == "the army would withdraw"


def test_trailing_speech_after_a_wire_credit_claims_the_clause_without_the_credit() -> None:
    text = (
        "(AFP) - Ethiopian troops shelled the town of Adigrat on Monday, killing at least nine "
        "people, a local hospital official said."
    )
    claim = only_claim(text)
    assert claimed(text, claim).startswith("Ethiopian troops shelled")
    assert claim["claimant"]["text"] == "a local hospital official"


def test_two_cues_in_one_sentence_share_the_speaker() -> None:
    text = "Rebels were driven out of the town, the army said, adding that 30 fighters were killed."
    claims = claims_of(text)
    assert [c["cue"] for c in claims] == ["said", "adding"]
    assert {c["claimant"]["text"] for c in claims} == {"the army"}
    assert claimed(text, claims[1]) == "30 fighters were killed"


@pytest.mark.parametrize(
    "text",
    [
        "The so-called caliphate collapsed in 2019.",
        "The operation went according to plan.",
        "Nobody said the road was closed.",
        "A group called the Free Men of the Levant took the town.",
        "Warplanes struck the town to deny the rebels a foothold.",
        "The bombing claimed the lives of eight people.",
        "It is hard to tell how many more are buried under the rubble.",
        "The video showed soldiers firing on the crowd.",
        "Investigators found the bodies in a ditch.",
        "The vote is expected on Friday.",
        "He asked not to be named.",
        "The ministry declined to confirm the number of dead.",
        "A toxic gas believed to be chlorine filled the streets.",
        "Time will tell whether the truce holds.",
        "Parliament will vote on the budget until the committee reports.",
        "The markets fell before the government announced the new budget.",
        "Workers at the port have been on strike for a week, demanding better pay.",
        "There was no immediate claim of responsibility for the blast.",
        "Analysis: Europe's gas crisis is far from over",
        "Syria: rebels take the airport",
        "The president called a snap election for November.",
        "Militants planning attacks on the capital were arrested.",
        "Let them file as many cases as they want.",
        "The storm threatens to flood the coastal towns.",
        "Rising debt payments threaten the recovery.",
        "The king dismissed the government on Tuesday.",
        "Parliament rejected the budget bill by 210 votes to 180.",
        "The judge dismissed the case against the two officers.",
        "Police questioned three suspects overnight.",
        "She was admitted to hospital with chest pains.",
        "The president declared martial law on Tuesday.",
        "Exports added 0.4 percentage points to growth.",
        "The economy grew faster than most economists had expected.",
        "It goes without saying that the vote matters.",
        "Officials would not say how many people had been arrested.",
        "The disputed region lies on the border.",
        "The minister put it to a vote on Friday.",
        "All told, the storm destroyed 3,000 homes.",
        "The mayor's claim to the seat was upheld.",
        "Bond yields signalled a slowdown.",
    ],
)
def test_words_that_only_look_like_attributions_are_not_claims(text: str) -> None:
    assert claims_of(text) == [], text


def test_a_scene_setting_participle_leaves_the_claim_to_its_verb() -> None:
    text = 'Writing for the majority, the chief justice said the law was "plainly void".'
    claim = only_claim(text)
    assert (claim["cue"], claim["claimant"]["text"]) == ("said", "the chief justice")


def test_a_claim_noun_with_its_clause_is_a_claim_of_its_owner() -> None:
    text = "The senator rejected the minister's claim that the budget was balanced."
    claim = next(c for c in claims_of(text) if c["cue"] == "claim")
    assert claim["claimant"]["text"] == "the minister's"
    assert claimed(text, claim) == "the budget was balanced"
    assert claims_of("His view of the city changed after the war.") == []


def test_a_dash_before_a_quotation_leaves_the_claim_to_the_verb_after_it() -> None:
    text = 'The president did not hold back — "This is theft," he told a rally.'
    assert [c["cue"] for c in claims_of(text)] == ["told"]


def test_a_vow_keeps_its_speaker_as_the_actor_of_what_it_vows() -> None:
    from loaders.extraction.claims import SAY_LEMMAS

    assert "vow" not in SAY_LEMMAS and "threaten" not in SAY_LEMMAS and "say" in SAY_LEMMAS


def test_a_claim_covers_the_event_it_reports() -> None:
    text = "Pakistani jets killed 20 militants in an air raid in North Waziristan, the army said."
    result = extract(text)
    claim = only_claim(text)
    assert claim["claimant"]["text"] == "the army"
    event = result["events"][0]
    assert event["claim_index"] == 0 and event["claimant"]["text"] == "the army"


# --- the lexicon and the quotation finder, without the model ---------------------------------


def test_every_cue_in_the_lexicon_has_a_known_frame_and_stance() -> None:
    lexicon = load_lexicon(CUES_FILE)
    assert {"say", "tell", "accuse", "urge", "call", "quote", "deny"} <= set(lexicon.verbs)
    assert lexicon.verbs["deny"][0].stance == "deny" and lexicon.verbs["call"][0].particle == "for"
    assert lexicon.verbs["call"][-1].complement  # "called the claim propaganda"
    assert "plan" in lexicon.not_sources and "statement" in lexicon.statement_nouns


def test_a_broken_cue_file_names_the_entry(tmp_path: Any) -> None:
    path = tmp_path / "cues.yaml"
    path.write_text("verbs:\n  say: shout\n", encoding="utf-8")
    with pytest.raises(CueDataError, match="verbs.say"):
        load_lexicon(path)


def test_quotations_pair_marks_by_the_way_they_face_and_end_with_the_paragraph() -> None:
    nlp = spacy.blank("en")
    text = 'He said "go" and "stay. Now" she said.\n\nA stray " mark. "Then" it ended.'
    doc = nlp(text)
    spans = [text[start:end] for start, end in quotations(doc)]
    assert spans == ['"go"', '"stay. Now"', '"Then"']
    carried = 'He said: "One.\n\n"Two," he added.'
    assert [carried[a:b] for a, b in quotations(nlp(carried))] == ['"One.\n\n"Two,"']


def test_a_state_body_placed_in_a_capital_is_that_states() -> None:
    text = "Rebels shelled Aleppo, the defence ministry in Moscow said."
    claim = only_claim(text)
    assert claim["claimant"]["name"] == "Russia"


def test_a_body_described_by_its_seat_is_the_organisation_that_spoke_before() -> None:
    text = (
        "Ten soldiers were killed near Raqqa, the Syrian Observatory for Human Rights said. "
        "The London-based Syrian opposition organisation added that the dead included officers."
    )
    names = [c["claimant"]["name"] for c in claims_of(text)]
    assert names == ["Syrian Observatory for Human Rights"] * 2


def test_a_speaker_before_a_final_cue_in_copy_without_commas() -> None:
    text = "Jets bombed a clinic in the town killing 15 medics activists in the town reported."
    claim = only_claim(text)
    assert claim["claimant"]["name"] == "Activists"  # not the jets of the clause before
    assert claimed(text, claim).startswith("Jets bombed a clinic")
    assert "activists" not in claimed(text, claim)


def test_a_subject_inside_the_quotation_is_not_the_speaker() -> None:
    text = (
        '"They shelled the town after killing 30 members of the militia" the head of the '
        "Syrian Observatory for Human Rights Rami Abdel-Rahman told DPA."
    )
    claim = only_claim(text)
    assert claim["claimant"]["name"] == "Syrian Observatory for Human Rights"


def test_an_inverted_speaker_in_copy_without_commas() -> None:
    text = (
        "Militants attacked positions south of Tabaqa a stronghold on the Euphrates River "
        "said the Syrian Observatory for Human Rights."
    )
    claim = only_claim(text)
    assert claim["claimant"]["name"] == "Syrian Observatory for Human Rights"
    assert claimed(text, claim).endswith("Euphrates River")


def test_a_cue_inside_a_quotation_without_content_is_quoted_words() -> None:
    text = '"We will not back down," he added, "no matter what the polls say."'
    assert [c["cue"] for c in claims_of(text)] == ["added"]


def test_another_speaker_joined_to_the_content_ends_it() -> None:
    text = "Some lawmakers argue the bill goes too far, while others say it does too little."
    argue, say = claims_of(text)
    assert claimed(text, argue) == "the bill goes too far"
    assert (say["claimant"]["text"], claimed(text, say)) == ("others", "it does too little")


def test_a_claim_noun_after_a_light_verb_speaks_for_the_verbs_subject() -> None:
    text = "The finance minister expressed concern that the budget deal would collapse."
    claim = only_claim(text)
    assert (claim["cue"], claim["claimant"]["text"]) == ("concern", "The finance minister")
    assert claimed(text, claim) == "the budget deal would collapse"


def test_they_after_a_sentence_whose_subject_is_a_plural_actor_is_that_actor() -> None:
    text = "Thousands of farmers blocked roads in Brussels. They said trade deals ruined them."
    claim = only_claim(text)
    assert claim["claimant"]["text"] == "They"
    assert claim["claimant"]["name"] == "Agriculture"  # the farmers, not Brussels named last


def test_a_dated_statement_speaks_without_a_date_for_its_source() -> None:
    text = "Monday's statement said the ceasefire would hold."
    claim = only_claim(text)
    assert claim["claimant"]["text"] == "statement"
    assert claimed(text, claim) == "the ceasefire would hold"


def test_an_organisation_named_again_by_its_head_word_is_that_organisation() -> None:
    text = (
        "The Syrian Coalition condemned the raids. The regime is pursuing a policy of "
        "destruction, the Coalition added."
    )
    claim = only_claim(text)
    assert claim["claimant"]["name"] == "Syrian National Coalition"


def test_a_quotation_opening_the_next_sentence_goes_on_with_what_was_said() -> None:
    text = '"Inflation is coming down," the governor said. "But we are not there yet."'
    claim = only_claim(text)
    assert claimed(text, claim).endswith('"But we are not there yet."')
    text = '"We lost," he said. "It is over," his deputy added.'
    first = claims_of(text)[0]
    assert claimed(text, first) == '"We lost,"'  # the next quotation has its own speaker


def test_a_claim_nouns_that_clause_counts_when_the_parse_misplaces_that() -> None:
    text = (
        "The court ruled against him, rejecting arguments from his lawyers that the case "
        "belonged elsewhere."
    )
    claims = {c["cue"]: c for c in claims_of(text)}
    assert claims["arguments"]["claimant"]["text"] == "his lawyers"
    assert claimed(text, claims["arguments"]) == "the case belonged elsewhere"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Soldiers burned 40 homes in the village, residents and local officials said Sunday.",
         "said", "residents"),
        ("Jets bombed a market on Tuesday, killing about 100 people, witnesses and a local "
         "resistance group said.", "said", "a local resistance group"),
        ("Police say two explosives-laden cars detonated near the stadium, killing 43.",
         "say", "Police"),
        ("Air strikes killed 35 villagers near the border, most of them young smugglers, "
         "local officials said.", "said", "local officials"),
    ],
)  # fmt: skip
def test_a_speaker_the_parse_lost_is_found_by_the_words(text: str, cue: str, source: str) -> None:
    claim = only_claim(text)
    assert (claim["cue"], claim["claimant"]["text"]) == (cue, source)
