"""``record``: a dataclass whose ``__repr__`` is one shared function, not source generated and
compiled for each class at import.

Python 3.11 compiles every generated method of a dataclass separately at each start; the
``__repr__`` of the ~90 dataclasses of the package was some 17 ms of a cold ``draftcheck
check`` (the published goal is half of textlint's cold start). The shared ``__repr__``
prints the same text as the generated one: ``Name(field=value, …)`` over the fields with
``repr=True``."""
from __future__ import annotations

import dataclasses


def _repr(self) -> str:
    inner = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in dataclasses.fields(self) if f.repr)
    return f"{type(self).__qualname__}({inner})"


def record(cls=None, /, **options):
    """``dataclasses.dataclass(cls, **options)`` with the shared ``__repr__`` (a class that
    writes its own keeps it)."""

    def wrap(c):
        own = "__repr__" in c.__dict__
        out = dataclasses.dataclass(c, repr=False, **options)
        if not own:
            out.__repr__ = _repr
        return out

    return wrap if cls is None else wrap(cls)
