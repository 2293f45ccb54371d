"""Wagtail hooks for course content.

Casus in lessons must be invented (DOMAIN §8.1): after a lesson is saved, its text is checked for a
BSN or a real-looking address and the author gets a warning. Saving is never blocked.
"""

from wagtail import hooks

from courses.models import LessonPage
from organisations.privacy import warn_about_personal_data

#: Author-written fields of a lesson; the StreamField holds the text, casus and callout blocks.
LESSON_TEXT_FIELDS = ("title", "summary", "body")


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_personal_data_in_lesson(request, page):
    if isinstance(page, LessonPage):
        warn_about_personal_data(request, page, LESSON_TEXT_FIELDS)
