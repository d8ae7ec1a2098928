"""The pattern detector on the shapes added in round 4b: danger at home now, a child at risk now, intent to harm
others, medical symptom clusters, someone else at risk; and the excuses added for four false alarms (a domain
scope after the words, "never been one for X", a past report of wanting, affairs put in order for a life change).

Every example here was written for this file; none comes from data/nlu, the corpus or a development set.
"""
from __future__ import annotations

import pytest

from components.crisis_patterns import check_crisis
from tests.crisis import fires

CRISIS = [
    # r4b_threat_at_home_now: someone + threat/violence + present marker.
    ("threat_at_home_now", "she's kicking the bedroom door and screaming that she'll get in, i'm terrified"),
    ("threat_at_home_now", "my husband is hammering on the front door shouting, the kids are with me"),
    ("threat_at_home_now", "locked myself in the toilet, he's outside the door shouting"),
    ("threat_at_home_now", "hiding under the bed, she's home and she's looking for me"),
    ("threat_at_home_now", "he keeps saying if i call the police i'm dead"),
    ("threat_at_home_now", "he's smashing plates in the kitchen and i'm next, i know it"),
    ("threat_at_home_now", "terrified. she's back. wasted"),
    ("threat_at_home_now", "he's going to kill me, he means it this time"),
    # r4b_child_hazard_now: a child + hazard + now.
    ("child_hazard_now", "the twins won't settle and i'm afraid of what i might do to them"),
    ("child_hazard_now", "i dropped her off the changing table and she's gone limp"),
    ("child_hazard_now", "my stepdad keeps creeping into my brother's room when mum's on nights"),
    ("child_hazard_now", "my 3 year old is holding a knife and won't give it to me"),
    ("child_hazard_now", "the kid downstairs has been crying all day and there's no one with him"),
    ("child_hazard_now", "i'm really high and the baby is in the bath upstairs"),
    ("child_hazard_now", "she's taking the children and says i'll never find them"),
    ("child_hazard_now", "my nephew is sitting on the window ledge and his dad left him alone"),
    # r4b_intent_to_harm_now: intent + target + means/time.
    ("intent_to_harm_now", "i'm taking a blade into school monday and they'll be sorry"),
    ("intent_to_harm_now", "she's going to pay. tomorrow. i've got the hammer ready"),
    ("intent_to_harm_now", "i want revenge on my stepfather and i've been looking at the shotgun in the shed"),
    ("intent_to_harm_now", "planning to slip something into his coffee, got the stuff already"),
    ("intent_to_harm_now", "waiting outside her flat with a knife in my pocket"),
    ("intent_to_harm_now", "i'm going to drive the van into the protest tomorrow"),
    ("intent_to_harm_now", "i need to take out my neighbour before he gets me tonight"),
    ("intent_to_harm_now", "found her address online and i've got nothing to lose now"),
    # r4b_symptoms_now: symptom cluster + now.
    ("symptoms_now", "i collapsed in the bathroom and can't get back up, nobody's home"),
    ("symptoms_now", "just had another fit, alone, really confused"),
    ("symptoms_now", "my mouth is drooping on one side and my arm feels weird"),
    ("symptoms_now", "my speech is slurred and the left side of my face is numb"),
    ("symptoms_now", "gave myself the adrenaline pen but my throat is still closing"),
    # r4b_someone_else_signs: someone else + plan/goodbye + silence.
    ("someone_else_signs", "my brother wrote this is goodbye on his story and his phone is off"),
    ("someone_else_signs", "my flatmate said he's taking all his meds tonight and not waking up"),
    ("someone_else_signs", "grandad hasn't picked up for three days and his post is piling up"),
    ("someone_else_signs", "the woman next door was shouting for help and then it went quiet"),
    ("someone_else_signs", "a friend sent me her suicide note an hour ago"),
    # second batch, written before the shapes were widened a second time.
    ("threat_at_home_now", "my boyfriend is drunk and throwing things, i'm hiding in the kids room"),
    ("threat_at_home_now", "he's trying to break down the door, please"),
    ("threat_at_home_now", "she's outside the bedroom door with a knife"),
    ("threat_at_home_now", "he's got his hands round her throat in the kitchen"),
    ("child_hazard_now", "the baby fell down the stairs and isn't moving"),
    ("child_hazard_now", "left my 5 year old home alone since yesterday, i can't get back"),
    ("child_hazard_now", "my son's dad is drunk driving with him in the car right now"),
    ("child_hazard_now", "my ex has our daughter and says i'll never see her alive again"),
    ("someone_else_signs", "my neighbour hasn't been seen for a week and there's a smell"),
    ("someone_else_signs", "my roommate locked herself in the bathroom and there's blood under the door"),
    # third batch.
    ("threat_at_home_now", "he's kicking the front door in and i'm upstairs with the baby"),
    ("threat_at_home_now", "my husband's pacing with the shotgun saying none of us are leaving"),
    ("threat_at_home_now", "hiding in the garage, he's drunk and screaming my name"),
    ("child_hazard_now", "my 18 month old got into the medicine cabinet and ate some pills"),
    ("child_hazard_now", "i'm home alone with the baby and i'm so out of it i can't stay awake"),
    ("someone_else_signs", "my dad hasn't been answering for four days and the milk is still on the doorstep"),
    # fourth batch.
    ("symptoms_now", "slipped in the shower, can't move my leg and no one's home"),
    ("symptoms_now", "half my face went numb and my words are slurring"),
    ("symptoms_now", "used two puffs of my inhaler and it's not helping, lips tingling"),
    ("symptoms_now", "i've had a fall on the stairs and can't get myself up"),
    ("intent_to_harm_now", "the voices say i have to stop my mum before she poisons us tonight"),
    ("intent_to_harm_now", "i've bought rat poison and i'm putting it in his dinner tonight"),
    ("intent_to_harm_now", "gonna put bleach in his food tonight, he deserves it"),
    ("someone_else_signs", "the lady across the road fell this morning and has been lying there, nobody's answered the door"),
    ("someone_else_signs", "my coworker said she's going to take all her pills tonight and never wake up"),
    ("threat_at_home_now", "he's dragging me by my hair, i got away to the bathroom"),
]

