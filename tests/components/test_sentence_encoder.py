"""The sentence encoder gives what sentence-transformers gives for all-MiniLM-L6-v2.

The expected token ids and numbers were produced once with
sentence-transformers 6.2 and torch 2.13 from the same bundled weights.
"""
from __future__ import annotations

import os
import shutil

import numpy as np
import pytest

from components.sentence_encoder import MAX_TOKENS, SentenceEncoder, bundled_model_dir, cached_encoder_graph


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I can't afford weekly sessions.", [101, 1045, 2064, 1005, 1056, 8984, 4882, 6521, 1012, 102]),
        # Accents stripped, each "!" its own token, the emoji unknown.
        ("Héllo wörld!!! 😀 ça va?", [101, 7592, 2088, 999, 999, 999, 100, 6187, 12436, 1029, 102]),
        ("日本語", [101, 1864, 1876, 1950, 102]),
        # A typo falls apart into known word pieces instead of becoming unknown.
        ("therapsit dont listen 2 me", [101, 1996, 2527, 4523, 4183, 2123, 2102, 4952, 1016, 2033, 102]),
        ("", [101, 102]),
    ],
)
def test_tokens_match_the_reference_tokenizer(encoder, text, expected):
    assert encoder.tokenizer.encode(text) == expected


def test_embeddings_match_the_reference_model(encoder):
    vectors = encoder.encode([
        "I can't afford weekly sessions.",
        "money is tight, is there a cheaper option",
        "my therapist rolled her eyes at me",
    ])
    np.testing.assert_allclose(
        vectors[0][:6], [0.041264, 0.021808, 0.030185, 0.025687, -0.027281, 0.035551], atol=2e-6
    )
    np.testing.assert_allclose(
        vectors @ vectors.T,
        [[1.0, 0.3969, 0.0678], [0.3969, 1.0, -0.0628], [0.0678, -0.0628, 1.0]],
        atol=2e-4,
    )


def test_two_ways_of_saying_money_is_a_worry_are_closer_than_an_unrelated_worry(encoder):
    fees, cheaper, eye_roll = encoder.encode(
        ["the fees are too much for me", "is there a cheaper option, i'm broke", "my therapist rolled her eyes at me"]
    )
    assert fees @ cheaper > fees @ eye_roll + 0.2


def test_a_very_long_message_is_cut_to_the_models_limit_like_the_reference(encoder):
    text = "word " * 400
    assert len(encoder.tokenizer.encode(text)) == MAX_TOKENS
    np.testing.assert_allclose(encoder.encode([text])[0][:3], [-0.008124, -0.095586, -0.038673], atol=2e-6)


def test_batches_of_mixed_lengths_give_the_same_vectors_as_one_at_a_time(encoder):
    texts = ["hi", "i'm scared my therapist will judge me for what i did when i was younger", "", "ok 👍"]
    together = encoder.encode(texts)
    alone = np.vstack([encoder.encode([text]) for text in texts])
    np.testing.assert_allclose(together, alone, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)


def test_encoding_starts_no_thread_of_its_own():
    # The event loop and the action server need the machine's other core.
    threads_before = len(os.listdir("/proc/self/task"))
    encoder = SentenceEncoder()
    encoder.encode(["i'm scared my therapist will judge me", "ok"])
    assert len(os.listdir("/proc/self/task")) == threads_before


def test_the_graph_is_written_once_and_rebuilt_when_the_model_changes(tmp_path):
    model_dir = tmp_path / "model"
    shutil.copytree(bundled_model_dir(), model_dir)
    cache = tmp_path / "cache"
    graph = cached_encoder_graph(model_dir, cache)
    written = graph.stat().st_mtime_ns
    assert cached_encoder_graph(model_dir, cache) == graph
    assert graph.stat().st_mtime_ns == written
    config = model_dir / "config.json"
    config.write_text(config.read_text().replace('"layer_norm_eps": 1e-12', '"layer_norm_eps": 1e-06'))
    rebuilt = cached_encoder_graph(model_dir, cache)
    assert rebuilt != graph and rebuilt.exists()
    assert sorted(path.name for path in cache.iterdir()) == sorted(
        [graph.name, f"{graph.name}.weights", rebuilt.name, f"{rebuilt.name}.weights"]
    )
