"""Review: stable finding ids, the editors' decisions kept across reruns, and what changed since
the last run.

- ``natural_id(finding, claims)``: an id from what a finding is about (its kind, its fact, and the
  claims it sets side by side, each named by its article and its text), not from its position.
  ``annotate`` keeps an earlier id when a finding's evidence moved (a new article joins it, a
  value changes) by matching it to the previous report's and the review file's findings of the same
  kind and fact that share a claim.
- The review file (``<reports>/<folder>.review.yaml``) is a YAML list of decisions, appended to and
  never rewritten: ``id``, ``status`` (confirmed, dismissed, false-positive, needs-call), ``note``,
  ``by``, ``at`` and ``evidence`` (the claims the finding held when it was decided). A finding's
  decision is its latest entry; when its evidence differs now, it is "changed since reviewed".
- ``previous_report``: the latest JSON report of the same sources in the reports folder.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import ReviewError
from .models import Claim, Finding, Report
from .pipeline import same_sources

STATUSES = ("confirmed", "dismissed", "false-positive", "needs-call")
CLOSED = ("dismissed", "false-positive")  # moved to the report's closing section


@dataclass(frozen=True)
class Decision:
    id: str
    status: str
    note: str
    by: str
    at: str
    evidence: tuple[str, ...]
    line: int  # where the entry starts in the review file
    kind: str = ""  # the finding's kind and slot when it was decided, to find it again if its id moved
    slot: str = ""


# --- ids ------------------------------------------------------------------------------------------

def claim_key(claim: Claim) -> str:
    """A claim named by its article and its words: "river_times:3f2a9c01b7"."""
    words = " ".join(claim.text.split()).lower()
    return f"{claim.source}:{hashlib.sha1(words.encode()).hexdigest()[:10]}"


def evidence(f: Finding, claims: dict[str, Claim]) -> tuple[str, ...]:
    return tuple(sorted({claim_key(claims[c]) for c in f.claims}))


def natural_id(f: Finding, claims: dict[str, Claim]) -> str:
    about = "|".join((f.kind.value, f.aspect, f.slot or (f.subject if f.kind.value != "agreement" else ""),
                      *evidence(f, claims)))
    return "f-" + hashlib.sha1(about.encode()).hexdigest()[:8]


def assign_ids(findings: list[Finding], claims: dict[str, Claim], known: list[dict]) -> list[Finding]:
    """Each finding with its id: its natural id, unless it is a finding known from before (same kind
    and fact, at least one claim in common) whose id it keeps. ``known``: earlier findings as
    ``{"id", "kind", "slot", "evidence"}``, the previous report's first."""
    taken: set[str] = set()
    out = []
    natural = [natural_id(f, claims) for f in findings]
    known_ids = {k["id"] for k in known}
    for f, nid in zip(findings, natural):
        fid = nid
        if nid not in known_ids or nid in taken:
            mine = set(evidence(f, claims))
            best, overlap = None, 0
            for k in known:
                if k["id"] in taken or k["id"] in natural or k["kind"] != f.kind.value or (k.get("slot") or "") != f.slot:
                    continue
                shared = len(mine & set(k["evidence"]))
                if shared > overlap:
                    best, overlap = k["id"], shared
            if best is not None:
                fid = best
        while fid in taken:  # the same claims flagged twice in one kind: keep both, apart
            fid = fid + "x"
        taken.add(fid)
        out.append(replace(f, id=fid))
    return out


# --- the review file ------------------------------------------------------------------------------

def review_path(markdown: Path, stem: str) -> Path:
    return markdown.parent / f"{stem}.review.yaml"


def load_decisions(path: Path) -> list[Decision]:
    """Every decision in the review file, in the order written. Raises ReviewError naming the line
    of the first problem; the file is never changed here."""
    import yaml

    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ReviewError(f"cannot read the review file {path}: {err}") from None
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "context_mark", None) or getattr(err, "problem_mark", None)  # where the bad construct starts
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise ReviewError(f"{path}:{where}: not valid YAML ({getattr(err, 'problem', None) or err}); "
                          "fix that line, the file was left as it is") from None
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise ReviewError(f"{path}: line {root.start_mark.line + 1}: expected a list of decisions "
                          "('- id: ...'); the file was left as it is")
    out = []
    for node in root.value:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            raise ReviewError(f"{path}: line {line}: a decision must be a mapping with id and status")
        entry = yaml.safe_load(yaml.serialize(node)) or {}
        fid, status = entry.get("id"), entry.get("status")
        if not isinstance(fid, str) or not fid.strip():
            raise ReviewError(f"{path}: line {line}: a decision needs an id (the finding's id, e.g. f-3a9c01b7)")
        if status not in STATUSES:
            raise ReviewError(f"{path}: line {line}: status {status!r} is not one of {', '.join(STATUSES)}")
        ev = entry.get("evidence") or []
        if not isinstance(ev, list):
            raise ReviewError(f"{path}: line {line}: evidence must be a list")
        out.append(Decision(fid.strip(), status, str(entry.get("note") or ""), str(entry.get("by") or ""),
                            str(entry.get("at") or ""), tuple(str(e) for e in ev), line,
                            str(entry.get("kind") or ""), str(entry.get("slot") or "")))
    return out


