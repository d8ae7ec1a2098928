from __future__ import annotations

import dataclasses
import random
import time

import pytest
import yaml
from rasa.core.channels.channel import UserMessage
from rasa.engine import validation
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.graph_components.converters.nlu_message_converter import NLUMessageConverter
from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier
from rasa.shared.data import TrainingType
from rasa.shared.nlu.training_data.message import Message

from actions.settings import PROJECT_ROOT, load_settings
from components import crisis_patterns
from components.crisis_detector import CrisisDetector
from components.crisis_lines import load_crisis_lines
from components.crisis_patterns import (
    CRISIS_LINE_REQUEST,
    DANGER_FROM_OTHERS,
    GOODBYE,
    HARM_TO_OTHERS,
    MEDICAL_EMERGENCY,
    NOT_IN_ENGLISH,
    OVERDOSE,
    PLAN_OR_MEANS,
    SELF_HARM,
    SOMEONE_ELSE_AT_RISK,
    SUICIDAL_IDEATION,
    detect_crisis,
)

LINES = load_crisis_lines()
SHIPPED_CONFIG = next(
    step for step in yaml.safe_load((PROJECT_ROOT / "config.yml").read_text())["pipeline"]
    if step["name"] == "components.crisis_detector.CrisisDetector"
)
ML_FLOOR = SHIPPED_CONFIG["ml_crisis_min_confidence"]
CHECK_FLOOR = SHIPPED_CONFIG["ml_crisis_check_min_confidence"]


def detector(region: str | None = None) -> CrisisDetector:
    """The detector of a deployment whose configured crisis region is `region` (default: the shipped one)."""
    settings = load_settings(env={})
    if region:
        settings = dataclasses.replace(settings, crisis_region=region)
    return CrisisDetector(settings=settings, crisis_lines=LINES, ml_crisis_min_confidence=ML_FLOOR,
                          ml_crisis_check_min_confidence=CHECK_FLOOR)


def parse(text: str, metadata=None, ml_intent="trust_general", ml_confidence=0.93, region=None,
          runner_up_confidence: float | None = None) -> Message:
    """A message as the ML intent classifier leaves it, run through the detector."""
    message = NLUMessageConverter().convert_user_message([UserMessage(text, metadata=metadata)])[0]
    ranking = [
        {"name": ml_intent, "confidence": ml_confidence},
        {"name": "needs_general",
         "confidence": round(1 - ml_confidence, 3) if runner_up_confidence is None else runner_up_confidence},
    ]
    message.set("intent", dict(ranking[0]), add_to_output=True)
    message.set("intent_ranking", ranking, add_to_output=True)
    detector(region).process([message])
    return message


def is_crisis(text: str) -> bool:
    return parse(text).get("crisis_detection")["matched"]


# --- wiring into Rasa -----------------------------------------------------------


def test_it_is_registered_as_a_non_trainable_intent_classifier():
    registered = DefaultV1Recipe._from_registry("components.crisis_detector.CrisisDetector")
    assert registered.clazz is CrisisDetector
    assert not registered.is_trainable
    assert DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER in registered.types


def test_rasa_accepts_the_project_pipeline_with_the_detector_in_it():
    # The same check `rasa train` and `rasa run` make before building the graph.
    config = yaml.safe_load((PROJECT_ROOT / "config.yml").read_text())
    model_config = DefaultV1Recipe().graph_config_for_recipe(config, cli_parameters={}, training_type=TrainingType.BOTH)
    validation.validate(model_config)
    assert any(node.uses is CrisisDetector for node in model_config.predict_schema.nodes.values())


def test_config_runs_it_after_the_intent_classifier_and_before_the_fallback_decision():
    pipeline = [step["name"] for step in yaml.safe_load((PROJECT_ROOT / "config.yml").read_text())["pipeline"]]
    position = pipeline.index("components.crisis_detector.CrisisDetector")
    assert pipeline[position - 1] == "components.intent_classifier.LinearIntentClassifier"
    assert pipeline[position + 1] == "FallbackClassifier"


# --- what a match does ------------------------------------------------------------


