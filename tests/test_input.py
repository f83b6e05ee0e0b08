"""Input handling: types, encodings, mojibake, hostile content."""

from __future__ import annotations

import codecs

import pytest

from newsclean import clean

from .conftest import FIXTURES

SEED = (FIXTURES / "seed-aggregator-nypost" / "input.txt").read_text(encoding="utf-8")
SEED_PARAGRAPHS = clean(SEED).paragraphs
SENTENCE = "Café owners said the new rules, which take effect in June, would cost them dearly."


@pytest.mark.parametrize("bad", [None, 12, 3.5, ["text"], {"text": "x"}, object()])
def test_other_types_raise_type_error_naming_what_is_accepted(bad: object) -> None:
    with pytest.raises(TypeError, match="str .*bytes"):
        clean(bad)


@pytest.mark.parametrize("data", [
    SENTENCE.encode("utf-8"),
    codecs.BOM_UTF8 + SENTENCE.encode("utf-8"),
    codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"),
    SENTENCE.encode("cp1252"),
    SENTENCE.encode("latin-1"),
])
def test_bytes_decoded(data: bytes) -> None:
    assert clean(data).paragraphs == [SENTENCE]


def test_declared_charset_honoured() -> None:
    html = '<html><head><meta charset="koi8-r"></head><body><p>Привет, мир! Это длинное предложение для теста.</p></body></html>'
    art = clean(html.encode("koi8-r"))
    assert art.paragraphs == ["Привет, мир! Это длинное предложение для теста."]


def test_mojibake_seed_restored() -> None:
    garbled = SEED.encode("utf-8").decode("latin-1")
    assert clean(garbled).paragraphs == SEED_PARAGRAPHS


@pytest.mark.parametrize("line,read", [
    # a no-break space read as Latin-1, its no-break space then printed as a plain space
    ("Published:\u00c2 Friday, January 4, 2008", "Published:\u00a0 Friday, January 4, 2008"),
    ("Jack Aubry ,\u00c2 CanWest News Service", "Jack Aubry ,\u00a0 CanWest News Service"),
    ("\u00c2", "\u00a0"),
    # the letter in a word, or after a capital (a word in capitals), stays
    ("\u00c2mbito nacional", "\u00c2mbito nacional"),
    ("C\u00c2 MAU", "C\u00c2 MAU"),
])
def test_a_lone_a_circumflex_before_a_space_is_a_no_break_space(line: str, read: str) -> None:
    from newsclean._readers import repair

    assert repair(line) == read


def test_a_date_behind_a_broken_no_break_space_is_read() -> None:
    body = "The council met on Tuesday to discuss the budget for next year, officials said."
    art = clean(f"Council backs budget\n\nPublished:\u00c2 Friday, January 4, 2008\n\n{body}"
                f"\n\n{body}")
    assert art.published is not None and art.published.isoformat() == "2008-01-04"


def test_typographic_quotes_and_dashes_kept() -> None:
    text = "“Quoted,” she said — and ‘left’ – at once, with the report’s findings in hand."
    assert clean(text).paragraphs == [text]


@pytest.mark.parametrize("text", [
    "", "   ", "\n\n\n", "\x00\x01\x02", "\ud800 lone surrogate", "\u200b\u200b", "\u202eRTL",
    "a" * 100_000, "word " * 50_000, "\n".join(["x"] * 20_000), "<html>" * 1000, "<" * 10_000,
])
def test_hostile_text_never_raises(text: str) -> None:
    art = clean(text)
    for p in art.paragraphs:
        assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or 0xD800 <= ord(c) <= 0xDFFF
                       for c in p)


@pytest.mark.slow
def test_ten_megabyte_single_line() -> None:
    art = clean("All work and no play makes Jack a dull boy. " * 230_000)
    assert len(art.paragraphs) <= 1


@pytest.mark.slow
def test_two_hundred_thousand_short_lines() -> None:
    art = clean("\n".join(f"line {i}" for i in range(200_000)))
    assert art is not None


@pytest.mark.slow
@pytest.mark.parametrize("html", [
    "<div>" * 100_000 + "<p>Deep text that is a sentence of the page, a long one.</p>",
    '<p title="' + "x" * 5_000_000 + '">A sentence with a huge attribute, long enough.</p>',
    "<html><body><script>" + "var a = 1;" * 10_000 + "</script></body></html>",
    "<html><body><p>Unclosed <b>tags <i>everywhere, and the text goes on for a while",
])
def test_hostile_html_never_raises(html: str) -> None:
    clean(html)


def test_invisible_only_line_is_recorded() -> None:
    art = clean("A sentence of the body that is long enough to keep, for sure.\n\u200b\u200b\n")
    assert [r.rule for r in art.removals] == ["text.invisible"]


BODY_HTML = "".join(f"<p>Paragraph {i} of the story is a sentence long enough to keep here.</p>"
                    for i in range(30))


@pytest.mark.parametrize("page", [
    # junk before the doctype: still HTML, by its tags
    "?\n<!DOCTYPE html><html><head><title>T</title></head><body>" + BODY_HTML + "</body></html>",
    # an unclosed <title> that libxml2 reads the whole page into
    "<html><head><title>Story - Site" + "<script>var a = 1;</script>" * 5
    + "</head><body><div>" + BODY_HTML + "</div></body></html>",
    # a <title> never closed, with script text and a second <title> further down, which both
    # parsers (and a browser) read as one long title
    "<html><head><title>Story - Si(v >= 11)\n document.write('" + "<SCRIPT>var a = '<b>';</SCRIPT>" * 3
    + "<div>" + BODY_HTML + "</div><img src='x'>\n<title></body></html>",
])
def test_mangled_html_still_yields_the_body(page: str) -> None:
    assert len(clean(page).paragraphs) >= 20


@pytest.mark.parametrize("line,joined", [
    ("T he official SANA news agency said 12 people were wounded in rebel shelling.",
     "The official SANA news agency said 12 people were wounded in rebel shelling."),
    ("M r Trump’s lawyers have yet to respond to a request for comment on Tuesday.",
     "Mr Trump’s lawyers have yet to respond to a request for comment on Tuesday."),
    ("S yrian rebel groups have launched a second surprise offensive on the capital.",
     "Syrian rebel groups have launched a second surprise offensive on the capital."),
    # a word of its own after the capital, which the joined word is not: a name
    ("T in the Park festival is held every summer near Kinross in Scotland.", None),
    # a capital that is a word (English, Portuguese, Spanish), and a short line
    ("A lot of people came to the meeting on Tuesday night in the town hall.", None),
    ("O governo anunciou nesta terça-feira um novo pacote de medidas econômicas.", None),
    ("Y el gobierno anunció el martes un nuevo paquete de medidas económicas.", None),
    ("U of U Sports", None), ("Q and A", None),
])
def test_a_drop_cap_printed_apart_is_joined_to_its_word(line: str, joined: str | None) -> None:
    from newsclean._readers import read_text

    body = "The council met on Tuesday to discuss the budget for next year, officials said."
    blocks = read_text(f"{body}\n\n{line}\n\n{body}").blocks
    assert [b.text for b in blocks] == [body, joined or line, body]
    if joined is not None:
        assert clean(f"{body}\n\n{line}\n\n{body}").paragraphs == [body, joined, body]
