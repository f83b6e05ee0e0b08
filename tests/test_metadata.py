from __future__ import annotations

import datetime as dt

import pytest

from newsclean import clean
from newsclean.cleaners.metadata import split_site_suffix

BODY = "The council met on Tuesday to discuss the budget for next year, officials said."


@pytest.mark.parametrize("title,headline,site", [
    ("Search for coach expands - Los Angeles Times", "Search for coach expands", "Los Angeles Times"),
    ("Kong: Skull Island concept art gallery | SyfyWire", "Kong: Skull Island concept art gallery", "SyfyWire"),
    ("BBC News - Floods hit the north of England", "Floods hit the north of England", "BBC News"),
    ("Lakers win - again", "Lakers win - again", None),
    ("政府推迟上调居民电价至年底_新闻中心_华光网", "政府推迟上调居民电价至年底", "华光网"),
    ("read_me_first notes", "read_me_first notes", None),
    ("Do US businesses want Vista at last? - IT Pro - Business and Technology News at silicon.com",
     "Do US businesses want Vista at last?", "Business and Technology News at silicon.com"),
    ("Bridge approved after a decade of debate - The Planet Business Journal:",
     "Bridge approved after a decade of debate", "The Planet Business Journal"),
    ("A headline with no site at all", "A headline with no site at all", None),
    ("中国经济稳中向好-新华网", "中国经济稳中向好", "新华网"),
    ("Правительство утвердило бюджет - РИА Новости, 14.03.2024", "Правительство утвердило бюджет",
     "РИА Новости"),
    ("Governo anuncia novo programa | Economia | G1", "Governo anuncia novo programa", "G1"),
    ("Harga BBM naik mulai hari ini - Kompas.com", "Harga BBM naik mulai hari ini", "Kompas.com"),
    ("정부, 새 경제대책 발표 : 네이트 뉴스", "정부, 새 경제대책 발표", "네이트 뉴스"),
    ("Well-known author dies - The Times", "Well-known author dies", "The Times"),
    # a colon closing the site's segment before the separator is not part of its name
    ("Star-Telegram.com: | Niners hire Martz to turn offense around",
     "Niners hire Martz to turn offense around", "Star-Telegram.com"),
    # after a bar a site's name may be in lower case; after a dash, lower case is the headline's
    ("In defence of cheap chicken | spiked", "In defence of cheap chicken", "spiked"),
    ("Why the vote matters | the verge", "Why the vote matters", "the verge"),
    ("Markets fall again - and again", "Markets fall again - and again", None),
    ("Markets fall again | and again and again today",
     "Markets fall again | and again and again today", None),
])
def test_split_site_suffix(title: str, headline: str, site: str | None) -> None:
    assert split_site_suffix(title) == (headline, site)


@pytest.mark.parametrize("layout", [
    "{title} - The Planet\n\nHome\nNews\n\n{title}\n\n{body}",
    "NextImg:{title}\n\n{body}",
    "{title}\n\n{body}",
    # section and site segments make the pipes of a menu; the headline is still the title
    "{title} | World | The Planet\n\nHome\nNews\n\n{body}",
    "{title} | Sports | Cricket | The Planet\n\n{body}",
])
def test_title_found(layout: str) -> None:
    art = clean(layout.format(title="Bridge approved after decade of debate", body=BODY))
    assert art.title == "Bridge approved after decade of debate"
    assert art.paragraphs == [BODY]


@pytest.mark.parametrize("menu", ["Home | News | Sports | Weather", "Advertisement",
                                  "HOME RSS FEEDS SEARCH CONTACT"])
def test_menu_on_top_is_not_the_title(menu: str) -> None:
    art = clean(f"{menu}\n\n{BODY}\n\n{BODY}")
    assert art.title is None


@pytest.mark.parametrize("line,byline", [
    ("By Chris Foster, Los Angeles Times Staff Writer", "Chris Foster, Los Angeles Times Staff Writer"),
    ("By JANE DOE and JOHN ROE", "JANE DOE and JOHN ROE"),
    ("Por María López", "María López"),
    # the place or outlet after the name is not the name; a list of names is kept whole
    ("Por Maria Silva, de Brasília", "Maria Silva"), ("By Jane Doe — Washington", "Jane Doe"),
    ("By Smith, Jones and Lee", "Smith, Jones and Lee"),
    # the time or date of posting after the name
    ("Posted by Jane Doe at 10:32 AM", "Jane Doe"),
    ("By Jon Greenberg on Saturday, March 25th, 2017 at 12:30 p.m.", "Jon Greenberg"),
    ("Oleh Budi Santoso", "Budi Santoso"),
    ("Reportagem de Ana Souza", "Ana Souza"), ("记者 王小明", "王小明"),
    ("By Jane Doe • March 3, 2024", "Jane Doe"),
    ("By Jane Doe Updated 10:00 AM EST, Sun March 3, 2024", "Jane Doe"),
    ("Jane Doe | Reuters", "Jane Doe | Reuters"), ("Jane Doe, Associated Press", "Jane Doe, Associated Press"),
    # tenth session: a probe of 49 byline and date lines under a headline; ten stayed in the
    # body, three of them now are bylines (bare names, a name by a date, and a name and a
    # title-case role with a space alone between, "Jane Doe Reporter", are left alone: on the
    # dev pages that shape was a menu's "Letters To The Editor" and a show's name)
    ("Author: Jane Doe", "Jane Doe"), ("文/王晓", "王晓"),
    ("Jane Doe, Staff Writer", "Jane Doe, Staff Writer"),
    ("John Roe | Contributing Writer", "John Roe | Contributing Writer"),
    # a date, an address or nothing after a bar; "Last Updated" after the name
    ("By: Camille M. Carlisle | March 30, 2017", "Camille M. Carlisle"),
    ("By Daniel Mano | dmano@bayareanewsgroup.com |", "Daniel Mano"),
    ("By Associated Press, WITN staff |", "Associated Press, WITN staff"),
    ("By: Ryan McNeill Last Updated: 1/14/08 11:15 AM ET", "Ryan McNeill"),
])
def test_byline(line: str, byline: str) -> None:
    art = clean(f"Bridge approved after decade of debate\n\n{line}\n\n{BODY}")
    assert art.byline == byline and art.paragraphs == [BODY]


@pytest.mark.parametrize("line", ["By Tuesday the talks had collapsed, and the mayor left the city hall.",
                                  "By the end of the year, prices had doubled in most of the markets."])
def test_by_sentences_are_body(line: str) -> None:
    art = clean(f"Bridge approved after decade of debate\n\n{line}\n\n{BODY}")
    assert art.byline is None and line in art.paragraphs


