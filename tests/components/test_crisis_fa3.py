"""False alarms on calm messages an outside writer might send, third round: by general shape, with crisis twins.

Shapes: a past placed by age, date or life stage beside a clause saying the person is well now ("i'm 50 now",
"today i'm doing well"); a complaint scoped to a place ("no point living in this city", "sick of living in this
town", "nothing here for me, moving abroad"); pills or blades taken out of a container for a chore; a screening
question answered no and asked about again; a question about policy or procedure; a training, memoir or
translation; an abuser who is dead or jailed; OCD intrusive thoughts named and disowned; hyperbole about an everyday
event; a joke genre quoted; a craving ("if i don't get coffee someone is going to die"); a view from a bridge;
"not suicidal" in other languages; a general "if you say you're suicidal" question; rope for a job about the
house; a threat over a household annoyance; a story about someone; a living arrangement. Every twin keeps the shape and
adds a present risk. Every example was written for this file, none is from a development set.
"""
from __future__ import annotations

import pytest

from components.crisis_patterns import check_crisis
from tests.crisis import fires

CALM = [
    # a gadget or a plant that is about to die
    "my phone is about to die, can we pick this up later",
    "laptop's going to die on me mid session again",
    "battery about to die, will message the clinic tomorrow",
    "my car is about to die and the therapist is a 40 minute drive",
    # a past placed by age, date or life stage, and the person is well now
    "i made a plan to end my life in my early twenties, i'm 50 now",
    "when i was 16 i cut myself for about a year. i'm 34 now and haven't in almost two decades",
    "in my twenties i took an overdose after a breakup. i'm in my forties now and doing fine",
    "i attempted suicide in 2009. it shaped me but i'm in a good place now",
    "after my son was born i had thoughts of not wanting to be here. he's 8 now and i'm well",
    "during my first year of uni i wanted to die most days. i'm in my final year now and doing much better",
    "i had a suicide plan at 22, i got treatment and i've been stable for ten years",
    "i overdosed during my divorce, these days i'm in a good place, just want help with sleep",
    "a dark period where i thought about dying a lot, that was 2018, now i'm fine",
    "i thought about killing myself through a rough patch after my redundancy, i'm doing much better now",
    "at uni i tried to hang myself. i'm 38 now and happily married",
    "years ago i swallowed a load of pills and ended up in a&e. today i feel settled, i want help with my temper",
    # a complaint scoped to a place
    "i don't see the point in living in london",
    "honestly what's the point of living in a village with one bus a day",
    "no point in living in a city this expensive on one salary, we're looking further out",
    "i'm sick of living in this town, everyone knows everyone",
    "i'm so done with living in a houseshare, looking for my own place",
    "i'm done with life in the city, moving to the coast",
    "there's nothing left for me here, moving back home to my parents in the spring",
    "nothing for me here since the factory closed, we're relocating up north",
    # pills or blades out of a container for a chore
    "taking all my pills out of the dosette to clean it",
    "took all my tablets out of the blister packs to sort them into the new organiser",
    "getting my meds out of the cupboard to check the expiry dates",
    "took the blades out of my razor to change them",
    "got the razor blades out to throw them away, my son is crawling now",
    # a screening answer of no, and a question about the asking
    "the questionnaire asked about self harm, i put never. would the nurse still go over it at the appointment",
    "the intake survey asked whether i'd thought of hurting myself, i clicked no. do they still ask in person",
    # policy and procedure
    "what's the procedure if a client mentions suicide in the first session",
    "is there a policy about giving out crisis line numbers in group therapy",
    "do counsellors have guidelines on when to call emergency services, just want to know before i start",
    "if i mention i once had suicidal thoughts will my therapist have to tell my gp",
    "is it true you get sectioned if you say you're suicidal? i'm not, i'm just curious for a friend's sake",
    # trainings, memoirs, translations
    "we did a suicide first aid workshop at work, it made me think about booking therapy for my stress",
    "i'm reading a memoir about self harm for my book club and it's stirring up feelings",
    "translating a biography of a woman who fled domestic violence, it's heavy, should i get supervision",
    "the webinar on suicide prevention was great, it made me want to start therapy for my own anxiety",
    # the abuser is dead or jailed
    "i feel guilty that i'm relieved my abusive father is dead",
    "my violent stepdad died last month and i don't know how to grieve him",
    "at the funeral of my abusive grandad i felt nothing, is that normal",
    # OCD intrusive thoughts, named and disowned
    "i get these awful intrusive thoughts about stabbing my husband, they horrify me and i would never act on them",
    "intrusive thoughts about pushing my toddler down the stairs, my psychiatrist says it's ocd, i'd never act on them",
    # hyperbole about an everyday event
    "the queue at the post office was so slow i wanted to throw myself in front of a bus lol",
    "if i get one more reply all email today i'm going to jump out of the window",
    "the zoom call went on so long that i wanted to die",
    "i took the blame at work again, i always throw myself under the bus for my team",
    "this spreadsheet, i'm about to throw myself off the roof of the office",
    # a quoted joke genre
    "my friends' humour is all i want to die lol, it's a whole vibe",
    # a craving
    "if i don't get coffee in the next five minutes someone is going to die",
    # a view from a bridge
    "i stood on the bridge and took photos of the sunset, it was beautiful",
    "sat on the bridge with my lunch watching the boats go by",
    # not suicidal, in other languages
    "ik ben niet suïcidaal hoor, gewoon moe van alles",
    "jag är inte suicidal, bara trött på jobbet",
    "no creo que sea suicida, solo estoy cansada del trabajo",
    # rope for a job about the house
    "i'm putting up a washing line in the garden and need to buy rope, any idea how strong it needs to be",
    "bought some rope to tie the mattress onto the roof rack for the move",
    # a threat over a household annoyance
    "i'm going to strangle my flatmate if he leaves the hob on again",
    "my brother will murder me if i eat his leftovers again, he labels everything",
    # a screening question answered no in the next sentence
    "the psychiatrist asked if i'd ever tried to hurt myself. i haven't. why do they ask everyone that",
    "in the first session she asked about suicide, self harm, drugs, the lot. i said no to everything, is that usual",
    # a story about someone
    "reading a novel about a man who plans to kill himself, very moving, made me think about my dad",
    "the film is about a soldier who wants to kill his commanding officer, it was tense",
    # a living arrangement
    "i can't keep living with my parents, i'm 28, i need my own place",
    "i can't keep living in this flat, the mould is everywhere",
    # the past, marked by a number word, a school stage, "my twenties were", "used to", "back when", a new baby
    "when i was nineteen i took an overdose. now i'm 45 with three kids and honestly life is good",
    "i self harmed all through secondary school. i'm a teacher now and some of my students remind me of myself",
    "post natal depression after my first baby, i had thoughts of ending it. she's starting school now and i'm well",
    "back when i was drinking i used to think about dying all the time. six years sober and it's a different life",
    "my twenties were rough, i cut myself a lot. i'm 41 now and my scars don't bother me",
    "there was a time in my life when i wanted to die. i'm grateful i'm still here and i want to keep growing",
    "i used to want to die every day at my old job, quitting was the best thing i ever did",
    # travel, someone else's words at work, someone else's death, a last day at work, a break-up, dyed hair
    "tired of living out of a suitcase, this job has me travelling every week",
    "i'm a gp receptionist and a patient said they wanted to end it all on the phone, i handled it but it's stuck with me",
    "we studied sylvia plath in english and the teacher made a big deal about her suicide",
    "bye everyone, last day at this job, i'll miss you all",
    "my daughter said she wants to die her hair purple, kids these days",
    "ending it all with my ex tonight, wish me luck, it's been a long time coming",
    # denials: "zero thoughts", a denial after the match, someone else's reading denied, misspelled "not gonna"
    "zero thoughts of suicide, my issue is anger",
    "hurting myself has never been my thing, i overeat instead",
    "suicide has never crossed my mind but my mood has been low for months",
    "i'm worried my therapist thinks i'm suicidal because i cried a lot, i'm not",
    "im not gona kill myslef lol just tired of uni",
    # a lifetime's wait
    "i joke that i'll be dead before i pay off my student loan",
    # other languages: a negation that reaches across "i am thinking of", "i have thoughts"
    "nao estou pensando em me matar, so estou cansado",
    "no tengo pensamientos suicidas, solo ansiedad",
    # a packet out of a bag; a school year; a filler that is not the present
    "took a whole packet of paracetamol out of my son's school bag, kids are sneaky",
    "i self harmed in yr 9 but havent since, im 24",
    "ngl i thought about dying back in sixth form but im good now",
    # intrusive thoughts that have passed; a crisis topic seen at work
    "after my son was born i had scary thoughts about hurting him, the midwife said they were intrusive thoughts."
    " they've mostly gone but i want to understand them",
    "i work in a hospice and see a lot of grief and some suicide, i'm okay but i'm carrying more than i admit",
    "i'm a prison officer and deal with self harm most weeks, i'd like my own therapist for supervision",
    # born into a family; therapy has done its job
    "i wish i'd never been born in this family, honestly, they're a lot",
    "i'm ready to end it, therapy has done its job",
]


