"""PersonNameRecognizer: cue phrases ("mi chiamo", "sono", "signora", "my name is",
"this is") followed by name-like words; English also gets spaCy's PERSON."""
import pytest

from helpers import gap


@pytest.mark.parametrize("text, lang, value", [
    ("mi chiamo Chiara Fontana", "it", "Chiara Fontana"),
    ("mi chiamo francesca de santis", "it", "francesca de santis"),
    ("mi chiamo Luca, Luca Romano", "it", "Luca, Luca Romano"),
    ("il mio nome è Anna Maria Colombo", "it", "Anna Maria Colombo"),
    ("buongiorno, sono Marco Bellini", "it", "Marco Bellini"),
    ("sono Serena Conti e chiamo per la fattura", "it", "Serena Conti"),
    ("sta parlando con la signora Greco", "it", "Greco"),
    ("sono il dottor Esposito", "it", "Esposito"),
    ("buongiorno signor Gallo", "it", "Gallo"),
    ("parlo con Andrea?", "it", "Andrea"),
    ("il contratto è intestato a Paolo Ferri", "it", "Paolo Ferri"),
    ("my name is Neil Harper", "en", "Neil Harper"),
    ("my name is owen price", "en", "owen price"),
    ("hi, this is Sarah Connolly from accounting", "en", "Sarah Connolly"),
    ("I'm Priya and I'm calling about the bill", "en", "Priya"),
    ("I'm speaking with Mr Patel", "en", "Patel"),
    ("hello, Mrs Thompson, how can I help", "en", "Thompson"),
    ("the account is under the name of Emily Clarke", "en", "Emily Clarke"),
    ("buongiorno, mi chiama Ilaria Benvenuti", "it", "Ilaria Benvenuti"),  # whisper's "mi chiamo"
    ("il titolare è mio figlio, si chiama Tommaso", "it", "Tommaso"),
    ("hi, I'm called Bethany Rhodes", "en", "Bethany Rhodes"),
])
def test_name_is_found_and_removed(pii, text, lang, value):
    pii.found(text, lang, "PERSON", value)


@pytest.mark.parametrize("text, lang", [
    ("sono contento del servizio", "it"),
    ("sono in ufficio adesso", "it"),
    ("Sono io, la titolare", "it"),
    ("sono a Milano", "it"),
    ("parla italiano?", "it"),
    ("this is great", "en"),
    ("I'm calling about my router", "en"),
    ("I'm Happy with it", "en"),
    ("I'm from London", "en"),
    ("it's Monday today", "en"),
    ("come si chiama il piano tariffario?", "it"),
    ("mi chiama sempre il vostro ufficio", "it"),
    gap("this is Vodafone customer service", "en",
        reason="company name: 'Vodafone customer service' removed as PERSON (cue 'this is' + capital)"),
])
def test_not_a_name(pii, text, lang):
    pii.clean(text, lang)


@pytest.mark.parametrize("purpose, text, lang, value", [
    ("customer_care", "mi chiamo Chiara Fontana", "it", "Chiara Fontana"),
    ("sales_first_contact", "my name is Neil Harper", "en", "Neil Harper"),
    ("billing_support", "il contratto è intestato a Paolo Ferri", "it", "Paolo Ferri"),
])
def test_name_kept_when_the_purpose_needs_it(pii, purpose, text, lang, value):
    pii.kept(text, lang, "PERSON", value, purpose)


def test_the_company_in_the_agents_greeting_is_no_name(pii):
    script = [("agent", "Harmer Bank, good morning, this is Karen. How can I help?"),
              ("customer", "hi, my wife Helen Barker asked me to call")]
    pii.clean(script, "en", value="Harmer Bank,")
    pii.found(script, "en", "PERSON", "Helen Barker")


def test_thanks_for_calling_names_the_company(pii):
    pii.clean([("agent", "Thanks for calling Brightline Broadband, you're speaking to Tom.")], "en",
              value="Brightline Broadband,")


def test_a_caller_opening_a_mono_call_keeps_the_name_check(pii):
    """Only an agent's opening drops spaCy's names: a caller's "John Smith here" is still found."""
    pii.found("Good morning, John Smith here, I'm calling about my bill", "en", "PERSON", "John Smith")


def test_a_name_after_sono_io(pii):
    pii.found("sì, sono io, Bellini Beatrice", "it", "PERSON", "Bellini Beatrice")
    pii.found("yes that's me, Harry Walsh", "en", "PERSON", "Harry Walsh")


def test_a_title_as_whisper_bent_it(pii):
    pii.found("Thanks for calling mess Donnelly, take care", "en", "PERSON", "Donnelly")


@pytest.mark.parametrize("text, lang", [("grazie signora, Arrivederci.", "it"), ("Thank you, madam. Goodbye.", "en"),
                                        ("Yes sir, Absolutely.", "en")])
def test_a_closing_word_after_a_title_is_no_name(pii, text, lang):
    pii.clean(text, lang)


def test_a_name_after_a_title_ends_before_the_greeting(pii):
    trial = pii.found("signora Esposito, buongiorno", "it", "PERSON", "Esposito,")
    pii.clean("signora Esposito, buongiorno", "it", value="buongiorno")


@pytest.mark.parametrize("text, lang, value", [
    ("può chiamare il mio compagno, Mario Marino.", "it", "Mario Marino."),
    ("mio marito Giulio ritira il pacco", "it", "Giulio"),
    ("the engineer can ring my wife Sarah instead", "en", "Sarah"),
])
def test_a_relatives_name(pii, text, lang, value):
    pii.found(text, lang, "PERSON", value)


def test_a_relative_without_a_name(pii):
    pii.clean("mio marito ritira il pacco lunedì", "it")