def current(decisions: list[Decision]) -> dict[str, Decision]:
    """Each finding's latest decision."""
    return {d.id: d for d in decisions}


def append_decision(path: Path, decision: dict) -> None:
    """Add one decision at the end of the review file, creating it with a header; the lines already
    there are never rewritten. The file is checked first: a malformed one is an error, untouched."""
    import yaml

    load_decisions(path)
    entry = yaml.safe_dump([decision], sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)
    if not path.exists():
        header = ("# factcheck review decisions: one entry per decision, newest last; a finding's status is its\n"
                  "# latest entry. Statuses: " + ", ".join(STATUSES) + ". Edit by hand or with 'factcheck review'.\n")
        path.write_text(header + entry, encoding="utf-8")
        return
    with path.open("r+", encoding="utf-8") as fh:
        text = fh.read()
        fh.write(("" if not text or text.endswith("\n") else "\n") + entry)


# --- since the last run ---------------------------------------------------------------------------

def previous_report(folder: str, reports: Path, exclude: tuple[Path, ...]) -> Path | None:
    """The most recent JSON report in ``reports`` of the same sources, other than ``exclude``."""
    best, when = None, ""
    skip = {p.resolve() for p in exclude}
    for path in sorted(reports.glob("*.json")):
        if path.resolve() in skip:
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            continue
        if not isinstance(data, dict) or data.get("tool") != "factcheck" or not same_sources(str(data.get("folder") or ""), folder):
            continue
        started = str((data.get("run") or {}).get("started") or "")
        if started >= when:
            best, when = path, started
    return best


def read_previous(path: Path) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReviewError(f"--since {path}: no such report") from None
    except (OSError, ValueError, UnicodeDecodeError) as err:
        raise ReviewError(f"--since {path}: not a factcheck JSON report ({err})") from None
    if not isinstance(data, dict) or data.get("tool") != "factcheck" or not isinstance(data.get("findings"), list):
        raise ReviewError(f"--since {path}: not a factcheck JSON report")
    return data


def annotate(report: Report, decisions: list[Decision], previous: dict | None, previous_path: str = "") -> Report:
    """The report with stable ids, each finding's review and its state since the previous report."""
    from .report import ordered

    claims = {c.id: c for c in report.claims}
    old = [{"id": f["id"], "kind": f["kind"], "slot": f.get("slot") or "", "evidence": f.get("evidence") or []}
           for f in (previous or {}).get("findings", []) if isinstance(f, dict) and "id" in f]
    latest = current(decisions)
    reviewed = [{"id": d.id, "kind": d.kind, "slot": d.slot, "evidence": list(d.evidence)} for d in latest.values()
                if d.id not in {k["id"] for k in old}]
    findings = assign_ids(ordered(report), claims, old + reviewed)
    before = {k["id"]: tuple(sorted(k["evidence"])) for k in old}
    since, reviews = {}, {}
    for f in findings:
        now = evidence(f, claims)
        if previous is None or f.id not in before:
            since[f.id] = "new"
        else:
            since[f.id] = "unchanged" if before[f.id] == now else "changed"
        d = latest.get(f.id)
        if d is not None:
            reviews[f.id] = {"status": d.status, "note": d.note, "by": d.by, "at": d.at,
                             "changed_since_review": bool(d.evidence) and tuple(sorted(d.evidence)) != now}
    gone = [k["id"] for k in old if k["id"] not in since and k["kind"] != "unique"]
    summary = {}
    if previous is not None:
        summary = {"report": previous_path, "ran": (previous.get("run") or {}).get("started"), "gone": gone}
    return replace(report, findings=tuple(findings), reviews=reviews, since=since, since_report=summary)


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
