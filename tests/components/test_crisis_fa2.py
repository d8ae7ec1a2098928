"""False alarms on calm messages an outside writer might send, by general shape, and their crisis twins.

Shapes: a crisis topic named only as past history ("a past attempt", "it stopped years ago", "i'm ok now"),
or as a subject of media, study, work or curiosity; an explicit "i'm not suicidal"; leaving a place, not
life; a prescribed treatment's time to work; a laughed-off "makes me want to die"; a song lyric; "not
literally"; a screening question asked and answered. Every example was written for this file.
"""
from __future__ import annotations

import pytest

from components.crisis_patterns import check_crisis


def fires(text: str) -> bool:
    return check_crisis(text).match is not None


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
]


@pytest.mark.parametrize("text", CALM)
def test_calm_shapes_do_not_fire(text: str) -> None:
    assert not fires(text), check_crisis(text)


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_twins_still_fire(text: str) -> None:
    assert fires(text)
