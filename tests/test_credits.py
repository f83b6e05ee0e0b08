from __future__ import annotations

import pytest

from newsclean.cleaners import extract_captions
from newsclean.cleaners.credits import is_image_description

from .helpers import apply, kept, rules

BODY = "The council met on Tuesday to discuss the budget for next year."


@pytest.mark.parametrize("credit", [
    "AP", "REUTERS", "via REUTERS", "Getty Images", "AFP via Getty Images", "Shutterstock", "EPA",
    "AP Photo/Alexander Zemlianichenko", "REUTERS/Evgenia Novozhenina", "Chip Somodevilla/Getty Images",
    "Photo: Jane Doe", "(Photo by Mario Tama/Getty Images)", "Photo illustration by Jane Doe",
])
def test_credit_line_makes_caption(credit: str) -> None:
    doc = apply(extract_captions, f"{BODY}\n\nMayor Tom Becker speaks at City Hall.\n{credit}\n\n{BODY}")
    assert kept(doc) == [BODY, BODY]
    assert [(c.text, c.credit) for c in doc.captions] == [
        ("Mayor Tom Becker speaks at City Hall.", credit.strip("()"))]
    assert all(r.target == "caption" for r in doc.records)


@pytest.mark.parametrize("line,text,credit", [
    ("Rescuers search the rubble. (AP Photo/Evan Vucci)", "Rescuers search the rubble.", "AP Photo/Evan Vucci"),
    ("A protester waves a flag. Photo: AP", "A protester waves a flag.", "Photo: AP"),
    ("Trump signs a bill. Picture: Nicholas Kamm", "Trump signs a bill.", "Picture: Nicholas Kamm"),
    ("Rescuers search the rubble. (Getty Images)", "Rescuers search the rubble.", "Getty Images"),
])
def test_inline_credit_split(line: str, text: str, credit: str) -> None:
    doc = apply(extract_captions, f"{BODY}\n\n{line}\n\n{BODY}")
    assert [(c.text, c.credit) for c in doc.captions] == [(text, credit)]
    assert rules(doc) == ["credits.trailing"]


@pytest.mark.parametrize("sentence", [
    "AP reported the news first, the agency said on Tuesday evening.",
    "She spoke to Reuters on Tuesday about the plan and its costs.",
    "He sold the picture to Getty Images the next day, he said.",
    "Photographers from AP and Reuters arrived later in the afternoon.",
    "The company said it would expand. Bloomberg reported the deal first.",
    "He thanked the crowd. Shutterstock shares rose 4% on the news.",
    "The museum said the painting was on loan. Courtesy demands that we return it.",
])
def test_body_sentences_naming_agencies_kept(sentence: str) -> None:
    doc = apply(extract_captions, f"{BODY}\n\n{sentence}")
    assert kept(doc) == [BODY, sentence] and doc.captions == ()


def test_lone_credit_dropped_as_credit() -> None:
    doc = apply(extract_captions, f"{BODY}\n\nAP\n\n{BODY}")
    assert kept(doc) == [BODY, BODY] and rules(doc) == ["credits.orphan"]


def test_image_description_becomes_alt() -> None:
    alt = "President Joe Biden walks with Mayor Tom Becker at City Hall, Monday, Feb. 20, 2023."
    doc = apply(extract_captions, f"{BODY}\n\n{alt}\n\nBiden visited the city.\nAP\n\n{BODY}")
    assert [(c.text, c.credit, c.alt) for c in doc.captions] == [("Biden visited the city.", "AP", alt)]


@pytest.mark.parametrize("text,expected", [
    ("Russian President Vladimir Putin speaks to the party's foreign policy chief in Moscow.", True),
    ("“We are ready,” Wang said through an interpreter.", False),
    ("The attacks came as the UN announced that both sides would take part in talks.", False),
    ("Beijing has denied providing military support to Russia.", False),
])
def test_is_image_description(text: str, expected: bool) -> None:
    assert is_image_description(text, "caption") is expected


def test_byline_with_agency_is_not_a_caption() -> None:
    doc = apply(extract_captions, f"{BODY}\n\nBy Richard Lam (AP)\n\n{BODY}")
    assert doc.captions == ()
    assert kept(doc) == [BODY, "By Richard Lam (AP)", BODY]


def test_caption_toggle_line_is_a_widget() -> None:
    from newsclean import clean

    article = clean(f"{BODY}\n\nShow Caption Hide Caption\n\n{BODY}")
    assert article.captions == []
    assert [r.rule for r in article.removals] == ["share.button"]


def test_file_photo_note_marks_a_caption_and_is_not_a_credit() -> None:
    doc = apply(extract_captions, f"{BODY}\n\nPervez Musharraf (file photo)\n\n{BODY}")
    assert [(c.text, c.credit) for c in doc.captions] == [("Pervez Musharraf (file photo)", None)]


