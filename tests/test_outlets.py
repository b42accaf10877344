"""Outlet registry integrity: every adapter well formed, each host claimed once, the docs list them all."""

from __future__ import annotations

import importlib
import pathlib
import pkgutil
import subprocess
import sys

import lxml.etree
import pytest
import regex

import beritaparse
import beritaparse.outlets
from beritaparse.outlets import OUTLETS, for_url
from beritaparse.outlets._index import INDEX
from beritaparse.outlets.base import Example, Outlet
from beritaparse.page.html import load
from beritaparse.page.pagequery import compiled
from beritaparse.rules.blocks import split_dateline
from goldens import cases, param

ROOT = pathlib.Path(__file__).parent.parent
PAGES = pathlib.Path(__file__).parent / "pages"
IDS = sorted(OUTLETS)
_PROSE = "Harga beras di pasar tradisional kembali naik pada pekan ini, kata para pedagang kepada wartawan."

_XPATH_FIELDS = ("body", "title", "authors", "editors", "published", "captions", "tags", "section")


def _xpaths(outlet: Outlet) -> list[str]:
    found = [x for field in _XPATH_FIELDS for x in getattr(outlet, field)]
    return found + [x for x, _ in outlet.drop]


def test_every_adapter_module_is_registered_under_its_own_name() -> None:
    modules = [
        m.name
        for m in pkgutil.iter_modules(beritaparse.outlets.__path__)
        if not m.name.startswith("_") and m.name != "base"
    ]
    for name in modules:
        outlet = importlib.import_module(f"beritaparse.outlets.{name}").OUTLET
        assert outlet.id == name
        assert OUTLETS[name] is outlet
    assert sorted(modules) == IDS


def _adapter_outlets() -> list[Outlet]:
    # Read from the modules themselves, not through the registry.
    modules = sorted(
        m.name
        for m in pkgutil.iter_modules(beritaparse.outlets.__path__)
        if not m.name.startswith("_") and m.name != "base"
    )
    return [importlib.import_module(f"beritaparse.outlets.{name}").OUTLET for name in modules]


def test_the_index_says_what_the_adapters_say() -> None:
    # The registry answers hosts and names from outlets/_index.py without importing the adapters.
    table = tuple((o.id, o.name, o.hosts) for o in _adapter_outlets())
    assert table == INDEX, "the outlet index is stale: run python tools/outlet_index.py"


def test_a_stale_index_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    # A module added without regenerating the index is found all the same: every adapter is imported.
    monkeypatch.setattr(beritaparse.outlets, "_module_names", lambda: frozenset({*IDS, "newoutlet"}))
    registry, table = beritaparse.outlets._registry()
    assert table == INDEX
    assert dict(registry) == dict(OUTLETS)
    assert registry._loaded.keys() == set(IDS)


def test_the_registry_imports_an_adapter_only_when_its_outlet_is_read() -> None:
    code = (
        "import sys, beritaparse\n"
        "from beritaparse.samples import sample_page\n"
        "adapters = lambda: sorted(m for m in sys.modules if m.startswith('beritaparse.outlets.'))\n"
        "print(adapters())\n"
        "html, url = sample_page()\n"
        "beritaparse.parse(html, url=url)\n"
        "print(adapters())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == [
        "['beritaparse.outlets._index']",
        "['beritaparse.outlets._index', 'beritaparse.outlets.base', 'beritaparse.outlets.detik']",
    ]
    assert len(OUTLETS) == len(IDS)
    assert "detik" in OUTLETS
    assert "example" not in OUTLETS
    with pytest.raises(KeyError):
        OUTLETS["example"]


def test_no_two_adapters_claim_the_same_host() -> None:
    claimed: dict[str, str] = {}
    for outlet in OUTLETS.values():
        assert outlet.hosts, f"{outlet.id} claims no host"
        for host in outlet.hosts:
            assert host == host.lower().strip(". "), host
            assert host not in claimed, f"{host} claimed by {claimed.get(host)} and {outlet.id}"
            claimed[host] = outlet.id


@pytest.mark.parametrize("outlet_id", IDS)
def test_hosts_route_back_to_their_adapter(outlet_id: str) -> None:
    for host in OUTLETS[outlet_id].hosts:
        assert for_url(f"https://{host}/read/1/x").id == outlet_id  # type: ignore[union-attr]
        assert for_url(f"https://news.{host}/read/1/x").id == outlet_id  # type: ignore[union-attr]


@pytest.mark.parametrize("outlet_id", IDS)
def test_every_xpath_compiles(outlet_id: str) -> None:
    for expr in _xpaths(OUTLETS[outlet_id]):
        lxml.etree.XPath(expr)


