"""chains.chained_pieces: a value dictated in pieces, the other party's "sì", "go on" between
them, is one value, even when no question or cue before it survived transcription. A script
is "speaker: text" turns joined by " || " ("mixed" for a mono mix)."""
import pytest


def turns(script: str) -> list[tuple[str, str]]:
    return [tuple(part.split(": ", 1)) for part in script.split(" || ")]


PIECES_IT = ("agent: allora, mi dica pure || customer: sette quattro uno, otto otto || agent: sì, prosegua "
             "|| customer: due sei nove, tre tre || agent: ok || customer: cinque uno quattro")
SPELLED_IT = ("agent: allora, mi dica || customer: erre esse ti emme elle || agent: sì || customer: sette due, a, "
              "cinquanta || agent: ok, poi? || customer: acca due zero uno")
MONO_IT = "mixed: dunque quattro quattro due nove, sì, vada pure, 6, no, anzi 6 8, ok, e poi cinque cinque sette uno"
PIECES_EN = ("mixed: right, four nine one six. go on. two two eight three. and then. seven seven zero one. "
             "yep. five five two nine")


@pytest.mark.parametrize("script, lang, value", [
    (PIECES_IT, "it", "sette quattro uno, otto otto"),
    (PIECES_IT, "it", "due sei nove, tre tre"),
    (PIECES_IT, "it", "cinque uno quattro"),
    (SPELLED_IT, "it", "erre esse ti emme elle"),
    (SPELLED_IT, "it", "acca due zero uno"),
    (MONO_IT, "it", "quattro quattro due nove"),
    (MONO_IT, "it", "cinque cinque sette uno"),
    (PIECES_EN, "en", "four nine one six"),
    (PIECES_EN, "en", "seven seven zero one"),
])
def test_pieces_of_one_value_go_together(pii, script, lang, value):
    trial = pii.run(turns(script), lang)
    refs = pii.locate(trial, value)
    removed = {r for d in trial.decisions if d.action == "remove" for r in d.finding.words}
    assert set(refs) <= removed, pii.describe(trial)


@pytest.mark.parametrize("script, lang", [
    ("agent: il piano costa 29 e 90 al mese || customer: ok || agent: e l'attivazione 9 e 99", "it"),
    ("customer: sono a casa dalle 9 alle 13, sì, e poi dalle 15 alle 18", "it"),
    ("customer: ho 2 modem, sì, e 3 decoder, e poi 12 metri di cavo", "it"),
    ("mixed: the plan is 25 gigs a month, okay, and 100 minutes, right, and 30 texts", "en"),
    ("customer: I've been with you since 2019, yes, and moved house in 2021", "en"),
    ("agent: the engineer comes between 8 and 12 || customer: ok || agent: or 13 to 17", "en"),
    ("agent: il tecnico passa tra le 8 e le 18 || customer: va bene", "it"),
    ("agent: siamo aperti dalle 9 alle 21 || customer: grazie", "it"),
    ("agent: lovely, that's a 100 and 68 pounds, and the next 12 months at 30 pounds", "en"),
])
def test_prices_hours_and_quantities_in_a_row_stay(pii, script, lang):
    pii.clean(turns(script), lang)


def test_pieces_after_a_kept_value_keep_its_kind(pii):
    """The pieces after an IBAN the purpose keeps are that IBAN, kept too (not an ID number removed)."""
    script = ("agent: per l'addebito mi serve l'IBAN || customer: I T 4 0 X, zero tre zero, sei nove || agent: sì "
              "|| customer: eh, uno uno, ventotto || agent: ok, vada avanti || customer: quattro sette otto")
    for value in ("uno uno, ventotto", "quattro sette otto"):
        pii.kept(turns(script), "it", "IBAN_CODE", value, "billing_support")