# -- slideshows ------------------------------------------------------------------------------

_SLIDES = [
    ("The north face at dawn, seen from the hut above the glacier.", "Ana Ruiz, AP"),
    ("Climbers rope up below the ice fall before the final push to the top.", "Reuters"),
    ("The summit ridge, where the wind rarely drops below forty knots.", "Tom Berg, for The Herald"),
    ("Back at base camp, the team waits out three days of snow in their tents.", "Getty Images"),
]


def _gallery(control: str, slides: list[tuple[str, str]]) -> str:
    shown = "".join(f"{control}\n{text} {credit}\n" for text, credit in slides)
    return f"{BODY}\n\n{BODY}\n\n{shown}\n{BODY}"


def _clean_captions(text: str):  # noqa: ANN202 - a Document
    from newsclean.cleaners import extract_gallery_captions

    from newsclean._pipeline import run
    from newsclean._readers import read_text

    return run(read_text(text), (extract_captions, extract_gallery_captions))


@pytest.mark.parametrize("control", ["Fullscreen", "Expand", "Enlarge this image", "Photo"])
def test_slideshow_slides_become_captions_with_their_credits(control: str) -> None:
    doc = _clean_captions(_gallery(control, _SLIDES))
    assert [(c.text, c.credit) for c in doc.captions] == _SLIDES
    assert kept(doc) == [BODY, BODY, BODY]
    assert sorted(set(rules(doc))) == ["credits.gallery_control", "credits.gallery_slide"]


@pytest.mark.parametrize("text", [
    # a comment thread: repeated "Reply", comments do not end with a credit
    _gallery("Reply", [("I walked that ridge last year and it was worse than this.", ""),
                       ("Great pictures, but the hut has been closed since May.", ""),
                       ("Does anyone know whether the cable car runs in winter?", "")]),
    # two slides are not a slideshow
    _gallery("Fullscreen", _SLIDES[:2]),
    # a bulleted headline list with times: "p.m. PT" is not a credit
    _gallery("• More Entries", [("• Climbers return from the north face 10:38 a.m.", "PT"),
                                ("• Storm closes the pass for a third day 9:02 a.m.", "PT"),
                                ("• Hut wardens ask walkers to book ahead 8:15 a.m.", "PT")]),
])
def test_no_slideshow(text: str) -> None:
    doc = _clean_captions(text)
    assert doc.captions == ()
    assert not any(r.startswith("credits.gallery") for r in rules(doc))


@pytest.mark.parametrize("line,text", [
    ("In this photo taken Aug. 28, 2016, the ambassador addresses families.",
     "In this photo taken Aug. 28, 2016, the ambassador addresses families."),
    ("The State Department building is pictured in Washington, Jan. 26, 2017.",
     "The State Department building is pictured in Washington, Jan. 26, 2017."),
    ("Caption: Rescuers search the rubble in the old town.", "Rescuers search the rubble in the old town."),
])
def test_caption_cue_line_takes_the_credit_below(line: str, text: str) -> None:
    doc = apply(extract_captions, f"{BODY}\n\n{line}\nAP\n\n{BODY}")
    assert [(c.text, c.credit) for c in doc.captions] == [(text, "AP")]
    assert kept(doc) == [BODY, BODY]


@pytest.mark.parametrize("line", [
    "The State Department building is pictured in Washington, Jan. 26, 2017.",
    "Japan's Ryosuke Kikuchi hits a home run during the sixth inning against the United States, "
    "in Los Angeles, March 21, 2017.",
])
def test_wire_caption_with_place_and_date_is_a_caption(line: str) -> None:
    doc = apply(extract_captions, f"{BODY}\n\n{line}\n\n{BODY}")
    assert [c.text for c in doc.captions] == [line] and rules(doc) == ["credits.wire_dated"]


@pytest.mark.parametrize("line", [
    "The record was set in Chuping, Perlis, on April 9, 1998.",
    "The council will vote on the plan at its next meeting, officials said on March 3, 2017.",
    "1. Globe and Mail, January 11, 2008.",
])
def test_body_lines_with_dates_are_not_wire_captions(line: str) -> None:
    doc = apply(extract_captions, f"{BODY}\n\n{line}\n\n{BODY}")
    assert doc.captions == () and kept(doc) == [BODY, line, BODY]


@pytest.mark.parametrize("line,text,credit", [
    ("Rescuers search the rubble on Tuesday. Evan Vucci/AP", "Rescuers search the rubble on Tuesday.",
     "Evan Vucci/AP"),
    ("“We will rebuild,” the mayor said. Jane Doe/Reuters", "“We will rebuild,” the mayor said.",
     "Jane Doe/Reuters"),
])
def test_named_credit_split_keeps_the_sentence_stop(line: str, text: str, credit: str) -> None:
    doc = apply(extract_captions, f"{BODY}\n\n{line}\n\n{BODY}")
    assert [(c.text, c.credit) for c in doc.captions] == [(text, credit)]


