"""The CAMEO -> PLOVER table: lookups both ways, the table's exceptions, and its build."""

import importlib.util
from pathlib import Path

import pytest

from dateline.events.cameo import (
    PLOVER_CATEGORIES,
    PLOVER_CONTEXTS,
    PLOVER_MODES,
    CameoTable,
    load_cameo,
)

ROOT = Path(__file__).resolve().parents[2]


def _build_script():
    """scripts/build_cameo_table.py as a module (scripts/ is no package)."""
    spec = importlib.util.spec_from_file_location(
        "build_cameo_table", ROOT / "scripts" / "build_cameo_table.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def table():
    return load_cameo()


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("042", ("CONSULT", "visit", ())),
        ("0425", ("CONSULT", "visit", ())),  # no row of its own: read as 042
        ("0411", ("CONSULT", "phone", ())),
        ("190", ("ASSAULT", "", ("military",))),
        ("1999", ("ASSAULT", "", ())),  # neither 1999 nor 199 is listed: the root 19
        ("0841", ("RETREAT", "release", ("legal",))),
        ("14", ("PROTEST", "", ())),
    ],
)
def test_forward_reads_the_longest_listed_prefix(table, code, expected):
    assert table.forward(code) == expected


def test_forward_prefers_the_longer_prefix_over_the_family(table):
    # 1831 has its own row (suicide-attack); 1839 is read as 183, not as the root 18
    assert table.forward("1839") == table.forward("183")
    assert table.forward("183")[1] == "suicide-attack"
    assert table.forward("18")[1] == ""


@pytest.mark.parametrize("code", ["010", "02", "0211", "7", "99"])
def test_codes_without_a_plover_event_are_refused(table, code):
    with pytest.raises(LookupError, match=code):
        table.forward(code)


@pytest.mark.parametrize(
    ("event", "mode", "code"),
    [
        ("CONSULT", "", "040"),
        ("CONSULT", "visit", "042"),
        ("CONSULT", "phone", "041"),
        ("CONSULT", "third-party", "044"),
        ("AGREE", "", "030"),
        ("AID", "", "070"),
        ("RETREAT", "ceasefire", "0871"),
        ("RETREAT", "release", "0841"),
        ("REQUEST", "meet", "106"),
        ("REJECT", "meet", "125"),
        ("COERCE", "restrict", "172"),  # its own family's code, not 163 borrowed from 16
        ("COERCE", "arrest", "173"),
        ("SANCTION", "expel", "166"),
        ("ASSAULT", "firearms", "193"),
        ("ASSAULT", "unconventional", "200"),
    ],
)
def test_reverse_gives_the_most_general_code_of_a_category_and_mode(table, event, mode, code):
    assert table.reverse(event, mode) == code
    assert table.forward(code)[0] == event


def test_reverse_refuses_what_plover_does_not_have(table):
    with pytest.raises(LookupError, match="FIGHT"):
        table.reverse("FIGHT")
    with pytest.raises(LookupError, match="lunch"):
        table.reverse("CONSULT", "lunch")


@pytest.mark.parametrize(
    ("code", "event", "mode"),
    [
        ("163", "COERCE", "restrict"),  # a SANCTION (16) code read as COERCE
        ("1712", "ASSAULT", "destroy"),  # a COERCE (17) code read as ASSAULT
        ("175", "ASSAULT", "crowd-control"),
        ("191", "COERCE", "restrict"),  # an ASSAULT (19) code read as COERCE
        ("192", "COERCE", "seize"),
        ("0813", "RETREAT", ""),  # under the CONCEDE rows of 081
        ("081", "CONCEDE", ""),
        ("08", "CONCEDE", ""),  # the root, listed twice in the source: the first is kept
        ("084", "RETREAT", ""),
        ("09", "ACCUSE", ""),
        ("090", "ACCUSE", "investigate"),
        ("111", "ACCUSE", "disapprove"),
        ("2042", "ASSAULT", "unconventional"),
        ("185", "ASSAULT", "targeted"),  # "assassinate" renamed
    ],
)
def test_the_tables_exceptions_and_renamed_modes(table, code, event, mode):
    assert table.forward(code)[:2] == (event, mode)


def test_the_table_speaks_current_plover_only(table):
    assert {row.event for row in table} == set(PLOVER_CATEGORIES)
    for row in table:
        assert not row.mode or row.mode in PLOVER_MODES[row.event], row.code
        assert set(row.contexts) <= PLOVER_CONTEXTS, row.code
        assert row.description, row.code
    assert table.describe("0425") == "Make a visit"


def test_from_text_names_the_bad_line():
    with pytest.raises(ValueError, match=r"t\.tsv:2: expected 5 tab-separated fields"):
        CameoTable.from_text("# comment\n042\tCONSULT\tvisit\n", source="t.tsv")
    with pytest.raises(ValueError, match="'042' is listed twice"):
        CameoTable.from_text("042\tCONSULT\tvisit\t\tA\n042\tCONSULT\tvisit\t\tB\n")


def test_the_committed_table_is_current():
    # If this fails, run: python scripts/build_cameo_table.py
    build = _build_script()
    committed = build.OUTPUT.read_text(encoding="utf-8")
    rows = [(r.code, r.event, r.mode, r.contexts, r.description)
            for r in CameoTable.from_text(committed)]  # fmt: skip
    # exactly what the build writes for these rows, built from the pinned source
    assert committed == build.render(rows)
    assert f"sha256 {build.SOURCE_SHA256}" in committed
    if build.DEFAULT_SOURCE.exists():  # the shared data sets are optional here
        assert committed == build.build_text(build.DEFAULT_SOURCE)
        assert build.main(["--check"]) == 0


def test_the_build_refuses_another_source(tmp_path):
    build = _build_script()
    other = tmp_path / "cameo.json"
    other.write_text('{"rows": []}', encoding="utf-8")
    with pytest.raises(ValueError, match="not the pinned source"):
        build.build_text(other)


def _source_row(code, event, mode="", context=(), description=""):
    return {
        "cameo": code,
        "event": event,
        "mode": mode,
        "context": list(context),
        "description": description,
    }


def test_the_build_renames_old_names_and_refuses_unknown_ones():
    build = _build_script()
    rows = build.build_rows(
        {
            "rows": [
                _source_row("19", "FIGHT"),
                _source_row("111", "DISAPPROVE", description="Criticize"),
                _source_row("186", "FIGHT", "assassinate", ["democracy"], "Assassinate"),
                _source_row("202", "FIGHT", "massacre", description="Engage in mass killings"),
            ]
        }
    )
    assert rows == [
        ("111", "ACCUSE", "disapprove", (), "Criticize"),
        ("186", "ASSAULT", "targeted", ("pro_democracy",), "Assassinate"),
        ("19", "ASSAULT", "", (), "Fight"),
        ("202", "ASSAULT", "unconventional", (), "Engage in mass killings"),
    ]
    with pytest.raises(ValueError, match="CONSULT:lunch"):
        build.build_rows({"rows": [_source_row("042", "CONSULT", "lunch")]})
    with pytest.raises(ValueError, match="listed twice"):
        build.build_rows({"rows": [_source_row("042", "CONSULT"), _source_row("042", "CONSULT")]})