def test_a_crisis_forces_the_crisis_intent_and_keeps_the_ml_guess_for_inspection():
    message = parse("i want to kill myself", ml_intent="ending_how_to_end", ml_confidence=0.81)
    assert message.get("intent") == {"name": "crisis", "confidence": 1.0}
    assert message.get("intent_ranking") == [{"name": "crisis", "confidence": 1.0}]
    detection = message.get("crisis_detection")
    assert detection["matched"] is True
    assert (detection["category"], detection["pattern"]) == (SUICIDAL_IDEATION, "kill_myself")
    assert detection["ml_intent"] == {"name": "ending_how_to_end", "confidence": 0.81}


def test_the_fallback_classifier_cannot_demote_a_detected_crisis():
    # The ML classifier confidently wrong: keeping its 0.97 next to crisis' 1.0 would trip
    # the fallback's ambiguity check (top two within 0.05).
    message = parse("honestly i dont want to be alive anymore", ml_intent="trust_general", ml_confidence=0.97)
    FallbackClassifier({"threshold": 0.45, "ambiguity_threshold": 0.05}).process([message])
    assert message.get("intent")["name"] == "crisis"


def test_the_detection_is_in_the_parse_data_rasa_returns():
    output = parse("kms").as_dict(only_output_properties=True)
    assert output["crisis_detection"]["matched"] is True
    assert output["intent"]["name"] == "crisis"
    assert any(entity["entity"] == "crisis_lines" for entity in output["entities"])


def test_no_match_leaves_an_ordinary_ml_prediction_untouched():
    calm = parse("how do I tell my therapist I want to stop", ml_intent="ending_how_to_end", ml_confidence=0.88)
    assert calm.get("intent") == {"name": "ending_how_to_end", "confidence": 0.88}
    assert calm.get("intent_ranking")[0] == {"name": "ending_how_to_end", "confidence": 0.88}
    assert calm.get("crisis_detection")["matched"] is False
    assert calm.get("crisis_detection")["ml_crisis_dropped"] is None


def test_a_confident_ml_crisis_guess_is_a_crisis_without_any_pattern():
    ml_only = parse("everything is dark and nobody can reach me", ml_intent="crisis", ml_confidence=ML_FLOOR)
    assert ml_only.get("intent") == {"name": "crisis", "confidence": ML_FLOOR}
    assert ml_only.get("crisis_detection")["ml_crisis_dropped"] is None


def test_an_ml_crisis_guess_below_both_floors_gives_way_to_the_next_intent():
    unsure = parse("everything is grey lately", ml_intent="crisis", ml_confidence=round(CHECK_FLOOR - 0.1, 2))
    assert unsure.get("intent")["name"] == "needs_general"
    assert [i["name"] for i in unsure.get("intent_ranking")] == ["needs_general"]
    detection = unsure.get("crisis_detection")
    assert detection["ml_crisis_dropped"] == "below_confidence"
    assert detection["ml_crisis_tier"] is None
    assert detection["ml_intent"] == {"name": "crisis", "confidence": round(CHECK_FLOOR - 0.1, 2)}


# --- the check-in tier: an ML crisis guess between the two floors -----------------


def test_the_shipped_check_in_floor_sits_between_the_fallback_threshold_and_the_crisis_floor():
    # Below FallbackClassifier's threshold the check-in would become "could you rephrase?".
    fallback = next(step for step in yaml.safe_load((PROJECT_ROOT / "config.yml").read_text())["pipeline"]
                    if step["name"] == "FallbackClassifier")
    assert fallback["threshold"] <= CHECK_FLOOR < ML_FLOOR


@pytest.mark.parametrize(
    "confidence, intent, tier",
    [
        (round(CHECK_FLOOR - 0.01, 2), "needs_general", None),
        (CHECK_FLOOR, "crisis_check", "check"),
        (round((CHECK_FLOOR + ML_FLOOR) / 2, 3), "crisis_check", "check"),
        (round(ML_FLOOR - 0.01, 2), "crisis_check", "check"),
        (ML_FLOOR, "crisis", "crisis"),
    ],
)
def test_the_ml_confidence_decides_between_nothing_the_check_in_and_the_crisis_reply(confidence, intent, tier):
    message = parse("nothing feels worth it lately", ml_intent="crisis", ml_confidence=confidence)
    assert message.get("intent")["name"] == intent
    assert message.get("crisis_detection")["ml_crisis_tier"] == tier
    assert message.get("crisis_detection")["ml_crisis_dropped"] == (None if tier else "below_confidence")


