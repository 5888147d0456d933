"""Pipeline: ``compare(folder, options) -> Report``, chaining the stages in order.

sources -> claims -> facts -> embed -> align -> judge. Writing the report is the
caller's business (``report.write_atomic``), so the library never touches files it
was not asked to.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import __version__
from .align import AlignConfig, align_claims
from .backends import DEFAULT_BACKEND
from .cache import COMPARERS, Cache, code_fingerprint
from .claims import split_claims
from .facts import read_facts
from .judge import judge
from .models import Report
from .sources import DEFAULT_MAX_BYTES, load_articles


@dataclass(frozen=True)
class Options:
    fuzzy_only: bool = False
    model: Path | None = None  # a local sentence-transformers folder; None: the packaged MiniLM
    backend: str = DEFAULT_BACKEND
    max_bytes: int = DEFAULT_MAX_BYTES
    cache: bool = True  # read and write the on-disk cache (claims, facts, embeddings)
    align: AlignConfig = field(default_factory=AlignConfig)


def compare(folder: Path | list[Path], options: Options = Options(), embedder=None, progress=None, warn=None) -> Report:
    """Compare the articles in ``folder`` (or exactly the files of a list); return the Report
    (nothing is written but the cache).

    ``embedder`` overrides the model (tests pass a fake). ``progress(stage, total)`` is
    called as each stage starts and returns ``tick(n)`` for its items done (or None).
    ``warn(message)`` hears about trouble that does not stop the run (an unusable cache).
    """
    started = time.perf_counter()
    timings: dict[str, float] = {}

    def timed(stage, fn, *args, total=None):
        tick = progress(stage, total) if progress else None
        t = time.perf_counter()
        result = fn(*args, tick=tick) if total is not None else fn(*args)
        timings[stage] = round(timings.get(stage, 0) + time.perf_counter() - t, 3)
        return result

    cache = Cache() if options.cache else None
    try:
        source = [Path(p) for p in folder] if isinstance(folder, (list, tuple)) else Path(folder)
        articles, skipped = timed("load", load_articles, source, options.max_bytes)
        keys = {a.id: _article_key(a) for a in articles} if cache is not None else {}
        claims, facts, cached_articles = _claims_and_facts(articles, cache, keys, timed)
        model_name = "none (--fuzzy-only)"
        embeddings = None
        if not options.fuzzy_only:
            if embedder is None:
                from .embed import SentenceEmbedder

                embedder = SentenceEmbedder(options.model, options.backend, cache)
            model_name = embedder.name
        key = _comparison_key(articles, keys, options, embedder) if cache is not None and cache.usable else None
        done = cache.get("comparisons", key) if key is not None else None
        if done is None and not options.fuzzy_only:
            embeddings = timed("embed", embedder.encode, [c.text for c in claims], total=len(claims))
            loading = getattr(embedder, "load_seconds", 0.0)
            if loading:  # its own line, so the embed time is the throughput
                timings["model"] = round(loading, 3)
                timings["embed"] = round(timings["embed"] - loading, 3)
        if done is None:
            alignment = timed("align", align_claims, claims, facts, embeddings, options.align)
            by_id = {c.id: c for c in claims}
            by_source = {a.id: a for a in articles}

            done = timed("judge", judge, alignment, by_id, facts, by_source)
            if key is not None:
                cache.put("comparisons", [(key, done)])
        findings, events, splits, table = done.findings, done.events, done.splits, done.table
    finally:
        if cache is not None:
            if cache.problem and warn:
                warn(cache.problem)
            cache.close()
    run = {
        "started": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "seconds": round(time.perf_counter() - started, 3),
        "stages": timings,
        # how much came from the cache: articles whose claims and facts were read back, texts the model ran on
        "cached_articles": cached_articles,
        "embedded": getattr(embedder, "embedded", None) if not options.fuzzy_only else 0,
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
        table=tuple(table),
        folder=sources_key(folder),
    )


def read_one(path: Path, max_bytes: int = DEFAULT_MAX_BYTES):
    """One article's claims and facts, as ``compare`` reads them: ``(article, claims, facts)``.

    Raises SourceError when the file cannot be read as an article (the reason is the message).
    """
    from .errors import SourceError
    from .sources import Unreadable, read_article

    path = Path(path)
    if not path.is_file():
        raise SourceError(f"{path} is not a file; give one article (.txt, .md or .html)")
    try:
        article = read_article(path, max_bytes)
    except Unreadable as why:
        raise SourceError(f"{path}: {why}") from None
    claims = split_claims([article])
    return article, claims, read_facts(claims, [article])


def _claims_and_facts(articles, cache, keys, timed):
    """Claims and facts of every article: from the cache where the article was read before, else read now.

    An article's claims and facts depend on the article alone (its text, format and date), so
    they are cached per article; ids are given afresh in article order on every run.
    """
    articles = [a for a in articles if a.duplicate_of is None]
    known = {a.id: cache.get("articles", keys[a.id]) for a in articles} if cache is not None else {}
    todo = [a for a in articles if known.get(a.id) is None]
    fresh = timed("segment", split_claims, todo, total=len(todo)) if todo else []
    fresh_facts = timed("facts", read_facts, fresh, todo, total=len(fresh)) if fresh else {}
    for article in todo:
        known[article.id] = []
    for c in fresh:
        known[c.source].append((replace(c, id="", source=""), replace(fresh_facts[c.id], claim_id="")))
    if cache is not None and todo:
        cache.put("articles", [(keys[a.id], known[a.id]) for a in todo])
    claims, facts = [], {}
    for article in articles:
        for claim, fact in known[article.id]:
            cid = f"c{len(claims) + 1}"
            claims.append(replace(claim, id=cid, source=article.id))
            facts[cid] = replace(fact, claim_id=cid)
    return claims, facts, len(articles) - len(todo)


def _comparison_key(articles, keys: dict[str, bytes], options: Options, embedder) -> bytes | None:
    """Everything a comparison's findings depend on; None when that cannot be known (a test's fake model)."""
    from .embed import SentenceEmbedder

    if not options.fuzzy_only and not isinstance(embedder, SentenceEmbedder):
        return None
    model = "" if options.fuzzy_only else f"{embedder.model_key()}/{embedder.backend}"
    parts = [code_fingerprint(COMPARERS), model, repr(options.align), repr(options.fuzzy_only)]
    parts += [f"{a.id}|{a.path}|{a.duplicate_of}|{keys[a.id].hex()}" for a in articles]
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).digest()


def _article_key(article) -> bytes:
    """Everything of an article its claims and facts depend on (not its id or path), and the code that reads them."""
    content = replace(article, id="", path="", duplicate_of=None)
    return hashlib.sha256(f"{code_fingerprint()}\n{content!r}".encode("utf-8", "surrogatepass")).digest()


def sources_key(folder: Path | list[Path]) -> str:
    """What was compared, as given: the folder, or the files joined with " + " (sorted)."""
    if isinstance(folder, (list, tuple)):
        paths = sorted(str(p) for p in folder)
        return " + ".join(paths)
    return str(folder)


def same_sources(a: str, b: str) -> bool:
    """Two ``sources_key`` values name the same folder or files (resolved from here)."""
    def resolved(key: str) -> list[str]:
        return sorted(str(Path(p).resolve()) for p in key.split(" + "))
    return bool(a and b) and resolved(a) == resolved(b)
