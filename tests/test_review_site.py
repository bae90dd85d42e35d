"""The review site builder on synthetic stores: escaping, chips, what the index carries for
filters and sorting, both languages, offline and self-contained, nothing removed on a page."""
import base64
import hashlib
import re
from html import unescape as html_unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from review_store import HASHED, LEAKY_WORD, sample_store, segment, word, write_call

from pipeline.cli import main
from pipeline.review.calls import Chip, WordView, load_call, turns_from_transcript
from pipeline.review.site import build, clock, spaced


@pytest.fixture()
def site(tmp_path):
    store = sample_store(tmp_path / "store")
    result = build(store)
    return store, result.root


def pages(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): p.read_text(encoding="utf-8") for p in root.rglob("*") if p.is_file()}


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Tags:
    t = Tags()
    t.feed(html)
    return t


def test_the_site_is_pages_only_in_both_languages(site):
    store, root = site
    assert root == store / "review"
    assert sorted(pages(root)) == ["calls/call-en-2.en.html", "calls/call-en-2.it.html", "calls/call-it-1.en.html",
                                   "calls/call-it-1.it.html", "index.html", "index.it.html"]
    assert not list(store.glob(".review-*"))  # no staging or old folder left behind


def test_transcript_text_is_escaped(site):
    _, root = site
    html = (root / "calls" / "call-it-1.en.html").read_text()
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "&lt;img" in html and "onerror=window.__pwned=2&gt;" in html
    tags = parse(html).tags
    assert [t for t, _ in tags].count("script") == 2  # the UI-strings JSON block and the site's own script
    assert not any(t == "img" for t, _ in tags)
    assert not any(k.startswith("on") for _, attrs in tags for k in attrs)


def test_removed_values_never_reach_a_page(site):
    _, root = site
    for name, html in pages(root).items():
        assert LEAKY_WORD not in html and "4539148803436467" not in html, name  # a removed word's text
        assert HASHED not in html and "abc123def0" not in html, name  # a hashed value in a segment's text


def test_removed_runs_are_labelled_chips_and_kept_words_are_marked(site):
    _, root = site
    tags = parse((root / "calls" / "call-it-1.en.html").read_text()).tags
    chips = [a for t, a in tags if t == "button" and a.get("class") == "chip"]
    assert [(c["data-entity"], c["data-first"], c["data-last"], c["data-start"]) for c in chips] == [
        ("PHONE_NUMBER", "1", "3", "2.8"), ("EMAIL_ADDRESS", "5", "5", "4.6")]
    assert all(c["aria-label"] == f"removed: {c['data-entity']}" for c in chips)
    kept = [a for t, a in tags if t == "span" and a.get("class") == "w kept"]
    assert [k["data-i"] for k in kept] == ["7"] and "ORDER_NUMBER" in kept[0]["title"]
    it = parse((root / "calls" / "call-it-1.it.html").read_text()).tags
    assert [a["aria-label"] for t, a in it if t == "button" and a.get("class") == "chip"][0] == "rimosso: PHONE_NUMBER"


def test_turns_carry_speaker_times_and_are_in_time_order(site):
    _, root = site
    tags = parse((root / "calls" / "call-it-1.en.html").read_text()).tags
    turns = [a for t, a in tags if t == "li" and "turn" in a.get("class", "").split()]
    assert [(a.get("data-speaker"), a["data-start"], a["data-end"]) for a in turns] == [
        ("agent", "0.5", "2.0"), ("customer", "2.5", "6.6"), ("customer", "7.0", "8.5"), (None, "10.0", "11.0")]
    assert "gap" in turns[-1]["class"]  # speech never transcribed, bleeped whole
    audio = [a for t, a in tags if t == "audio"]
    assert audio == [{"id": "player", "controls": None, "preload": "auto", "src": "../../calls/call-it-1/audio.wav"}]
    assert (root / "calls" / audio[0]["src"]).resolve() == (root.parent / "calls" / "call-it-1" / "audio.wav").resolve()


def test_index_rows_carry_filter_and_sort_data(site):
    _, root = site
    html = (root / "index.html").read_text()
    rows = {a["data-id"]: a for t, a in parse(html).tags if t == "tr" and "data-id" in a}
    assert rows["call-it-1"]["data-purpose"] == "customer_care" and rows["call-it-1"]["data-language"] == "it"
    assert rows["call-it-1"]["data-notice"] == "given" and rows["call-en-2"]["data-notice"] == "missing"
    assert rows["call-it-1"]["data-entities"].split() == ["EMAIL_ADDRESS", "PHONE_NUMBER"]
    assert rows["call-it-discarded"]["data-entities"].split() == ["PERSON"]
    sorts = re.findall(r'<td data-sort="([^"]*)"', html)
    assert sorts[:7] == ["call-en-2", "technical_support", "en", "2026-11-21T14:30:00Z", "95.0", "0", "missing"]
    assert "01:35" in html  # 95 s
    assert 'href="calls/call-it-1.en.html"' in html and 'href="calls/call-en-2.en.html"' in html
    assert "call-it-discarded.en.html" not in html and "outputs discarded (no notice)" in html
    options = [a.get("value") for t, a in parse(html).tags if t == "option"]
    for value in ("customer_care", "technical_support", "sales_first_contact", "it", "en", "given", "missing",
                  "PHONE_NUMBER", "PERSON"):
        assert value in options