def test_the_check_in_keeps_the_ml_confidence_and_is_alone_in_the_ranking_so_the_fallback_cannot_demote_it():
    # Crisis 0.52 and a runner-up at 0.50 would trip the ambiguity check (top two within 0.05).
    confidence = round(CHECK_FLOOR + 0.02, 2)
    message = parse("i just feel like disappearing from all of it", ml_intent="crisis", ml_confidence=confidence,
                    runner_up_confidence=round(confidence - 0.02, 2))
    assert message.get("intent_ranking") == [{"name": "crisis_check", "confidence": confidence}]
    FallbackClassifier({"threshold": 0.3, "ambiguity_threshold": 0.05}).process([message])
    assert message.get("intent")["name"] == "crisis_check"
    output = message.as_dict(only_output_properties=True)
    assert output["crisis_detection"]["ml_crisis_tier"] == "check"
    assert any(entity["entity"] == "crisis_lines" for entity in output["entities"]), "the check-in shows the lines"


def test_a_pattern_match_gets_the_full_crisis_reply_whatever_the_ml_confidence():
    message = parse("i want to kill myself", ml_intent="crisis", ml_confidence=round(CHECK_FLOOR + 0.05, 2))
    assert message.get("intent") == {"name": "crisis", "confidence": 1.0}
    assert message.get("crisis_detection")["ml_crisis_tier"] is None


def test_swapped_floors_stop_the_server():
    with pytest.raises(ValueError, match="ml_crisis_check_min_confidence"):
        CrisisDetector(settings=load_settings(env={}), crisis_lines=LINES, ml_crisis_min_confidence=0.6,
                       ml_crisis_check_min_confidence=0.8)


@pytest.mark.parametrize(
    "text, reason",
    [
        ("I'm not suicidal, just nervous about therapy", crisis_patterns.NEGATED),
        ("i hurt myself at the gym yesterday", crisis_patterns.IDIOM),
        ("when I was a teenager I self harmed, that was fifteen years ago", crisis_patterns.CALM_PAST),
        ("the nurse asked if i'd ever self harmed and i haven't", crisis_patterns.RESOLVED),
    ],
)
@pytest.mark.parametrize("confidence", [0.99, round((CHECK_FLOOR + ML_FLOOR) / 2, 3)])
def test_crisis_words_the_detector_excused_get_neither_the_crisis_reply_nor_the_check_in(text, reason, confidence):
    message = parse(text, ml_intent="crisis", ml_confidence=confidence)
    assert message.get("intent")["name"] == "needs_general"
    assert "crisis_check" not in [i["name"] for i in message.get("intent_ranking")]
    detection = message.get("crisis_detection")
    assert detection["matched"] is False
    assert detection["ml_crisis_dropped"] == "excused_by_detector"
    assert detection["ml_crisis_tier"] is None
    assert detection["excused"]["reason"] == reason


