"""The hand-written part of the gazetteer: names news uses, capitals, demonyms and IGOs.

`scripts/build_gazetteer.py` merges this table with the country names of pycountry
into ``gazetteer.json``; edit this file, then run the script. Where a surface form
appears twice, the later table wins, in this order: pycountry names, `NAMES`,
`SHORT_FORMS`, `CAPITALS`, `DEMONYMS`, `IGOS`.

Decisions:

- Canonical names are the short names wire copy uses ("Turkey", not pycountry's
  "Türkiye"; "Russia", not "Russian Federation"); the official names stay as aliases.
- A capital stands for its government ("Ankara said" is Turkey). "Brussels" is left
  out: in news it names the EU institutions about as often as Belgium's government,
  and merging it with either would be wrong half the time; it stays a plain place.
- "Korean" is South Korea, as in most copy; "North Korean" is spelled out when meant.
- "Red Cross" is the ICRC, the body that acts in conflicts; national societies that
  spaCy names in full ("the Philippine Red Cross") stay their own organisations.
"""

from __future__ import annotations

# Canonical names that differ from pycountry's common or short name.
NAMES: dict[str, str] = {
    "TUR": "Turkey", "USA": "United States", "GBR": "United Kingdom", "RUS": "Russia",
    "BRN": "Brunei", "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo",
    "CIV": "Ivory Coast", "CPV": "Cape Verde", "CZE": "Czech Republic", "FSM": "Micronesia",
    "PSE": "Palestine", "VAT": "Vatican", "NLD": "Netherlands", "MKD": "North Macedonia",
    "VIR": "U.S. Virgin Islands", "VGB": "British Virgin Islands",
}  # fmt: skip

# Short forms and other names, beside the names pycountry gives.
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "USA": ("US", "U.S.", "U.S.A.", "USA", "America", "United States of America"),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "KOR": ("S. Korea", "South Korea", "Republic of Korea", "ROK"),
    "PRK": ("N. Korea", "North Korea", "DPRK"),
    "RUS": ("Russia",),
    "TUR": ("Turkey", "Türkiye", "Turkiye"),
    "PHL": ("Philippines", "the Philippines"),
    "CHN": ("China", "PRC", "People's Republic of China", "mainland China"),
    "TWN": ("Taiwan", "Republic of China"),
    "ARE": ("UAE", "U.A.E."),
    "NLD": ("Netherlands", "Holland"),
    "CZE": ("Czech Republic", "Czechia"),
    "COD": ("DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of the Congo"),
    "COG": ("Congo-Brazzaville", "Republic of the Congo"),
    "CIV": ("Ivory Coast", "Cote d'Ivoire"),
    "MMR": ("Myanmar", "Burma"),
    "VAT": ("Vatican", "Vatican City", "Holy See"),
    "PSE": ("Palestine", "Palestinian Territories"),
    "SWZ": ("Swaziland",),
    "BRN": ("Brunei",),
    "CPV": ("Cape Verde",),
    "MKD": ("Macedonia",),
}

# Capitals, which stand for their governments in news ("Washington removed Ankara").
CAPITALS: dict[str, str] = {
    "Ankara": "TUR", "Washington": "USA", "Beijing": "CHN", "Moscow": "RUS", "Kyiv": "UKR",
    "Kiev": "UKR", "Tehran": "IRN", "Seoul": "KOR", "Pyongyang": "PRK", "New Delhi": "IND",
    "Ashgabat": "TKM", "Baku": "AZE", "Manila": "PHL", "Paris": "FRA", "London": "GBR",
    "Berlin": "DEU", "Tokyo": "JPN", "Rome": "ITA", "Madrid": "ESP", "Ottawa": "CAN",
    "Canberra": "AUS", "Islamabad": "PAK", "Kabul": "AFG", "Baghdad": "IRQ", "Damascus": "SYR",
    "Riyadh": "SAU", "Cairo": "EGY", "Jerusalem": "ISR", "Tbilisi": "GEO", "Yerevan": "ARM",
    "Minsk": "BLR", "Warsaw": "POL", "Athens": "GRC", "Nicosia": "CYP", "Astana": "KAZ",
    "Tashkent": "UZB", "Bishkek": "KGZ", "Dushanbe": "TJK", "Hanoi": "VNM", "Jakarta": "IDN",
    "Kuala Lumpur": "MYS", "Bangkok": "THA", "Caracas": "VEN", "Havana": "CUB",
    "Brasilia": "BRA", "Mexico City": "MEX", "Pretoria": "ZAF", "Abuja": "NGA", "Doha": "QAT",
    "Abu Dhabi": "ARE", "Tel Aviv": "ISR", "Taipei": "TWN", "Dhaka": "BGD", "Naypyidaw": "MMR",
}  # fmt: skip