CALM = [
    ("threat_at_home_now", "the neighbours are banging on the walls again with their music"),
    ("threat_at_home_now", "my son is banging on the door wanting snacks lol"),
    ("threat_at_home_now", "hiding in the bathroom from the in-laws for five minutes of peace"),
    ("child_hazard_now", "photos of my daughter standing on the balcony at the hotel, so cute"),
    ("child_hazard_now", "my son found my old nerf gun in the loft"),
    ("child_hazard_now", "worried what i'll do about childcare when she starts school"),
    ("intent_to_harm_now", "bringing something to work tomorrow for the bake sale, they'll be sorry they doubted me lol"),
    ("intent_to_harm_now", "a man drove into the crowd in the news last year and i can't stop reading about it"),
    ("intent_to_harm_now", "i know where he lives but i've left it to the police"),
    ("intent_to_harm_now", "putting something in her drink for her birthday, a little umbrella"),
    ("symptoms_now", "fell asleep on the sofa and can't get up early enough for the gym"),
    ("symptoms_now", "had a seizure years ago, diagnosed with epilepsy, fine on meds"),
    ("symptoms_now", "went to a first aid course and used an epipen trainer, swelling was the topic"),
    ("someone_else_signs", "my mum hasn't answered in three days, she's on a cruise"),
    ("someone_else_signs", "she posted her plan for the project on the group chat"),
    # the excuses for false alarms.
    ("scoped_after", "that statistics module killed me, i'm done with life (socially) for a month"),
    ("scoped_after", "i'm dead (academically) after that coursework"),
    ("not_one_for", "i've never been one for self harm, i'm here for my anxiety"),
    ("not_one_for", "not the type for cutting. it's the panic attacks i want help with"),
    ("past_report_of_wanting", "years ago i told my gp about wanting to die. nothing like that now, i just want help with work stress"),
    ("affairs_for_a_change", "putting my affairs in order before the wedding, so much paperwork"),
    ("affairs_for_a_change", "got my affairs in order for the move, new job in march"),
    # second batch.
    ("intent_to_harm_now", "he'll pay for dinner tonight, he lost the bet"),
    ("symptoms_now", "i fell over at the gym and couldn't get up for laughing"),
    ("threat_at_home_now", "my husband was banging on the bathroom door because he needed the loo"),
    ("threat_at_home_now", "we watched a film where he's hiding in the wardrobe from the killer"),
    ("child_hazard_now", "i'm scared of what i'll do after graduation, no idea about careers"),
    ("child_hazard_now", "my 4 year old found my lipstick and drew on the walls"),
    ("child_hazard_now", "my daughter was standing on the balcony waving at the fireworks"),
    ("child_hazard_now", "drunk at the wedding, the kids are with my mum"),
    ("intent_to_harm_now", "i want revenge on my brother at monopoly, i've been practising"),
    ("intent_to_harm_now", "the driver ploughed into the crowd in the documentary we watched"),
    ("symptoms_now", "my face was droopy on one side after the dentist"),
    ("someone_else_signs", "she said she's taking a nap and not waking up till noon lol"),
    ("someone_else_signs", "the old guy upstairs was banging on the floor because our music was too loud"),
    ("someone_else_signs", "my gran hasn't answered in two days but she's at my aunt's"),
    # third batch.
    ("child_hazard_now", "my daughter isn't responding to my texts, teenagers"),
    ("intent_to_harm_now", "we're planning to get back at my sister with a prank, water guns at the ready"),
    ("threat_at_home_now", "he's outside the house with a hammer fixing the fence"),
    ("threat_at_home_now", "my toddler is banging on the bathroom door while i shower"),
    ("intent_to_harm_now", "i have his address for the christmas cards"),
    ("symptoms_now", "my speech was slurred at the party last night, too much wine"),
    ("someone_else_signs", "my neighbour hasn't been seen for a week, she's in spain"),
    ("child_hazard_now", "the baby won't stop crying and i'm exhausted, any tips for colic"),
    # fourth batch.
    ("intent_to_harm_now", "putting turmeric in his food tonight, it's a new recipe"),
    ("someone_else_signs", "my coworker said she's taking the day off and not waking up before noon"),
    ("symptoms_now", "fell asleep in the bath, couldn't get up the energy to cook"),
    ("symptoms_now", "my face is numb on one side from the dentist injection"),
    ("symptoms_now", "used my inhaler before the run and it helped"),
    ("intent_to_harm_now", "i'll make him pay for the taxi, it's his turn"),
    ("threat_at_home_now", "she's killing me with these puns"),
    # fifth batch: the past and stories.
    ("someone_else_signs", "in the show, she's taking the pills and not waking up, it was hard to watch"),
    ("child_hazard_now", "in my nursing course we learned about a toddler who swallowed pills"),
    ("threat_at_home_now", "years ago my ex used to bang on the bedroom door screaming, i'm safe now and want to talk about trust"),
    ("symptoms_now", "my nan had a stroke in 2018, her face drooped on one side, she's recovered"),
    ("intent_to_harm_now", "the podcast was about a man who drove into a crowd"),
]

CRISIS_TWINS_OF_EXCUSES = [
    "i'm done with life. nothing is worth it anymore",
    "never been one for self harm but last night i cut myself",
    "years ago i mentioned wanting to die and i still want to, every day",
    "getting my affairs in order so nobody has to deal with it after i'm gone",
]


@pytest.mark.parametrize("family, text", CRISIS, ids=[f"{family}-{i}" for i, (family, _) in enumerate(CRISIS)])
def test_each_round4b_family_catches_other_wordings_of_its_shape(family, text):
    assert fires(text), text


@pytest.mark.parametrize("family, text", CALM, ids=[f"{family}-{i}" for i, (family, _) in enumerate(CALM)])
def test_each_round4b_family_stays_quiet_on_its_calm_twins(family, text):
    assert not fires(text), (text, check_crisis(text).match)


@pytest.mark.parametrize("text", CRISIS_TWINS_OF_EXCUSES)
def test_the_round4b_excuses_leave_their_crisis_twins_firing(text):
    assert fires(text), text
