"""Explainable checks on a sentence someone is practising before saying it to a therapist.

Pure functions, no I/O: the rehearsal actions (actions/rehearsal.py) turn them into
kind feedback. Each check looks for plain patterns a person could see for themselves
(is the need named, is there an "I", is there an ask, apologies and hedges piling up,
"you always / you never", length), so every suggestion can say *why* it was made.
Nothing here scores the person: `review` returns what already works and, separately,
at most two suggestions, most useful first.

Patterns are written for how people type: lowercase, no apostrophes ("im", "dont"),
common slips ("becuase", "therapsit") do not matter because only the key words count.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Situation = Literal["need", "rupture", "ending"]
SITUATIONS: tuple[Situation, ...] = ("need", "rupture", "ending")

TOO_SHORT_WORDS = 5
TOO_LONG_WORDS = 70
MAX_SUGGESTIONS = 2


def _pattern(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")", re.IGNORECASE)


# What "naming it" means differs per situation: the need or limit itself, what happened
# and how it landed, or the decision to stop / the wish for someone else.
NAMED = {
    "need": _pattern(
        r"i (?:really )?(?:need|want|prefer)\b", r"i'?d (?:really )?(?:like|prefer|rather)", r"i would (?:like|prefer|rather)",
        r"(?:it )?helps? me", r"would help", r"works? better for me", r"(?:i'?m|im|i am) not ready", r"not ready (?:to|for)",
        r"slow(?:er| down| things down)", r"too (?:fast|quick|much)", r"(?:my )?pace", r"boundar", r"off.limits",
        r"(?:don'?t|do not) want to (?:talk|go|get) ", r"rather not", r"more (?:time|structure|space|practical)",
        r"less (?:homework|pressure)", r"check in", r"a break", r"pause", r"homework", r"structure",
    ),
    "rupture": _pattern(
        r"when you", r"you said", r"(?:last|that) (?:session|time|week|appointment)", r"i felt", r"i feel", r"made me feel",
        r"hurt", r"upset", r"dismiss", r"misunderst", r"brushed (?:me )?off", r"(?:didn'?t|did not|doesn'?t) sit right",
        r"bother", r"frustrat", r"annoyed", r"uncomfortable", r"disagree", r"(?:isn'?t|is not|wasn'?t) (?:working|helping|right)",
        r"not (?:quite )?(?:right|it)", r"(?:don'?t|do not) (?:think|agree)", r"stayed with me", r"stung",
    ),
    "ending": _pattern(
        r"stop(?:ping)?", r"end(?:ing)? (?:our|the|things|therapy|here)", r"finish", r"(?:our|my|the) last session",
        r"not (?:be )?(?:continu|coming back|come back)", r"won'?t be (?:continu|coming|back)", r"(?:don'?t|do not) want to continue",
        r"take a break", r"(?:a )?different (?:therapist|approach|kind|person|style)", r"someone else", r"refer", r"colleague",
        r"(?:the )?right (?:fit|match)", r"not a (?:good )?(?:fit|match)", r"not working", r"cancel", r"move on",
    ),
}

# "I" as the speaker: the sentence says what is happening for the person.
I_STATEMENT = re.compile(r"(?:^|[^\w'])(?:i|i'm|im|i've|ive|i'd|i'll|i am|i was|i feel|i felt)(?=[^\w']|$)", re.IGNORECASE)

# A concrete ask or next step the therapist can answer.
ASK = {
    "common": _pattern(
        r"can (?:we|you)", r"could (?:we|you)", r"would (?:you|it)", r"will you", r"let'?s", r"please",
        r"i'?d like (?:us|you|to)", r"i would like (?:us|you|to)", r"is it (?:ok|okay|alright|possible)",
        r"i'?d appreciate", r"i would appreciate", r"i want us to", r"i need (?:us|you) to", r"i'?d like it if",
        r"maybe we could", r"how about",
    ),
    "ending": _pattern(
        r"(?:this|today) (?:will|would|is going to) be (?:our|my) last", r"last session", r"cancel", r"recommend",
        r"refer", r"colleague", r"someone (?:who|else)", r"wrap up", r"one more session",
    ),
}

APOLOGY = _pattern(
    r"sorry", r"apologi[sz]e", r"i hate to", r"i don'?t mean to", r"this is (?:probably )?(?:silly|stupid|dumb)",
    r"i know this (?:is|sounds)", r"(?:i'?m|im) probably (?:overreacting|being)", r"forgive me",
)
HEDGE = _pattern(
    r"maybe", r"kind of", r"kinda", r"sort of", r"sorta", r"i guess", r"i suppose", r"a bit", r"a little", r"probably",
    r"i don'?t know", r"idk", r"if (?:that'?s|it'?s) (?:ok|okay|alright|fine)", r"not a big deal", r"it'?s (?:probably )?nothing",
    r"never ?mind", r"whatever", r"just", r"i mean", r"or something", r"possibly", r"perhaps",
)

BLAME = _pattern(
    r"you (?:always|never|constantly|keep|don'?t even|do not even|don'?t ever|clearly|obviously|just don'?t)",
    r"you(?:'re|re| are) (?:so|such a|useless|terrible|awful|rubbish|incompetent|the worst|a bad|bad at|not even)",
    r"your fault", r"what'?s wrong with you", r"you made me", r"you ruined", r"you don'?t care",
)

WORD = re.compile(r"[\w']+")


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def names_the_point(text: str, situation: Situation) -> bool:
    """The need, what happened, or the decision is actually said, not only hinted at."""
    return bool(NAMED[situation].search(text))


def is_i_statement(text: str) -> bool:
    return bool(I_STATEMENT.search(text))


def has_concrete_ask(text: str, situation: Situation) -> bool:
    """A question or request the therapist can say yes to; for an ending, the decision's next step counts."""
    if "?" in text or ASK["common"].search(text):
        return True
    return situation == "ending" and bool(ASK["ending"].search(text))


