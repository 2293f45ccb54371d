from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from courses import selectors, services
from courses.extensions import learning_sections_for
from courses.forms import AssignCourseForm
from courses.fragments import lesson_nav, lesson_parts
from courses.models import CoursePage, LessonPage, ReflectionAnswer
from courses.pagecache import lesson_place


def serve_course(request, course: CoursePage, default_serve):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if request.method == "POST":
        try:
            services.enrol_self(user=request.user, course=course)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("U bent ingeschreven voor %(course)s.") % {"course": course.title})
        return redirect(course.url)
    return default_serve(request)


def serve_lesson(request, lesson: LessonPage):
    """A lesson: locked courses explain what unlocks them; POSTs record progress and answers."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    # A trainer's preview of a draft: nothing cached, nothing recorded.
    preview = getattr(request, "is_preview", False)
    place = lesson_place(lesson, cached=not preview)
    course = place.course
    kinds = {block["type"] for block in lesson.body.raw_data}  # without loading the blocks' images
    state = selectors.lesson_state(
        request.user, course, lesson, prerequisites=place.prerequisites, warning="content_warning" in kinds
    )
    if state.missing:
        return render(
            request,
            "courses/lesson_locked.html",
            {"page": lesson, "course": course, "missing": state.missing},
            status=403,
        )
    if request.method == "POST":
        return _lesson_post(request, lesson, course)
    enrolment = (
        state.enrolment
        if preview
        else services.record_visit(user=request.user, lesson=lesson, course=course, enrolment=state.enrolment)
    )
    done = state.done if state.enrolment else set()
    overview = selectors.course_overview(
        request.user, course, enrolment=enrolment, done=done, missing=[], details=False, lessons=place.lessons
    )
    rows = overview["lesson_rows"]
    index = next((i for i, row in enumerate(rows) if row.lesson.pk == lesson.pk), 0)
    reflections = (
        dict(ReflectionAnswer.objects.filter(user=request.user, lesson=lesson).values_list("block_id", "text"))
        if "reflection" in kinds
        else {}
    )
    check_answers = request.session.get(f"check:{lesson.pk}", {})
    return render(
        request,
        "courses/lesson_page.html",
        {
            "page": lesson,
            "course": course,
            "enrolment": enrolment,
            **overview,
            "lesson_number": index + 1,
            "previous_lesson": rows[index - 1].lesson if index > 0 else None,
            "next_lesson_in_order": rows[index + 1].lesson if index + 1 < len(rows) else None,
            "is_completed": rows[index].completed if rows else False,
            "parts": [
                (part, reflections.get(part.id, ""), check_answers.get(part.id))
                for part in lesson_parts(lesson, preview=preview)
            ],
            "warning_acknowledged": state.warning_acknowledged,
            "lesson_nav": lesson_nav(lesson, course, overview, done, preview=preview),
        },
    )


def _lesson_post(request, lesson: LessonPage, course: CoursePage):
    action = request.POST.get("action")
    anchor = ""
    if action == "complete":
        _enrolment, course_done = services.complete_lesson(user=request.user, lesson=lesson, course=course)
        if course_done:
            messages.success(
                request, _("Gefeliciteerd: u heeft alle lessen van %(course)s afgerond.") % {"course": course.title}
            )
            return redirect(course.url)
        following = selectors.next_lesson_after(course, lesson)
        messages.success(request, _("Les afgerond."))
        return redirect(following.url if following else course.url)
    if action == "reflection":
        block_id = request.POST.get("block_id", "")
        try:
            services.save_reflection(
                user=request.user, lesson=lesson, block_id=block_id, text=request.POST.get("text", "")
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Uw antwoord is opgeslagen. Alleen u kunt het lezen."))
        anchor = f"#blok-{block_id}"
    elif action == "check":
        block_id = request.POST.get("block_id", "")
        choice = request.POST.get("option")
        if choice is None:
            messages.error(request, _("Kies eerst een antwoord."))
        else:
            # Ungraded: the choice is kept in the session only, to show its feedback.
            answers = request.session.get(f"check:{lesson.pk}", {})
            answers[block_id] = choice
            request.session[f"check:{lesson.pk}"] = answers
        anchor = f"#blok-{block_id}"
    elif action == "acknowledge":
        services.acknowledge_warning(user=request.user, lesson=lesson)
    return redirect(lesson.url + anchor)


@login_required
def my_learning(request):
    services.sync_path_enrolments(user=request.user)
    return render(
        request,
        "courses/my_learning.html",
        {
            **selectors.learning_overview(request.user),
            "catalogue_url": selectors.catalogue_url(),
            "extra_sections": learning_sections_for(request.user),
        },
    )


@login_required
def assign(request):
    """Managers assign a course with a deadline to a person or team of their own region."""
    form = AssignCourseForm(request.POST or None, actor=request.user)
    if not form.actor_may_assign:
        raise PermissionDenied(_("Alleen managers wijzen cursussen toe."))
    if request.method == "POST" and form.is_valid():
        try:
            services.assign_course(actor=request.user, **form.assignment_kwargs())
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        except PermissionDenied as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("De cursus is toegewezen."))
            return redirect("courses:assign")
    return render(request, "courses/assign.html", {"form": form, "assignments": form.recent_assignments()})
