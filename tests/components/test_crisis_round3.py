"""The pattern detector on the shapes added in round 3 (README, "Crisis safety net"): for each family, crisis
wordings other than the development-set message that showed the family missing, and calm twins (idioms,
negations, the past, ordinary errands, ending therapy) that must stay quiet.

Every example here was written for this file; none comes from data/nlu, the corpus or a development set.
"""
from __future__ import annotations

import pytest

from components.crisis_patterns import check_crisis
from components.crisis_text import normalise


def fires(text: str) -> bool:
    return check_crisis(text).match is not None


CRISIS = [
    # not_around_long_enough: not alive long enough for what is coming.
    ("not_around_long_enough", "honestly i won't be around long enough for the waiting list"),
    ("not_around_long_enough", "i doubt i'll still be alive long enough to get a first session"),
    ("not_around_long_enough", "not sure i'll last long enough to see the new year"),
    ("not_around_long_enough", "don't think i'll be here long enough for it to matter"),
    # no_future_seen: the future has gone.
    ("no_future_seen", "i can't see a future anymore, everything just stops after christmas in my head"),
    ("no_future_seen", "i don't see any future for myself"),
    ("no_future_seen", "there's nothing after this weekend for me"),
    # how_long_till_found: how long before anyone notices or finds me.
    ("how_long_till_found", "how long before anyone would even notice i'm gone"),
    ("how_long_till_found", "wondering how long it would take for my family to find my body"),
    ("how_long_till_found", "how long until the neighbours notice i'm dead"),
    # let_go_of_the_wheel: the car as the means, the wheel let go.
    ("let_go_of_the_wheel", "on the motorway i keep thinking about letting go of the wheel"),
    ("let_go_of_the_wheel", "tempted to just not brake at the bend on the way home"),
    ("let_go_of_the_wheel", "i wonder what would happen if i just yanked the wheel into the barrier"),
    # burden_gone_for_good: the world going on without me, my absence a favour, out of their way for good.
    ("burden_gone_for_good", "the world would go on without me and honestly be fine"),
    ("burden_gone_for_good", "everyone would carry on without me"),
    ("burden_gone_for_good", "my being gone would honestly be a gift to my family"),
    ("burden_gone_for_good", "i'd be doing everyone a favour by disappearing"),
    ("burden_gone_for_good", "if i wasn't here anymore my parents could finally relax"),
    ("burden_gone_for_good", "the kindest thing is to get out of their lives for good"),
    ("burden_gone_for_good", "my kids would be happier if one day i just wasn't a burden anymore"),
    ("burden_weight", "i'm a dead weight on my family, they'd be relieved"),
    ("better_off_freer", "she'd be so much freer if i wasn't around"),
    # when_and_how: the when and the how worked out.
    ("when_and_how", "i've worked out how and when. it'll be saturday"),
    ("when_and_how", "i know exactly where and when now"),
    ("when_and_how", "figured out the when and the how, just need the courage"),
    # firearm_within_reach: a gun at home and access to it.
    ("firearm_within_reach", "my husband keeps a rifle in the loft and i know where the key is"),
    ("firearm_within_reach", "dad's got a shotgun in the cabinet and i can't stop thinking about it"),
    ("firearm_within_reach", "i know where my uncle's gun is"),
    # lethal_height: a height judged enough.
    ("lethal_height", "the drop from the car park roof would definitely be enough"),
    ("lethal_height", "i think my balcony is high enough"),
    ("lethal_height", "the fall from that bridge would be fatal, i checked"),
    # going_and_not_coming_back: off to water or a drop, not coming back.
    ("going_and_not_coming_back", "i'm driving out to the coast tonight and i won't be coming back"),
    ("going_and_not_coming_back", "heading to the river later and not coming home"),
    ("going_and_not_coming_back", "going down to the tracks and i'm never coming back"),
    # means_kept_close: the means moved within reach.
    ("means_kept_close", "i keep a blade under my pillow now"),
    ("means_kept_close", "put the rope in my wardrobe so it's close"),
    ("means_kept_close", "moved the knife to my bedside table so it's within reach"),
    # the_day_is_set: a day named as the one.
    ("the_day_is_set", "i've decided friday is it."),
    ("the_day_is_set", "made up my mind, tomorrow's the day"),
    ("the_day_is_set", "so this weekend is it"),
    # leaving_no_mess: affairs put in order so nobody is left with them.
    ("leaving_no_mess", "i've paid my bills and cleared my room so nobody has to deal with it"),
    ("leaving_no_mess", "deleted my accounts so my family won't have to sort anything"),
    ("leaving_no_mess", "tidied everything so no one's left with a mess"),
    ("will_for_after", "made my will and sorted my logins so my wife doesn't have to deal with it after"),
    # if_i_stop_replying: silence announced as the goodbye.
    ("if_i_stop_replying", "if i don't answer tomorrow, you'll know why. i'm sorry for everything"),
    ("if_i_stop_replying", "if i stop replying, that's why. love you all"),
    # whoever_finds_me: arrangements for the one who finds me.
    ("whoever_finds_me", "sorry to whoever finds me"),
    ("whoever_finds_me", "i've left a note for the person who finds me"),
    ("whoever_finds_me", "please make sure someone feeds my dog, the back door is open"),
    # remember_me: a secret farewell.
    ("remember_me", "i told my sister to remember me happy. she has no idea"),
    ("remember_me", "i asked him to remember the good times, he doesn't know it's the last time"),
    # do_another_one: another wound wanted.
    ("do_another_one", "the cut is still bleeding but i need to do another one"),
    ("do_another_one", "i keep wanting to make another burn"),
    # took_more_than_prescribed and took_them_and_symptoms: an overdose told without a count.
    ("took_more_than_prescribed", "i've had a lot more of my sleeping pills than i'm supposed to, on purpose"),
    ("took_more_than_prescribed", "took way more than the label says and my heart is pounding"),
    ("took_more_than_prescribed", "i took more than prescribed and i'm going to take more"),
    ("took_them_and_symptoms", "took the tablets about an hour ago and now i'm so drowsy"),
    ("took_them_and_symptoms", "can't stay awake, i took them half an hour ago"),
    # heard_violence: violence heard through a wall.
    ("heard_violence", "i can hear the man next door beating his wife again"),
    ("heard_violence", "could hear my stepdad hitting my little brother through the wall"),
    # child_trapped: a child shut in a car.
    ("child_trapped", "my toddler is locked in the car and it's boiling outside"),
    ("child_trapped", "i'm stuck outside with the baby locked in the car, can't get the door open"),
    # taking_the_children: a parent at risk who would take the children.
    ("taking_the_children", "he said he'll take the kids with him and he's been talking about not wanting to be alive"),
    ("taking_the_children", "she keeps saying the children would be better off going with her, she's locked the door"),
    # retribution_planned and bringing_something: harm to others with a time, a place or a weapon.
    ("retribution_planned", "i'll make every one of them pay and i know where they'll all be tonight"),
    ("retribution_planned", "sick of waiting for the police, i know where he lives"),
    ("bringing_something", "if they keep picking on me i'm going to bring something to school, i'm serious"),
    ("bringing_something", "i'm taking something to school tomorrow. they'll see."),
    # collapsed_person: someone down and not right.
    ("collapsed_person", "my dad's on the kitchen floor and not moving"),
    ("collapsed_person", "found my flatmate lying on the bathroom floor, she won't wake up"),
    # someone_else_with_means, someone_giving_things_away, someone's goodbye then silence.
    ("someone_else_with_means", "my brother's locked himself in his room with a knife"),
    ("someone_else_with_means", "she told me she's got a bottle of pills and she's taking them all tonight"),
    ("someone_else_with_means", "found a note from my dad saying he can't go on"),
    ("someone_else_with_means", "my mate says he has a plan. and it's tonight"),
    ("someone_giving_things_away", "my son gave away his clothes and all his things this week"),
    ("someone_giving_things_away", "he told us he won't be in tomorrow or ever again"),
    ("someones_goodbye", "my sister messaged saying sorry for everything and now she's not picking up"),
    ("someones_goodbye", "he posted that he loves everyone and then switched his phone off"),
    ("someone_at_the_edge", "my friend is sitting on the window ledge and won't come in"),
    ("someone_at_the_edge", "a woman is standing on the wrong side of the railing on the bridge"),
    ("someone_going_to_jump", "my cousin says he's going to jump and he's not answering"),
    # check_out_for_good and last_day_alive: euphemisms meant.
    ("check_out_for_good", "i'm going to check out permanently"),
    ("check_out_for_good", "time to tap out for good"),
    ("check_out_for_good", "gonna kick the bucket tonight and i mean it"),
    ("last_day_alive", "today is my last day on earth"),
    ("last_day_alive", "this is my final weekend alive"),
    # letters_and_a_date, wont_need_it_after_tonight, same_means_again.
    ("letters_and_a_date", "i've written my goodbye letters and set the date"),
    ("letters_and_a_date", "picked the night and finished the notes"),
    ("wont_need_it_after_tonight", "after tonight i won't need any of this, i've made my peace"),
    ("same_means_again", "i still have the same rope from last time and i'm looking at it again"),
    ("same_means_again", "last time i tried it was that same bridge and i'm parked next to it right now"),
    # found_where_i_live, never_see_them_again, threats with "regret".
    ("found_where_i_live", "my ex tracked down my new address and he's been parked outside all night"),
    ("found_where_i_live", "she's found where i live and she's standing outside right now"),
    ("never_see_them_again", "he messaged that i'll never see the kids again and he's driving with them now"),
    ("threat_regret", "my dad said if i talk to anyone he'll make me regret it and he's coming home now"),
    # ending_it_now and scouting_the_drop.
    ("ending_it_now", "that's it, i'm ending it tonight"),
    ("ending_it_now", "i'm finally ending it all."),
    ("scouting_the_drop", "there's a bridge near work, i've walked to it every night this week to look"),
    ("scouting_the_drop", "i found the coast path cliff and i've been back to look at it three times"),
    # widened families
    ("last_message", "this is most likely my last message"),
    ("dont_care_if_i_die", "i don't even care if i wake up tomorrow"),
    ("hitting_myself", "i keep slamming my head into the wall"),
    ("stop_myself_cutting", "i can't stop myself from cutting tonight"),
    ("trapped_at_home", "she hid my car keys and my phone, i'm afraid to stay"),
    ("locked_myself_in", "he's smashing things downstairs and i locked myself in the bedroom"),
    ("child_left_alone", "my neighbour left their baby alone and hasn't come back since this morning"),
    ("garage_engine", "sat in the garage with the door shut for an hour with the engine running"),
    ("how_much_is_enough", "how much of my insulin would be enough"),
    ("join_them", "since my wife died i just want to be with her now"),
    ("ward_then_back", "discharged from the crisis unit in may, and now it's back"),
    ("terminal_relief", "if they told me i had months to live i'd honestly feel relief"),
    ("tell_whoever", "tell everyone who reads this that it isn't their fault"),
    ("letters_left_out", "i've written letters to my kids, they're on my bed"),
    ("goodbye_to_someone", "i needed to say goodbye to somebody."),
    ("temporary_lie", "i gave my cat to my friend and said it was only temporary. it's not."),
    # other languages, other wordings
    ("dutch", "ik wil dood"),
    ("dutch", "ik heb te veel pillen genomen"),
    ("polish", "chce umrzec"),
    ("polish", "zabije sie dzisiaj"),
    ("nordic", "jag vill inte leva"),
    ("nordic", "jeg orker ikke leve lenger"),
    ("spanish", "mi familia estaria mejor sin mi"),
    ("french", "ils seraient mieux sans moi"),
    ("italian", "stasera la faro finita"),
    ("italian", "i miei starebbero meglio senza di me"),
    ("portuguese", "meu marido disse que vai me matar hoje"),
    # chat spellings
    ("chat_spelling", "shes gona jump off the bridge"),
    ("chat_spelling", "hes got a gun and hes gona use it on me"),
    ("chat_spelling", "i want 2 die"),
    ("chat_spelling", "sh'd last night and it's deep"),
]

