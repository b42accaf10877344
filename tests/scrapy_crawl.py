"""A real Scrapy crawl with beritaparse's middleware, run by tests/test_scrapy.py in a subprocess.

Usage: ``python scrapy_crawl.py START_URL OUT.jsonl MAX_PAGES``. The spider follows every link of the start
page, marked as an article link, and the middleware writes one item per followed page to OUT.jsonl. The crawl
is bounded (MAX_PAGES responses, 60 seconds) and stops by itself when no request is left. It runs in its own
process because Twisted's reactor can run only once per process.
"""

from __future__ import annotations

import sys
from typing import Any


def main(argv: list[str]) -> int:
    # Imported here: pytest imports this file for doctests, also where Scrapy is not installed.
    import scrapy  # noqa: PLC0415
    from scrapy.crawler import CrawlerProcess  # noqa: PLC0415

    from beritaparse.scrapy import META_KEY  # noqa: PLC0415

    start_url, out, max_pages = argv[1], argv[2], int(argv[3])

    class SiteSpider(scrapy.Spider):
        name = "site"
        start_urls = (start_url,)

        def parse(self, response: Any, **_kwargs: Any) -> Any:
            for href in response.css("a::attr(href)").getall():
                yield response.follow(href, callback=self.article, meta={META_KEY: True})

        def article(self, _response: Any) -> Any:
            # The middleware yields the article item; an article callback may add its own output.
            return ()

    process = CrawlerProcess(
        settings={
            "SPIDER_MIDDLEWARES": {"beritaparse.scrapy.ArticleMiddleware": 600},
            "FEEDS": {out: {"format": "jsonlines", "encoding": "utf-8"}},
            "CLOSESPIDER_PAGECOUNT": max_pages,
            "CLOSESPIDER_TIMEOUT": 60,
            "DOWNLOAD_TIMEOUT": 10,
            "RETRY_ENABLED": False,
            "ROBOTSTXT_OBEY": False,
            # No proxy from the environment and no cookie handling (whose domain check would look up the
            # public-suffix list): the crawl talks to the local server only.
            "HTTPPROXY_ENABLED": False,
            "COOKIES_ENABLED": False,
            "TELNETCONSOLE_ENABLED": False,
            "LOG_LEVEL": "WARNING",
        }
    )
    process.crawl(SiteSpider)
    process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