@pytest.mark.parametrize("outlet_id", [i for i in IDS if (PAGES / i).is_dir()])
def test_the_fast_form_of_every_xpath_selects_the_same(outlet_id: str) -> None:
    # pagequery.fast_xpath rewrites the adapters' XPaths for speed; on the outlet's saved pages, from the
    # root and from the body, each selects exactly what the expression as written does.
    exprs = list(_xpaths(OUTLETS[outlet_id]))
    for path in _pages_of(outlet_id):
        doc = load(path.read_bytes())
        for node in (doc, doc.find("body")):
            for expr in exprs:
                assert compiled(expr)(node) == lxml.etree.XPath(expr)(node), (path.name, expr)


@pytest.mark.parametrize("outlet_id", IDS)
def test_every_regex_compiles_with_the_groups_the_rules_read(outlet_id: str) -> None:
    outlet = OUTLETS[outlet_id]
    # Compiling happens in the cached properties; touching them is the check.
    assert len(outlet.signal_patterns) == len(outlet.signals)
    assert len(outlet.chrome_patterns) == len(outlet.chrome)
    if outlet.dateline_pattern is not None:
        assert set(outlet.dateline_pattern.groupindex) <= {"place"}
    if outlet.closing_pattern is not None:
        assert set(outlet.closing_pattern.groupindex) <= {"editors"}
    for pattern in (*outlet.signal_patterns, *(p for p, _ in outlet.chrome_patterns)):
        assert isinstance(pattern, regex.Pattern)


@pytest.mark.parametrize("outlet_id", IDS)
def test_adapter_xpaths_test_classes_by_token(outlet_id: str) -> None:
    # A whole-attribute test (@class='a b') breaks on the smallest redesign; tokens survive it.
    for expr in _xpaths(OUTLETS[outlet_id]):
        assert "@class='" not in expr.replace(" ", ""), expr
        assert '@class="' not in expr.replace(" ", ""), expr


def _pages_of(outlet_id: str) -> list[pathlib.Path]:
    return sorted((PAGES / outlet_id).glob("*.html"))


@pytest.mark.parametrize("case", [param(f"pages/{c.name}", "adapter_body_xpath", c) for c in cases("pages")])
def test_adapter_body_xpath_finds_the_text_of_its_saved_pages(case) -> None:
    outlet = OUTLETS[case.outlet]
    gold = case.gold
    doc = load(case.source.read_bytes())
    containers = [e for x in outlet.body for e in doc.xpath(x)]
    assert containers, "no body XPath matches"
    # The first match is the container: the gold's last paragraph must be in it.
    last_words = " ".join(gold["body"][-1].split()[:6])
    assert last_words in " ".join(containers[0].text_content().split())


def test_the_outlet_list_in_the_docs_is_the_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = (ROOT / "docs" / "outlets.md").read_text(encoding="utf-8")
    listed = regex.findall(r"^\| `([a-z0-9_]+)` \|", doc, flags=regex.MULTILINE)
    assert listed == IDS
    # The table is exactly what the script printed in the docs makes of the registry today.
    script = regex.search(r"```python\n(.*?)```", doc, flags=regex.DOTALL)
    assert script is not None
    printed: list[str] = []
    monkeypatch.chdir(ROOT)
    exec(script[1], {"print": printed.append})  # noqa: S102 (our own docs snippet, run so it cannot rot)
    table = [line for line in doc.splitlines() if line.startswith("|")]
    assert table == "\n".join(printed).splitlines()


# Issue 12: adapter patterns were compiled ignoring case, so "\p{Lu}" matched any letter and a sentence was
# read as a capitalised place. Each case: (outlet, first paragraph, dateline, paragraph left).
_CASED_DATELINES = [
    (
        "kontan",
        "KONTAN.CO.ID - JAKARTA. Pemerintah menaikkan harga.",
        "Jakarta",
        "Pemerintah menaikkan harga.",
    ),
    (
        "kontan",
        "KONTAN.CO.ID - Pemerintah menaikkan harga. Pedagang mengeluh.",
        None,
        "Pemerintah menaikkan harga. Pedagang mengeluh.",
    ),
    (
        "metrotvnews",
        "Moskow: Presiden Rusia bertemu utusan AS.",
        "Moskow",
        "Presiden Rusia bertemu utusan AS.",
    ),
    ("metrotvnews", "menurut dia: Presiden Rusia bertemu utusan AS.", None, None),
    (
        "detik",
        "Jakarta - Presiden meminta warga tetap di rumah.",
        "Jakarta",
        "Presiden meminta warga tetap di rumah.",
    ),
    ("detik", "namun demikian - Presiden meminta warga tetap di rumah.", None, None),
    (
        "okezone",
        "BANDUNG - Wali kota meminta warga tetap di rumah.",
        "Bandung",
        "Wali kota meminta warga tetap di rumah.",
    ),
    ("okezone", "kata dia - Wali kota meminta warga tetap di rumah.", None, None),
    ("viva", "VIVA Bisnis - Harga beras naik lagi pekan ini.", None, "Harga beras naik lagi pekan ini."),
    ("viva", "VIVA bisnis itu - Harga beras naik lagi pekan ini.", None, None),
]


