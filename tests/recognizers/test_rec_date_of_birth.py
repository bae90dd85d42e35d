"""DateOfBirthRecognizer: a full date after a birth cue ("nato il", "born on"), or a date
whose year is a plausible birth year."""
import pytest

from helpers import gap


@pytest.mark.parametrize("text, lang, value", [
    ("sono nata il 14 marzo 1982", "it", "14 marzo 1982"),
    ("mio marito è nato il ventidue settembre millenovecentosettanta", "it",
     "ventidue settembre millenovecentosettanta"),
    ("sono nato nel 1964", "it", "1964"),
    ("la data di nascita è 12 03 85", "it", "12 03 85"),
    ("data di nascita, 1 1 0 4 1 9 6 8", "it", "1 1 0 4 1 9 6 8"),
    ("nata il 9/11/1975", "it", "9/11/1975"),
    ("il compleanno è il 7 luglio", "it", "7 luglio"),
    ("il 12 aprile 1979 a Napoli sono nato", "it", "12 aprile 1979"),
    ("I was born on the 9th of October 1966", "en", "9th of October 1966"),
    ("she was born on April 2, 1975", "en", "April 2, 1975"),
    ("she was born in 1958", "en", "1958"),
    ("date of birth 14 02 1990", "en", "14 02 1990"),
    ("my birthday is the 21st of December", "en", "21st of December"),
    ("my date of birth is the twelfth of may nineteen eighty four", "en",
     "twelfth of may nineteen eighty four"),
    # a year alone that says when someone was born, and the day and month said after it; a filler in a date
    ("sono classe settantotto", "it", "settantotto"),
    ("sono classe settantotto, del dodici marzo", "it", "settantotto, del dodici marzo"),
    ("sono del 78 e ho un problema con la bolletta", "it", "78"),
    ("mia madre è del quarantuno, il tre maggio", "it", "quarantuno, il tre maggio"),
    ("sono nato nel settantotto, il dodici marzo", "it", "settantotto, il dodici marzo"),
    ("I'm a seventy-eight baby, twelfth of March", "en", "seventy-eight baby, twelfth of March"),
    ("è nata il venticinque marzo, mmh, duemila", "it", "venticinque marzo, mmh, duemila"),
    ("born on the third of, erm, February, 1946", "en", "third of, erm, February, 1946"),
])
def test_date_of_birth_is_found_and_removed(pii, text, lang, value):
    pii.found(text, lang, "DATE_OF_BIRTH", value)


@pytest.mark.parametrize("text, lang", [
    ("nel 2019 ho comprato la lavatrice", "it"),
    ("in 2015 I bought the phone", "en"),
    ("abbiamo aperto nel 1995", "it"),
    ("la bolletta del 3 marzo 2023", "it"),
    ("ci vediamo il 3 marzo", "it"),
    ("the meeting is on March 3rd", "en"),
    ("the warranty started on 12 May 2010", "en"),
    ("l'ordine del 15 ottobre 2012 non è arrivato", "it"),
    ("è nato un problema con la fattura del 2020", "it"),
    ("the invoice from June 5, 2022", "en"),
    ("il contratto è del 10 gennaio 2018", "it"),
    ("la bolletta è del 15 marzo", "it"),
    ("lo sconto è del 30 per cento", "it"),
    ("la casa è in classe energetica 4", "it"),
    ("I'm a 24 hour customer", "en"),
    ("sono nel 2019 cliente, il 12 marzo ho chiamato", "it"),
])
def test_not_a_date_of_birth(pii, text, lang):
    pii.clean(text, lang)


def test_no_purpose_keeps_a_date_of_birth(pii):
    for purpose in ("customer_care", "sales_first_contact", "billing_support"):
        pii.found("sono nata il 14 marzo 1982", "it", "DATE_OF_BIRTH", "14 marzo 1982", purpose=purpose)


def test_a_whole_date_with_a_short_year(pii):
    pii.found("yeah it's March the 12th, 84", "en", "DATE_OF_BIRTH", "March the 12th, 84")
    pii.clean("the engineer comes on March the 12th at 10", "en")


def test_numbers_opening_with_a_year_are_no_date(pii):
    pii.absent(pii.run("allora 2000 25 8 15 231", "it", "customer_care"), "DATE_OF_BIRTH")


def test_a_year_whisper_put_in_the_next_unit(pii):
    pii.found([("mixed", "it's the 8th of April"), ("mixed", "1963, and the email address is")], "en",
              "DATE_OF_BIRTH", "8th of April 1963")


def test_a_bare_nato_far_from_any_number_is_no_date(pii):
    pii.clean("è nato un attimo che verifico il rimborso ad ora, in 5 o 7 giorni", "it")
    pii.found("sono nato il 3 marzo 1971", "it", "DATE_OF_BIRTH", "3 marzo 1971")


def test_a_date_whose_year_whisper_cut_short_ends_before_a_price(pii):
    """No four-digit year ends the date ("958" for 1958): a price or an hour after it is not part of it."""
    text = "sono nato il 1 maggio 958 allora il prezzo è di 35 euro al mese"
    pii.found(text, "it", "DATE_OF_BIRTH", "1 maggio 958")
    pii.clean(text, "it", value="prezzo è di 35 euro al mese")
    text = "I was born on the 4th of June 962 okay that's 48 pounds a month"
    pii.found(text, "en", "DATE_OF_BIRTH", "4th of June 962")
    pii.clean(text, "en", value="that's 48 pounds a month")


@pytest.mark.parametrize("text, lang, value", [
    ("yes, the fourth of March 1962, that's right", "en", "the fourth of March 1962"),
    ("allora, Mentinove di marzo 1958", "it", "Mentinove di marzo 1958"),  # a day whisper bent into a word
])
def test_a_day_said_as_a_word_before_of_goes_with_the_date(pii, text, lang, value):
    pii.found(text, lang, "DATE_OF_BIRTH", value)


def test_the_end_of_a_month_is_no_day(pii):
    trial = pii.found("the end of May 1970 was hot", "en", "DATE_OF_BIRTH", "May 1970")
    refs = set(pii.locate(trial, "end of"))
    assert not any(refs & set(d.finding.words) for d in trial.decisions), pii.describe(trial)


def test_a_date_with_a_year_long_past_is_a_misheard_birth_year(pii):
    pii.found("allora, il 17 marzo 1191. benissimo", "it", "DATE_OF_BIRTH", "17 marzo 1191")
    pii.clean("il modello 1100 costa meno", "it")


def test_anno_before_the_year_goes_on_with_the_date(pii):
    pii.found("sono nata il 5 giugno, anno millenovecentosettantatré", "it", "DATE_OF_BIRTH",
              "5 giugno, anno millenovecentosettantatré")
    pii.clean("sono nato il 5 giugno, un anno fa ho cambiato casa", "it", value="ho cambiato casa")
