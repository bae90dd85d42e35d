"""Reviewers' marks: the typed model and its validation against the call, the marks file,
the DPO's report, and `review serve` over real HTTP (what it serves, what it refuses)."""
import http.client
import json
import stat
import threading
from datetime import datetime, timezone

import pytest

from review_store import sample_store

from pipeline.cli import main
from pipeline.errors import MarkError
from pipeline.review import marks
from pipeline.review.server import serve

COMMENT = "the surname Bennett is still audible"  # a comment may hold personal data


def req(**kw) -> bytes:
    body = {"call_id": "call-it-1", "segment": 1, "first_word": 1, "last_word": 3, "kind": "wrongly_removed",
            "comment": "", "reviewer": "anna"} | kw
    return json.dumps({k: v for k, v in body.items() if v is not ...}).encode()


@pytest.fixture()
def store(tmp_path):
    return sample_store(tmp_path / "store")


def test_a_mark_takes_channel_times_and_entities_from_the_transcript(store):
    now = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)
    m = marks.resolve(marks.request_from_json(req(first_word=0, last_word=5)), store, now=now)
    assert (m.channel, m.speaker, m.segment, m.start, m.end) == (1, "customer", 1, 2.5, 5.5)
    assert m.entities == ("PHONE_NUMBER", "EMAIL_ADDRESS") and m.rules_version == "0123456789ab"
    assert m.created == now and len(m.id) == 32
    plain = marks.resolve(marks.request_from_json(req(segment=0, first_word=2, last_word=4, kind="missed")), store)
    assert (plain.channel, plain.speaker, plain.start, plain.end, plain.entities) == (0, "agent", 1.2, 2.0, ())


@pytest.mark.parametrize("body, field", [
    (req(kind="4539148803436467"), "kind"),
    (req(first_word=4, last_word=2), "last_word comes before first_word"),
    (req(first_word=-1), "first_word"),
    (req(reviewer=""), "reviewer"),
    (req(reviewer=...), "reviewer"),
    (req(comment="x" * 2001), "comment"),
    (req(extra="4539148803436467"), "extra"),
    (b'{"call_id": "4539148803436467"', "Invalid JSON"),
])
def test_invalid_requests_name_the_field_never_the_value(body, field):
    with pytest.raises(MarkError) as err:
        marks.request_from_json(body)
    assert field in str(err.value)
    assert "4539148803436467" not in str(err.value) and "xxxx" not in str(err.value)


@pytest.mark.parametrize("kw, why", [
    ({"call_id": "no-such-call"}, "no such call"),
    ({"call_id": "call-it-discarded"}, "no such turn"),  # no transcript: nothing to mark
    ({"call_id": "../call-it-1"}, "no such call"),
    ({"segment": 9}, "no such turn"),
    ({"last_word": 8}, "the turn has 8 words"),
])
def test_a_mark_must_fit_its_call(store, kw, why):
    with pytest.raises(MarkError, match=why):
        marks.resolve(marks.request_from_json(req(**kw)), store)


def test_marks_file_is_private_appended_and_read_back(store):
    a = marks.resolve(marks.request_from_json(req(comment=COMMENT, kind="missed")), store)
    b = marks.resolve(marks.request_from_json(req(call_id="call-en-2", segment=0, first_word=0, last_word=0)), store)
    path = marks.append(store, a)
    marks.append(store, b)
    assert path == store / "marks" / "marks.jsonl"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    with open(path, "a") as f:
        f.write('{"broken": true}\n')
    read = marks.load(store)
    assert read.marks == (a, b) and read.bad_lines == (3,)
    assert marks.load(store, "call-en-2").marks == (b,)
    assert not (store / "review").exists() or "marks" not in {p.name for p in (store / "review").iterdir()}


