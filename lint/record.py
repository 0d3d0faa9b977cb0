"""Small value classes without the start-up cost of dataclasses.

``@dataclass`` writes each class's ``__init__``, ``__repr__`` and ``__eq__`` as source and
compiles it with ``exec`` when the module is imported (about a millisecond a class on a
small machine), and importing dataclasses imports inspect, ast and dis: for the twenty-odd
classes a lint run loads, a tenth of a one-post run.  A :class:`Record` names its fields in
``_fields`` and writes its own ``__init__``; repr and ``==`` come from the fields, as a
dataclass's do (``==`` between records of the same class compares every field).

>>> class Point(Record):
...     _fields = ("x", "y")
...     def __init__(self, x: int, y: int = 0) -> None:
...         self.x = x
...         self.y = y
>>> Point(1), Point(1) == Point(1, 0), Point(1) == Point(2)
(Point(x=1, y=0), True, False)

A record is mutable and so, like a dataclass, not hashable; a :class:`FrozenRecord`, which
nothing changes after ``__init__``, hashes by its fields (a dict key, a set member).
"""

from __future__ import annotations

import operator

__all__ = ["FrozenRecord", "Record"]


class Record:
    """Fields named in ``_fields`` (in order); ``_repr_fields``: those repr shows (default:
    every field)."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()
    _repr_fields: tuple[str, ...] | None = None
    _values = staticmethod(lambda record: ())  # a subclass's: its fields' values, by attrgetter

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if cls._fields:
            cls._values = staticmethod(operator.attrgetter(*cls._fields))

    def __repr__(self) -> str:
        names = self._fields if self._repr_fields is None else self._repr_fields
        inside = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__qualname__}({inside})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._values(self) == other._values(other)

    __hash__ = None  # mutable: equal by value, so not hashable


class FrozenRecord(Record):
    """A record that nothing changes after ``__init__``: hashable by its fields."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(self._values(self))
