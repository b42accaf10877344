"""beritaparse.evaluation and `beritaparse eval`: the loader, the measures, the report and the command."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from beritaparse import evaluation
from beritaparse.cli import main
from beritaparse.errors import CaseFormatError
from beritaparse.evaluation.pastes import main as pastes_main
from beritaparse.evaluation.pastes import make_pastes
from goldens import cases, generic, scores

if TYPE_CHECKING:
    import pathlib

ARTICLE = (
    "Harga Beras Naik Lagi\n"
    "Senin, 13 Mei 2024 13:24 WIB\n"
    "JAKARTA - Harga beras di pasar tradisional kembali naik pada pekan ini, kata para pedagang.\n"
    "Pedagang di Pasar Induk Cipinang menyebut pasokan dari daerah berkurang sejak awal bulan.\n"
)


def write_case(folder: pathlib.Path, name: str, text: str, gold: dict) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.with_suffix(".txt").write_text(text, encoding="utf-8")
    (path.parent / (path.name + ".expected.json")).write_text(json.dumps(gold), encoding="utf-8")


GOLD = {
    "outlet": None,
    "title": "Harga Beras Naik Lagi",
    "published": "2024-05-13T13:24:00+07:00",
    "authors": [],
    "dateline": "Jakarta",
    "body": [
        "Harga beras di pasar tradisional kembali naik pada pekan ini, kata para pedagang.",
        "Pedagang di Pasar Induk Cipinang menyebut pasokan dari daerah berkurang sejak awal bulan.",
    ],
    "must_not_contain": ["Baca juga"],
}


# --- measures --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pred", "gold", "same"),
    [
        ("2024-05-13T06:28:00Z", "2024-05-13T13:24:00+07:00", True),  # Z is UTC, 4 minutes off
        ("2024-05-13T13:30:00+07:00", "2024-05-13T13:24:00+07:00", False),  # 6 minutes off
        ("2024-05-13T23:00:00+07:00", "2024-05-13", True),  # a day-only gold
        ("2024-05-13", "2024-05-13T13:24:00+07:00", False),  # a day where the gold has a time
        (None, None, True),
        ("2024-05-13T13:24:00+07:00", None, False),
        ("kemarin", "2024-05-13", False),
    ],
)
def test_same_time(pred, gold, same):
    assert evaluation.same_time(pred, gold) is same


def test_body_f1_counts_words_not_punctuation_or_case():
    assert evaluation.body_f1("Harga, BERAS naik!", "harga beras naik") == 1.0
    assert evaluation.body_f1("", "") == 1.0
    assert evaluation.body_f1("lain", "harga") == 0.0
    # precision 2/4, recall 2/2
    assert evaluation.body_f1("harga beras lain lagi", "harga beras") == pytest.approx(2 / 3)


def test_gold_body_accepts_strings_and_blocks():
    assert evaluation.gold_body({"body": ["Satu.", {"text": "Dua."}]}) == "Satu.\nDua."


# --- loader ----------------------------------------------------------------------------------------------


def test_cases_are_found_in_nested_folders_and_named_by_path(tmp_path):
    write_case(tmp_path, "kompas/a", ARTICLE, {**GOLD, "outlet": "kompas"})
    write_case(tmp_path, "b", ARTICLE, GOLD)
    (tmp_path / "orphan.expected.json").write_text("{}", encoding="utf-8")  # no input: skipped
    found = evaluation.load_cases(tmp_path)
    assert [(c.name, c.kind, c.outlet) for c in found] == [
        ("b", "text", "(none)"),
        ("kompas/a", "text", "kompas"),
    ]


@pytest.mark.parametrize("gold", ["[1, 2]", "{bad json", '{"body": "one string"}', '{"title": 3}'])
def test_unreadable_gold_is_a_clear_error(tmp_path, gold):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.expected.json").write_text(gold, encoding="utf-8")
    with pytest.raises(CaseFormatError, match=r"a\.expected\.json"):
        evaluation.load_cases(tmp_path)


def test_missing_folder():
    with pytest.raises(FileNotFoundError):
        evaluation.load_cases("no/such/folder")


# --- scoring ---------------------------------------------------------------------------------------------


def test_every_field_of_a_case_is_scored(tmp_path):
    write_case(tmp_path, "a", ARTICLE, {**GOLD, "authors": ["Andi Wijaya"]})
    [case] = evaluation.load_cases(tmp_path)
    scored = evaluation.score_case(case, evaluation.run_case(case))
    assert scored.failed() == ["authors"]
    assert scored.body_f1 == 1.0
    assert str(scored.fields["authors"]) == "authors: expected ['andi wijaya'], got []"


def test_a_crash_is_recorded_and_scores_as_an_empty_article(tmp_path):
    write_case(tmp_path, "a", "   \n", GOLD)
    [case] = evaluation.load_cases(tmp_path)
    outcome = evaluation.run_case(case)
    assert outcome.error is not None
    assert outcome.error.startswith("EmptyInputError")
    scored = evaluation.score_case(case, outcome)
    assert {"error", "title", "body", "published"} <= set(scored.failed())


def test_a_paste_is_not_expected_to_give_what_it_does_not_hold():
    gold = {"tags": ["Politik", "Ekonomi"], "related": [{"title": "Baca ini", "url": None}], "authors": ["X"]}
    kept = evaluation.shown_in("Judul\nTeks tentang ekonomi.\nBaca ini", gold)
    assert kept["tags"] == ["Ekonomi"]
    assert kept["related"] == gold["related"]
    assert kept["authors"] == ["X"]  # the scorer's own fields are never changed


def test_leaks_are_case_sensitive_substrings_of_the_body(tmp_path):
    write_case(tmp_path, "a", ARTICLE, {**GOLD, "must_not_contain": ["pasar tradisional", "PASAR INDUK"]})
    [case] = evaluation.load_cases(tmp_path)
    assert evaluation.score_case(case, evaluation.run_case(case)).leaks == ["pasar tradisional"]


# --- report and command ----------------------------------------------------------------------------------


def test_the_command_prints_the_table_and_writes_the_report(tmp_path, capsys):
    write_case(tmp_path / "cases", "kompas/a", ARTICLE, {**GOLD, "outlet": "kompas"})
    write_case(tmp_path / "cases", "b", ARTICLE, {**GOLD, "title": "Judul Lain"})
    out = tmp_path / "report.json"
    assert main(["eval", str(tmp_path / "cases"), "--cases", "--json", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("b.txt ")
    assert "wrong: title" in lines[0]
    assert lines[2].split() == ["outlet", "n", "body_f1", "title", "date", "day", "author", "leaks", "errors"]
    assert lines[3].split() == ["(none)", "1", "1.000", "0.00", "1.00", "1.00", "1.00", "0", "0"]
    assert lines[5].split() == ["ALL", "2", "1.000", "0.50", "1.00", "1.00", "1.00", "0", "0"]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["overall"]["title"] == 0.5
    assert [c["case"] for c in report["cases"]] == ["b.txt", "kompas/a.txt"]
    assert report["cases"][0]["failed"] == ["title"]


@pytest.mark.parametrize("setup", ["missing", "empty", "bad-gold"])
def test_the_command_says_what_is_wrong_with_the_folder(tmp_path, capsys, setup):
    folder = tmp_path / "cases"
    if setup != "missing":
        folder.mkdir()
    if setup == "bad-gold":
        (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
        (folder / "a.expected.json").write_text("[]", encoding="utf-8")
    assert main(["eval", str(folder)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("beritaparse: ")
    assert str(folder) in err


def test_eval_tests_pages_prints_what_the_quality_gate_asserts(tmp_path, capsys):
    out = tmp_path / "pages.json"
    assert main(["eval", str(cases("pages")[0].source.parents[1]), "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    gate = evaluation.summarise(scores("pages"))
    assert report["overall"] == gate.to_dict()
    assert "ALL" in capsys.readouterr().out


def test_no_adapters_scores_the_generic_extractor_per_outlet(capsys):
    folder = cases("pages")[0].source.parents[1]
    assert main(["eval", str(folder), "--no-adapters"]) == 0
    table = capsys.readouterr().out
    cells = [line.split() for line in table.splitlines()[1:]]
    rows = {row[0]: row[2] for row in cells if row[0] in generic()}
    assert rows == {k: f"{v.body_f1:.3f}" for k, v in generic().items()}


# --- paste cases -----------------------------------------------------------------------------------------


def test_the_committed_pastes_are_what_the_tool_makes_of_the_pages(tmp_path):
    """A page or its gold changed without its paste (or the other way round) fails here."""
    made = make_pastes(cases("pages")[0].source.parents[1], tmp_path)
    assert [name for name, lines in made.items() if lines is None] == []
    for case in cases("pastes"):
        written = tmp_path / case.source.relative_to(case.source.parents[1])
        assert written.read_text(encoding="utf-8") == case.source.read_text(encoding="utf-8"), case.name
        gold = written.with_name(written.stem + ".expected.json")
        assert json.loads(gold.read_text(encoding="utf-8")) == case.gold, case.name


def test_pastes_tool_usage(capsys):
    assert pastes_main(["only-one"]) == 2
    assert "usage:" in capsys.readouterr().err
