"""SpokenNumberRecognizer: digit and alphanumeric runs as whisper writes them, told apart by
cue words and shape; prices, times and quantities are never reported."""
import pytest


@pytest.mark.parametrize("text, lang, entity, value", [
    # phone numbers: digits one by one, grouped with commas or dots, or as words
    ("il mio numero di telefono è 3 4 7, 1 2 3 4 5 6 7", "it", "PHONE_NUMBER", "3 4 7, 1 2 3 4 5 6 7"),
    ("il cellulare di mia moglie è tre tre nove, otto sette sei, cinque cinque quattro tre", "it",
     "PHONE_NUMBER", "tre tre nove, otto sette sei, cinque cinque quattro tre"),
    ("mi può richiamare al 334,146,299", "it", "PHONE_NUMBER", "334,146,299"),
    ("il mio telefono è 6.361.660", "it", "PHONE_NUMBER", "6.361.660"),
    ("il fisso di casa è 0 5 1 6 4 4 2 8 9 0", "it", "PHONE_NUMBER", "0 5 1 6 4 4 2 8 9 0"),
    ("mi chiami al trecentotrentotto novecentododici quarantaquattro cinquantasei", "it", "PHONE_NUMBER", "trecentotrentotto novecentododici quarantaquattro cinquantasei"),
    ("il mio numero è più 39 3 4 7 1 2 3 4 5 6 7", "it", "PHONE_NUMBER", "39 3 4 7 1 2 3 4 5 6 7"),
    ("my mobile number is 0 7 7 0 0, 9 0 0, 1 2 3", "en", "PHONE_NUMBER", "0 7 7 0 0, 9 0 0, 1 2 3"),
    ("call me back on oh two oh, seven nine four six, oh one two three", "en", "PHONE_NUMBER",
     "oh two oh, seven nine four six, oh one two three"),
    ("my number is plus 44 7700 900123", "en", "PHONE_NUMBER", "44 7700 900123"),
    ("reach me on 07700 900 123", "en", "PHONE_NUMBER", "07700 900 123"),
    ("per qualsiasi cosa mi trova al 3 4 7 8 0 5 1 7 8 6", "it", "PHONE_NUMBER", "3 4 7 8 0 5 1 7 8 6"),
    ("you'll get me on 0 7 4 1 1 2 2 9 0 3 8", "en", "PHONE_NUMBER", "0 7 4 1 1 2 2 9 0 3 8"),
    # cards, IBANs, fiscal codes, ID documents
    ("la carta di credito è 4 5 3 2 0 1 5 1 1 2 8 3 0 3 6 6", "it", "CREDIT_CARD",
     "4 5 3 2 0 1 5 1 1 2 8 3 0 3 6 6"),
    ("the card number is four five five six, seven three seven five, eight six eight nine, nine eight five five",
     "en", "CREDIT_CARD", "four five five six, seven three seven five, eight six eight nine, nine eight five five"),
    ("l'iban è IT 60 X 0 5 4 2 8 1 1 1 0 1 0 0 0 0 0 0 1 2 3 4 5 6", "it", "IBAN_CODE",
     "IT 60 X 0 5 4 2 8 1 1 1 0 1 0 0 0 0 0 0 1 2 3 4 5 6"),
    ("my IBAN is GB 82 WEST 1234 5698 7654 32", "en", "IBAN_CODE", "GB 82 WEST 1234 5698 7654 32"),
    # whisper's dashes between spelled characters, an "I" among them a letter
    ("the account is DE44 and BNK -5 -I -0 -2 -I -8 -3 -1", "en", "IBAN_CODE", "DE44 and BNK -5 -I -0 -2 -I -8 -3 -1"),
    ("il mio codice fiscale è V R D L G U 7 2 C 4 1 F 8 3 9 K", "it", "IT_FISCAL_CODE",
     "V R D L G U 7 2 C 4 1 F 8 3 9 K"),
    ("il codice fiscale è RSSMRA80A01H501U", "it", "IT_FISCAL_CODE", "RSSMRA80A01H501U"),
    ("my passport number is 5 3 3 4 1 9 8 7 2", "en", "ID_NUMBER", "5 3 3 4 1 9 8 7 2"),
    ("il numero della carta d'identità è C A 1 2 3 4 5 D E", "it", "ID_NUMBER", "C A 1 2 3 4 5 D E"),
    ("my driving licence number is M O R G A 7 5 1 2 3 4", "en", "ID_NUMBER", "M O R G A 7 5 1 2 3 4"),
    # a number after a postcode cue is part of an address
    ("il cap è 4 0 1 2 5", "it", "ADDRESS", "4 0 1 2 5"),
])
def test_number_is_found_and_removed(pii, text, lang, entity, value):
    pii.found(text, lang, entity, value)


