"""ASR helpers that need no model: channel roles and the compaction time map."""
import numpy as np

from pipeline.asr import channel_roles, compact, regions_for
from pipeline.audio import Audio
from pipeline.types import CallSpec, Word


def _audio(channels: int, seconds: float = 1.0) -> Audio:
    return Audio(np.zeros((int(8000 * seconds), channels), dtype=np.int16), 8000)


def test_channel_roles():
    spec = lambda ch: CallSpec("c", "customer_care", "it", ch)  # noqa: E731
    assert channel_roles(spec({0: "mixed"}), _audio(1)) == [(0, "mixed")]
    assert channel_roles(spec({0: "mixed"}), _audio(2)) == [(None, "mixed")]
    assert channel_roles(spec({0: "agent", 1: "customer"}), _audio(2)) == [(0, "agent"), (1, "customer")]
    assert channel_roles(spec({0: "agent"}), _audio(2)) == [(0, "agent"), (1, "mixed")]  # unnamed: still heard
    assert channel_roles(spec({0: "agent", 1: "customer"}), _audio(1)) == [(0, "mixed")]


def test_mix_regions_hear_every_channel():
    a = _audio(2, 3.0)
    rng = np.random.default_rng(0)
    samples = a.samples.copy()
    samples[8000:16000, 1] = (rng.standard_normal(8000) * 8000).astype(np.int16)  # speech on channel 1 only
    regions = regions_for(Audio(samples, 8000), None)
    assert regions and abs(regions[0][0] - 1.0) < 0.1 and abs(regions[0][1] - 2.0) < 0.1


def test_compaction_maps_times_back():
    x = np.zeros(16000 * 10, dtype=np.float32)
    c = compact(x, [(1.0, 2.0), (5.0, 6.0)], pad_s=0.2, gap_s=0.4)
    assert c.chunks == ((0.0, 0.8, 1.4), (1.8, 4.8, 1.4))
    assert abs(c.to_original(0.1) - 0.9) < 1e-9
    assert c.to_original(1.5) == 4.8  # a start in the gap opens the next chunk
    assert abs(c.to_original(1.5, is_end=True) - 2.2) < 1e-9  # an end there closes its own chunk
    w = c.word(Word("ciao", 1.2, 1.6))
    assert abs(w.start - 2.0) < 1e-9 and abs(w.end - 2.2) < 1e-9
    # a word whisper stretched across the gap ends with its own chunk, not 3 s later in the next
    w = c.word(Word("novantanove", 1.0, 2.2))
    assert abs(w.start - 1.8) < 1e-9 and abs(w.end - 2.2) < 1e-9
    w = c.word(Word("nove", 1.9, 2.3))  # opening in the next chunk: its times are that chunk's
    assert abs(w.start - 4.9) < 1e-9 and abs(w.end - 5.3) < 1e-9


def test_cpu_threads_from_the_environment(monkeypatch):
    """SOTTOVOCE_CPU_THREADS sets whisper's threads when the options leave them at 0 (a Dask
    worker's share of its machine); a bad value is an error naming the variable."""
    import pytest

    from pipeline.asr import _env_threads
    from pipeline.errors import ModelError

    monkeypatch.delenv("SOTTOVOCE_CPU_THREADS", raising=False)
    assert _env_threads() == 0
    monkeypatch.setenv("SOTTOVOCE_CPU_THREADS", "1")
    assert _env_threads() == 1
    monkeypatch.setenv("SOTTOVOCE_CPU_THREADS", "two")
    with pytest.raises(ModelError, match="SOTTOVOCE_CPU_THREADS"):
        _env_threads()


def test_temperature_fallback_from_the_environment(monkeypatch):
    """SOTTOVOCE_TEMPERATURE_FALLBACK=0 turns whisper's sampling fallback off for a whole run (its
    Dask workers inherit it) when the options leave it unset; the option wins; a bad value names the variable."""
    import pytest

    from pipeline.asr import AsrOptions, _fallback
    from pipeline.errors import ModelError

    monkeypatch.delenv("SOTTOVOCE_TEMPERATURE_FALLBACK", raising=False)
    assert _fallback(AsrOptions()) is True
    monkeypatch.setenv("SOTTOVOCE_TEMPERATURE_FALLBACK", "0")
    assert _fallback(AsrOptions()) is False
    assert _fallback(AsrOptions(temperature_fallback=True)) is True
    monkeypatch.setenv("SOTTOVOCE_TEMPERATURE_FALLBACK", "maybe")
    with pytest.raises(ModelError, match="SOTTOVOCE_TEMPERATURE_FALLBACK"):
        _fallback(AsrOptions())