# Demonyms and adjectives of nationality.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "TUR": ("Turkish", "Turk", "Turks"), "USA": ("American", "Americans"),
    "CHN": ("Chinese",), "RUS": ("Russian", "Russians"), "UKR": ("Ukrainian", "Ukrainians"),
    "AZE": ("Azerbaijani", "Azeri", "Azerbaijanis"), "TKM": ("Turkmen", "Turkmenistani"),
    "PHL": ("Filipino", "Filipinos", "Philippine"), "KOR": ("Korean", "South Korean", "South Koreans"),
    "PRK": ("North Korean", "North Koreans"), "IND": ("Indian", "Indians"),
    "FRA": ("French",), "GBR": ("British", "Briton", "Britons"), "DEU": ("German", "Germans"),
    "IRN": ("Iranian", "Iranians"), "JPN": ("Japanese",), "ITA": ("Italian", "Italians"),
    "ESP": ("Spanish",), "CAN": ("Canadian", "Canadians"), "AUS": ("Australian", "Australians"),
    "PAK": ("Pakistani", "Pakistanis"), "AFG": ("Afghan", "Afghans"), "IRQ": ("Iraqi", "Iraqis"),
    "SYR": ("Syrian", "Syrians"), "SAU": ("Saudi", "Saudis"), "EGY": ("Egyptian", "Egyptians"),
    "ISR": ("Israeli", "Israelis"), "GEO": ("Georgian",), "ARM": ("Armenian", "Armenians"),
    "GRC": ("Greek", "Greeks"), "CYP": ("Cypriot", "Cypriots"), "POL": ("Polish",),
    "KAZ": ("Kazakh", "Kazakhstani"), "UZB": ("Uzbek",), "VNM": ("Vietnamese",),
    "IDN": ("Indonesian", "Indonesians"), "MYS": ("Malaysian",), "THA": ("Thai",),
    "VEN": ("Venezuelan",), "CUB": ("Cuban",), "BRA": ("Brazilian",), "MEX": ("Mexican",),
    "ZAF": ("South African",), "NGA": ("Nigerian",), "QAT": ("Qatari",), "ARE": ("Emirati",),
    "TWN": ("Taiwanese",), "BGD": ("Bangladeshi",), "BLR": ("Belarusian",),
    "BEL": ("Belgian",), "NLD": ("Dutch",), "SWE": ("Swedish",), "NOR": ("Norwegian",),
    "FIN": ("Finnish",), "CHE": ("Swiss",), "AUT": ("Austrian",), "PRT": ("Portuguese",),
    "IRL": ("Irish",), "HUN": ("Hungarian",), "ROU": ("Romanian",), "SRB": ("Serbian",),
    "LBN": ("Lebanese",), "JOR": ("Jordanian",), "LBY": ("Libyan",), "SDN": ("Sudanese",),
    "ETH": ("Ethiopian",), "KEN": ("Kenyan",), "ARG": ("Argentine", "Argentinian"),
    "CHL": ("Chilean",), "COL": ("Colombian",), "PER": ("Peruvian",),
    "PSE": ("Palestinian", "Palestinians"), "YEM": ("Yemeni",), "OMN": ("Omani",),
}  # fmt: skip

# Intergovernmental organisations: code -> (canonical name, aliases).
IGOS: dict[str, tuple[str, tuple[str, ...]]] = {
    "NATO": ("North Atlantic Treaty Organization", ("NATO", "North Atlantic Treaty Organisation")),
    "UN": ("United Nations", ("UN", "U.N.", "United Nations Organization")),
    "UNSC": (
        "United Nations Security Council",
        ("UN Security Council", "U.N. Security Council", "UNSC", "Security Council"),
    ),
    "EU": ("European Union", ("EU", "E.U.")),
    "WTO": ("World Trade Organization", ("WTO", "World Trade Organisation")),
    "IMF": ("International Monetary Fund", ("IMF",)),
    "WB": ("World Bank", ()),
    "ICRC": ("International Committee of the Red Cross", ("ICRC", "Red Cross")),
    "ASEAN": ("Association of Southeast Asian Nations", ("ASEAN",)),
    "OPEC": ("Organization of the Petroleum Exporting Countries", ("OPEC",)),
    "WHO": ("World Health Organization", ("WHO", "World Health Organisation")),
    "IAEA": ("International Atomic Energy Agency", ("IAEA",)),
    "AU": ("African Union", ()),
    "OSCE": (
        "Organization for Security and Co-operation in Europe",
        ("OSCE", "Organization for Security and Cooperation in Europe"),
    ),
    "UNHCR": (
        "United Nations High Commissioner for Refugees",
        ("UNHCR", "UN refugee agency", "U.N. refugee agency"),
    ),
    "UNICEF": ("United Nations Children's Fund", ("UNICEF",)),
    "SCO": ("Shanghai Cooperation Organisation", ("SCO", "Shanghai Cooperation Organization")),
    "CSTO": ("Collective Security Treaty Organization", ("CSTO",)),
    "GCC": ("Gulf Cooperation Council", ("GCC",)),
    "ARL": ("Arab League", ("League of Arab States",)),
    "OIC": ("Organisation of Islamic Cooperation", ("OIC", "Organization of Islamic Cooperation")),
    "ICC": ("International Criminal Court", ("ICC",)),
    "ICJ": ("International Court of Justice", ("ICJ", "World Court")),
}