@pytest.mark.parametrize("text, lang", [
    # prices
    ("costa 24 euro", "it"),
    ("it's 60 dollars", "en"),
    ("abbiamo speso 1.200 euro", "it"),
    ("ho speso 12.000 euro", "it"),
    ("the total is 1,299 pounds", "en"),
    ("la casa costa 250.000 euro", "it"),
    ("we paid 150,000 pounds for it", "en"),
    ("ho un contratto da 29,90 al mese", "it"),
    # times and durations
    ("ci vediamo alle 10", "it"),
    ("at 9 o'clock", "en"),
    ("richiamo tra 15 minuti", "it"),
    ("I've waited 45 minutes", "en"),
    ("sono le 3 e 20", "it"),
    # quantities, ages, percentages
    ("ne ho comprati 3 pezzi", "it"),
    ("you used 300 and 70,000 kilowatt hours", "en"),  # whisper's 377 kilowatt hours
    ("abbiamo consumato 2780 kilowattora", "it"),
    ("ho chiamato 3 volte", "it"),
    ("I need 2 more cables", "en"),
    ("ho 45 anni", "it"),
    ("il 15 per cento di sconto", "it"),
    ("la velocità è di 100 mega", "it"),
    # years in ordinary talk
    ("nel 2019 ho comprato la lavatrice", "it"),
    ("back in 2015 we signed up", "en"),
    ("we've been customers since 2016", "en"),
    ("siamo clienti dal 2018", "it"),
    # product and model codes: today a short code after "modello"/"model" is left alone
    # (letters + up to 4 digits have no PII shape and "modello" is no cue); longer codes are not
    ("il modello XR 200 non funziona", "it"),
    ("the model XR 200 is broken", "en"),
    ("il modello è il KX 5000", "it"),
    ("il modello è il 2 0 4 5 B", "it"),
    ("the model number is HG 8245 H", "en"),
    ("ho il Galaxy S 23", "it"),
    ("my router is a TP-Link Archer C6", "en"),
    ("il codice del prodotto è AB 1234 5678", "it"),
    ("the product code is ZX 9000 1234", "en"),
    ("il codice articolo è 8 8 0 1 2 3 4", "it"),
    ("le facciamo uno sconto del 15 per cento per 6 mesi", "it"),
    ("we can offer you a discount of 25 on the first 3 months", "en"),
    ("sono cliente d'al 2018 e mai un problema", "it"),
    ("the plan is 741 90 a month", "en"),
    ("alla fine sono 1 2 90 al mese", "it"),
    ("di solito sui 75 euro, questa volta sono 200000 euro e 50", "it"),  # whisper's "duecentodieci"
])
def test_not_personal_data(pii, text, lang):
    pii.clean(text, lang)


@pytest.mark.parametrize("purpose, text, lang, entity, value", [
    ("customer_care", "il numero d'ordine è 4 5 6 7 8 9", "it", "ORDER_NUMBER", "4 5 6 7 8 9"),
    ("customer_care", "my order number is 7 7 3, 1 0 2, 4", "en", "ORDER_NUMBER", "7 7 3, 1 0 2, 4"),
    ("customer_care", "la pratica numero 2 0 2 4 5 5 1", "it", "ORDER_NUMBER", "2 0 2 4 5 5 1"),
    ("technical_support", "my ticket reference is 5 5 1 2 3 9", "en", "ORDER_NUMBER", "5 5 1 2 3 9"),
    ("sales_first_contact", "il mio cellulare è 3 4 7, 1 2 3, 4 5 6 7", "it", "PHONE_NUMBER",
     "3 4 7, 1 2 3, 4 5 6 7"),
    ("sales_first_contact", "my mobile is 0 7 7 0 0, 9 0 0, 1 2 3", "en", "PHONE_NUMBER", "0 7 7 0 0, 9 0 0, 1 2 3"),
    ("billing_support", "l'iban è IT 60 X 0 5 4 2 8 1 1 1 0 1 0 0 0 0 0 0 1 2 3 4 5 6", "it", "IBAN_CODE",
     "IT 60 X 0 5 4 2 8 1 1 1 0 1 0 0 0 0 0 0 1 2 3 4 5 6"),
    ("billing_support", "my IBAN is GB 82 WEST 1234 5698 7654 32", "en", "IBAN_CODE", "GB 82 WEST 1234 5698 7654 32"),
    ("billing_support", "il codice fiscale è RSSMRA80A01H501U", "it", "IT_FISCAL_CODE", "RSSMRA80A01H501U"),
])
def test_kept_when_the_purpose_needs_it(pii, purpose, text, lang, entity, value):
    pii.kept(text, lang, entity, value, purpose)


