"""sikyx: French figures, dates and entities as exact, typed values.

Quick use::

    import sikyx
    result = sikyx.extract("Il a payé 3 000 € le 2 mai.", reference_date="2021-06-01")
    result.to_dict()   # the public JSON shape (see README)

    nlp = sikyx.load()             # fr_core_news_md + sikyx components, for spaCy users
    doc = nlp("...")
    doc._.quantities, doc._.dates  # Spans with span._.quantity / span._.date
"""

from .dates import Timex
from .extraction import Entity, Extraction, extract, extract_many
from .pipeline import load
from .quantities import Quantity
from .units import ureg

__version__ = "0.1.0"

__all__ = ["load", "extract", "extract_many", "Extraction", "Entity", "Quantity", "Timex", "ureg",
           "__version__"]
