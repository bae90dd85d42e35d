"""Audio I/O and sample edits: decode any recording, write WAV, feed whisper, find speech, bleep.

``decode`` returns the input's exact int16 samples at its native rate and channel count
(PCM WAV via ``wave``, G.711 mu-law/A-law WAV via a RIFF parser + numpy tables, anything
else via PyAV). Edits never resample: ``bleep`` replaces samples only inside the given
spans and leaves every other sample bit-identical. Only ``to_whisper`` resamples (numpy
windowed-sinc polyphase) to the 16 kHz float32 mono whisper wants.
"""
from __future__ import annotations

import math
import os
import struct
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import av
import numpy as np

__all__ = ["Audio", "AudioError", "BleepStyle", "decode", "write_wav", "to_whisper",
           "speech_regions", "snap_to_quiet", "bleep"]

from .errors import InputError

_FIX = "re-export the recording as WAV, FLAC or MP3"
WHISPER_RATE = 16000
_BLEEP_FLOOR_DBFS = -30.0  # quietest bleep RMS, so a bleep over near-silence is still audible
_MIN_DIFF = 2  # a bleeped sample must differ from the original by more than this


class AudioError(InputError):
    """A recording cannot be decoded. The message names the file and says the fix."""


@dataclass(frozen=True, eq=False)  # eq=False: == on numpy arrays is ambiguous; compare .samples
class Audio:
    """Decoded audio: int16 samples, shape (n_frames, n_channels), at the input's rate."""

    samples: np.ndarray
    rate: int

    def __post_init__(self) -> None:
        s = self.samples
        if not isinstance(s, np.ndarray) or s.dtype != np.int16 or s.ndim != 2 or s.shape[1] < 1 \
                or int(self.rate) <= 0:
            raise ValueError("Audio needs int16 samples of shape (n_frames, n_channels) and a rate > 0")

    @property
    def channels(self) -> int:
        return int(self.samples.shape[1])

    @property
    def duration(self) -> float:
        return self.samples.shape[0] / self.rate


@dataclass(frozen=True)
class BleepStyle:
    """How ``bleep`` marks a span: a speech-level-matched tone, or digital silence."""

    mode: str = "tone"  # "tone" or "silence"
    frequency_hz: float = 1000.0
    level_db: float = -3.0  # tone RMS relative to the RMS of the speech it replaces
    fade_ms: float = 5.0  # fade in/out inside the span


def _g711_table(law: str) -> np.ndarray:
    """Standard G.711 expansion (ITU / Sun g711.c) of all 256 codes to int16."""
    c = np.arange(256)
    if law == "ulaw":
        u = ~c & 0xFF
        t = (((u & 0x0F) << 3) + 0x84) << ((u >> 4) & 7)
        return np.where(u & 0x80, 0x84 - t, t - 0x84).astype(np.int16)
    a = c ^ 0x55
    seg = (a >> 4) & 7
    t = ((a & 0x0F) << 4) + np.where(seg == 0, 8, 0x108)
    t = np.where(seg > 1, t << np.maximum(seg - 1, 0), t)
    return np.where(a & 0x80, t, -t).astype(np.int16)


def _to_int16(a: np.ndarray) -> np.ndarray:
    """Any PCM sample array to int16, the same way ffmpeg's s16 conversion does it."""
    if a.dtype == np.int16:
        return a
    if a.dtype == np.uint8:
        return ((a.astype(np.int16) - 128) << 8).astype(np.int16)
    if a.dtype.kind == "i":
        return (a.astype(np.int64) >> (8 * a.dtype.itemsize - 16)).astype(np.int16)
    return np.clip(np.rint(np.nan_to_num(a.astype(np.float64)) * 32768.0), -32768, 32767).astype(np.int16)


def _pcm(raw: bytes, width: int, nch: int, kind: str = "i") -> np.ndarray:
    """Little-endian PCM/float bytes (8-bit unsigned, 16/24/32-bit int, 32/64-bit float) to int16."""
    n = len(raw) // (width * nch)
    raw = raw[: n * width * nch]
    if width == 3:  # the top two bytes of each 24-bit sample are its int16 value
        return np.frombuffer(raw, np.uint8).reshape(-1, 3)[:, 1:].copy().view("<i2").reshape(n, nch)
    dtype = f"<f{width}" if kind == "f" else {1: "u1", 2: "<i2", 4: "<i4"}[width]
    return _to_int16(np.frombuffer(raw, dtype)).reshape(n, nch)