REFERRAL = _pattern(r"refer", r"colleague", r"recommend", r"someone (?:else|who)", r"another therapist")


def asks_for_referral(text: str) -> bool:
    return bool(REFERRAL.search(text))


def apology_count(text: str) -> int:
    return len(APOLOGY.findall(text))


def hedge_count(text: str) -> int:
    return len(HEDGE.findall(text))


def point_is_buried(text: str) -> bool:
    """One "sorry" or "maybe" is human; several in one breath hide what the person is asking for."""
    apologies, hedges = apology_count(text), hedge_count(text)
    return apologies >= 2 or hedges >= 3 or apologies + hedges >= 3


def blames(text: str) -> bool:
    """Sweeping "you always / you never" or name-calling: it tends to make anyone defend rather than listen."""
    return bool(BLAME.search(text))


def length_issue(text: str) -> Literal["short", "long"] | None:
    words = word_count(text)
    if words < TOO_SHORT_WORDS:
        return "short"
    if words > TOO_LONG_WORDS:
        return "long"
    return None


@dataclass(frozen=True)
class Review:
    """What already works (always at least one thing) and at most two suggestions, most useful first."""

    works: tuple[str, ...]
    suggestions: tuple[str, ...]
    # Names of the checks behind the suggestions, so tests and transcripts can tell them apart.
    suggestion_checks: tuple[str, ...]


NAMED_WORKS = {
    "need": "You said plainly what you need, so your therapist doesn't have to guess.",
    "rupture": "You named what happened and how it landed, which is exactly what a therapist needs to start repairing it.",
    "ending": "Your decision is clear: there's no way to hear it as \"maybe\".",
}
NAMED_IN_THERE = {
    "need": "What you need is in there, which is the most important part.",
    "rupture": "What happened, and that it mattered to you, is in there: that's the heart of it.",
    "ending": "Your decision is in there, which is the most important part.",
}
NAMED_SUGGESTION = {
    "need": ("Name the need itself in a few words. Something like \"I need us to go slower with family things\" "
             "gives your therapist something to work with."),
    "rupture": ("Say which moment you mean and how it felt, for instance \"When you said it was in the past, "
                "I felt brushed off.\" That lets them find their way back to it with you."),
    "ending": ("Say the decision in so many words, for instance \"I've decided to stop\" or \"I'd like to see "
               "someone with a different approach.\" Hints are easy to miss in the room."),
}
ASK_SUGGESTION = {
    "need": "You could add what you'd like them to do, for example \"Could you check in with me if I go quiet?\"",
    "rupture": "You could end with an invitation, for example \"Can we talk about it?\", so they know you want to work it through.",
    "ending": "If you'd like something from them, add it: \"Could you suggest a colleague?\" or \"Can today be our last session?\"",
}


def review(text: str, situation: Situation) -> Review:
    named = names_the_point(text, situation)
    speaks_as_i = is_i_statement(text)
    asks = has_concrete_ask(text, situation)
    buried = point_is_buried(text)
    blaming = blames(text)
    length = length_issue(text)

    works: list[str] = []
    if named:
        works.append(NAMED_IN_THERE[situation] if buried or length == "long" else NAMED_WORKS[situation])
    if asks:
        works.append("There's a clear ask in it, so your therapist knows what you'd like to happen next.")
    if speaks_as_i and not blaming:
        works.append("Speaking from \"I\" keeps it about your experience, which is easy to hear without getting defensive.")
    if named and not buried and not blaming and length is None and len(works) < 2:
        works.append("It's direct and kind at the same time, and a length you could say in one breath.")
    if not works:
        works.append("You've started putting it into words, and that first try is often the hardest part.")

    suggestions: list[tuple[str, str]] = []
    if length == "short":
        suggestions.append(("length", "It's quite short, so it could be missed. Add a few words about what you need or what happened."))
    # For a rupture, the blame suggestion already asks for one moment and how it felt.
    if not named and not (blaming and situation == "rupture"):
        suggestions.append(("named", NAMED_SUGGESTION[situation]))
    if blaming:
        suggestions.append(("blame", "\"You always\" or \"you never\" tends to make anyone defend themselves rather than listen. "
                                     "Describing one moment and how it felt for you usually lands better."))
    if buried:
        suggestions.append(("buried", "The apologies and \"maybe\"s soften it so much the point gets lost. "
                                      "Keep one if it feels right, then say the main thing plainly. You're allowed to ask."))
    if not speaks_as_i and not blaming:
        suggestions.append(("i_statement", "Try starting from \"I\", such as \"I've noticed…\" or \"I'd like…\", so it's "
                                           "clearly about your experience."))
    if not asks:
        suggestions.append(("ask", ASK_SUGGESTION[situation]))
    if length == "long":
        suggestions.append(("length", "There's a lot here, which makes sense, but it's a lot to say in one go. Which one sentence "
                                      "matters most? Start with that and let the rest come in the conversation."))
    chosen = suggestions[:MAX_SUGGESTIONS]
    return Review(works=tuple(works[:2]), suggestions=tuple(text for _, text in chosen),
                  suggestion_checks=tuple(check for check, _ in chosen))
