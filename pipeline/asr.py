"""Transcription with faster-whisper: word timestamps, one pass per channel.

The model is loaded lazily, once per process (`get_model` is cached), never per file.
"""
from __future__ import annotations

import bisect
import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import numpy as np
from threadpoolctl import threadpool_limits

from .audio import WHISPER_RATE, Audio, speech_regions, to_whisper
from .errors import ModelError
from .types import CallSpec, Segment, Transcript, Word

LANGUAGES = ("it", "en")
FALLBACK_TEMPERATURES = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)  # faster-whisper's default


@dataclass(frozen=True)
class AsrOptions:
    model: Optional[str] = None  # manifest name, local CTranslate2 folder, or hub name; None = manifest default
    compute_type: str = "int8"
    cpu_threads: int = 0  # 0 = $SOTTOVOCE_CPU_THREADS, else all cores
    beam_size: int = 5
    vad_filter: bool = False  # Silero VAD drops real speech on some voices (see NOTES); off by default
    condition_on_previous_text: bool = False  # fewer repetition loops
    # whisper's fallback re-decodes a doubtful window by sampling at rising temperatures: better
    # transcripts of mangled speech (dev corpus: recall 0.99 with it, 0.96 without), but the same
    # call can come out differently on two runs. False: temperature 0 only, repeatable. None: on, unless
    # $SOTTOVOCE_TEMPERATURE_FALLBACK is 0 (what a whole nightly run, its Dask workers too, is told).
    temperature_fallback: Optional[bool] = None
    compact_speech: bool = True  # transcribe only the speech (energy VAD), silences squeezed out
    compact_pad_s: float = 0.2  # speech kept around each region
    compact_gap_s: float = 0.4  # silence left between two regions
    second_pass_min_s: float = 0.6  # untranscribed speech this long is transcribed again on its own
    second_pass_max: int = 12  # at most this many second-pass clips per channel


@lru_cache(maxsize=4)
def get_model(name: Optional[str] = None, compute_type: str = "int8", cpu_threads: int = 0):
    from faster_whisper import WhisperModel

    from models.provision import resolve_asr

    path = resolve_asr(name)
    try:
        return WhisperModel(path, device="cpu", compute_type=compute_type,
                            cpu_threads=cpu_threads or (os.cpu_count() or 1))
    except Exception as err:  # noqa: BLE001 - CTranslate2/HF raise many kinds
        raise ModelError(f"ASR model '{name or 'default'}' at {path} could not be loaded ({type(err).__name__}); "
                         "run `sottovoce models` to see what is installed, or name a local CTranslate2 folder") from err


def model_for(options: AsrOptions):
    return get_model(options.model, options.compute_type, options.cpu_threads or _env_threads())


def _env_threads() -> int:
    """SOTTOVOCE_CPU_THREADS: whisper's threads on this machine (a Dask worker's share of its cores)."""
    raw = os.environ.get("SOTTOVOCE_CPU_THREADS", "").strip()
    if not raw:
        return 0
    if not raw.isdigit():
        raise ModelError(f"SOTTOVOCE_CPU_THREADS={raw!r} is not a whole number; set it to the threads whisper "
                         "may use on this machine (e.g. 1 per Dask worker process), or unset it for all cores")
    return int(raw)


def _fallback(options: AsrOptions) -> bool:
    """Whether whisper may re-decode a doubtful window by sampling: the option, else $SOTTOVOCE_TEMPERATURE_FALLBACK."""
    if options.temperature_fallback is not None:
        return options.temperature_fallback
    raw = os.environ.get("SOTTOVOCE_TEMPERATURE_FALLBACK", "").strip().lower()
    if raw in ("", "1", "true", "on", "yes"):
        return True
    if raw in ("0", "false", "off", "no"):
        return False
    raise ModelError(f"SOTTOVOCE_TEMPERATURE_FALLBACK={raw!r} is neither on nor off; set it to 0 for repeatable "
                     "transcripts (temperature 0 only) or unset it for whisper's sampling fallback")


def channel_roles(spec: CallSpec, audio: Audio) -> list[tuple[Optional[int], str]]:
    """(channel, speaker) pairs to transcribe; channel None means the mono mix of all channels."""
    roles = {c: r for c, r in spec.channels.items() if c < audio.channels}
    if audio.channels == 1 or not roles or set(roles.values()) == {"mixed"}:
        return [(0 if audio.channels == 1 else None, "mixed")]
    # a channel the sidecar does not name is still speech to check: transcribe it as "mixed"
    return [(c, roles.get(c, "mixed")) for c in range(audio.channels)]


