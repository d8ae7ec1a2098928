"""Cheap clues that a text cannot match a regex, read off the regex itself.

Running a hundred-odd alternation-heavy regexes over every message costs far
more than checking which words the message contains. `clue_of(regex)` reads
the regex's parse tree and returns the strings one of which every match must
contain (its longest literal words, alternatives of those...), so that a text
showing none of them is skipped without running the regex. The clue is derived,
never written by hand, so it cannot drift from the regex; it can only be weaker
than ideal (then the regex runs anyway), never wrong.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

try:  # Python 3.11 moved the regex parser
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_parse

_SHORTEST_FRAGMENT = 3
_COMMON_WORDS = frozenset(
    "i i'm me my a an the to of and or in on at it is be so just you with not do for that this".split()
)
_BOUNDARIES = (
    sre_parse.AT_BOUNDARY, sre_parse.AT_BEGINNING, sre_parse.AT_BEGINNING_STRING, sre_parse.AT_END,
    sre_parse.AT_END_STRING,
)
_WORD_SEPARATORS = re.compile(r"[ ']")


@dataclass(frozen=True)
class Clue:
    """Strings one of which every match contains: whole words or, failing that, fragments of text."""

    words: frozenset[str]
    fragments: frozenset[str]

    @property
    def keys(self) -> frozenset[str]:
        return self.words | self.fragments

    @property
    def strength(self) -> int:
        """How many texts it rules out, roughly: long strings are rare, common words are everywhere."""
        return min(0 if key.strip() in _COMMON_WORDS else len(key.strip()) for key in self.keys)


EVERYTHING = Clue(frozenset(), frozenset())  # no clue found: the regex must always run


def clue_of(regex: re.Pattern[str]) -> Clue:
    """The strongest clue every match of `regex` contains, or EVERYTHING when there is none."""
    clues = _clues_in(list(sre_parse.parse(regex.pattern)), bounded_before=False, bounded_after=False)
    return max(clues, key=lambda clue: clue.strength, default=EVERYTHING)


def seen_in(text: str, fragments: Iterable[str]) -> frozenset[str]:
    """What `text` shows of a set of clues: its words as `\\b` sees them, and which `fragments` it contains.

    `text` is lowercase with single spaces between words, as crisis_text.normalise makes it.
    """
    return frozenset(text.split()).union(
        _WORD_SEPARATORS.split(text), [fragment for fragment in fragments if fragment in text]
    )


def _clues_in(sequence: list, bounded_before: bool, bounded_after: bool) -> list[Clue]:
    """Clues for a parsed regex sequence, every one of which a match contains.

    `bounded_before`/`bounded_after`: whether a word boundary is certain just
    before/after the sequence, which makes a literal at its edge a whole word.
    """
    clues: list[Clue] = []
    run: list[str] = []
    run_bounded_before = False

    def boundary_at(index: int, edge: bool) -> bool:
        if not 0 <= index < len(sequence):
            return edge
        op, argument = sequence[index]
        return (op is sre_parse.AT and argument in _BOUNDARIES) or (op is sre_parse.LITERAL and chr(argument) == " ")

    for index, (op, argument) in enumerate(sequence):
        before, after = boundary_at(index - 1, bounded_before), boundary_at(index + 1, bounded_after)
        if op is sre_parse.LITERAL:
            if not run:
                run_bounded_before = before
            run.append(chr(argument))
            if index + 1 == len(sequence) or sequence[index + 1][0] is not sre_parse.LITERAL:
                clue = _clue_of_run("".join(run), run_bounded_before, after)
                clues.extend([clue] if clue else [])
                run.clear()
        elif op is sre_parse.SUBPATTERN:
            clues.extend(_clues_in(list(argument[-1]), before, after))
        elif op is sre_parse.BRANCH:
            alternatives = [_clues_in(list(branch), before, after) for branch in argument[1]]
            if all(alternatives):
                strongest = [max(alternative, key=lambda clue: clue.strength) for alternative in alternatives]
                words = frozenset().union(*(clue.words for clue in strongest))
                clues.append(Clue(words, frozenset().union(*(clue.fragments for clue in strongest))))
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and argument[0] >= 1:
            # Content repeated more than once may follow itself: its inner edges are not known boundaries.
            single = argument[1] == 1
            clues.extend(_clues_in(list(argument[2]), before and single, after and single))
        elif op is sre_parse.ASSERT:  # what a lookaround requires is in the text too
            clues.extend(_clues_in(list(argument[1]), bounded_before=False, bounded_after=False))
    return clues


def _clue_of_run(run: str, bounded_before: bool, bounded_after: bool) -> Clue | None:
    """A run of literal characters as a clue: its best whole word, else the run itself as a fragment."""
    tokens = run.split(" ")
    whole = [
        token
        for position, token in enumerate(tokens)
        if token and (position > 0 or bounded_before) and (position < len(tokens) - 1 or bounded_after)
    ]
    if whole:
        return Clue(frozenset({max(whole, key=lambda word: (word not in _COMMON_WORDS, len(word)))}), frozenset())
    if len(run) >= _SHORTEST_FRAGMENT:
        return Clue(frozenset(), frozenset({run}))
    return None
