"""Event coding of hand-written sentences: categories, precedence, actors, dates, modes."""

import pytest

from .conftest import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish President Recep Erdogan met Russian President Vladimir Putin in Sochi on Tuesday.",
         ("CONSULT", "TURGOV", "RUSGOV")),
        ("Germany praised Greece for its reforms.", ("SUPPORT", "DEU", "GRC")),
        ("Japan sent humanitarian aid to the Philippines.", ("AID", "JPN", "PHL")),
        ("Indian police arrested 40 protesters in New Delhi.", ("COERCE", "INDCOP", "---CVL")),
        ("The European Union imposed sanctions on Belarus.", ("SANCTION", "EU", "BLR")),
        ("Syrian troops attacked rebels near Aleppo.", ("ASSAULT", "SYRMIL", "---REB")),
        ("France condemned the decision by Brazil.", ("ACCUSE", "FRA", None)),
        ("Thousands of farmers protested in Paris.", ("PROTEST", "---AGR", None)),
        ("Russia deployed troops to the border with Ukraine.", ("MOBILIZE", "RUS", None)),
        ("Iran rejected the proposal from France.", ("REJECT", "IRN", None)),
    ],
)  # fmt: skip
def test_one_event_per_category(events_of, text, expected):
    found = [coded(e) for e in events_of(text)]
    assert found, text
    kind, actor, recipient = found[0]
    assert (kind, actor) == expected[:2], found
    assert expected[2] is None or recipient == expected[2], found


def test_metonymy_codes_capitals_as_governments(events_of):
    (event,) = events_of("Washington removed Ankara from the F-35 program on Wednesday.")
    assert coded(event) == ("SANCTION", "USAGOV", "TURGOV")
    assert (event.date.value, event.date.source) == ("2019-07-17", "timex")
    assert event.trigger.text == "removed"


def test_a_request_is_not_the_sanction_it_urges(events_of):
    events = events_of("The United States urged Turkey to impose sanctions on Iran.")
    assert [coded(e) for e in events] == [("REQUEST", "USA", "TUR")]


def test_a_threat_to_cut_aid(events_of):
    (event,) = events_of("Germany threatened to cut aid to Sudan.")
    assert coded(event) == ("THREATEN", "DEU", "SDN")
    assert event.cameo == "1311"


def test_a_promised_cooperation_is_agree(events_of):
    events = events_of("Japan promised to send aid to Nepal.")
    assert [coded(e) for e in events] == [("AGREE", "JPN", "NPL")]


def test_a_future_visit_is_agree(events_of):
    (event,) = events_of("Vladimir Putin, the Russian president, will visit Ankara next month.")
    assert event.type == "AGREE" and "future" in event.aux
    assert event.date.value == "2019-08"


def test_background_event_keeps_its_old_date(events_of):
    events = events_of("Turkey and Russia signed an agreement in 2017.")
    assert {coded(e) for e in events} == {("SUPPORT", "TUR", "RUS"), ("SUPPORT", "RUS", "TUR")}
    assert all(e.date.value == "2017" and "historical" in e.aux for e in events)


def test_negated_and_reported(events_of):
    (event,) = events_of("The ministry said Israel did not attack the convoy.")
    assert event.type == "ASSAULT" and event.actor.code == "ISR"
    assert set(event.aux) >= {"negated", "reported"}


def test_passive_with_agent(events_of):
    (event,) = events_of("Two journalists were arrested by Egyptian police on Monday.")
    assert coded(event) == ("COERCE", "EGYCOP", "---JRN")
    assert event.date.value == "2019-07-15"


def test_conjoined_actors_and_quantities(events_of):
    events = events_of("Rebels killed 12 soldiers in an ambush.")
    assert coded(events[0]) == ("ASSAULT", "---REB", "---MIL")
    assert [(q.value, q.unit) for q in events[0].quantities] == [(12.0, "soldier")]


def test_light_verb_hands_coding_to_its_noun(events_of):
    (event,) = events_of("Iranian officials held talks with a delegation from Oman.")
    assert event.type == "CONSULT" and event.actor.code == "IRNGOV"
    assert event.trigger.text == "held talks"


def test_pronoun_takes_the_last_subject(events_of):
    events = events_of("Chile recalled its ambassador. It also expelled two Peruvian diplomats.")
    assert [e.type for e in events] == ["SANCTION", "SANCTION"]
    assert events[1].actor.code == "CHL"


def test_place_from_locative_else_dateline(events_of):
    (event,) = events_of("Police arrested a journalist in Lagos.", place="Abuja")
    assert (event.place.name, event.place.source) == ("Lagos", "text")
    (event,) = events_of("Police arrested a journalist.", place="Abuja")
    assert (event.place.name, event.place.country, event.place.source) == (
        "Abuja",
        "NGA",
        "dateline",
    )


def test_the_same_event_twice_in_one_article_is_kept_once(events_of):
    text = "Chile expelled two Peruvian diplomats. Chile expelled two Peruvian diplomats."
    assert len(events_of(text)) == 1


def test_no_event_in_plain_text(events_of):
    assert events_of("The weather was mild and the markets were calm.") == ()
    assert events_of("") == ()


def test_every_event_points_into_the_text(events_of):
    text = ("Turkish troops attacked Kurdish fighters on Monday. Washington condemned the "
            "attack and urged Ankara to withdraw. Ankara said it would continue.")  # fmt: skip
    events = events_of(text)
    assert events
    for event in events:
        assert text[event.trigger.span.start : event.trigger.span.end] == event.trigger.text
        assert event.sentence.start <= event.trigger.span.start < event.sentence.end
        assert 0 < event.confidence <= 1
