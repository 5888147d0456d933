"""The HTML report: article text reaches the page only as text (property test over arbitrary
text, and hostile articles through the CLI), and a real browser (headless Chromium) shows the
fact grid without escape characters or raw Markdown. A screenshot of the page is kept in
build/test-artifacts/ (or $FACTCHECK_ARTIFACTS)."""
from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.html import safe_url, to_html
from factcheck.models import Article, Claim, Facts, Finding, Report, Verdict

from .conftest import ROOT

# Tags the template itself writes; anything else in a page was smuggled in by an article.
TEMPLATE_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "section", "ul", "li",
                 "table", "thead", "tbody", "tr", "th", "td", "a", "span", "br", "div", "details", "summary",
                 "blockquote", "code"}


class Page(HTMLParser):
    """Tags, link targets and text of a page, as a parser sees them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.hrefs: list[str] = []
        self.attrs: list[str] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs += [k for k, _ in attrs]
        self.hrefs += [v for k, v in attrs if k == "href"]
        if tag in ("style", "title"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "title"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


def report_of(texts: list[str], url: str | None = None) -> Report:
    """A report whose articles say the given sentences, without the NLP stages: one article and one
    claim per text, a certainty gap between the first two, the rest only in one article."""
    articles, claims = [], []
    for n, text in enumerate(texts):  # one article per sentence
        claims.append(Claim(f"c{n}", f"a{n}", text, 0, len(text), 1))
        articles.append(Article(f"a{n}", f"a{n}.txt", text, url=url, title=text if n == 0 else None))
    facts = {c.id: Facts(c.id) for c in claims}
    findings = [Finding(Verdict.UNIQUE, (c.id,), "only one", 0.0) for c in claims[2:]]
    findings.append(Finding(Verdict.CERTAINTY_GAP, ("c0", "c1"), "gap", 0.5, compared=(
        {"aspect": "certainty", "a": {"claim": "c0", "certainty": "asserted", "cue": ""},
         "b": {"claim": "c1", "certainty": "cautioned", "cue": texts[1][:20]}},)))
    return Report(tuple(articles), tuple(claims), facts, tuple(findings), "none", {}, {})


TEXT = st.lists(st.one_of(st.characters(blacklist_categories=("Cs", "Cc")), st.sampled_from(
    list("<>&\"'`=/") + ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
                          "&amp;", "]]>", "<!--", "{{ d }}", "{% if %}"])),
    min_size=1, max_size=60).map("".join).filter(lambda t: t.strip())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT, min_size=2, max_size=4))
def test_any_article_text_reaches_the_page_as_text(texts):
    page = parse(to_html(report_of(texts)))
    assert page.tags <= TEMPLATE_TAGS
    assert not [a for a in page.attrs if a.startswith("on")]
    shown = "".join(page.text)
    for text in texts:
        assert text in shown


def test_only_http_links_are_made():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", "data:text/html,<b>", "https://x.org/\"onmouseover=x", "ftp://x", None):
        assert safe_url(bad) is None
    page = parse(to_html(report_of(["A quote.", "Another one."], url="javascript:alert(1)")))
    assert not [h for h in page.hrefs if not h.startswith("#")]
    page = parse(to_html(report_of(["A quote.", "Another one."], url="https://example.org/story")))
    assert "https://example.org/story" in page.hrefs


HOSTILE = ("<script>document.body.innerHTML='PWNED'</script> <img src=x onerror=\"document.title='PWNED'\"> "
           "<a href=\"javascript:alert(1)\">click</a> <style>body{display:none}</style>\n")


def write_story(folder: Path) -> None:
    """The dam fixture plus a hostile article on the same story."""
    shutil.copytree(ROOT / "tests" / "fixtures" / "dam_flood", folder, ignore=shutil.ignore_patterns("expected"))
    (folder / "hostile.md").write_text(
        "---\noutlet: <b>Evil</b> Gazette\nurl: javascript:alert(1)\n---\n" + HOSTILE
        + "Two people died in the flood, the <i>county coroner</i> said.\n", encoding="utf-8")


def test_compare_writes_a_self_contained_html_page_beside_the_markdown(tmp_path):
    write_story(tmp_path / "src")
    result = CliRunner().invoke(app, ["compare", str(tmp_path / "src"), "--fuzzy-only", "--out", str(tmp_path / "r.md")])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    page = parse(html)
    assert page.tags <= TEMPLATE_TAGS
    assert not [h for h in page.hrefs if not h.startswith(("#", "https://example.org/"))]
    assert "src" not in page.attrs and "<script" not in html  # no script, nothing loaded from anywhere
    assert "<b>Evil</b> Gazette" in "".join(page.text)


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def artifacts() -> Path:
    folder = Path(os.environ.get("FACTCHECK_ARTIFACTS", ROOT / "build" / "test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def run_browser(*args: str) -> subprocess.CompletedProcess:
    browser = chromium()
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             "--hide-scrollbars", "--window-size=1280,800"]
    return subprocess.run([browser, *flags, *args], capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(chromium() is None and not os.environ.get("CI"),
                    reason="no Chromium here (apt-get install chromium); CI installs it and runs this test")
def test_the_report_page_in_a_real_browser(tmp_path):
    """Headless Chromium loads the page: the grid shows each outlet's figure, no script ran (the
    hostile article's would rewrite the page), and no Markdown escapes or marks leak into the text."""
    assert chromium(), "CI must install Chromium for this test (.ci/run does)"
    write_story(tmp_path / "src")
    result = CliRunner().invoke(app, ["compare", str(tmp_path / "src"), "--fuzzy-only", "--out", str(tmp_path / "r.md")])
    assert result.exit_code == 0, result.output
    url = (tmp_path / "r.html").resolve().as_uri()
    dom = run_browser("--dump-dom", url)
    assert dom.returncode == 0 and "</html>" in dom.stdout, dom.stderr[-2000:]
    page = parse(dom.stdout)
    assert "PWNED" not in page.text and "<title>PWNED</title>" not in dom.stdout  # the script would set them
    assert '<section id="grid">' in dom.stdout and "src" not in page.attrs
    assert page.tags <= TEMPLATE_TAGS
    grid = dom.stdout[dom.stdout.index('<section id="grid">'):dom.stdout.index("</section>", dom.stdout.index('<section id="grid">'))]
    text = " ".join("".join(parse(grid).text).split())
    for outlet in ("River Times", "Valley Courier"):
        assert outlet in text
    assert "about 2,100 residents" in text and "1,200 residents" in text and "contested" in text
    shown = " ".join("".join(page.text).split())
    for leak in ("\\", "**", "&lt;", "&amp;", "](", "<!--"):
        assert leak not in shown, leak
    shot = artifacts() / "report-top.png"
    taken = run_browser(f"--screenshot={shot}", url)
    assert taken.returncode == 0 and shot.exists() and shot.stat().st_size > 10_000, taken.stderr[-2000:]
