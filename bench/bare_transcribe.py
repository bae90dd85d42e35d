"""Bare faster-whisper transcription of the same channels, model and settings as
`sottovoce process` - the baseline the pipeline's overhead is measured against."""
import sys
from pathlib import Path

from pipeline import asr
from pipeline.audio import decode, to_whisper
from pipeline.sidecar import load_sidecar


def main(files: list[str]) -> None:
    options = asr.AsrOptions()
    model = asr.model_for(options)
    for f in files:
        spec = load_sidecar(Path(f))
        audio = decode(f)
        for channel, _ in asr.channel_roles(spec, audio):
            segments, _ = model.transcribe(to_whisper(audio, channel), language=spec.language, word_timestamps=True,
                                           beam_size=options.beam_size, vad_filter=options.vad_filter,
                                           condition_on_previous_text=options.condition_on_previous_text)
            for _ in segments:
                pass


if __name__ == "__main__":
    main(sys.argv[1:])