def test_same_phone_removed_where_not_needed(pii):
    """The phone number sales keeps is removed by customer care (deny by default)."""
    pii.found("il mio cellulare è 3 4 7, 1 2 3, 4 5 6 7", "it", "PHONE_NUMBER", "3 4 7, 1 2 3, 4 5 6 7",
              purpose="customer_care")


def test_the_question_just_before_names_the_number(pii):
    """The kind is the question's, read whole: "case" in "in case we get cut off" only says when."""
    script = [("agent", "could I take a contact number, just in case the line drops?"),
              ("customer", "yeah you can get me on 0 7 9 1 2, 6 6 4, 1 3 8")]
    pii.absent(pii.kept(script, "en", "PHONE_NUMBER", "0 7 9 1 2, 6 6 4, 1 3 8", "sales_first_contact"), "ORDER_NUMBER")


def test_an_iban_without_its_country_letters_starts_at_their_misheard_words(pii):
    """Whisper wrote "golf bravo one seven" as words: the IBAN's span starts with them, after the lead-in."""
    text = "per l'addebito il conto è goffi bravo diciassette 4 0 0 5 1 2 3 4 5 6 7 8 9 0 1 2 3 4"
    pii.found(text, "it", "IBAN_CODE", "goffi bravo diciassette 4 0 0 5 1 2 3 4 5 6 7 8 9 0 1 2 3 4")
    pii.clean(text, "it", value="per l'addebito il conto è")
    pii.clean("il totale della carta è 4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7", "it", value="il totale della")


@pytest.mark.parametrize("text, lang", [
    ("it's 3 payments of 61 50 and then it stops", "en"),
    ("il pagamento di 120 lo vede in bolletta", "it"),
])
def test_an_amount_after_a_payment_word_is_no_card(pii, text, lang):
    pii.clean(text, lang)


def test_digits_whisper_wrote_with_a_letter_between(pii):
    pii.found("you can reach me on 07, 8i4, 025, 9o6", "en", "PHONE_NUMBER", "07, 8i4, 025, 9o6")
    pii.found("my mobile, it's 077 I 4 5 2 I 9 1, cheers", "en", "PHONE_NUMBER", "077 I 4 5 2 I 9 1,")
    pii.clean("I got 2 I think, maybe 3", "en")


def test_an_amount_whisper_broke_up_after_a_money_word(pii):
    pii.clean("ho pagato 60, 7, 71 e 50 il mese scorso", "it")
    pii.clean("I paid 1 2 9 9 5 last month", "en")
    pii.found("ho pagato con la carta 4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7", "it", "CREDIT_CARD",
              "4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7")


def test_a_four_heard_as_for_between_digit_groups(pii):
    """"0 6 1 3 for 2 2 5 9 0": one number read back; "2 for 10 euro" and "room for 4" stay."""
    pii.found("let me check, that's 0 6 1 3 for 2 2 5 9 0, yes?", "en", "PHONE_NUMBER", "0 6 1 3 for 2 2 5 9 0")
    pii.clean("you get 2 for 10 pounds this week", "en")
    pii.clean("there's room for 4 in the van", "en")


def test_a_bank_code_iban_whose_country_was_misheard(pii):
    """ "X B 4 4 N W B K ...": check digits, a four-letter bank code and the account are an IBAN
    (British, Irish, Dutch), whatever whisper made of the country; billing keeps it."""
    text = "okay it's X B 4 4 N W B K 6 0 1 6 1 3 3 1 9 2 6 8"
    pii.kept(text, "en", "IBAN_CODE", "X B 4 4 N W B K 6 0 1 6 1 3 3 1 9 2 6 8", "billing_support")


def test_a_product_code_with_four_letters_is_no_bank_code_iban(pii):
    pii.absent(pii.run("the code on the box is AB12CDEF12345678", "en", "billing_support"), "IBAN_CODE")


