"""Rasa's model graphs run node after node in a fixed order, without dask's scheduler (issue 8).

Every message runs two of the model's graphs: the NLU pipeline once, the policies once per
predicted action. Rasa's `DaskGraphRunner.run` rebuilds the minimal graph for the targets,
turns it into a dask task graph and hands it to `dask.get`, whose local scheduler orders the
tasks (`dask.order`), queues them and executes each through its callback machinery, all on
this one thread. py-spy under the bench load: 9.7 % of the Rasa process went to that
bookkeeping around the nodes' own work (56.7 % in `DaskGraphRunner.run`, 47.0 % in the nodes).
Rasa also formats its "Running graph with inputs ..." debug line, the message and tracker
included, even when debug logging is off.

Here each set of targets gets its plan once: the nodes the targets need, every node after the
nodes it needs. A run calls each node of the plan with the outputs of the nodes it needs, as
dask would (an input named like a node replaces it; a need that is neither a node nor an input
is passed as its name, which `GraphNode` reports as unresolved), and returns the targets'
outputs. The nodes are Rasa's own `GraphNode`s, hooks included; an error raised by a node
propagates exactly as before (a `RuntimeError` becomes Rasa's `GraphRunError`).
tests/components/test_graph_runner.py runs both runners on the same messages and conversations.
"""
from __future__ import annotations

import logging
from typing import Any

from rasa.engine.exceptions import GraphRunError
from rasa.engine.graph import GraphNode
from rasa.engine.runner.dask import DaskGraphRunner

_original_run = DaskGraphRunner.run
# Rasa's own logger for this runner, so the debug line stays where it was.
_logger = logging.getLogger("rasa.engine.runner.dask")

Plan = list[tuple[str, GraphNode, tuple[str, ...]]]


def _plan(runner: DaskGraphRunner, targets: tuple[str, ...]) -> Plan:
    plans: dict[tuple[str, ...], Plan] = runner.__dict__.setdefault("_speedups_plans", {})
    if targets in plans:
        return plans[targets]
    schema = runner._graph_schema.minimal_graph_schema(list(targets))
    plan: Plan = []
    placed: set[str] = set()

    def place(name: str, path: tuple[str, ...]) -> None:
        if name in placed or name not in schema.nodes:
            return
        if name in path:
            raise GraphRunError(f"The graph has a cycle through '{name}'.")
        needs = tuple(schema.nodes[name].needs.values())
        for need in needs:
            place(need, (*path, name))
        placed.add(name)
        plan.append((name, runner._instantiated_nodes[name], needs))

    for target in targets:
        place(target, ())
    plans[targets] = plan
    return plan


def _run(self: DaskGraphRunner, inputs: dict[str, Any] | None = None,
         targets: list[str] | None = None) -> dict[str, Any]:
    run_targets = tuple(targets if targets else self._graph_schema.target_names)
    plan = _plan(self, run_targets)
    outputs: dict[str, Any] = {}
    for input_name, input_value in (inputs or {}).items():
        if isinstance(input_value, str) and any(input_value == name for name, _, _ in plan):
            raise GraphRunError(
                f"Input value '{input_value}' clashes with a node name. Make sure "
                f"that none of the input names passed to the `run` method are the "
                f"same as node names in the graph schema."
            )
        outputs[input_name] = (input_name, input_value)
    if _logger.isEnabledFor(logging.DEBUG):
        _logger.debug(f"Running graph with inputs: {inputs}, targets: {targets} "
                      f"and {self._execution_context}.")
    try:
        for name, node, needs in plan:
            if name not in outputs:
                outputs[name] = node(*(outputs.get(need, need) for need in needs))
    except RuntimeError as e:
        raise GraphRunError("Error running runner.") from e
    return dict(outputs.get(target, target) for target in run_targets)


def install() -> None:
    """Idempotent."""
    DaskGraphRunner.run = _run
