"""TABARI / PETRARCH verb dictionaries: reading small hand-written files and matching patterns.

Every dictionary here is invented (made-up verbs such as BLORP and ZINDLE) and written to
tmp_path, so the tests need no real dictionary; each test says which rule it pins down.
"""

import os

import pytest

from dateline.events.verbdict import VerbDictError, load_verb_dictionary

BASIC = [
    "--- BLORP [010] ---",  # 1
    "BLORP",  # 2
    "- * GIZMO [020]",  # 3
    "- * GIZMO WOMBAT [021]",  # 4
    "- * WOMBAT [022]",  # 5
    "- QUAFFLE * [030]",  # 6
    "- SNARK_* [031]",  # 7
    "- *_FLOOB_BOX [040]",  # 8
]


def _dict(tmp_path, lines, *, strict=False, name="verbs.txt"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_verb_dictionary(path, strict=strict)


def _code(vd, sentence, verb_word="blorp", actors=None):
    words = sentence.split()
    found = vd.match(words, [w.lower() for w in words].index(verb_word), actors)
    return None if found is None else found.code


def test_block_code_applies_when_no_pattern_matches(tmp_path):
    vd = _dict(tmp_path, BASIC)
    found = vd.match("they blorp the dodo".split(), 1)
    assert found is not None
    assert (found.code, found.reverse_code, found.verb) == ("010", None, "BLORP")
    assert (found.pattern, found.line, found.words) == ("", 1, (1,))
    assert (found.source, found.target) == (None, None)


def test_a_matching_pattern_beats_the_block_code(tmp_path):
    found = _dict(tmp_path, BASIC).match("they blorp the gizmo".split(), 1)
    assert found is not None
    assert (found.code, found.pattern, found.line, found.words) == (
        "020",
        "- * GIZMO [020]",
        3,
        (1, 3),
    )


def test_the_pattern_matching_most_words_wins_then_the_earlier_line(tmp_path):
    vd = _dict(tmp_path, BASIC)
    assert _code(vd, "blorp the gizmo and a wombat") == "021"  # three words beat two
    assert _code(vd, "blorp the wombat and a gizmo") == "020"  # two each: line 3 before 5


def test_underscore_joins_words_and_a_space_allows_a_gap(tmp_path):
    vd = _dict(tmp_path, BASIC)
    assert _code(vd, "blorp floob box") == "040"  # *_FLOOB: right after the verb
    assert _code(vd, "blorp the floob box") == "010"
    assert _code(vd, "blorp floob red box") == "010"  # FLOOB_BOX: adjacent


def test_words_before_the_star_precede_the_verb_in_order(tmp_path):
    vd = _dict(tmp_path, BASIC)
    assert _code(vd, "quaffle says they blorp") == "030"
    assert _code(vd, "they snark blorp") == "031"
    assert _code(vd, "snark they blorp") == "010"  # SNARK_*: adjacent to the verb
    assert _code(vd, "they blorp quaffle") == "010"  # left part stops at the verb
    assert _code(vd, "gizmo they blorp") == "010"  # right part does not look left


SYNSETS = [
    "&WIDGET",  # 1
    "+GIZMO",  # 2
    "+THING_AMAJIG  # a phrase: adjacent words",  # 3
    "&TOOL_  # a final _: no plurals",  # 4
    "+SPANNER",  # 5
    "+&WIDGET  # nested",  # 6
    "&NEG",  # 7
    "+DID N'T",  # 8
    "--- BLORP [010] ---",  # 9
    "BLORP",  # 10
    "- * &TOOL [060]",  # 11
    "- &NEG * [061]",  # 12
    "- * &WIDGET_BOX [062]",  # 13
]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("they blorp the spanner", "060"),
        ("they blorp spanners", "010"),  # TOOL_ makes no plurals
        ("they blorp a gizmo", "060"),  # through the nested WIDGET
        ("they blorp gizmos", "060"),  # ... which keeps its plurals
        ("they blorp a thing amajig", "060"),
        ("they blorp a thing or amajig", "010"),  # a phrase member needs adjacent words
        ("they did n't blorp", "061"),
        ("they DID N'T Blorp", "061"),  # any case
        ("they did blorp", "010"),
        ("they blorp a gizmo box", "062"),  # &WIDGET_BOX: WIDGET joined to BOX
        ("they blorp a gizmo red box", "060"),
    ],
)
def test_synsets_nested_multiword_and_plural(tmp_path, sentence, code):
    assert _code(_dict(tmp_path, SYNSETS), sentence) == code


