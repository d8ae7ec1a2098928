"""False alarms on calm messages an outside writer might send, by general shape, and their crisis twins.

Shapes: a crisis topic named only as past history ("a past attempt", "it stopped years ago", "i'm ok now"),
or as a subject of media, study, work or curiosity; an explicit "i'm not suicidal"; leaving a place, not
life; a prescribed treatment's time to work; a laughed-off "makes me want to die"; a song lyric; "not
literally"; a screening question asked and answered. Every example was written for this file.
"""
from __future__ import annotations

import pytest

from components.crisis_patterns import check_crisis
from tests.crisis import fires

CALM = [
    # past history, named and placed in the past
    "i had a suicide attempt in my teens, it's not something i struggle with now",
    "my history of self harm is long behind me, how do i mention it at intake",
    "should i tell a new counsellor about a previous suicide attempt from a decade ago",
    "the self harm stopped years ago but i'd like to understand why it started",
    "i had suicidal thoughts last year for a while, they've passed and i'm fine now",
    "i went through a dark patch in march, rang a crisis line once, i'm doing well now",
    "is it normal to feel shame about past self harm even when it's all in the past",
    "what therapy suits someone whose suicidal thoughts are now well managed",
    "will my counsellor have to tell anyone if i mention i used to self harm",
    "does a therapist have to report it if i say i was suicidal as a teenager",
    "my brother is three years into recovery from self harm, how can i support him",
    # in general, in media, in study or at work
    "we read a novel in class where a girl self harms, and i want to write my essay on it",
    "is the ending of that film about suicide or just ambiguous",
    "for a psychology presentation, how common is self harm among teenagers",
    "i'm studying nursing, what are the warning signs of suicide in older men",
    "what's the difference between self harm and suicidal behaviour, asking for a course",
    "our book club picked a memoir about an abusive home, any tips for discussing it kindly",
    "watched a documentary about suicide prevention on bridges, do the nets work",
    "how do suicide hotlines actually work, who is on the other end",
    "i volunteer on a helpline and want to talk about my own stress from it",
    # explicit denial
    "please don't give me a hotline, i'm not suicidal, i just want to talk about my job",
    # leaving a place
    "moving abroad next month and saying goodbye to everyone, can i keep seeing my therapist online",
    "we're relocating for my partner's work so it's goodbye forever to this city",
    # prescribed treatment
    "how long does it take for sertraline to kick in",
    "how long will it take for my new meds to start working",
    # hyperbole, lyrics, not literally
    "the hold music at the gp surgery makes me want to die lol",
    "my son keeps humming a song with the lyric i want to die young, is that a worry",
    "my flatmate used my good pan again, i'm going to kill him, not literally",
    # screening questions asked and answered
    "the nurse asked if i'm safe at home, i am, it just surprised me",
    "my gp asked do you ever think about suicide and i said no, is that standard",
    "i want to do it justice: a scene in my novel where a character self harms",
    # "going to do it" without a crisis "it"
    "my sister is going to do it tonight, she's finally proposing to her girlfriend",
    "my friend attempted years ago and she's doing great now, she's running a marathon tomorrow",
]

CRISIS = [
    # past history, but it is back
    "i tried 5 years ago and i'm thinking about it again",
    "my self harm stopped years ago but i started self harming again last week",
    "i had suicidal thoughts last year and they've come back",
    "i was fine now for a while but i'm suicidal tonight",
    "i used to self harm and i still self harm sometimes",
    "if i tell my therapist i'm suicidal will she have to report it",
    "should i tell my therapist i've been suicidal lately",
    # general frame, but about me now
    "i'm writing an essay on suicide and honestly i'm suicidal myself",
    "watched a film about suicide and now i can't stop thinking about killing myself",
    "i need a crisis line right now",
    "what's the number for a suicide hotline, i'm not safe",
    # denial that is not one
    "i'm not suicidal but i want to die",
    # leaving, but not a place
    "i'm moving out tonight, goodbye everyone, i won't be here tomorrow",
    "saying goodbye to everyone before i kill myself",
    # amounts, not treatment
    "how long does it take for a whole box of antidepressants to work",
    "how many sertraline would it take to die",
    # hyperbole twins
    "everything makes me want to die and i mean it",
    "i want to die young, i don't want to get old",
    "my roommate left dishes again and i'm going to kill her, i mean it, i've got a knife",
    # someone else now
    "my friend attempted last year and she's ok now, but she told me she's going to do it tonight",
    "he tried before and he's planning to try again this weekend",
    "i tried 2 years ago, i'm going to do it tonight",
    "my friend told me she's going to kill herself tonight",
    # screening answered yes
    "the nurse asked if i'm safe at home, i'm not safe there",
    "my gp asked are you thinking about suicide and i said yes",
    "i live in an abusive home and i'm scared",
    # a frame or a past, but the sentence uses the topic now
    "suicide is all i think about since i saw the news",
    "after that film, suicide feels like the only way out",
    "suicidal ideation is constant for me, what does research say",
    "i had a past attempt and suicide feels close",
    "i need the crisis line, i watched a show and it triggered me",
    "suicidal thoughts every night since last year",
    "i used to think about suicide and now i think about it all the time",
    "i had suicidal thoughts in my teens and they are back",
    "i read a novel about self harm and it made me want to do it",
    "for my class essay i'm writing about self harm because i do it every day",
    "self harm urges are bad since watching that show",
    "the self harm is getting out of hand, my class noticed",
    "i want to self harm after that film",
    "self harming to cope with my exams and my course",
    "my self harm is worse since the news",
    "my boyfriend is abusive and i watched a show about it",
    "domestic violence at home, the story is long",
    "suicidal since i read that book",
    "i read a book about suicide and i have been suicidal since",
    "i self harmed after the lecture",
    # a past marker, but it goes on now
    "suicidal since last year and it never stops",
    "suicidal since last year",
    "my past suicide attempt failed and i regret surviving",
    "the self harm stopped years ago but the urges are back",
]


