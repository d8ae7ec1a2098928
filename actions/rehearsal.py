"""Rehearsal mode: practise the hard sentence before saying it to a therapist.

Flow (rules in data/rules/rehearsal.yml): `rehearse` -> action_rehearsal_start ->
rehearsal_form asks which conversation (unless known) and for the attempt ->
action_rehearsal_feedback answers in role as a good therapist might, steps out of
the role with feedback from actions/wording_checks.py, and offers: try again,
see an example, finish (the last wording shown back to keep), leave.

Privacy: the attempt lives only in the `rehearsal_attempt` slot of the live
conversation and is cleared on finish, leave and every new start. It is never
logged and never written to the theme log; only the situation's theme is, the
way every journey records its theme. Replies are chosen by round number rather
than at random, so consecutive attempts get different wordings and a scripted
conversation (scripts/rehearsal_transcripts.py) always reads the same.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.settings import Settings
from actions.wording_checks import (
    SITUATIONS,
    TOO_SHORT_WORDS,
    Review,
    Situation,
    asks_for_referral,
    review,
    word_count,
)

logger = logging.getLogger(__name__)

ATTEMPT, SITUATION, STEP, ROUND = "rehearsal_attempt", "rehearsal_situation", "rehearsal_step", "rehearsal_round"

# Which conversation a journey's topic leads to practising.
SITUATION_FOR_INTENT: dict[str, Situation] = {
    "needs_general": "need", "needs_identity": "need", "needs_approach": "need", "needs_pace": "need",
    "needs_logistics": "need", "needs_first_session": "need", "start_note": "need",
    "needs_feedback": "rupture", "needs_rupture": "rupture", "ending_discomfort": "rupture",
    "ending_unsure_fit": "ending", "ending_red_flags": "ending", "ending_how_to_end": "ending",
    "ending_ghosting": "ending", "ending_referral": "ending",
}
# Recorded when a rehearsal gets feedback, unless the conversation already logged a theme of that kind.
SITUATION_THEME: dict[Situation, tuple[str, tuple[str, ...]]] = {
    "need": ("needs.general", ("needs.",)),
    "rupture": ("needs.rupture", ("needs.rupture", "needs.feedback")),
    "ending": ("ending.how_to_end", ("ending.",)),
}
# Typed while being asked for the attempt, a very short message of these kinds ("skip", "no not
# now", "bye") means "let me out". Longer ones are attempts: "you never listen to me" reads as
# `deny` to the classifier, but it is exactly the kind of sentence people come to practise.
EXIT_INTENTS = {"skip", "deny", "goodbye"}
# A crisis, or a message the crisis check-in asks about: data/rules/safety.yml closes the form.
CRISIS_INTENTS = {"crisis", "crisis_check"}
EXIT_MAX_WORDS = 3


def payload(intent: str, **entities: str) -> str:
    if not entities:
        return f"/{intent}"
    body = ",".join(f'"{name}":"{value}"' for name, value in entities.items())
    return f"/{intent}{{{body}}}"


TRY_AGAIN = {"title": "Try again", "payload": payload("rehearse")}
SEE_EXAMPLE = {"title": "See an example", "payload": payload("rehearse", rehearsal_step="example")}
EXAMPLE_FIRST = {"title": "Show me an example first", "payload": payload("rehearse", rehearsal_step="example")}
FINISH = {"title": "Finish and keep my words", "payload": payload("rehearse", rehearsal_step="finish")}
LEAVE = {"title": "Leave practice", "payload": payload("rehearse", rehearsal_step="leave")}
OTHER_TOPICS = {"title": "Other topics", "payload": "/ask_capabilities"}
TALK_TO_CLINIC = {"title": "Talk to the clinic", "payload": "/handoff"}
BACK_TO_JOURNEY: dict[Situation, dict[str, str]] = {
    "need": {"title": "Make a first-session note", "payload": "/start_note"},
    "rupture": {"title": "Is it a warning sign?", "payload": "/ending_red_flags"},
    "ending": {"title": "Asking for a referral", "payload": "/ending_referral"},
}

PRACTICE_FRAMES = (
    "In practice mode, a good therapist might answer:",
    "Still in practice mode: a good therapist could reply something like this:",
    "Practice mode again. A good therapist might say:",
)

# What a good therapist plausibly says back: warm, non-defensive, curious (the seeds' stance).
THERAPIST_WHEN_NAMED: dict[Situation, tuple[str, ...]] = {
    "need": (
        "Thank you for telling me. That's really useful, and it's exactly the kind of thing I want to know. "
        "Let's build it into how we work. Is there anything else that would help you feel more comfortable here?",
        "I'm glad you said it. I know asking isn't always easy, and it makes a real difference to how we work together. "
        "What would it look like for you if we got this right?",
        "That makes sense, and I'd much rather know than guess. Let's try it that way, and please tell me how it's going. "
        "Can you say a bit more about what helps you?",
    ),
    "rupture": (
        "Thank you for telling me. I'm sorry it felt that way; that isn't what I intended, and I'm really glad you "
        "brought it to me rather than keeping it to yourself. Can you tell me more about what it was like for you?",
        "I appreciate you saying this, and it matters to me that it hurt. I'd like to understand it properly. "
        "What did you need from me in that moment?",
        "That took courage to say. I'm sorry I missed the mark. Let's look at it together, because it's important. "
        "What stayed with you most afterwards?",
    ),
    "ending": (
        "Thank you for telling me directly. I respect your decision, and it's okay: not every match is the right one. "
        "Would it help if I suggested some colleagues who might suit you better?",
        "I appreciate you letting me know, rather than just not coming back. That's completely okay. "
        "Is there anything you'd like to say or ask before we finish?",
        "Thank you for being honest with me. Finding the right fit matters more than staying with me. "
        "Would you like a referral, or some time today to wrap things up?",
    ),
}
THERAPIST_WHEN_BLAMED: dict[Situation, str] = {
    "need": "It sounds like you've been missing something from our sessions for a while, and I'm glad you're telling me. "
            "I'd like to get it right. What would help most?",
    "rupture": "It sounds like you've been feeling let down for a while, and I'm glad you're telling me rather than keeping "
               "it in. I'd like to understand. Can you tell me about a moment when it felt like that?",
    "ending": "It sounds like this hasn't been working for you for a while, and I'm sorry about that. I respect you telling "
              "me. Would it help to talk about what you'd want from someone else?",
}
THERAPIST_WHEN_REFERRAL_ASKED = (
    "Of course. Thank you for telling me directly; that isn't easy. I'd be glad to suggest a couple of colleagues, "
    "and it would help me to know what you'd like to be different with them. What matters most to you in a next therapist?"
)
THERAPIST_WHEN_UNCLEAR: dict[Situation, str] = {
    "need": "I can hear there's something you'd like to be different, and I want to understand it. "
            "Can you tell me more about what you need from me?",
    "rupture": "It sounds like something has been on your mind about our sessions. I'd really like to hear it, "
               "even if it's critical of me. What happened?",
    "ending": "It sounds like you have some doubts about how this is going, and I'd like to hear them. "
              "Are you thinking about stopping, or about changing something in how we work?",
}

# Example phrasings, in the spirit of the clinic articles; each one passes every check.
EXAMPLES: dict[Situation, tuple[str, ...]] = {
    "need": (
        "There's something that would help me here. I'd like us to go a bit slower with family things. "
        "Could you check in with me if I go quiet?",
        "I do better with some structure. Could we agree on a goal for each session?",
        "I'm not ready to talk about that yet. Can we come back to it when I bring it up?",
    ),
    "rupture": (
        "I've been thinking about last session. When you said it was in the past, I felt brushed off. Can we talk about it?",
        "Something you said last time didn't sit right with me. Could we go back to it? I'd like to understand what you meant.",
        "I felt misunderstood when we talked about my family. Can I tell you how it is for me?",
    ),
    "ending": (
        "I've decided this will be our last session. I think I need a different approach. Thank you for your time.",
        "I don't think we're the right fit, but I want to keep going with therapy. Could you suggest a colleague "
        "who works more practically?",
        "I'd like to stop our sessions after today. Please cancel my next appointment.",
    ),
}

ASK_FIRST: dict[Situation, str] = {
    "need": "Let's practise. Picture yourself in the session, about to say what you need: a pace, a topic you're not "
            "ready for, or how you like to work.",
    "rupture": "Let's practise. Picture yourself in the session, about to say that something your therapist said or did "
               "didn't sit right, or to give them honest feedback.",
    "ending": "Let's practise. Picture yourself telling your therapist that you want to stop, or asking for someone "
              "who suits you better.",
}
ASK_FIRST_FRAME = (
    "Type it the way you'd actually say it; it doesn't need to be polished. I'm a bot, not a therapist: I'll answer "
    "the way a good therapist might, then step out of the role and tell you what's already working. Nothing you type "
    "here is saved.\n\nHow would you put it?"
)
ASK_AGAIN = (
    "Go again, changing as much or as little as you like. How would you say it this time?",
    "Another go, then. Keep what felt right and change the rest. How would you put it now?",
    "Try it once more, in whatever words feel most like you. What would you say?",
)

FINISH_TIPS: dict[Situation, str] = {
    "need": "Saying it early in a session, before the time runs out, usually makes it easier for both of you.",
    "rupture": "Bringing it up at the start of the next session means it won't get squeezed into the last two minutes.",
    "ending": "It can be said at the start of a session or in a short message; either way, you don't owe a long explanation.",
}
LEAVE_REPLIES = (
    "Of course, we can stop practising here. You can come back to it any time by saying \"practise saying it\". "
    "What would help you now?",
    "That's fine, we'll leave it there. Even thinking about the words is a step. Would you like to look at something else?",
)


def situation_of(tracker: Tracker) -> Situation:
    value = tracker.get_slot(SITUATION)
    return value if value in SITUATIONS else "need"


def round_of(tracker: Tracker) -> int:
    return int(tracker.get_slot(ROUND) or 0)


def pick(options: tuple[str, ...], index: int) -> str:
    return options[index % len(options)]


def therapist_reply(attempt: str, situation: Situation, round_number: int, feedback: Review) -> str:
    # A good therapist meets blame without defending, and a hint with curiosity.
    if "blame" in feedback.suggestion_checks:
        said = THERAPIST_WHEN_BLAMED[situation]
    elif "named" in feedback.suggestion_checks or word_count(attempt) < TOO_SHORT_WORDS:
        said = THERAPIST_WHEN_UNCLEAR[situation]
    elif situation == "ending" and asks_for_referral(attempt):
        said = THERAPIST_WHEN_REFERRAL_ASKED
    else:
        said = pick(THERAPIST_WHEN_NAMED[situation], round_number)
    return f"{pick(PRACTICE_FRAMES, round_number)}\n“{said}”"


NOTHING_TO_CHANGE = (
    "I wouldn't change a thing. It's ready to say as it is.",
    "Honestly, this one is ready. You could say it just like that.",
    "Nothing to fix here: it's clear, kind and yours.",
)
WHAT_NEXT = ("What would you like to do next?", "Where would you like to go from here?", "How would you like to go on?")


def feedback_text(feedback: Review, round_number: int) -> str:
    lines = ["Stepping out of the role-play now.", "", "What already works: " + " ".join(feedback.works)]
    if not feedback.suggestions:
        lines += ["", pick(NOTHING_TO_CHANGE, round_number)]
    elif len(feedback.suggestions) == 1:
        lines += ["", "One thing you could try: " + feedback.suggestions[0]]
    else:
        lines += ["", "Two things you could try:", *(f"• {suggestion}" for suggestion in feedback.suggestions)]
    lines += ["", pick(WHAT_NEXT, round_number)]
    return "\n".join(lines)


def reset_events() -> list[EventType]:
    return [SlotSet(ATTEMPT, None), SlotSet(SITUATION, None), SlotSet(STEP, None), SlotSet(ROUND, None),
            SlotSet("requested_slot", None)]


# "Try again" right after these continues the rehearsal; anything else starts a fresh one.
CONTINUES_A_REHEARSAL = {"action_rehearsal_feedback", "action_rehearsal_example"}


def previous_bot_action(tracker: Tracker) -> str | None:
    """The last action before the person's latest message."""
    seen_latest_message = False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            seen_latest_message = True
        elif seen_latest_message and event.get("event") == "action" and event.get("name") != "action_listen":
            return event.get("name")
    return None


