import pytest

from pipeline.recognizers.checksums import iban, it_fiscal_code, luhn


@pytest.mark.parametrize("code, valid", [
    ("4539 1488 0343 6467", True), ("4111111111111111", True), ("5500 0000 0000 0004", True),
    ("4539 1488 0343 6468", False), ("1234", False), ("abcd", False),
])
def test_luhn(code, valid):
    assert luhn(code) is valid


@pytest.mark.parametrize("code, valid", [
    ("IT60 X054 2811 1010 0000 0123 456", True), ("GB82 WEST 1234 5698 7654 32", True),
    ("IT60 X054 2811 1010 0000 0123 457", False), ("IT60", False),
])
def test_iban(code, valid):
    assert iban(code) is valid


@pytest.mark.parametrize("code, valid", [
    ("RSSMRA85T10A562S", True), ("BNCLCU85M12F205Z", False), ("RSSMRA85T10A562T", False), ("RSSMRA", False),
])
def test_it_fiscal_code(code, valid):
    assert it_fiscal_code(code) is valid