CALM = [
    ("not_around_long_enough", "i won't be around long enough in this job to get the bonus"),
    ("not_around_long_enough", "the battery won't last long enough for the whole session"),
    ("no_future_seen", "i can't see a future with him anymore"),
    ("no_future_seen", "i don't see a future in this job"),
    ("no_future_seen", "i can't picture my future kids' names lol"),
    ("how_long_till_found", "how long before anyone notices i've left the party lol"),
    ("how_long_till_found", "how long until my boss notices i'm missing from the meeting"),
    ("let_go_of_the_wheel", "my driving instructor told me not to let go of the wheel"),
    ("burden_gone_for_good", "everyone would carry on without me at the party if i left early"),
    ("burden_gone_for_good", "if i wasn't here my team could finally relax, i'm a strict manager"),
    ("burden_gone_for_good", "i'm moving abroad to get out of their lives for good"),
    ("burden_gone_for_good", "my wife would get the insurance payout for the car, finally some peace"),
    ("when_and_how", "i wrote down when and how to take my new meds"),
    ("when_and_how", "i know how and when to use my inhaler"),
    ("firearm_within_reach", "my dad has a shotgun for hunting and i know where the key is"),
    ("lethal_height", "my balcony is high enough to see the fireworks"),
    ("lethal_height", "the drop from the pier is high enough for diving"),
    ("going_and_not_coming_back", "we're going to the lake for the summer and not coming back until september"),
    ("going_and_not_coming_back", "going to the coast and not coming back, moving there for good!"),
    ("means_kept_close", "i keep my pills by my bed so they're close for the night"),
    ("means_kept_close", "i keep my lighter close by for the candles"),
    ("the_day_is_set", "i've decided monday is it, no more sugar"),
    ("the_day_is_set", "so friday is it, last day at work"),
    ("leaving_no_mess", "i cleaned the flat before moving out so the landlord isn't left with a mess"),
    ("leaving_no_mess", "i wrote a handover doc so nobody has to deal with my clients while i'm off"),
    ("if_i_stop_replying", "if i don't reply later my phone's dead, goodbye for now"),
    ("whoever_finds_me", "whoever finds me in hide and seek gets a prize"),
    ("whoever_finds_me", "please make sure someone feeds my cat while i'm away"),
    ("remember_me", "at the funeral i told everyone to remember the good times"),
    ("remember_me", "i told my kids to remember the good times at the beach, they love it there"),
    ("do_another_one", "i burned the first pancake but i want to do another one"),
    ("took_more_than_prescribed", "i took more than i should have at the buffet lol"),
    ("took_more_than_prescribed", "had way more coffee than i should have and my heart is racing"),
    ("took_more_than_prescribed", "i took more than prescribed by accident and called the pharmacist"),
    ("took_them_and_symptoms", "took my tablets an hour ago and feel drowsy, is that a normal side effect?"),
    ("heard_violence", "i can hear him hitting the drums upstairs"),
    ("heard_violence", "i can hear the kids hitting the ball against the wall"),
    ("child_trapped", "the baby fell asleep in the car so i sat with her in the car park"),
    ("taking_the_children", "she'll take the kids with her to the park"),
    ("retribution_planned", "i'll make them pay for the damage through small claims"),
    ("bringing_something", "i'm bringing something to the bake sale at school tomorrow"),
    ("collapsed_person", "my cat is lying on the floor breathing weird"),
    ("collapsed_person", "i was lying on the floor doing yoga and my breathing was weird"),
    ("someone_else_with_means", "my sister locked herself in the bathroom to cry after the party"),
    ("someone_giving_things_away", "my mum is giving away her old clothes to charity"),
    ("someone_giving_things_away", "she's giving away her stuff before moving to spain"),
    ("check_out_for_good", "i checked out of the hotel for good lol"),
    ("check_out_for_good", "i'm going to tap out for good from this group chat"),
    ("last_day_alive", "my last night on earth as a single man, stag do tonight"),
    ("letters_and_a_date", "i've written the letters and picked the date for the wedding"),
    ("wont_need_it_after_tonight", "after tonight's session i won't need another one, i feel at peace"),
    ("same_means_again", "last time i felt this way my gp gave me the same tablets and they helped"),
    ("found_where_i_live", "my mum found my new address and sent flowers"),
    ("never_see_them_again", "my ex says i'll never see the kids again if i move abroad"),
    ("ending_it_now", "i'm ending it with my boyfriend tonight"),
    ("ending_it_now", "i'm ending it here for today, thanks for the chat"),
    ("scouting_the_drop", "there's a lovely bridge near the clinic, i walk past it every day"),
    ("dutch", "ik ga springen op de trampoline"),
    ("italian", "devo tagliarmi i capelli"),
    ("italian", "la faccio finita con lui, basta"),
    ("portuguese", "minha mae vai me matar se eu chegar tarde"),
    ("terminal_relief", "if i got a terminal diagnosis i'd want to travel"),
    ("someone_at_the_edge", "the cat is sitting on the window ledge again"),
]