def test_a_multiword_synset_member_counts_all_its_words(tmp_path):
    found = _dict(tmp_path, SYNSETS).match("they blorp a thing amajig".split(), 1)
    assert found is not None
    assert found.words == (1, 3, 4)


def test_an_underscore_in_a_synset_name_is_read_as_the_longest_name(tmp_path):
    lines = ["&BIG", "+HUGE", "&BIG_ONE", "+GIANT", "--- BLORP [010] ---", "BLORP"]
    vd = _dict(tmp_path, [*lines, "- * &BIG_ONE [070]", "- * &BIG_TOE [071]"])
    assert _code(vd, "blorp the giant") == "070"
    assert _code(vd, "blorp the huge toe") == "071"
    assert _code(vd, "blorp the huge one") == "010"


VERBS = [
    "--- ZINDLE [010] ---",  # 1
    "ZINDLE {ZANDLED ZUNDLE}",  # 2
    "FRAZZLE {}  # no generated forms",  # 3
    "BLAT [011]",  # 4
    "FRIZZIT",  # 5
    "GLOMPY",  # 6
    "SNIX",  # 7
    "KRIE",  # 8
    "--- ZINDLES [099] ---",  # 9: a form written in the file beats a generated one
    "ZINDLES",  # 10
]


@pytest.mark.parametrize(
    ("word", "head"),
    [
        ("zindle", "ZINDLE"),
        ("Zindling", "ZINDLE"),
        ("ZINDLED", "ZINDLE"),
        ("zandled", "ZINDLE"),
        ("zundle", "ZINDLE"),
        ("zindles", "ZINDLES"),
        ("frazzle", "ZINDLE"),
        ("frazzled", None),
        ("blatted", "ZINDLE"),
        ("blatting", "ZINDLE"),
        ("blated", None),  # one syllable: the consonant doubles
        ("frizzited", "ZINDLE"),  # two: either
        ("frizzitted", "ZINDLE"),
        ("glompies", "ZINDLE"),
        ("glompied", "ZINDLE"),
        ("glompying", "ZINDLE"),
        ("snixes", "ZINDLE"),
        ("krying", "ZINDLE"),
        ("krieing", None),
        ("wombat", None),
    ],
)
def test_verb_forms_irregular_and_generated(tmp_path, word, head):
    assert _dict(tmp_path, VERBS).lookup(word) == head


def test_verbs_lists_every_form(tmp_path):
    forms = _dict(tmp_path, VERBS).verbs()
    assert {"ZINDLE", "ZINDLES", "ZINDLED", "ZINDLING", "ZANDLED", "FRAZZLE", "BLATTED"} <= forms
    assert "FRAZZLED" not in forms


def test_a_verb_line_code_beats_the_block_code(tmp_path):
    found = _dict(tmp_path, VERBS).match("they blatted".split(), 1)
    assert found is not None
    assert (found.code, found.line, found.verb) == ("011", 4, "ZINDLE")
    assert _code(_dict(tmp_path, VERBS), "they zindled", "zindled") == "010"


MARKERS = [
    "--- BLORP [010] ---",
    "BLORP",
    "- + * TO $ [070]",
    "- % * AT ^ WOMBAT [071]",
]


def test_markers_match_any_word_when_no_actors_are_given(tmp_path):
    found = _dict(tmp_path, MARKERS).match("frodo blorp to gondor".split(), 1)
    assert found is not None
    assert (found.code, found.target, found.source, found.words) == ("070", 0, 3, (1, 2))


def test_markers_match_only_actors_when_given(tmp_path):
    vd = _dict(tmp_path, MARKERS)
    words = "the hobbit frodo blorp to mighty gondor".split()
    found = vd.match(words, 3, actors={2, 6})
    assert found is not None
    assert (found.code, found.target, found.source) == ("070", 2, 6)
    assert vd.match(words, 3, actors={1, 6}).target == 1  # the nearest actor, past a gap
    assert vd.match(words, 3, actors={6}).code == "010"  # no actor before the verb
    assert vd.match(words, 3, actors=()).code == "010"