@pytest.mark.parametrize("date_line,iso", [
    ("22 Feb 2023", "2023-02-22"), ("February 22, 2023", "2023-02-22"),
    ("Updated 10:42 AM, March 5, 2024", "2024-03-05"), ("2023-02-22T10:00:00Z", "2023-02-22"),
    ("22 de febrero de 2023", "2023-02-22"), ("22. Februar 2023", "2023-02-22"),
    ("2023年2月22日", "2023-02-22"), ("22 февраля 2023", "2023-02-22"),
    ("22/02/2023 09h00 Atualizado há 2 horas", "2023-02-22"),
    # a portal's date-and-source line, when the page has no date line of its own
    ("2023年02月22日 08:30 新京报", "2023-02-22"), ("2023-02-22 08:30:00 来源：新京报", "2023-02-22"),
    ("22.02.2023 10:30 Reuters", "2023-02-22"),
    # day and month in figures in the American order, where no month can come second; dashes
    ("03/29/2017", "2017-03-29"), ("12-30-2007, 02h53", "2007-12-30"), ("22-02-2023", "2023-02-22"),
    # a date that reads either way is read day first
    ("03/04/2017", "2017-04-03"),
    # an ordinal day with a comma after it, a time before it
    ("15:43 - 13th, Jan 2008", "2008-01-13"),
    # a label glued to the time after it
    ("Updated12:19, 24 OCT 2017", "2017-10-24"),
])
def test_published(date_line: str, iso: str) -> None:
    art = clean(f"Bridge approved after decade of debate\n\n{date_line}\n\n{BODY}")
    assert str(art.published) == iso and art.paragraphs == [BODY]


@pytest.mark.parametrize("line", ["12/30-2007", "30-12/2007", "30.12/2007"])
def test_figures_with_two_different_separators_are_no_date(line: str) -> None:
    from newsclean._dates import find_date

    assert find_date(line) is None


@pytest.mark.parametrize("line", ["With Post wires", "Reporting by Jane Doe; Editing by John Roe",
                                  "Additional reporting by Jane Doe in London",
                                  # a sentence, but the wire's closing credit
                                  "Associated Press writer Christopher Weber contributed from Los Angeles.",
                                  "AP writers Jill Colvin and Zeke Miller in Washington contributed to this report.",
                                  "Source: Al Jazeera and news agencies",
                                  "Contributing: Jane Doe, USA TODAY",
                                  # an outlet's reporter, with no role word
                                  "CNN’s Jane Doe contributed to this report.",
                                  "Jane Doe and John Roe contributed reporting.",
                                  # where the reporter was, or for whom
                                  "Nike Ching at the State Department contributed to this report.",
                                  "Jane Doe in Ramallah, West Bank, contributed reporting.",
                                  "Some information for this report was provided by AFP and AP.",
                                  "Reporting was contributed by Maher Samaan from Paris; Hwaida "
                                  "Saad from Beirut.", "Staff and agencies",
                                  "This news article provided by World Entertainment News "
                                  "Network"])
def test_attribution(line: str) -> None:
    art = clean(f"Bridge approved after decade of debate\n\n{BODY}\n\n{BODY}\n\n{line}")
    assert art.attribution == line and art.paragraphs == [BODY, BODY]


FOOTER = ("JANE DOE\nDoe covers city hall for The Daily Planet.\ntwitter\nMore News\n"
          "Storm brings heavy snow to the Rockies\n"
          "The Daily Planet is an independent news organization founded in 1938 and owned by "
          "its readers, with a newsroom in Metropolis.\nAbout\nContact Us\nPrivacy Policy")


def test_attribution_past_the_bios_and_the_site_blurb() -> None:
    """The closing credit is found under a footer that holds sentences of its own (an author
    bio, the site's "about" blurb, each alone among links), and a short last paragraph
    between the story and the credit stays the story's."""
    last = "The cause of the fire was under investigation."
    credit = "Associated Press writer John Roe contributed from Los Angeles."
    art = clean(f"Bridge approved after decade of debate\n{BODY}\n{BODY}\nADVERTISEMENT\n{last}\n"
                f"___\n{credit}\n{FOOTER}")
    assert art.attribution == credit
    # (the blurb itself is the content model's to judge: on a page this short it has too
    # little company to be told from the story; tests/test_today_pages.py has a whole page)
    assert art.paragraphs[:3] == [BODY, BODY, last]
    assert "Doe covers city hall for The Daily Planet." not in art.paragraphs


def test_no_credit_above_the_story_end() -> None:
    """A line shaped like a credit above the story's last paragraphs is the story's text: the
    search for the credit stops at the last sentence that has a sentence beside it."""
    line = "Reporting by the Planet found the bridge had been inspected twice in ten years."
    art = clean(f"Bridge approved after decade of debate\n\n{BODY}\n\n{line}\n\n{BODY}\n\n"
                f"{BODY}\n\n{FOOTER}")
    assert art.attribution is None and line in art.paragraphs


@pytest.mark.parametrize("body, line, value", [
    ("O governo anunciou nesta terça-feira um novo pacote de medidas para conter a alta dos "
     "preços dos alimentos, segundo o ministério.", "*Com informações da Agência Brasil",
     "Com informações da Agência Brasil"),
    ("El gobierno anunció este martes un nuevo paquete de medidas para contener la subida de "
     "los precios, según el ministerio.", "(Con información de agencias)",
     "Con información de agencias"),
    ("Правительство во вторник объявило о новом пакете мер по сдерживанию роста цен на "
     "продукты питания, сообщили в министерстве.", "По материалам ТАСС", "По материалам ТАСС"),
    ("Pemerintah mengumumkan paket kebijakan baru pada hari Selasa untuk menahan kenaikan "
     "harga pangan, kata kementerian tersebut.", "(ant/red)", "ant/red"),
    ("政府は火曜日、食料品価格の上昇を抑えるための新たな経済対策を発表した。物価高に苦しむ家計を支援するのが狙いだ。",
     "（共同）", "共同"),
    (BODY, "— Associated Press", "Associated Press"),
    ("O governo anunciou nesta terça-feira um novo pacote de medidas para conter a alta dos "
     "preços dos alimentos, segundo o ministério.", "Colaborou Maria Souza", "Colaborou Maria Souza"),
])
def test_closing_credit_of_other_languages(body: str, line: str, value: str) -> None:
    art = clean(f"Headline of the day\n\n{body}\n\n{body}\n\n{line}\n\nHome\nNews\nContact")
    assert art.attribution == value and art.paragraphs == [body, body]