class ActionRehearsalStart(Action):
    """Clear the last attempt before the form asks; a fresh rehearsal also forgets the round and situation."""

    def name(self) -> str:
        return "action_rehearsal_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        events = [SlotSet(ATTEMPT, None), SlotSet(STEP, None), SlotSet("requested_slot", None)]
        if previous_bot_action(tracker) in CONTINUES_A_REHEARSAL:
            return events
        events.append(SlotSet(ROUND, None))
        # The situation a button just sent stays; one left from an earlier rehearsal goes.
        if not any(entity.get("entity") == SITUATION for entity in tracker.latest_message.get("entities") or []):
            events.append(SlotSet(SITUATION, None))
        return events


class ValidateRehearsalForm(FormValidationAction):
    def name(self) -> str:
        return "validate_rehearsal_form"

    async def extract_rehearsal_situation(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                          domain: DomainDict) -> dict[str, Any]:
        """Infer the conversation to practise from the journey the person was on, if any."""
        if tracker.get_slot(SITUATION) in SITUATIONS or tracker.get_slot("requested_slot") == ATTEMPT:
            return {}
        if any(entity.get("entity") == STEP for entity in tracker.latest_message.get("entities") or []):
            return {}
        if tracker.get_slot("requested_slot") == SITUATION:
            # Asked outright: only this answer counts, not the journey before.
            intent = (tracker.latest_message.get("intent") or {}).get("name")
            return {SITUATION: SITUATION_FOR_INTENT[intent]} if intent in SITUATION_FOR_INTENT else {}
        for event in reversed(tracker.events):
            intent = (event.get("parse_data") or {}).get("intent", {}).get("name") if event.get("event") == "user" else None
            if intent in SITUATION_FOR_INTENT:
                return {SITUATION: SITUATION_FOR_INTENT[intent]}
        return {}

    async def extract_rehearsal_attempt(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                        domain: DomainDict) -> dict[str, Any]:
        """Whatever the person types when asked is the attempt, except a (possible) crisis, a button, or a short "stop"."""
        if tracker.get_slot("requested_slot") != ATTEMPT:
            return {}
        text = (tracker.latest_message.get("text") or "").strip()
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if not text or text.startswith("/") or intent in CRISIS_INTENTS:
            return {}
        if intent in EXIT_INTENTS and word_count(text) <= EXIT_MAX_WORDS:
            return {}
        return {ATTEMPT: text}

    async def validate_rehearsal_situation(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                           domain: DomainDict) -> dict[str, Any]:
        return {SITUATION: value if value in SITUATIONS else None}