@pytest.mark.parametrize("credit", ["Carlos Barria / Reuters", "Photo courtesy of Jane Doe / City Hall"])
def test_photographer_and_agency_alone_is_the_caption(credit: str) -> None:
    """"Name / Agency" alone where the picture was is what the page shows under it (as a
    caption element holding only its credit is in HTML)."""
    doc = apply(extract_captions, f"{BODY}\n\n{credit}\n\n{BODY}")
    assert [(c.text, c.credit) for c in doc.captions] == [(credit, credit)]


def test_caption_widget_credit_printed_again_is_not_another_caption() -> None:
    page = (f"{BODY}\n\nEnlarge this image\n\n"
            "Mayor Tom Becker speaks at City Hall on Tuesday. Andrew Harnik/AP hide caption\n\n"
            "toggle caption\nAndrew Harnik/AP\n\n{BODY}").replace("{BODY}", BODY)
    doc = apply(extract_captions, page)
    assert [(c.text, c.credit) for c in doc.captions] == [
        ("Mayor Tom Becker speaks at City Hall on Tuesday.", "Andrew Harnik/AP")]
    assert BODY in kept(doc)


@pytest.mark.parametrize("lines,text,credit", [
    ("A protester waves a flag in Kyiv. Credit...Jane Doe for The New York Times",
     "A protester waves a flag in Kyiv.", "Credit...Jane Doe for The New York Times"),
    ("A protester waves a flag in Kyiv.\nCredit...Jane Doe for The New York Times",
     "A protester waves a flag in Kyiv.", "Credit...Jane Doe for The New York Times"),
    ("A protester waves a flag in Kyiv | Jane Doe/AFP", "A protester waves a flag in Kyiv", "Jane Doe/AFP"),
    ("A protester waves a flag in Kyiv. © Jane Doe / AFP", "A protester waves a flag in Kyiv.", "© Jane Doe / AFP"),
    ("A protester waves a flag in Kyiv. [Jane Doe/Al Jazeera]", "A protester waves a flag in Kyiv.",
     "Jane Doe/Al Jazeera"),
    # no stop before an agency's credit in square brackets (Al Jazeera)
    ("A protester waves a flag in Kyiv [File: Jane Doe/Reuters]", "A protester waves a flag in Kyiv",
     "File: Jane Doe/Reuters"),
    ("A protester waves a flag in Kyiv. Photograph: Jane Doe/Reuters", "A protester waves a flag in Kyiv.",
     "Photograph: Jane Doe/Reuters"),
    # BBC: the image source over the image caption
    ("Image source, Getty Images\nImage caption, A protester waves a flag in Kyiv",
     "A protester waves a flag in Kyiv", "Getty Images"),
    # a gallery's counter before the caption (AP)
    ("1 of 5 | A protester waves a flag in Kyiv. (AP Photo/Jane Doe)",
     "A protester waves a flag in Kyiv.", "AP Photo/Jane Doe"),
    ("2/5: A protester waves a flag in Kyiv.\nREUTERS/Jane Doe",
     "A protester waves a flag in Kyiv.", "REUTERS/Jane Doe"),
    # the agencies that passed the picture on, one after the other
    ("Smartphone parts on a production line in Huaibei, China\nSTR/AFP/Getty Images",
     "Smartphone parts on a production line in Huaibei, China", "STR/AFP/Getty Images"),
    # a studio's courtesy, a social account
    ("Jane Doe stars as the queen in the new film. (Courtesy of Lionsgate)",
     "Jane Doe stars as the queen in the new film.", "Courtesy of Lionsgate"),
    ("Work has begun on the first tunnel under the city. Instagram / @janedoe",
     "Work has begun on the first tunnel under the city.", "Instagram / @janedoe"),
    # "File photo" after the caption's sentence: part of the caption, no credit
    ("A 3D illustration of the extinct tiger. File photo",
     "A 3D illustration of the extinct tiger. File photo", None),
    # tenth session: a probe of 36 credit forms of today's pages, printed under a caption (13
    # missed, 11 now read) and after its last sentence (13 missed, 12 now read)
    ("Demonstrators gather outside city hall on Tuesday.\nJane Doe/AP Photo", "Demonstrators gather outside city hall on Tuesday.", "Jane Doe/AP Photo"),
    ("Demonstrators gather outside city hall on Tuesday.\nJane Doe/CNN", "Demonstrators gather outside city hall on Tuesday.", "Jane Doe/CNN"),
    ("Demonstrators gather outside city hall on Tuesday.\nJane Doe/Sipa USA", "Demonstrators gather outside city hall on Tuesday.", "Jane Doe/Sipa USA"),
    ("Demonstrators gather outside city hall on Tuesday.\nJane Doe / SOPA Images / LightRocket via Getty Images", "Demonstrators gather outside city hall on Tuesday.", "Jane Doe / SOPA Images / LightRocket via Getty Images"),
    ("Demonstrators gather outside city hall on Tuesday.\nJane Doe/Staff Photographer", "Demonstrators gather outside city hall on Tuesday.", "Jane Doe/Staff Photographer"),
    ("Demonstrators gather outside city hall on Tuesday.\nJane Doe/The Washington Post", "Demonstrators gather outside city hall on Tuesday.", "Jane Doe/The Washington Post"),
    ("Demonstrators gather outside city hall on Tuesday.\nJane Doe/The Daily Planet via AP", "Demonstrators gather outside city hall on Tuesday.", "Jane Doe/The Daily Planet via AP"),
    ("Demonstrators gather outside city hall on Tuesday.\n[Jane Doe/Al Jazeera]", "Demonstrators gather outside city hall on Tuesday.", "Jane Doe/Al Jazeera"),
    ("Demonstrators gather outside city hall on Tuesday.\nIllustration: Jane Doe", "Demonstrators gather outside city hall on Tuesday.", "Illustration: Jane Doe"),
    ("Demonstrators gather outside city hall on Tuesday.\nFile photo: Jane Doe/Reuters", "Demonstrators gather outside city hall on Tuesday.", "File photo: Jane Doe/Reuters"),
    ("Demonstrators gather outside city hall on Tuesday.\nJane Doe for NPR", "Demonstrators gather outside city hall on Tuesday.", "Jane Doe for NPR"),
    ("Demonstrators gather outside city hall on Tuesday. AFP via Getty Images", "Demonstrators gather outside city hall on Tuesday.", "AFP via Getty Images"),
    ("Demonstrators gather outside city hall on Tuesday. Getty Images/iStockphoto", "Demonstrators gather outside city hall on Tuesday.", "Getty Images/iStockphoto"),
    ("Demonstrators gather outside city hall on Tuesday. Shutterstock", "Demonstrators gather outside city hall on Tuesday.", "Shutterstock"),
    ("Demonstrators gather outside city hall on Tuesday. NurPhoto via Getty Images", "Demonstrators gather outside city hall on Tuesday.", "NurPhoto via Getty Images"),
    ("Demonstrators gather outside city hall on Tuesday. Supplied", "Demonstrators gather outside city hall on Tuesday.", "Supplied"),
    ("Demonstrators gather outside city hall on Tuesday. Handout", "Demonstrators gather outside city hall on Tuesday.", "Handout"),
    ("Demonstrators gather outside city hall on Tuesday. Courtesy of the family", "Demonstrators gather outside city hall on Tuesday.", "Courtesy of the family"),
    ("Demonstrators gather outside city hall on Tuesday. Photo courtesy of Jane Doe", "Demonstrators gather outside city hall on Tuesday.", "Photo courtesy of Jane Doe"),
    ("Demonstrators gather outside city hall on Tuesday. Provided by Jane Doe", "Demonstrators gather outside city hall on Tuesday.", "Provided by Jane Doe"),
    ("Demonstrators gather outside city hall on Tuesday. Illustration: Jane Doe", "Demonstrators gather outside city hall on Tuesday.", "Illustration: Jane Doe"),
    ("Demonstrators gather outside city hall on Tuesday. Jane Doe for NPR", "Demonstrators gather outside city hall on Tuesday.", "Jane Doe for NPR"),
    ("Demonstrators gather outside city hall on Tuesday. Jane Doe / SOPA Images / LightRocket via Getty Images", "Demonstrators gather outside city hall on Tuesday.", "Jane Doe / SOPA Images / LightRocket via Getty Images"),
])
def test_todays_caption_credit_forms(lines: str, text: str, credit: str) -> None:
    doc = apply(extract_captions, f"{BODY}\n\n{lines}\n\n{BODY}")
    assert [(c.text, c.credit) for c in doc.captions] == [(text, credit)]
    assert kept(doc) == [BODY, BODY]


