"""Which lines are site furniture, and which are story sentences that mention it."""

import pytest

from dateline.extract.boilerplate import classify_boilerplate, match_boilerplate


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Copyright © 2009-2025 Example Daily. All rights reserved.", "copyright"),
        ("© 2025 Harbor Times", "copyright"),
        (
            "Disclaimer: This article is reprinted from other media for the purpose of "
            "conveying more information. It does not represent the views of this site.",
            "disclaimer",
        ),
        ("Contact Us  SiteMap  About Us", "navigation"),
        ("Home | World | China | Business", "navigation"),
        ("News | Marseille | Provence | Côte d'Azur | Property | What's On", "navigation"),
        ("Share: Facebook Twitter WeChat", "share"),
        ("Follow us on Twitter", "share"),
        ("Follow Deccan Wire Today on Google News and WhatsApp for the latest updates.", "share"),
        ("(END)", "other"),
        ("Related Stories", "related"),
        ("Read more: Talks stall over gas field", "related"),
        ("[Editor: Zhang Wei]", "header"),
        ("Editor: Li Na", "header"),
        ("Tech | Opinion | Health | Science | News | Travel | Search | Sign in", "navigation"),
        (
            " | ".join(["World", "Local News", "Sport", "Markets", "Video", "Weather"] * 3),
            "navigation",
        ),
        ("Share this article: Facebook Twitter LinkedIn Email Print", "share"),
        ("Click here to subscribe to our newsletter. Follow us on Facebook and Twitter.", "share"),
    ],
)
def test_furniture_lines(line, kind):
    assert match_boilerplate(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Twitter said on Monday it would suspend the account of the ministry.",
        "The minister told reporters that the share of imports had fallen.",
        "Protesters marched to the copyright office, where police made arrests on Friday "
        "and then marched on to the square in front of the parliament building.",
        '"We will not give in," she said.',
        "The talks will resume next week in Geneva, officials said.",
        "Following the talks, officials said the ministry would post updates on Twitter.",
        "Share prices fell: Facebook, Twitter and LinkedIn lost more than 4 percent on the day.",
        "Ministers from Chad, Niger, Mali and Sudan met | talks went on | no deal was reached "
        "after what one delegate called the longest day of a long and bitter negotiation.",
    ],
)
def test_story_sentences_are_kept(line):
    assert match_boilerplate(line) is None


def test_classify_falls_back_to_other():
    assert classify_boilerplate("Lorem ipsum dolor sit amet, some widget text.") == "other"
    assert classify_boilerplate("All rights reserved. © Example") == "copyright"
