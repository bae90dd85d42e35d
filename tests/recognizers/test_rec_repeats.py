"""RepeatedValueRecognizer: a number of unknown kind that repeats a value of a known kind said
elsewhere in the call takes that kind (a read-back whisper garbled, an answer to a question it bent)."""
from pipeline import redact


def turns(script: str) -> list[tuple[str, str]]:
    return [tuple(part.split(": ", 1)) for part in script.split(" || ")]


def _governs(trial, pii, value: str) -> set[str]:
    verdicts = redact.word_verdicts(trial.decisions)
    return {verdicts[r].finding.entity for r in pii.locate(trial, value) if r in verdicts}


def test_a_number_said_again_keeps_the_kind_it_had(pii):
    script = ("agent: what's your order number? || customer: seven seven one nine nine eight seven || "
              "agent: thank you || customer: you're welcome || agent: one moment, 7 7 1 9 9 8, I'm looking")
    trial = pii.kept(turns(script), "en", "ORDER_NUMBER", "7 7 1 9 9 8,", "customer_care")
    assert _governs(trial, pii, "7 7 1 9 9 8,") == {"ORDER_NUMBER"}, pii.describe(trial)


def test_another_number_keeps_its_unknown_kind(pii):
    script = ("agent: what's your order number? || customer: seven seven one nine nine eight seven || "
              "agent: thank you || customer: you're welcome || agent: one moment, 3 4 0 2 5 6 1, I'm looking")
    trial = pii.run(turns(script), "en", "customer_care")
    assert _governs(trial, pii, "3 4 0 2 5 6 1,") == {"ID_NUMBER"}, pii.describe(trial)


def test_a_number_like_values_of_two_kinds_stays_unknown(pii):
    script = ("agent: what's your order number? || customer: seven seven one nine nine eight seven || "
              "agent: and a phone number? || customer: seven seven one nine nine eight seven two || "
              "agent: thank you || customer: you're welcome || agent: one moment, 7 7 1 9 9 8, I'm looking")
    trial = pii.run(turns(script), "en", "customer_care")
    assert _governs(trial, pii, "7 7 1 9 9 8,") == {"ID_NUMBER"}, pii.describe(trial)
