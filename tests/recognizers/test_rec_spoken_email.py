"""SpokenEmailRecognizer: e-mail addresses read out ("punto", "chiocciola", "dot", "at"),
with or without a surviving "@"; the span runs from the local part to the domain's end."""
import pytest

from helpers import gap


@pytest.mark.parametrize("text, lang, value", [
    ("la mia mail è paola punto conti chiocciola gmail punto com", "it",
     "paola punto conti chiocciola gmail punto com"),
    ("my email address is dan dot hughes at example dot com", "en", "dan dot hughes at example dot com"),
    ("scriva a giulia underscore neri chiocciola libero punto it", "it",
     "giulia underscore neri chiocciola libero punto it"),
    ("mario trattino rossi chiocciola tiscali punto it", "it", "mario trattino rossi chiocciola tiscali punto it"),
    ("la mail è g punto bianchi chiocciola gmail punto com", "it", "g punto bianchi chiocciola gmail punto com"),
    ("la mail è anna punto verdi at hotmail punto it", "it", "anna punto verdi at hotmail punto it"),
    ("l'indirizzo è luca.bianchi@alice.it", "it", "luca.bianchi@alice.it"),
    ("send it to sarah dot jones 82 at outlook dot com", "en", "sarah dot jones 82 at outlook dot com"),
    ("it's peter at yahoo dot co dot uk", "en", "peter at yahoo dot co dot uk"),
    ("my email is tomwilliams at gmail dot com", "en", "tomwilliams at gmail dot com"),
    ("it's M. smith77 at icloud.com", "en", "M. smith77 at icloud.com"),
    ("email me at r dot patel at hotmail dot co dot uk", "en", "r dot patel at hotmail dot co dot uk"),
    ("it's leah underscore stewart at btinternet full stop com", "en",
     "leah underscore stewart at btinternet full stop com"),
    # a correction inside the address: what was taken back was said too, and the ending said again is the address's
    ("sure it's the underscore no sorry full stop stew at the internet dot com no spaces", "en",
     "the underscore no sorry full stop stew at the internet dot com"),
    ("è mario punto rossi chiocciola libero punto com, no scusi, punto it", "it",
     "mario punto rossi chiocciola libero punto com, no scusi, punto it"),
    ("it's joe at sky dot com, sorry, not dot com, dot co dot uk", "en",
     "joe at sky dot com, sorry, not dot com, dot co dot uk"),
    # the provider said first, the name after it
    ("è su gmail, il nome è mario punto rossi", "it", "gmail, il nome è mario punto rossi"),
    ("it's on btinternet, the name is joe dot bloggs", "en", "btinternet, the name is joe dot bloggs"),
    # whisper lost the "@": the provider still anchors it
    ("sì, francesca meloni gmail punto com", "it", "francesca meloni gmail punto com"),
    # ...or a spelled local part before a dotted ending; whisper glues the dots to the words
    ("sure, it's A -N -N -A -H -E -N -D -E -R -7 and hello .com, all one word", "en",
     "A -N -N -A -H -E -N -D -E -R -7 and hello .com,"),
    ("here it is, chloe underscore evans at yahoo .co .uk all lower case", "en",
     "chloe underscore evans at yahoo .co .uk"),
    # whisper's "chioccio la", "chiocola" for chiocciola
    ("sì, bruno punto fontana chioccio la libero punto it", "it", "bruno punto fontana chioccio la libero punto it"),
    ("allora anna punto ferri chiocola gmail punto com", "it", "anna punto ferri chiocola gmail punto com"),
    ("è luca trattino neri chi honciò la tiscali punto it", "it", "luca trattino neri chi honciò la tiscali punto it"),
    # ... and its "chi ho", with a ".it" as whisper hears it ("punto dì") after the domain
    ("ha chi ho sciogati in punto dì, tutto minuscolo", "it", "chi ho sciogati in punto dì"),
    # ... or as a word between a local part and a domain with its ".it" ("chiuso da" for chiocciola)
    ("sì, è bruno trattino castellucci, chiuso da poste punto D, per il resto", "it",
     "bruno trattino castellucci, chiuso da poste punto D"),
    # ... which split the provider in two ("che mai" for gmail)
    ("ho scritto franco punto conti chiocciola che mai punto di, va bene?", "it",
     "franco punto conti chiocciola che mai punto di"),
    # spelled one letter at a time with a dot among the letters, whatever became of the "@"
    ("allora, esse, i, elle, v, i, a, punto, erre, o, chioccioia del punto it", "it",
     "esse, i, elle, v, i, a, punto, erre, o, chioccioia del punto it"),
    ("la posta elettronica è info chiocciola pasticceria rossi punto it", "it",
     "info chiocciola pasticceria rossi punto it"),
    ("it's m smith 77 at icloud dot com", "en", "m smith 77 at icloud dot com"),
])
def test_email_is_found_and_removed(pii, text, lang, value):
    pii.found(text, lang, "EMAIL_ADDRESS", value)


