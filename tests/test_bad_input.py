"""Bad input, faults and trust, through the CLI: every row of the README's "What happens when..."
table has a test here (or in test_cli.py, named in the table)."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

from .conftest import ROOT

FLOOD = ROOT / "tests" / "fixtures" / "dam_flood"
runner = CliRunner()


def run(*args):
    return runner.invoke(app, ["compare", *map(str, args)])


@pytest.fixture
def src(tmp_path):
    """A folder with the three flood articles, to which a test adds one bad file."""
    folder = tmp_path / "src"
    shutil.copytree(FLOOD, folder, ignore=shutil.ignore_patterns("expected"))
    return folder


def compare_json(folder: Path, tmp_path: Path, *extra) -> tuple[object, dict]:
    result = run(folder, "--fuzzy-only", "--out", tmp_path / "r.md", "--json", tmp_path / "r.json", *extra)
    assert result.exit_code == 0, result.output
    return result, json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))


def one_line_warning(result, name: str, reason: str) -> None:
    lines = [line for line in result.output.splitlines() if name in line and "warning" in line]
    assert len(lines) == 1 and reason in lines[0], result.output


# --- files skipped with a warning, the run goes on -------------------------------------------

@pytest.mark.parametrize("name, content, reason", [
    ("draft.md", b"   \n\n  ", "empty file"),
    ("scan.pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("bundle.md", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "binary file"),
    ("report.pdf", b"%PDF-1.4", "corrupt PDF"),
    ("photo.jpg", b"\xff\xd8\xff\xe0", "not an article (.jpg)"),
], ids=["empty", "pdf-named-txt", "png", "zip", "pdf", "jpg"])
def test_unreadable_files_are_skipped_with_one_line(src, tmp_path, name, content, reason):
    (src / name).write_bytes(content)
    result, report = compare_json(src, tmp_path)
    one_line_warning(result, name, reason)
    assert len(report["sources"]) == 3 and any(name in w for w in report["warnings"])


def test_oversized_file_is_skipped_and_the_limit_is_an_option(src, tmp_path):
    (src / "log.txt").write_text("The server restarted at noon.\n" * 40_000)  # 1.2 MB
    result, report = compare_json(src, tmp_path, "--max-size", "1")
    one_line_warning(result, "log.txt", "over the 1 MB limit")
    assert len(report["sources"]) == 3


def test_unreadable_file_is_skipped(src, tmp_path, monkeypatch):
    locked = src / "locked.md"
    locked.write_text("A locked article about the flood.\n")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.md":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)  # tests run as root, where chmod 000 still reads
    result, _ = compare_json(src, tmp_path)
    one_line_warning(result, "locked.md", "permission denied")


def test_hidden_files_and_editor_backups_are_ignored_silently(src, tmp_path):
    for name in (".DS_Store", "valley_courier.md~", "#notes.md#", ".hidden.md"):
        (src / name).write_text("The dam held firm and nobody was evacuated.\n")
    result, report = compare_json(src, tmp_path)
    assert len(report["sources"]) == 3 and report["warnings"] == []
    assert "warning" not in result.output


def test_symlink_leaving_the_folder_is_not_followed(src, tmp_path):
    outside = tmp_path / "secret.md"
    outside.write_text("Private notes: the dam held.\n")
    (src / "link.md").symlink_to(outside)
    (src / "inside.md").symlink_to(src / "river_times.md")
    result, report = compare_json(src, tmp_path)
    one_line_warning(result, "link.md", "outside the folder")
    assert "Private notes" not in json.dumps(report["claims"])


def test_duplicate_articles_are_reported_once_and_not_counted_as_corroboration(src, tmp_path):
    shutil.copy(src / "river_times.md", src / "river_times_copy.md")
    result, report = compare_json(src, tmp_path)
    one_line_warning(result, "river_times_copy.md", "same text as river_times")
    dup = next(s for s in report["sources"] if s["id"] == "river_times_copy")
    assert dup["duplicate_of"] == "river_times"
    assert not any(c["source"] == "river_times_copy" for c in report["claims"])


# --- encodings, line endings and HTML ---------------------------------------------------------

SENTENCE = "The café owner, José Núñez, said 40 people were evacuated from Pike Hollow – “all safe”."


@pytest.mark.parametrize("encoding, prefix", [
    ("cp1252", b""), ("latin-1", b""), ("utf-16", b""), ("utf-8", b"\xef\xbb\xbf"),
], ids=["windows-1252", "latin-1", "utf-16-bom", "utf-8-bom"])
def test_non_utf8_text_is_decoded_and_offsets_point_into_it(src, tmp_path, encoding, prefix):
    text = SENTENCE if encoding != "latin-1" else SENTENCE.replace("–", "-").replace("“", '"').replace("”", '"')
    body = f"Pike Hollow cafe reopens\n{text}\nVolunteers from the Red Cross helped in Aldermere.\n"
    (src / "cafe.txt").write_bytes(prefix + body.encode(encoding))
    _, report = compare_json(src, tmp_path)
    claim = next(c for c in report["claims"] if c["source"] == "cafe" and "José" in c["text"])
    assert claim["text"] == text and claim["line"] == 2
    source = next(s for s in report["sources"] if s["id"] == "cafe")
    assert source["encoding"] != ""
    decoded = (src / "cafe.txt").read_bytes().decode({"utf-8": "utf-8-sig"}.get(encoding, encoding))
    assert decoded[claim["start"]:claim["end"]] == text


def test_mixed_line_endings_keep_offsets_and_lines(src, tmp_path):
    (src / "crlf.txt").write_bytes(b"First line about the dam.\r\nSecond line, 40 evacuated.\nThird line in Aldermere.\r\n")
    _, report = compare_json(src, tmp_path)
    text = (src / "crlf.txt").read_bytes().decode()
    for c in (c for c in report["claims"] if c["source"] == "crlf"):
        assert text[c["start"]:c["end"]] == c["text"]
    assert [c["line"] for c in report["claims"] if c["source"] == "crlf"] == [1, 2, 3]


HTML = """<!doctype html><html><head><title>Flood leaves 1,200 homeless | Harbour Post</title>
<meta property="og:site_name" content="Harbour Post"><meta name="date" content="2024-04-09"></head>
<body><nav>Home | Sport | Weather</nav><article><h1>Flood leaves 1,200 homeless</h1>
<p>Emergency services evacuated 1,200 residents from Pike Hollow and Aldermere on Monday, the county fire chief said.</p>
<p>The Harlow Dam gave way shortly before 7 a.m., sending water through three villages in the valley.</p>
<p>The regional water authority will open an inquiry into the collapse, officials said.</p></article>
<footer>Subscribe to our newsletter</footer><script>alert(1)</script></body></html>"""


def test_saved_web_pages_are_read_as_extracted_text(src, tmp_path):
    (src / "harbour_post.html").write_text(HTML, encoding="utf-8")
    result = run(src, "--fuzzy-only", "--out", tmp_path / "r.md", "--json", tmp_path / "r.json")
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "r.json").read_text())
    source = next(s for s in report["sources"] if s["id"] == "harbour_post")
    assert source["format"] == "html" and source["outlet"] == "Harbour Post"
    texts = [c["text"] for c in report["claims"] if c["source"] == "harbour_post"]
    assert any("evacuated 1,200 residents" in t for t in texts)
    assert not any("Subscribe" in t or "alert(" in t or "Sport" in t for t in texts)
    assert "(HTML, text extracted)" in (tmp_path / "r.md").read_text()


# --- model faults ---------------------------------------------------------------------------

def test_missing_model_folder_is_exit_4_and_says_how_to_fix(tmp_path):
    result = run(FLOOD, "--model", tmp_path / "nowhere", "--out", tmp_path / "r.md")
    assert result.exit_code == 4 and "does not exist" in result.output and "--fuzzy-only" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "r.md").exists()


@pytest.fixture
def model_copy(tmp_path):
    """The packaged model, copied with its weights replaced by garbage."""
    from factcheck.embed import packaged_model_dir

    original = packaged_model_dir()
    copy = tmp_path / "model"
    shutil.copytree(original, copy, ignore=shutil.ignore_patterns("model.safetensors"))
    (copy / "model.safetensors").write_bytes(b"not a safetensors file" * 100)
    return copy


@pytest.mark.model
def test_corrupt_model_weights_are_exit_4(tmp_path, model_copy):
    result = run(FLOOD, "--model", model_copy, "--out", tmp_path / "r.md")
    assert result.exit_code == 4 and "cannot load the embedding model" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "r.md").exists()


def test_packaged_model_with_the_wrong_checksum_is_refused(tmp_path, model_copy, monkeypatch):
    import factcheck.embed as embed

    monkeypatch.setattr(embed, "packaged_model_dir", lambda: model_copy)
    result = run(FLOOD, "--out", tmp_path / "r.md")
    assert result.exit_code == 4 and "do not match the upstream checksum" in result.output
    assert "pip install --force-reinstall" in result.output


# --- output safety ---------------------------------------------------------------------------

def test_unwritable_reports_folder_fails_before_any_work(tmp_path, monkeypatch):
    import factcheck.pipeline as pipeline

    (tmp_path / "reports").mkdir()
    monkeypatch.chdir(tmp_path)
    real_access = os.access
    # tests run as root, who can write anywhere: pretend reports/ is read-only
    monkeypatch.setattr(os, "access", lambda path, mode, *a, **k: not (mode & os.W_OK and "reports" in str(path))
                        and real_access(path, mode, *a, **k))
    monkeypatch.setattr(pipeline, "compare", lambda *a, **k: pytest.fail("work started"))
    result = run(FLOOD)
    assert result.exit_code == 5 and "not writable" in result.output, result.output


def test_missing_output_folder_is_a_clear_error(tmp_path):
    result = run(FLOOD, "--fuzzy-only", "--out", tmp_path / "no" / "such" / "r.md")
    assert result.exit_code == 5 and "does not exist" in result.output


def test_ctrl_c_swallowed_by_a_finaliser_still_stops_the_run_before_anything_is_written(tmp_path, monkeypatch):
    # Python ignores a KeyboardInterrupt raised inside a __del__ (the regex module's, when the signal
    # lands there): the run must still stop with 130 and write nothing
    import factcheck.pipeline as pipeline

    real = pipeline.compare

    class Finalised:
        def __del__(self):
            signal.raise_signal(signal.SIGINT)

    def compare(*args, **kwargs):
        Finalised()  # dropped at once: the interrupt lands in its finaliser and is ignored there
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "compare", compare)
    # Ctrl-C as in a terminal: a test run started in the background (`cmd &` in a script) inherits
    # SIGINT ignored, which the CLI rightly leaves ignored
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        result = run(FLOOD, "--fuzzy-only", "--out", tmp_path / "r.md", "--json", tmp_path / "r.json", "--no-cache")
    finally:
        signal.signal(signal.SIGINT, before)
    assert result.exit_code == 130 and "interrupted" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "r.md").exists() and not (tmp_path / "r.json").exists()


def _spawn(args, tmp_path):
    """The CLI in a child process, with Ctrl-C as a terminal delivers it: a job started in the
    background by a shell (as CI may run the tests) inherits SIGINT ignored, and Python then keeps
    ignoring it, so the default is restored first."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.Popen([sys.executable, "-m", "factcheck", "compare", *map(str, args)], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def test_ctrl_c_exits_130_with_a_short_message_and_no_report(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import build

    build(tmp_path / "corpus", 150, seed=3)  # long enough to be still reading when interrupted
    proc = _spawn([tmp_path / "corpus", "--out", tmp_path / "r.md", "--json", tmp_path / "r.json", "--no-cache"], tmp_path)
    time.sleep(8)  # well past start-up (imports take seconds on a loaded machine), into reading the articles
    assert proc.poll() is None
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert not (tmp_path / "r.md").exists() and not (tmp_path / "r.json").exists()


