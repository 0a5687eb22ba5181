"""Querysets compiled to SQL once per process, then run with new values.

Compiling a values_list queryset with five joins costs the API more Python time
than PostgreSQL takes to run it. The detail endpoints and the evidence of a page run
the same few queries on every request with only ids changing, so they compile each
shape once and swap the ids in. The ORM still writes the SQL and its converters
still turn the rows into Python values; only the repeated compiling is skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import count
from threading import Lock

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import QuerySet
from django.db.models.sql.compiler import SQLCompiler

# Stand-ins for the ids while compiling: far outside any id a table will hold, so
# their places among the compiled parameters are unambiguous.
_STAND_IN_BASE = -(2**62)


@dataclass(frozen=True)
class _Plan:
    sql: str
    params: tuple
    slots: tuple[tuple[int, int, int | None], ...]  # (param index, argument, list item)
    compiler: SQLCompiler
    converters: dict  # column -> the backend's and fields' from_db_value converters


class CompiledQuery:
    """Rows (tuples) of `build(*ids)`, a values_list queryset, compiled once per shape.

    Each argument is an id or a list of ids; the shape is which arguments are lists
    and how long, so `evidence([1, 2])` and `evidence([3, 4])` share one compilation.
    """

    def __init__(self, build: Callable[..., QuerySet]) -> None:
        self.build = build
        self._plans: dict[tuple, _Plan] = {}
        self._lock = Lock()

    def __call__(self, *ids, using: str = DEFAULT_DB_ALIAS) -> list[tuple]:
        return fetch_together((self, ids), using=using)[0]

    def _bind(self, ids: tuple, using: str) -> tuple[_Plan, list] | None:
        """The plan for these ids' shape and its parameters; None when nothing can match."""
        if any(isinstance(value, (list, tuple)) and not value for value in ids):
            return None  # `__in` an empty list matches nothing; no query needed
        plan = self._plan(ids, using)
        params = list(plan.params)
        for index, argument, item in plan.slots:
            params[index] = ids[argument] if item is None else ids[argument][item]
        return plan, params

    def _plan(self, ids: tuple, using: str) -> _Plan:
        shape = (using, *(len(v) if isinstance(v, (list, tuple)) else None for v in ids))
        plan = self._plans.get(shape)
        if plan is None:
            with self._lock:
                plan = self._plans.get(shape) or self._compile(ids, using)
                self._plans[shape] = plan
        return plan

    def _compile(self, ids: tuple, using: str) -> _Plan:
        numbers = count(_STAND_IN_BASE)
        where: dict[int, tuple[int, int | None]] = {}
        stand_ins = []
        for argument, value in enumerate(ids):
            if isinstance(value, (list, tuple)):
                items = [next(numbers) for _ in value]
                where.update({n: (argument, item) for item, n in enumerate(items)})
                stand_ins.append(items)
            else:
                number = next(numbers)
                where[number] = (argument, None)
                stand_ins.append(number)
        compiler = self.build(*stand_ins).query.get_compiler(using)
        sql, params = compiler.as_sql()
        slots = tuple((i, *where[p]) for i, p in enumerate(params) if isinstance(p, int) and p in where)
        if len(slots) != len(where):
            raise ValueError(f"{self.build.__name__}: each id must reach the SQL exactly once")
        converters = compiler.get_converters([column[0] for column in compiler.select[: compiler.col_count]])
        return _Plan(sql=sql, params=tuple(params), slots=slots, compiler=compiler, converters=converters)


def fetch_together(*calls: tuple[CompiledQuery, tuple], using: str = DEFAULT_DB_ALIAS) -> list[list[tuple]]:
    """The rows of each (query, ids) call, in order; on PostgreSQL in one round trip.

    psycopg's pipeline mode sends every statement before it reads any result, so a
    detail's three small queries wait on the network once instead of three times.
    Each query still goes through Django's cursor (errors, logging, query counts).
    """
    bound = [query._bind(ids, using) for query, ids in calls]
    connection = connections[using]
    with connection.cursor() as cursor:  # connects (and health-checks) outside any pipeline
        if connection.vendor == "postgresql" and sum(item is not None for item in bound) > 1:
            fetched = _pipelined(connection, bound)
        else:
            fetched = [_fetch(cursor, item) for item in bound]
    return [_converted(item[0], rows) if item else [] for item, rows in zip(bound, fetched, strict=True)]


def _fetch(cursor, item: tuple[_Plan, list] | None) -> list[tuple]:
    if item is None:
        return []
    cursor.execute(item[0].sql, item[1])
    return cursor.fetchall()


def _pipelined(connection, bound: list) -> list[list[tuple]]:
    """Send every statement, then read every result (a cursor each, so none is lost)."""
    with connection.connection.pipeline():
        cursors = [connection.cursor() if item is not None else None for item in bound]
        try:
            for cursor, item in zip(cursors, bound, strict=True):
                if item is not None:
                    cursor.execute(item[0].sql, item[1])
            return [cursor.fetchall() if cursor else [] for cursor in cursors]
        finally:
            for cursor in cursors:
                if cursor is not None:
                    cursor.close()


def _converted(plan: _Plan, rows: list[tuple]) -> list[tuple]:
    if not plan.converters:
        return rows
    return [tuple(row) for row in plan.compiler.apply_converters(rows, plan.converters)]
