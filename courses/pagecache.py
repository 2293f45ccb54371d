"""The page tree as served, cached: what every lesson view reads and only editors change.

A lesson view needs the page behind the URL, its course, the course's lessons and prerequisites:
five queries that give the same answer to every learner until an editor saves, publishes,
unpublishes, moves or deletes a page. Those answers are cached under one tree version, which
every such change replaces (courses.receivers), on every machine at once (the shared cache).
A lost version is a new one: at worst the answers are read again, never served stale.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from wagtail.models import Page

TREE_VERSION_KEY = "courses:tree-version"
#: A safety net only: the version changes with every edit that matters.
TREE_CACHE_SECONDS = 600


def tree_version() -> str:
    version = cache.get(TREE_VERSION_KEY)
    if version is None:
        cache.add(TREE_VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(TREE_VERSION_KEY)
    return version


def _bump() -> None:
    cache.set(TREE_VERSION_KEY, uuid.uuid4().hex, None)


def tree_changed() -> None:
    # Now, so this process reads its own edit, and after commit: another request may have read
    # the old tree under the new version in between.
    _bump()
    transaction.on_commit(_bump)


def page_at(url_path: str) -> Page | None:
    """The page (specific) stored at this path, live or not; None when there is none."""
    key = f"courses:page:{tree_version()}:{url_path}"
    page = cache.get(key)
    if page is None:
        page = Page.objects.filter(url_path=url_path).specific().first() or False
        cache.set(key, page, TREE_CACHE_SECONDS)
    return page or None


@dataclass
class LessonPlace:
    """Where a lesson sits: its course, the course's live lessons in order and its prerequisites."""

    course: object
    lessons: list
    prerequisites: list


def lesson_place(lesson) -> LessonPlace:
    from courses.models import CoursePage
    from courses.selectors import lessons_of

    key = f"courses:lesson-place:{tree_version()}:{lesson.pk}"
    place = cache.get(key)
    if place is None:
        course = CoursePage.objects.ancestor_of(lesson).get()
        place = LessonPlace(
            course=course,
            lessons=list(lessons_of(course)),
            prerequisites=list(course.prerequisites.live().order_by("title")),
        )
        cache.set(key, place, TREE_CACHE_SECONDS)
    return place
