"""Regenerate the example calls with espeak-ng (Debian package `espeak-ng`).

usage: python examples/make_examples.py   (writes examples/*.wav and *.json)
The values are invented; the voices are synthetic.
"""
import json
import subprocess
import tempfile
import wave
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
RATE = 8000
CALLS = {
    "example-it-care": ("it", "customer_care", "mixed", [
        ("agent", "Buongiorno, sono Marta. La chiamata è registrata per finalità di assistenza. Come posso aiutarla?"),
        ("customer", "Buongiorno, mi chiamo Paolo Ferretti, ho un problema con l'ordine."),
        ("agent", "Mi lascia un numero di telefono?"),
        ("customer", "Certo, è tre quattro sette, uno due tre, quattro cinque sei sette."),
        ("agent", "Grazie. Il rimborso è di trenta euro, la richiamiamo domani alle dieci."),
    ]),
    "example-en-tech": ("en", "technical_support", "stereo", [
        ("agent", "Hello, this call is recorded for quality purposes. How can I help?"),
        ("customer", "Hi, my name is Laura Bennett, my router keeps dropping."),
        ("agent", "Can I have your card number for the replacement fee?"),
        ("customer", "Sure, it is four five three nine, one four eight eight, zero three four three, six four six seven."),
        ("agent", "Thanks, it costs twenty dollars and we will call you at nine."),
    ]),
}


def say(text: str, lang: str, voice_variant: str) -> np.ndarray:
    with tempfile.NamedTemporaryFile(suffix=".wav") as f:
        subprocess.run(["espeak-ng", "-v", f"{lang}+{voice_variant}", "-s", "150", "-w", f.name, text], check=True)
        subprocess.run(["sox", f.name, "-r", str(RATE), f.name + ".8k.wav"], check=True)
        with wave.open(f.name + ".8k.wav") as w:
            data = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
        Path(f.name + ".8k.wav").unlink()
    return data


def main() -> None:
    for call_id, (lang, purpose, layout, turns) in CALLS.items():
        parts = []
        for speaker, text in turns:
            audio = say(text, lang, "m3" if speaker == "agent" else "f2")
            gap = np.zeros(int(0.5 * RATE), dtype=np.int16)
            parts.append((speaker, np.concatenate([audio, gap])))
        n = sum(len(a) for _, a in parts)
        stereo = np.zeros((n, 2), dtype=np.int16)
        pos = 0
        for speaker, a in parts:
            stereo[pos:pos + len(a), 0 if speaker == "agent" else 1] = a
            pos += len(a)
        out = stereo.sum(axis=1, dtype=np.int32).clip(-32768, 32767).astype(np.int16)[:, None] \
            if layout == "mixed" else stereo
        with wave.open(str(HERE / f"{call_id}.wav"), "wb") as w:
            w.setnchannels(out.shape[1]); w.setsampwidth(2); w.setframerate(RATE)
            w.writeframes(out.tobytes())
        channels = {"0": "mixed"} if layout == "mixed" else {"0": "agent", "1": "customer"}
        (HERE / f"{call_id}.json").write_text(json.dumps({
            "call_id": call_id, "purpose": purpose, "language": lang, "channels": channels,
            "recorded_at": "2026-11-20T09:00:00Z"}, indent=2) + "\n")


if __name__ == "__main__":
    main()
