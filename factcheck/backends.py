"""Backends that run the embedding model: torch fp32 (sentence-transformers' default) for now.

Kept apart from ``embed`` so the faster runtimes can be added and chosen with ``--backend``.
"""
from __future__ import annotations

from pathlib import Path

from .errors import ModelError

BACKENDS = ("torch",)


def load_model(path: Path, backend: str):
    if backend not in BACKENDS:
        raise ModelError(f"unknown backend {backend!r}; choose one of: {', '.join(BACKENDS)}")
    import torch
    from sentence_transformers import SentenceTransformer

    from .embed import THREADS

    torch.set_num_threads(THREADS)
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # "Loading weights" bars do not belong in a report run's output
    return SentenceTransformer(str(path), device="cpu", local_files_only=True)