# --- categories -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, category",
    [
        ("I wish I could sleep and not wake up", SUICIDAL_IDEATION),
        ("everyone would be better off without me", SUICIDAL_IDEATION),
        ("there's no reason to live", SUICIDAL_IDEATION),
        ("I don't want to be here anymore", SUICIDAL_IDEATION),
        ("i want to unalive myself", SUICIDAL_IDEATION),
        ("i've got pills saved up for this weekend", PLAN_OR_MEANS),
        ("i bought a rope", PLAN_OR_MEANS),
        ("i keep thinking about jumping off the bridge", PLAN_OR_MEANS),
        ("my dad's gun is in the drawer and i want to shoot myself", PLAN_OR_MEANS),
        ("this is my last message", GOODBYE),
        ("tell my family I love them, goodbye forever", GOODBYE),
        # Goodbyes that only sound like ending therapy are still goodbyes.
        ("this will be my last message, tell my therapist she tried", GOODBYE),
        ("this is my last message. help me word it for my family", GOODBYE),
        ("I've been cutting again", SELF_HARM),
        ("i burn myself with lighters", SELF_HARM),
        ("I took too many pills", OVERDOSE),
        ("my partner hits me", DANGER_FROM_OTHERS),
        ("there's violence at home and I'm scared", DANGER_FROM_OTHERS),
        ("he threatened to kill me", DANGER_FROM_OTHERS),
        ("I'm afraid for my life", DANGER_FROM_OTHERS),
        ("my little brother is being hurt by our stepdad", DANGER_FROM_OTHERS),
        ("i was raped on saturday", DANGER_FROM_OTHERS),
        ("I want to kill him", HARM_TO_OTHERS),
        ("I can't breathe and my chest hurts", MEDICAL_EMERGENCY),
        ("i'm bleeding a lot", MEDICAL_EMERGENCY),
        ("what's the crisis line number", CRISIS_LINE_REQUEST),
        ("my friend says she's going to kill herself tonight", SOMEONE_ELSE_AT_RISK),
        ("me quiero morir", NOT_IN_ENGLISH),
        # Widened by category after fresh rounds the patterns had never seen.
        ("part of me just wants to stop being alive", SUICIDAL_IDEATION),
        ("i'd be happier if i never woke up", SUICIDAL_IDEATION),
        ("the kids would honestly be better off with me out of the way", SUICIDAL_IDEATION),
        ("i pray god takes me tonight", SUICIDAL_IDEATION),
        ("i'm going to finish myself", SUICIDAL_IDEATION),
        ("i'm so done with living", SUICIDAL_IDEATION),
        ("i keep staring at my razor wondering if tonight is it", PLAN_OR_MEANS),
        ("i've been buying paracetamol from different chemists", PLAN_OR_MEANS),
        ("i wrote notes for my parents so they know why", GOODBYE),
        ("by then i'll already be gone", GOODBYE),
        ("i scratched my legs raw again", SELF_HARM),
        ("i downed a bottle of wine and a strip of my diazepam", OVERDOSE),
        ("she pinned me down the stairs", DANGER_FROM_OTHERS),
        ("he keeps saying he'll end me", DANGER_FROM_OTHERS),
        ("he's threatening to share my nudes", DANGER_FROM_OTHERS),
        ("i could hurt the baby when he screams", HARM_TO_OTHERS),
        ("my lips are going blue", MEDICAL_EMERGENCY),
        ("my flatmate has just cut herself badly", SOMEONE_ELSE_AT_RISK),
        # Second tuning round: the kinds of message a blind set showed missing.
        ("no quiero vivir más", NOT_IN_ENGLISH),
        ("j'ai envie d'en finir", NOT_IN_ENGLISH),
        ("ich möchte mir das leben nehmen", NOT_IN_ENGLISH),
        ("não quero mais viver", NOT_IN_ENGLISH),
        ("voglio farla finita", NOT_IN_ENGLISH),
        ("everything is sorted, my mind's made up, it'll be over by sunday", PLAN_OR_MEANS),
        ("once my husband's at work i'm going through with it", PLAN_OR_MEANS),
        ("i've got a bat and i'm heading to his flat", PLAN_OR_MEANS),
        ("before i go i want to say thank you for listening", GOODBYE),
        ("tell my brother none of this was his fault", GOODBYE),
        ("gonna yeet myself off the roof", SUICIDAL_IDEATION),
        ("might just top myself", SUICIDAL_IDEATION),
        ("ctb", SUICIDAL_IDEATION),
        ("i attempted last spring and those thoughts are back", SUICIDAL_IDEATION),
        ("my sugar is 2.8 and i'm shaking and can't think", MEDICAL_EMERGENCY),
        ("having a bad asthma attack", MEDICAL_EMERGENCY),
        ("my mum's face is drooping", MEDICAL_EMERGENCY),
        ("the boy next door says his dad burns him", DANGER_FROM_OTHERS),
        ("a grown man online keeps messaging my 13 year old", DANGER_FROM_OTHERS),
        # Wordings a blind set showed the curated phrases did not reach, each family in new words.
        ("if the bus didn't stop for me i wouldn't even mind", SUICIDAL_IDEATION),
        ("so annoyed i woke up again this morning", SUICIDAL_IDEATION),
        ("i'm a waste of space and they'd be better off", SUICIDAL_IDEATION),
        ("my parents would save a fortune if i wasn't around", SUICIDAL_IDEATION),
        ("it's about time i removed myself from the picture", SUICIDAL_IDEATION),
        ("i've picked the branch and checked it takes my weight", PLAN_OR_MEANS),
        ("nobody will be home to stop me on saturday", PLAN_OR_MEANS),
        ("sat on the wall trying to decide whether to jump", PLAN_OR_MEANS),
        ("how tall does a car park have to be so you don't survive", PLAN_OR_MEANS),
        ("what's the most painless method, so i don't survive it", PLAN_OR_MEANS),
        ("i'm lining up my tablets, going to take all of them", OVERDOSE),
        ("i swallowed a whole bunch of my mum's painkillers", OVERDOSE),
        ("i won't be needing my bike anymore so my cousin can have it", GOODBYE),
        ("you won't hear from me after tonight, thank you for everything", GOODBYE),
        ("i keep banging my head on the wall until it bruises", SELF_HARM),
        ("i've been restricting for weeks and keep blacking out", MEDICAL_EMERGENCY),
        ("my toddler got into my pills and i don't know how many are gone", MEDICAL_EMERGENCY),
        ("she swore she'd finish me off if i told anyone", DANGER_FROM_OTHERS),
        ("i'm going to hurt the kids who bullied me", HARM_TO_OTHERS),
        ("the voice keeps telling me i should burn myself", SELF_HARM),
        ("honestly thinking about the forever sleep", SUICIDAL_IDEATION),
        ("ich habe vor, mich umzubringen", crisis_patterns.NOT_IN_ENGLISH),
        ("mi sono tagliata ancora", crisis_patterns.NOT_IN_ENGLISH),
    ],
)
def test_each_kind_of_crisis_is_recognised_and_named(text, category):
    detection = parse(text).get("crisis_detection")
    assert detection["matched"], text
    assert detection["category"] == category