@pytest.mark.parametrize("script, lang, value", [
    ("agent: just to check, it ends in 4 4 1 9? || customer: yes, that's it", "en", "4 4 1 9"),
    ("agent: la carta che termina con nove tre nove otto, giusto? || customer: sì", "it", "nove tre nove otto"),
    ("agent: mi conferma il finale, 0 7 5 1, giusto? || customer: esatto", "it", "0 7 5 1"),
    ("agent: and the last digits, 2 2 0 9? || customer: yes", "en", "2 2 0 9"),
    # the end alone after "ending" / "finishing", a confirmation after it, two characters after the value's noun
    ("agent: so that's the number ending, 580, is that right? || customer: that's it", "en", "580"),
    ("customer: the text to the number finishing 3 2 3 5 did not arrive", "en", "3 2 3 5"),
    ("agent: the card ending 48, yeah? || customer: yes", "en", "48"),
    ("agent: il numero che termina con 46 è giusto? || customer: esatto", "it", "46"),
    ("agent: perfetto, finale 59 57, giusto? || customer: sì", "it", "59 57"),
    ("agent: so that's 07700 900 9521? || customer: not quite, but last bit, 9511 now", "en", "9511"),
])
def test_the_end_of_a_value_said_again_goes(pii, script, lang, value):
    trial = pii.run(turns(script), lang)
    refs = pii.locate(trial, value)
    removed = {r for d in trial.decisions if d.action == "remove" for r in d.finding.words}
    assert set(refs) <= removed, pii.describe(trial)


def test_the_end_of_a_kept_value_is_kept(pii):
    script = ("agent: can I take the IBAN for the refund? || customer: G B 2 9, N W B K, 6 0 1 6 1 3, 3 1 9 2 6 8 1 9 "
              "|| agent: lovely, so it ends in 6 8 1 9")
    pii.kept(turns(script), "en", "IBAN_CODE", "6 8 1 9", "billing_support")


@pytest.mark.parametrize("script, lang, entity, value, purpose", [
    # whisper slipped on the end said again: the value given just before still tells its kind
    ("customer: ho aperto una segnalazione, la TT 509 4251, ma non è venuto nessuno || customer: e "
     "|| agent: finisce con 4201 0?", "it", "ORDER_NUMBER", "4201 0", "technical_support"),
    ("customer: someone left a voicemail on 07302 071801 so I'm ringing back "
     "|| agent: so that's the number ending 80 0 1 0, yeah?", "en", "PHONE_NUMBER", "80 0 1 0", "sales_first_contact"),
])
def test_the_end_of_a_value_just_given_takes_its_kind(pii, script, lang, entity, value, purpose):
    pii.kept(turns(script), lang, entity, value, purpose)


def test_the_end_of_a_value_named_another_kind_is_that_kind(pii):
    """The read-back names a card: the phone given before does not make it a phone the purpose keeps."""
    script = ("customer: my mobile is 07700 900461 || agent: and the card ending 5 5 1 8, is that right?")
    trial = pii.run(turns(script), "en", "sales_first_contact")
    kept = {r for d in trial.decisions if d.action == "keep" for r in d.finding.words}
    assert not kept & set(pii.locate(trial, "5 5 1 8")), pii.describe(trial)


def test_the_end_of_a_value_after_a_lost_one_is_no_kept_kind(pii):
    """Between the phone and the end said again, the caller spoke again after the agent (whisper may have
    lost a card there): the end is no phone the purpose keeps."""
    script = ("customer: my mobile is 07700 900461 || agent: lovely, and how would you like to pay today? "
              "|| customer: by card please, it's the visa, the usual one I always use with you "
              "|| agent: so ending 8 8 3 2, yes?")
    trial = pii.run(turns(script), "en", "sales_first_contact")
    kept = {r for d in trial.decisions if d.action == "keep" for r in d.finding.words}
    assert not kept & set(pii.locate(trial, "8 8 3 2")), pii.describe(trial)


@pytest.mark.parametrize("script, lang", [
    ("agent: the offer ends in 3 days || customer: ok", "en"),
    ("agent: the call ends in 10 minutes, and it ends in 2026 anyway", "en"),
    ("agent: la promozione finisce con il 31 dicembre", "it"),
    ("agent: the promotion ending 2027 is fine by us", "en"),
    ("customer: the film is ending in 20 minutes, is that right?", "en"),
])
def test_an_end_that_is_no_value_stays(pii, script, lang):
    pii.clean(turns(script), lang)


def test_the_parts_of_a_kept_address_are_no_code(pii):
    """ "74 barra C, 20100, interno 3": numbers with an address's parts between them are no code in pieces."""
    script = "agent: dove le mandiamo la fattura? || customer: largo Fratelli Cervi 74 barra C, 20100, interno 3"
    trial = pii.run(turns(script), "it", "billing_support")
    pii.absent(trial, "ID_NUMBER")


