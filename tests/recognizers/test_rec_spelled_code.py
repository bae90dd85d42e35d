"""SpelledCodeRecognizer: a code spelled a word per letter ("R come Roma, S come Savona") that
whisper half heard ("e di padoma, s e di savola") is still one code, its kind from the cue."""
import pytest


@pytest.mark.parametrize("text, lang, entity, value", [
    # a fiscal code whose spelling words whisper bent ("torrino", "padoma", "savola")
    ("ecco, gi di genoba, erre di rona, di di torrino, e di empoli, sette due, di padoma, quaranta, esse di savola",
     "it", "IT_FISCAL_CODE",
     "gi di genoba, erre di rona, di di torrino, e di empoli, sette due, di padoma, quaranta, esse di savola"),
    # glued "e come" ("ecrome"), no cue: a fiscal code, what Italians spell so
    ("allora, è l'ecrome di milano, è l'ecrome di salvona, è l'ecrome di napoli, 88",
     "it", "IT_FISCAL_CODE", "l'ecrome di milano, è l'ecrome di salvona, è l'ecrome di napoli, 88"),
])
def test_spelled_code_is_found_and_removed(pii, text, lang, entity, value):
    pii.found(text, lang, entity, value)


def test_the_kind_is_the_cues(pii):
    script = [("agent", "mi detta l'iban?"),
              ("customer", "i come imela, ti di torrimo, zero tre, di di palermo, e di ancora, quattro cinque")]
    pii.found(script, "it", "IBAN_CODE", "i come imela, ti di torrimo, zero tre, di di palermo, e di ancora")


@pytest.mark.parametrize("text, lang", [
    ("la sede di Roma, quella di Milano e quella di Torino sono chiuse", "it"),
    ("abbiamo uffici a Roma, a Milano, a Torino e a Napoli", "it"),
    ("sono di Milano ma lavoro a Roma, mia moglie è di Napoli", "it"),
    ("we fly from Rome to Milan, then on to Venice and Verona", "en"),
    ("we stayed in Rome, in Milan, in Venice and in Verona", "en"),
    ("abbiamo le filiali di Roma, di Milano e di Napoli", "it"),
])
def test_cities_in_a_sentence_are_no_code(pii, text, lang):
    pii.clean(text, lang)


def test_a_code_goes_on_in_the_next_unit(pii):
    script = [("mixed", "ecco, gi di genoba, erre di rona, di di torrino, sette uno"),
              ("mixed", "adincoma, sei 162, esse di savola"), ("mixed", "perfetto, grazie mille")]
    pii.found(script, "it", "IT_FISCAL_CODE", "gi di genoba, erre di rona, di di torrino, sette uno adincoma, sei 162, "
                                               "esse di savola")
    pii.clean(script, "it", value="perfetto, grazie mille")


def test_spelling_words_far_apart_or_glued(pii):
    text = ("allora di come non lo sono, è ne come Napoli, di come pieno ma, è ne come di volno, è ne come Roma, "
            "di cometorino, 7 a come ancora")
    pii.found(text, "it", "IT_FISCAL_CODE", "è ne come Napoli, di come pieno ma, è ne come di volno, è ne come Roma, "
                                            "di cometorino, 7 a come ancora")


def test_a_name_spelled_with_words_is_a_name(pii):
    """ "Si scrive C come Como, A come Ancona ...": after a name, as whisper bent the letters ("ele")."""
    turns = [("agent", "mi dice il cognome?"),
             ("customer", "Bertolami, si scrive bi come bolonia, e come empolo, ele come rona, ti come torrino, "
                          "o come otrando, ele come livorna, a come ancona")]
    value = "bi come bolonia, e come empolo, ele come rona, ti come torrino, o come otrando, ele come livorna"
    pii.found(turns, "it", "PERSON", value)
    pii.kept(turns, "it", "PERSON", value, "customer_care")


@pytest.mark.parametrize("answer, value", [
    ("Rossi, erre, o, esse, esse, i", "erre, o, esse, esse, i"),
    ("erre come Roma, i come Imola, ci come Como, ci come Como, i come Imola",
     "erre come Roma, i come Imola, ci come Como, ci come Como, i come Imola"),
])
def test_an_i_among_spelled_letters_is_a_letter(pii, answer, value):
    """Whisper writes the spelled "i" as "I", which is otherwise the English pronoun: beside other
    spelled letters it is one of them, and the name's last letter is removed with the rest."""
    pii.found([("agent", "mi fa lo spelling del cognome?"), ("customer", answer)], "it", "PERSON", value)


def test_a_code_with_digits_spelled_after_a_name_is_no_name(pii):
    """A purpose that keeps names does not keep a code said after one."""
    turns = [("agent", "mi dice il nome?"),
             ("customer", "Rossi, e poi erre come roma, esse come savona, 4 5, ti come torino, 8 8 zeta")]
    pii.found(turns, "it", "ID_NUMBER", "erre come roma, esse come savona, 4 5, ti come torino, 8 8 zeta",
              "customer_care")


def test_a_spelling_word_whisper_bent_past_knowing_counts_between_letters(pii):
    """ "N come primi D, D come nano 48": a bent spelling word told by the letters around it."""
    turns = [("agent", "mi dà il codice fiscale?"),
             ("customer", "allora N T, Nve come primi D come nano 48, sì come primi D M 8")]
    pii.found(turns, "it", "IT_FISCAL_CODE", "come primi D come nano 48, sì come primi")
    pii.clean("è come prima 2 volte, va come sempre 3 giorni, e come ieri a Roma", "it")


def test_a_name_spelled_with_the_spelling_words_alone(pii):
    """ "si scrive: Firenze, Empoli, Roma, Roma, Ancona" (whisper: "ivence, empoli, ..."): no "come" between."""
    text = "il cognome si scrive, ivence, empoli, Roma, Roma, ancola, la polittorino, empoli."
    pii.found(text, "it", "PERSON", "ivence, empoli, Roma, Roma, ancola, la polittorino, empoli")
    pii.clean("abbiamo sedi a Roma, Milano, Torino, Napoli e Bari, le scrivo i contatti", "it")


@pytest.mark.parametrize("turns, entity, value", [
    # letters in a row with no cue whisper made out: an ID number (fail closed)
    ([("mixed", "capito lo hanno noto un indivizio e mai"), ("mixed", "certo, M, P, C, H, E, L, ha trattino masso")],
     "ID_NUMBER", "M, P, C, H, E, L"),
    # after a word that says it is spelled: a name
    ([("agent", "me lo scandisce?"), ("customer", "B, E, R, T, A")], "PERSON", "B, E, R, T, A"),
])
def test_a_word_spelled_letter_by_letter(pii, turns, entity, value):
    pii.found(turns, "it", entity, value)