@pytest.mark.parametrize("line", [
    "Local writers from the region contributed essays to the anthology, which sold well.",
    "Two reporters who covered the trial contributed to the fund, the paper said.",
])
def test_sentences_about_contributions_stay(line: str) -> None:
    art = clean(f"Bridge approved after decade of debate\n\n{BODY}\n\n{BODY}\n\n{line}")
    assert art.attribution is None and art.paragraphs[-1] == line


@pytest.mark.parametrize(("first", "dateline", "rest"), [
    ("MOSCOW (AP) — Russian officials said on Monday that the talks would go on.",
     "MOSCOW (AP)", "Russian officials said on Monday that the talks would go on."),
    ("MONTGOMERY, Ala. (AP) - The governor resigned on Monday after a long scandal.",
     "MONTGOMERY, Ala. (AP)", "The governor resigned on Monday after a long scandal."),
    ("BEIRUT, Lebanon — Fighting spread to the outskirts of the capital on Sunday.",
     "BEIRUT, Lebanon", "Fighting spread to the outskirts of the capital on Sunday."),
])
def test_dateline_leaves_the_first_paragraph(first: str, dateline: str, rest: str) -> None:
    second = "Officials said more talks were planned for next week in the capital city."
    article = clean(f"Talks go on\n\n{first}\n\n{second}\n\n{second} Again.")
    assert article.dateline == dateline
    assert article.paragraphs[0] == rest
    [removal] = [r for r in article.removals if r.rule == "dateline.prefix"]
    assert removal.part and removal.target == "dateline"


@pytest.mark.parametrize("later", [
    "UPDATE — The story has been changed to add a comment from the mayor on Monday.",
    "NASA said on Monday — in a brief statement — that the launch was delayed again.",
])
def test_no_dateline_without_one(later: str) -> None:
    first = "Officials said more talks were planned for next week in the capital city."
    article = clean(f"Talks go on\n\n{later}\n\n{first}\n\nPARIS — The talks in the city went on.")
    assert article.dateline is None
    assert later in article.paragraphs


PARAGRAPHS = (
    "Toyota will unveil a concept pickup truck at the Detroit auto show next week, the "
    "carmaker said on Monday, as it tries to win buyers in the largest truck market.\n\n"
    "The concept truck is built on the frame of the Tundra and was designed in California, "
    "according to the company, which gave no date for production."
)


@pytest.mark.parametrize(("page_title", "expected"), [
    # a slogan or the site's name: the headline is the line over the first paragraph
    ("Please support local business!", "Toyota to unveil concept truck at show"),
    ("The Daily Gazette News Service", "Toyota to unveil concept truck at show"),
    # a slogan that shares a word with the story ("show"), under a headline that shares
    # four: the headline explains the story, the slogan does not
    ("Support the local show!", "Toyota to unveil concept truck at show"),
    # a page title about the story in other words than the headline printed over it: the
    # printed one (the page title is a search engine's variant of it)
    ("Toyota concept pickup for Detroit", "Toyota to unveil concept truck at show"),
    # a page title about the story with no headline printed over it stays the title
    ("Toyota unveils concept pickup truck for Detroit", "Toyota unveils concept pickup truck for Detroit"),
])
def test_title_over_the_first_paragraph(page_title: str, expected: str) -> None:
    printed = "" if expected == page_title else "Toyota to unveil concept truck at show\n"
    page = f"{page_title}\nHome\nNews\nSports\n\n{printed}By Jane Roe\n\n{PARAGRAPHS}"
    assert clean(page).title == expected


def test_html_title_over_the_first_paragraph() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS.split("\n\n"))
    html = ("<html><head><title>The Daily Gazette News Service</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<h2>Toyota to unveil concept truck at show</h2><p>By Jane Roe</p>{body}</body></html>")
    assert clean(html).title == "Toyota to unveil concept truck at show"


@pytest.mark.parametrize("head", [
    # no page title: a section's name heads the page, over the story's headline
    "",
    # a page title that is a section's name (and a domain): no headline
    "<title>wjz.com - Local Sports Wire</title>",
])
def test_html_headline_is_the_heading_about_the_story(head: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS.split("\n\n"))
    html = (f"<html><head>{head}</head><body><h2>Local Sports Wire</h2>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<h1>Toyota to unveil concept truck at show</h1><p>By Jane Roe</p>{body}</body></html>")
    assert clean(html).title == "Toyota to unveil concept truck at show"


def test_html_first_heading_is_the_title_when_none_is_about_the_story() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS.split("\n\n"))
    html = f"<html><body><h2>Weekend reading</h2><h3>More stories</h3>{body}</body></html>"
    assert clean(html).title == "Weekend reading"


@pytest.mark.parametrize(("printed_at", "title"), [
    # the <title> is printed over the story: the headline, not the og:title's teaser
    ("top", "Toyota to unveil concept truck at show"),
    # printed only as a teaser in a list under the story: the og:title stays
    ("bottom", "Toyota has a truck for you"),
])
def test_html_title_element_printed_over_the_story_wins_over_a_teaser_og_title(
        printed_at: str, title: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS.split("\n\n"))
    # seven short lines between the headline and the story: too far up for the steps that
    # read the lines over the first paragraph
    heading = ("<h1>Toyota to unveil concept truck at show</h1>"
               + "".join(f"<p>{w}</p>" for w in "Alpha Beta Gamma Delta Epsilon Zeta Eta".split()))
    html = ('<html><head><meta property="og:title" content="Toyota has a truck for you">'
            "<title>Toyota to unveil concept truck at show | The Daily Gazette</title></head><body>"
            + (heading if printed_at == "top" else "") + f"<p>By Jane Roe</p>{body}"
            + ("<h3>More stories</h3>" + heading if printed_at == "bottom" else "")
            + "</body></html>")
    assert clean(html).title == title


def test_html_title_of_a_broken_element_is_not_the_title() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS.split("\n\n"))
    # seven short lines under the headline: too far up for the steps that read the lines
    # over the first paragraph
    lines = "".join(f"<p>{w}</p>" for w in "Alpha Beta Gamma Delta Epsilon Zeta Eta".split())
    html = ('<html><head><title>Motoring - Inttps://example.com/search.xml" /></title></head>'
            f"<body><h1>Toyota to unveil concept truck at show</h1>{lines}{body}</body></html>")
    assert clean(html).title == "Toyota to unveil concept truck at show"


