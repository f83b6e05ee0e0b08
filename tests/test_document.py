"""The Document helpers: every change leaves a record, nothing is mutated."""

from __future__ import annotations

from newsclean._document import Block, Document


def _doc() -> Document:
    return Document((Block("Home", 1), Block("MOSCOW (AP) — Talks resumed.", 2),
                     Block("AP", 3)))


def test_drop_records_and_does_not_mutate() -> None:
    doc = _doc()
    out = doc.drop([doc.blocks[0]], rule="chrome.nav_word", reason="navigation")
    assert [b.text for b in out.blocks] == ["MOSCOW (AP) — Talks resumed.", "AP"]
    assert [(r.rule, r.lines, r.text, r.target) for r in out.records] == [
        ("chrome.nav_word", (1, 1), "Home", "drop")]
    assert len(doc.blocks) == 3 and doc.records == ()


def test_strip_keeps_the_rest_and_records_the_part() -> None:
    doc = _doc()
    block = doc.blocks[1]
    out = doc.strip(block, 0, len("MOSCOW (AP) — "), rule="x.dateline", reason="dateline")
    assert out.blocks[1].text == "Talks resumed." and out.blocks[1].lines == (2, 2)
    assert out.records[0].text == "MOSCOW (AP) —"


def test_strip_of_everything_drops_the_block() -> None:
    doc = _doc()
    out = doc.strip(doc.blocks[2], 0, 2, rule="credits.orphan", reason="photo credit")
    assert [b.text for b in out.blocks] == ["Home", "MOSCOW (AP) — Talks resumed."]


def test_move_and_caption() -> None:
    doc = _doc()
    out = doc.move([doc.blocks[0]], "source", "Home", rule="source.header_name", reason="r")
    assert out.field("source") == "Home" and out.records[0].target == "source"
    out = out.add_caption(out.blocks, text="Talks resumed.", credit="AP", rule="credits.agency_line")
    assert out.blocks == () and out.captions[0].lines == (2, 3)
    assert {r.target for r in out.records} == {"source", "caption"}


def test_consecutive_lines_removed_by_one_rule_are_one_removal() -> None:
    from newsclean import clean

    body = "The council voted on Tuesday to approve the new bridge, officials said."
    art = clean(f"Home\nNews\nSports\nWeather\n\n{body}\n\n{body}\n\nAdvertisement\n\nAdvertisement")
    nav = [r for r in art.removals if r.rule == "chrome.nav_word"]
    assert [(r.lines, r.text) for r in nav] == [((1, 4), "Home\nNews\nSports\nWeather")]
    # a blank line ends a run: the two ads are two removals
    assert [r.lines for r in art.removals if r.rule.startswith("ads.")] == [(10, 10), (12, 12)]


def test_add_captions_moves_many_at_once_in_line_order() -> None:
    from newsclean._readers import read_text

    doc = read_text("Body one.\n\nSecond caption.\nAP\n\nFirst caption.\nREUTERS\n\nBody two.")
    b = doc.blocks
    out = doc.add_captions([([b[3], b[4]], "First caption.", "REUTERS", None, "r.b"),
                            ([b[1], b[2]], "Second caption.", "AP", None, "r.a")])
    assert [x.text for x in out.blocks] == ["Body one.", "Body two."]
    assert [(c.text, c.credit, c.lines) for c in out.captions] == [
        ("Second caption.", "AP", (3, 4)), ("First caption.", "REUTERS", (6, 7))]
    assert [(r.rule, r.lines, r.target) for r in out.records] == [
        ("r.b", (6, 6), "caption"), ("r.b", (7, 7), "caption"),
        ("r.a", (3, 3), "caption"), ("r.a", (4, 4), "caption")]
    assert doc.add_captions([]) is doc