def regions_for(audio: Audio, channel: Optional[int]) -> list[tuple[float, float]]:
    """Speech regions of one channel, or of the mix of all channels (channel None)."""
    if channel is None:
        mixed = audio.samples.mean(axis=1).round().astype(np.int16)[:, None]
        return speech_regions(Audio(mixed, audio.rate), 0)
    return speech_regions(audio, channel)


# whisper's input features are a matrix product (numpy's BLAS): on several BLAS threads their last bits, and so
# the word times, differ from one thread's (a Dask worker's: OMP_NUM_THREADS=1). One thread everywhere: a call
# comes out the same on a worker and in one process, and the product is small.
def _one_blas_thread():
    return threadpool_limits(limits=1, user_api="blas")


def detect_language(samples: np.ndarray, options: AsrOptions) -> str:
    model = model_for(options)
    with _one_blas_thread():
        _, _, probs = model.detect_language(samples)
    ranked = [lang for lang, _ in sorted(probs, key=lambda p: -p[1]) if lang in LANGUAGES]
    return ranked[0] if ranked else LANGUAGES[0]


def transcribe_samples(samples: np.ndarray, language: str, options: AsrOptions, *, offset: float = 0.0) -> list[tuple[float, float, tuple[Word, ...]]]:
    """Whisper segments (start, end, words) of 16 kHz float32 samples; times shifted by `offset`."""
    model = model_for(options)
    out = []
    with _one_blas_thread():  # segments come lazily: decoding runs in the loop
        segments, _ = model.transcribe(
            samples, language=language, word_timestamps=True, beam_size=options.beam_size,
            vad_filter=options.vad_filter, condition_on_previous_text=options.condition_on_previous_text,
            temperature=FALLBACK_TEMPERATURES if _fallback(options) else 0.0)
        for seg in segments:
            words = tuple(Word(w.word.strip(), round(w.start + offset, 3), round(w.end + offset, 3),
                               round(w.probability, 3)) for w in (seg.words or []) if w.word.strip())
            if words:
                out.append((seg.start + offset, seg.end + offset, words))
    return out


@dataclass(frozen=True)
class Compacted:
    """Speech regions laid end to end, and the map from compact times back to the recording's."""

    samples: np.ndarray
    chunks: tuple[tuple[float, float, float], ...]  # (compact_start, original_start, length), seconds

    def to_original(self, t: float, *, is_end: bool = False) -> float:
        """A start in the gap after a chunk belongs to the next chunk's start (whisper often
        opens a word a little early); an end there, to the end of its own chunk."""
        for i in range(len(self.chunks) - 1, -1, -1):
            c_start, o_start, length = self.chunks[i]
            if t >= c_start:
                if t - c_start <= length or is_end or i + 1 == len(self.chunks):
                    return o_start + min(t - c_start, length)
                return self.chunks[i + 1][1]
        return self.chunks[0][1] if self.chunks else t

    def _chunk_end(self, t: float) -> float:
        """End (recording time) of the chunk an original time lies in, or just before."""
        ends = [o + n for _, o, n in self.chunks if o <= t + 1e-6]
        return ends[-1] if ends else t

    def word(self, w: Word) -> Word:
        """A word's recording times. A word whisper stretched over the gap between two chunks
        ends with its own chunk: it never spans the unheard stretch between them."""
        start = self.to_original(w.start)
        end = min(self.to_original(w.end, is_end=True), max(start, self._chunk_end(start)))
        return Word(w.text, round(start, 3), round(max(start, end), 3), w.probability)


def compact(samples: np.ndarray, regions: list[tuple[float, float]], *, pad_s: float, gap_s: float,
            rate: int = 16000) -> Compacted:
    """Whisper skips a short utterance inside a 30-s window of silence (the window is taken
    for no speech): on a stereo channel, where the other side's turns are silence, whole
    answers vanished. Keeping only the speech, with short gaps, avoids that and is faster."""
    total = len(samples) / rate
    merged: list[list[float]] = []
    for a, b in regions:
        a, b = max(0.0, a - pad_s), min(total, b + pad_s)
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    gap = np.zeros(int(gap_s * rate), dtype=np.float32)
    parts, chunks, pos = [], [], 0.0
    for a, b in merged:
        piece = samples[int(a * rate):int(b * rate)]
        chunks.append((pos, a, len(piece) / rate))
        parts += [piece, gap]
        pos += (len(piece) + len(gap)) / rate
    if not parts:
        return Compacted(samples[:0], ())
    return Compacted(np.concatenate(parts).astype(np.float32), tuple(chunks))


