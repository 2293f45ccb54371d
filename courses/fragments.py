"""A lesson's content as rendered HTML, shared by every learner who reads it.

Most of a lesson's blocks (text, casus, images, video, documents, callouts) look the same to
everybody; rendering them is the larger part of a lesson page's template work, and an image block
costs a query for the image and one for its rendition. They are rendered once and cached under
the page tree's version (what a page link in rich text points to, and the lesson itself) and the
media version (an image or document replaced), per language. The blocks that show the learner's
own answers (reflection, knowledge check, content warning) are rendered for each request.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.translation import get_language

from courses.pagecache import TREE_VERSION
from organisations import versions

#: Replaced when an image or a document is saved or deleted (courses.receivers).
MEDIA_VERSION = versions.shared("courses:media-version")

#: Block types whose rendering depends on who reads them.
PERSONAL_BLOCKS = frozenset({"reflection", "knowledge_check", "content_warning"})


def media_changed() -> None:
    versions.replace([MEDIA_VERSION])


@dataclass
class Part:
    """One block of a lesson: its shared HTML, or the block itself to render for this learner."""

    id: str
    html: str | None = None
    block: object | None = None


def _render_shared(lesson) -> dict[int, str]:
    return {
        index: lesson.body[index].render_as_block(context={"block_id": lesson.body[index].id})
        for index, item in enumerate(lesson.body.raw_data)
        if item["type"] not in PERSONAL_BLOCKS
    }


def lesson_parts(lesson, *, preview: bool = False) -> list[Part]:
    """The lesson's blocks in order: shared ones as cached HTML, personal ones as blocks.

    A preview shows a draft under the live lesson's id: rendered afresh, and not kept.
    """
    if preview:
        shared = _render_shared(lesson)
    else:
        key = f"courses:lesson-html:{lesson.pk}:{versions.current(TREE_VERSION, MEDIA_VERSION)}:{get_language()}"
        shared = versions.remembered(key, lambda: _render_shared(lesson))
    return [
        Part(id=item.get("id", ""), html=shared[index])
        if index in shared
        else Part(id=item.get("id", ""), block=lesson.body[index])
        for index, item in enumerate(lesson.body.raw_data)
    ]


def lesson_nav(lesson, course, overview: dict, done: set[int], *, preview: bool = False) -> str:
    """The course's lessons beside a lesson, with the learner's ticks and progress.

    It depends on the learner only through the lessons they completed, so it is cached per lesson
    and set of completed lessons: everyone at the same point in the course shares it.
    """

    def render() -> str:
        context = {"page": lesson, "course": course, **overview}
        return render_to_string("courses/includes/lesson_nav.html", context)

    if preview:
        return render()
    progress = ",".join(str(pk) for pk in sorted(done))
    key = f"courses:lesson-nav:{lesson.pk}:{versions.current(TREE_VERSION)}:{get_language()}:{progress}"
    return versions.remembered(key, render)
