"""The review site in a real headless browser: Debian's chromium driven by Playwright.

The shipped example call is processed for real (`--model tiny.en`), the site is built with
`sottovoce review build`, and served by `review serve` on http://localhost. Checked: pages load
with no script error and no request leaving localhost, a click seeks the player to the turn and
highlights it, the keyboard reaches everything, no removed value is in the DOM, a transcript
holding markup renders as text, a mark saved from the page lands in the marks file, contrast.
Screenshots are kept in tests/artifacts/ (gitignored).
"""
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from helpers import EXAMPLES, ROOT
from review_store import segment, word, write_call

from pipeline.cli import main
from pipeline.review import marks
from pipeline.review.server import serve

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "tests" / "artifacts"
CID = "example-en-tech"
CARD = "4539148803436467"  # what the example's customer says, with the name "Bennett"
MARKUP = "<script>window.__pwned=1</script>"


def leaks(html: str) -> list[str]:
    """Removed values of the example call found in a page: the name, or any 8 digits of the card
    (also when the digits are split by spaces, dots, commas or hyphens)."""
    found = ["name"] if re.search("bennett", html, re.I) else []
    windows = {CARD[i:i + 8] for i in range(len(CARD) - 7)}
    runs = [re.sub(r"\D", "", m) for m in re.findall(r"\d[\d\s.,-]*\d", html)]
    if any(w in run for run in runs + [html] for w in windows):
        found.append("card")
    return found


