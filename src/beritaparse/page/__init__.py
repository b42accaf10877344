"""Pages: from bytes, str or a parsed tree to an :class:`~beritaparse.model.Article`.

The stages, each a module: ``html`` (decode and safe parse), ``metadata`` and the readers it calls
(``titles``, ``timestamps``, ``bylines``, ``topics``, ``addresses``, ``structured``, ``language``),
``generic`` (the article container when no adapter names it), ``dom`` (the walk into candidate blocks), and
``extract`` (:func:`parse`, which runs them in order and hands the blocks to :mod:`beritaparse.rules`).
"""

from __future__ import annotations

from beritaparse.page.extract import parse

__all__ = ["parse"]
