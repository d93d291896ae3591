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
- "Congo" and "Congolese" are the Democratic Republic of the Congo, as in AP and
  Reuters copy, which always qualify the other ("Republic of Congo", "Congo
  Republic", "Congo-Brazzaville"); so the Republic of the Congo has no demonym.
- Plain "Guinean" is Guinea. Copy writes the others in full ("Equatorial Guinean",
  "Bissau-Guinean", "Papua New Guinean"), and the longer name matches first.
- Demonyms left out as ambiguous: "Dominican" (Dominica, the Dominican Republic or
  the religious order; neither country has one), "Central African" (the republic or
  the region), "Malay" (a people of Malaysia, Singapore, Indonesia and Brunei) and
  "Georgians" (in US copy, people of the state; "Georgian" stays, as before). The
  Holy See has none: "Vatican" is already its name.
- Demonyms left out as common words or given names: "Pole"/"Poles" (the North
  Pole), "Dane", "Finn", "Kiwi" and "Lao"; "Chad" is only a country, never a
  demonym ("Chadian" is).
- Kosovo is missing: pycountry has no code for it, and the build names only
  pycountry's countries and the IGOs.
- Capitals left out because news mostly means something else by them: "Victoria"
  (Seychelles; an Australian state, a given name), "Kingston" (Jamaica; towns in
  Canada, Britain and the US), "Georgetown" (Guyana; the Washington district and
  university), "Santiago" (Chile; a given name, Santiago de Cuba), "San Jose"
  (Costa Rica; California), "Panama City" (Florida), "Nassau" (Bahamas; the New
  York county), "St. John's" (Antigua; Newfoundland), "St. George's" (Grenada;
  churches and schools), "Male" (Maldives; the English word), "Sofia" (Bulgaria)
  and "Moroni" (Comoros), which are given names: a PERSON the gazetteer knows is
  relabelled a place. "Sucre" is out too (a surname); Bolivia has La Paz, its seat
  of government. "The Hague", the Dutch seat of government, stands for the ICC and
  the ICJ in news; Amsterdam is in.
- A capital spelled like its country (Djibouti, Kuwait, Luxembourg, Monaco, San
  Marino, Singapore, Vatican City) stays a country name.
- Seats of government that copy uses for the government are in beside the
  capital: Abidjan, Cotonou, Colombo, Bujumbura, Ramallah (the Palestinian
  Authority), and "Tel Aviv"; so are the old names "Kiev" and "Nur-Sultan".
- "Tripoli" is Libya's; Lebanon's Tripoli is rarer in wire copy.
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
    "COD": (
        "Congo",
        "DR Congo",
        "DRC",
        "Congo-Kinshasa",
        "Democratic Republic of the Congo",
        "Democratic Republic of Congo",
    ),
    "COG": ("Congo-Brazzaville", "Republic of the Congo", "Republic of Congo", "Congo Republic"),
    "BIH": ("Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"),
    "TLS": ("East Timor", "Timor-Leste"),
    "KNA": ("St. Kitts and Nevis", "St. Kitts"),
    "LCA": ("St. Lucia",),
    "VCT": ("St. Vincent and the Grenadines",),
    "CIV": ("Ivory Coast", "Cote d'Ivoire"),
    "MMR": ("Myanmar", "Burma"),
    "VAT": ("Vatican", "Vatican City", "Holy See"),
    "PSE": ("Palestine", "Palestinian Territories"),
    "SWZ": ("Swaziland",),
    "BRN": ("Brunei",),
    "CPV": ("Cape Verde",),
    "MKD": ("Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia"),
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
    # Europe
    "Dublin": "IRL", "Lisbon": "PRT", "Amsterdam": "NLD", "Bern": "CHE", "Berne": "CHE",
    "Vienna": "AUT", "Vaduz": "LIE", "Andorra la Vella": "AND", "Valletta": "MLT",
    "Copenhagen": "DNK", "Oslo": "NOR", "Stockholm": "SWE", "Helsinki": "FIN",
    "Reykjavik": "ISL", "Tallinn": "EST", "Riga": "LVA", "Vilnius": "LTU", "Prague": "CZE",
    "Bratislava": "SVK", "Budapest": "HUN", "Ljubljana": "SVN", "Zagreb": "HRV",
    "Sarajevo": "BIH", "Belgrade": "SRB", "Podgorica": "MNE", "Skopje": "MKD", "Tirana": "ALB",
    "Bucharest": "ROU", "Chisinau": "MDA",
    # Middle East and Asia
    "Amman": "JOR", "Beirut": "LBN", "Kuwait City": "KWT", "Manama": "BHR", "Muscat": "OMN",
    "Sanaa": "YEM", "Ramallah": "PSE", "Nur-Sultan": "KAZ", "Ulaanbaatar": "MNG",
    "Ulan Bator": "MNG", "Kathmandu": "NPL", "Thimphu": "BTN", "Colombo": "LKA",
    "Sri Jayawardenepura Kotte": "LKA", "Nay Pyi Taw": "MMR", "Naypyitaw": "MMR",
    "Vientiane": "LAO", "Phnom Penh": "KHM", "Bandar Seri Begawan": "BRN", "Dili": "TLS",
    # Africa
    "Tripoli": "LBY", "Tunis": "TUN", "Algiers": "DZA", "Rabat": "MAR", "Nouakchott": "MRT",
    "Khartoum": "SDN", "Juba": "SSD", "Asmara": "ERI", "Addis Ababa": "ETH",
    "Mogadishu": "SOM", "Nairobi": "KEN", "Kampala": "UGA", "Kigali": "RWA", "Gitega": "BDI",
    "Bujumbura": "BDI", "Dodoma": "TZA", "Kinshasa": "COD", "Brazzaville": "COG",
    "Bangui": "CAF", "N'Djamena": "TCD", "Yaounde": "CMR", "Malabo": "GNQ",
    "Libreville": "GAB", "Sao Tome": "STP", "Luanda": "AGO", "Lusaka": "ZMB",
    "Lilongwe": "MWI", "Harare": "ZWE", "Maputo": "MOZ", "Gaborone": "BWA",
    "Windhoek": "NAM", "Maseru": "LSO", "Mbabane": "SWZ", "Antananarivo": "MDG",
    "Port Louis": "MUS", "Dakar": "SEN", "Banjul": "GMB", "Bissau": "GNB", "Conakry": "GIN",
    "Freetown": "SLE", "Monrovia": "LBR", "Yamoussoukro": "CIV", "Abidjan": "CIV",
    "Accra": "GHA", "Lome": "TGO", "Porto-Novo": "BEN", "Cotonou": "BEN",
    "Ouagadougou": "BFA", "Bamako": "MLI", "Niamey": "NER", "Praia": "CPV",
    # The Americas
    "Guatemala City": "GTM", "Belmopan": "BLZ", "San Salvador": "SLV", "Tegucigalpa": "HND",
    "Managua": "NIC", "Port-au-Prince": "HTI", "Santo Domingo": "DOM", "Bridgetown": "BRB",
    "Castries": "LCA", "Kingstown": "VCT", "Basseterre": "KNA", "Roseau": "DMA",
    "Port of Spain": "TTO", "Bogota": "COL", "Quito": "ECU", "Lima": "PER", "La Paz": "BOL",
    "Asuncion": "PRY", "Montevideo": "URY", "Buenos Aires": "ARG", "Paramaribo": "SUR",
    # Oceania
    "Wellington": "NZL", "Port Moresby": "PNG", "Suva": "FJI", "Honiara": "SLB",
    "Port Vila": "VUT", "Apia": "WSM", "Nuku'alofa": "TON", "Tarawa": "KIR",
    "South Tarawa": "KIR", "Majuro": "MHL", "Palikir": "FSM", "Ngerulmud": "PLW",
    "Yaren": "NRU", "Funafuti": "TUV",
}  # fmt: skip

