"""Units of a conversation, the char-to-word map, and untranscribed speech."""
from pipeline.conversation import build, split_units
from pipeline.coverage import untranscribed
from pipeline.trial import text_transcript
from pipeline.types import Segment, TimeSpan, Transcript, Word


def test_units_split_at_sentences_not_at_grouped_digits_or_spelled_letters():
    t = text_transcript("Mi lascia il numero? Certo, è 363 .674 .319, grazie. Codice N. D. 4. fine.", "it")
    texts = [" ".join(t.segments[r.segment].words[r.word].text for r in u.words) for u in split_units(t)]
    assert texts == ["Mi lascia il numero?", "Certo, è 363 .674 .319, grazie.", "Codice N. D. 4. fine."]


def test_units_split_at_long_pauses():
    words = (Word("quale", 0.0, 0.3), Word("conto?", 0.3, 0.6), Word("e", 3.0, 3.2), Word("la", 3.2, 3.4))
    t = Transcript("it", 4.0, (Segment(0, "agent", 0.0, 3.4, words),))
    assert len(split_units(t)) == 2


def test_dictation_cut_into_segments_is_one_unit():
    seg = lambda start, text: Segment(0, "mixed", start, start + 1, tuple(  # noqa: E731
        Word(w, start + 0.3 * i, start + 0.3 * i + 0.2) for i, w in enumerate(text.split())))
    t = Transcript("it", 10.0, (seg(0.0, "la carta è 4532"), seg(1.5, "1488 0343"), seg(3.0, "6467."),
                                seg(6.0, "grazie mille.")))
    assert [len(u.words) for u in split_units(t)] == [7, 2]


def test_every_token_maps_back_to_its_words():
    t = text_transcript([("agent", "Il numero?"), ("customer", "tre quattro sette, mario punto rossi chiocciola gmail punto com")], "it")
    conv = build(t)
    assert conv.text.splitlines()[0].startswith("A: ") and conv.text.splitlines()[1].startswith("C: ")
    i = conv.text.index("3 4 7")
    refs = conv.words_in(i, i + 5)
    assert [t.segments[r.segment].words[r.word].text for r in refs] == ["tre", "quattro", "sette,"]
    i = conv.text.index("@")
    assert [t.segments[r.segment].words[r.word].text for r in conv.words_in(i, i + 1)] == ["chiocciola"]


def test_untranscribed_speech_and_swallowed_words():
    words = (Word("ciao", 1.0, 1.4), Word("il", 2.0, 9.0), Word("fine", 9.1, 9.5))
    t = Transcript("it", 12.0, (Segment(0, "mixed", 1.0, 9.5, words),))
    gaps = untranscribed(t, {0: [(1.0, 9.5), (10.5, 11.5)]}, min_s=0.6)
    assert [(g.start, g.end) for g in gaps] == [(1.65, 8.85), (10.5, 11.5)]
    kept = untranscribed(t, {0: [(10.5, 11.5)]}, min_s=0.6, kept=[TimeSpan(0, 10.4, 11.6, "PHONE_NUMBER")])
    assert kept == []


def test_dictated_digits_are_not_swallowed_speech():
    t = Transcript("it", 4.0, (Segment(0, "mixed", 0.0, 2.0, (Word(".674", 0.2, 2.0),)),))
    assert untranscribed(t, {0: [(0.2, 2.0)]}, min_s=0.6) == []
