"""components/graph_runner.py: the model's graphs give exactly what dask's runner gives."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import yaml
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.engine.constants import PLACEHOLDER_MESSAGE, PLACEHOLDER_TRACKER
from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner

from components import graph_runner, rasa_speedups
from tests.stories import story_conversations

rasa_speedups.install()

ROOT = Path(__file__).resolve().parents[2]


def _nlu_texts() -> list[str]:
    texts = []
    for path in sorted(ROOT.glob("data/nlu/*.yml")):
        for block in yaml.safe_load(path.read_text()).get("nlu", []):
            texts += [line[2:].strip() for line in str(block.get("examples", "")).splitlines()
                      if line.startswith("- ")][:3]
    return texts + ["", "🙂", "/trust_general", "¿puedo hablar en español?", "x" * 3000]


def _both(runner, inputs, targets):
    assert DaskGraphRunner.run is graph_runner._run
    return graph_runner._run(runner, inputs, targets), graph_runner._original_run(runner, inputs, targets)


def test_the_nlu_pipeline_parses_every_message_as_before(agent):
    processor = agent.processor
    target = processor.model_metadata.nlu_target
    texts = _nlu_texts()
    assert len(texts) > 100
    for text in texts:
        inputs = {PLACEHOLDER_MESSAGE: [UserMessage(text, sender_id="graph", metadata={"region": "uk"})]}
        ours, dasks = _both(processor.graph_runner, inputs, [target])
        assert list(ours) == list(dasks) == [target]
        (ours_message,), (dasks_message,) = ours[target], dasks[target]
        assert ours_message.as_dict() == dasks_message.as_dict(), text


def test_the_policies_predict_the_same_action_at_every_step(agent):
    processor = agent.processor
    target = processor.model_metadata.core_target
    conversations = story_conversations()[:40]

    async def talk():
        for number, texts in enumerate(conversations):
            sender = f"graph-{number}"
            for text in texts:
                await agent.handle_message(UserMessage(text, CollectingOutputChannel(), sender))
            yield await processor.get_tracker(sender)

    async def trackers():
        return [tracker async for tracker in talk()]

    steps = 0
    for tracker in asyncio.run(trackers()):
        for prior, _ in tracker.generate_all_prior_trackers():
            ours, dasks = _both(processor.graph_runner, {PLACEHOLDER_TRACKER: prior}, [target])
            assert vars(ours[target]) == vars(dasks[target]), [str(event) for event in prior.events][-4:]
            steps += 1
    assert steps > 300


def test_every_node_of_a_graph_runs_once_after_the_nodes_it_needs(agent):
    runner = agent.processor.graph_runner
    targets = (agent.processor.model_metadata.nlu_target,)
    plan = graph_runner._plan(runner, targets)
    names = [name for name, _, _ in plan]
    assert len(names) == len(set(names)) == len(runner._graph_schema.minimal_graph_schema(list(targets)).nodes)
    for position, (_, _, needs) in enumerate(plan):
        assert all(need not in names or names.index(need) < position for need in needs)


def test_an_input_named_like_a_node_is_refused_as_before(agent):
    runner = agent.processor.graph_runner
    target = agent.processor.model_metadata.nlu_target
    with pytest.raises(GraphRunError, match="clashes with a node name"):
        graph_runner._run(runner, {PLACEHOLDER_MESSAGE: target}, [target])