def _drop_hallucinations(words: tuple[Word, ...], regions: list[tuple[float, float]]) -> tuple[Word, ...]:
    """Whisper invents words over silence ("Thank you."): keep words that touch real speech."""
    def touches(w: Word) -> bool:
        return any(a - 0.1 <= w.end and w.start <= b + 0.1 for a, b in regions)
    return tuple(w for w in words if touches(w))


def _transcribe_channel(samples: np.ndarray, regions: list[tuple[float, float]], language: str,
                        options: AsrOptions) -> list[tuple[float, float, tuple[Word, ...]]]:
    if not options.compact_speech:
        return transcribe_samples(samples, language, options)
    packed = compact(samples, regions, pad_s=options.compact_pad_s, gap_s=options.compact_gap_s)
    if not packed.chunks:
        return []
    out = []
    for start, end, words in transcribe_samples(packed.samples, language, options):
        mapped = tuple(packed.word(w) for w in words)
        out.append((mapped[0].start, mapped[-1].end, mapped))
    return out


def _second_pass(samples: np.ndarray, regions: list[tuple[float, float]], found: list[tuple[Word, ...]],
                 language: str, options: AsrOptions) -> list[tuple[Word, ...]]:
    """Speech the first pass left untranscribed, transcribed again on its own: whisper skips
    stretches (a card number once vanished inside a 9-second word). What still stays
    untranscribed is bleeped later (pipeline.coverage)."""
    from .coverage import untranscribed  # a sibling stage's rule for "not covered"

    probe = Transcript("", 0.0, (Segment(0, "", 0.0, 0.0, tuple(w for ws in found for w in ws)),))
    gaps = untranscribed(probe, {0: regions}, min_s=options.second_pass_min_s)
    out = []
    for gap in gaps[:options.second_pass_max]:
        a = max(0.0, gap.start - 0.3)
        b = min(len(samples) / WHISPER_RATE, gap.end + 0.3)
        clip = samples[int(a * WHISPER_RATE):int(b * WHISPER_RATE)]
        for _, _, words in transcribe_samples(clip, language, options, offset=a):
            inside = tuple(w for w in words if w.end > gap.start - 0.2 and w.start < gap.end + 0.2)
            if inside:
                out.append(inside)
    return out


def clip_swallowed(found: list[tuple[Word, ...]]) -> list[tuple[Word, ...]]:
    """A word far longer than its text can last swallowed the speech after it (a 9-second
    ".000."): it ends at its plausible length, or where the next word on the channel starts.
    The rest is speech without words: the second pass or the untranscribed-speech rule
    deals with it, and a bleep of the word no longer covers the next turns."""
    from .coverage import max_duration

    starts = sorted(w.start for ws in found for w in ws)
    out = []
    for ws in found:
        clipped = []
        for w in ws:
            if w.end - w.start > max_duration(w.text):
                k = bisect.bisect_right(starts, w.start)
                end = min(w.start + max_duration(w.text), starts[k] if k < len(starts) else w.end)
                w = Word(w.text, w.start, round(max(w.start, end), 3), w.probability)
            clipped.append(w)
        out.append(tuple(clipped))
    return out


def transcribe(audio: Audio, spec: CallSpec, options: AsrOptions) -> Transcript:
    segments: list[Segment] = []
    language = spec.language
    for channel, speaker in channel_roles(spec, audio):
        samples = to_whisper(audio, channel)
        if language is None:
            language = detect_language(samples, options)
        ch = 0 if channel is None else channel
        regions = regions_for(audio, channel)
        found = [words for _, _, words in _transcribe_channel(samples, regions, language, options)]
        found += _second_pass(samples, regions, found, language, options)
        for words in clip_swallowed(found):
            words = _drop_hallucinations(words, regions)
            if words:
                segments.append(Segment(ch, speaker, round(words[0].start, 3), round(words[-1].end, 3), words))
    segments.sort(key=lambda s: (s.start, s.channel))
    return Transcript(language=language or LANGUAGES[0], duration=audio.duration, segments=tuple(segments))
