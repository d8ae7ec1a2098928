"""Every wording check, on sentences written the way people type them: lowercase, no apostrophes, rambling."""
from __future__ import annotations

import re

import pytest

from actions.rehearsal import EXAMPLES
from actions.wording_checks import (
    MAX_SUGGESTIONS,
    SITUATIONS,
    asks_for_referral,
    blames,
    has_concrete_ask,
    is_i_statement,
    length_issue,
    names_the_point,
    point_is_buried,
    review,
)

RAMBLE = (
    "so basically last week we were talking about my mum and then it went onto my job and i kind of lost track "
    "of what i wanted to say and then at the end you said something about time being up and i just left and "
    "since then i keep going over it in my head and i dont really know if its a big deal or if im making it "
    "into one, i think maybe its fine but also it isnt, anyway thats where im at with it all honestly"
)


@pytest.mark.parametrize(("situation", "text"), [
    ("need", "i need us to go slower when we talk about my dad"),
    ("need", "Id like more structure, like homework or a plan"),
    ("need", "im not ready to talk about the accident yet"),
    ("need", "can we slow down a bit, its too fast for me"),
    ("rupture", "when you said i was overreacting i felt really dismissed"),
    ("rupture", "something from last session didnt sit right with me"),
    ("rupture", "i disagree with what you said about my sister"),
    ("ending", "ive decided to stop after this session"),
    ("ending", "I think I need a different therapist, could you refer me to someone"),
    ("ending", "i wont be continuing after this month"),
    ("ending", "i dont think were the right fit"),
])
def test_the_need_the_hurt_or_the_decision_is_named(situation, text):
    assert names_the_point(text, situation)


@pytest.mark.parametrize(("situation", "text"), [
    ("need", "there's something i wanted to mention i guess"),
    ("need", "um so. about the sessions"),
    ("rupture", "can we talk"),
    ("rupture", "i wanted to bring something up with you today if thats alright"),
    ("ending", "i have been thinking about things lately"),
    ("ending", "so about our sessions going forward..."),
])
def test_hints_that_never_say_it_are_not_named(situation, text):
    assert not names_the_point(text, situation)


@pytest.mark.parametrize("text", [
    "i need us to slow down",
    "I felt brushed off last time",
    "im not ready for that yet",
    "To be honest I'd like to stop",
    "last week, when you said that, i was hurt",
])
def test_speaking_from_i_is_recognised(text):
    assert is_i_statement(text)


@pytest.mark.parametrize("text", [
    "you never listen to me",
    "This isn't working.",
    "the homework is pointless",
    "Itinerary and ice cream",  # words that merely start with "i" are not an "I"
])
def test_sentences_without_an_i_are_not_i_statements(text):
    assert not is_i_statement(text)


@pytest.mark.parametrize(("situation", "text"), [
    ("need", "could you check in with me if i go quiet"),
    ("need", "i need to go slower. is that ok?"),
    ("rupture", "can we talk about what happened"),
    ("rupture", "id like us to go back to what you said last week"),
    ("ending", "this will be our last session"),
    ("ending", "please cancel my next appointment"),
    ("ending", "do you know a colleague who does more practical stuff"),
])
def test_a_concrete_ask_or_next_step_is_recognised(situation, text):
    assert has_concrete_ask(text, situation)


@pytest.mark.parametrize(("situation", "text"), [
    ("need", "i need to go slower"),
    ("rupture", "i felt hurt when you laughed"),
    ("ending", "ive decided to stop"),
])
def test_a_statement_with_nothing_asked_has_no_concrete_ask(situation, text):
    assert not has_concrete_ask(text, situation)


@pytest.mark.parametrize("text", [
    "sorry sorry i know this is silly but maybe we could go slower",
    "im so sorry, i dont mean to be difficult, but i need a break",
    "i guess maybe i kind of need things to be a bit slower? idk",
    "this is probably stupid and sorry for bringing it up but i felt hurt",
])
def test_apologies_and_hedges_that_bury_the_point(text):
    assert point_is_buried(text)


@pytest.mark.parametrize("text", [
    "sorry, this is hard to say: i need us to slow down",  # one apology is human
    "maybe we could try something different?",
    "i need us to go slower with family stuff",
])
def test_one_softener_does_not_bury_anything(text):
    assert not point_is_buried(text)


@pytest.mark.parametrize("text", [
    "you never listen to a word i say",
    "You ALWAYS change the subject",
    "you dont even care about me",
    "youre useless at this honestly",
    "its your fault i feel worse",
    "you keep interrupting me",
])
def test_sweeping_blame_is_noticed(text):
    assert blames(text)


@pytest.mark.parametrize("text", [
    "when you changed the subject i felt brushed off",
    "you said something last week that stayed with me",
    "i felt like you werent hearing me",
])
def test_describing_one_moment_is_not_blame(text):
    assert not blames(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("stop", "short"),
    ("i want to stop", "short"),
    ("i want to stop coming here after today", None),
    (RAMBLE, "long"),
])
def test_length(text, expected):
    assert length_issue(text) == expected


def test_feedback_changes_with_the_wording():
    first = review("sorry sorry i guess maybe we could kind of go slower? idk", "need")
    second = review("I need us to go slower with family stuff. Could you check in with me if I go quiet?", "need")
    assert "buried" in first.suggestion_checks
    assert second.suggestion_checks == ()
    assert first.suggestions != second.suggestions


@pytest.mark.parametrize("text", [
    "you never listen",
    RAMBLE,
    "sorry sorry sorry i guess maybe its nothing",
    "ok",
    "I need us to go slower with family stuff. Could you check in with me if I go quiet?",
])
@pytest.mark.parametrize("situation", SITUATIONS)
def test_feedback_leads_with_what_works_and_never_scores(text, situation):
    result = review(text, situation)
    assert 1 <= len(result.works) <= 2
    assert len(result.suggestions) <= MAX_SUGGESTIONS
    for said in (*result.works, *result.suggestions):
        assert not re.search(r"\d|score|grade|rating|out of|fail|wrong", said, re.IGNORECASE), said


@pytest.mark.parametrize("situation", SITUATIONS)
def test_every_example_phrasing_passes_every_check(situation):
    for example in EXAMPLES[situation]:
        assert review(example, situation).suggestions == (), example


def test_a_hint_is_not_praised_as_direct():
    result = review("so ive been thinking about things lately and sorry, this is hard to say", "ending")
    assert not any("direct" in said for said in result.works)
    assert result.suggestion_checks[0] == "named"


def test_blame_in_a_rupture_gets_one_suggestion_about_it_not_two():
    result = review("you never listen to me, you always just change the subject", "rupture")
    assert result.suggestion_checks[0] == "blame"
    assert "named" not in result.suggestion_checks


@pytest.mark.parametrize(("text", "expected"), [
    ("could you refer me to someone who does emdr", True),
    ("do you know a colleague who works with grief", True),
    ("can you recommend another therapist", True),
    ("ive decided to stop after today", False),
    ("i felt hurt when you said that", False),
])
def test_asking_for_a_referral_is_recognised(text, expected):
    assert asks_for_referral(text) is expected
