"""Small synthetic stores for the review site's tests: transcript.json and report.json as
pipeline/outputs.py writes them, and a short silent audio.wav."""
from __future__ import annotations

import json
import wave
from pathlib import Path

# what a careless output could carry in a removed word or a hashed segment text: never on a page
LEAKY_WORD = "SECRET4539148803436467"
HASHED = "<PERSON:abc123def0>"


def word(text, start, end, redacted=False, entity=None):
    return {"text": text, "start": start, "end": end, "redacted": redacted, "entity": entity}


def write_wav(path: Path, seconds: float, rate: int = 8000, channels: int = 2) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\x00\x00" * channels * int(seconds * rate))


def write_call(store: Path, call_id: str, segments: list[dict], *, purpose="customer_care", language="it",
               recorded_at="2026-11-20T09:00:00Z", duration=30.0, removed=None, notice=True, untranscribed=(),
               outputs=True) -> Path:
    folder = store / "calls" / call_id
    folder.mkdir(parents=True)
    if removed is None:
        removed = {}
        for s in segments:
            ents = [w["entity"] for w in s["words"] if w["redacted"]]
            for i, e in enumerate(ents):
                if i == 0 or ents[i - 1] != e:
                    removed[e] = removed.get(e, 0) + 1
    report = {
        "call_id": call_id, "purpose": purpose, "language": language, "duration": duration,
        "recorded_at": recorded_at, "rules": {"version": "0123456789ab", "file": f"{purpose}.yaml"},
        "asr_model": "fake", "findings": [], "removed_per_entity": removed, "bleeps": [],
        "bleeped_seconds": 1.5, "untranscribed_speech": [dict(channel=c, start=a, end=b, entity="UNTRANSCRIBED")
                                                         for c, a, b in untranscribed],
        "notice": {"present": notice, "at": 0.5 if notice else None, "phrase": None, "policy": "flag",
                   "action": "none" if notice or outputs else "outputs discarded"},
        "verification": None, "timings_s": {},
    }
    (folder / "report.json").write_text(json.dumps(report))
    if outputs:
        (folder / "transcript.json").write_text(json.dumps({
            "call_id": call_id, "purpose": purpose, "language": language, "duration": duration,
            "rules_version": "0123456789ab", "segments": segments}))
        write_wav(folder / "audio.wav", 1.0)
    return folder


def segment(channel, speaker, words, text=None):
    return {"channel": channel, "speaker": speaker, "start": words[0]["start"], "end": words[-1]["end"],
            "text": text if text is not None else " ".join(w["text"] for w in words), "words": words}


def sample_store(store: Path) -> Path:
    """Three calls: one with removed data, odd text and a kept entity; one plain English call;
    one whose outputs were discarded (report only)."""
    write_call(store, "call-it-1", [
        segment(0, "agent", [word("Buongiorno,", 0.5, 1.0), word("mi", 1.1, 1.2), word("dice", 1.2, 1.5),
                             word("il", 1.5, 1.6), word("numero?", 1.6, 2.0)]),
        segment(1, "customer", [word("sì,", 2.5, 2.7), word("[PHONE_NUMBER]", 2.8, 3.2, True, "PHONE_NUMBER"),
                                word("[PHONE_NUMBER]", 3.2, 3.9, True, "PHONE_NUMBER"),
                                word(LEAKY_WORD, 3.9, 4.4, True, "PHONE_NUMBER"),
                                word("e", 4.5, 4.6), word("[EMAIL_ADDRESS]", 4.6, 5.5, True, "EMAIL_ADDRESS"),
                                word("ordine", 5.6, 6.0), word("A-1234", 6.0, 6.6, False, "ORDER_NUMBER")],
                text=f"sì, {HASHED} e [EMAIL_ADDRESS] ordine A-1234"),
        segment(1, "customer", [word("<script>window.__pwned=1</script>", 7.0, 7.5),
                                word("<img", 7.5, 7.6), word("src=x", 7.6, 7.7),
                                word("onerror=window.__pwned=2>", 7.7, 8.0), word("l", 8.0, 8.1),
                                word("'ordine", 8.1, 8.5)]),
    ], untranscribed=[(1, 10.0, 11.0)], duration=31.0)
    write_call(store, "call-en-2", [
        segment(0, "agent", [word("Hello,", 0.2, 0.6), word("this", 0.6, 0.8), word("call", 0.8, 1.0),
                             word("is", 1.0, 1.1), word("recorded.", 1.1, 1.6)]),
    ], purpose="technical_support", language="en", recorded_at="2026-11-21T14:30:00Z", duration=95.0,
        notice=False)
    write_call(store, "call-it-discarded", [], purpose="sales_first_contact", duration=12.0, notice=False,
               outputs=False, removed={"PERSON": 2})
    return store
