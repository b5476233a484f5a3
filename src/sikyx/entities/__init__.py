"""Organisations, places and people (ORG/LOC/PER) for French news: rules over the statistical NER.

Pure finders (token texts or raw text in, spans out) and the ``sikyx_entities`` component
(:mod:`sikyx.entities.component`, whose docstring states the annotation guideline).
"""

from .credits import find_credits
from .institutions import find_cued_names, find_institutions, find_legal_form_companies

__all__ = ["find_credits", "find_institutions", "find_cued_names", "find_legal_form_companies"]