@pytest.mark.parametrize("line", [
    "Hearst Newspapers © 2017", "Shop Local | Classifieds | © 2008 Foo Media",
    "HOME | PRIVACY | ABOUT | CONTACT | All contents © IDG 2008",
])
def test_footer_lines_with_a_copyright_sign_are_not_captions(line: str) -> None:
    assert apply(extract_captions, f"{BODY}\n\n{line}").captions == ()


@pytest.mark.parametrize("line,text,credit", [
    ("【写真】開花した桜の花＝21日午後、東京・靖国神社", "開花した桜の花＝21日午後、東京・靖国神社", None),
    ("[사진] 12일 서울 여의도 국회에서 열린 본회의", "12일 서울 여의도 국회에서 열린 본회의", None),
    ("12일 서울 여의도 국회에서 본회의가 열리고 있다. (사진=연합뉴스)",
     "12일 서울 여의도 국회에서 본회의가 열리고 있다.", "사진=연합뉴스"),
    ("北京市民在雪中出行（图／新华社）", "北京市民在雪中出行", "图／新华社"),
    ("Участники саммита в Москве (Фото: РИА Новости)", "Участники саммита в Москве", "Фото: РИА Новости"),
    # a ninth-session probe of 24 caption forms of the six languages: six more now read
    ("Участники саммита в Москве. Фото: ТАСС", "Участники саммита в Москве.", "Фото: ТАСС"),
    ("12일 국회에서 본회의가 열리고 있다. [사진=연합뉴스]", "12일 국회에서 본회의가 열리고 있다.", "사진=연합뉴스"),
    ("12일 국회에서 본회의가 열리고 있다. /연합뉴스", "12일 국회에서 본회의가 열리고 있다.", "연합뉴스"),
    ("12일 국회에서 본회의가 열리고 있다. 뉴스1", "12일 국회에서 본회의가 열리고 있다.", "뉴스1"),
    ("記者会見する首相（14日、首相官邸で）＝共同", "記者会見する首相（14日、首相官邸で）", "共同"),
    ("市民在雪中出行。（新华社记者 王晓 摄）", "市民在雪中出行。", "新华社记者 王晓 摄"),
    # a thirteenth-session probe of 28 caption forms: five more now read
    ("12일 국회에서 본회의가 열리고 있다. /사진=뉴스1", "12일 국회에서 본회의가 열리고 있다.", "사진=뉴스1"),
    ("市民在北京街头雪中出行。（图片来源：视觉中国）", "市民在北京街头雪中出行。", "图片来源：视觉中国"),
    ("市民在北京街头雪中出行。图/新华社", "市民在北京街头雪中出行。", "图/新华社"),
    ("Presiden meninjau pasar di Jakarta. Foto: Dok. Istimewa", "Presiden meninjau pasar di Jakarta.",
     "Foto: Dok. Istimewa"),
    ("Presiden meninjau pasar di Jakarta.\nKOMPAS.com/Rina Wulandari",
     "Presiden meninjau pasar di Jakarta.", "KOMPAS.com/Rina Wulandari"),
    ("Presiden meninjau pasar di Jakarta.\nANTARA FOTO/Sigid Kurniawan",
     "Presiden meninjau pasar di Jakarta.", "ANTARA FOTO/Sigid Kurniawan"),
])
def test_labelled_captions_of_other_scripts(line: str, text: str, credit: str | None) -> None:
    doc = apply(extract_captions, f"{BODY}\n\n{line}\n\n{BODY}")
    assert [(c.text, c.credit) for c in doc.captions] == [(text, credit)]
    assert kept(doc) == [BODY, BODY]


