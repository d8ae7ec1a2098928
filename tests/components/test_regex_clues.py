"""The clues that let the crisis detector skip regexes: cheap, and never wrong."""
from __future__ import annotations

import re

from components.crisis_patterns import _CLUE_FRAGMENTS, PATTERNS
from components.crisis_text import normalise
from components.regex_clues import EVERYTHING, clue_of, seen_in
from scripts.evaluate_safety import load_corpus


def clue_keys(regex: str) -> frozenset[str]:
    return clue_of(re.compile(regex)).keys


def test_a_literal_word_between_boundaries_is_a_whole_word_clue():
    clue = clue_of(re.compile(r"\bkill(?:ing)? myself\b"))
    assert clue.words == {"myself"}  # "kill" may go on as "killing", so it is not a whole word here
    assert clue.fragments == frozenset()


def test_alternatives_give_a_clue_only_when_every_alternative_has_one():
    assert clue_keys(r"\b(?:die|be dead|stop living)\b") == {"die", "dead", "living"}
    assert clue_keys(r"\b(?:die|\w+ly)\b") == frozenset()


def test_optional_parts_and_character_classes_are_never_required():
    assert clue_keys(r"\b(?:really )?sad\b") == {"sad"}
    assert clue_of(re.compile(r"[a-z]+ \d+")) is EVERYTHING


def test_a_word_boundary_inside_a_word_is_seen_as_a_word():
    # \b also stands between "myself" and "'s": the word set splits at apostrophes.
    assert re.search(r"\bmyself\b", "myself's fault")
    assert not clue_keys(r"\bmyself\b").isdisjoint(seen_in("myself's fault", ()))


def test_no_corpus_message_is_ever_skipped_by_a_pattern_that_matches_it():
    examples = load_corpus()
    checked = 0
    for example in examples:
        for form in normalise(example.text):
            seen = seen_in(form, _CLUE_FRAGMENTS)
            for pattern in PATTERNS:
                if pattern.regex.search(form):
                    checked += 1
                    assert not pattern.clue_keys or not pattern.clue_keys.isdisjoint(seen), (pattern.name, form)
    assert checked > 500


def test_almost_every_pattern_has_a_clue():
    # A pattern without one runs on every message: keep them rare.
    assert [pattern.name for pattern in PATTERNS if not pattern.clue_keys] == ["overdose"]
