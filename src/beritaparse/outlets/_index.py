"""Each adapter's id, name and hosts, in id order: the registry answers a host or a site name from
here and imports an adapter module only when its outlet is needed.

Written by ``python tools/outlet_index.py`` from the adapters' own ``OUTLET`` values (where they are
stated); do not edit by hand. ``tests/test_outlets.py`` fails when this falls behind the adapters.
"""

from __future__ import annotations

INDEX: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("antaranews", "ANTARA News", ("antaranews.com",)),
    ("beritasatu", "Beritasatu.com", ("beritasatu.com",)),
    ("bisnis", "Bisnis.com", ("bisnis.com",)),
    ("cnbcindonesia", "CNBC Indonesia", ("cnbcindonesia.com",)),
    ("cnnindonesia", "CNN Indonesia", ("cnnindonesia.com",)),
    ("detik", "detikcom", ("detik.com",)),
    ("idntimes", "IDN Times", ("idntimes.com",)),
    ("inews", "iNews.id", ("inews.id",)),
    ("islamtoday", "IslamToday ID", ("islamtoday.id",)),
    ("jawapos", "JawaPos.com", ("jawapos.com",)),
    ("jpnn", "JPNN.com", ("jpnn.com",)),
    ("kapanlagi", "KapanLagi.com", ("kapanlagi.com",)),
    ("kompas", "Kompas.com", ("kompas.com",)),
    ("kompastv", "KOMPAS.TV", ("kompas.tv",)),
    ("kontan", "Kontan", ("kontan.co.id",)),
    ("kumparan", "kumparan", ("kumparan.com",)),
    ("liputan6", "Liputan6.com", ("liputan6.com",)),
    ("merdeka", "Merdeka.com", ("merdeka.com",)),
    ("metrotvnews", "Metrotvnews.com", ("metrotvnews.com", "medcom.id")),
    ("okezone", "Okezone", ("okezone.com",)),
    ("republika", "Republika", ("republika.co.id", "republika.id")),
    ("sindonews", "SINDOnews", ("sindonews.com",)),
    ("suara", "Suara.com", ("suara.com",)),
    ("tempo", "Tempo.co", ("tempo.co",)),
    ("tirto", "Tirto.id", ("tirto.id",)),
    ("tribunnews", "Tribunnews.com", ("tribunnews.com",)),
    ("viva", "VIVA.co.id", ("viva.co.id",)),
    ("voaindonesia", "VOA Indonesia", ("voaindonesia.com",)),
)