@pytest.mark.parametrize(
    "text",
    [
        # Not in the speller's English vocabulary, one edit from a word the patterns use.
        "i dnot want to be alvie anymroe",
        "i realy want to dei",
        "evry1 wud be better off wthout me",
        "3nd 1t t0n1ght",
        # Emoji standing for the means or for death.
        "want to \U0001f52a myself",
        "\U0001f48a\U0001f48a\U0001f48a gonna take them all",
        "i want to be \u26b0\ufe0f",
    ],
)
def test_misspellings_and_emoji_are_read_as_the_words_they_stand_for(text):
    assert is_crisis(text), text


@pytest.mark.parametrize(
    "text",
    [
        # The speller leaves words it knows, and other languages, alone.
        "the wifi keeps dropping out",
        "i made a typo in my email to the therapist",
        "non sono suicida, sono solo nervosa",
        "i'm dead \U0001f480 that joke",
        # Ending therapy, said in practice or for real, and a bare "i want out".
        "i want out",
        "i think i want to leave",
        "i want to end things with my therapist",
        "i want out of these sessions",
        "this will be my last message to my therapist, can you help me word it",
        "this is goodbye from me, i'm going to see someone who specialises in ocd",
        "so this is goodbye, i found a new therapist closer to home",
        # Asked in general, or about someone else who is safe now.
        "how do therapists respond when a client mentions suicide",
        "my sister self harmed at uni but she got help and is doing well now",
        "i attempted suicide over a decade ago and i'm well now",
        "that series handled suicide badly",
        "nothing like self harm, i just pick my cuticles",
    ],
)
def test_ending_therapy_general_questions_and_known_words_do_not_raise_a_false_alarm(text):
    assert not is_crisis(text), text