class ActionAskRehearsalAttempt(Action):
    def name(self) -> str:
        return "action_ask_rehearsal_attempt"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        situation, round_number = situation_of(tracker), round_of(tracker)
        if round_number == 0:
            text = f"{ASK_FIRST[situation]}\n\n{ASK_FIRST_FRAME}"
        else:
            text = pick(ASK_AGAIN, round_number - 1)
        dispatcher.utter_message(text=text, buttons=[EXAMPLE_FIRST, LEAVE])
        return []


class ActionRehearsalFeedback(Action):
    """The answer in role, then feedback on the wording; records the situation's theme, never the words."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings

    def name(self) -> str:
        return "action_rehearsal_feedback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        situation, round_number = situation_of(tracker), round_of(tracker)
        attempt = tracker.get_slot(ATTEMPT) or ""
        feedback = review(attempt, situation)
        dispatcher.utter_message(text=therapist_reply(attempt, situation, round_number, feedback))
        dispatcher.utter_message(text=feedback_text(feedback, round_number), buttons=[TRY_AGAIN, SEE_EXAMPLE, FINISH, LEAVE])
        return [SlotSet(ROUND, round_number + 1), *await self._record_theme(tracker, situation)]

    async def _record_theme(self, tracker: Tracker, situation: Situation) -> list[EventType]:
        theme, already_covered_by = SITUATION_THEME[situation]
        logged = list(tracker.get_slot("logged_themes") or [])
        if any(code.startswith(already_covered_by) for code in logged):
            return []
        # Imported here: the theme store reads the server's settings at import time.
        from actions.theme_actions import SERVER_SETTINGS, theme_store_for

        store = theme_store_for(self.settings or SERVER_SETTINGS)
        channel = tracker.get_latest_input_channel() or "unknown"
        try:
            await asyncio.to_thread(store.record, tracker.sender_id, channel, theme)
        except Exception as error:  # the rehearsal matters more than the log
            logger.warning("Theme %s not logged (%s); the rehearsal goes on.", theme, type(error).__name__)
            return []
        return [SlotSet("logged_themes", [*logged, theme])]


class ActionRehearsalExample(Action):
    def name(self) -> str:
        return "action_rehearsal_example"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        situation, round_number = situation_of(tracker), round_of(tracker)
        example = pick(EXAMPLES[situation], round_number)
        dispatcher.utter_message(
            text=f"Here's one way it could sound:\n\n“{example}”\n\nIt's only an example: your own words will "
                 "always sound more like you. Borrow any part of it. Would you like to try your version?",
            buttons=[TRY_AGAIN, FINISH, LEAVE] if tracker.get_slot(ATTEMPT) else [TRY_AGAIN, LEAVE],
        )
        return [SlotSet(STEP, None), SlotSet("requested_slot", None)]


class ActionRehearsalFinish(Action):
    """Show the last wording to keep, then let it go: the slots are cleared."""

    def name(self) -> str:
        return "action_rehearsal_finish"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        situation, attempt = situation_of(tracker), tracker.get_slot(ATTEMPT)
        if attempt:
            dispatcher.utter_message(
                text=f"Here are your words to keep:\n\n“{attempt}”\n\n{FINISH_TIPS[situation]} It's fine to read "
                     "it from your phone or a piece of paper, too.\n\nI haven't saved this anywhere, so copy it if "
                     "you'd like to keep it. Where would you like to go from here?",
                buttons=[BACK_TO_JOURNEY[situation], TALK_TO_CLINIC, OTHER_TOPICS],
            )
        else:
            dispatcher.utter_message(
                text="There's no wording to keep yet, and that's fine. Would you like to have a go, or leave it for now?",
                buttons=[TRY_AGAIN, OTHER_TOPICS],
            )
        return reset_events()


class ActionRehearsalLeave(Action):
    def name(self) -> str:
        return "action_rehearsal_leave"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        situation = situation_of(tracker)
        dispatcher.utter_message(text=pick(LEAVE_REPLIES, round_of(tracker)),
                                 buttons=[BACK_TO_JOURNEY[situation], TALK_TO_CLINIC, OTHER_TOPICS])
        return reset_events()
