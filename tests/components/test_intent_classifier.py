"""The intent classifier learns from every featurizer's sentence vector and survives being saved and loaded."""
from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, INTENT, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.intent_classifier import LinearIntentClassifier

CONTEXT = ExecutionContext(GraphSchema({}), node_name="intent_classifier")


def message(text: str, sparse: list[float], dense: list[float] | None, intent: str | None = None) -> Message:
    built = Message(data={TEXT: text, **({INTENT: intent} if intent else {})})
    built.add_features(Features(scipy.sparse.coo_matrix([sparse]), FEATURE_TYPE_SENTENCE, TEXT, "counts"))
    if dense is not None:
        built.add_features(Features(np.array([dense], dtype=np.float32), FEATURE_TYPE_SENTENCE, TEXT, "sentence"))
    return built


@pytest.fixture
def storage(tmp_path) -> LocalModelStorage:
    return LocalModelStorage(tmp_path)


def training_data() -> TrainingData:
    # The counts say nothing useful (every message has the same words); only
    # the sentence vector tells the two intents apart.
    examples = []
    for i in range(10):
        examples.append(message(f"a{i}", [1, 1], [1.0, 0.1 * i], "needs_logistics"))
        examples.append(message(f"b{i}", [1, 1], [-1.0, 0.1 * i], "ending_red_flags"))
    return TrainingData(examples)


def test_learns_from_the_sentence_vector_and_ranks_every_intent(storage):
    resource = Resource("intent_classifier")
    classifier = LinearIntentClassifier.create({}, storage, resource, CONTEXT)
    classifier.train(training_data())

    [parsed] = classifier.process([message("new", [1, 1], [0.9, 0.3])])
    assert parsed.get(INTENT)["name"] == "needs_logistics"
    ranking = parsed.get("intent_ranking")
    assert [entry["name"] for entry in ranking] == ["needs_logistics", "ending_red_flags"]
    assert sum(entry["confidence"] for entry in ranking) == pytest.approx(1.0)


def test_a_saved_model_predicts_the_same_after_loading(storage):
    resource = Resource("intent_classifier")
    trained = LinearIntentClassifier.create({}, storage, resource, CONTEXT)
    trained.train(training_data())
    loaded = LinearIntentClassifier.load({}, storage, resource, CONTEXT)

    for vector in ([0.5, 0.0], [-0.7, 0.9]):
        before = trained.process([message("x", [1, 1], vector)])[0].get("intent_ranking")
        after = loaded.process([message("x", [1, 1], vector)])[0].get("intent_ranking")
        assert before == after


def test_a_message_missing_a_featurizers_vector_is_still_classified(storage):
    classifier = LinearIntentClassifier.create({}, storage, Resource("intent_classifier"), CONTEXT)
    classifier.train(training_data())
    [parsed] = classifier.process([message("", [0, 0], None)])
    assert parsed.get(INTENT)["name"] in {"needs_logistics", "ending_red_flags"}


def test_without_training_data_it_leaves_messages_alone(storage):
    classifier = LinearIntentClassifier.create({}, storage, Resource("intent_classifier"), CONTEXT)
    classifier.train(TrainingData([]))
    [parsed] = classifier.process([message("x", [1, 1], [1.0, 0.0])])
    assert parsed.get(INTENT) is None


def test_it_never_learns_the_intent_only_the_crisis_detector_sets(storage):
    # data/detector/crisis_check.yml gives `crisis_check` an example for `rasa data validate`;
    # learnt, it would let the classifier send calm messages to the crisis check-in on its own.
    data = training_data()
    data = data.merge(TrainingData([message("/crisis_check", [1, 1], [0.9, 0.3], "crisis_check")]))
    classifier = LinearIntentClassifier.create({}, storage, Resource("intent_classifier"), CONTEXT)
    classifier.train(data)
    [parsed] = classifier.process([message("new", [1, 1], [0.9, 0.3])])
    assert {entry["name"] for entry in parsed.get("intent_ranking")} == {"needs_logistics", "ending_red_flags"}


# --- the trained model: `_scores` (process) against the sparse product `_vector` (training) ---

@pytest.fixture(scope="module")
def featurised_examples():
    """Every NLU example of data/nlu as the trained model's pipeline featurises it, and its classifier."""
    import asyncio

    from rasa.core.agent import load_agent
    from rasa.core.channels.channel import UserMessage
    from rasa.engine.constants import PLACEHOLDER_MESSAGE
    from rasa.shared.nlu.training_data.loading import load_data

    from tests.servers import MODEL_PATH, ROOT

    if not MODEL_PATH.exists():
        pytest.fail(f"{MODEL_PATH} is missing: run `make train` (make test trains it first)")
    seen: dict = {}
    original = LinearIntentClassifier.process

    def capture(self, messages):
        seen["classifier"] = self
        seen.setdefault("messages", []).extend(messages)
        return original(self, messages)

    # Every third distinct example (all 5,625 took a minute of make test's CPU for the same cover).
    texts = sorted({example.get(TEXT) for example in load_data(str(ROOT / "data" / "nlu")).intent_examples})[::3]
    LinearIntentClassifier.process = capture  # before loading: graph nodes keep the function they found
    try:
        processor = asyncio.run(load_agent(model_path=str(MODEL_PATH))).processor
        [target] = [name for name in processor.model_metadata.predict_schema.nodes if "LinearIntentClassifier" in name]
        # The graph up to the classifier, all at once (rasa_speedups answers "/intent" without it).
        processor.graph_runner.run(inputs={PLACEHOLDER_MESSAGE: [UserMessage(text) for text in texts]},
                                   targets=[target])
    finally:
        LinearIntentClassifier.process = original
    assert len(seen["messages"]) == len(texts) > 500
    return seen["classifier"], seen["messages"]


def test_scores_equal_the_sparse_product_on_the_nlu_examples(featurised_examples):
    classifier, messages = featurised_examples
    assert classifier._coef is not None and len(classifier._blocks) == 3
    for message in messages:
        reference = np.asarray(classifier._vector(message) @ classifier._coef.T).ravel() + classifier._intercept
        scores = classifier._scores(message)
        np.testing.assert_allclose(scores, reference, rtol=0, atol=1e-9)
        expected = np.exp(reference - reference.max())
        expected /= expected.sum()
        confidences = [entry["confidence"] for entry in message.get("intent_ranking")]
        names = [entry["name"] for entry in message.get("intent_ranking")]
        order = np.argsort(-expected)[: len(names)]
        np.testing.assert_allclose(confidences, expected[order], rtol=0, atol=1e-9)
        assert names == [str(classifier._classes[i]) for i in order], message.get(TEXT)
