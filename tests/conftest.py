"""Shared fixtures: the real embedding model is loaded once per session, and only by tests that ask."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "tests" / "stories"
SHARED = ROOT.parent / "shared"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
# Tests never touch the user's cache: one fresh cache folder per test session (subprocesses inherit it).
SESSION_CACHE = Path(tempfile.mkdtemp(prefix="factcheck-test-cache-"))
os.environ["FACTCHECK_CACHE_DIR"] = str(SESSION_CACHE)


@pytest.fixture(scope="session")
def embedder():
    from factcheck.embed import SentenceEmbedder

    model = SentenceEmbedder()
    model.load()
    return model
