"""Shared fixtures: the real embedding model is loaded once per session, and only by tests that ask."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "tests" / "stories"
SHARED = ROOT.parent / "shared"

os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def embedder():
    from factcheck.embed import SentenceEmbedder

    model = SentenceEmbedder()
    model.load()
    return model
