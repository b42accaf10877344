"""beritaparse.scrapy: Scrapy's own responses in, article items out; and a real crawl of a local server."""

from __future__ import annotations

import asyncio
import datetime as dt
import http.server
import json
import os
import pathlib
import subprocess
import sys
import threading
from typing import TYPE_CHECKING, Any

import pytest

pytest.importorskip("scrapy", reason="beritaparse.scrapy needs Scrapy (the 'scrapy' extra)")

from scrapy import Request
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError

import beritaparse
from beritaparse import errors
from beritaparse.scrapy import META_KEY, ArticleMiddleware, article_from_response, item_from_response

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

PAGES = pathlib.Path(__file__).parent / "pages"
CRAWL_SCRIPT = pathlib.Path(__file__).parent / "scrapy_crawl.py"
# A few saved pages of different outlets; ap-kapanlagi-1 declares iso-8859-1 in its markup but is UTF-8.
CASES = ("detik/tl-detik-1", "kompas/ap-kompas-1", "kapanlagi/ap-kapanlagi-1", "liputan6/ap-liputan6-1")
# Eight PNG signature bytes and the start of its header chunk: binary data, whatever the server calls it.
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(64)
NAVIGATION = (
    "<html><head><title>Indeks Berita</title></head><body><nav><ul>"
    + "".join(f'<li><a href="/berita/{i}">Judul berita nomor {i} hari ini</a></li>' for i in range(20))
    + "</ul></nav></body></html>"
).encode()