def test_a_teaser_cut_short_is_not_the_headline_printed_again() -> None:
    from newsclean._readers import read
    from newsclean.cleaners.metadata import _find_repeat

    doc = read("Top\nToyota to unveil concept truck at…\nToyota to unveil a concept truck at show\n")
    found = _find_repeat(doc.blocks, "Toyota to unveil concept truck at show")
    assert found is not None and found.text == "Toyota to unveil a concept truck at show"


def test_byline_label_list_in_step_with_the_rule() -> None:
    from newsclean._rules import load
    from newsclean.cleaners.metadata import _clean_byline

    examples = load("metadata").get("byline.by_name").rule.examples
    assert [ex for ex in examples if _clean_byline(ex) == ex] == []


@pytest.mark.parametrize("top", ["= 11) document.write('", "Home\nNews\nSport", "|"])
def test_headline_found_under_chrome_on_top(top: str) -> None:
    """A page that starts with a menu or a script's text, not its title: the headline is the
    line over the first paragraph."""
    page = (f"{top}\n\nBridge vote delayed after council recount\n\nBy Jane Doe\n\n"
            "The council vote on the new bridge was delayed on Tuesday after a recount of the "
            "ballots cast by members, officials said.\n\n"
            "The recount found two ballots that had not been counted, the council clerk said.")
    assert clean(page).title == "Bridge vote delayed after council recount"


def test_headline_found_over_a_long_run_of_share_and_date_lines() -> None:
    """Share buttons, a reading time, the byline and dates between the headline and the first
    paragraph do not count towards the six lines looked at over it."""
    page = ("Skip to main content\nHome\nNews\n\nBridge vote delayed after council recount\n\n"
            "By Jane Doe\nMarch 3, 2024\nUpdated 3 hours ago\n5 min read\n\n"
            "Share on Facebook\nShare on Twitter\nEmail\nPrint\n\n"
            "The council vote on the new bridge was delayed on Tuesday after a recount of the "
            "ballots cast by members, officials said.\n\n"
            "The recount found two ballots that had not been counted, the council clerk said.")
    assert clean(page).title == "Bridge vote delayed after council recount"


@pytest.mark.parametrize("line", ["By Jane Doe • March 3, 2024",
                                  "By Jane Doe Updated 10:00 AM EST, Sun March 3, 2024"])
def test_date_on_the_byline_line_is_the_published_date(line: str) -> None:
    art = clean(f"Bridge approved after decade of debate\n\n{line}\n\n{BODY}")
    assert art.published == dt.date(2024, 3, 3) and art.byline == "Jane Doe"


def test_a_date_line_of_its_own_wins_over_the_byline_line() -> None:
    art = clean(f"Bridge approved after decade of debate\n\nMarch 1, 2024\n\n"
                f"By Jane Doe • March 3, 2024\n\n{BODY}")
    assert art.published == dt.date(2024, 3, 1)


@pytest.mark.parametrize(("page_title", "headline"), [
    # a headline may open with a digit or a quote
    ("Brandon Sun Online", "11 Palestinians killed in Gaza violence"),
    ("Brandon Sun Online", "'Shrek the Musical' sings its way to Broadway"),
    # it shares inflected words with its story ("defends": "defended", "critics": "criticism")
    ("Brandon Sun Online", "Sarkozy defends himself against rights critics"),
    # a domain in the page title is the site's, though the dateline names its agency
    ("News | World - Reuters.com", "Sarkozy defends himself against rights critics"),
])
def test_headline_forms_over_the_first_paragraph(page_title: str, headline: str) -> None:
    story = ("PARIS, Jan 8 (Reuters) - French President Nicolas Sarkozy defended on Tuesday his "
             "record in the face of criticism from campaigners, after 11 Palestinians were killed "
             "in violence in Gaza and 'Shrek the Musical' set a date on Broadway this fall.\n\n"
             "The president said he would not change course, and that the talks would go on "
             "through the spring as planned, according to officials in Paris.")
    page = f"{page_title}\nHome\nNews\nSports\n\n{headline}\nBy Jane Roe\n\n{story}"
    assert clean(page).title == headline


@pytest.mark.parametrize(("page_title", "title", "source"), [
    # a suffix as long as the headline: the page prints the headline again, by itself
    ("Local biotech researcher dies - Kansas City Business Journal",
     "Local biotech researcher dies", "Kansas City Business Journal"),
    # the other side is no site's name (a date, then a domain): no source from it
    ("Local biotech researcher dies - 15 Jan 2008 - kcbj", "Local biotech researcher dies", None),
])
def test_page_title_split_where_the_page_repeats_the_headline(
        page_title: str, title: str, source: str | None) -> None:
    page = (f"{page_title}\nHome\nNews\n\nLocal biotech researcher dies\nBy Jane Roe\n\n"
            "Kansas City researcher John Doe, who led a biotech startup for a decade, died on "
            "Monday at the age of 58, his family said in a statement.\n\n"
            "He founded the company in 1998 and led it through two rounds of funding.")
    article = clean(page)
    assert (article.title, article.source) == (title, source)
    assert "Local biotech researcher dies" not in article.paragraphs


def test_page_title_not_split_when_no_side_is_repeated() -> None:
    page = ("Obama wins Iowa - and what it means for Clinton\nHome\nNews\n\n"
            "Obama won the Iowa caucuses on Thursday night, a result that changes the race for "
            "the Democratic nomination, party officials said.\n\n"
            "Clinton finished third and will now turn to New Hampshire, her aides said.")
    assert clean(page).title == "Obama wins Iowa - and what it means for Clinton"


_STORY = ("Labour and the Conservatives began talks on Monday over the Olympic budget, and the "
          "city council said Bradford could lose 15 million pounds if the plan goes ahead.\n\n"
          "The council will meet again next week to decide on the budget, officials said.")


@pytest.mark.parametrize(("page_title", "title"), [
    # no separator the shape rules know: the line the title starts or ends with
    ("Bradford could lose 15m on Olympics (from Bradford Telegraph and Argus)",
     "Bradford could lose 15m on Olympics"),
    ("Bradford could lose 15m on Olympics-News-Entertainment-The Argus",
     "Bradford could lose 15m on Olympics"),
    ("ARGUS.co.uk > News > Bradford could lose 15m on Olympics",
     "Bradford could lose 15m on Olympics"),
])
def test_page_title_starting_or_ending_with_the_headline(page_title: str, title: str) -> None:
    page = f"{page_title}\nHome\nNews\n\n{title}\nBy Jane Roe\n\n{_STORY}"
    assert clean(page).title == title


