"""`python -m scripts.rasa_run` (how `make run` starts Rasa): `rasa run` plus its memory fixes.

That several Sanic workers started this way answer a conversation exactly as one
process does is tests/integration/test_replicas.py (one replica runs two workers).
"""
from __future__ import annotations

import gc
import os
import pickle
import subprocess

import numpy as np
import rasa.core.run
from rasa.shared.utils.common import minimal_kwargs

from components.sentence_featurizer import shared_encoder
from scripts.rasa_run import MEMORY_LISTENERS, share_before_fork, with_memory_listeners
from tests.servers import BIN, ROOT


def test_rasa_run_passes_the_listeners_on_to_the_server_with_every_other_argument():
    # rasa.run keeps only the keyword arguments serve_application takes (rasa/api.py).
    handed_on = {}

    def run(model, endpoints, **kwargs):
        handed_on.update(model=model, endpoints=endpoints,
                         **minimal_kwargs(kwargs, rasa.core.run.serve_application))

    with_memory_listeners(run)(model="models/companion.tar.gz", endpoints="endpoints.yml", port=5005,
                               enable_api=False, not_an_argument_of_rasa=1)
    assert handed_on == {"model": "models/companion.tar.gz", "endpoints": "endpoints.yml", "port": 5005,
                         "enable_api": False, "server_listeners": MEMORY_LISTENERS}
    assert [event for _, event in MEMORY_LISTENERS] == ["main_process_start", "after_server_start"]


def _private_memory_mb() -> float:
    with open("/proc/self/smaps_rollup") as rollup:
        return sum(int(line.split()[1]) for line in rollup if line.startswith(("Private_Dirty:", "Private_Clean:"))) / 1024


def test_a_forked_worker_uses_the_encoder_loaded_before_the_fork_and_embeds_as_it_does():
    text = "i find it really hard to trust a therapist"
    try:
        share_before_fork(app=None, loop=None)
        assert gc.get_freeze_count() > 0
        encoder = shared_encoder(None)
        expected = encoder.encode([text])
        read_end, write_end = os.pipe()
        child = os.fork()
        if child == 0:  # the worker
            try:
                os.close(read_end)
                before = _private_memory_mb()
                worker_encoder = shared_encoder(None)
                embedding = worker_encoder.encode([text])
                answer = (worker_encoder is encoder, _private_memory_mb() - before, embedding)
                with os.fdopen(write_end, "wb") as pipe:
                    pickle.dump(answer, pipe)
            finally:
                os._exit(0)
        os.close(write_end)
        with os.fdopen(read_end, "rb") as pipe:
            same_encoder, private_growth_mb, embedding = pickle.load(pipe)
        os.waitpid(child, 0)
    finally:
        gc.unfreeze()
    assert same_encoder
    # Loading the encoder costs a process ~55 MB of its own (onnxruntime's packed weights); a worker
    # that shares the parent's copy-on-write pages only pays for one message's computation (~10 MB).
    assert private_growth_mb < 30
    np.testing.assert_array_equal(embedding, expected)


def test_rasa_started_this_way_never_loads_jax():
    # What `rasa run` imports (the server, the model loader, every component Rasa registers);
    # TensorFlow itself included. jax (~64 MB per process) only served tf.lite.
    code = ("import sys, scripts.rasa_run, rasa.core.run, rasa.core.agent, rasa.engine.recipes.default_recipe, "
            "tensorflow\n"
            "from tensorflow.lite.python import util as tflite\n"
            "print(sorted(name for name, module in sys.modules.items() if name.startswith(('jax', 'jaxlib')) "
            "and module is not None), tflite._xla_computation)")
    done = subprocess.run([str(BIN / "python"), "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[] None"
