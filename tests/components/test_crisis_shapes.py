"""The pattern detector on shapes of wording, checked directly (no Rasa): known false alarms and their crisis
twins, and the families added for kinds of crisis fresh messages showed it missing (README, "Crisis safety net").

Every example here was written for this file; none comes from data/nlu or the corpus.
"""
from __future__ import annotations

import pytest

from components import crisis_patterns
from components.crisis_patterns import (
    GOODBYE,
    HARM_TO_OTHERS,
    MEDICAL_EMERGENCY,
    PLAN_OR_MEANS,
    SUICIDAL_IDEATION,
    check_crisis,
)
from tests.crisis import fires

# --- false alarms and their twins ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A routine question about chest pain with an ordinary cause and no red flag.
        "how long should chest pain last after a chest infection",
        "is it normal to have chest pain a week after covid",
        "my chest is tight after the gym, did i pull something",
        "should i worry about chest pain after my booster jab",
        "chest pains since the chest infection, when should i see the gp",
        "i've had pain in my chest from coughing so much, how long does it take to go",
    ],
)
def test_a_routine_question_about_chest_pain_with_an_ordinary_cause_is_calm(text):
    assert not fires(text), text


@pytest.mark.parametrize(
    "text, category",
    [
        ("chest pain right now and my left arm is numb", MEDICAL_EMERGENCY),
        ("i've had a chest infection but now the chest pain is crushing and spreading to my arm", MEDICAL_EMERGENCY),
        ("chest pain since the gym and i'm sweating and can't catch my breath", MEDICAL_EMERGENCY),
        ("i'm having a panic attack but my chest has never hurt like this and my arm is numb", MEDICAL_EMERGENCY),
        ("my chest feels like it's in a vice and it's going down my arm", MEDICAL_EMERGENCY),
    ],
)
def test_chest_pain_with_a_red_flag_still_fires_whatever_the_cause(text, category):
    assert check_crisis(text).match.category == category, text


@pytest.mark.parametrize(
    "text",
    [
        "i wrote a goodbye letter when i was 16, i'm 40 and happy now",
        "i wrote a suicide note at 19, i'm 45 now and doing well",
        "back at uni i wrote goodbye letters to my family, that was twenty years ago and i'm in a good place",
        "i wrote a goodbye letter aged 15 and i'm 32 now, life is good",
    ],
)
def test_a_goodbye_letter_told_as_distant_past_is_calm(text):
    assert not fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        "tired of it all with my therapist",
        "i'm so tired of it all with the waiting list",
        "sick of it all at work, my therapist says i need boundaries",
        "fed up with it all with my counsellor cancelling again",
        "i'm done with it all in therapy, i want a new approach",
        "had enough of it all with the nhs referrals",
        "tired of it all with my landlord and the damp",
    ],
)
def test_fed_up_with_one_named_part_of_life_is_calm(text):
    assert not fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        "tired of it all, my therapist can't help and i don't want to be here anymore",
        "i'm tired of it all",
        "so tired of it all. my therapist doesn't know",
        "sick of it all with my own head",
        "done with it all in this world",
    ],
)
def test_tired_of_it_all_without_a_named_scope_still_fires(text):
    assert fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i said i'd be better off dead in the questionnaire and i ticked never",
        "the questionnaire asked about being better off dead and i ticked never",
        "the form had a question about thoughts of hurting myself and i put not at all",
        "question 9 on the phq 9 asks about being better off dead, i answered 0",
        "the intake survey asked about wanting to die and i circled never",
        "on the screening form i marked never for thoughts of killing myself",
        "my gp's questionnaire asks if i'd be better off dead, i always put not at all",
    ],
)
def test_a_screening_item_quoted_and_answered_no_is_calm(text):
    check = check_crisis(text)
    assert check.match is None, text
    assert check.excused.reason == crisis_patterns.RESOLVED