# --- normalisation ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I WANT TO KILL MYSELF",
        "i wanna k1ll mys3lf",
        "su1c1dal",
        "i might 0verdose",
        "k i l l myself",
        "k i l l m y s e l f",
        "s.u.i.c.i.d.e",
        "i want to d-i-e",
        "i want to dieeeee",
        "killlll myselfff",
        "I\u2019m so suicidal",
        "i dont wanna live anymore",
        "im going 2 kill my self",
        "thinking about suicde",
        "so sucidal",
        "i want to kil myself",
        "i overdoes on my meds",
        "sewer slide",
        "kill. myself.",
        "i want to k*ll myself",
    ],
)
def test_typos_leetspeak_spacing_and_stretched_letters_are_seen_through(text):
    assert is_crisis(text), text


# --- negation and idioms -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "this commute is killing me",
        "I'd kill for a coffee",
        "dying to start therapy",
        "my phone died",
        "I'm not suicidal, just nervous about therapy",
        "my therapist killed it",
        "dead tired",
        "I could die of embarrassment",
        "my therapist makes me want to quit",
        "i want to kill this habit of people pleasing",
        "I cut myself off from everyone",
        "I would never hurt myself",
        "no suicidal thoughts, just stress",
        "I want to end it with my therapist, how do I say it",
        "my mom is going to kill me when she sees my grades",
        "I'm burning myself out at work",
        "i hurt myself at the gym",
        "I don't have any plans to hurt myself",
        "my therapist asked if I was suicidal and I'm not",
        "i'm killing myself trying to finish this thesis",
        "no thoughts of ending my life, just tired",
        "i'd rather die than give a speech at the wedding",
        "i could sleep forever after that hike",
        "the documentary had a suicide scene that stayed with me",
        "i want to stop existing in survival mode",
        "my friend joked she'd strangle me if i cancelled again",
        "cut myself a thick slice of toast",
        "my gran will murder me if i miss sunday lunch",
        "sorting out my funeral playlist, very morbid lol",
        "i thought about hurting myself once and said no to it",
        "the nurse asked if i'd ever self harmed and i haven't",
        "tonight is the night i finally ask for a raise",
        "me muero de ganas de verte",
        "je meurs de fatigue",
        "ich sterbe vor langeweile",
    ],
)
def test_idioms_and_negations_do_not_raise_a_false_alarm(text):
    assert not is_crisis(text), text


def test_a_negation_does_not_reach_across_a_new_statement():
    assert is_crisis("i'm not ok i want to die")
    assert is_crisis("I can't trust myself not to hurt myself")
    assert not is_crisis("I don't want to die")


# --- past versus present -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "years ago I tried to hurt myself, I'm doing much better now and want to talk about trust",
        "when I was a teenager I self harmed and I worry my therapist will see the scars",
        "my dad used to hit me when I was little and it makes trusting men hard",
        "I attempted suicide in college and I want a therapist who won't treat me as fragile",
    ],
)
def test_a_calm_account_of_the_past_does_not_fire(text):
    assert not is_crisis(text), text


@pytest.mark.parametrize(
    "text",
    [
        "I tried to hurt myself last night",
        "I still think about ending it",
        "years ago I tried to kill myself and lately the thoughts are back",
        "my dad hit me when I was a kid and he still hits my little sister",
        "I used to self harm and I started again this week",
        "years ago my dad hit me. I want to kill myself",
        "she asked if i was suicidal and i said yes",
    ],
)
def test_a_present_risk_fires_even_next_to_the_past(text):
    assert is_crisis(text), text


# --- crisis lines and region -----------------------------------------------------------


def crisis_lines_of(message: Message) -> list:
    return [e["value"] for e in message.get("entities") if e["entity"] == "crisis_lines"]


def test_every_message_carries_the_crisis_lines_once_crisis_or_not():
    assert crisis_lines_of(parse("hello there")) == [LINES.find("US").render()]
    assert crisis_lines_of(parse("i want to die")) == [LINES.find("US").render()]