def test_a_date_line_over_a_credit_is_not_its_caption() -> None:
    doc = apply(extract_captions, f"{BODY}\n\nMarch 21, 2024 2:32 PM\nAP\n\n{BODY}")
    assert not doc.captions and rules(doc) == ["credits.orphan"]


def test_a_labelled_caption_with_its_credit_in_brackets() -> None:
    doc = apply(extract_captions, f"{BODY}\n\nBagikan\nURL telah disalin\n"
                "Foto: Pedagang beras di Pasar Induk Cipinang (Ari Saputra/detikcom)\n\n{BODY}")
    assert [(c.text, c.credit) for c in doc.captions] == [
        ("Pedagang beras di Pasar Induk Cipinang", "Ari Saputra/detikcom")]


LONG = ("The council met on Tuesday to discuss the budget for next year, and members said the "
        "plan would need more work before the vote in the spring.")


@pytest.mark.parametrize("credit,label_free", [
    ("Photo: Barkat Tareen/Getty Images", "Barkat Tareen/Getty Images"),
    ("Image: AP/REX/Shutterstock", "AP/REX/Shutterstock"),
    ("(Photo: Manchester Evening News)", "Manchester Evening News"),
])
def test_short_paragraph_over_a_photo_label_is_its_caption(credit: str, label_free: str) -> None:
    caption = "Wreckage of a vehicle hit by a drone in Balochistan, Pakistan."
    doc = apply(extract_captions, f"{LONG}\n\n{caption}\n\n{credit}\n\n{LONG}")
    assert kept(doc) == [LONG, LONG]
    assert [(c.text, c.credit) for c in doc.captions] == [(caption, label_free)]


