"""The detector alone on the labelled corpus: every crisis caught, few false alarms.

Its speed is measured by scripts/evaluate_safety.py, which prints it and fails above 2 ms a message."""
from __future__ import annotations

import pytest

from scripts.evaluate_safety import (
    MAX_FALSE_ALARM_RATE,
    load_corpus,
    near_copies_in_training_data,
    run_detector,
    score,
)

EXAMPLES = load_corpus()


@pytest.fixture(scope="module")
def detector_score():
    flagged, _, _ = run_detector(EXAMPLES)
    return score(EXAMPLES, flagged)


def test_the_corpus_is_big_and_varied_enough_to_mean_something():
    crises = [e for e in EXAMPLES if e.is_crisis]
    calm = [e for e in EXAMPLES if not e.is_crisis]
    assert len(crises) >= 170 and len(calm) >= 170
    assert len({e.group for e in crises}) >= 8 and len({e.group for e in calm}) >= 4
    assert len({e.text.lower() for e in EXAMPLES}) == len(EXAMPLES), "duplicate messages"


def test_the_corpus_is_not_training_data_for_the_ml_classifier():
    # Otherwise the ML classifier's figures would measure memory, not understanding.
    copies = near_copies_in_training_data(EXAMPLES)
    assert not copies, "near copies in data/nlu: " + "; ".join(f"{e.text!r} ~ {text!r}" for e, text in copies)


def test_the_detector_catches_every_crisis_message(detector_score):
    assert not detector_score.misses, "missed: " + "; ".join(e.text for e in detector_score.misses)


def test_the_detector_raises_few_false_alarms(detector_score):
    assert detector_score.false_alarm_rate <= MAX_FALSE_ALARM_RATE, "false alarms: " + "; ".join(
        e.text for e in detector_score.false_alarms
    )