def test_running_twice_does_not_duplicate_the_crisis_lines():
    message = parse("hello")
    detector().process([message])
    assert len(crisis_lines_of(message)) == 1


@pytest.mark.parametrize(
    "metadata, setting, expected",
    [
        ({"region": "UK"}, None, "UK"),
        ({"region": "gb"}, "AU", "UK"),
        ({"region": "nz"}, "US", "NZ"),
        ({"region": "Atlantis"}, "IE", "IE"),
        ({"region": None}, "CA", "CA"),
        ({"region": ["UK"]}, "AU", "AU"),
        ({"other": "UK"}, "AU", "AU"),
        (None, "INTL", "INTL"),
        ("not a mapping", None, "US"),
        (None, None, "US"),
    ],
)
def test_the_channel_region_wins_then_the_deployment_setting_then_us(metadata, setting, expected):
    message = parse("hi", metadata=metadata, region=setting)
    assert crisis_lines_of(message) == [LINES.find(expected).render()]
    assert message.get("crisis_detection")["region"] == expected


def test_the_shipped_deployment_setting_is_us():
    assert load_settings(env={}).crisis_region == "US"
    assert crisis_lines_of(parse("hi")) == [LINES.find("US").render()]


def test_an_unknown_deployment_region_stops_the_server_instead_of_showing_wrong_numbers():
    with pytest.raises(ValueError, match="CRISIS_REGION='XX'"):
        detector("XX")


def test_the_region_reaches_the_component_through_rasas_own_message_conversion():
    # This is the path a channel's metadata takes: UserMessage.metadata ->
    # NLUMessageConverter -> Message["metadata"] -> the pipeline.
    user_message = UserMessage("i want to die", metadata={"region": "AU"}, input_channel="socketio")
    message = NLUMessageConverter().convert_user_message([user_message])[0]
    detector().process([message])
    assert crisis_lines_of(message) == [LINES.find("AU").render()]


# --- long messages -------------------------------------------------------------------

FILLER = "we talked about how hard the week was and what i might say at the next appointment. "


def cpu_ms(function, *args) -> float:
    """The least CPU time of three runs: the cost itself, not what other jobs on the machine add."""
    runs = []
    for _ in range(3):
        start = time.thread_time()
        function(*args)
        runs.append(time.thread_time() - start)
    return min(runs) * 1e3


def test_a_crisis_anywhere_in_a_long_message_is_found():
    for position in (0, 1, 2):
        parts = [FILLER * 16] * 3
        parts[position] += "i want to kill myself. "
        assert is_crisis("".join(parts)), f"crisis in part {position}"


def test_a_long_calm_message_does_not_raise_a_false_alarm():
    assert not is_crisis(FILLER * 200)


def test_the_cost_of_a_huge_message_grows_in_step_with_its_length(monkeypatch):
    """A 20,000-character message (the channels' limit) must not stall the reply.

    Compared with a tenth of the same text in the same run, so the check does not depend on how
    fast or busy the machine is: a pattern that backtracks costs ~100x for 10x the text; linear
    matching ~10x. The absolute bound is only a backstop far above what was measured (~40-110 ms).
    """
    corpus = yaml.safe_load((PROJECT_ROOT / "tests" / "safety" / "corpus.yml").read_text())
    hard_negatives = [text for texts in corpus["not_crisis"].values() for text in texts]
    dense = ". ".join(random.Random(7).choices(hard_negatives, k=600))[:20000]

    def assert_linear(text):
        tenth, whole = cpu_ms(detect_crisis, text[: len(text) // 10]), cpu_ms(detect_crisis, text)
        assert whole < 25 * tenth + 5, f"{whole:.1f} ms for the whole, {tenth:.1f} ms for a tenth"
        assert whole < 500

    assert_linear(dense)
    assert_linear("k i l l " * 2500)
    assert_linear("a" * 20000)
    # The worst case: crisis words everywhere, every match excused, so nothing stops the scan early.
    monkeypatch.setattr(crisis_patterns._Context, "excuse", lambda self, pattern, match: crisis_patterns.IDIOM)
    assert detect_crisis(dense) is None
    assert_linear(dense)
