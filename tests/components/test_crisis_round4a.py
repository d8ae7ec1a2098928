"""The pattern detector on the shapes added in round 4a: for each family, crisis wordings other than the
development-set messages that showed the family missing, and calm twins (idioms, negations, the past, ordinary
errands, ending therapy, everyday objects) that must stay quiet.

Every example here was written for this file; none comes from data/nlu, the corpus or a development set.
"""
from __future__ import annotations

import pytest

from components.crisis_patterns import check_crisis
from tests.crisis import fires

CRISIS = [
    # r4a_wish_for_an_accident
    ("wish_for_an_accident", "i keep praying the train crashes with me on it"),
    ("wish_for_an_accident", "half hoping a lorry hits me on the walk to work"),
    ("wish_for_an_accident", "if a van came at me i wouldn't bother to step out of the way"),
    ("wish_for_an_accident", "i just want to go to sleep and never wake up, every night now"),
    ("wish_for_an_accident", "honestly i can't picture myself still alive next spring"),
    ("wish_for_an_accident", "if they found something incurable i think i'd be relieved"),
    ("wish_for_an_accident", "so done. i want off this ride"),
    # r4a_done_fighting
    ("done_fighting", "i'm tired of fighting the urges, i don't think i can anymore"),
    ("done_fighting", "gave up resisting the thoughts tonight"),
    ("done_fighting", "i've worked out how i'd do it"),
    ("done_fighting", "running out of reasons to stay alive."),
    ("done_fighting", "i know this is my last christmas."),
    # r4a_absence_a_relief
    ("absence_a_relief", "my kids would be better off with no mum at all"),
    ("absence_a_relief", "honestly my family would be relieved."),
    ("absence_a_relief", "no point paying rent when i'm not planning to be around by summer"),
    ("absence_a_relief", "i don't intend to be alive after the court date"),
    ("absence_a_relief", "the life insurance would pay out and they'd be fine"),
    ("absence_a_relief", "if i wasn't around my dad could finally stop worrying"),
    ("absence_a_relief", "nobody at work would notice if i was gone"),
    # r4a_gun_in_hand
    ("gun_in_hand", "the rifle is loaded and leaning by the bed"),
    ("gun_in_hand", "i held the barrel against my head for a while last night"),
    ("gun_in_hand", "dad's revolver is under my pillow and i took the safety off"),
    # r4a_dose_worked_out
    ("dose_worked_out", "i've calculated the lethal dose, it's saved on my laptop"),
    ("dose_worked_out", "i know exactly what pills and how many"),
    ("dose_worked_out", "keep wondering what a whole bottle would do to me"),
    ("dose_worked_out", "googled how many sleeping pills it would take"),
    ("dose_worked_out", "bought them at separate chemists so no one would notice"),
    # r4a_gas_in_the_car
    ("gas_in_the_car", "there's a tube in the boot that fits the exhaust"),
    ("gas_in_the_car", "bought charcoal and sealed the bathroom window with tape"),
    # r4a_the_date_picked
    ("the_date_picked", "i've chosen the day. it's soon"),
    ("the_date_picked", "doing it tomorrow when everyone is out"),
    # r4a_drop_scouted
    ("drop_scouted", "stood on the platform edge longer than i should tonight"),
    ("drop_scouted", "the multi storey roof has no barrier, i went up at night to look"),
    ("drop_scouted", "i'm going to swim out past the rocks and not come back this time"),
    ("drop_scouted", "going for a long walk into the hills tonight, not coming back"),
    # r4a_affairs_settled
    ("affairs_settled", "left letters for my daughters next to my will"),
    ("affairs_settled", "rang my friends one by one to say thank you for everything"),
    ("affairs_settled", "found a new owner for my cat, the rest is sorted now"),
    ("affairs_settled", "wrote down my bank details for my brother and paid off the loan"),
    ("affairs_settled", "scheduled a message to send at noon. i'll be gone by then"),
    ("affairs_settled", "hugged my son this morning. he didn't know it was goodbye"),
    ("affairs_settled", "finished my note last night"),
    ("affairs_settled", "i keep almost going through with it"),
    ("affairs_settled", "waved off my neighbour this morning, he has no idea it was goodbye"),
    ("affairs_settled", "the pin numbers are in an envelope for my daughter and the dog's going to my cousin"),
    ("the_date_picked", "doing it on friday when no one's home"),
    ("absence_a_relief", "my son would be better off with no dad at all"),
    # r4a_harm_happening
    ("harm_happening", "i cut myself too deep and it's still bleeding"),
    ("harm_happening", "the razor is out and the urge is really strong"),
    ("harm_happening", "punched the bathroom door till my knuckles bled"),
    ("harm_happening", "pressed my hand against the iron on purpose"),
    # r4a_took_too_much
    ("took_too_much", "swallowed my antidepressants, way too many"),
    ("took_too_much", "took the methadone, probably more than i should"),
    ("took_too_much", "tablets. swallowed them. every one"),
    # r4a_slang_for_it
    ("slang_for_it", "ready for a nap, the forever kind"),
    ("slang_for_it", "feeling sui again today"),
    ("slang_for_it", "thinking of deleting myself this weekend"),
    # r4a_more_languages
    ("more_languages", "mi hermano dice que se quiere matar"),
    ("more_languages", "main marna chahta hoon"),
]