def test_headline_repeat_found_under_a_long_portal_menu() -> None:
    """A 2008 portal prints a hundred menu and link lines between its page title and the
    story; the headline printed again over the story still splits the page title."""
    menu = "\n".join(f"Section {i}" for i in range(110))
    # as many words on each side: the shape of the segments does not tell the site
    page = (f"Bradford Evening Telegraph Argus - Olympics cost Bradford millions\n{menu}\n\n"
            f"Olympics cost Bradford millions\nBy Jane Roe\n\n{_STORY}")
    article = clean(page)
    assert (article.title, article.source) == ("Olympics cost Bradford millions",
                                               "Bradford Evening Telegraph Argus")
    assert "Olympics cost Bradford millions" not in article.paragraphs


def test_a_near_repeat_up_top_wins_over_an_exact_one_far_below() -> None:
    menu = "\n".join(f"Section {i}" for i in range(110))
    page = ("Bradford could lose 15m on Olympics - The Argus\nHome\n\n"
            "Bradford could lose 15m on the Olympics\nBy Jane Roe\n\n"
            f"{_STORY}\n{menu}\n\nBradford could lose 15m on Olympics")
    assert clean(page).title == "Bradford could lose 15m on the Olympics"


def test_a_colon_closing_the_printed_headline_is_not_part_of_the_title() -> None:
    page = ("Bradford could lose 15m on Olympics | The Argus\nHome\n\n"
            f"Bradford could lose 15m on Olympics:\nBy Jane Roe\n\n{_STORY}")
    assert clean(page).title == "Bradford could lose 15m on Olympics"


@pytest.mark.parametrize(("between", "headline"), [
    # right over the paragraph, one content word in common with it ("hockey"; "O'Ree" is
    # no content word: its parts are short)
    ("", "Hockey finally returns the love to O'Ree"),
    # a date and byline between the headline and the paragraph: no word in common needed
    ("Saturday, December 29 2007, 15:03 GMT\nBy Jane Roe\n", "Corrie couple sure of their future"),
    # a standfirst (a sentence) and a date between them: the same
    ("The league's first black player is honoured at last.\nMonday 14 Jan 2008 - 09:24\n",
     "Fans cheer as rink returns the love to O'Ree"),
])
def test_headline_right_over_the_first_paragraph(between: str, headline: str) -> None:
    story = ("Friday will mark 50 years to the day that a black kid from Fredericton donned a "
             "Boston Bruins hockey uniform and became the first black player in the league, officials "
             "said this week in a statement to the press.\n\n"
             "He played in 45 games over two seasons, and later worked for the league.")
    page = f"wjz.com - Local Sports Wire\nSearch\nA+\nLocal Sports Wire\n\n{headline}\n{between}\n{story}"
    assert clean(page).title == headline


def test_a_menu_line_right_over_the_first_paragraph_is_not_the_headline() -> None:
    """A menu flattened into one line names its site twice; with one word in common with the
    story it is no headline."""
    page = ("Bitcoin tops $6,000 for the first time | Bloomberg\n"
            "Bloomberg the Company Bloomberg Anywhere Login Terminal Demo Request\n\n"
            "Bloomberg connects decision makers to a dynamic network of information, people "
            "and ideas, delivering business and financial news around the world.\n\n"
            "The company has offices in more than one hundred countries.")
    assert clean(page).title == "Bitcoin tops $6,000 for the first time"


_TRIBUTE = ("Jane Roe started her adult life as a lawyer who worked on zoning issues for "
            "developers, and later founded the film festival that made her name in Toronto.\n\n"
            "No one who met Jane Roe was left unmoved, her friends said on Monday.")


def test_headline_printed_again_among_the_segments_after_the_site() -> None:
    """Segments are left after the site's: the one the page prints again is the headline (a
    short one, which the steps over the first paragraph do not take)."""
    page = ("CANOE -- JAM! Movies - Artists - Roe, Jane: Remembering Jane Roe\nHome\n"
            f"Movies\nRemembering Jane Roe\nBy John Doe\n\n{_TRIBUTE}")
    article = clean(page)
    assert (article.title, article.source) == ("Remembering Jane Roe", "CANOE")


def test_a_breadcrumb_printed_again_is_not_the_headline() -> None:
    """The page prints both a breadcrumb and the headline again, and both share a word with
    the story ("Toronto", "Jane"): the side that is no run of segments is the headline."""
    from newsclean._readers import read
    from newsclean.cleaners.metadata import _split_by_repeat

    doc = read(f"Top\nMovies - Toronto & District\nRemembering Jane Roe\n\n{_TRIBUTE}")
    found = _split_by_repeat("Movies / Toronto & District : Remembering Jane Roe", doc.blocks[1:])
    assert found is not None and found[0] == "Remembering Jane Roe"


@pytest.mark.parametrize(("page_title", "printed"), [
    # the page title lost the apostrophe the printed headline has
    ("Bradfords Olympics (from The Argus)", "Bradford's Olympics"),
])
def test_headline_repeat_found_apostrophes_aside(page_title: str, printed: str) -> None:
    menu = "\n".join(f"Section {i}" for i in range(30))
    page = f"{page_title}\n{menu}\n\n{printed}\nBy Jane Roe\n\n{_STORY}"
    assert clean(page).title == printed


def test_headline_repeat_with_possessives_matches_as_written() -> None:
    """Taken out, the apostrophes would make "Mayor" and "Mayor’s" two words, and the
    near repeat no longer near."""
    from newsclean._readers import read
    from newsclean.cleaners.metadata import _find_repeat

    printed = "The Bradford’s Biggest Loss Since Mayor’s Election"
    doc = read(f"Top\n{printed}\n")
    found = _find_repeat(doc.blocks, "Bradford's Biggest Loss Since Mayor Election")
    assert found is not None and found.text == printed


def test_a_broken_meta_element_on_top_is_not_the_title() -> None:
    page = ('to keep Bradford in the games after the vote." />\nHome\nSport\n\n'
            f"Bradford could lose 15m on Olympics\nBy Jane Roe\n\n{_STORY}")
    assert clean(page).title == "Bradford could lose 15m on Olympics"


def test_a_site_name_the_title_ends_with_is_not_the_headline() -> None:
    page = ("The Argus News Update Service\nNews Update Service\nHome\n\n"
            "Bradford could lose 15m on Olympics\n\n" + _STORY)
    assert clean(page).title == "Bradford could lose 15m on Olympics"


def test_html_page_title_split_where_the_page_repeats_the_headline() -> None:
    body = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    html = ("<html><head><title>Bradford could lose 15m on Olympics-News-The Argus</title></head>"
            "<body><nav><a href='/'>Home</a></nav><div class='headline'>Bradford could lose 15m on "
            f"Olympics</div>{body}</body></html>")
    article = clean(html)
    assert article.title == "Bradford could lose 15m on Olympics"
    assert not any(p.startswith("Bradford could lose") for p in article.paragraphs)


