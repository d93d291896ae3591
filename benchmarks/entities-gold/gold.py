"""Hand-annotated entity identities for the entity benchmark (invented articles).

Each article lists its identities: canonical name, type, country (ISO3 or None) and the
mentions that refer to it, as (text, n): the n-th occurrence (0-based) of ``text``.
Only the mentions listed are scored; unlisted words are not gold mentions.
"""

ARTICLES = [
    {
        "id": "esper-turkey",
        "text": (
            "U.S. Secretary of Defense Mark Esper said on Thursday that Washington would remove "
            "Ankara from the F-35 program. Esper told reporters the Turkish side had been warned. "
            "NATO allies were briefed, and the North Atlantic Treaty Organization said talks would "
            "go on. The defense chief added that Turkey remained a partner."
        ),
        "entities": [
            (
                "Mark Esper",
                "PERSON",
                "USA",
                [("Mark Esper", 0), ("Esper", 1), ("The defense chief", 0)],
            ),
            ("United States", "GPE", "USA", [("Washington", 0)]),
            ("Turkey", "GPE", "TUR", [("Ankara", 0), ("the Turkish side", 0), ("Turkey", 0)]),
            (
                "North Atlantic Treaty Organization",
                "ORG",
                None,
                [("NATO", 0), ("North Atlantic Treaty Organization", 0)],
            ),
        ],
    },
    {
        "id": "two-kims",
        "text": (
            "South Korean Trade Minister Kim Ji-ho met Indian officials in New Delhi on Monday. "
            "Opposition lawmaker Kim Soo-min criticised the deal. Kim Ji-ho said the pact would "
            "cut tariffs, while Kim Soo-min said farmers would suffer. Seoul and New Delhi hope to "
            "sign in November."
        ),
        "entities": [
            ("Kim Ji-ho", "PERSON", "KOR", [("Kim Ji-ho", 0), ("Kim Ji-ho", 1)]),
            ("Kim Soo-min", "PERSON", "KOR", [("Kim Soo-min", 0), ("Kim Soo-min", 1)]),
            ("South Korea", "GPE", "KOR", [("South Korean", 0), ("Seoul", 0)]),
            ("India", "GPE", "IND", [("Indian", 0), ("New Delhi", 1)]),
        ],
    },
    {
        "id": "russia-fm",
        "text": (
            "Russia's foreign minister Pavel Orlov said Moscow would not accept new sanctions. "
            "Orlov spoke after talks with French Foreign Minister Claire Dumont in Paris. "
            "Dumont said France and the European Union were ready to talk. The EU has extended "
            "its measures twice. The Kremlin declined to comment."
        ),
        "entities": [
            ("Pavel Orlov", "PERSON", "RUS", [("Pavel Orlov", 0), ("Orlov", 1)]),
            ("Claire Dumont", "PERSON", "FRA", [("Claire Dumont", 0), ("Dumont", 1)]),
            ("Russia", "GPE", "RUS", [("Russia", 0), ("Moscow", 0)]),
            ("France", "GPE", "FRA", [("French", 0), ("France", 0)]),
            ("European Union", "ORG", None, [("European Union", 0), ("EU", 0)]),
        ],
    },
    {
        "id": "philippines-quake",
        "text": (
            "The Philippine government raised the quake toll to 87 on "
            "Thursday. President Maria Santos visited Sorsogon, where Filipino rescuers searched "
            "collapsed homes. Santos said Manila would rebuild. The United Nations and the Red "
            "Cross sent teams; the U.N. said aid would arrive within days."
        ),
        "entities": [
            (
                "Philippines",
                "GPE",
                "PHL",
                [("The Philippine government", 0), ("Filipino", 0), ("Manila", 0)],
            ),
            ("Maria Santos", "PERSON", "PHL", [("Maria Santos", 0), ("Santos", 1)]),
            ("United Nations", "ORG", None, [("United Nations", 0), ("U.N.", 0)]),
        ],
    },
    {
        "id": "azerbaijan-turkmenistan",
        "text": (
            "Azerbaijan rejected a protest from Turkmenistan over drilling at the Ulduz field. "
            "Baku said the field lay in its sector, while Ashgabat accused the Azerbaijani side "
            "of breaking a 2023 understanding. Azerbaijani Energy Minister Elnur Rzayev said work "
            "would continue. Rzayev added that Turkmen claims had no basis."
        ),
        "entities": [
            (
                "Azerbaijan",
                "GPE",
                "AZE",
                [("Azerbaijan", 0), ("Baku", 0), ("the Azerbaijani side", 0), ("Azerbaijani", 1)],
            ),
            ("Turkmenistan", "GPE", "TKM", [("Turkmenistan", 0), ("Ashgabat", 0), ("Turkmen", 0)]),
            ("Elnur Rzayev", "PERSON", "AZE", [("Elnur Rzayev", 0), ("Rzayev", 1)]),
        ],
    },
    {
        "id": "uk-trade",
        "text": (
            "Britain and India agreed to resume trade talks next month. British Business Secretary "
            "Tom Hale said London wanted a deal by spring. Hale met Indian Commerce Minister Ravi "
            "Menon, who said New Delhi was ready. Menon added that the United Kingdom had moved "
            "on visas."
        ),
        "entities": [
            (
                "United Kingdom",
                "GPE",
                "GBR",
                [("Britain", 0), ("British", 0), ("London", 0), ("United Kingdom", 0)],
            ),
            ("India", "GPE", "IND", [("India", 0), ("Indian", 0), ("New Delhi", 0)]),
            ("Tom Hale", "PERSON", "GBR", [("Tom Hale", 0), ("Hale", 1)]),
            ("Ravi Menon", "PERSON", "IND", [("Ravi Menon", 0), ("Menon", 1)]),
        ],
    },
]