def test_killed_mid_write_leaves_no_partial_report(tmp_path):
    """write_atomic writes a temp file beside the target and renames it: kill the writer while
    the temp file is open and the target never exists half-written."""
    code = f"""
import os, sys, time
sys.path.insert(0, {str(ROOT)!r})
from pathlib import Path
import factcheck.report as report
real_replace = os.replace
def slow_replace(src, dst):
    print("writing", flush=True)
    time.sleep(30)
    real_replace(src, dst)
os.replace = slow_replace
report.write_atomic(Path({str(tmp_path / 'r.md')!r}), "# report\\n" * 100000, force=False)
"""
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "writing"
    proc.kill()
    proc.wait(timeout=30)
    assert not (tmp_path / "r.md").exists()
    leftovers = [p.name for p in tmp_path.iterdir()]
    assert all(not name.endswith(".md") for name in leftovers)


# --- determinism -----------------------------------------------------------------------------

def _without_run(path: Path) -> str:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("run")
    return json.dumps(data, sort_keys=True)


def _markdown_without_run(path: Path) -> str:
    from factcheck.markdown import RUN_MARKER

    return "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith(RUN_MARKER))


def test_same_input_gives_the_same_report_whatever_the_file_order_hash_seed_or_threads(tmp_path):
    """Two runs in fresh processes, with the files written in opposite order, different hash
    seeds and thread counts: identical JSON and Markdown apart from the marked run metadata."""
    outputs = []
    for n, (seed, threads, order) in enumerate([("1", "1", 1), ("12345", "2", -1)]):
        folder = tmp_path / f"src{n}" / "flood"
        folder.mkdir(parents=True)
        for f in sorted(FLOOD.glob("*.md"))[::order]:
            shutil.copy(f, folder / f.name)
        env = dict(os.environ, PYTHONHASHSEED=seed, OMP_NUM_THREADS=threads)
        subprocess.run([sys.executable, "-m", "factcheck", "compare", str(folder), "--fuzzy-only", "--quiet",
                        "--out", str(tmp_path / f"r{n}.md"), "--json", str(tmp_path / f"r{n}.json")],
                       check=True, env=env, cwd=ROOT)
        outputs.append((_without_run(tmp_path / f"r{n}.json").replace(f"src{n}", "src"),
                        _markdown_without_run(tmp_path / f"r{n}.md").replace(f"src{n}", "src")))
    assert outputs[0] == outputs[1]
