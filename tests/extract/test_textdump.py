"""Plain-text dumps of scraped pages: title, header, dateline, body, footer."""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dateline.extract.textdump import read_text_dump

FIXTURES = Path(__file__).parent.parent / "fixtures" / "extract" / "text"


def _kinds(body):
    return [(b.kind, b.position) for b in body.boilerplate]


def test_full_layout():
    title, body = read_text_dump((FIXTURES / "wire-dump.txt").read_text(encoding="utf-8"))
    assert title == "Coastal states agree to share gas-field survey data"
    assert body.dateline is not None
    assert (body.dateline.place, body.dateline.date_text, body.dateline.agency) == (
        "Manila",
        "Dec. 1",
        "Xinhua",
    )
    assert body.paragraphs[0].startswith("Ministers from the two coastal states")
    assert body.paragraphs[-1].startswith("Officials said a technical committee")
    assert len(body.paragraphs) == 4
    assert body.headers[0].credit == "Xinhua" and body.headers[0].date.value == "XXXX-12-02"
    assert _kinds(body) == [
        ("navigation", "before"),
        ("header", "before"),
        ("share", "inside"),
        ("related", "after"),
        ("related", "after"),
        ("related", "after"),
        ("disclaimer", "after"),
        ("copyright", "after"),
        ("navigation", "after"),
    ]


def test_headless_twin():
    raw = (FIXTURES / "headless-dump.txt").read_bytes().decode("utf-8")
    title, body = read_text_dump(raw)
    assert title is None
    assert body.dateline is not None and body.dateline.agency == "AP"
    assert body.paragraphs == (
        "The Senate voted 61-39 on Thursday to extend the tariff pause.",
        "The vote came after weeks of talks.",
    )
    assert [b.kind for b in body.boilerplate] == ["navigation", "header"]


def test_masthead_above_navigation_is_not_the_title():
    raw = (
        "Evening Courier - Your trusted source\n\n"
        "Home | World | Politics | Markets | Sport | Search | Sign in\n\n"
        "Court delays ruling on port lease\n\n"
        "The court said on Monday it would rule next month.\n\n"
        "Share this article: Facebook Twitter LinkedIn Email Print\n"
    )
    title, body = read_text_dump(raw)
    assert title == "Court delays ruling on port lease"
    assert body.paragraphs == ("The court said on Monday it would rule next month.",)
    assert _kinds(body) == [
        ("header", "before"),
        ("navigation", "before"),
        ("share", "after"),
    ]


def test_a_story_sentence_is_not_taken_for_a_title():
    raw = "Home | World | Politics | Sport\nThe court said on Monday it would rule next month.\nIt gave no reason."
    title, body = read_text_dump(raw)
    assert title is None
    assert body.paragraphs[0] == "The court said on Monday it would rule next month."


def test_title_given_by_container_is_not_taken_from_text():
    title, body = read_text_dump("Officials met on Monday.\nThey agreed.", title_in_text=False)
    assert title is None
    assert body.paragraphs == ("Officials met on Monday.", "They agreed.")


def test_nothing_is_lost():
    raw = (FIXTURES / "wire-dump.txt").read_text(encoding="utf-8")
    title, body = read_text_dump(raw)
    kept = [title, *body.paragraphs, *(b.text for b in body.boilerplate)]
    words_in = set(raw.split())
    words_out = set(" ".join(kept).split()) | set(body.dateline.raw.split())
    assert words_in == words_out


@given(st.text(max_size=400))
def test_never_raises(text):
    title, body = read_text_dump(text)
    assert title is None or title.strip()
    assert all(p.strip() for p in body.paragraphs)


@given(
    st.lists(
        st.from_regex(r"[A-Z][a-z]{2,8}( [a-z]{2,8}){3,12}\.", fullmatch=True),
        min_size=1,
        max_size=6,
    )
)
def test_stripping_is_idempotent(paragraphs):
    _, body = read_text_dump("A title line\n" + "\n".join(paragraphs))
    _, again = read_text_dump("A title line\n" + "\n".join(body.paragraphs))
    assert again.paragraphs == body.paragraphs