# Demonyms and adjectives of nationality, by region.
DEMONYMS: dict[str, tuple[str, ...]] = {
    # The Americas
    "USA": ("American", "Americans"), "CAN": ("Canadian", "Canadians"),
    "MEX": ("Mexican", "Mexicans"), "GTM": ("Guatemalan", "Guatemalans"),
    "BLZ": ("Belizean", "Belizeans"), "HND": ("Honduran", "Hondurans"),
    "SLV": ("Salvadoran", "Salvadorans", "Salvadorean", "Salvadoreans"),
    "NIC": ("Nicaraguan", "Nicaraguans"), "CRI": ("Costa Rican", "Costa Ricans"),
    "PAN": ("Panamanian", "Panamanians"), "CUB": ("Cuban", "Cubans"),
    "JAM": ("Jamaican", "Jamaicans"), "HTI": ("Haitian", "Haitians"),
    "BHS": ("Bahamian", "Bahamians"), "BRB": ("Barbadian", "Barbadians"),
    "TTO": ("Trinidadian", "Trinidadians", "Tobagonian", "Tobagonians"),
    "GRD": ("Grenadian", "Grenadians"), "VCT": ("Vincentian", "Vincentians"),
    "LCA": ("St. Lucian", "St. Lucians", "Saint Lucian", "Saint Lucians"),
    "KNA": ("Kittitian", "Kittitians", "Nevisian", "Nevisians"),
    "ATG": ("Antiguan", "Antiguans", "Barbudan", "Barbudans"),
    "VEN": ("Venezuelan", "Venezuelans"), "COL": ("Colombian", "Colombians"),
    "ECU": ("Ecuadorian", "Ecuadorians", "Ecuadorean", "Ecuadoreans"),
    "PER": ("Peruvian", "Peruvians"), "BOL": ("Bolivian", "Bolivians"),
    "CHL": ("Chilean", "Chileans"),
    "ARG": ("Argentine", "Argentinian", "Argentines", "Argentinians"),
    "URY": ("Uruguayan", "Uruguayans"), "PRY": ("Paraguayan", "Paraguayans"),
    "BRA": ("Brazilian", "Brazilians"), "GUY": ("Guyanese",), "SUR": ("Surinamese",),
    # Europe
    "GBR": ("British", "Briton", "Britons"), "IRL": ("Irish",), "FRA": ("French",),
    "DEU": ("German", "Germans"), "ITA": ("Italian", "Italians"),
    "ESP": ("Spanish", "Spaniard", "Spaniards"), "PRT": ("Portuguese",), "NLD": ("Dutch",),
    "BEL": ("Belgian", "Belgians"), "LUX": ("Luxembourger", "Luxembourgers", "Luxembourgish"),
    "CHE": ("Swiss",), "AUT": ("Austrian", "Austrians"),
    "LIE": ("Liechtensteiner", "Liechtensteiners"), "MCO": ("Monegasque", "Monegasques"),
    "AND": ("Andorran", "Andorrans"), "SMR": ("Sammarinese",), "MLT": ("Maltese",),
    "GRC": ("Greek", "Greeks"), "CYP": ("Cypriot", "Cypriots"), "DNK": ("Danish", "Danes"),
    "NOR": ("Norwegian", "Norwegians"), "SWE": ("Swedish", "Swede", "Swedes"),
    "FIN": ("Finnish", "Finns"), "ISL": ("Icelandic", "Icelander", "Icelanders"),
    "EST": ("Estonian", "Estonians"), "LVA": ("Latvian", "Latvians"),
    "LTU": ("Lithuanian", "Lithuanians"), "POL": ("Polish",), "CZE": ("Czech", "Czechs"),
    "SVK": ("Slovak", "Slovaks", "Slovakian"), "HUN": ("Hungarian", "Hungarians"),
    "SVN": ("Slovenian", "Slovenians", "Slovene", "Slovenes"),
    "HRV": ("Croatian", "Croatians", "Croat", "Croats"),
    "BIH": (
        "Bosnian", "Bosnians", "Bosniak", "Bosniaks", "Bosnian Serb", "Bosnian Serbs",
        "Bosnian Croat", "Bosnian Croats", "Bosnian Muslim", "Bosnian Muslims",
    ),
    "SRB": ("Serbian", "Serbians", "Serb", "Serbs"), "MNE": ("Montenegrin", "Montenegrins"),
    "MKD": ("Macedonian", "Macedonians", "North Macedonian", "North Macedonians"),
    "ALB": ("Albanian", "Albanians"), "ROU": ("Romanian", "Romanians"),
    "MDA": ("Moldovan", "Moldovans"), "BGR": ("Bulgarian", "Bulgarians"),
    "UKR": ("Ukrainian", "Ukrainians"), "BLR": ("Belarusian", "Belarusians", "Belarussian"),
    "RUS": ("Russian", "Russians"),
    # The Caucasus and Central Asia
    "GEO": ("Georgian",), "ARM": ("Armenian", "Armenians"),
    "AZE": ("Azerbaijani", "Azeri", "Azerbaijanis", "Azeris"),
    "KAZ": ("Kazakh", "Kazakhstani", "Kazakhs", "Kazakhstanis"),
    "KGZ": ("Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"), "TJK": ("Tajik", "Tajiks", "Tajikistani"),
    "TKM": ("Turkmen", "Turkmenistani"), "UZB": ("Uzbek", "Uzbeks", "Uzbekistani"),
    "MNG": ("Mongolian", "Mongolians"), "AFG": ("Afghan", "Afghans"),
    # The Middle East
    "TUR": ("Turkish", "Turk", "Turks"), "IRN": ("Iranian", "Iranians"),
    "IRQ": ("Iraqi", "Iraqis"), "SYR": ("Syrian", "Syrians"), "LBN": ("Lebanese",),
    "JOR": ("Jordanian", "Jordanians"), "ISR": ("Israeli", "Israelis"),
    "PSE": ("Palestinian", "Palestinians"),
    "SAU": ("Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"),
    "KWT": ("Kuwaiti", "Kuwaitis"), "BHR": ("Bahraini", "Bahrainis"),
    "QAT": ("Qatari", "Qataris"), "ARE": ("Emirati", "Emiratis"), "OMN": ("Omani", "Omanis"),
    "YEM": ("Yemeni", "Yemenis"),
    # South, East and Southeast Asia
    "PAK": ("Pakistani", "Pakistanis"), "IND": ("Indian", "Indians"),
    "NPL": ("Nepali", "Nepalis", "Nepalese"), "BTN": ("Bhutanese",),
    "BGD": ("Bangladeshi", "Bangladeshis"), "LKA": ("Sri Lankan", "Sri Lankans"),
    "MDV": ("Maldivian", "Maldivians"), "CHN": ("Chinese",), "TWN": ("Taiwanese",),
    "JPN": ("Japanese",), "KOR": ("Korean", "South Korean", "South Koreans"),
    "PRK": ("North Korean", "North Koreans"), "VNM": ("Vietnamese",),
    "LAO": ("Laotian", "Laotians"), "KHM": ("Cambodian", "Cambodians"),
    "THA": ("Thai", "Thais"), "MMR": ("Burmese",), "MYS": ("Malaysian", "Malaysians"),
    "SGP": ("Singaporean", "Singaporeans"), "BRN": ("Bruneian", "Bruneians"),
    "IDN": ("Indonesian", "Indonesians"),
    "PHL": ("Filipino", "Filipinos", "Philippine", "Filipina", "Filipinas"),
    "TLS": ("Timorese", "East Timorese"),
    # Oceania
    "AUS": ("Australian", "Australians", "Aussie", "Aussies"),
    "NZL": ("New Zealander", "New Zealanders"),
    "PNG": ("Papua New Guinean", "Papua New Guineans"), "FJI": ("Fijian", "Fijians"),
    "SLB": ("Solomon Islander", "Solomon Islanders"), "VUT": ("Vanuatuan", "Ni-Vanuatu"),
    "WSM": ("Samoan", "Samoans"), "TON": ("Tongan", "Tongans"), "KIR": ("I-Kiribati",),
    "MHL": ("Marshallese",), "FSM": ("Micronesian", "Micronesians"),
    "PLW": ("Palauan", "Palauans"), "NRU": ("Nauruan", "Nauruans"),
    "TUV": ("Tuvaluan", "Tuvaluans"),
    # North and East Africa
    "EGY": ("Egyptian", "Egyptians"), "LBY": ("Libyan", "Libyans"),
    "TUN": ("Tunisian", "Tunisians"), "DZA": ("Algerian", "Algerians"),
    "MAR": ("Moroccan", "Moroccans"), "MRT": ("Mauritanian", "Mauritanians"),
    "SDN": ("Sudanese",), "SSD": ("South Sudanese",), "ERI": ("Eritrean", "Eritreans"),
    "ETH": ("Ethiopian", "Ethiopians"), "DJI": ("Djiboutian", "Djiboutians"),
    "SOM": ("Somali", "Somalis", "Somalian", "Somalians"), "KEN": ("Kenyan", "Kenyans"),
    "UGA": ("Ugandan", "Ugandans"), "TZA": ("Tanzanian", "Tanzanians"),
    "RWA": ("Rwandan", "Rwandans"), "BDI": ("Burundian", "Burundians"),
    # Central and Southern Africa
    "COD": ("Congolese",), "AGO": ("Angolan", "Angolans"), "ZMB": ("Zambian", "Zambians"),
    "MWI": ("Malawian", "Malawians"), "MOZ": ("Mozambican", "Mozambicans"),
    "ZWE": ("Zimbabwean", "Zimbabweans"), "BWA": ("Botswanan", "Motswana", "Batswana"),
    "NAM": ("Namibian", "Namibians"), "ZAF": ("South African", "South Africans"),
    "LSO": ("Basotho", "Mosotho"), "SWZ": ("Swazi", "Swazis"), "MDG": ("Malagasy",),
    "MUS": ("Mauritian", "Mauritians"), "SYC": ("Seychellois",),
    "COM": ("Comorian", "Comorians", "Comoran"), "CMR": ("Cameroonian", "Cameroonians"),
    "TCD": ("Chadian", "Chadians"), "GAB": ("Gabonese",),
    "GNQ": ("Equatorial Guinean", "Equatorial Guineans", "Equatoguinean", "Equatoguineans"),
    "STP": ("Sao Tomean", "Sao Tomeans", "Santomean", "Santomeans"),
    # West Africa
    "NGA": ("Nigerian", "Nigerians"), "NER": ("Nigerien", "Nigeriens"),
    "GHA": ("Ghanaian", "Ghanaians"), "CIV": ("Ivorian", "Ivorians"), "TGO": ("Togolese",),
    "BEN": ("Beninese",), "BFA": ("Burkinabe",), "MLI": ("Malian", "Malians"),
    "SEN": ("Senegalese",), "GMB": ("Gambian", "Gambians"), "GIN": ("Guinean", "Guineans"),
    "GNB": ("Bissau-Guinean", "Bissau-Guineans"), "CPV": ("Cape Verdean", "Cape Verdeans"),
    "SLE": ("Sierra Leonean", "Sierra Leoneans"), "LBR": ("Liberian", "Liberians"),
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