@pytest.mark.parametrize("above", [
    # two sentences: the article's paragraph, with the photo's credit after it
    "The phone has a 13MP camera. The device is backed by a 3,120mAh battery.",
    # no sentence end: a headline printed again over the photo
    "Burger sells for $10,000 in Dubai",
    # as long as the page's paragraphs
    LONG,
    # a lead-in
    "The new rules are as follows:",
])
def test_paragraph_over_a_photo_label_stays_in_the_body(above: str) -> None:
    credit = "Photo: Jane Doe/Getty Images"
    doc = apply(extract_captions, f"{LONG}\n\n{above}\n\n{credit}\n\n{LONG}")
    assert kept(doc) == [LONG, above, LONG]
    assert [(c.text, c.credit) for c in doc.captions] == [(credit, "Jane Doe/Getty Images")]


@pytest.mark.parametrize("credit", ["Source: Reuters", "Credit: Jane Doe"])
def test_a_source_or_bare_credit_label_takes_no_paragraph(credit: str) -> None:
    caption = "Wreckage of a vehicle hit by a drone in Balochistan, Pakistan."
    doc = apply(extract_captions, f"{LONG}\n\n{caption}\n\n{credit}\n\n{LONG}")
    assert caption in kept(doc)


def test_a_labelled_credit_closing_a_caption_may_end_with_a_stop() -> None:
    line = "The rover touches the drill to the ground for the first time in months. Image: NASA."
    doc = apply(extract_captions, f"{LONG}\n\n{line}\n\n{LONG}")
    assert [(c.text, c.credit) for c in doc.captions] == [
        ("The rover touches the drill to the ground for the first time in months.", "Image: NASA")]


def test_a_credit_printed_again_by_the_caption_below_is_not_a_caption_of_the_line_above() -> None:
    above = "기획재정부는 23일 관계부처 합동으로 이 같은 내용의 추진방안을 발표했다."
    caption = "최상목 부총리가 23일 회의에서 발언하고 있다. 사진=연합뉴스"
    doc = apply(extract_captions, f"{LONG}\n\n{above}\n사진=연합뉴스\n{caption}\n\n{LONG}")
    assert kept(doc) == [LONG, above, LONG]
    assert [(c.text, c.credit) for c in doc.captions] == [
        ("최상목 부총리가 23일 회의에서 발언하고 있다.", "사진=연합뉴스")]
    assert "credits.orphan" in rules(doc)


@pytest.mark.parametrize("credit", ["Getty Images", "PA Media", "EPA"])
def test_a_caption_printed_under_its_credit(credit: str) -> None:
    """The credit on the picture, then the caption under it, set apart from the text above
    and below by blank lines (BBC)."""
    caption = "The hall hosted dances during the Second World War"
    doc = apply(extract_captions, f"{LONG}\n\n{credit}\n{caption}\n\n{LONG}")
    assert kept(doc) == [LONG, LONG]
    assert [(c.text, c.credit) for c in doc.captions] == [(caption, credit)]


@pytest.mark.parametrize("below", [
    # a slideshow's counter, and a date with its author: no prose
    "Image 3 of 15",
    "14 Mar 2017 at 16:45, Andrew Orlowski",
    # two sentences: the article's paragraph
    "The hall was built in 1904. It will reopen next month with a new kitchen.",
    # a byline
    "By Emma Clarke and John Smith",
])
def test_what_is_not_a_caption_under_a_credit(below: str) -> None:
    doc = apply(extract_captions, f"{LONG}\n\nGetty Images\n{below}\n\n{LONG}")
    assert below in kept(doc)
    assert doc.captions == ()


def test_a_line_in_a_run_under_a_credit_is_not_its_caption() -> None:
    """A credit over a run of lines (no blank line after the first): not one caption."""
    lines = "The hall hosted dances during the war\nThe hall was built in 1904 by a landowner"
    doc = apply(extract_captions, f"{LONG}\n\nGetty Images\n{lines}\n\n{LONG}")
    assert doc.captions == ()


@pytest.mark.parametrize("line,rule", [
    ("This image shows an artist's concept of the MAVEN spacecraft in orbit around Mars.",
     "credits.this_picture_shows"),
    ("This undated photo provided by the FBI shows the suspect at a gas station in Ohio.",
     "credits.this_picture_shows"),
    ("This photo, made available by SpaceX on Thursday, shows the Falcon 9 rocket lifting off.",
     "credits.this_picture_shows"),
    ("A press image of the Tesla Model 3.", "credits.picture_of"),
    ("Computer render of the first Gigafactory, in Nevada, US", "credits.picture_of"),
    # the picture named inside the wire caption's sentence
    ("Detroit Lions coordinator Mike Martz in action during a game against the Chicago Bears "
     "in this Sept. 30, 2007 file photo in Detroit. The 49ers hired Martz on Tuesday.",
     "credits.in_this_file_photo"),
    ("A man walks past the company's logo in this illustration picture taken May 2, 2017.",
     "credits.in_this_file_photo"),
    ("The crew poses for a picture in this undated handout photo released by the navy.",
     "credits.in_this_file_photo"),
    ("Protesters march through the city centre in this photo taken on Monday.",
     "credits.in_this_file_photo"),
])
def test_a_line_that_speaks_of_its_picture_is_a_caption(line: str, rule: str) -> None:
    doc = apply(extract_captions, f"{BODY}\n\n{line}\n\n{BODY}")
    assert [c.text for c in doc.captions] == [line] and rules(doc) == [rule]
    assert kept(doc) == [BODY, BODY]