@pytest.mark.parametrize(
    "text",
    [
        "i ticked never on the form but honestly i think about being better off dead all the time",
        "the questionnaire asked about being better off dead and i put nearly every day",
        "i put not at all on the form but i lied, i want to die",
        "i ticked no on the questionnaire. i want to die though",
        "the form asked about hurting myself and i said no, but lately i've been cutting again",
    ],
)
def test_a_screening_answer_that_was_not_the_whole_truth_still_fires(text):
    assert fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        "not in a wanting to die way",
        "i'm tired, not in a wanting to die way, just worn out",
        "i feel like disappearing but not in a suicidal way, more like a holiday",
        "i want everything to stop for a bit, not in a self harm way",
        "i don't mean it in a wanting to die way, i just need rest",
        "ngl i'm done, not in a kill myself way, just done with dating apps",
    ],
)
def test_an_explicit_disclaimer_of_the_crisis_reading_is_calm(text):
    check = check_crisis(text)
    assert check.match is None, text
    assert check.excused.reason in (crisis_patterns.DISCLAIMED, crisis_patterns.NEGATED)


@pytest.mark.parametrize(
    "text",
    [
        "i'm tired, not in a sleepy way, in a wanting to die way",
        "i want to die, not in a dramatic way, i mean it",
        "i want to kill myself, and not in a joking way",
        "i mean it in a wanting to die way",
        "not in a suicidal way, but i do keep thinking about not waking up",
    ],
)
def test_a_disclaimer_of_something_else_or_before_the_crisis_words_does_not_excuse_them(text):
    assert fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        "this is goodbye from me, i'm going to see someone who specialises in ocd",
        "how do i write my last message to my therapist",
        "i'm giving my therapist a goodbye card",
        "this is my last message to you, i'm moving to a trauma specialist next month",
        "i'm writing a goodbye letter to my therapist for our last session",
        "writing a farewell note to my counsellor",
        "i've written a goodbye letter to my therapist to read out at our final session",
        "goodbye everyone in my therapy group, this is my last week",
        "how do i say goodbye forever to a therapist i've seen for 6 years",
        "this is it for me with therapy, i'm ending it after christmas",
        "i'm done, goodbye therapy",
        "saying my goodbyes to my therapist on friday",
    ],
)
def test_ending_therapy_goodbyes_are_calm(text):
    assert not fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        "this is my last message, i won't be here tomorrow",
        "this is my last message to my therapist, i won't be here tomorrow",
        "tell my therapist thank you for trying, goodbye forever",
        "goodbye to my therapist and everyone, i'm sorry for everything",
        "my counsellor won't see me again, this is goodbye forever",
        "i've written a suicide note to my therapist",
        "i wrote goodbye letters to my family and my therapist, they'll find them tomorrow",
        "i won't make it to my next session, i'll be gone by then",
        "this is goodbye for good, thank my counsellor for me",
        "goodbye forever to therapy and to life",
        "my last message to my therapist: i'm sorry, i couldn't do it anymore. goodbye forever",
    ],
)
def test_a_goodbye_that_names_a_therapist_but_says_something_final_still_fires(text):
    assert fires(text), text


# --- families added for missed shapes -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "i gave my cat to my neighbour today, she'll be better off with her than with me, goodbye",
        "i've left my bank details and passwords for my sister, everything's sorted now",
        "i sorted out who gets my things, it's all written down on the table",
        "gave my dog to my mate, he'll look after him better than i can, this is the end",
        "i've made sure my cat has a new home so no one has to deal with her after",
        "i've given my guitar to my brother, i won't be needing it where i'm going",
        "told my flatmate she can have my plants, i'm not going to need them",
        "found someone to take my tortoise, one less thing to sort when i'm not here",
        "just wanted to say thanks for everything, you were the only one who listened. take care. goodbye",
    ],
)
def test_final_goodbyes_and_things_handed_on_for_good_fire(text):
    assert check_crisis(text).match.category in (GOODBYE, PLAN_OR_MEANS), text