@pytest.mark.parametrize("text, lang, value", [
    ("sì, la pratica, allora, duemilaventicinque barra tre sette, uno uno", "it", "duemilaventicinque barra tre sette, uno uno"),
    ("yeah it's twenty twenty-six, dash, four one nine, two two", "en", "twenty twenty-six, dash, four one nine, two two"),
])
def test_a_year_a_slash_and_a_number_is_a_reference(pii, text, lang, value):
    """However its question was lost: customer care keeps it."""
    pii.kept([("customer", text)], lang, "ORDER_NUMBER", value, "customer_care")


def test_two_years_are_no_reference(pii):
    pii.absent(pii.run([("customer", "the 2024 - 2025 season was better")], "en"), "ORDER_NUMBER")


def test_a_bent_code_of_mostly_letters_is_a_fiscal_code_in_italian(pii):
    # "gi, erre, ci, gi, elle, enne, sei cinque, pi, ..." as whisper heard it: no fiscal code's exact shape
    said = "G R C G L N E C C T C T L E E 8 2 G"
    pii.kept(f"sì, ecco lo {said}, grazie", "it", "IT_FISCAL_CODE", said, "billing_support")
    # an English caller's spelled letters and digits are no Italian fiscal code
    trial = pii.run("yes, it's G V 5 I M I T L N 30 I N 31 31 9 T", "en", "billing_support")
    assert not [d for d in trial.decisions if d.finding.entity == "IT_FISCAL_CODE"], pii.describe(trial)


def test_letters_spelled_with_words_open_the_code(pii):
    # "gi come Genova, acca come Hotel, 57 72 65" as whisper heard it: the code starts at its first letter
    trial = pii.kept("il numero dell'ordine è questo, allora, ci come geno ma, ha come 5772 65", "it", "ORDER_NUMBER",
                     "ci come geno ma, ha come 5772 65", "customer_care")
    lead = set(pii.locate(trial, "allora,"))
    assert not [d for d in trial.decisions if lead & set(d.finding.words)], pii.describe(trial)


def test_a_dictation_goes_on_past_a_word_whisper_made_of_digits(pii):
    pii.found("quindi tre, due, quattro, nominò uno, uno, cinque, tre, due, tutto giusto", "it", "ID_NUMBER",
              "tre, due, quattro, nominò uno, uno, cinque, tre, due,")


def test_counted_things_are_no_dictation(pii):
    pii.clean("ho 3 figli, 2 cani e 1 gatto, poi 4 5 pesci", "it")


def test_an_amount_after_what_it_pays_for(pii):
    """Whisper's "158 e 1 e 49" for "cinquantotto euro e quarantanove", after the fee it is."""
    pii.clean("il contributo di attivazione è di 158 e 1 e 49, vuole pagarlo subito?", "it")
    pii.found("la tariffa vale per il 3 3 9 1 2 3 4 5 6 7", "it", "PHONE_NUMBER", "3 3 9 1 2 3 4 5 6 7")


@pytest.mark.parametrize("text, lang", [("There it is, I can see the consignment, 22 kilos and 4 boxes", "en"),
                                        ("sono 3 pacchi da 12 chili, arrivano in 2 colli", "it")])
def test_weights_and_parcels_are_quantities(pii, text, lang):
    pii.clean(text, lang)


def test_an_italian_mobiles_shape_names_no_phone_in_an_english_call(pii):
    """Ten digits opening with 3 are an Italian mobile in an Italian call; in an English one the
    question before names them (here an order number the purpose keeps)."""
    turns = [("agent", "order number please"), ("customer", "sure, 397 521 93 08, a parcel of 3 kilos")]
    pii.kept(turns, "en", "ORDER_NUMBER", "397 521 93 08", "customer_care")
    pii.found([("customer", "il mio numero è 347 521 93 08")], "it", "PHONE_NUMBER", "347 521 93 08")


@pytest.mark.parametrize("speaker, text, lang", [
    ("agent", "se serve può richiamarci all'800 123 456, oppure al centralino 02 4455, interno 12", "it"),
    ("agent", "per i guasti c'è il numero verde, 800 90 90 90", "it"),
    ("agent", "if it happens again ring us on 0161 496 0000", "en"),
    ("mixed", "our freephone number is oh eight hundred, one two three, four five six seven", "en"),
    ("mixed", "the switchboard is 020 7946 0000, extension 214", "en"),
    ("agent", "I'll make a note, the main switchboards 0345 306 5026 and NIMON extension 431", "en"),
    ("mixed", "or just ring 0345 306 5026 in office hours", "en"),
])
def test_the_companys_own_line_is_no_personal_data(pii, speaker, text, lang):
    pii.clean([(speaker, text)], lang)