def test_compound_marker_is_the_source_and_caret_takes_one_word(tmp_path):
    vd = _dict(tmp_path, MARKERS)
    found = vd.match("elves blorp at the wombat".split(), 1, actors=[0])
    assert found is not None
    assert (found.code, found.source, found.target, found.words) == ("071", 0, None, (1, 2, 4))
    assert _code(vd, "elves blorp at wombat", actors=[0]) == "010"  # ^ needs a word


def test_null_and_reverse_codes(tmp_path):
    lines = [
        "--- BLORP [---] ---",
        "BLORP",
        "- * GIZMO [---]",
        "- * WOMBAT [064:065]",
        "--- ZINDLE [013:012] ---",
        "ZINDLE",
        "- * GIZMO [:110]",
    ]
    vd = _dict(tmp_path, lines)
    pairs = [
        (m.code, m.reverse_code)
        for m in (
            vd.match("they blorp".split(), 1),
            vd.match("they blorp a gizmo".split(), 1),
            vd.match("they blorp a wombat".split(), 1),
            vd.match("they zindle".split(), 1),
            vd.match("they zindle a gizmo".split(), 1),
        )
    ]
    assert pairs == [("---", None), ("---", None), ("064", "065"), ("013", "012"), ("", "110")]


def test_petrarch2_noun_phrases_and_prepositional_phrases(tmp_path):
    lines = [
        "---  BLORP   [---]  ---",
        "BLORP",
        "- * {GLOWING WIDGET}                [072]   # BLORP",
        "- * (TO BORDER)                     [154]",
        "- * (OF {BANNED PARTIES})           [1722]",
    ]
    vd = _dict(tmp_path, lines)
    assert _code(vd, "they blorp a glowing widget") == "072"
    assert _code(vd, "they blorp a glowing red widget") == "---"  # {} words are adjacent
    assert _code(vd, "they blorp to the border") == "154"  # () words may have gaps
    assert _code(vd, "they blorp lists of the banned parties") == "1722"
    assert _code(vd, "they blorp lists of banned new parties") == "---"


def test_multiword_verbs(tmp_path):
    lines = [
        "--- FLIM [010] ---",
        "FLIM",
        "+FLIM_OUT [015]",
        "WIRE_+TAP {WIRE_+TAPPED}",
        "KLAX_+DRUB",
        "- * GIZMO [020]",
    ]
    vd = _dict(tmp_path, lines)
    found = vd.match("they flimmed out the gizmo".split(), 1)
    assert found is not None
    assert (found.code, found.words) == ("020", (1, 2, 4))  # the block's patterns apply
    assert vd.match("they flimmed out".split(), 1).code == "015"
    assert vd.match("they flimmed it out".split(), 1).code == "010"  # FLIM_OUT: adjacent
    assert vd.match("they wire tapped".split(), 2).words == (1, 2)
    assert vd.match("they tapped".split(), 1) is None
    assert vd.lookup("klax drubbing") == vd.lookup("flimmed out") == "FLIM"
    assert vd.lookup("drubbing") is None
    assert {"FLIMMED OUT", "WIRE TAPPED", "KLAX DRUBS"} <= vd.verbs()


def test_comments_transformations_and_odd_codes_are_read(tmp_path):
    lines = [
        "<!-- a dictionary",  # 1
        "- * NOT_A_PATTERN [999]",  # 2: inside the comment
        "-->",  # 3
        "# a comment line",  # 4
        "--- BLORP [010] --- <!-- inline -->",  # 5
        "BLORP ;shan 8/30/93 (legacy comment)",  # 6
        "#- * GIZMO [011]",  # 7: commented out
        "- * GIZMO [###]  # a code with # in it",  # 8
        "- * WOMBAT [174K]# no space before the comment",  # 9
        "",
        "######## TRANSFORMATIONS ########",
        "~ a (a b BLORP) SAY = a b 015",
    ]
    vd = _dict(tmp_path, lines)
    found = vd.match("they blorp a gizmo".split(), 1)
    assert found is not None
    assert (found.code, found.line, found.pattern) == ("###", 8, "- * GIZMO [###]")
    assert _code(vd, "they blorp a wombat") == "174K"
    assert _code(vd, "they blorp a not_a_pattern") == "010"
    assert vd.blocks[0].head.line == 5


