"""The anchor date: story and copy dates, year inference, conflicts, unresolved."""

from hypothesis import given
from hypothesis import strategies as st

from dateline.model import Article, Boilerplate, DateFound, Dateline
from dateline.temporal.anchor import find_anchor

DEC5 = Dateline(
    place="Washington", date_text="Dec. 5", agency="Xinhua", raw="WASHINGTON, Dec. 5 (Xinhua) --"
)
COPYRIGHT = Boilerplate(
    text="Copyright © 2009-2020 Example Daily.", kind="copyright", position="after"
)


def _article(text, *dates, boilerplate=(), dateline=DEC5):
    return Article(text=text, dateline=dateline, dates_found=tuple(dates), boilerplate=boilerplate)


def _d(value, role, signal, text=None):
    return DateFound(value=value, text=text or value, role=role, signal=signal)


def test_dateline_and_copy_agree():
    anchor = find_anchor(_article(
        "Officials said Thursday that talks would go on.",
        _d("2019-12-06", "reprint", "header"), _d("2019-12-05", "dateline", "dateline", "Dec. 5"),
    ))  # fmt: skip
    assert (anchor.value, anchor.story, anchor.copy, anchor.granularity) == (
        "2019-12-05",
        "2019-12-05",
        "2019-12-06",
        "day",
    )
    assert anchor.confidence >= 0.9 and anchor.conflicts == ()
    assert {e.signal for e in anchor.evidence} == {"header", "dateline"}


def test_late_reprint_keeps_the_story_day_and_says_so():
    anchor = find_anchor(_article(
        "Officials met.", _d("2020-01-10", "published", "meta"),
        _d("2019-12-05", "dateline", "dateline", "Dec. 5"),
    ))  # fmt: skip
    assert (anchor.value, anchor.copy) == ("2019-12-05", "2020-01-10")
    assert "later reprint" in anchor.conflicts[0]


def test_year_from_weekday_and_bounds():
    text = "The minister said Thursday the deal signed in 2017 still stands.\nMore."
    anchor = find_anchor(_article(text, _d("XXXX-12-05", "dateline", "dateline", "Dec. 5"),
                                  boilerplate=(COPYRIGHT,)))  # fmt: skip
    assert (anchor.value, anchor.story, anchor.copy) == ("2019-12-05", "2019-12-05", None)
    assert anchor.confidence == 0.7
    weekday = next(e for e in anchor.evidence if e.signal == "weekday")
    assert text[weekday.span.start : weekday.span.end] == "Thursday"
    assert next(e for e in anchor.evidence if e.signal == "copyright").value == "2020"


def test_several_years_fit_and_the_earliest_is_taken():
    text = "The minister said Thursday the deal signed in 2017 still stands."
    anchor = find_anchor(_article(text, _d("XXXX-12-05", "dateline", "dateline", "Dec. 5")))
    assert anchor.value == "2019-12-05"  # 2024 fits too
    assert anchor.confidence < 0.5 and "2024" in anchor.conflicts[0]


def test_under_a_copyright_bound_the_latest_fitting_year_is_taken():
    text = "The ministry said Thursday it would send aid."
    anchor = find_anchor(_article(text, _d("XXXX-11-13", "dateline", "dateline"),
                                  boilerplate=(COPYRIGHT,)))  # fmt: skip
    assert anchor.value == "2014-11-13"  # the only Thursday Nov. 13 in 2008-2020
    later = Boilerplate(text="© 2009-2025 Silk Road Daily", kind="copyright", position="after")
    anchor = find_anchor(
        _article(text, _d("XXXX-11-13", "dateline", "dateline"), boilerplate=(later,))
    )
    assert anchor.value == "2025-11-13" and "latest" in anchor.conflicts[0]


def test_forward_years_are_no_lower_bound():
    text = "The minister said Thursday the plant will close by 2030, as decided in 2017."
    anchor = find_anchor(_article(text, _d("XXXX-12-05", "dateline", "dateline", "Dec. 5"),
                                  boilerplate=(COPYRIGHT,)))  # fmt: skip
    assert anchor.value == "2019-12-05"


def test_copyright_year_only():
    anchor = find_anchor(_article("Officials met.", boilerplate=(COPYRIGHT,), dateline=None))
    assert (anchor.value, anchor.granularity, anchor.confidence) == ("2020", "year", 0.3)


def test_nothing_is_unresolved():
    anchor = find_anchor(_article("Officials met on Thursday.", dateline=None))
    assert (anchor.value, anchor.granularity, anchor.confidence) == ("unresolved", "none", 0.0)
    no_year = find_anchor(_article("Officials met.", _d("XXXX-12-05", "dateline", "dateline")))
    assert no_year.value == "unresolved" and no_year.story == "XXXX-12-05"


def test_crawl_date_alone_is_weak():
    anchor = find_anchor(_article("Officials met.", _d("2021-03-04T10:00:00+00:00", "crawled", "warc"),
                                  dateline=None))  # fmt: skip
    assert (anchor.value, anchor.copy, anchor.confidence) == ("2021-03-04", "2021-03-04", 0.6)


def test_lede_weekday_disagreement_is_noted():
    anchor = find_anchor(_article(
        "Officials said Monday that talks would go on.",
        _d("2019-12-06", "reprint", "header"), _d("2019-12-05", "dateline", "dateline"),
    ))  # fmt: skip
    assert anchor.conflicts == ("the lede says Monday but 2019-12-05 is a Thursday",)


days = st.dates(
    min_value=__import__("datetime").date(1996, 1, 1),
    max_value=__import__("datetime").date(2030, 12, 31),
)


@given(st.text(max_size=300), days, st.integers(1, 12), st.integers(1, 28))
def test_never_after_the_copy_and_spans_point_into_text(text, copy, month, day):
    article = _article(text, _d(copy.isoformat(), "published", "meta"),
                       _d(f"XXXX-{month:02d}-{day:02d}", "dateline", "dateline"))  # fmt: skip
    anchor = find_anchor(article)
    assert anchor.value <= copy.isoformat()
    for e in anchor.evidence:
        if e.span is not None:
            assert text[e.span.start : e.span.end] == e.text


@given(st.text(max_size=300))
def test_no_exception_on_arbitrary_text(text):
    find_anchor(_article(text, _d("XXXX-02-29", "dateline", "dateline"), boilerplate=(COPYRIGHT,)))
