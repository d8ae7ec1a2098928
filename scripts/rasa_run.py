"""`rasa run` as `make run` starts it: Rasa's own command line, plus two memory fixes (issue 8).

`python -m scripts.rasa_run <the arguments of rasa run>` (scripts/run.py, scripts/serve.py,
`make bench` and the integration tests start Rasa this way).

With SANIC_WORKERS=2, Sanic 21.12 forks its workers (sanic/server/runners.py,
`multiprocessing.get_context("fork")`) from a parent that has imported Rasa, and with it
TensorFlow, but loaded no model: each worker loads the model itself, in Rasa's
`before_server_start` listener. Measured with two workers on the production profile
(README "How fast"), the tree held 855 MB (PSS) idle and ~360 MB more under load, while its
summed RSS barely grew: the workers were copying pages they shared with the parent.

* Python's garbage collector writes into the header of every object it scans, so a worker's
  full collection touches (and copies) every page of the ~480,000 objects the parent made
  importing Rasa, and on one core takes 0.5-1 s during which no message is answered. Objects
  that exist before the fork, and the model's once a worker has loaded it, are moved out of
  the collector's reach with `gc.freeze()`: they live as long as the process anyway.
* The sentence encoder (onnxruntime's session: ~55 MB of weights packed for its kernels, which
  nothing writes once loaded) is loaded in the parent, so the workers share one copy instead of
  loading one each (components/sentence_featurizer.py keeps one encoder per process).

* jax is never imported. TensorFlow 2.12 depends on it, and imports it (when installed) only
  for tf.lite's converter of jax functions, which nothing here uses: 64 MB of RSS and ~1 s of
  start per Rasa process. Nothing else Rasa loads imports it (safetensors' and opt_einsum's jax
  parts are only used when asked for).

With one worker (`make run`) the same listeners run in the one process, in the same order.
"""
from __future__ import annotations

import functools
import gc
import sys
from typing import Any

# `None` in sys.modules makes `import jax` raise ImportError, which tf.lite catches as
# "jax not installed" (tensorflow/lite/python/util.py). Before anything imports TensorFlow.
sys.modules.setdefault("jax", None)


def share_before_fork(app: Any, loop: Any) -> None:
    """Sanic's `main_process_start`: in the parent, before any worker exists."""
    from components.sentence_featurizer import shared_encoder

    # The encoder a pipeline gets when it names no model_dir (config.yml).
    shared_encoder(None)
    gc.collect()
    gc.freeze()


def freeze_loaded_model(app: Any, loop: Any) -> None:
    """Sanic's `after_server_start`: in each worker, once Rasa's `before_server_start` has loaded the model."""
    gc.collect()
    gc.freeze()


MEMORY_LISTENERS = [(share_before_fork, "main_process_start"), (freeze_loaded_model, "after_server_start")]


def with_memory_listeners(run):
    """`rasa.run` (what `rasa run` calls) handing Rasa's `serve_application` the listeners above."""
    @functools.wraps(run)
    def run_with_listeners(*args: Any, **kwargs: Any) -> None:
        return run(*args, server_listeners=MEMORY_LISTENERS, **kwargs)

    return run_with_listeners


def main(argv: list[str]) -> None:
    import rasa
    from rasa.__main__ import main as rasa_main

    rasa.run = with_memory_listeners(rasa.run)
    sys.argv = ["rasa", "run", *argv]
    rasa_main()


if __name__ == "__main__":
    main(sys.argv[1:])
