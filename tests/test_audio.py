"""Tests for pipeline.audio. All test audio is generated here (numpy + wave + PyAV)."""
from __future__ import annotations

import os
import sys
import wave
from pathlib import Path

import av
import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline import audio as A  # noqa: E402
from pipeline.audio import Audio, AudioError, BleepStyle, bleep, decode, snap_to_quiet  # noqa: E402
from pipeline.audio import speech_regions, to_whisper, write_wav  # noqa: E402

RNG = np.random.default_rng(1234)


def noise(n: int, ch: int, level: float) -> np.ndarray:
    return np.clip(RNG.standard_normal((n, ch)) * level, -32768, 32767).astype(np.int16)


def sine(n: int, rate: int, hz: float, amp: float) -> np.ndarray:
    return np.rint(amp * np.sin(2 * np.pi * hz * np.arange(n) / rate)).astype(np.int16)


def write_pcm(path: Path, samples: np.ndarray, rate: int, width: int = 2) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(samples.shape[1])
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(samples.tobytes())
    return path


def encode(path: Path, codec: str, samples: np.ndarray, rate: int, fmt: str | None = None,
           **options: str) -> Path:
    """Encode int16 (n, ch) samples with PyAV (the encoder converts from s16 itself)."""
    layout = {1: "mono", 2: "stereo", 3: "3.0"}[samples.shape[1]]
    with av.open(str(path), "w", format=fmt) as c:
        st = c.add_stream(codec, rate=rate, layout=layout)
        st.codec_context.options = options
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout=layout)
        frame.sample_rate = rate
        for pkt in [*st.encode(frame), *st.encode(None)]:
            c.mux(pkt)
    return path


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(x.astype(np.float64) ** 2)))


# ------------------------------------------------------------------ decode / write

@pytest.mark.parametrize("rate", [8000, 16000])
@pytest.mark.parametrize("channels", [1, 2])
def test_wav_pcm16_round_trip_bit_exact(tmp_path: Path, rate: int, channels: int) -> None:
    x = noise(rate + 123, channels, 6000)
    a = decode(write_pcm(tmp_path / "in.wav", x, rate))
    assert a.samples.dtype == np.int16 and a.rate == rate and a.channels == channels
    assert np.array_equal(a.samples, x)
    assert a.duration == pytest.approx((rate + 123) / rate)
    write_wav(tmp_path / "out.wav", a)
    assert np.array_equal(decode(tmp_path / "out.wav").samples, x)


def test_wav_8_24_32_bit_converted_to_int16(tmp_path: Path) -> None:
    x = noise(1000, 2, 5000)
    u8 = ((x.astype(np.int32) >> 8) + 128).astype(np.uint8)
    a8 = decode(write_pcm(tmp_path / "u8.wav", u8, 8000, width=1)).samples
    assert np.array_equal(a8, (x >> 8) << 8)
    i32 = x.astype(np.int32) << 16 | 0x1234
    assert np.array_equal(decode(write_pcm(tmp_path / "i32.wav", i32, 8000, width=4)).samples, x)
    b24 = (i32 >> 8).astype("<i4").view(np.uint8).reshape(-1, 4)[:, :3].tobytes()
    p24 = tmp_path / "i24.wav"
    with wave.open(str(p24), "wb") as w:
        w.setnchannels(2), w.setsampwidth(3), w.setframerate(8000), w.writeframes(b24)
    assert np.array_equal(decode(p24).samples, x)


@pytest.mark.parametrize("codec,channels", [("pcm_s24le", 2), ("pcm_s32le", 1), ("pcm_f32le", 2),
                                            ("pcm_f64le", 1), ("pcm_s16le", 3)])
def test_wav_written_by_ffmpeg_float_and_extensible(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   codec: str, channels: int) -> None:
    x = noise(4000, channels, 6000)  # ffmpeg writes WAVE_FORMAT_EXTENSIBLE for >16 bit or >2 channels
    p = encode(tmp_path / "x.wav", codec, x, 16000)
    monkeypatch.setattr(A, "_decode_av", lambda path: pytest.fail("fell back to PyAV"))
    a = decode(p)
    assert a.rate == 16000 and np.array_equal(a.samples, x)


