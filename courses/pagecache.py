"""The page tree as served, cached: what every lesson view reads and only editors change.

A lesson view needs the page behind the URL, its course, the course's lessons and prerequisites:
five queries that give the same answer to every learner until an editor saves, publishes,
unpublishes, moves or deletes a page. Those answers are cached under one tree version
(organisations.versions), which every such change replaces (courses.receivers).
"""

from __future__ import annotations

from dataclasses import dataclass

from wagtail.models import Page

from organisations import versions

TREE_VERSION = versions.shared("courses:tree-version")


def tree_changed() -> None:
    versions.replace([TREE_VERSION])


def page_at(url_path: str) -> Page | None:
    """The page (specific) stored at this path, live or not; None when there is none."""
    return versions.remembered(
        f"courses:page:{versions.current(TREE_VERSION)}:{url_path}",
        lambda: Page.objects.filter(url_path=url_path).specific().first(),
    )


@dataclass
class LessonPlace:
    """Where a lesson sits: its course, the course's live lessons in order and its prerequisites."""

    course: object
    lessons: list
    prerequisites: list


def _place_of(lesson) -> LessonPlace:
    from courses.models import CoursePage
    from courses.selectors import lessons_of

    course = CoursePage.objects.ancestor_of(lesson).get()
    return LessonPlace(
        course=course,
        lessons=list(lessons_of(course)),
        prerequisites=list(course.prerequisites.live().order_by("title")),
    )


def lesson_place(lesson, *, cached: bool = True) -> LessonPlace:
    """A preview's lesson may be a draft, or not saved yet: `cached=False` reads it afresh."""
    if not cached:
        return _place_of(lesson)
    return versions.remembered(
        f"courses:lesson-place:{versions.current(TREE_VERSION)}:{lesson.pk}", lambda: _place_of(lesson)
    )