CRISIS = [
    # the same, and the person wants to die too
    "my phone is about to die and honestly i want to die too",
    "i'm about to die, i took all my pills",
    # the past, and it is back or planned now
    "i made a plan to end my life in my early twenties and i have a plan again now",
    "back in 2015 i had a plan to end my life and i have a plan now",
    "years ago i overdosed. today i'm doing well but tonight i want to die",
    "i overdosed during my divorce and i'm going to do it again",
    "i keep thinking about killing myself since my redundancy, i'm not fine now",
    "at uni i tried to hang myself. i'm 38 now and i want to try again",
    "during my first year of uni i wanted to die most days and i still want to die now",
    "when i was 16 i cut myself. i'm 34 now and i started cutting again last week",
    "i attempted suicide in 2009 and i'm planning to try again",
    "i'm doing much better now than last week but i still want to kill myself",
    # a place, or the world
    "there's no point in living in pain like this every day",
    "no point living in this world anymore",
    "i don't see the point in living in a world without her",
    "no point living in this house without him",
    "i see no reason to live in this body",
    "i'm sick of living in this body",
    "i'm tired of living in pain every day",
    "there's nothing for me here anymore",
    "nothing for me here, i'm going to move to a better place tonight",
    "nothing left for me here. goodbye",
    # pills or blades, to be used
    "taking all my pills out of the dosette to take them all tonight",
    "took all my tablets out of the packets and lined them up",
    "got the razor blades out and i'm going to use them",
    "took 30 tablets out of the box and swallowed them",
    # screening answered no, but not the truth
    "the questionnaire asked about hurting myself and i ticked no but i still do it",
    "the form asked about suicidal thoughts, i ticked no, but lately i do have them",
    # policy, procedure, trainings, but about me now
    "what's your policy, i need a crisis line right now",
    "i went to a suicide prevention training and now i'm suicidal myself",
    "i'm translating a memoir about self harm and i started self harming again",
    "is it true you get sectioned if you say you're suicidal? because i am",
    "if i mention i have suicidal thoughts will my therapist have to tell my gp",
    # an abuser alive and here
    "my abusive husband is dead drunk and hitting me",
    "my abusive ex is out of prison and he's outside my house",
    # intrusive thoughts that may be acted on
    "i have intrusive thoughts about hurting my kids and i'm scared i'll act on them",
    "intrusive thoughts about killing my son, i would never act on them, but tonight they feel different",
    "i get intrusive thoughts about hurting myself, they're just ocd. honestly though i want to die",
    # hyperbole that is meant, or now
    "work is so bad i want to die",
    "work has been hell and i want to throw myself under a bus, i mean it",
    "the meeting was so long i wanted to die and honestly i still want to die tonight",
    "traffic was so bad i wanted to drive off a cliff and i'm not joking, i think about it every day",
    "i'm going to throw myself under a bus tonight",
    # a joke that is not one
    "the jokes are just i want to die haha but honestly i do",
    "i want to die haha",
    # a bridge, and the drop
    "i stood on the bridge and took a photo to send my mum before i jump",
    "i'm standing on the bridge, it's beautiful up here and i want to jump",
    # other languages, not negated
    "ik ben suïcidaal",
    # rope, to hang
    "i bought rope for the garden but really it's to hang myself",
    "bought some rope today. tonight's the night",
    # threats that are meant, or about being hurt
    "i'm going to strangle my flatmate if he touches me again",
    "i'm going to kill him if he leaves the hob on again, i've got a knife ready",
    "if he hits my mum again i'm going to kill him",
    # a screening question, and the answer was not the truth
    "the psychiatrist asked if i'd ever tried to hurt myself. i lied. i do it every week",
    "the nurse asked if i've ever hurt myself. i have, last night",
    "she asked about suicide, self harm, drugs, i said yes to self harm",
    "she asked about drugs and self harm and i lied",
    "she asked about self harm. i self harm every day",
    # a story, and me too
    "reading a novel about a man who plans to kill himself and i'm planning the same",
    "my friend watched a film about a girl who wants to kill herself and now she says she's going to do it tonight",
    "i watched a show about a guy who hurt himself and i want to hurt myself too",
    # living with myself, or like this
    "i can't keep living with this guilt",
    "i can't keep living in this body",
    "i can't keep living with myself",
    "i can't keep living like this",
    # the past, and now again
    "when i was nineteen i took an overdose. i'm fine. i'm going to do it again tonight",
    "i self harmed all through secondary school and i've started again this week",
    "after my first baby i had thoughts of ending it. she's starting school now and the thoughts are back",
    "back when i was drinking i used to think about dying, now i think about it every day",
    "my twenties were rough, i cut myself a lot. i'm 41 now and i cut myself last night",
    "there was a time when i wanted to die. i'm grateful i'm still here but lately i want to die again",
    "i used to want to die every day at my old job and i still want to die",
    "when i was 15 i tried to kill myself and i'm going to try again",
    "i'm 45 now and i want to kill myself",
    # someone else's words, and mine; a plan of someone else's now; a last day that is a farewell
    "a client said she wanted to end it all and honestly i do too",
    "a patient told me he wants to kill himself tonight, what do i do",
    "my sister told me about her suicide plan tonight",
    "last day at work, goodbye everyone, i won't be here tomorrow",
    "ending it all with my ex's pills tonight",
    "ending it all tonight",
    "i'm tired of living out of a suitcase and tired of living full stop",
    # denials that are not
    "suicide has never been so tempting",
    "killing myself has never felt so right",
    "suicide has never been far from my mind",
    "self harm isn't something i can stop",
    "my therapist thinks i'm suicidal and she's right",
    "my therapist thinks i'm suicidal, i'm not sure she's wrong",
    "my mum thinks i'm suicidal but i'm not going to tell her the truth, i am",
    "im gona kill myself tonight",
    # a wait that is not a lifetime
    "i'll be dead before my first appointment",
    "i'll be dead before the waiting list gets to me",
    "i'll be dead before i pay off my loan, i've got the pills ready",
    # shapes mixed with a present risk
    "in 2018 i overdosed, today i'm not okay and i've been saving my pills",
    "years ago i tried to hang myself. i'm doing well at work but i'm thinking about it again",
    "i had a plan to end my life in my twenties. i'm fine now except i have the same plan for friday",
    "back in 2015 i overdosed. i'm okay now, but i bought paracetamol today to do it properly",
    "my last therapist helped me through a dark period where i wanted to die. now i'm in another one and i want to die",
    "i'm sick of living in this town and i'm sick of living, full stop, i want it over",
    "i don't see the point in living in london or living at all",
    "nothing for me here, moving abroad was supposed to fix it but i just want to die",
    "that meeting was awful and i want to kill myself, seriously",
    "traffic was so bad i wanted to drive off a cliff, and honestly i still want to",
    "my ocd is bad and i've been thinking about killing myself every day",
    "my abusive ex is dead but my husband is abusive and i'm scared tonight",
    "the questionnaire asked if i've hurt myself and i said no but i did last night",
    "is it true they section you if you're suicidal? asking because i have a plan",
    "i stood on the bridge watching the sunset and thought about jumping",
    "i took all my pills out of the dosette and swallowed them",
    "i'm 50 now and i've decided to end my life",
    # other languages, not negated
    "no aguanto mas quiero morir",
    "no se que hacer, quiero morir",
    "nao aguento mais, quero morrer",
    "no estoy bien y quiero morir",
    # a packet swallowed; a school year, and still
    "took a whole packet of paracetamol out of the drawer and swallowed it",
    "i self harmed in yr 9 and i'm doing it again",
    "in sixth form i wanted to die and i still do",
    "when i was 15 i wanted to die and i still do",
    "when i was 15 i cut myself and i still do sometimes",
    # intrusive thoughts back; a crisis topic at work that is mine
    "my intrusive thoughts about hurting her had gone but they're back and i'm scared i'll act on them",
    "i have intrusive thoughts about hurting my baby, they've mostly gone, but now i want to hurt her",
    "i'm a nurse. had suicidal thoughts all day on my shift",
    "i work in a prison, had self harm urges all week",
    "i'm a nurse and i self harm after every shift",
    # born at all; ending it after therapy
    "i wish i'd never been born into this world",
    "i wish i'd never been born in this body",
    "therapy has done its job but i'm ready to end it, i've got the pills",
    "therapy has done its job, i'm going to end it tonight",
    "therapy isn't working, i'm going to end it tonight",
]


@pytest.mark.parametrize("text", CALM)
def test_calm_shapes_do_not_fire(text: str) -> None:
    assert not fires(text), check_crisis(text)


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_twins_still_fire(text: str) -> None:
    assert fires(text)
