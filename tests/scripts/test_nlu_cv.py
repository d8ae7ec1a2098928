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


def test_only_the_held_out_fold_is_scored(monkeypatch):
    import asyncio

    import rasa.nlu.test

    from scripts.nlu_cv import skip_training_fold_evaluation

    scored = []

    async def combine_result(intent_metrics, entity_metrics, response_selection_metrics, processor, data,
                             intent_results=None, entity_results=None, response_selection_results=None):
        scored.append(data)
        return intent_metrics, entity_metrics, response_selection_metrics

    monkeypatch.setattr(rasa.nlu.test, "combine_result", combine_result)
    skip_training_fold_evaluation()
    skip_training_fold_evaluation()  # a second call must not wrap it twice
    patched = rasa.nlu.test.combine_result
    # The call shapes of rasa.nlu.test.cross_validate: training fold, then held-out fold.
    assert asyncio.run(patched({}, {}, {}, None, "train")) == ({}, {}, {})
    asyncio.run(patched({}, {}, {}, None, "test", [], [], []))
    assert scored == ["test"]