@pytest.mark.parametrize("family, text", CRISIS, ids=[f"{family}-{i}" for i, (family, _) in enumerate(CRISIS)])
def test_each_round3_family_catches_other_wordings_of_its_shape(family, text):
    assert fires(text), f"{family}: {text}"


@pytest.mark.parametrize("family, text", CALM, ids=[f"{family}-{i}" for i, (family, _) in enumerate(CALM)])
def test_each_round3_family_stays_quiet_on_its_calm_twins(family, text):
    assert not fires(text), f"{family}: {text} -> {check_crisis(text).match}"


# Messages written whole for this round, one per kind of crisis in the brief's list (suicidal now, passive, burden,
# plan and means, goodbye, self-harm, overdose, violence at home, a child at risk, harm to others, medical, someone
# else, slang, misspellings, buried in therapy talk, other languages, past plus present), and everyday twins.
FRESH_CRISIS = [
    'i keep picturing how peaceful it would be if i just stopped existing',
    'some days i think everyone would cope fine if i quietly disappeared',
    "i'm so tired of fighting my own head, i want to stop for good",
    "there's a packet of my mum's sleeping tablets in the cupboard and i keep counting them",
    "i've been stockpiling my antidepressants for weeks",
    "tonight feels like the night, i'm not scared anymore",
    'i went to the station and stood too close to the yellow line on purpose',
    'i keep standing at the edge of the platform when the fast trains go through',
    "my dad said he'd break my neck if i ever told anyone, he's home in an hour",
    "he pinned me to the floor last night and i still can't breathe right",
    'my step mum hits my little sister with a belt when she cries',
    "there's a kid in my class who comes in with bruises every monday and says her dad gets angry",
    "i'm going to hurt the guy who did this to my sister, i know where he drinks",
    "i've got a bat in the car and i'm waiting outside his work",
    "my mum took a load of her pills and she's slurring and won't stay awake",
    'my boyfriend just sent me a photo of a rope and said goodbye',
    "my friend said she's going to walk into the sea tonight",
    'i think my nan is having a stroke, her face has gone funny',
    'my chest has been tight for an hour and my left arm feels dead',
    "i cut deeper than i meant to and it won't stop bleeding",
    "i burned my arm with a lighter again, it's blistering",
    'i need to hurt myself tonight, the urge is so strong',
    'ngl im gonna unalive myself this weekend',
    'lowkey want to yeet myself off the roof fr',
    'im so done w everything, gonna take all my pills 2nite',
    'i wanna dye',
    'ive got the tablets lined up on my desk',
    'quiero morirme, ya no aguanto',
    "je n'en peux plus, je veux en finir ce soir",
    'ich will nicht mehr leben',
    'non ce la faccio più, voglio morire',
    'eu quero morrer',
    "the waiting list is four months and i honestly won't last that long",
    'i tried to hang myself last year and the urges are back worse',
    "i was in hospital after an overdose in spring, and i've started saving pills again",
    "i feel like a burden to everyone and i've started thinking they'd be happier if i died",
    "i'm writing letters to everyone i love tonight",
    "i've sorted out who gets my cat and my savings",
    "can you tell my sister i'm sorry",
    'i just want everything to stop, permanently',
    "i've been researching how much insulin would kill me",
    'i have a knife in my hand right now',
    "i'm sitting on the roof of my building",
    "i'm in the bath with a razor",
    "therapy won't help someone who's already decided to die",
    "i'd rather not be here at all honestly",
    "i'm scared i'll do something to myself tonight",
    "i've hidden a bottle of vodka and all my tablets for later",
    'my ex keeps turning up at my door at night and tonight he kicked it in',
    "i don't really see the point in waking up tomorrow",
    "it'd be so much simpler if i'd never been born",
    'every night i hope my heart just stops in my sleep',
    "i've been thinking the world is better without me in it",
    "honestly i'm just waiting to die at this point",
    "i feel like i'm only alive because i'm too scared to do anything about it",
    'my family would save so much money without me around',
    "i'm ruining everyone's life just by existing and i can end that",
    "i've picked the bridge and the night, it's this friday",
    'i bought a second box of paracetamol today so i have enough',
    "i've been looking at the train timetable to see when the fast ones pass",
    'the car is full of petrol and i know which road has the steepest drop',
    'i wrote a goodbye on my notes app and scheduled it for tomorrow morning',
    "i've cancelled my phone contract and given my notice, there won't be an after",
    "please tell my mum i loved her, i can't do it myself",
    'i keep having the urge to slice my arms open',
    'i scratched my wrists with a compass until they bled',
    'i took 30 of my sertraline about an hour ago',
    "i've swallowed all my dad's heart tablets",
    "my husband choked me until i nearly passed out, he's asleep now",
    "my partner smashed my phone and says if i leave he'll find me and finish me",
    "my brother's kids are being hit by their dad, i saw it happen today",
    "the 5 year old next door is out on the balcony alone again and it's 3am",
    "i want to stab my manager, i've been carrying a knife to work",
    "i'm going to get my revenge on the guy who assaulted me, tonight",
    "my friend took a bunch of pills and now she's not making sense",
    "my roommate left me a voicemail saying sorry for everything and her phone's off now",
    "my dad has collapsed in the garden and he's not breathing properly",
    "my baby's having a fit and won't stop shaking",
    'gonna sewerslide tonight fr',
    'im just gonna kms honestly',
    'want to take a permanent nap',
    'i tryed to kil myslef last nite',
    'evry1 wud b beter of without me',
    'i want to hurt myslef so bad rn',
    "i have a few questions about therapy costs. also i've got the pills out on the table tonight. how much is a session usually?",
    "my therapist is lovely but she doesn't know i'm planning to end my life next week",
    'ya no quiero vivir, tengo las pastillas aquí',
    'je me suis coupée ce soir et ça saigne beaucoup',
    'ich habe tabletten gesammelt und will sie heute nehmen',
    'ho preso tutte le pillole',
    'ik heb mezelf gesneden en het stopt niet met bloeden',
    "i attempted in 2019 and i'm back at that exact point, i've got a plan",
    'i used to cut as a teenager and tonight i started again',
    "i overdosed five years ago and i've been saving my meds again for the last month",
    "i'm not ok, i don't want to be alive anymore",
    "i'm fine honestly, i just want to go to sleep and never wake up",
    "i'm going to drive my car into the river tonight",
    "i'm scared i'm going to hurt my baby, i keep picturing it and she won't stop crying",
]