def test_a_word_that_is_no_verb_gives_none(tmp_path):
    vd = _dict(tmp_path, BASIC)
    assert vd.match("the gizmo is a wombat".split(), 1) is None
    assert vd.lookup("gizmo") is None


@pytest.mark.parametrize(
    ("lines", "line", "problem"),
    [
        (["- * GIZMO [020]"], 1, "before any"),
        (["BLORP"], 1, "before any"),
        (["--- BLORP [010] ---", "BLORP", "- * GIZMO"], 3, "[code]"),
        (["--- BLORP [010] ---", "BLORP", "- * GIZMO [020] WOMBAT"], 3, "[code]"),
        (["--- BLORP [010] ---", "BLORP", "- GIZMO [020]"], 3, "one '*'"),
        (["--- BLORP [010] ---", "BLORP", "- * * GIZMO [020]"], 3, "one '*'"),
        (["--- BLORP [010] ---", "BLORP", "- * {GIZMO WOMBAT [020]"], 3, "balanced"),
        (["--- BLORP [010] ---", "BLORP", "- * GIZMO [0 20]"], 3, "bad code"),
        (["--- BLORP [010] ---", "BLORP", "- * $GIZMO [020]"], 3, "bad word '$GIZMO'"),
        (["--- BLORP [010] ---", "BLORP {BLORPED", "- * GIZMO [020]"], 2, "malformed verb line"),
        (["--- BLORP [010] ---", "+BL_+ORP"], 2, "bad word '+ORP'"),
        (["--- [010] ---", "BLORP"], 1, "names no verb"),
        (["&WIDGET", "+&TOOL", "&TOOL", "+SPANNER"], 2, "not defined yet"),
        (["--- BLORP [010] ---", "BLORP", "- * &TOOL [020]"], 3, "undefined synset &TOOL"),
    ],
)
def test_malformed_lines_raise_with_path_and_line(tmp_path, lines, line, problem):
    with pytest.raises(VerbDictError) as raised:
        _dict(tmp_path, lines, strict=True)
    message = str(raised.value)
    assert message.startswith(f"{tmp_path / 'verbs.txt'}:{line}: ")
    assert problem in message


def test_an_undefined_synset_skips_its_pattern_unless_strict(tmp_path, caplog):
    lines = ["--- BLORP [010] ---", "BLORP", "- * &WEATHER [020]", "- * GIZMO [030]"]
    vd = _dict(tmp_path, lines)
    assert vd.skipped == (f"{tmp_path / 'verbs.txt'}:3: undefined synset &WEATHER",)
    assert "pattern skipped" in caplog.text
    assert [p.line for p in vd.blocks[0].patterns] == [4]
    assert _code(vd, "blorp the gizmo") == "030"
    with pytest.raises(VerbDictError, match=r"verbs\.txt:3: undefined synset"):
        _dict(tmp_path, lines, strict=True, name="verbs.txt")


def test_a_missing_file_raises(tmp_path):
    with pytest.raises(VerbDictError, match="cannot read"):
        load_verb_dictionary(tmp_path / "nope.txt")


def test_loaded_once_per_file_version(tmp_path):
    first = _dict(tmp_path, BASIC)
    assert load_verb_dictionary(tmp_path / "verbs.txt") is first
    path = tmp_path / "verbs.txt"
    path.write_text("--- ZINDLE [050] ---\nZINDLE\n", encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    second = load_verb_dictionary(path)
    assert second is not first
    assert second.lookup("zindle") == "ZINDLE"
    assert second.lookup("blorp") is None


def test_a_form_in_two_blocks_tries_both_blocks_patterns(tmp_path):
    lines = [
        "--- SHOT [---] ---",
        "SHOT",
        "- *_AND_WOUND [223]",
        "--- SHOT [223] ---",
        "SHOT",
        "- + WAS * DEAD [224]",
    ]
    vd = _dict(tmp_path, lines)
    assert _code(vd, "he was shot dead", "shot") == "224"
    assert _code(vd, "he shot and wound", "shot") == "223"
    assert _code(vd, "he shot", "shot") == "---"  # the first block's code
