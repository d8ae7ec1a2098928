"""`make nlu-cv` (scripts/nlu_cv.py): the same seed must give the same folds, so the figure is repeatable."""
from __future__ import annotations

from rasa.nlu.test import generate_folds
from rasa.shared.nlu.training_data.loading import load_data

from scripts.nlu_cv import FOLDS, ROOT, seed_fold_shuffle


def held_out_texts(seed: int) -> list[list[str]]:
    """The messages each fold holds out, as Rasa's cross-validation draws them after the script seeds it."""
    data = load_data(str(ROOT / "data" / "nlu"))
    seed_fold_shuffle(seed)
    return [sorted(example.get("text") for example in test.intent_examples)
            for _, test in generate_folds(FOLDS, data)]


def test_the_same_seed_holds_out_the_same_messages_and_another_seed_others():
    first = held_out_texts(42)
    assert len(first) == FOLDS and all(first)
    assert held_out_texts(42) == first
    assert held_out_texts(7) != first
