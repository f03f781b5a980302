"""Static word embeddings: how close in meaning two words (or short texts) are.

The vectors are WordLlama's "l2_supercat" token embeddings (MIT licence), shipped inside the
`wordllama` wheel with their tokenizer, so nothing is downloaded. A text's vector is the mean of its
tokens' vectors, normalised to length 1 — what `WordLlamaInference.embed(norm=True)` computes
(padding on, no truncation, no special tokens; padding masked out of the mean) — and the
similarity of two texts is the dot product of their vectors. The vectors are trained so that their
first dimensions carry the most (Matryoshka training; WordLlama itself offers 64, 128 and 256):
the first DIMENSIONS of the 256 are kept, which halves the memory and the time of a comparison
against a deck's vocabulary and made no difference on the evaluation sets.

Why the files and not the library: `import wordllama` imports `requests` (the core never imports a
network library), and its `WordLlama.load()` looks for the tokenizer in a directory the wheel does
not have and then tries to download it. So the package's files are located without running its
code (`importlib.util.find_spec`), the tokenizer is read with `tokenizers` and the matrix with
`safetensors.numpy`, neither of which imports anything of the network. The model is loaded once
per process, the first time a text is embedded: a command that never searches facts never pays.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from tokenizers import Tokenizer

DIMENSIONS = 128  # of the 256 the weights have
_WEIGHTS = "weights/l2_supercat_256.safetensors"
_TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
_TENSOR = "embedding.weight"
BATCH = 512  # texts tokenized and pooled at once: bounds the padded array of one batch
_lock = threading.Lock()

Vectors = npt.NDArray[np.float32]


def _package_dir() -> Path | None:
    """The installed `wordllama` package's folder, found without importing it."""
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


class _Model:
    """The token embedding matrix and its tokenizer."""

    __slots__ = ("matrix", "tokenizer")

    def __init__(self, folder: Path) -> None:
        # The tokenizer's thread pool would warn (and turn itself off) in every build worker
        # forked after it ran; a deck's words are few enough to tokenize on one thread.
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        weights = load_file(str(folder / _WEIGHTS))[_TENSOR]  # float16, one row per token
        self.matrix = np.ascontiguousarray(weights[:, :DIMENSIONS])
        self.tokenizer: Tokenizer = Tokenizer.from_file(str(folder / _TOKENIZER))
        self.tokenizer.enable_padding()
        self.tokenizer.no_truncation()

    def embed(self, texts: list[str]) -> Vectors:
        out = np.zeros((len(texts), self.matrix.shape[1]), dtype=np.float32)
        for start in range(0, len(texts), BATCH):
            encoded = self.tokenizer.encode_batch(
                texts[start : start + BATCH], add_special_tokens=False
            )
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.float32)
            np.clip(ids, 0, self.matrix.shape[0] - 1, out=ids)
            summed = np.einsum("btd,bt->bd", self.matrix[ids], mask, dtype=np.float32)
            pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1.0)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[start : start + len(encoded)] = pooled / np.maximum(norms, 1e-12)
        return out


_loaded: list[_Model | None] = []  # the model (or None without the package), once loaded


def _model() -> _Model | None:
    """The model, loaded the first time (a resource held for the process, not a memo)."""
    if not _loaded:
        folder = _package_dir()
        _loaded.append(_Model(folder) if folder is not None else None)
    return _loaded[0]


def embed(texts: list[str]) -> Vectors | None:
    """One unit-length vector per text (DIMENSIONS wide), or None when the `wordllama` package
    that holds the vectors is not installed (the search then does without them)."""
    with _lock:  # the model is loaded once; the tokenizer's padding state is shared
        model = _model()
        if model is None:
            return None
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return model.embed(texts)
