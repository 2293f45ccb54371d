"""Extension points for the apps above courses on the ladder (assessments, certificates).

Courses cannot import those apps, yet a course is only complete when, say, its required assessment
is passed, and the course page shows that assessment. The upper app registers a callable here in its
`AppConfig.ready()`; courses calls whatever is registered without knowing what it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from django.http import HttpRequest

    from courses.models import CoursePage, Enrolment
    from organisations.models import User

#: (enrolment) -> list of what is still missing besides the lessons, in Dutch ("Toets X halen").
CompletionRequirement = Callable[["Enrolment"], list[str]]
#: (request, course, enrolment or None) -> a dict for the template {"template": …, **context} or None.
CourseSection = Callable[["HttpRequest", "CoursePage", "Enrolment | None"], dict | None]

#: (enrolments) -> {enrolment id: [what is still to do, in Dutch]}, for the learner's overview. Must
#: cost a fixed number of queries for the whole list.
LearningNotes = Callable[[list["Enrolment"]], dict[int, list[str]]]

#: (user) -> a dict for the template {"template": …, **context} or None: a section on /mijn-leren/.
LearningSection = Callable[["User"], dict | None]

completion_requirements: list[CompletionRequirement] = []
learning_sections: list[LearningSection] = []
course_sections: list[CourseSection] = []
learning_notes: list[LearningNotes] = []


def register_completion_requirement(requirement: CompletionRequirement) -> CompletionRequirement:
    if requirement not in completion_requirements:
        completion_requirements.append(requirement)
    return requirement


def register_course_section(section: CourseSection) -> CourseSection:
    if section not in course_sections:
        course_sections.append(section)
    return section


def register_learning_section(section: LearningSection) -> LearningSection:
    if section not in learning_sections:
        learning_sections.append(section)
    return section


def learning_sections_for(user: User) -> list[dict]:
    return [s for section in learning_sections if (s := section(user)) is not None]


def register_learning_notes(notes: LearningNotes) -> LearningNotes:
    if notes not in learning_notes:
        learning_notes.append(notes)
    return notes


def notes_for(enrolments: list[Enrolment]) -> dict[int, list[str]]:
    merged: dict[int, list[str]] = {}
    for notes in learning_notes:
        for enrolment_id, lines in notes(enrolments).items():
            merged.setdefault(enrolment_id, []).extend(lines)
    return merged


def unmet_requirements(enrolment: Enrolment) -> list[str]:
    return [missing for requirement in completion_requirements for missing in requirement(enrolment)]


def sections_for(request: HttpRequest, course: CoursePage, enrolment: Enrolment | None) -> list[dict]:
    return [s for section in course_sections if (s := section(request, course, enrolment)) is not None]
