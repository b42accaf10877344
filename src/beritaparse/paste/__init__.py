"""Pasted article text: lines become the same candidate blocks a page gives.

``layout`` finds the stretch of prose that is the article, ``header`` reads the headline, byline, date and
credit boxes around it, and ``extract`` (:func:`parse_text`) runs them and the shared block rules.
"""

from __future__ import annotations

from beritaparse.paste.extract import parse_text

__all__ = ["parse_text"]