@pytest.mark.parametrize("line", [
    "This photo shows how little we know about the storm, the forecaster said on Tuesday.",
    "The photo shows the suspect at a gas station, police said in a statement on Monday.",
    "A photo of the suspect was released by police on Tuesday evening.",
    "An aerial photo of the site shows the damage. Officials said repairs would take years.",
    "This image of the city is what draws tourists here, the mayor said.",
    "Everyone in this photo is now dead, she said, and nobody remembers their names.",
    "There is a lot going on in this image, and the artist meant it that way.",
    "Type the characters in this picture: *",
])
def test_prose_about_a_picture_stays_in_the_body(line: str) -> None:
    doc = apply(extract_captions, f"{BODY}\n\n{line}\n\n{BODY}")
    assert doc.captions == () and kept(doc) == [BODY, line, BODY]


def test_a_caption_printed_again_without_its_credit_is_a_repeat() -> None:
    """A caption widget prints the caption with its credit run in ("... Fla. SpaceX hide
    caption"), and the page prints it again under the photo without the credit: one caption."""
    caption = ("This photo, made available by SpaceX on Thursday, shows the company's Falcon 9 "
               "rocket launching from Cape Canaveral, Fla.")
    page = (f"{BODY}\n\nEnlarge this image\n\n{caption} SpaceX hide caption\n\n"
            f"toggle caption\nSpaceX\n\n{caption}\n\nSpaceX\n\n{BODY}")
    doc = apply(extract_captions, page)
    assert [c.text for c in doc.captions] == [f"{caption} SpaceX"]
    assert "credits.caption_repeat" in rules(doc) and caption not in kept(doc)


def test_a_later_print_that_adds_words_is_kept() -> None:
    """The repeat check drops a print cut short, not one that says more than the first."""
    short = ("This photo, made available by SpaceX on Thursday, shows the company's Falcon 9 "
             "rocket launching from Cape Canaveral, Fla.")
    longer = f"{short} SpaceX"
    doc = apply(extract_captions, f"{BODY}\n\n{short}\n\n{BODY}\n\n{longer}\n\n{BODY}")
    assert [c.text for c in doc.captions] == [short, longer]


def test_a_caption_widgets_plain_print_under_its_credit_is_a_repeat() -> None:
    """NPR's widget prints "... Tuesday. Andrew Harnik/AP hide caption", "toggle caption",
    the credit, and then the caption again as a paragraph of its own over the same credit:
    the second print leaves the body as a repeat of the first caption."""
    caption = "Mayor Tom Becker speaks at City Hall on Tuesday."
    page = (f"{BODY}\n\nEnlarge this image\n\n{caption} Andrew Harnik/AP hide caption\n\n"
            f"toggle caption\nAndrew Harnik/AP\n\n{caption}\n\nAndrew Harnik/AP\n\n{LONG}")
    doc = apply(extract_captions, page)
    assert [(c.text, c.credit) for c in doc.captions] == [(caption, "Andrew Harnik/AP")]
    assert kept(doc) == [BODY, "Enlarge this image", "toggle caption", LONG]
    assert "credits.caption_repeat" in rules(doc)


@pytest.mark.parametrize("credit", ["Andrew Harnik/AP", "Getty Images"])
def test_a_paragraph_over_another_captions_credit_is_not_a_repeat(credit: str) -> None:
    """Only a paragraph that is word for word an earlier caption with that credit goes."""
    caption = "Mayor Tom Becker speaks at City Hall on Tuesday."
    other = "The mayor spoke for an hour on Tuesday."
    page = (f"{BODY}\n\n{caption} Andrew Harnik/AP hide caption\n\ntoggle caption\n"
            f"Andrew Harnik/AP\n\n{other}\n\n{credit}\n\n{LONG}")
    doc = apply(extract_captions, page)
    assert other in kept(doc)
    assert [c.text for c in doc.captions] == [caption]


def test_a_short_paragraph_over_a_photographer_label_is_its_caption() -> None:
    caption = "The Mario Kart 8 Deluxe game on a Nintendo Switch console."
    doc = apply(extract_captions,
                f"{LONG}\n\n{caption}\n\nPhotographer: Kiyoshi Ota/Bloomberg\n\n{LONG}")
    assert kept(doc) == [LONG, LONG]
    assert [(c.text, c.credit) for c in doc.captions] == [(caption, "Kiyoshi Ota/Bloomberg")]


