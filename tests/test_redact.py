"""Decisions, word verdicts, transcript redaction and the bleep plan."""
from pipeline.redact import decide, plan_bleeps, redact_transcript, removed_spans, word_verdicts
from pipeline.rules import load_purpose
from pipeline.trial import text_transcript
from pipeline.types import Finding, TimeSpan, WordRef


def _finding(entity, words, score=0.8, segment=0):
    return Finding(entity, 0, 0.0, 1.0, score, "test", tuple(WordRef(segment, w) for w in words))


def test_deny_by_default_and_keep():
    rules = load_purpose("customer_care").rules
    ds = decide([_finding("ORDER_NUMBER", [1]), _finding("CREDIT_CARD", [2]), _finding("ID_NUMBER", [3])], rules)
    assert [d.action for d in ds] == ["keep", "remove", "remove"]
    assert ds[1].rule == "deny-by-default" and ds[0].rule == "keep:ORDER_NUMBER"


def test_highest_score_wins_a_word_and_ties_go_to_removal():
    rules = load_purpose("customer_care").rules
    v = word_verdicts(decide([_finding("ORDER_NUMBER", [1, 2], 0.85), _finding("PHONE_NUMBER", [2, 3], 0.5)], rules))
    assert v[WordRef(0, 2)].finding.entity == "ORDER_NUMBER" and v[WordRef(0, 3)].action == "remove"
    tie = word_verdicts(decide([_finding("ORDER_NUMBER", [1], 0.7), _finding("PHONE_NUMBER", [1], 0.7)], rules))
    assert tie[WordRef(0, 1)].action == "remove"


def test_a_name_inside_an_email_goes_with_the_email():
    rules = load_purpose("billing_support").rules  # keeps PERSON, removes EMAIL_ADDRESS
    v = word_verdicts(decide([_finding("PERSON", [1], 0.85), _finding("EMAIL_ADDRESS", [1, 2, 3], 0.6)], rules))
    assert v[WordRef(0, 1)].action == "remove"


def test_a_name_inside_an_address_goes_with_it_whatever_else_covers_the_word():
    """spaCy's "Mill Lane, Leeds" (PERSON, kept in sales) inside an address read back, with a weaker ID
    number over the same words: the address decides, not the name."""
    rules = load_purpose("sales_first_contact").rules  # keeps PERSON, removes ADDRESS
    v = word_verdicts(decide([_finding("ADDRESS", [5, 6, 7, 8], 0.8), _finding("PERSON", [6, 7], 0.85),
                              _finding("ID_NUMBER", [5, 6, 7, 8], 0.5)], rules))
    assert all(v[WordRef(0, w)].action == "remove" and v[WordRef(0, w)].finding.entity == "ADDRESS" for w in (6, 7))


def test_redacted_transcript_holds_labels_not_values():
    t = text_transcript([("customer", "il mio numero è 3 4 7 1 2 3 4 5 6 7 grazie")], "it")
    rules = load_purpose("technical_support").rules
    v = word_verdicts(decide([_finding("PHONE_NUMBER", range(4, 14))], rules))
    seg = redact_transcript(t, v, b"salt")[0]
    assert seg.text == "il mio numero è [PHONE_NUMBER] grazie"
    assert all(w.redacted and w.text == "[PHONE_NUMBER]" for w in seg.words[4:14])
    assert not any(ch.isdigit() for ch in seg.text)


def test_hash_and_mask_operators():
    t = text_transcript([("customer", "carta 4 5 3 9")], "en")
    rules = load_purpose("technical_support").rules
    ds = [d.__class__(d.finding, d.action, d.rule, "hash") for d in decide([_finding("CREDIT_CARD", [1, 2, 3, 4])], rules)]
    text = redact_transcript(t, word_verdicts(ds), b"salt")[0].text
    assert text.startswith("carta <CREDIT_CARD:") and "4539" not in text
    other_salt = redact_transcript(t, word_verdicts(ds), b"pepper")[0].text
    assert other_salt != text
    ds = [d.__class__(d.finding, d.action, d.rule, "mask") for d in ds]
    assert redact_transcript(t, word_verdicts(ds), b"salt")[0].text == "carta *****"


def test_plan_pads_merges_and_clamps_per_channel():
    spans = [TimeSpan(0, 1.0, 2.0, "A"), TimeSpan(0, 2.3, 3.0, "B"), TimeSpan(1, 0.05, 0.5, "C"),
             TimeSpan(0, 9.9, 10.5, "D")]
    plan = plan_bleeps(spans, pad_s=0.2, merge_gap_s=0.5, duration=10.0)
    assert [(p.channel, p.start, p.end) for p in plan] == [(0, 0.8, 3.2), (0, 9.7, 10.0), (1, 0.0, 0.7)]
    assert plan[0].entity == "A+B"


def test_removed_spans_follow_words():
    t = text_transcript([("customer", "uno due tre")], "it")
    rules = load_purpose("technical_support").rules
    spans = removed_spans(t, word_verdicts(decide([_finding("PHONE_NUMBER", [1], segment=0)], rules)))
    w = t.segments[0].words[1]
    assert [(s.channel, s.start, s.end) for s in spans] == [(1, w.start, w.end)]
