"""Pipeline: ``compare(folder, options) -> Report``, chaining the stages in order.

sources -> claims -> facts -> embed -> align -> judge. Writing the report is the
caller's business (``report.write_atomic``), so the library never touches files it
was not asked to.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .align import AlignConfig, align_claims
from .claims import split_claims
from .facts import read_facts
from .judge import judge_alignment, split_events
from .models import Report
from .sources import DEFAULT_MAX_BYTES, load_articles


@dataclass(frozen=True)
class Options:
    fuzzy_only: bool = False
    model: Path | None = None  # a local sentence-transformers folder; None: the packaged MiniLM
    backend: str = "torch"
    max_bytes: int = DEFAULT_MAX_BYTES
    align: AlignConfig = field(default_factory=AlignConfig)


def compare(folder: Path, options: Options = Options(), embedder=None, progress=None) -> Report:
    """Compare the articles in ``folder``; return the Report (nothing is written).

    ``embedder`` overrides the model (tests pass a fake); ``progress(stage)`` is called as
    each stage starts.
    """
    step = progress or (lambda stage: None)
    started = time.perf_counter()
    timings: dict[str, float] = {}

    def timed(stage, fn, *args):
        step(stage)
        t = time.perf_counter()
        result = fn(*args)
        timings[stage] = round(time.perf_counter() - t, 3)
        return result

    articles, skipped = timed("load", load_articles, Path(folder), options.max_bytes)
    claims = timed("segment", split_claims, articles)
    facts = timed("facts", read_facts, claims, articles)
    model_name = "none (--fuzzy-only)"
    embeddings = None
    if not options.fuzzy_only:
        if embedder is None:
            from .embed import SentenceEmbedder

            embedder = SentenceEmbedder(options.model, options.backend)
        model_name = embedder.name
        if hasattr(embedder, "load"):
            timed("model", embedder.load)  # apart from "embed", so throughput excludes loading
        embeddings = timed("embed", embedder.encode, [c.text for c in claims])
    alignment = timed("align", align_claims, claims, facts, embeddings, options.align)
    by_id = {c.id: c for c in claims}
    by_source = {a.id: a for a in articles}

    def judge():
        events, splits = split_events(alignment, by_id, facts, by_source)
        return judge_alignment(alignment, by_id, facts, by_source, events), events, splits

    findings, events, splits = timed("judge", judge)
    run = {
        "started": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "seconds": round(time.perf_counter() - started, 3),
        "stages": timings,
        "version": __version__,
    }
    return Report(
        articles=tuple(articles),
        claims=tuple(claims),
        facts=facts,
        findings=tuple(findings),
        model=model_name,
        options={"fuzzy_only": options.fuzzy_only, "backend": None if options.fuzzy_only else options.backend,
                 "threshold": options.align.threshold_fuzzy_only if options.fuzzy_only else options.align.threshold},
        run=run,
        warnings=tuple(str(s) for s in skipped),
        events=tuple(events),
        event_splits=tuple(splits),
    )