def test_the_leak_probe_catches_leaks():
    assert leaks("<p>4539 1488 0343</p>") == ["card"] and leaks("Mr BENNETT") == ["name"]
    assert leaks("<p>4539 at 12:30, 1488 s</p>") == []


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    out = tmp_path_factory.mktemp("review") / "store"
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "process", str(EXAMPLES / f"{CID}.wav"),
                           "--store", str(out), "--model", "tiny.en", "-q"], capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    # a second call, synthetic, whose transcript holds markup (and a short silent audio)
    write_call(out, "zz-markup", [segment(1, "customer", [word(MARKUP, 0.1, 0.4), word("<img", 0.4, 0.5),
                                                          word("src=x", 0.5, 0.6),
                                                          word("onerror=window.__pwned=2>", 0.6, 0.9)])],
               duration=1.0, language="it")
    assert main(["review", "build", "--store", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def server(store):
    srv = serve(store, port=0, reviewer="qa-test")
    threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="module")
def browser():
    missing = [] if CHROMIUM.exists() else [f"{CHROMIUM} (apt-get install chromium)"]
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing.append("playwright (pip install -e '.[test]')")
    if missing:
        if os.environ.get("SOTTOVOCE_REQUIRE_BROWSER"):
            pytest.fail("browser test needs " + ", ".join(missing))
        pytest.skip("browser test needs " + ", ".join(missing))
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    """A fresh page; fails the test on any script error (a CSP block included) and on any
    request that would leave localhost."""
    ctx = browser.new_context(viewport={"width": 1100, "height": 900})
    outside, errors = [], []

    def guard(route):
        u = urlsplit(route.request.url)
        if u.scheme in ("file", "data") or u.hostname in ("localhost", "127.0.0.1"):
            return route.continue_()
        outside.append(route.request.url)
        return route.abort()

    ctx.route("**/*", guard)
    pg = ctx.new_page()
    pg.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    pg.on("console", lambda m: errors.append(f"console: {m.text}") if m.type == "error" else None)
    yield pg
    ctx.close()
    assert outside == [] and errors == []


def url(server, path: str) -> str:
    return f"{server.url}review/{path}"


def wait_until(page, js: str, timeout: float = 15.0) -> None:
    """Poll an expression from the test side: Playwright's own wait_for_function evaluates its
    predicate with eval(), which the pages' Content-Security-Policy rightly refuses."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(js):
        assert time.monotonic() < deadline, f"timed out waiting for {js}"
        time.sleep(0.05)


def open_call(page, server, lang="en", cid=CID):
    page.goto(url(server, f"calls/{cid}.{lang}.html"))
    wait_until(page, "document.getElementById('player').readyState >= 1")


def current_time(page) -> float:
    return page.evaluate("document.getElementById('player').currentTime")


def playing(page) -> list[str]:
    return page.eval_on_selector_all(".turn.playing", "els => els.map(e => e.dataset.start + '|' + "
                                                       "e.getAttribute('aria-current'))")


def test_a_click_on_a_turn_seeks_the_player_and_highlights_the_turn(page, server):
    open_call(page, server)
    assert abs(page.evaluate("document.getElementById('player').duration") - 26.85) < 0.05  # the bleeped audio
    card_turn = page.locator("li.turn:has(button.chip[data-entity=CREDIT_CARD])")
    start = float(card_turn.get_attribute("data-start"))
    assert start > 5
    card_turn.locator(".speaker").click()
    t = current_time(page)
    assert start - 0.01 <= t < start + 0.75, (t, start)
    assert playing(page) == [f"{card_turn.get_attribute('data-start')}|true"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "review-call-page.png"
    page.screenshot(path=str(shot), full_page=True)
    print(f"screenshot: {shot}")
    assert shot.stat().st_size > 10_000
    page.evaluate("document.getElementById('player').pause()")
    first = page.locator("li.turn").first
    first.locator("button.seek").click()
    assert current_time(page) < 0.75
    assert playing(page) == [f"{first.get_attribute('data-start')}|true"]


def test_no_removed_value_is_in_any_page(page, server):
    for path in ("index.html", "index.it.html", f"calls/{CID}.en.html", f"calls/{CID}.it.html"):
        page.goto(url(server, path))
        page.wait_for_load_state("load")
        assert leaks(page.content()) == [], path
    chips = page.eval_on_selector_all("#turns button.chip", "els => els.map(e => e.textContent)")
    assert {"PERSON", "CREDIT_CARD"} <= set(chips)  # the example's name and card were there, and went


def test_a_transcript_holding_markup_renders_as_text(page, server):
    open_call(page, server, "it", "zz-markup")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    text = page.inner_text("#turns")
    assert MARKUP in text and "onerror=window.__pwned=2>" in text
    assert page.locator("#turns img, #turns script").count() == 0


def test_the_keyboard_reaches_the_turns_and_the_flag_dialog(page, server):
    open_call(page, server)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    turn = page.locator("li.turn").nth(2)
    turn.locator("button.seek").focus()
    page.keyboard.press("Enter")
    assert abs(current_time(page) - float(turn.get_attribute("data-start"))) < 0.75
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "flag"
    page.keyboard.press("Enter")
    assert page.evaluate("document.getElementById('mark-dialog').open") is True
    assert page.evaluate("document.activeElement.id") == "mark-comment"
    page.keyboard.press("Escape")
    assert page.evaluate("document.getElementById('mark-dialog').open") is False


def test_a_reviewer_flags_spans_from_the_page(page, server, store, capsys):
    open_call(page, server)
    turn = page.locator("li.turn:has(button.chip[data-entity=CREDIT_CARD])")
    chip = turn.locator("button.chip[data-entity=CREDIT_CARD]")
    chip.click()  # hear it, and pick it
    turn.locator("button.flag").click()
    assert page.is_checked("input[name=kind][value=wrongly_removed]")
    assert page.input_value("#mark-first") == chip.get_attribute("data-first")
    assert page.input_value("#mark-last") == chip.get_attribute("data-last")
    page.fill("#mark-comment", "reviewer note: these were order digits")
    page.fill("#mark-reviewer", "qa-test")
    page.click("#mark-save")
    wait_until(page, "document.querySelectorAll('#marks-list li.mark').length === 1")
    assert "wrongly removed" in page.inner_text("#marks-list") and "order digits" not in page.content()
    # words selected in an agent turn: "missed personal data"
    agent = page.locator("li.turn.agent").nth(1)
    page.evaluate("""el => { const w = el.querySelectorAll('.w'); const r = document.createRange();
                     r.setStartBefore(w[4]); r.setEndAfter(w[5]);
                     const s = getSelection(); s.removeAllRanges(); s.addRange(r); }""", agent.element_handle())
    page.wait_for_timeout(100)  # selectionchange is dispatched asynchronously
    agent.locator("button.flag").click()
    assert page.is_checked("input[name=kind][value=missed]")
    assert (page.input_value("#mark-first"), page.input_value("#mark-last")) == ("4", "5")
    page.click("#mark-save")
    wait_until(page, "document.querySelectorAll('#marks-list li.mark').length === 2")
    saved = marks.load(store, CID).marks
    assert [(m.kind, m.entities, m.reviewer) for m in saved] == [("wrongly_removed", ("CREDIT_CARD",), "qa-test"),
                                                                  ("missed", (), "qa-test")]
    assert saved[0].start == float(chip.get_attribute("data-start")) and saved[0].channel == 1
    assert saved[1].segment == int(agent.get_attribute("data-segment")) and saved[1].channel == 0
    assert leaks(page.content()) == []
    capsys.readouterr()
    assert main(["review", "marks", "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert "2 marks: missed 1, wrongly_removed 1; 1 calls" in out and "order digits" not in out


def test_the_index_filters_sorts_and_links(page, server):
    page.goto(url(server, "index.html"))
    rows = page.locator("#calls tbody tr")
    visible = lambda: rows.evaluate_all("rs => rs.filter(r => !r.hidden).map(r => r.dataset.id)")  # noqa: E731
    assert visible() == [CID, "zz-markup"] and page.inner_text("#shown") == "2 of 2 calls shown"
    page.select_option("select[data-filter=entity]", "CREDIT_CARD")
    assert visible() == [CID] and page.inner_text("#shown") == "1 of 2 calls shown"
    page.select_option("select[data-filter=entity]", "")
    page.select_option("select[data-filter=language]", "it")
    assert visible() == ["zz-markup"]
    page.select_option("select[data-filter=language]", "")
    page.fill("input[data-filter=id]", "EXAMPLE")
    assert visible() == [CID]
    page.fill("input[data-filter=id]", "")
    page.click("button.sort[data-key=duration]")
    assert visible() == ["zz-markup", CID]
    assert page.get_attribute("th:has(button.sort[data-key=duration])", "aria-sort") == "ascending"
    page.click("button.sort[data-key=duration]")
    assert visible() == [CID, "zz-markup"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "review-index.png"), full_page=True)
    page.click(f"a[href='calls/{CID}.en.html']")
    page.wait_for_url(re.compile(rf"/review/calls/{CID}\.en\.html$"))


def test_the_italian_pages(page, server):
    page.goto(url(server, "index.it.html"))
    assert page.get_attribute("html", "lang") == "it" and page.inner_text("#shown") == "2 di 2 chiamate mostrate"
    open_call(page, server, "it")
    assert "Trascrizione minimizzata" in page.inner_text("main") and "Cliente" in page.inner_text("#turns")
    page.click("text=English")
    page.wait_for_url(re.compile(rf"{CID}\.en\.html$"))


def test_opened_as_a_file_it_plays_but_does_not_save(page, store):
    page.goto((store / "review" / "calls" / f"{CID}.en.html").as_uri())
    wait_until(page, "document.getElementById('player').readyState >= 1")
    turn = page.locator("li.turn").nth(1)
    turn.locator(".speaker").click()
    assert abs(current_time(page) - float(turn.get_attribute("data-start"))) < 0.75
    turn.locator("button.flag").click()
    assert page.is_disabled("#mark-save") and "sottovoce review serve" in page.inner_text("#mark-status")


def _luminance(rgb: str) -> float:
    r, g, b = (int(x) / 255 for x in re.findall(r"\d+", rgb)[:3])
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(fg: str, bg: str) -> float:
    a, b = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def test_text_contrast_is_readable(page, server):
    open_call(page, server)
    page.locator("li.turn.customer .speaker").first.click()
    page.evaluate("document.getElementById('player').pause()")
    pairs = page.evaluate("""() => {
        const c = (sel, bgSel) => { const e = document.querySelector(sel), b = document.querySelector(bgSel || sel);
            return [sel, getComputedStyle(e).color, getComputedStyle(b).backgroundColor]; };
        return [c('main h1', 'body'), c('.help', 'body'), c('#turns button.chip'), c('.notice'),
                c('.turn.playing .text', '.turn.playing'), c('.turn.agent .text', '.turn.agent'),
                c('.bar a', 'body'), c('.meta dt', 'body')]; }""")
    for sel, fg, bg in pairs:
        assert _contrast(fg, bg) >= 4.5, (sel, fg, bg)