@pytest.mark.parametrize(
    "text",
    [
        "i gave my old bike to my nephew because i'm moving to a flat with no storage",
        "i've given my sofa to a friend, we're moving abroad next month",
        "i left my spare keys with my neighbour while i'm away for the weekend",
        "i'm giving my books to the charity shop, everything's sorted for the move",
        "we made a list of who gets what chores this week",
        "you were the only one who listened in that group, see you next week",
    ],
)
def test_giving_things_away_for_ordinary_reasons_is_calm(text):
    assert not fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i've got a knife and i'm waiting for her",
        "i'm sitting outside his house with a bat",
        "i'm waiting for him with a hammer, he's going to regret it",
        "got a knife in my bag and i'm waiting outside her work",
        "i'm going to smash his face in when i see him tonight",
        "i'll kill jake when he gets back",
        "i'm going to make him bleed when he gets home",
        "i'm going round to his house now to beat him up",
        "i'm going to run her over when she leaves work",
        "he's asleep and i'm standing over him with the kitchen knife",
    ],
)
def test_intent_to_harm_a_named_person_now_fires(text):
    assert check_crisis(text).match.category in (HARM_TO_OTHERS, PLAN_OR_MEANS), text


@pytest.mark.parametrize(
    "text",
    [
        "i'm going to kill tom when he gets back, he finished the milk again lol",
        "i'm waiting for my brother with the hammer so we can put up the shelves",
        "i've got the knife ready for when my dad gets home to carve the turkey",
        "i'm going to smash my 5k time this weekend",
        "i'm going to hit the gym when he gets back",
        "my sister is going to kill me when she gets home and sees the mess",
    ],
)
def test_everyday_tools_plans_and_hyperbole_are_calm(text):
    assert not fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i can't feel the left side of my face and my speech is slurred",
        "my grandad's face has gone lopsided and he's not making sense",
        "i'm diabetic and i'm shaking and confused and can't think straight",
        "i hit my head and i've been sick twice and i'm really drowsy",
        "my baby has a fever and is floppy and won't wake properly",
        "my son swallowed a button battery about ten minutes ago",
        "my wife is turning blue and gasping",
        "i fell off the ladder and i can't move my legs",
        "my toddler got into the dishwasher tablets and she's been sick",
    ],
)
def test_medical_emergencies_happening_now_fire(text):
    assert check_crisis(text).match.category == MEDICAL_EMERGENCY, text


@pytest.mark.parametrize(
    "text",
    [
        "my speech goes weird when i'm really tired, is that anxiety",
        "i bumped my head on the cupboard door and it's a bit sore",
        "my baby is a bit floppy and sleepy after her jabs today, the nurse said that's normal",
        "i'm diabetic and i want to know if the sessions run past lunchtime",
        "my hands go blue in the cold, it's raynaud's",
    ],
)
def test_routine_medical_talk_is_calm(text):
    assert not fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        "my therapist asked how i was and i said fine but honestly i wish i could just not exist",
        "in session today i talked about my mum and the whole time i was thinking i'd rather not be here at all",
        "my therapist thinks i'm doing better but i keep wishing i wouldn't wake up",
        "i pretend in sessions, the truth is i'd happily not exist anymore",
        "i've been thinking i'd be happier dead",
        "my therapist asked about goals and i said i don't have any because i won't be here",
        "i keep rehearsing what to tell my therapist, and the honest answer is i want my life to be over",
        "half the session was about work, the other half i sat there wishing i was dead",
        "i do my therapy homework but truthfully i'd welcome not waking up",
        "we talked about sleep in session, i didn't tell her i'd be relieved to stop existing",
    ],
)
def test_a_passive_wish_to_be_dead_said_in_therapy_talk_fires(text):
    assert check_crisis(text).match.category in (SUICIDAL_IDEATION, GOODBYE), text


