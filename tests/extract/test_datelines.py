"""Datelines in the house styles of the agencies, and lines that only look like one."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.extract.datelines import find_dateline, normalize_place


@pytest.mark.parametrize(
    ("paragraph", "place", "date_text", "agency", "rest"),
    [
        (
            "WASHINGTON, Dec. 5 (Xinhua) -- U.S. officials said",
            "Washington",
            "Dec. 5",
            "Xinhua",
            "U.S.",
        ),
        ("LONDON (Reuters) - Shares fell on Monday", "London", None, "Reuters", "Shares"),
        ("BEIJING, March 3 (AP) — The ministry said", "Beijing", "March 3", "AP", "The"),
        ("PARIS — The French government", "Paris", None, None, "The"),
        ("NEW DELHI, Nov 9 (PTI) The cabinet met", "New Delhi", "Nov 9", "PTI", "The"),
        ("GENEVA, Oct. 14 (dpa) -- Talks resumed", "Geneva", "Oct. 14", "dpa", "Talks"),
        ("SAN FRANCISCO, Calif. — A judge ruled", "San Francisco, Calif.", None, None, "A"),
        (
            "DAR ES SALAAM, Tanzania, Jan. 4 (AP) — Rain",
            "Dar es Salaam, Tanzania",
            "Jan. 4",
            "AP",
            "Rain",
        ),
        ("Beijing, Dec. 5 (Xinhua) -- China said", "Beijing", "Dec. 5", "Xinhua", "China"),
        ("ANKARA, Nov. 2 (Reuters/AFP) - Turkey", "Ankara", "Nov. 2", "Reuters/AFP", "Turkey"),
        ("SEOUL, Nov. 20 (Yonhap News Agency) -- A", "Seoul", "Nov. 20", "Yonhap", "A"),
    ],
)
def test_agency_styles(paragraph, place, date_text, agency, rest):
    found = find_dateline(paragraph)
    assert found is not None
    dateline, start = found
    assert (dateline.place, dateline.date_text, dateline.agency) == (place, date_text, agency)
    assert paragraph[start:].startswith(rest)
    assert paragraph.startswith(dateline.raw)


def test_agency_only_dateline_needs_a_known_agency():
    found = find_dateline("(CNN) A storm hit the coast.")
    assert found is not None
    assert found[0].agency == "CNN" and found[0].place is None
    assert find_dateline("(Photo) A storm hit the coast.") is None


def test_unknown_credit_is_kept_as_written():
    found = find_dateline("TIRANA, Dec. 2 (Balkan Wire Service) -- Talks")
    assert found is not None
    assert found[0].agency == "Balkan Wire Service"


@pytest.mark.parametrize(
    "paragraph",
    [
        "The President (who was there) said -- nothing.",
        "NATO officials said on Monday that talks would go on.",
        "U.N. officials said -- no",
        "Washington (the capital) - a city",
        "WASHINGTON, Dec. 5 (Xinhua) --",
        "",
    ],
)
def test_sentences_that_are_not_datelines(paragraph):
    assert find_dateline(paragraph) is None


def test_normalize_place():
    assert normalize_place("WASHINGTON") == "Washington"
    assert normalize_place("PORT-AU-PRINCE") == "Port-au-Prince"
    assert normalize_place("U.S. VIRGIN ISLANDS") == "U.S. Virgin Islands"
    assert normalize_place("Beijing") == "Beijing"


@given(st.text(max_size=300))
def test_never_raises_and_prefix_is_raw(text):
    found = find_dateline(text)
    if found is not None:
        dateline, start = found
        assert text.startswith(dateline.raw)
        assert 0 < start <= len(text)