@pytest.mark.parametrize("text", CALM)
def test_calm_shapes_do_not_fire(text: str) -> None:
    assert not fires(text), check_crisis(text)


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_twins_still_fire(text: str) -> None:
    assert fires(text)


# --- families for crises the detector missed, with calm neighbours -------------------------

MISSED_CRISIS = [
    "i can't see the point in being alive anymore",
    "i keep hoping something bad happens to me so it can all stop",
    "some days i wish the train crashes with me on it",
    "i don't plan on being around much longer",
    "i want to say thank you to my mum before i die this weekend",
    "the rope is in the garage and tonight could be the night",
    "i won't make it much longer, i've got pills saved",
    "heading to the cliffs now",
    "wrote my letters, just figuring out when",
    "i've given my cat to my neighbour, she doesn't know why",
    "wrote letters to my family and left them where they'll find them",
    "if anyone ever reads this i'm sorry",
    "please tell my wife it wasn't her fault",
    "this is the last time i'll talk to anyone",
    "i need to sh right now",
    "i relapsed and it's deep this time",
    "i've got the blade in my hand, please help",
    "i have pills in front of me and i'm scared of what i might do",
    "i burned my arm on purpose and it's bleeding",
    "my sister is cutting herself right now",
    "my friend says he's going to jump, he's on the bridge",
    "my son has been googling how to hang himself",
    "her last text was a goodbye and she isn't answering",
    "my stepdad is hitting my mum right now",
    "i'm hiding in my room, my dad is drunk and throwing things",
    "she hid my keys and i can't leave the flat",
    "he's drunk driving with the kids in the car",
    "there's a baby alone on the balcony above us",
    "if i tell the police he'll kill me",
    "i want to shoot up the office",
    "i keep imagining driving into a crowd",
    "i'm going to make him pay, i've planned it",
    "i think i'm having a stroke",
    "my throat is closing up, i think it's an allergic reaction",
    "took about 20 of my sleeping pills earlier and i feel dizzy",
    "a girl in my group chat says she's going to do it tonight and posted a goodbye",
]

MISSED_CALM = [
    "i can't see the point in being here at this job anymore",
    "i hope something good happens to me this year",
    "i don't plan on being around the office much longer, i've handed in my notice",
    "i want to visit japan before i die",
    "tonight could be the night i finally finish my thesis",
    "heading to the bridge club now",
    "we're going to the rooftop bar tonight for her birthday",
    "gave my dog to my parents while i'm travelling, he loves their garden",
    "i wrote letters to everyone at my wedding",
    "if my therapist reads this, i'm sorry i was late",
    "i told my sister it wasn't her fault the party got cancelled",
    "the last time i talked to anyone about this was years ago",
    "i used to sh but i've been free for five years",
    "i relapsed on smoking after three months",
    "i have a knife for cooking and i'm scared of burning the onions",
    "i cut my fringe short on purpose",
    "she's cutting onions right now and crying",
    "my brother is going to jump out of a plane for charity",
    "he's hitting the gym right now",
    "i'm hiding in the bathroom at the party because small talk scares me",
    "she took my phone to call a taxi",
    "he's going to shoot the wedding photos at the old school",
    "my dad made him pay for the broken window",
    "my gran had a stroke last year and is doing fine now",
    "my sugar is 5.2 this morning",
    "i took 10 minutes to calm down earlier",
]


@pytest.mark.parametrize("text", MISSED_CRISIS)
def test_missed_crisis_families_fire(text: str) -> None:
    assert fires(text)


@pytest.mark.parametrize("text", MISSED_CALM)
def test_missed_crisis_families_leave_calm_alone(text: str) -> None:
    assert not fires(text), check_crisis(text)