_TESLA = ("Elon Musk said on Tuesday that Teslas will use artificial intelligence to learn where "
          "their owners want to go, so that the car can plan a route before it is asked.\n\n"
          "Musk made the remarks at a conference in Dubai, where he also spoke about tunnels.")


@pytest.mark.parametrize(("page_title", "printed", "title"), [
    # the page prints its headline in other words than the page title's: the printed one
    ("Teslas with AI know where to drive before you ask",
     "Elon Musk suggests Teslas will use AI to know where you want to go",
     "Elon Musk suggests Teslas will use AI to know where you want to go"),
    # the page title is the printed headline and a site's suffix
    ("Elon Musk suggests Teslas will use AI to know where you want to go | Tech news",
     "Elon Musk suggests Teslas will use AI to know where you want to go",
     "Elon Musk suggests Teslas will use AI to know where you want to go"),
    # a video's title in a list over the story (a running time at its end) is no headline
    ("Teslas with AI know where to drive before you ask",
     "Elon Musk on Teslas and AI in Dubai 1:54",
     "Teslas with AI know where to drive before you ask"),
])
def test_headline_printed_in_other_words_than_the_page_title(
        page_title: str, printed: str, title: str) -> None:
    page = f"{page_title}\nHome\nTech\n\n{printed}\nBy Jane Roe\n\n{_TESLA}"
    assert clean(page).title == title


def test_html_headline_printed_in_other_words_than_the_page_title() -> None:
    body = "".join(f"<p>{p}</p>" for p in _TESLA.split("\n\n"))
    html = ("<html><head><title>Teslas with AI know where to drive before you ask</title></head>"
            "<body><nav><a href='/'>Home</a></nav><h1>Elon Musk suggests Teslas will use AI to "
            f"know where you want to go</h1><p>By Jane Roe</p>{body}</body></html>")
    assert clean(html).title == "Elon Musk suggests Teslas will use AI to know where you want to go"


@pytest.mark.parametrize(("page_title", "printed", "source", "story"), [
    # a full-width colon with no space is no separator of the shape rules; the page repeats
    # the headline, and the title starts with it
    ("北京迎来今冬首场降雪：新华网", "北京迎来今冬首场降雪", None,
     "北京市气象台12日发布消息，受冷空气影响，北京迎来今冬首场降雪，全市大部分地区出现小雪，部分地区中雪。"
     "市民出行请注意安全。\n\n气象部门提醒，降雪将持续到13日上午，道路湿滑，请减速慢行。"),
    # a date after the site's name is not counted as words of it, nor kept in the source
    ("Правительство утвердило новый бюджет - РИА Новости, 14.03.2024",
     "Правительство утвердило новый бюджет", "РИА Новости",
     "Правительство России утвердило новый бюджет на следующий год, сообщил в четверг "
     "премьер-министр на заседании кабинета министров в Москве.\n\nДокумент будет направлен в "
     "Государственную думу до конца месяца."),
    # a subtitle after an ideographic space (a Japanese newspaper's page title): the page
    # prints the headline without it
    ("政府、新たな経済対策を発表\u3000物価高に対応 - 日本経済新聞", "政府、新たな経済対策を発表", "日本経済新聞",
     "政府は火曜日、食料品価格の上昇を抑えるための新たな経済対策を発表した。物価高に苦しむ家計を"
     "支援するのが狙いだ。\n\n対策の規模は約10兆円で、年内に補正予算を編成する。"),
])
def test_page_titles_of_other_scripts(page_title: str, printed: str, source: str | None,
                                      story: str) -> None:
    article = clean(f"{page_title}\n\n{printed}\n2024-03-14 10:00\n\n{story}")
    assert (article.title, article.source) == (printed, source)
    assert printed not in article.paragraphs


def test_the_source_after_the_byline_name_is_not_the_name() -> None:
    page = ("g1\nMenu\n\nInflação desacelera em fevereiro, diz IBGE\nPor Maria Silva, g1\n\n"
            "A inflação oficial do país desacelerou em fevereiro e ficou em 0,83%, informou nesta "
            "terça-feira o Instituto Brasileiro de Geografia e Estatística.\n\n"
            "No acumulado em 12 meses, o índice ficou em 4,50%, segundo o instituto.")
    article = clean(page)
    assert (article.source, article.byline) == ("g1", "Maria Silva")


def test_a_tag_the_page_title_opens_with_is_not_the_headline() -> None:
    page = ("‘Kong: Skull Island’ Raises Its Box Office Opening To $60M\nHome\nMovies\n\n"
            "Kong: Skull Island\nBy Jane Roe\n\n"
            "Kong: Skull Island raised its opening weekend box office to $60 million on Sunday, "
            "the studio said, ahead of the estimates made by analysts on Friday.\n\n"
            "The film opened in 3,846 theaters across the country and in 65 markets abroad.")
    assert clean(page).title == "‘Kong: Skull Island’ Raises Its Box Office Opening To $60M"


def test_the_provider_in_brackets_after_the_headline_is_not_the_headline() -> None:
    story = ("岸田文雄首相は14日の衆院予算委員会で、防衛費増額の財源確保に向けた増税について「現時点で考えていない」"
             "と述べ、否定した。\n\n首相は「歳出改革などで財源を確保する」と説明した。")
    page = f"首相、増税を否定 衆院予算委（共同通信） - Yahoo!ニュース\nトップ\n\n首相、増税を否定 衆院予算委\n\n{story}"
    article = clean(page)
    assert (article.title, article.source) == ("首相、増税を否定 衆院予算委", "Yahoo!ニュース")


@pytest.mark.parametrize("page_title", [
    "ข่าวการเมือง: นายกฯ ยืนยันไม่ขึ้นภาษี ² - ไทยรัฐ",  # marks the two word patterns read apart
    "Café́ owners protest new rules: City² Hall - Le Monde",
])
def test_page_titles_with_combining_marks_do_not_break_the_title_step(page_title: str) -> None:
    body = ("นายกรัฐมนตรียืนยันว่ารัฐบาลจะไม่ขึ้นภาษีในปีนี้ และจะใช้การปฏิรูปรายจ่ายแทน ตามที่แถลงต่อสภาเมื่อวันพฤหัสบดี "
            "Café owners protested the new rules at City Hall on Tuesday, the mayor said in a statement.")
    page = f"{page_title}\n\nนายกฯ ยืนยันไม่ขึ้นภาษี\nCafé owners protest new rules\n\n{body}\n\n{body}"
    assert clean(page).paragraphs