def test_the_dpo_report_hides_comments_unless_asked(store, capsys):
    m = marks.resolve(marks.request_from_json(req(comment=COMMENT, kind="missed")), store)
    marks.append(store, m)
    marks.append(store, marks.resolve(marks.request_from_json(req(first_word=5, last_word=5)), store))
    assert main(["review", "marks", "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert "Bennett" not in out and "comments hidden" in out
    assert "call-it-1 ch1 customer 00:02.80-00:04.40 missed" in out
    assert "2 marks: missed 1, wrongly_removed 1; 1 calls" in out and "wrongly removed, per entity: EMAIL_ADDRESS 1" in out
    assert main(["review", "marks", "--store", str(store), "--comments"]) == 0
    assert f"comment: {COMMENT}" in capsys.readouterr().out
    assert main(["review", "marks", "--store", str(store), "--json", "--call", "call-it-1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["kind"] for r in data["marks"]] == ["missed", "wrongly_removed"]
    assert all("comment" not in r for r in data["marks"])


# ------------------------------------------------------------------ the server, over HTTP
@pytest.fixture()
def server(store):
    marks_dir = store / "marks"
    from pipeline.review.site import build
    build(store)
    srv = serve(store, port=0, reviewer="anna")
    t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    yield srv, store
    srv.shutdown()
    srv.server_close()
    assert not marks_dir.exists() or marks_dir.is_dir()


def call(srv, method, path, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", srv.server_address[1], timeout=10)
    h = {"Host": f"localhost:{srv.server_address[1]}"} | (headers or {})
    conn.request(method, path, body=body, headers=h)
    r = conn.getresponse()
    data = r.read()
    conn.close()
    return r.status, dict(r.getheaders()), data


def test_serve_saves_a_mark_and_lists_it_without_comment(server):
    srv, store = server
    status, headers, data = call(srv, "POST", "/api/marks", req(comment=COMMENT, kind="missed"),
                                 {"Content-Type": "application/json", "Origin": f"http://localhost:{srv.server_address[1]}"})
    assert status == 201, data
    saved = json.loads(data)
    assert saved["entities"] == ["PHONE_NUMBER"] and "comment" not in saved
    assert marks.load(store).marks[0].comment == COMMENT
    status, headers, data = call(srv, "GET", "/api/marks?call_id=call-it-1")
    assert status == 200 and headers["Cache-Control"] == "no-store"
    listed = json.loads(data)["marks"]
    assert [m["id"] for m in listed] == [saved["id"]] and b"Bennett" not in data
    assert json.loads(call(srv, "GET", "/api/session")[2]) == {"reviewer": "anna"}


@pytest.mark.parametrize("body, headers, status", [
    (req(), {"Content-Type": "text/plain"}, 415),
    (req(), {"Content-Type": "application/json", "Origin": "http://evil.example"}, 403),
    (req(), {"Content-Type": "application/json", "Host": "evil.example:80"}, 403),
    (req(kind="4539148803436467"), {"Content-Type": "application/json"}, 400),
    (req(call_id="nope"), {"Content-Type": "application/json"}, 400),
    (b"x" * 20000, {"Content-Type": "application/json"}, 413),
])
def test_serve_refuses_bad_or_foreign_posts(server, body, headers, status):
    srv, store = server
    got, _, data = call(srv, "POST", "/api/marks", body, headers)
    assert got == status
    assert b"4539148803436467" not in data
    assert not (store / "marks" / "marks.jsonl").exists()


@pytest.mark.parametrize("path", [
    "/calls/call-it-1/transcript.json", "/calls/call-it-1/report.json", "/calls/call-it-1/transcript.txt",
    "/marks/marks.jsonl", "/.salt", "/review/../calls/call-it-1/report.json", "/review/%2e%2e/.salt",
    "/calls/..%2Fcall-it-1/audio.wav", "/calls/call-it-discarded/report.json", "/quarantine/x.wav",
])
def test_serve_exposes_only_the_site_and_the_bleeped_audio(server, path):
    srv, store = server
    (store / ".salt").write_text("s3cret")
    status, _, data = call(srv, "GET", path)
    assert status == 404 and b"s3cret" not in data


def test_serve_gives_pages_and_audio_byte_ranges(server):
    srv, store = server
    status, headers, data = call(srv, "GET", "/")
    assert status == 302 and headers["Location"] == "/review/index.html"
    status, headers, data = call(srv, "GET", "/review/calls/call-it-1.it.html")
    assert status == 200 and headers["Content-Type"].startswith("text/html") and b'lang="it"' in data
    wav = (store / "calls" / "call-it-1" / "audio.wav").read_bytes()
    status, headers, data = call(srv, "GET", "/calls/call-it-1/audio.wav")
    assert status == 200 and data == wav and headers["Accept-Ranges"] == "bytes"
    status, headers, data = call(srv, "GET", "/calls/call-it-1/audio.wav", headers={"Range": "bytes=100-199"})
    assert status == 206 and data == wav[100:200] and headers["Content-Range"] == f"bytes 100-199/{len(wav)}"
    status, headers, data = call(srv, "GET", "/calls/call-it-1/audio.wav", headers={"Range": "bytes=-10"})
    assert status == 206 and data == wav[-10:]
    status, headers, _ = call(srv, "GET", "/calls/call-it-1/audio.wav", headers={"Range": f"bytes={len(wav)}-"})
    assert status == 416 and headers["Content-Range"] == f"bytes */{len(wav)}"