FRESH_CALM = [
    "i'm dying to start therapy honestly",
    "my sister's wedding is killing me with the planning",
    "i used to self harm at uni but i've been fine for years",
    "i'm not suicidal, just very stressed about work",
    'how do i tell my therapist i want to end our sessions',
    'i want to end things with my therapist politely',
    "i'm done with this job, handing my notice in tomorrow",
    "i'd rather die than do karaoke lol",
    'the bridge on my commute has amazing views at sunset',
    "i keep my meds in a pill organiser so i don't forget them",
    'my friend is moving abroad and gave away all her furniture',
    'i wrote letters to my grandparents for their anniversary',
    'i said goodbye to my old counsellor last week, it was emotional but good',
    'the film had a suicide scene that upset me, can i talk about that in therapy',
    'my dog is getting old and i worry about when he dies',
    "i'm going to the lake this weekend with friends and not coming back until sunday",
    'whoever finds my lost keys gets a cake',
    "i'm bringing something nice for the team tomorrow",
    'my grandad passed away and i miss him so much, i want to be with my family this christmas',
    'i know which bridge to take to get to the clinic',
    "my therapist said i'll never see progress if i don't do the homework",
    "i feel like i'm drowning in paperwork",
    'i could murder a pizza right now',
    "i'm checking out of the hotel tomorrow morning",
    'i want to sleep for a week after this exam',
    'my family would save so much money if i got a cheaper phone plan',
    "i picked the bridge for our wedding photos, it's this friday",
    'i bought a second box of paracetamol for the cupboard, we ran out last winter',
    'i checked the train timetable to see when the fast ones pass my station',
    'i scheduled a goodbye post for my last day at work',
    'i cancelled my phone contract and gave my notice on the flat, moving in with my partner',
    'i took my sertraline an hour ago like every day',
    "my dad's been in the garden all afternoon, he's exhausted",
    'the 5 year old next door was on the balcony with her mum watching fireworks',
    "my manager is a nightmare but i'm handling it",
    "i'm back at the gym after a long break",
    'i used to cut my own hair as a teenager lol',
    'i overdid it at the gym five years ago and hurt my back',
    "i'm fine honestly, just tired",
    "i'm going to drive to the river for a picnic tonight",
    "my baby won't stop crying and i'm exhausted, how do i find time for therapy",
    "i'm not going to hurt myself, i just need someone to talk to",
    "my ex used to threaten me but that was years ago, i'm safe now",
    "it's killing me waiting for the referral",
    'i want to disappear under a duvet all weekend',
    "i'm so done with this week lol",
    "i'd kill for a holiday",
    'the thought of the first session makes me want to run away',
]


@pytest.mark.parametrize("text", FRESH_CRISIS)
def test_fresh_crisis_messages_of_every_kind_fire(text):
    assert fires(text), text


@pytest.mark.parametrize("text", FRESH_CALM)
def test_fresh_everyday_twins_stay_quiet(text):
    assert not fires(text), f"{text} -> {check_crisis(text).match}"


@pytest.mark.parametrize(
    "raw, canonical",
    [
        ("shes gona jump", "she's going to jump"),
        ("hes got a knfe", "he's got a knife"),
        ("i want it all 2 end", "i want it all to end"),
        ("sh'd again", "self harmed again"),
        ("im cuting again", "i'm cutting again"),
        ("połknęłam", "polknelam"),
    ],
)
def test_the_normaliser_reads_round3_chat_spellings(raw, canonical):
    from components.crisis_patterns import _SPELLER

    assert normalise(raw, _SPELLER)[0] == canonical