def test_the_title_junction_counts_words_as_the_key_does() -> None:
    from newsclean.cleaners.metadata import _junction, _key

    title = "x\u0301y\u0301z\u0301w: News"  # combining marks: stdlib re and regex read \w apart
    n = _key("x\u0301y\u0301z\u0301w").count(" ") + 1
    assert _junction(title, n, after=True)
    assert not _junction(title, 99, after=True)


def test_the_chinese_wire_dateline_leaves_the_first_paragraph() -> None:
    first = "新华社北京5月23日电 国务院总理主持召开国务院常务会议，部署进一步做好稳就业工作，强调要把稳就业摆在更加突出的位置。"
    second = "会议指出，当前就业形势总体稳定，但结构性矛盾依然突出，要加大对重点群体的帮扶力度。"
    article = clean(f"国务院常务会议部署稳就业举措\n\n{first}\n\n{second}\n\n{second}")
    assert article.dateline == "新华社北京5月23日电"
    assert article.paragraphs[0].startswith("国务院总理主持召开")
    assert [r.rule for r in article.removals if r.target == "dateline"] == ["dateline.wire_zh"]


@pytest.mark.parametrize(("line", "value"), [
    # a page's visible date and its time (or its machine-readable copy) in adjacent elements,
    # joined by the text dump with no space
    ("February 18, 20255:00 AM ET", dt.date(2025, 2, 18)),
    ("Published On 12 Apr 202512 Apr 2025", dt.date(2025, 4, 12)),
])
def test_a_date_glued_to_its_time_or_its_copy(line: str, value: dt.date) -> None:
    from newsclean._dates import find_date, is_date_line

    assert is_date_line(line) and find_date(line) == value.isoformat()
    art = clean(f"Bridge approved after decade of debate\n\n{line}\n\n{BODY}")
    assert art.published == value and line not in art.paragraphs


@pytest.mark.parametrize("line", ["In March 3, 20251 cases were counted", "In 2024 12 people died"])
def test_a_year_followed_by_a_number_is_no_glued_date(line: str) -> None:
    from newsclean._dates import is_date_line

    assert not is_date_line(line)


@pytest.mark.parametrize("label", ["By", "Written by", "Oleh", "Por:"])
def test_a_byline_label_on_its_own_line_over_the_name(label: str) -> None:
    art = clean(f"Bridge approved after decade of debate\n\n{label}\nGreg Allen\n\n{BODY}")
    assert art.byline == "Greg Allen"
    assert [r.rule for r in art.removals if r.target == "byline"] == ["byline.label_line"]
    assert art.paragraphs == [BODY]


def test_a_label_alone_over_a_sentence_is_no_byline() -> None:
    art = clean(f"Bridge approved after decade of debate\n\nBy\nThe end of the week, they said.\n\n{BODY}")
    assert art.byline is None


STORY = ("Florida's citrus growers have been fighting a bacterial disease for almost 20 years. "
         "Now scientists are turning to a wasp smaller than a grain of sand.\n\n"
         "The disease, known as citrus greening, is spread by an insect called the Asian citrus "
         "psyllid, and it has cut the state's orange harvest by more than 90%.")


def test_a_headline_printed_twice_far_over_the_first_paragraph() -> None:
    """An audio player's title repeats the headline over the first paragraph (the player's
    buttons and a photo's caption between them leave the page first); both prints are the
    title, the one on top with it."""
    headline = "A tiny wasp could help save Florida's citrus groves"
    page = ("Accessibility links\nSkip to main content\nHome\nNews\nScience\n"
            f"{headline}\nFebruary 18, 2025\nBy\nGreg Allen\n{headline}\nListen · 3:54\n"
            "3:54\nToggle more options\nDownload\nEmbed\nTranscript\n\n"
            "Researchers release parasitic wasps in a grove near Lake Wales, Fla.\n"
            "Greg Allen/NPR\nhide caption\ntoggle caption\nGreg Allen/NPR\n\n" + STORY)
    art = clean(page)
    assert art.title == headline and art.source is None
    assert [r.rule for r in art.removals if r.target == "title"] == ["title.over_body"] * 2
    assert art.published == dt.date(2025, 2, 18) and art.byline == "Greg Allen"



def test_a_site_name_on_top_printed_again_in_the_footer_is_not_the_headline() -> None:
    """A two-word first line is a short headline when the page prints it again over the story,
    and the site's name when it is printed again among the footer's links."""
    headline = "Small-town bakery wins national award for sourdough"
    page = ("Fox News\nU.S.\nPolitics\nWorld\nOpinion\nPublished March 5, 2025 7:12am EST\n"
            f"{headline}\nOwners credit a starter passed down through four generations\n"
            "By Mike Reynolds\n\n"
            "A family-owned bakery in rural Ohio has won a national award for its sourdough "
            "bread, beating more than 400 entries from across the country.\n\n"
            "The owners of the bakery said the secret of the sourdough is a starter that has "
            "been kept alive since 1935.\n\nRelated Topics\nFood + Drink\nFox News\nFox Business")
    art = clean(page)
    assert art.title == headline and art.source == "Fox News"


@pytest.mark.parametrize("line", ["Reuters - December 30, 2007", "2024年03月12日 08:30 新京报",
                                  "22.02.2023 10:30 Reuters"])
def test_a_date_and_source_line_in_the_body_leaves(line: str) -> None:
    """A date with its source's name and no more, wherever it stands, is the page's: the
    publication date's line when it is the first date on the page, else a date line."""
    art = clean(f"Bridge approved after decade of debate\n\n{BODY}\n\n{line}\n\n{BODY} Again.")
    assert art.paragraphs == [BODY, f"{BODY} Again."]
    assert any(r.rule in {"date.line", "published.date_line"} and r.text == line
               for r in art.removals)
    # a second print of it further down is a date line
    art = clean(f"Bridge approved\n\n{line}\n\n{BODY}\n\n{line}\n\n{BODY} Again.")
    assert art.paragraphs == [BODY, f"{BODY} Again."]
    assert [r.rule for r in art.removals if r.text == line] == ["published.date_line", "date.line"]


@pytest.mark.parametrize("line", ["Reuters - December 30, 2007 was the day the deal closed.",
                                  "Reuters reported on December 30, 2007 that the deal had closed."])
def test_a_sentence_with_a_source_and_a_date_stays(line: str) -> None:
    art = clean(f"Bridge approved after decade of debate\n\n{BODY}\n\n{line}\n\n{BODY} Again.")
    assert line in art.paragraphs


