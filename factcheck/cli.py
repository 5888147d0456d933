"""The command line: parse options, call ``compare()``, write the reports, map errors to exit codes.

Nothing else in the package prints or exits. Heavy imports (spaCy, torch) happen inside
the command, so ``factcheck --help`` answers at once.
"""
from __future__ import annotations

import datetime as dt
import os
import signal
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

import typer

from .errors import FactcheckError, Interrupted, ModelError, ReportError, ReviewError, SourceError

EXIT_CODES = {SourceError: 3, ModelError: 4, ReportError: 5, ReviewError: 6, Interrupted: 130}
EXIT_HELP = """Exit codes: 0 report written (contradictions are findings, not errors); 2 bad usage;
3 sources folder missing, empty or with fewer than two readable articles; 4 embedding model
missing, corrupt or not a model; 5 report cannot be written (exists without --force, folder
not writable); 6 the review file is malformed (the message names the line; the file is left as
it is) or a review names an unknown finding; 130 interrupted (Ctrl-C), nothing half-written."""

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Compare news articles on one story and "
                  "report where they agree, contradict each other, differ in certainty or status.\n\n" + EXIT_HELP)


@app.callback()
def main() -> None:
    """factcheck: a source-comparison tool for fact-checkers."""


@app.command("compare")
def compare_cmd(
    sources: list[Path] = typer.Argument(..., help="A folder of articles that cover one story, or two or more article "
                                         "files (.txt, .md, .html, .docx, .pdf)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Markdown report path (default reports/<folder>-<date>.md); "
                                       "the HTML page goes beside it (.html)."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="JSON report path (default: beside the Markdown, .json)."),
    reports: Path = typer.Option(Path("reports"), "--reports", help="Folder for reports with default names."),
    fuzzy_only: bool = typer.Option(False, "--fuzzy-only", help="Align by rapidfuzz only: no torch, no model."),
    model: Optional[Path] = typer.Option(None, "--model", help="A local sentence-transformers model folder "
                                         "(default: the packaged all-MiniLM-L6-v2)."),
    backend: str = typer.Option("onnx", "--backend", help="Embedding runtime: onnx (ONNX Runtime fp32, default: same "
                                "findings as torch), onnx-int8 (faster; agreements near the threshold can differ) or "
                                "torch (sentence-transformers, the reference). ONNX graphs are exported once, "
                                "offline, from the model into the cache folder."),
    threshold: Optional[float] = typer.Option(None, "--threshold", min=0.0, max=1.5,
                                              help="Alignment threshold on the combined score (default tuned on ECB+)."),
    max_size: float = typer.Option(5.0, "--max-size", min=0.001, help="Skip files larger than this many MB."),
    force: bool = typer.Option(False, "--force", help="Overwrite existing report files."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Neither read nor write the cache (claims, facts, "
                                  "embeddings); see 'factcheck cache info'."),
    since: Optional[Path] = typer.Option(None, "--since", help="Mark findings new/changed/gone against this JSON report "
                                         "(default: the latest report of the same sources in the report's folder)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Compare the articles in SOURCES and write the discrepancy report as Markdown, HTML (beside the
    Markdown, same name) and JSON.

    Example:

        factcheck compare sources/

        factcheck compare sources/ --out r.md --json r.json --fuzzy-only

        factcheck compare a.txt b.md
    """
    from dataclasses import replace

    from .backends import BACKENDS
    from .html import to_html
    from .markdown import to_markdown
    from .pipeline import Options, compare, sources_key
    from .report import counts_by_kind, report_stem, to_json, write_atomic
    from .review import annotate, load_decisions, previous_report, read_previous, review_path

    with _one_line_errors("factcheck: interrupted; no report written"):
        folder = sources[0] if len(sources) == 1 else list(sources)
        md_path, js_path, html_path = _output_paths(folder, out, json_out, reports, force)
        decisions_path = review_path(md_path, report_stem(folder))
        decisions = load_decisions(decisions_path)  # a malformed file stops the run before any work
        previous_path = since or previous_report(sources_key(folder), md_path.parent, (md_path, js_path))
        previous = read_previous(previous_path) if previous_path else None
        if backend not in BACKENDS:
            raise typer.BadParameter(f"{backend!r}; choose one of: {', '.join(BACKENDS)}", param_hint="--backend")
        options = Options(fuzzy_only=fuzzy_only, model=model, backend=backend, max_bytes=int(max_size * 1e6),
                          cache=not no_cache)
        if threshold is not None:
            field = "threshold_fuzzy_only" if fuzzy_only else "threshold"
            options = replace(options, align=replace(options.align, **{field: threshold}))
        warnings = []
        with _progress(enabled=not quiet and sys.stderr.isatty()) as progress:
            report = compare(folder, options, progress=progress, warn=warnings.append)
        report = replace(annotate(report, decisions, previous, str(previous_path or "")),
                         review_file=os.path.relpath(decisions_path, js_path.parent))
        markdown, js, page = to_markdown(report), to_json(report), to_html(report)
        _stop_if_interrupted()
        write_atomic(md_path, markdown, force)
        write_atomic(js_path, js, force)
        write_atomic(html_path, page, force)
    if not quiet:
        for warning in (*warnings, *report.warnings):
            typer.echo(f"factcheck warning: {warning}", err=True)
        counts = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts_by_kind(report.findings))
        typer.echo(f"Compared {sum(1 for a in report.articles if not a.duplicate_of)} articles "
                   f"({len(report.claims)} claims): {counts}.")
        typer.echo(f"Report: {md_path}")
        typer.echo(f"HTML:   {html_path}")
        typer.echo(f"JSON:   {js_path}")


@contextmanager
def _one_line_errors(interrupted: str):
    """Ctrl-C and the library's errors as one line on stderr and an exit code, never a traceback.

    Ctrl-C is also remembered: Python drops a KeyboardInterrupt raised inside a finaliser (a
    library's ``__del__`` running when the signal lands), and the run would go on to write its
    report; the flag stops it before anything is written."""
    _INTERRUPTED.clear()
    previous = signal.getsignal(signal.SIGINT)
    ours = previous is signal.default_int_handler and threading.current_thread() is threading.main_thread()
    if ours:  # (a SIGINT ignored, as in a background job, stays ignored)
        signal.signal(signal.SIGINT, _on_sigint)
    hook = sys.unraisablehook
    sys.unraisablehook = lambda u: None if isinstance(u.exc_value, KeyboardInterrupt) else hook(u)  # remembered: no traceback
    try:
        yield
        _stop_if_interrupted()
    except KeyboardInterrupt:
        typer.echo(interrupted, err=True)
        raise typer.Exit(130) from None
    except FactcheckError as err:
        typer.echo(f"factcheck error: {err}", err=True)
        raise typer.Exit(EXIT_CODES.get(type(err), 1)) from None
    finally:
        sys.unraisablehook = hook
        if ours:
            signal.signal(signal.SIGINT, previous)


_INTERRUPTED = threading.Event()


def _on_sigint(signum, frame):
    _INTERRUPTED.set()
    raise KeyboardInterrupt


def _stop_if_interrupted() -> None:
    if _INTERRUPTED.is_set():
        raise KeyboardInterrupt


def _output_paths(sources, out, json_out, reports: Path, force: bool) -> tuple[Path, Path, Path]:
    """Decide the three paths (the HTML page beside the Markdown) and check they can be written,
    before any expensive work."""
    from .report import default_paths

    if out is None and json_out is None:
        if not reports.exists():
            try:
                reports.mkdir(parents=True)
            except OSError as err:
                raise ReportError(f"cannot create {reports}: {err.strerror}") from None
        md, js = default_paths(sources, reports, dt.date.today().isoformat())
    else:
        md = out if out is not None else json_out.with_suffix(".md")
        js = json_out if json_out is not None else out.with_suffix(".json")
    if md.resolve() == js.resolve():
        raise ReportError(f"--out and --json both name {md}; give them different names")
    page = md.with_suffix(".html")
    if page.resolve() in (md.resolve(), js.resolve()):
        raise ReportError(f"the HTML report would overwrite {page}; give --out a .md name")
    for path in (md, js, page):
        if path.exists() and not force:
            raise ReportError(f"{path} exists; use --force to overwrite it, or choose another name")
        if path.exists() and path.is_dir():
            raise ReportError(f"{path} is a folder; give a file name")
        parent = path.parent if str(path.parent) else Path(".")
        if not parent.is_dir():
            raise ReportError(f"folder {parent} does not exist; create it or choose another path")
        if not os.access(parent, os.W_OK | os.X_OK):
            raise ReportError(f"folder {parent} is not writable; choose another path with --out/--json")
    return md, js, page


@contextmanager
def _progress(enabled: bool):
    """A bar per stage on a terminal (rich, on stderr); None (silent) otherwise."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bars:
        current = []

        def stage(name: str, total: int | None):
            for task in current:  # the previous stage is over
                bars.update(task, completed=bars.tasks[task].total or 1, total=bars.tasks[task].total or 1)
            current[:] = [bars.add_task(name, total=total)]
            return lambda n: bars.advance(current[0], n)

        yield stage


@app.command("facts")
def facts_cmd(
    article: Path = typer.Argument(..., help="One article (.txt, .md or .html)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per claim, one per line."),
    max_size: float = typer.Option(5.0, "--max-size", min=0.001, help="Refuse files larger than this many MB."),
) -> None:
    """Show what factcheck reads in one article, claim by claim: where each claim stands and
    each fact in it (quantities, dates, times, names, who says it, how certain, planned or done).

    Use it to see why a sentence was or was not compared.

    Example:

        factcheck facts sources/report.md

        factcheck facts sources/report.md --json > facts.jsonl
    """
    from .pipeline import read_one
    from .report import claim_facts_json, facts_text

    with _one_line_errors("factcheck: interrupted"):
        found, claims, facts = read_one(article, int(max_size * 1e6))
    if as_json:
        import json

        for claim in claims:
            typer.echo(json.dumps(claim_facts_json(claim, facts[claim.id]), ensure_ascii=False, sort_keys=True))
    else:
        typer.echo(facts_text(found, claims, facts))


@app.command("review")
def review_cmd(
    report: Path = typer.Argument(..., help="A report written by 'factcheck compare' (.md, .html or .json)."),
    finding: Optional[str] = typer.Argument(None, help="The finding's id, as the report shows it (f-3a9c01b7)."),
    status: Optional[str] = typer.Option(None, "--status", "-s", help="confirmed, dismissed, false-positive or needs-call."),
    note: str = typer.Option("", "--note", "-n", help="Why: what was checked, with whom."),
    by: Optional[str] = typer.Option(None, "--by", help="Who decides (default: the login name)."),
    log: bool = typer.Option(False, "--log", help="Print every decision on this report's sources, oldest first."),
) -> None:
    """Record an editor's decision on a finding, or print the history of decisions (--log).

    Decisions are appended to <reports>/<sources>.review.yaml, never rewritten; the next
    'factcheck compare' of the same sources shows each finding's latest decision, moves dismissed
    and false-positive findings to a closing section, and marks a finding whose evidence changed
    since the decision.

    Example:

        factcheck review reports/sources-2026-12-02.md f-3a9c01b7 --status confirmed --note "coastguard confirms 15"

        factcheck review reports/sources-2026-12-02.md --log
    """
    import getpass

    from .review import STATUSES, append_decision, load_decisions, now

    with _one_line_errors("factcheck: interrupted; nothing recorded"):
        data, path = _read_report(report)
        decisions_file = path.parent / data["review_file"]
        decisions = load_decisions(decisions_file)  # a malformed file is reported before anything else
        if log:
            if not decisions:
                typer.echo(f"No decisions yet ({decisions_file}).")
            for d in decisions:
                typer.echo(f"{d.at or '-'}  {d.by or '-'}  {d.id}  {d.status}" + (f"  {d.note}" if d.note else ""))
            return
        if not finding or not status:
            raise typer.BadParameter("give a FINDING_ID and --status (or --log)")
        if status not in STATUSES:
            raise typer.BadParameter(f"{status!r}; choose one of: {', '.join(STATUSES)}", param_hint="--status")
        found = {f.get("id"): f for f in data["findings"] if isinstance(f, dict)}
        if finding not in found:
            close = [i for i in found if i and i.startswith(finding[:4])][:3]
            raise ReviewError(f"{report} has no finding {finding}" + (f" (did you mean {', '.join(close)}?)" if close else ""))
        who = by or os.environ.get("FACTCHECK_USER") or getpass.getuser()
        _stop_if_interrupted()
        append_decision(decisions_file, {"id": finding, "status": status, "note": note, "by": who, "at": now(),
                                         "kind": found[finding].get("kind"), "slot": found[finding].get("slot") or "",
                                         "evidence": list(found[finding].get("evidence") or [])})
    typer.echo(f"{finding}: {status}" + (f" ({note})" if note else "") + f", recorded in {decisions_file}")


def _read_report(report: Path):
    """The JSON of a report given as its .md, .html or .json path, and that JSON's path."""
    import json

    path = report.with_suffix(".json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReviewError(f"{path} not found; give a report written by 'factcheck compare' (its .json sits beside it)") from None
    except (OSError, ValueError, UnicodeDecodeError) as err:
        raise ReviewError(f"{path} is not a factcheck JSON report ({err})") from None
    if not isinstance(data, dict) or data.get("tool") != "factcheck" or "review_file" not in data:
        raise ReviewError(f"{path} is not a factcheck JSON report of this version (no review_file); run compare again")
    return data, path


cache_app = typer.Typer(help="The cache of claims, facts, embeddings and exported models.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info() -> None:
    """Where the cache is, its size and what it holds."""
    from .cache import info

    found = info()
    typer.echo(f"folder:     {found['folder']}")
    typer.echo(f"size:       {found['bytes'] / 1e6:.1f} MB")
    typer.echo(f"articles:   {found['articles']}")
    typer.echo(f"embeddings: {found['embeddings']}")
    typer.echo(f"comparisons: {found['comparisons']}")
    typer.echo(f"models:     {', '.join(found['models']) or 'none'}")
    if found.get("problem"):
        typer.echo(f"factcheck warning: cache unreadable ({found['problem']}); 'factcheck cache clear' resets it", err=True)


@cache_app.command("clear")
def cache_clear() -> None:
    """Delete the cache (this tool's files only); the next run recomputes everything."""
    from .cache import cache_dir, clear

    try:
        removed = clear()
    except OSError as err:
        typer.echo(f"factcheck error: cannot clear the cache in {cache_dir()}: {err.strerror}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"Cleared {cache_dir()} ({len(removed)} item{'s' if len(removed) != 1 else ''} removed).")


def entrypoint() -> None:
    app()
