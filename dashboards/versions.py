"""A version per region of its readiness rows (organisations.versions), so that what is computed
from them can be cached exactly: a cached dashboard is keyed by the version and is never served
after the rows changed (dashboards.readiness replaces it with every write)."""

from __future__ import annotations

from collections.abc import Iterable

from organisations import versions


def _key(region_id: int) -> str:
    return f"dashboards:readiness-version:{region_id}"


def readiness_version(region_id: int) -> str:
    return versions.current(_key(region_id))


def readiness_changed(region_ids: Iterable[int | None]) -> None:
    """The rows of these regions change in the current transaction (or just did)."""
    versions.replace(_key(pk) for pk in {pk for pk in region_ids if pk})
