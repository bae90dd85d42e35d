"""CorrectionRecognizer: a value the speaker corrects as they say it goes on through the correction
and the value after it."""
import pytest


def turns(script: str) -> list[tuple[str, str]]:
    return [tuple(part.split(": ", 1)) for part in script.split(" || ")]


@pytest.mark.parametrize("script, lang, entity, value", [
    ("agent: mi lascia un numero di telefono? || customer: tre tre nove, uno due otto, quattro... no, aspetti, "
     "quattro cinque sei sette", "it", "PHONE_NUMBER", "tre tre nove, uno due otto, quattro... no, aspetti, "
     "quattro cinque sei sette"),
    ("agent: what's your date of birth? || customer: the 3rd... sorry, no, the 4th of May 1980",
     "en", "DATE_OF_BIRTH", "3rd... sorry, no, the 4th of May 1980"),
    # whisper's stop before the correction, its bent month and "anno"
    ("agent: la data di nascita? || customer: il 7. || customer: no, schusi, sei aprire, hanno 1981.",
     "it", "DATE_OF_BIRTH", "7. no, schusi, sei aprire, hanno 1981."),
    # the correction ends one unit, the corrected group opens the next
    ("customer: pago con la carta || agent: il numero? || customer: 5 3 1 8 7 7 2 0 9 4 6 1 0 5 5 2 no. || customer: scusi, 6 5 5 2. || "
     "agent: perfetto", "it", "CREDIT_CARD", "no. scusi, 6 5 5 2."),
    ("customer: I'll pay by card || agent: go ahead. || customer: 4 9 1 1 2 0 3 4 8 8 7 6 1 0 0 2, no. || "
     "customer: sorry, 1 0 0 3.", "en", "CREDIT_CARD", "no. sorry, 1 0 0 3."),
])
def test_the_corrected_value_goes_with_the_first(pii, script, lang, entity, value):
    pii.found(turns(script), lang, entity, value)


def test_a_word_whisper_bent_may_open_the_corrected_value(pii):
    """ "... 9 2 4 5, no aspetti, zero due ..." heard "no aspetti, meno nue 4 5": the bent words go too."""
    from pipeline import redact
    trial = pii.run(turns("customer: 5 4 9 3 9 2 4 5 no aspetti, fammi 0 2 4 5 7 0 4 7 5 1 1 4"), "it")
    verdicts = redact.word_verdicts(trial.decisions)
    assert all(r in verdicts and verdicts[r].action == "remove" for r in pii.locate(trial, "fammi")), \
        pii.describe(trial)


def test_a_value_found_after_its_correction_takes_the_value_it_corrects(pii):
    """ "the 17th, no, sorry, the 16th August, 1971": the recognizers found the second date (whisper's
    "971"); the first and the correction go with it."""
    pii.found("Yeah it's the 17 no sorry the 16 August 971", "en", "DATE_OF_BIRTH", "17 no sorry the 16 August 971")
    pii.clean("I have 2 kids, no sorry, three, and my number is 0 7 8 1 2 3 4 5 6 7 8", "en", value="kids, no sorry")


@pytest.mark.parametrize("script, lang, value", [
    ("agent: a che numero la richiamo? || customer: 3 3 9 1 2 8 4 4 5 6, no, grazie, va bene così", "it",
     "grazie, va bene così"),
    ("agent: and a contact number? || customer: 0 7 7 0 0 9 0 0 4 6 1. || customer: no, that's all, thanks",
     "en", "that's all, thanks"),
    ("agent: what's your date of birth? || customer: 4th of May 1980, no, wait, I need to ask something else",
     "en", "I need to ask something else"),
])
def test_a_no_that_corrects_nothing_stays(pii, script, lang, value):
    pii.clean(turns(script), lang, value=value)


def test_words_whisper_made_of_a_codes_middle_go_with_it(pii):
    # "M G L B T N 2 4 D 0 9 F 8 4 5 E" heard with "prosperous, non è" in its middle
    pii.found("il codice fiscale è M D L E D N D D 4, prosperous, non è F 8 4 5 D E.", "it", "IT_FISCAL_CODE",
              "M D L E D N D D 4, prosperous, non è F 8 4 5 D E.")
    # two numbers of one kind a sentence apart stay two
    trial = pii.run("il mio cellulare è 3 3 9 1 2 8 4 4 5 6 e quello di mia moglie che chiama spesso è "
                    "3 4 7 1 1 2 2 3 3 4", "it")
    assert not [d for d in trial.decisions if d.finding.cue == "one value"], pii.describe(trial)