def _decode_wav(path: Path) -> Audio | None:
    """RIFF/WAVE with PCM, float or G.711 data; None for anything else (PyAV tries it then)."""
    bad = f"{path.name}: WAV header is truncated or corrupt; {_FIX}"
    with path.open("rb") as f:
        head = f.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:] != b"WAVE":
            return None
        fmt = None
        while (ch := f.read(8)) and len(ch) == 8:  # walk the chunks up to "data"
            cid, clen = ch[:4], struct.unpack("<I", ch[4:])[0]
            if cid == b"data" and fmt:  # (a short read keeps what a cut-off file has)
                raw = b"" if fmt[4] == 1 else f.read(clen)  # plain PCM: read below by `wave`
                break
            body = f.read(clen + (clen & 1))
            if cid == b"fmt " and len(body) >= 16:
                tag, nch, rate, _, _, bits = struct.unpack("<HHIIHH", body[:16])
                ext = tag == 0xFFFE and len(body) >= 26  # WAVE_FORMAT_EXTENSIBLE: GUID subformat
                fmt = (struct.unpack("<H", body[24:26])[0] if ext else tag, nch, rate, bits, tag)
        else:
            raise AudioError(bad)
    tag, nch, rate, bits, raw_tag = fmt
    if nch < 1 or rate < 1:
        raise AudioError(bad)
    if raw_tag == 1 and bits in (8, 16, 24, 32):  # plain PCM: the stdlib reader
        try:
            with wave.open(str(path), "rb") as w:
                frames = w.readframes(w.getnframes())
                return Audio(_pcm(frames, w.getsampwidth(), w.getnchannels()), w.getframerate())
        except (wave.Error, EOFError) as exc:
            raise AudioError(bad) from exc
    if tag in (6, 7) and bits == 8:  # A-law / mu-law
        codes = np.frombuffer(raw[: len(raw) // nch * nch], np.uint8)
        return Audio(_g711_table("ulaw" if tag == 7 else "alaw")[codes].reshape(-1, nch), rate)
    if (tag == 1 and bits in (8, 16, 24, 32)) or (tag == 3 and bits in (32, 64)):
        return Audio(_pcm(raw, bits // 8, nch, "f" if tag == 3 else "i"), rate)
    return None  # ADPCM, MP3-in-WAV, ...


def _decode_av(path: Path) -> Audio:
    chunks: list[np.ndarray] = []
    rate = nch = 0
    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                raise AudioError(f"{path.name}: contains no audio stream; {_FIX}")
            for frame in container.decode(container.streams.audio[0]):
                k = frame.layout.nb_channels
                if nch and (k != nch or frame.sample_rate != rate):
                    raise AudioError(f"{path.name}: channel count or rate changes mid-file; {_FIX}")
                rate, nch, a = frame.sample_rate, k, frame.to_ndarray()
                chunks.append(_to_int16(a.T if frame.format.is_planar else a.reshape(-1, k)))
    except (av.FFmpegError, OSError, ValueError) as exc:
        raise AudioError(f"{path.name}: not a readable audio file ({type(exc).__name__}); {_FIX}") from exc
    if not chunks:
        raise AudioError(f"{path.name}: contains no audio samples; {_FIX}")
    return Audio(np.ascontiguousarray(np.concatenate(chunks)), rate)


def decode(path: str | Path) -> Audio:
    """Decode a recording to its exact int16 samples at its native rate, keeping every channel."""
    path = Path(path)
    if not path.is_file():
        raise AudioError(f"{path.name}: file not found; check the path")
    if path.stat().st_size == 0:
        raise AudioError(f"{path.name}: file is empty (0 bytes); {_FIX}")
    audio = _decode_wav(path)
    if audio is None:
        audio = _decode_av(path)
    if audio.samples.shape[0] == 0:
        raise AudioError(f"{path.name}: contains no audio samples (zero length); {_FIX}")
    return audio


def write_wav(path: str | Path, audio: Audio) -> None:
    """Write 16-bit PCM WAV atomically (temp file in the same directory, fsync, os.replace)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            with wave.open(f, "wb") as w:
                w.setnchannels(audio.channels)
                w.setsampwidth(2)
                w.setframerate(int(audio.rate))
                w.writeframes(audio.samples.astype("<i2").tobytes())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _resample(x: np.ndarray, src: int, dst: int, half_taps: int = 16) -> np.ndarray:
    """Kaiser-windowed sinc polyphase resampler; output length round(len(x) * dst / src)."""
    g = math.gcd(src, dst)
    up, down = dst // g, src // g
    n_out = int(round(len(x) * dst / src))
    ratio = min(1.0, dst / src)
    half = int(math.ceil(half_taps / ratio))  # filter half-width in input samples
    d = np.arange(-half + 1, half + 1)[None, :] - (np.arange(up) / up)[:, None]
    w = np.sinc(0.94 * ratio * d) * np.i0(8.0 * np.sqrt(np.clip(1 - (d / half) ** 2, 0, None)))
    w /= w.sum(axis=1, keepdims=True)  # unity DC gain in every phase
    xp = np.pad(x.astype(np.float64), (half, half + 1))  # x[i] is xp[i + half]
    out = np.empty(n_out, np.float32)
    if down <= 8:  # few phases: one C correlation per phase, keep every down-th output
        for k0 in range(min(up, n_out)):
            full = np.correlate(xp, w[k0 * down % up], "valid")
            out[k0::up] = full[k0 * down // up + 1::down][: len(out[k0::up])]
        return out
    for s in range(0, n_out, 1 << 18):  # many phases: gather taps in chunks
        pos = np.arange(s, min(s + (1 << 18), n_out), dtype=np.int64) * down
        base, phase = pos // up + 1, pos % up
        acc = np.zeros(len(pos))
        for j in range(2 * half):
            acc += xp[base + j] * w[phase, j]
        out[s:s + len(pos)] = acc
    return out


def to_whisper(audio: Audio, channel: int | None) -> np.ndarray:
    """Float32 mono 16 kHz in [-1, 1]; channel=None averages all channels."""
    s = audio.samples
    x = s.mean(axis=1) if channel is None else s[:, channel].astype(np.float64)
    x = x / 32768.0
    y = x.astype(np.float32) if audio.rate == WHISPER_RATE else _resample(x, audio.rate, WHISPER_RATE)
    return np.clip(y, -1.0, 1.0).astype(np.float32)


def speech_regions(audio: Audio, channel: int, *, frame_s: float = 0.02, min_speech_s: float = 0.15,
                   merge_gap_s: float = 0.3, margin_db: float = 10.0,
                   min_level_dbfs: float = -55.0) -> list[tuple[float, float]]:
    """Energy VAD: frames louder than noise floor (10th percentile) + margin_db, merged and filtered."""
    n = max(1, int(round(frame_s * audio.rate)))
    if audio.samples.shape[0] == 0:
        return []
    x = audio.samples[:, channel].astype(np.float64)
    x = np.pad(x, (0, -len(x) % n)).reshape(-1, n)  # frames; the last one zero-padded
    db = 20 * np.log10(np.sqrt((x * x).mean(axis=1)) / 32768.0 + 1e-9)
    thr = max(float(np.percentile(db, 10)) + margin_db, min_level_dbfs)
    edges = np.diff(np.concatenate([[0], (db > thr).astype(np.int8), [0]]))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    if len(starts) == 0:
        return []
    keep = np.concatenate([[True], (starts[1:] - ends[:-1]) * n / audio.rate > merge_gap_s])
    starts, ends = starts[keep], np.concatenate([ends[np.flatnonzero(keep)[1:] - 1], ends[-1:]])
    out = [(s * n / audio.rate, min(e * n / audio.rate, audio.duration)) for s, e in zip(starts, ends)]
    return [(s, e) for s, e in out if e - s >= min_speech_s]


def snap_to_quiet(audio: Audio, channel: int, start: float, end: float, *,
                  max_shift_s: float = 0.15) -> tuple[float, float]:
    """Move start earlier / end later (never inwards), by up to max_shift_s, to the centre of
    the quietest 10 ms frame; ties go to the smallest shift. Clamped to [0, duration]."""
    rate, dur = audio.rate, audio.duration
    x = audio.samples[:, channel].astype(np.float64)
    cs = np.concatenate([[0.0], np.cumsum(x * x)])
    h, shift = max(1, int(round(0.005 * rate))), int(round(max_shift_s * rate))

    def quietest(at: float, sign: int) -> float:
        c = int(round(min(max(at, 0.0), dur) * rate)) + sign * np.arange(shift + 1)
        c = c[(c >= 0) & (c <= len(x))]
        e = cs[np.clip(c + h, 0, len(x))] - cs[np.clip(c - h, 0, len(x))]
        return float(c[int(np.argmin(e))]) / rate

    s, e = min(max(start, 0.0), dur), min(max(end, 0.0), dur)
    return min(s, quietest(start, -1)), max(e, quietest(end, +1))


def _merged(spans: Iterable[tuple[int, float, float]], audio: Audio) -> dict[int, list[list[int]]]:
    """Per-channel sample ranges [i0, i1), clamped to the audio, overlapping/touching ones merged."""
    n, out = audio.samples.shape[0], dict[int, list[list[int]]]()
    for ch, s, e in sorted(spans, key=lambda sp: (sp[0], sp[1])):
        if not 0 <= ch < audio.channels:
            raise ValueError(f"bleep span on channel {ch}, audio has {audio.channels} channels")
        i0, i1 = (min(max(v, 0), n) for v in (math.floor(s * audio.rate), math.ceil(e * audio.rate)))
        rs = out.setdefault(int(ch), [])
        if i1 <= i0:
            continue
        if rs and i0 <= rs[-1][1]:
            rs[-1][1] = max(rs[-1][1], i1)
        else:
            rs.append([i0, i1])
    return out


def bleep(audio: Audio, spans: Iterable[tuple[int, float, float]], style: BleepStyle = BleepStyle()) -> Audio:
    """Return a new Audio with each (channel, start_s, end_s) span replaced by a tone or zeros.

    Samples outside every span are bit-identical. Tone RMS = RMS of the replaced speech *
    10**(level_db/20), at least -30 dBFS; tone samples within 2 of the original are nudged
    by 3 so every bleeped sample differs by > 2. Silence mode writes zeros, so input samples
    already within +-2 of zero stay (nearly) unchanged there.
    """
    if style.mode not in ("tone", "silence"):
        raise ValueError(f"unknown bleep mode {style.mode!r}; use 'tone' or 'silence'")
    out = audio.samples.copy()
    for ch, ranges in _merged(spans, audio).items():
        for i0, i1 in ranges:
            orig = audio.samples[i0:i1, ch].astype(np.int32)
            if style.mode == "silence":
                out[i0:i1, ch] = 0
                continue
            speech = float(np.sqrt(np.mean(orig.astype(np.float64) ** 2)))
            rms = max(speech * 10 ** (style.level_db / 20), 32768 * 10 ** (_BLEEP_FLOOR_DBFS / 20))
            k = np.arange(i1 - i0)
            tone = min(rms * math.sqrt(2), 32767.0) * np.sin(2 * np.pi * style.frequency_hz * k / audio.rate)
            nf = min(int(style.fade_ms / 1000 * audio.rate), (i1 - i0) // 2)
            if nf > 0:
                ramp = 0.5 - 0.5 * np.cos(np.pi * (np.arange(nf) + 0.5) / nf)
                tone[:nf] *= ramp
                tone[-nf:] *= ramp[::-1]
            t = np.clip(np.rint(tone), -32768, 32767).astype(np.int32)
            close = np.abs(t - orig) <= _MIN_DIFF
            t[close] = np.where(orig[close] > 0, orig[close] - 3, orig[close] + 3)
            out[i0:i1, ch] = t.astype(np.int16)
    return Audio(out, audio.rate)