@pytest.mark.parametrize("text, lang", [
    ("mandami la mail domani", "it"),
    ("I sent you an email yesterday", "en"),
    ("ho chiamato a casa, punto e basta", "it"),
    ("il punto è che non funziona", "it"),
    ("il negozio è chiuso da ieri, punto e basta", "it"),
    ("we met at the office at noon", "en"),
    ("I'm at work right now", "en"),
    ("the dot on the screen is blinking", "en"),
    ("sono passato al negozio punto vendita di Milano", "it"),
    ("vada su amazon punto it e lo trova", "it"),
    ("il sito è www punto ikea punto it", "it"),
    ("costa 3.50 al mese e poi 4.20", "it"),
    ("chi ha chiamato ieri? nessuno, punto e basta", "it"),
    ("ho letto a pagina 3. e poi basta", "it"),
    ("le lettere a, b, c e d sono le opzioni", "it"),
    gap("I looked at google dot com", "en",
        reason="'looked at google dot com' removed as EMAIL_ADDRESS ('at' read as '@')"),
])
def test_not_an_email(pii, text, lang):
    pii.clean(text, lang)


@pytest.mark.parametrize("text, lang, value", [
    ("la mia mail è paola punto conti chiocciola gmail punto com", "it",
     "paola punto conti chiocciola gmail punto com"),
    ("my email is john dot smith at example dot com", "en", "john dot smith at example dot com"),
])
def test_sales_keeps_the_email(pii, text, lang, value):
    pii.kept(text, lang, "EMAIL_ADDRESS", value, "sales_first_contact")


def test_customer_care_removes_the_email(pii):
    pii.found("la mia mail è paola punto conti chiocciola gmail punto com", "it", "EMAIL_ADDRESS",
              "paola punto conti chiocciola gmail punto com", purpose="customer_care")


def test_digits_read_back_with_dots_are_no_mailbox(pii):
    pii.clean("quindi ho scritto 5 punto 0 punto 5 punto 6 punto 2", "it", value="quindi ho scritto")
    pii.absent(pii.run("quindi ho scritto 5 punto 0 punto 5 punto 6 punto 2", "it", "customer_care"), "EMAIL_ADDRESS")


def test_a_spelled_fiscal_code_with_decimal_dots_is_no_mailbox(pii):
    pii.absent(pii.run("il codice fiscale è M D L E D N 2.4 D 0 9 F 8.4.5 E C, è altro che dobbiamo sapere", "it",
                    "customer_care"), "EMAIL_ADDRESS")


def test_an_at_opening_the_unit_takes_the_local_part_before(pii):
    script = [("customer", "yes it's nathan quinn"), ("customer", "at sky dot com")]
    pii.found(script, "en", "EMAIL_ADDRESS", "quinn at sky dot com")


@pytest.mark.parametrize("text, lang, value", [
    # whisper splits a glued name and drops the "underscore": the words back to the lead-in are the local part
    ("sì, è gianna ma ria rossetti chiocciola libero punto it", "it", "gianna ma ria rossetti chiocciola libero punto it"),
    ("my email is tom as worth 7 at gmail dot com", "en", "tom as worth 7 at gmail dot com"),
])
def test_a_local_part_heard_as_words(pii, text, lang, value):
    pii.found(text, lang, "EMAIL_ADDRESS", value)


def test_words_before_the_local_part_in_a_sentence_stay(pii):
    trial = pii.run("ho chiamato ieri per cambiare la mail mario chiocciola libero punto it", "it")
    pii.absent(trial, "PERSON")
    words = trial.redacted_text.split()
    assert "cambiare" in words and "chiamato" in words, pii.describe(trial)


def test_thanks_before_the_local_part_is_no_part_of_it(pii):
    trial = pii.found("my email is great thanks john at gmail dot com", "en", "EMAIL_ADDRESS", "john at gmail dot com")
    assert "thanks" in trial.redacted_text, pii.describe(trial)


def test_fine_can_be_part_of_the_local_part(pii):
    pii.found("it's fine arts studio at gmail dot com", "en", "EMAIL_ADDRESS", "fine arts studio at gmail dot com")


def test_a_dotted_opening_before_a_local_part_whisper_split(pii):
    """ "esse punto cattaneo" heard as "se punto cattane o": the part before the dot opens the address."""
    pii.found("certo, gi punto ferrar i chi occhio la libero punto it", "it", "EMAIL_ADDRESS",
              "gi punto ferrar i chi occhio la libero punto it")
    pii.found("sure, jay dot mor gan at outlook dot com", "en", "EMAIL_ADDRESS", "jay dot mor gan at outlook dot com")


def test_a_code_spelled_after_its_question_is_no_mailbox_for_a_dot_after_it(pii):
    """ "And your fiscal code?" - "M C L L F A 4 9 M 0 6 L 7 8 1 F Prate . net": whisper's word with a dot
    after the letters makes no e-mail address (sales keeps e-mails, never a fiscal code)."""
    turns = [("mixed", "and the fiscal code, please. Yes, it's R Bravo S N T A 7 I M O V B L E R N A T 9 S K R T "
                       "Grate .net.")]
    pii.found(turns, "en", "IT_FISCAL_CODE", "R Bravo S N T A 7 I M O V B L E R N A T 9 S K R T",
              "sales_first_contact")


def test_chi_ho_without_a_domain_ending_is_no_email(pii):
    pii.clean("chi ho chiamato a questo punto non lo so", "it")
    pii.clean("non so chi ho sentito, il punto è un altro", "it")