@pytest.mark.parametrize("script, lang", [
    # numbers in a row that no recognizer named, with words between that are not "go on": no code in pieces
    ("customer: we have 1500 employees, yes, and 3000 customers", "en"),
    ("customer: abbiamo 1500 dipendenti, sì, e 3000 clienti", "it"),
    ("customer: we had outages in 2018, then 2020 and again 2022", "en"),
    ("customer: error code 651 came up, then 720 and then 1603", "en"),
    ("customer: I've tried port 8080, yes, and then 4433", "en"),
    ("mixed: so I reset it at 1030, then again 1145, right, and 1320", "en"),
    ("agent: il totale finale è 349 || customer: va bene", "it"),
    ("agent: la rata finale di 1250 || customer: ok", "it"),
])
def test_numbers_in_a_row_are_no_code(pii, script, lang):
    pii.clean(turns(script), lang)


def test_pieces_after_another_kind_of_value_do_not_take_its_kind(pii):
    """An order number, then a question whisper garbled, then pieces: they are no order number kept."""
    script = ("customer: il numero d'ordine è 4 5 6 7 8 9 || agent: perfetto, e le cordiate manchali? || "
              "customer: 8 27 26 || agent: sì || customer: 0 4 5 1 || agent: ok || customer: 9 9 3")
    trial = pii.run(turns(script), "it", "customer_care")
    kept = {r for d in trial.decisions if d.action == "keep" for r in d.finding.words}
    assert not kept & set(pii.locate(trial, "8 27 26")), pii.describe(trial)


def test_pieces_after_a_whole_value_are_another_value(pii):
    script = ("customer: il mio cellulare è 333 1234567 || agent: perfetto, e poi? || customer: sette quattro uno, "
              "otto otto || agent: sì, prosegua || customer: due sei nove, tre tre || agent: ok || customer: cinque uno "
              "quattro")
    trial = pii.run(turns(script), "it", "sales_first_contact")
    removed = {r for d in trial.decisions if d.action == "remove" for r in d.finding.words}
    assert set(pii.locate(trial, "due sei nove, tre tre")) <= removed, pii.describe(trial)


def test_the_end_of_another_value_is_no_value_of_the_kind_before(pii):
    script = ("customer: my number is 07700 900123 || agent: and you'll pay with the same one as last time, "
              "ends in 4 4 1 9? || customer: yes")
    trial = pii.run(turns(script), "en", "sales_first_contact")
    removed = {r for d in trial.decisions if d.action == "remove" for r in d.finding.words}
    assert set(pii.locate(trial, "4 4 1 9?")) <= removed, pii.describe(trial)


@pytest.mark.parametrize("script, lang", [
    ("customer: we have 1500 users, yes, and 3000 licences, and 2500 devices", "en"),
    ("customer: 1200 dipendenti, sì, 3400 utenti, e poi 5600 dispositivi", "it"),
    ("customer: ho provato il canale 501, poi 502, poi 503, poi 504", "it"),
    ("customer: error 4040, yes, then 5050, then 6060", "en"),
    ("customer: the episode ends with 300 people", "en"),
    ("customer: my speed test ended in 250 megabits", "en"),
])
def test_counts_channels_and_errors_are_no_code(pii, script, lang):
    pii.clean(turns(script), lang)


def test_a_piece_shaped_like_a_phone_in_a_longer_code_is_no_phone(pii):
    """Whisper lost the question for the IBAN and its letters: the last piece looks like a landline, the
    pieces together (24 digits) are no phone; sales keeps phones, so none of them may be kept."""
    script = ("customer: 1 2 3 6 9 5 0 2 6 6 2 || agent: sì || customer: 5 1 4 0 || agent: ok "
              "|| customer: 0 2 5 6 3 9 3 5 1")
    for value in ("5 1 4 0", "0 2 5 6 3 9 3 5 1"):
        pii.found(turns(script), "it", "ID_NUMBER", value, purpose="sales_first_contact")


def test_two_whole_phones_one_after_the_other_stay_phones(pii):
    script = "customer: il mio è 3 5 0 2 6 6 8 3 4 4, e anche il fisso 0 5 0 8 2 5 6 8 9 2"
    pii.kept(turns(script), "it", "PHONE_NUMBER", "0 5 0 8 2 5 6 8 9 2", "sales_first_contact")
