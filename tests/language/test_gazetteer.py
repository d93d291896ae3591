"""The gazetteer: the committed table is what the build makes; lookups ignore case, dots and "the"."""

import pytest

from dateline.language.gazetteer import (
    DATA_PATH,
    build_table,
    dump_table,
    find_names,
    lookup,
    normalize,
)


def test_committed_table_equals_a_fresh_build():
    # If this fails, run: python scripts/build_gazetteer.py
    assert DATA_PATH.read_text(encoding="utf-8") == dump_table(build_table())


@pytest.mark.parametrize(
    ("text", "code", "name", "kind"),
    [
        ("Turkey", "TUR", "Turkey", "country"),
        ("Türkiye", "TUR", "Turkey", "country"),
        ("Republic of Türkiye", "TUR", "Turkey", "country"),
        ("Ankara", "TUR", "Turkey", "capital"),
        ("Turkish", "TUR", "Turkey", "demonym"),
        ("the U.S.", "USA", "United States", "country"),
        ("U.S.", "USA", "United States", "country"),
        ("US", "USA", "United States", "country"),
        ("America", "USA", "United States", "country"),
        ("Washington", "USA", "United States", "capital"),
        ("UK", "GBR", "United Kingdom", "country"),
        ("Britain", "GBR", "United Kingdom", "country"),
        ("S. Korea", "KOR", "South Korea", "country"),
        ("South Korean", "KOR", "South Korea", "demonym"),
        ("Korean", "KOR", "South Korea", "demonym"),
        ("North Korean", "PRK", "North Korea", "demonym"),
        ("the Philippines", "PHL", "Philippines", "country"),
        ("Filipino", "PHL", "Philippines", "demonym"),
        ("Russia's", "RUS", "Russia", "country"),
        ("Russian Federation", "RUS", "Russia", "country"),
        ("Ashgabat", "TKM", "Turkmenistan", "capital"),
        ("Turkmen", "TKM", "Turkmenistan", "demonym"),
        ("Baku", "AZE", "Azerbaijan", "capital"),
        ("Azerbaijani", "AZE", "Azerbaijan", "demonym"),
        ("NATO", "NATO", "North Atlantic Treaty Organization", "igo"),
        (
            "the North Atlantic Treaty Organization",
            "NATO",
            "North Atlantic Treaty Organization",
            "igo",
        ),
        ("U.N.", "UN", "United Nations", "igo"),
        ("EU", "EU", "European Union", "igo"),
        ("Red Cross", "ICRC", "International Committee of the Red Cross", "igo"),
    ],
)
def test_lookup(text, code, name, kind):
    entry = lookup(text)
    assert entry is not None
    assert (entry.code, entry.name, entry.kind) == (code, name, kind)


def test_unknown_and_ambiguous_names_are_not_found():
    # Brussels names the EU as often as Belgium: left out on purpose.
    assert lookup("Brussels") is None
    assert lookup("Springfield") is None
    assert lookup("") is None
    assert lookup("...") is None


def test_normalize():
    assert normalize("the U.S.") == normalize("US") == "us"
    assert normalize("Côte d’Ivoire") == normalize("Cote d'Ivoire")
    assert normalize("Guinea-Bissau") == "guinea bissau"


def test_find_names_in_tokens_longest_first_and_short_keys_in_capitals_only():
    words = "He told us that South Korea , the US and the Republic of Korea met in Ankara".split()
    found = [(words[a], words[b - 1], e.code) for a, b, e in find_names(words)]
    assert found == [
        ("South", "Korea", "KOR"),
        ("US", "US", "USA"),
        ("Republic", "Korea", "KOR"),
        ("Ankara", "Ankara", "TUR"),
    ]
    assert find_names(["Us", "who", "Who"]) == []


@pytest.mark.parametrize(
    ("text", "code", "kind"),
    [
        ("Moroccan", "MAR", "demonym"),
        ("Gambian", "GMB", "demonym"),
        ("Fijians", "FJI", "demonym"),
        ("Ugandan", "UGA", "demonym"),
        ("Kyrgyz", "KGZ", "demonym"),
        ("Emiratis", "ARE", "demonym"),
        ("Bosnian Serbs", "BIH", "demonym"),
        ("South Sudanese", "SSD", "demonym"),
        ("Sudanese", "SDN", "demonym"),
        ("Congolese", "COD", "demonym"),
        ("Guinean", "GIN", "demonym"),
        ("Equatorial Guinean", "GNQ", "demonym"),
        ("Bissau-Guinean", "GNB", "demonym"),
        ("Rabat", "MAR", "capital"),
        ("Banjul", "GMB", "capital"),
        ("Bogotá", "COL", "capital"),
        ("N'Djamena", "TCD", "capital"),
        ("Port-au-Prince", "HTI", "capital"),
        ("Kinshasa", "COD", "capital"),
        ("Brazzaville", "COG", "capital"),
        ("Bosnia", "BIH", "country"),
        ("Bosnia-Herzegovina", "BIH", "country"),
        ("East Timor", "TLS", "country"),
        ("Congo", "COD", "country"),
        ("Republic of Congo", "COG", "country"),
        ("Chad", "TCD", "country"),
        ("Djibouti", "DJI", "country"),
    ],
)
def test_demonyms_capitals_and_wire_names(text, code, kind):
    entry = lookup(text)
    assert entry is not None
    assert (entry.code, entry.kind) == (code, kind)


@pytest.mark.parametrize(
    "text",
    [
        *("Dominican", "Central African", "Malay", "Georgians", "Pole", "Poles", "Finn", "Dane"),
        *("Victoria", "Kingston", "Georgetown", "Santiago", "San Jose", "Male", "Sofia"),
    ],
)
def test_ambiguous_demonyms_and_capitals_are_left_out(text):
    assert lookup(text) is None


def test_find_names_prefers_the_longer_demonym():
    words = "Bosnian Serbs , Equatorial Guinean and Guinean troops reached the North Pole".split()
    found = [(" ".join(words[a:b]), e.code) for a, b, e in find_names(words)]
    assert found == [("Bosnian Serbs", "BIH"), ("Equatorial Guinean", "GNQ"), ("Guinean", "GIN")]