def _gold(case: str) -> dict[str, Any]:
    return json.loads((PAGES / f"{case}.expected.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _page(case: str) -> bytes:
    return (PAGES / f"{case}.html").read_bytes()


def _check_against_gold(article: dict[str, Any], gold: dict[str, Any]) -> None:
    assert article["title"] == gold["title"]
    assert article["authors"] == gold["authors"]
    got = dt.datetime.fromisoformat(article["published"])
    assert abs(got - dt.datetime.fromisoformat(gold["published"])) <= dt.timedelta(minutes=5)
    assert article["body"][0]["text"] == gold["body"][0]


def _error_class(item: dict[str, Any]) -> type[BaseException]:
    cls = getattr(errors, item["error"]["type"])
    assert issubclass(cls, errors.BeritaparseError)
    return cls  # type: ignore[no-any-return]


@pytest.mark.parametrize("case", CASES)
def test_article_from_html_response(case: str) -> None:
    gold = _gold(case)
    response = HtmlResponse(gold["url"], body=_page(case), headers={"Content-Type": "text/html"})
    article = article_from_response(response)
    _check_against_gold(article.to_dict(), gold)
    # The same bytes and URL give the same article as the library's own entry point.
    assert article == beritaparse.parse(_page(case), url=gold["url"])


def test_item_from_response_is_the_article_dict() -> None:
    case = CASES[0]
    gold = _gold(case)
    response = HtmlResponse(gold["url"], body=_page(case))
    item = item_from_response(response)
    assert sorted(item) == ["article", "id", "url"]
    assert item["id"] == item["url"] == gold["url"]
    assert item["article"] == beritaparse.parse(_page(case), url=gold["url"]).to_dict()
    assert json.loads(json.dumps(item)) == item  # plain JSON-able data, as feed exporters want


def test_utf8_wins_over_a_wrong_header_charset() -> None:
    # ap-kapanlagi-1 is UTF-8; a server that says iso-8859-1 (as its own markup does) must not garble it.
    case = "kapanlagi/ap-kapanlagi-1"
    gold = _gold(case)
    response = HtmlResponse(
        gold["url"], body=_page(case), headers={"Content-Type": "text/html; charset=iso-8859-1"}
    )
    _check_against_gold(article_from_response(response).to_dict(), gold)


def test_header_charset_decodes_a_page_that_declares_nothing() -> None:
    # A GBK page (Chinese words in Indonesian text) whose only declaration is the HTTP header.
    para = (
        "Komunitas Tionghoa merayakan Imlek (春节) di Glodok, Jakarta, pada Sabtu malam. Warga memadati "
        "vihara sejak sore dan pedagang kue keranjang kebanjiran pembeli, kata pengurus vihara."
    )
    html = "<html><head><title>Imlek di Glodok</title></head><body><article><h1>Imlek di Glodok</h1>"
    html += f"<p>{para}</p><p>{para}</p></article></body></html>"
    response = HtmlResponse(
        "https://example.com/imlek",
        body=html.encode("gbk"),
        headers={"Content-Type": "text/html; charset=GBK"},
    )
    article = article_from_response(response)
    assert article.title == "Imlek di Glodok"
    assert article.paragraphs[0] == para


def test_options_reach_parse() -> None:
    case = CASES[0]
    gold = _gold(case)
    response = HtmlResponse(gold["url"], body=_page(case))
    assert article_from_response(response, adapters=False) == beritaparse.parse(
        _page(case), url=gold["url"], adapters=False
    )
    with pytest.raises(errors.InputTooLargeError):
        article_from_response(response, max_bytes=1000)
    assert _error_class(item_from_response(response, max_bytes=1000)) is errors.InputTooLargeError


def test_non_article_page_is_recorded_not_raised() -> None:
    response = HtmlResponse("https://example.com/indeks", body=NAVIGATION)
    with pytest.raises(errors.NoArticleError):
        article_from_response(response)
    item = item_from_response(response)
    assert sorted(item) == ["error", "id", "url"]
    assert issubclass(_error_class(item), errors.NoArticleError)
    assert item["error"]["message"]


@pytest.mark.parametrize(
    ("body", "error"),
    [(PNG, errors.HTMLDecodeError), (b"", errors.EmptyInputError), (b" \n ", errors.EmptyInputError)],
)
def test_broken_page_is_recorded(body: bytes, error: type[Exception]) -> None:
    # Served as text/html (Scrapy then builds an HtmlResponse) but not a page at all.
    response = HtmlResponse("https://example.com/rusak", body=body, headers={"Content-Type": "text/html"})
    assert _error_class(item_from_response(response)) is error


def test_non_text_response_is_skipped() -> None:
    image = Response("https://example.com/logo.png", body=PNG, headers={"Content-Type": "image/png"})
    assert item_from_response(image) == {
        "id": "https://example.com/logo.png",
        "url": "https://example.com/logo.png",
        "skipped": "not HTML (image/png)",
    }
    assert (
        item_from_response(Response("https://example.com/x", body=b"x"))["skipped"]
        == "not HTML (no Content-Type)"
    )


def _response(case: str, *, marked: bool, status: int = 200) -> TextResponse:
    gold = _gold(case)
    request = Request(gold["url"], meta={META_KEY: True} if marked else {})
    return HtmlResponse(gold["url"], body=_page(case), request=request, status=status)


def test_middleware_adds_the_item_before_the_callback_output() -> None:
    response = _response(CASES[1], marked=True)
    follow = Request("https://example.com/next")
    out = list(ArticleMiddleware().process_spider_output(response, [follow, {"own": 1}]))
    assert len(out) == 3
    assert out[0]["article"]["title"] == _gold(CASES[1])["title"]
    assert out[1:] == [follow, {"own": 1}]


def test_middleware_leaves_unmarked_responses_alone() -> None:
    response = _response(CASES[1], marked=False)
    assert list(ArticleMiddleware().process_spider_output(response, [{"own": 1}])) == [{"own": 1}]


def test_middleware_async_output() -> None:
    async def spider_output() -> AsyncIterator[Any]:
        yield {"own": 1}

    async def collect() -> list[Any]:
        out = ArticleMiddleware().process_spider_output_async(
            _response(CASES[2], marked=True), spider_output()
        )
        return [element async for element in out]

    out = asyncio.run(collect())
    assert [sorted(o) for o in out] == [["article", "id", "url"], ["own"]]
    assert out[0]["article"]["title"] == _gold(CASES[2])["title"]


def test_middleware_without_adapters() -> None:
    case = CASES[0]
    out = list(ArticleMiddleware(adapters=False).process_spider_output(_response(case, marked=True), []))
    assert (
        out[0]["article"] == beritaparse.parse(_page(case), url=_gold(case)["url"], adapters=False).to_dict()
    )


def test_middleware_records_http_errors_of_marked_requests() -> None:
    middleware = ArticleMiddleware()
    missing = _response(CASES[0], marked=True, status=404)
    assert middleware.process_spider_exception(missing, HttpError(missing), None) == [
        {"id": missing.url, "url": missing.url, "skipped": "HTTP status 404"}
    ]
    unmarked = _response(CASES[0], marked=False, status=404)
    assert middleware.process_spider_exception(unmarked, HttpError(unmarked)) is None
    # An exception of the spider's own code is not the middleware's to swallow.
    assert middleware.process_spider_exception(missing, RuntimeError("bug in a callback")) is None


# --- end to end: a real crawl of a local server ---------------------------------------------------------


class _Site(http.server.ThreadingHTTPServer):
    """A local site: an index page linking to every route, and a log of the paths it answered."""

    def __init__(self, routes: dict[str, tuple[int, str, bytes]]) -> None:
        self.routes = routes
        self.served: list[str] = []
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Site

    def do_GET(self) -> None:
        routes = self.server.routes
        if self.path == "/":
            links = "".join(f'<li><a href="{path}">{path}</a></li>' for path in routes)
            status, content_type, body = 200, "text/html; charset=utf-8", f"<ul>{links}</ul>".encode()
        else:
            status, content_type, body = routes.get(self.path, (404, "text/plain", b"not found"))
        with self.server.lock:
            self.server.served.append(self.path)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's parameter name
        del format, args  # keep the test output quiet


@pytest.fixture
def site() -> Iterator[_Site]:
    routes = {f"/{case}.html": (200, "text/html", _page(case)) for case in CASES}
    routes["/indeks.html"] = (200, "text/html; charset=utf-8", NAVIGATION)
    routes["/rusak.html"] = (200, "text/html", PNG)
    routes["/logo.png"] = (200, "image/png", PNG)
    routes["/hilang.html"] = (404, "text/html", b"<html><body><h1>404</h1></body></html>")
    server = _Site(routes)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_crawl_of_a_local_site_gives_one_item_per_page(site: _Site, tmp_path: pathlib.Path) -> None:
    host, port = site.server_address[:2]
    base = f"http://{host}:{port}"
    out = tmp_path / "items.jsonl"
    # The crawl imports the same beritaparse as this test, whatever the working directory.
    source = str(pathlib.Path(beritaparse.__file__).parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [source, os.environ.get("PYTHONPATH")]))}
    # Twisted's reactor runs once per process: the crawl gets its own, bounded in pages and time.
    subprocess.run(
        [sys.executable, str(CRAWL_SCRIPT), f"{base}/", str(out), "50"],
        check=True,
        timeout=180,
        cwd=tmp_path,
        env=env,
    )
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_path = {item["url"].removeprefix(base): item for item in items}

    # One item per page the index links to, each page fetched once, nothing else fetched.
    assert len(items) == len(by_path) == len(site.routes)
    assert set(by_path) == set(site.routes)
    assert sorted(site.served) == sorted(["/", *site.routes])

    for case in CASES:
        _check_against_gold(by_path[f"/{case}.html"]["article"], _gold(case))
    assert issubclass(_error_class(by_path["/indeks.html"]), errors.NoArticleError)
    assert _error_class(by_path["/rusak.html"]) is errors.HTMLDecodeError
    assert by_path["/logo.png"]["skipped"] == "not HTML (image/png)"
    assert by_path["/hilang.html"]["skipped"] == "HTTP status 404"