CALM = [
    # accidents, sleep, futures, diagnosis, wanting off
    ("wish_for_an_accident", "i hope the bus comes on time tomorrow"),
    ("wish_for_an_accident", "the cyclist didn't step out of the way and we collided, both fine"),
    ("wish_for_an_accident", "i want off the night shift rota"),
    ("wish_for_an_accident", "i can't picture myself existing in this role much longer, time to move on"),
    ("wish_for_an_accident", "i'm not hoping the car crashes, i'm just scared of driving"),
    # the fight, plans, last things
    ("done_fighting", "i'm done fighting my sister about the washing up"),
    ("done_fighting", "tonight is the night of the school concert"),
    ("done_fighting", "i decided this is my last week at the gym"),
    ("done_fighting", "running out of reasons not to quit my job"),
    # absence
    ("absence_a_relief", "everyone would be relieved if the exams were cancelled"),
    ("absence_a_relief", "i won't be around next week, i'm on holiday"),
    ("absence_a_relief", "i don't plan to be here forever, it's just a stepping stone job"),
    ("absence_a_relief", "my car insurance pays out for the windscreen"),
    ("absence_a_relief", "nobody would notice if i left the party early"),
    # means and plans
    ("gun_in_hand", "the nerf gun is loaded and ready for the kids' party"),
    ("gun_in_hand", "went to the range, the pistol was loaded by the instructor"),
    ("dose_worked_out", "the vet worked out the dose for the puppy, it's written down"),
    ("gas_in_the_car", "the mechanic replaced the exhaust pipe and a hose"),
    ("gas_in_the_car", "bought charcoal for the barbecue and tape for the boxes"),
    ("the_date_picked", "we picked a date for the wedding."),
    ("the_date_picked", "doing it this weekend when my wife is out, painting the hallway"),
    ("drop_scouted", "stood on the bridge to watch the sunset, longer than i should"),
    ("drop_scouted", "i'm going to stop seeing my counsellor and not come back in"),
    # goodbyes and arrangements
    ("affairs_settled", "wrote letters to my kids for their birthday, to open when they're 18, and gave them to my solicitor"),
    ("affairs_settled", "called my aunts one by one to say thank you for the birthday presents"),
    ("affairs_settled", "found a home for the kittens, everything is sorted"),
    ("affairs_settled", "cancelled my appointments and paid off the card before moving abroad"),
    ("affairs_settled", "wrote a note on the fridge for the milkman"),
    ("affairs_settled", "almost went through with it, the tattoo i mean, but chickened out"),
    # self-harm and overdose twins
    ("harm_happening", "just cut my fringe again, too short"),
    ("harm_happening", "i haven't cut again in two years"),
    ("harm_happening", "accidentally put my hand on the hob, it blistered"),
    ("harm_happening", "punched the bag till my knuckles bled, good session at boxing"),
    ("took_too_much", "had the chocolate, way too much"),
    ("took_too_much", "i took my tablets as usual, not too many"),
    # slang twins
    ("slang_for_it", "self deleting my instagram tonight"),
    ("slang_for_it", "the messages are self deleting, it's a setting"),
    ("slang_for_it", "taking a break from social media, the permanent kind"),
    ("more_languages", "no se quiere morir, solo está cansada"),
    # second probe: everyday sentences sharing each family's words
    ("absence_a_relief", "they'd be relieved honestly, the project finally shipped"),
    ("absence_a_relief", "i don't plan to be around at christmas, visiting my in-laws"),
    ("the_date_picked", "i picked a date."),
    ("wish_for_an_accident", "i don't see myself existing on this diet much longer"),
    ("affairs_settled", "i nearly went through with it, the divorce, but we made up"),
    ("affairs_settled", "scheduled an email to send tomorrow, by then the report will be done"),
    ("affairs_settled", "she didn't know it was goodbye, we moved the next day and never saw each other again"),
    ("harm_happening", "the blade is out on the mower, need to sharpen it"),
    ("gas_in_the_car", "charcoal and tape for my art class"),
    ("drop_scouted", "stood at the bridge longer than i should, the view was amazing"),
    ("affairs_settled", "i had no idea it was the last time i'd see my gran, she died that winter"),
    ("affairs_settled", "passwords are written down for my husband in case he needs the wifi"),
    ("the_date_picked", "doing it when the house is empty, the deep clean i mean"),
]


@pytest.mark.parametrize(("family", "text"), CRISIS)
def test_round4a_crisis_fires(family: str, text: str) -> None:
    assert fires(text), family


@pytest.mark.parametrize(("family", "text"), CALM)
def test_round4a_calm_twin_stays_quiet(family: str, text: str) -> None:
    assert not fires(text), (family, check_crisis(text))