@pytest.mark.parametrize("credit,above", [
    ("John Raoux/Associated Press", ""),
    ("Dan Peled/European Pressphoto Agency", ""),
    ("(Richard Lam/Canadian Press)", ""),
    ("NASA / Blue Marble Project", ""),
    # the photo's button right over the credit (The New York Times)
    ("Pavel Wolberg/European Pressphoto Agency", "Enlarge This Image\n"),
])
@pytest.mark.parametrize("caption", [
    "Eagles Coach Jeff Jagodzinski hugging safety Jamie Silva, who had two interceptions.",
    "Al Gore thanking the audience Monday after his speech. His co-winner also spoke.",
])
def test_a_caption_a_blank_line_under_its_spelt_out_credit(credit: str, above: str,
                                                          caption: str) -> None:
    """A photographer and the organisation written out, over the caption with a blank line
    between: the caption, with that credit."""
    doc = apply(extract_captions, f"{LONG}\n\n{above}{credit}\n\n{caption}\n\n{LONG}")
    assert kept(doc) == [LONG] + ([above.strip()] if above else []) + [LONG]
    assert [(c.text, c.credit) for c in doc.captions] == [(caption, credit.strip("()"))]
    assert set(rules(doc)) == {"credits.photographer_over_caption"}


@pytest.mark.parametrize("line,below", [
    # a section path, not a photographer: the standfirst under it stays
    ("Local News / Crime", "The council voted on Tuesday to close the library."),
    ("UK News/Politics", "The council voted on Tuesday to close the library."),
    # a subheading with a slash: two terms or two names, no organisation
    ("Short Term/Long Term", "In the short term, prices will rise."),
    ("Manchester United/Chelsea", "Kick-off is at three in the afternoon."),
    # under it, what is no caption: a heading, three sentences, a paragraph as long as the
    # page's, a run of lines, a byline
    ("John Raoux/Associated Press", "If you care about specs"),
    ("John Raoux/Associated Press", "He ran. He fell. He got up and won the race on Sunday."),
    ("John Raoux/Associated Press", LONG),
    ("John Raoux/Associated Press", "The council voted on Tuesday.\nIt will meet again in May."),
    ("John Raoux/Associated Press", "By Emma Clarke and John Smith"),
])
def test_what_a_spelt_out_credit_does_not_take(line: str, below: str) -> None:
    doc = apply(extract_captions, f"{LONG}\n\n{line}\n\n{below}\n\n{LONG}")
    assert doc.captions == ()
    assert kept(doc) == [LONG, line, *below.split("\n"), LONG]
    assert rules(doc) == []


def test_a_spelt_out_credit_under_a_line_of_prose_takes_no_caption_below() -> None:
    """A credit right under a sentence (no blank line) belongs to that sentence's photo, if
    to any: the paragraph under it is not taken."""
    caption = "The council voted on Tuesday to close the library."
    text = f"{LONG}\n\nThe mayor spoke to reporters.\nJohn Raoux/Associated Press\n\n{caption}"
    doc = apply(extract_captions, text)
    assert caption in kept(doc)
    assert all(c.text != caption for c in doc.captions)


@pytest.mark.parametrize("line,text,credit", [
    ("Syrian raids have been targeting rebel forces near Damascus [AFP]",
     "Syrian raids have been targeting rebel forces near Damascus", "AFP"),
    ("Protesters gather in Tahrir Square in Cairo on Friday [Reuters]",
     "Protesters gather in Tahrir Square in Cairo on Friday", "Reuters"),
])
def test_an_agency_alone_in_square_brackets_closes_a_caption(line: str, text: str,
                                                            credit: str) -> None:
    """Al Jazeera's caption form: no stop, the agency in square brackets."""
    doc = apply(extract_captions, f"{BODY}\n\n{line}\n\n{BODY}")
    assert [(c.text, c.credit) for c in doc.captions] == [(text, credit)]
    assert rules(doc) == ["credits.trailing_marked"]


def test_a_long_paragraph_closing_with_an_agency_in_brackets_is_not_a_caption() -> None:
    """A paragraph of several sentences that names its source last is the article's."""
    line = " ".join([LONG] * 2) + " [AFP]"
    doc = apply(extract_captions, f"{BODY}\n\n{line}\n\n{BODY}")
    assert doc.captions == ()
    assert kept(doc) == [BODY, line, BODY]


@pytest.mark.parametrize("label", ["Media caption", "Video caption", "Image caption"])
def test_a_media_captions_label_is_a_caption_cue(label: str) -> None:
    """BBC prints a video's caption as "Media caption, ..." beside the player."""
    doc = apply(extract_captions, f"{BODY}\n\n{label}, The mayor speaks to reporters\n\n{BODY}")
    assert [(c.text, c.credit) for c in doc.captions] == [("The mayor speaks to reporters", None)]
    assert kept(doc) == [BODY, BODY]