def test_both_languages_link_each_other(site):
    _, root = site
    en, it = (root / "index.html").read_text(), (root / "index.it.html").read_text()
    assert '<html lang="en">' in en and '<html lang="it">' in it
    assert 'href="index.it.html" hreflang="it"' in en and 'href="index.html" hreflang="en"' in it
    assert "Recording notice" in en and "Informativa" in it and "Finalità" in it
    call_it = (root / "calls" / "call-it-1.it.html").read_text()
    assert "Trascrizione minimizzata" in call_it and "Operatore" in call_it and "Cliente" in call_it
    assert 'href="call-it-1.en.html"' in call_it and 'href="../index.it.html"' in call_it


def test_offline_no_external_reference_and_csp_matches_the_inline_code(site):
    _, root = site
    for name, html in pages(root).items():
        assert not re.search(r"https?://|(src|href)=\"//|url\(", html), name
        for tag, attrs in parse(html).tags:
            assert not (tag in ("script", "link", "img", "iframe") and attrs.get("src")), name
            if tag == "link":
                assert attrs["href"] == "data:,", name
        csp = html_unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
        assert "default-src 'none'" in csp
        js = re.search(r"<script>(.*?)</script>", html, re.S).group(1)
        css = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
        for code, directive in ((js, "script-src"), (css, "style-src")):
            digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
            assert f"{directive} 'sha256-{digest}'" in csp, (name, directive)


def test_odd_call_ids_are_escaped_and_quoted(tmp_path):
    store = tmp_path / "store"
    cid = 'odd "<b>" & id'  # a folder name cannot hold "/"; anything else can reach a page
    write_call(store, cid, [segment(0, "agent", [word("ciao", 0.0, 0.5)])])
    root = build(store).root
    index = (root / "index.html").read_text()
    assert "<b>" not in index and 'odd &#34;&lt;b&gt;&#34; &amp; id' in index
    assert 'href="calls/odd%20%22%3Cb%3E%22%20%26%20id.en.html"' in index
    page = (root / "calls" / f"{cid}.en.html").read_text()
    assert 'src="../../calls/odd%20%22%3Cb%3E%22%20%26%20id/audio.wav"' in page
    assert 'data-call-id="odd &#34;&lt;b&gt;&#34; &amp; id"' in page


def test_rebuild_drops_calls_gone_from_the_store(site):
    import shutil
    store, root = site
    shutil.rmtree(store / "calls" / "call-en-2")  # retention deleted it
    build(store)
    assert not (root / "calls" / "call-en-2.en.html").exists()
    assert "call-en-2" not in (root / "index.html").read_text()
    assert not list(store.glob(".review-*"))


def test_review_build_command(tmp_path, capsys):
    store = sample_store(tmp_path / "store")
    assert main(["review", "build", "--store", str(store)]) == 0
    assert "3 calls, 6 pages" in capsys.readouterr().out
    assert main(["review", "build", "--store", str(tmp_path / "nowhere")]) == 2
    assert "no calls/ folder" in capsys.readouterr().err


def test_chips_group_runs_of_one_entity():
    words = [word("a", 0, 1), word("[PHONE_NUMBER]", 1, 2, True, "PHONE_NUMBER"),
             word("[PHONE_NUMBER]", 2, 3, True, "PHONE_NUMBER"), word("[EMAIL_ADDRESS]", 3, 4, True, "EMAIL_ADDRESS"),
             word("b", 4, 5), word("x", 5, 6, True, "<b>bad</b>")]
    turn = turns_from_transcript({"segments": [segment(1, "customer", words)]})[0]
    assert turn.pieces == (WordView(0, "a", 0, 1, False, None), Chip(1, 2, 1, 3, "PHONE_NUMBER"),
                           Chip(3, 3, 3, 4, "EMAIL_ADDRESS"), WordView(4, "b", 4, 5, False, None),
                           Chip(5, 5, 5, 6, "REMOVED"))  # an entity label not in the pipeline's form is not shown
    assert all(w.text == "" for w in turn.words if w.redacted)


def test_words_glue_like_the_transcript():
    turn = turns_from_transcript({"segments": [segment(0, "agent", [
        word("l", 0, 1), word("'ordine", 1, 2), word("363", 2, 3), word(".674", 3, 4), word("ok", 4, 5)])]})[0]
    assert [space for _, space in spaced(turn.pieces)] == [False, False, True, False, True]
    assert clock(95) == "01:35" and clock(3725.4) == "1:02:05"


def test_the_reader_reads_only_report_and_transcript(tmp_path):
    store = sample_store(tmp_path / "store")
    (store / "calls" / "call-en-2" / "truth.json").write_text('{"value": "Bennett"}')
    (store / "calls" / "call-en-2" / "transcript.txt").write_text("Bennett")
    root = build(store).root
    assert all("Bennett" not in html for html in pages(root).values())
    view = load_call(store, "call-en-2")
    assert view.summary.notice_present is False and view.summary.duration == 95.0


def test_a_killed_builds_leftovers_go_with_the_next_build(site):
    """A build killed between staging and swap leaves `.review-staging-*` / `.review-old-*` with
    call pages (redacted transcripts) in the store: the next build removes them."""
    store, root = site
    for name in (".review-staging-0badf00d", ".review-old-deadbeef"):
        (store / name / "calls").mkdir(parents=True)
        (store / name / "calls" / "call-it-1.en.html").write_text("<p>a transcript</p>")
    build(store)
    assert not list(store.glob(".review-*"))
    assert (root / "calls" / "call-it-1.en.html").exists()