@pytest.mark.parametrize("speaker, text, lang, value", [
    ("customer", "you can reach us on 0161 496 0123 in the evenings", "en", "0161 496 0123"),
    ("customer", "potete chiamarci a casa, allo 02 4455 1234", "it", "02 4455 1234"),
    ("mixed", "ring us on 0161 496 0123 if it happens again", "en", "0161 496 0123"),
])
def test_a_household_we_is_the_callers_number(pii, speaker, text, lang, value):
    """ "call us", "chiamarci" give the company's line only from the agent's side; from the caller, or on a
    mono mix where nothing tells who speaks, it is a person's number."""
    pii.found([(speaker, text)], lang, "PHONE_NUMBER", value, purpose="customer_care")


def test_a_name_spelled_letter_by_letter_after_its_cue_is_a_name(pii):
    """Eight letters look like a code's shape; after "surname spelled" they are the name."""
    pii.kept([("mixed", "it's Abigail Ferguson, surname spelled F E R G U S O N")], "en", "PERSON",
             "F E R G U S O N", "customer_care")


def test_the_companys_line_read_on_past_an_answer_is_no_ones(pii):
    """On a mono mix the agent's "the main switchboard is 0345 ..." came right after an answer the dialogue
    reads on into; and whisper put "il numero verde" and its number in two units."""
    pii.clean([("mixed", "and your date of birth for the notes?"), ("mixed", "he was born on the third"),
               ("mixed", "thanks, the main switchboard is 0 3 4 5 9 0 7 2 6 3 7 and I'm on extension 2 0 4")],
              "en", value="0 3 4 5 9 0 7 2 6 3 7")
    pii.clean([("mixed", "se cade la linea ci richiami al numero verde"), ("mixed", "80143211, è gratuito")], "it")


@pytest.mark.parametrize("text, lang, value", [
    ("chiamo per la fattura 4 5 7 6 5 1 3 8 7 4, mi sembra alta", "it", "4 5 7 6 5 1 3 8 7 4,"),
    ("buonasera, chiamo per il ticket 7 4 0 0 0 1 1, la linea è ancora giù", "it", "7 4 0 0 0 1 1,"),
])
def test_what_the_caller_rings_about_names_the_number(pii, text, lang, value):
    """ "chiamo per ..." tells why the caller rings, no name (nor, one letter off, "chiami" a number to call):
    the invoice or ticket it names is the number's kind."""
    pii.kept([("agent", "buongiorno, come posso aiutarla?"), ("customer", text)], lang, "ORDER_NUMBER", value,
             "billing_support")


@pytest.mark.parametrize("text, lang, date", [
    ("chiamo per la fattura 4 5 7 6 5 1 3 8 7 4 del 23 aprile, mi sembra alta", "it", "23 aprile,"),
    ("the contract started on 3rd January, 2022, and it's gone up since", "en", "3rd January, 2022,"),
    ("the delivery was booked for June the 13th before 1", "en", "June the 13th"),
    ("il tecnico viene il 14 marzo, tra le 9 e le 12", "it", "14 marzo,"),
])
def test_the_date_of_an_invoice_or_a_visit_is_no_personal_data(pii, text, lang, date):
    """A day beside its month, a year just after one: the date of something, which stays audible; the
    number before it ends where the date starts."""
    pii.clean([("agent", "buongiorno, come posso aiutarla?"), ("customer", text)], lang, value=date)


def test_a_date_told_as_a_birth_date_is_still_one(pii):
    pii.found([("agent", "mi conferma la data di nascita?"), ("customer", "il 23 aprile, del 1980")], "it",
              "DATE_OF_BIRTH", "23 aprile, del 1980", "customer_care")


@pytest.mark.parametrize("script, lang", [
    ([("agent", "Can you read me the model on the label underneath?"),
      ("customer", "It's a smart hub 6 firmware 4 point 2")], "en"),
    ([("agent", "What are you paying at the moment?"), ("customer", "Around 45 quid")], "en"),
    ([("agent", "quanto paga adesso?"), ("customer", "Intorno ai 28 e 1 più o meno")], "it"),
])
def test_a_product_or_a_rough_amount_is_no_personal_data(pii, script, lang):
    """ "Read me the model" asks for a product's code, not a person's; "around", "intorno ai" a rough
    amount; "quid" is money."""
    pii.clean(script, lang)
