"""The sentence featurizer keeps training texts' vectors for reuse, never a person's message."""
from __future__ import annotations

import numpy as np
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components import sentence_featurizer
from components.sentence_featurizer import SentenceFeaturizer


def featurizer() -> SentenceFeaturizer:
    return SentenceFeaturizer(SentenceFeaturizer.get_default_config(), "sentence_featurizer")


def sentence_vector(message: Message) -> np.ndarray:
    _, sentence = message.get_dense_features(TEXT)
    return sentence.features[0]


def test_a_persons_message_is_embedded_but_not_kept():
    typed = "my therapist keeps looking at the clock and i feel like a burden"
    message = Message(data={TEXT: typed})

    featurizer().process([message])

    assert sentence_vector(message).shape == (384,)
    assert typed not in sentence_featurizer._training_vectors


def test_a_training_text_evaluated_later_gets_the_same_vector_as_a_fresh_embedding():
    text = "how do i tell my therapist i need to slow down"
    featurizer().process_training_data(TrainingData([Message(data={TEXT: text, "intent": "needs_pace"})]))
    looked_up, other = Message(data={TEXT: text}), Message(data={TEXT: "is what i say kept private"})

    featurizer().process([looked_up, other])

    fresh = featurizer()._encoder.encode([text, "is what i say kept private"])
    np.testing.assert_allclose(sentence_vector(looked_up), fresh[0], atol=1e-6)
    np.testing.assert_allclose(sentence_vector(other), fresh[1], atol=1e-6)