# A page as a headless browser's document.body.innerText gives it: no page title on top, a
# hundred lines of menus (past the top window the title steps read), then the story.
_TOWNS = ["Ashford", "Bexley", "Carlton", "Dunmore", "Elmwood", "Fairview", "Glenside",
          "Hartley", "Ivybridge", "Jarrow"]
_LONG_MENU = "\n".join(f"{town} {section}" for town in _TOWNS for section in (
    "news", "schools", "traffic", "weather", "sport", "events", "property", "jobs", "notices"))
_BRIDGE_STORY = "\n\n".join([
    "The city council approved the new river bridge on Tuesday after a decade of debate over "
    "its cost, officials said.",
    "Work on the bridge will begin in the spring and take two years, the council's engineers "
    "said in a report published with the vote.",
    "Residents who opposed the bridge said the money should go to road repairs instead, and "
    "some of them promised to keep up the fight."])
_BRIDGE_HEADLINE = "Council approves river bridge after decade of debate"


@pytest.mark.parametrize("top,source", [
    ("", None),
    # a site's name alone on top, printed nowhere else: the source, not the headline
    ("Daily Planet\n\n", "Daily Planet"),
    ("Contra Costa Times\n\n", None),
    ("Welcome to the Daily Planet. Skip to content\n\n", None),
])
def test_the_headline_over_an_article_below_long_menus(top: str, source: str | None) -> None:
    from .test_properties import assert_every_line_accounted_once

    page = (f"{top}{_LONG_MENU}\n\n{_BRIDGE_HEADLINE}\n\nBy Jane Roe\nMarch 12, 2024\n\n"
            f"{_BRIDGE_STORY}\n\nAbout us\nContact\nPrivacy policy")
    art = clean(page)
    assert art.title == _BRIDGE_HEADLINE and art.source == source
    assert [r.rule for r in art.removals if r.target == "title"] == ["title.over_article"]
    assert art.paragraphs == _BRIDGE_STORY.split("\n\n")
    assert_every_line_accounted_once(page, art)


def test_a_page_title_on_top_of_long_menus_stays_the_title() -> None:
    """A first line that the story echoes is the page title, however far down the story is."""
    page = (f"Council approves river bridge | Daily Planet\n\n{_LONG_MENU}\n\n{_BRIDGE_HEADLINE}"
            f"\n\n{_BRIDGE_STORY}")
    art = clean(page)
    assert (art.title, art.source) == ("Council approves river bridge", "Daily Planet")


def test_a_page_with_no_headline_over_its_article_keeps_its_first_line_as_title() -> None:
    """Nothing over the article reads like its headline: the first line, left for the late
    step, is the title as before (a headline the story does not echo)."""
    page = f"Slammer for Rammer\n\n{_LONG_MENU}\n\n{_BRIDGE_STORY}"
    art = clean(page)
    assert art.title == "Slammer for Rammer"
    assert [(r.cleaner, r.rule) for r in art.removals if r.target == "title"] == [
        ("extract_title_over_article", "title.first_line")]


@pytest.mark.parametrize("line,field,value,cleaner", [
    ("March 12, 2024", "published", "2024-03-12", "extract_published_over_article"),
    ("Published: Thursday, January 17, 2008", "published", "2008-01-17",
     "extract_published_over_article"),
    ("PUBLISHED: March 21, 2017 at 9:41 pm | UPDATED: March 21, 2017 at 10:02 pm", "published",
     "2017-03-21", "extract_published_over_article"),
    ("By Jane Roe", "byline", "Jane Roe", "extract_byline_over_article"),
    ("By: Camille M. Carlisle | March 30, 2017", "byline", "Camille M. Carlisle",
     "extract_byline_over_article"),
])
def test_the_date_and_byline_over_an_article_below_long_menus(line: str, field: str,
                                                              value: str, cleaner: str) -> None:
    from .test_properties import assert_every_line_accounted_once

    page = (f"{_LONG_MENU}\n\n{_BRIDGE_HEADLINE}\n\n{line}\n\n{_BRIDGE_STORY}\n\n"
            "About us\nContact")
    art = clean(page).model_dump(mode="json")
    assert art[field] == value
    assert [r["cleaner"] for r in art["removals"] if r["target"] == field] == [cleaner]
    assert_every_line_accounted_once(page, clean(page))


def test_a_by_line_far_over_the_article_is_no_byline() -> None:
    """Thirty lines of links between a "By ..." line and the story: not the story's byline."""
    links = "\n".join(f"{town} council news in brief" for town in _TOWNS * 3)
    page = f"{_LONG_MENU}\n\nBy Jane Roe\n\n{links}\n\n{_BRIDGE_STORY}"
    assert clean(page).byline is None


def test_a_page_title_run_together_with_the_menus_under_it_stays_the_title() -> None:
    """Text with no blank lines: the content decision takes the page title out with the menu
    under it, as one run; it is still the page title when the story echoes it."""
    page = (f"Council approves river bridge | Daily Planet\n{_LONG_MENU}\n{_BRIDGE_HEADLINE}\n"
            + _BRIDGE_STORY.replace("\n\n", "\n"))
    art = clean(page)
    assert (art.title, art.source) == ("Council approves river bridge", "Daily Planet")


@pytest.mark.parametrize("top", ["\n\n\n", "   \n\n"])
def test_a_page_title_under_blank_lines_stays_the_title(top: str) -> None:
    """get_text() opens with the blank lines of the page's head: the first line that is not
    blank is the page title."""
    page = (f"{top}Council approves river bridge | Daily Planet\n\n{_LONG_MENU}\n\n"
            f"{_BRIDGE_HEADLINE}\n\n{_BRIDGE_STORY}")
    art = clean(page)
    assert (art.title, art.source) == ("Council approves river bridge", "Daily Planet")


def test_a_page_title_over_a_page_with_no_story_stays_the_title() -> None:
    page = f"Council approves river bridge | Daily Planet\n\n{_LONG_MENU}"
    art = clean(page)
    assert (art.title, art.paragraphs) == ("Council approves river bridge", [])


@pytest.mark.parametrize("first", [
    # a header's date, a welcome and a skip link, a site's name sharing a word with the story
    "Tuesday, March 12, 2024 Daily Planet",
    "Welcome to the Daily Planet. Skip to: Search Box Section Navigation",
    "The Bridgeport Herald",
])
def test_a_first_line_that_is_no_page_title_gives_way_to_the_headline(first: str) -> None:
    page = f"{first}\n\n{_LONG_MENU}\n\n{_BRIDGE_HEADLINE}\n\n{_BRIDGE_STORY}"
    assert clean(page).title == _BRIDGE_HEADLINE