@pytest.mark.parametrize(
    "text",
    [
        "i'd rather not wake up at 6 for my session",
        "i'd rather not live in london, it's too expensive",
        "i'd happily die on that hill, therapy should be free",
        "i want my life to be over this awful phase, therapy is helping",
        "i'm dreaming of dying my hair blue after therapy ends",
    ],
)
def test_look_alikes_of_a_passive_wish_are_calm(text):
    assert not fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        "so work has been busy and i had a row with my sister about christmas plans and then the car broke down"
        " again and i had to get the bus, anyway i've decided tonight is when i end it",
        "i've been thinking about what to say to my therapist next week about the anxiety and the sleep stuff and"
        " my boss, and honestly i just wish i could go to sleep and never wake up",
        "today was alright, had a coffee with my aunt, did the washing, fixed the shelf in the hall, and then i"
        " sat down and worked out how many pills i'd need",
        "the kids are at their dad's this weekend, i've tidied the house and paid the bills and written to my mum,"
        " and on saturday i'm going to go to the bridge",
    ],
)
def test_a_crisis_in_the_last_clause_of_a_long_ordinary_message_fires(text):
    assert fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        "we tidied the flat and on sunday we're going to the coast with the kids",
        "i'm going to the bridge tomorrow to take photos of the sunset",
        "how many tablets i'd need for the two week holiday, can my gp do a longer prescription",
        "friday is when i end things with my therapist, i've told her already",
    ],
)
def test_ordinary_long_plans_are_calm(text):
    assert not fires(text), text


def test_didnt_say_is_something_kept_from_a_therapist_unless_the_message_corrects_what_was_heard():
    assert fires("therapist asked me to rate my week, i said 6, didnt say i wish i could just stop existing")
    assert fires("i didn't say i want to die, i just sat there")
    assert not fires("i didn't say that i wish i was dead, she misheard")
    assert not fires("i never said i wanted to die, my therapist took it the wrong way")


@pytest.mark.parametrize(
    "text",
    [
        "gave my grandad's watch back to my dad and hugged him for ages. he doesn't know it's the last time",
        "my cat is going to live with my aunt, she'll give her a better life than i could",
        "your the only one who ever listened. goodbye",
        "she's coming home soon and i've got the hammer by the door",
        "i'm going to put him in hospital tonight",
        "i want my life over",
        "tonight i'm going to finally do it",
    ],
)
def test_more_wordings_of_the_new_families_fire(text):
    assert fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        "my dog is going to live with my parents while i'm abroad for work",
        "i've got a cricket bat behind the door in case of burglars",
        "tonight i'm going to finally do it, i'm asking her out",
        "my mum will put me in hospital with worry if i don't call",
    ],
)
def test_look_alikes_of_the_new_families_are_calm(text):
    assert not fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        "in session i kept wishing i didn't have to wake up tomorrow",
        "the bus was late again, i'm going to step in front of the next one",
        "i'm going to stab whoever answers the door",
        "i'm going to set fire to his flat tonight while he's asleep",
        "my gran's face looks droopy on one side and she's talking gibberish",
        "i've got a hammer and i'm going round to hers now",
        "when he gets out of the car i'm going to go at him with the knife",
        "i've got the carving knife in my bag and i'm going to wait for her after work",
        "my sister can keep my bike, i won't be riding it again",
        "i'm giving my records to my cousin, tell him i loved him",
        "i've saved up my pills for the week in my dosette and i'm taking them all tonight",
    ],
)
def test_wordings_a_later_fresh_set_showed_missing_fire(text):
    assert fires(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i've got the pills counted out for the week in my dosette box",
        "my therapist said goodbye forever, joking, when i was late again",
        "i've got a hammer and i'm going round to hers now to help put up shelves",
        "my nan talks gibberish to the baby and it's adorable",
    ],
)
def test_their_look_alikes_are_calm(text):
    assert not fires(text), text
