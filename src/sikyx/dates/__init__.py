"""French temporal expressions -> TIMEX3 values resolved against a reference date."""

from .types import TIMEX_TYPES, Timex

__all__ = ["Timex", "TIMEX_TYPES", "find_dates"]


def find_dates(text, reference_date=None, *, prefer="past"):  # pragma: no cover - replaced by grammar
    raise NotImplementedError
