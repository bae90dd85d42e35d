"""Speech-aware Presidio recognizers, one per file, and the registry of them."""
from __future__ import annotations

from .address import AddressRecognizer
from .date_of_birth import DateOfBirthRecognizer
from .dialogue import DialogueContextRecognizer
from .health import HealthRecognizer
from .person_name import PersonNameRecognizer
from .spelled_code import SpelledCodeRecognizer
from .spoken_email import SpokenEmailRecognizer
from .spoken_number import SpokenNumberRecognizer

SPEECH_RECOGNIZERS = (SpokenNumberRecognizer, SpokenEmailRecognizer, DateOfBirthRecognizer, PersonNameRecognizer,
                      AddressRecognizer, HealthRecognizer, SpelledCodeRecognizer, DialogueContextRecognizer)

__all__ = ["SPEECH_RECOGNIZERS"]