@pytest.mark.parametrize("codec", ["pcm_mulaw", "pcm_alaw"])
def test_g711_wav_matches_standard_decoding(tmp_path: Path, codec: str) -> None:
    x = noise(8000, 2, 4000)
    p = encode(tmp_path / "g711.wav", codec, x, 8000)
    with av.open(str(p)) as c:  # ffmpeg's own G.711 decoder as the reference
        ref = np.concatenate([f.to_ndarray().reshape(-1, 2) for f in c.decode(audio=0)])
    a = decode(p)
    assert a.rate == 8000 and a.channels == 2 and a.samples.shape == x.shape
    assert np.array_equal(a.samples, ref)
    err = np.abs(a.samples.astype(np.int32) - x)
    assert np.all(err <= np.abs(x.astype(np.int32)) // 16 + 16)  # G.711 quantisation error


def test_mulaw_riff_parsed_without_pyav(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = encode(tmp_path / "mu.wav", "pcm_mulaw", noise(800, 1, 3000), 8000)
    monkeypatch.setattr(A, "_decode_av", lambda path: pytest.fail("fell back to PyAV"))
    assert decode(p).samples.shape == (800, 1)


def test_flac_bit_exact(tmp_path: Path) -> None:
    x = noise(44100, 2, 8000)
    a = decode(encode(tmp_path / "x.flac", "flac", x, 44100))
    assert a.rate == 44100 and np.array_equal(a.samples, x)


@pytest.mark.parametrize("codec,fmt,name,rate,channels,options", [
    ("libmp3lame", "mp3", "x.mp3", 44100, 2, {}),
    ("libmp3lame", "mp3", "x8k.mp3", 8000, 1, {}),
    ("libopus", "ogg", "x.opus.ogg", 48000, 2, {}),
    ("vorbis", "ogg", "x.vorbis.ogg", 22050, 2, {"strict": "experimental"}),
    ("aac", "ipod", "x.m4a", 44100, 1, {}),
])
def test_lossy_formats_decode(tmp_path: Path, codec: str, fmt: str, name: str, rate: int,
                              channels: int, options: dict[str, str]) -> None:
    x = np.repeat(sine(rate * 2, rate, 440, 8000)[:, None], channels, axis=1)
    a = decode(encode(tmp_path / name, codec, x, rate, fmt, **options))
    assert a.samples.dtype == np.int16 and a.channels == channels and a.rate == rate
    assert abs(a.duration - 2.0) < 0.1
    assert rms(a.samples) == pytest.approx(rms(x), rel=0.2)


def test_bad_files_raise_audio_error_naming_file(tmp_path: Path) -> None:
    good = write_pcm(tmp_path / "good.wav", noise(8000, 1, 1000), 8000).read_bytes()
    cases = {
        "empty.wav": b"",
        "notes.wav": b"this is just a text file, not audio\n" * 20,
        "truncated.wav": good[:30],
        "header_only.wav": good[:44],
        "garbage.mp3": bytes(RNG.integers(0, 256, 5000, dtype=np.uint8)),
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(AudioError) as e:
            decode(tmp_path / name)
        msg = str(e.value)
        assert msg.startswith(name + ":") and "re-export" in msg, msg
    with pytest.raises(AudioError, match="missing.wav"):
        decode(tmp_path / "missing.wav")


def test_write_wav_atomic_and_readable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a = Audio(noise(1234, 2, 3000), 8000)
    out = tmp_path / "out.wav"
    write_wav(out, a)
    assert os.listdir(tmp_path) == ["out.wav"]
    with wave.open(str(out)) as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate(), w.getnframes()) == (2, 2, 8000, 1234)
        assert np.array_equal(np.frombuffer(w.readframes(1234), "<i2").reshape(-1, 2), a.samples)
    before = out.read_bytes()

    def boom(src: str, dst: str) -> None:
        raise OSError("disk full")
    monkeypatch.setattr(A.os, "replace", boom)
    with pytest.raises(OSError):
        write_wav(out, Audio(noise(10, 1, 10), 16000))
    assert os.listdir(tmp_path) == ["out.wav"] and out.read_bytes() == before


# ------------------------------------------------------------------ whisper / VAD / snap

@pytest.mark.parametrize("rate,n", [(8000, 8000), (8000, 12345), (16000, 999), (44100, 44100), (48000, 47999),
                                    (22050, 7)])
def test_to_whisper_length_and_dtype(rate: int, n: int) -> None:
    y = to_whisper(Audio(noise(n, 2, 3000), rate), None)
    assert y.dtype == np.float32 and y.ndim == 1
    assert abs(len(y) - round(n * 16000 / rate)) <= 1
    assert np.all(np.abs(y) <= 1.0)


def test_to_whisper_resample_preserves_tone_and_selects_channel() -> None:
    x = np.stack([sine(8000, 8000, 1000, 16384), np.zeros(8000, np.int16)], axis=1)
    y = to_whisper(Audio(x, 8000), 0)
    spec = np.abs(np.fft.rfft(y))
    assert np.argmax(spec) == pytest.approx(1000 * len(y) / 16000, abs=1)
    assert rms(y[400:-400]) == pytest.approx(0.5 / np.sqrt(2), rel=0.02)
    assert np.allclose(to_whisper(Audio(x, 8000), 1), 0)
    assert rms(to_whisper(Audio(x, 8000), None)[400:-400]) == pytest.approx(0.25 / np.sqrt(2), rel=0.02)
    assert np.allclose(to_whisper(Audio(x, 16000), 0), x[:, 0] / 32768.0)


@pytest.mark.parametrize("rate", [8000, 44100, 48000])
def test_to_whisper_is_time_aligned_and_anti_aliased(rate: int) -> None:
    x = np.zeros((rate, 1), np.int16)
    x[rate // 2] = 30000  # a click at exactly 0.5 s must stay at 0.5 s
    y = to_whisper(Audio(x, rate), 0)
    assert np.argmax(y) == 8000 and abs(y[7999] - y[8001]) < 1e-3 * y[8000]  # symmetric: no shift
    if rate > 16000:  # a 10 kHz tone cannot be represented at 16 kHz: filtered, not aliased to 6 kHz
        hf = sine(rate, rate, 10000, 16000)[:, None]
        assert rms(to_whisper(Audio(hf, rate), 0)[400:-400]) < 0.005


def test_speech_regions_finds_burst_in_noise() -> None:
    rate = 8000
    x = noise(rate * 4, 2, 100)
    x[int(1.0 * rate):int(1.6 * rate), 1] += sine(int(0.6 * rate), rate, 300, 8000)
    x[int(2.5 * rate):int(2.55 * rate), 1] += sine(int(0.05 * rate), rate, 300, 8000)  # too short
    regions = speech_regions(Audio(x, rate), 1)
    assert len(regions) == 1
    (s, e), = regions
    assert abs(s - 1.0) <= 0.05 and abs(e - 1.6) <= 0.05
    assert speech_regions(Audio(x, rate), 0) == []


def test_speech_regions_merges_short_gaps_sorted_non_overlapping() -> None:
    rate = 16000
    x = noise(rate * 5, 1, 50)
    for s, e in [(0.5, 1.0), (1.1, 1.5), (3.0, 3.5)]:
        i0, i1 = round(s * rate), round(e * rate)
        x[i0:i1, 0] = sine(i1 - i0, rate, 200, 5000)
    r = speech_regions(Audio(x, rate), 0)
    assert len(r) == 2 and all(a < b for a, b in r) and r[0][1] < r[1][0]
    assert abs(r[0][0] - 0.5) <= 0.05 and abs(r[0][1] - 1.5) <= 0.05


def test_snap_to_quiet_moves_outwards_to_gap_and_never_inwards() -> None:
    rate = 8000
    x = noise(rate * 3, 1, 5000)
    x[int(0.90 * rate):int(0.95 * rate)] = 0
    x[int(2.05 * rate):int(2.10 * rate)] = 0
    a = Audio(x, rate)
    s, e = snap_to_quiet(a, 0, 1.0, 2.0)
    assert 0.90 <= s <= 0.95 and 2.05 <= e <= 2.10
    for start, end in RNG.uniform(-0.5, 3.5, (200, 2)):
        start, end = min(start, end), max(start, end)
        s, e = snap_to_quiet(a, 0, start, end)
        cs, ce = np.clip([start, end], 0.0, a.duration)  # inputs clamped to the audio
        assert 0.0 <= s <= cs and cs - s <= 0.15 + 1e-9
        assert ce <= e <= a.duration and e - ce <= 0.15 + 1e-9


# ------------------------------------------------------------------ bleep

def test_bleep_replaces_only_inside_span_on_one_channel() -> None:
    rate = 8000
    x = noise(rate * 2, 2, 3000)
    x[int(0.5 * rate):int(0.6 * rate), 0] = 0  # a silent stretch inside the span
    a = Audio(x, rate)
    b = bleep(a, [(0, 0.4, 1.2)])
    assert b is not a and b.samples.shape == x.shape and b.rate == rate
    assert np.array_equal(a.samples, x)  # input untouched
    i0, i1 = int(0.4 * rate), int(1.2 * rate)
    assert np.array_equal(b.samples[:i0], x[:i0]) and np.array_equal(b.samples[i1:], x[i1:])
    assert np.array_equal(b.samples[:, 1], x[:, 1])
    diff = np.abs(b.samples[i0:i1, 0].astype(np.int32) - x[i0:i1, 0])
    assert np.all(diff > 2)


def test_bleep_clamps_and_merges_spans() -> None:
    rate = 8000
    x = noise(rate, 2, 2000)
    b = bleep(Audio(x, rate), [(1, 0.8, 5.0), (1, -1.0, 0.1), (1, 0.05, 0.2), (0, 2.0, 3.0)])
    assert b.samples.shape == x.shape
    assert np.array_equal(b.samples[:, 0], x[:, 0])
    changed = np.abs(b.samples[:, 1].astype(np.int32) - x[:, 1]) > 2
    assert changed[:int(0.2 * rate)].all() and changed[int(0.8 * rate):].all()
    assert not changed[int(0.2 * rate) + 1:int(0.8 * rate) - 1].any()
    # overlapping spans give one continuous tone, the same as their union
    union = bleep(Audio(x, rate), [(1, 0.0, 0.2), (1, 0.8, 1.0)])
    assert np.array_equal(b.samples, union.samples)
    with pytest.raises(ValueError):
        bleep(Audio(x, rate), [(2, 0.0, 0.1)])


def test_bleep_tone_level_tracks_speech_and_has_floor() -> None:
    rate = 16000
    x = np.zeros((rate * 3, 1), np.int16)
    x[:rate] = noise(rate, 1, 8000)
    x[rate:2 * rate] = noise(rate, 1, 2000)  # -24 dBFS: above the -30 dBFS floor
    # separate spans (adjacent spans would merge into one tone with one level)
    b = bleep(Audio(x, rate), [(0, 0.0, 0.999), (0, 1.001, 1.999), (0, 2.001, 3.0)])
    g = 10 ** (-3 / 20)
    for k, src in enumerate([x[:rate], x[rate:2 * rate]]):
        span = b.samples[k * rate + 200:(k + 1) * rate - 200]
        assert rms(span) == pytest.approx(rms(src) * g, rel=0.05)
        spec = np.abs(np.fft.rfft(span[:, 0].astype(np.float64)))
        assert np.argmax(spec) == pytest.approx(1000 * len(span) / rate, abs=2)
    floor = b.samples[2 * rate + 200:-200]
    assert rms(floor) >= 32768 * 10 ** (-30 / 20) * 0.95
    assert np.all(np.abs(b.samples[round(2.001 * rate):, 0].astype(np.int32)) > 2)  # digital silence still marked
    loud = bleep(Audio(np.full((800, 1), 32767, np.int16), 8000), [(0, 0, 1)], BleepStyle(level_db=6))
    assert loud.samples.max() <= 32767  # clipped, no int16 wrap-around


def test_bleep_silence_mode_zeros() -> None:
    x = noise(8000, 2, 3000)
    b = bleep(Audio(x, 8000), [(1, 0.25, 0.5)], BleepStyle(mode="silence"))
    assert np.all(b.samples[2000:4000, 1] == 0)
    assert np.array_equal(b.samples[:, 0], x[:, 0])
    assert np.array_equal(b.samples[:2000], x[:2000]) and np.array_equal(b.samples[4000:], x[4000:])
    with pytest.raises(ValueError):
        bleep(Audio(x, 8000), [(0, 0, 1)], BleepStyle(mode="beep"))