@pytest.mark.parametrize(("outlet_id", "text", "place", "rest"), _CASED_DATELINES)
def test_adapter_datelines_read_capitals_with_case(
    outlet_id: str, text: str, place: str | None, rest: str | None
) -> None:
    found, _, left = split_dateline(text, OUTLETS[outlet_id])
    assert found == place
    assert left == (text if rest is None else rest)


def test_the_kontan_sentence_of_issue_12_stays_text() -> None:
    art = beritaparse.parse_text(
        "Harga Beras Naik Lagi\nKONTAN.CO.ID - Pemerintah menaikkan harga. Pedagang mengeluh karena stok "
        "di pasar induk menipis sejak pekan lalu.\nPara pedagang menilai kenaikan itu terlalu cepat."
    )
    assert art.outlet == "kontan"
    assert art.dateline is None
    assert art.paragraphs[0].startswith("Pemerintah menaikkan harga. Pedagang mengeluh")


@pytest.mark.parametrize(
    ("outlet_id", "line"), [("detik", "(abc/DEF)"), ("okezone", "(ABC)"), ("merdeka", "[ABC]")]
)
def test_adapter_closing_initials_are_lower_case(outlet_id: str, line: str) -> None:
    # Writers' and editors' initials are lower case on these outlets; capitals are the generic rules' call.
    closing = OUTLETS[outlet_id].closing_pattern
    assert closing is not None
    assert closing.search(f"{_PROSE} {line}") is None
    assert closing.search(f"{_PROSE} {line.lower()}") is not None


def test_an_outlet_is_a_frozen_value_whatever_its_examples() -> None:
    example = Example(note="n", expect={"title": "T"}, text="Judul")
    a = Outlet(id="contoh", name="Contoh.com", hosts=("contoh.com",), examples=(example,))
    b = Outlet(id="contoh", name="Contoh.com", hosts=("contoh.com",))
    # The examples test the outlet: they are no part of its value.
    assert a == b
    assert hash(a) == hash(b)
    assert a.replace(hosts=("contoh.id",)) != a
    assert a.replace(hosts=("contoh.id",)).examples == (example,)
    with pytest.raises(AttributeError):
        a.name = "Lain"  # type: ignore[misc]


_PART = (
    "Pemerintah menyiapkan anggaran tambahan untuk perbaikan jalan yang rusak akibat banjir di sejumlah"
    " kecamatan, kata kepala dinas pekerjaan umum kepada wartawan di kantornya pada Senin pagi. "
)


def _merdeka_parts(sidebar: str) -> bytes:
    parts = "".join(
        f"<div class=body-paragraph><h2>Bagian {i}</h2><div class=mdk-body-paragraph>"
        f"<p>{_PART * 2}Bagian ke-{i}.</p><p>{_PART}Penutup bagian ke-{i}.</p></div></div>"
        for i in range(1, 4)
    )
    return (
        "<html><head><title>Judul Laporan - merdeka.com</title></head><body><h1>Judul Laporan</h1>"
        f"<div class=infinite>{parts}</div>{sidebar}</body></html>"
    ).encode()


def test_an_adapter_reads_every_part_its_text_element_is_repeated_for() -> None:
    # Merdeka's mobile 'Hot Issue': the template repeats its text element for each part of the report,
    # side by side; the adapter's XPath finds the first, and the article is all of them.
    sidebar = "<aside><div class=mdk-body-paragraph><p>Promo langganan singkat.</p></div></aside>"
    art = beritaparse.parse(_merdeka_parts(sidebar), url="https://m.merdeka.com/uang/judul-laporan.html")
    assert art.outlet == "merdeka"
    for i in (1, 2, 3):
        assert any(p.endswith(f"Penutup bagian ke-{i}.") for p in art.paragraphs), i
    # A short element of the same class elsewhere (a sidebar's promo) is no part of the text.
    assert "Promo langganan singkat." not in art.paragraphs
