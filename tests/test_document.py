"""The Document helpers: every change leaves a record, nothing is mutated."""

from __future__ import annotations

from newsclean._document import Block, Document, JoinedBlock


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


def _menu_dropped() -> Document:
    """Lines 1-4 dropped as one run, line 6 (after a blank line) as another."""
    from newsclean._readers import read_text

    doc = read_text("Home\nNews\nA headline over the story\nSports\n\nAdvertisement\n\nBody.")
    return doc.drop_runs(iter(["r.menu"] * 4 + ["r.ad", None]), {"r.menu": "m", "r.ad": "a"})


def test_dropped_lines_gives_each_line_of_a_run() -> None:
    doc = _menu_dropped()
    assert doc.dropped_lines(2, 6) == [((2, 2), "News"), ((3, 3), "A headline over the story"),
                                       ((4, 4), "Sports"), ((6, 6), "Advertisement")]
    assert doc.dropped_lines(7, 9) == []


def test_reclaim_cuts_the_run_around_the_line_it_moves() -> None:
    doc = _menu_dropped()
    out = doc.reclaim((3, 3), "title", "A headline over the story", rule="r.title", reason="t")
    assert out.field("title") == "A headline over the story"
    assert sorted((r.lines, r.rule, r.text, r.target) for r in out.records) == [
        ((1, 2), "r.menu", "Home\nNews", "drop"),
        ((3, 3), "r.title", "A headline over the story", "title"),
        ((4, 4), "r.menu", "Sports", "drop"),
        ((6, 6), "r.ad", "Advertisement", "drop")]
    # a record that is the piece itself is replaced whole; the moved record comes last, as
    # a step's new records do (the pipeline stamps its cleaner on them)
    whole = out.reclaim((6, 6), "source", "Advertisement", rule="r.src", reason="s")
    assert whole.records[-1].lines == (6, 6) and whole.records[-1].target == "source"
    assert [r.lines for r in whole.records if r.target == "drop"] == [(1, 2), (4, 4)]
    assert doc.records == _menu_dropped().records  # not mutated


def test_reclaim_of_text_no_removal_holds_raises() -> None:
    import pytest

    with pytest.raises(ValueError, match="no removed piece"):
        _menu_dropped().reclaim((8, 8), "title", "Body.", rule="r.title", reason="t")


def test_a_block_of_wrapped_lines_dropped_in_a_run_is_a_record_of_its_own() -> None:
    """dropped_lines can then give the joined block's text with its own line span."""
    doc = Document((Block("Home", 1), JoinedBlock("Council approves bridge after a decade", 2,
                                                  end=3), Block("Sport", 4)))
    out = doc.drop_runs(iter(["r"] * 3), {"r": "menu"})
    assert [(r.lines, r.text) for r in out.records] == [
        ((1, 1), "Home"), ((2, 3), "Council approves bridge after a decade"), ((4, 4), "Sport")]
    assert out.dropped_lines(1, 4)[1] == ((2, 3), "Council approves bridge after a decade")
