"""Two English pages in today's layouts, written for newsclean (tests/pages/): a wire story
(gallery captions with counters, Read More buttons, share bar, ad lines, author bios, footer)
and a newspaper story (newsletter box inside the article, name-and-role byline, topic list,
most-viewed list). Each field is checked; what newsclean still gets wrong is a strict xfail."""

from __future__ import annotations

from pathlib import Path

from newsclean import clean

PAGES = Path(__file__).resolve().parent / "pages"


def _page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def test_wire_story() -> None:
    art = clean(_page("en-wire-today.txt"))
    assert art.title == ("Wildfires in Southern California force thousands to evacuate as "
                         "winds pick up")
    assert art.byline == "JOHN ANTCZAK and CHRISTOPHER WEBER"
    assert str(art.published) == "2024-11-07" and art.dateline == "CAMARILLO, Calif. (AP)"
    assert [(c.text[:30], c.credit) for c in art.captions] == [
        ("Firefighters battle the Mounta", "AP Photo/Ethan Swope"),
        ("A home burns in Camarillo, Cal", "AP Photo/Marcio Jose Sanchez")]
    assert [p[:20] for p in art.paragraphs[:6]] == [
        "A fast-moving wildfi", "The Mountain Fire ha", "“This fire moved so ", "Winds gusting up to ",
        "Residents described ", "“You couldn’t see an"]
    assert not [p for p in art.paragraphs if "ADVERTISEMENT" in p or "Read More" in p]


def test_wire_story_keeps_its_last_paragraph() -> None:
    """The short last paragraph after an ad line, before the contributor line: the closing
    credit is found past the author bios and the site's "about" blurb, and what lies between
    the story and it is the story's end."""
    art = clean(_page("en-wire-today.txt"))
    assert art.paragraphs[-1] == "The cause of the fire was under investigation."
    assert art.attribution == ("Associated Press writer Christopher Weber contributed from "
                               "Los Angeles.")
    bios = [r for r in art.removals if r.rule == "footer.author_bio"]
    assert [r.text for r in bios] == ["Antczak covers Southern California for The Associated Press."]


def test_newspaper_story() -> None:
    art = clean(_page("en-newspaper-today.txt"))
    assert art.title == ("Sea levels could rise faster than expected as Antarctic ice melts, "
                         "study finds")
    assert art.byline == "Damian Carrington Environment editor"
    assert str(art.published) == "2024-03-12"
    assert [(c.text, c.credit) for c in art.captions] == [
        ("A section of the Thwaites glacier in West Antarctica.", "Photograph: Nasa/Reuters")]
    starts = [p[:20] for p in art.paragraphs]
    for start in ("Global sea levels co", "The research, publis", "“We were surprised b",
                  "The scientists said ", "Prof Tom Brown, of t"):
        assert start in starts
    rules = {r.rule for r in art.removals}
    assert {"prompt.signup_named", "prompt.newsletter", "prompt.paywall_line",
            "related.list_item", "byline.name_role"} <= rules


def test_newspaper_story_drops_the_newsletter_blurb() -> None:
    """The newsletter box's description line (between its name and its privacy notice)
    matches no prompt rule and reads as prose: it goes as a line of the box."""
    art = clean(_page("en-newspaper-today.txt"))
    assert not [p for p in art.paragraphs if p.startswith("The planet's most important")]
    assert [r.rule for r in art.removals if r.text.startswith("The planet's")] == [
        "prompt.box_line"]
