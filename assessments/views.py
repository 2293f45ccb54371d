"""Taking assessments, grading open answers, item statistics and regrading. Views stay thin:
authorise, parse, call one service or selector, render."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from assessments import forms, scoring, selectors, services
from assessments.models import Assessment, Casus, ItemKind, Question
from courses import selectors as course_selectors


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


@login_required
@require_http_methods(["GET", "POST"])
def assessment_detail(request, pk: int):
    assessment = selectors.access_assessment(pk)
    if request.method == "POST":
        try:
            attempt = services.start_attempt(user=request.user, assessment=assessment)
        except services.AttemptRefused as refusal:
            messages.error(request, refusal.message)
            return redirect("assessments:assessment", pk=pk)
        except ValidationError as error:  # enrolling refuses when prerequisites are missing
            messages.error(request, " ".join(error.messages))
            return redirect("assessments:assessment", pk=pk)
        return redirect("assessments:attempt", pk=attempt.pk)
    enrolment = course_selectors.current_enrolment(request.user, assessment.course)
    return render(
        request,
        "assessments/assessment.html",
        {
            "assessment": assessment,
            "course": assessment.course,
            "eligibility": selectors.eligibility(request.user, assessment, enrolment),
            "attempts": selectors.attempts_of(request.user, assessment),
            "question_count": sum(p.question_count for p in assessment.pools.all()),
            "casus_count": assessment.casus_items.count(),
        },
    )


@login_required
def attempt_resume(request, pk: int):
    """Go to the first item without an answer — where the learner was."""
    attempt = selectors.access_attempt(request.user, pk)
    if not attempt.is_open:
        return redirect("assessments:result", pk=pk)
    views = selectors.attempt_items(attempt)
    first_open = next((v.item.position for v in views if not v.answered), None)
    if first_open is None:
        return redirect("assessments:submit", pk=pk)
    return redirect("assessments:item", pk=pk, position=first_open)


def _closed_by_timer(request, attempt) -> HttpResponse | None:
    if attempt.is_open and selectors.is_expired(attempt):
        services.submit_attempt(user=request.user, attempt_id=attempt.pk)
        messages.warning(request, _("De tijd is om. Uw opgeslagen antwoorden zijn ingeleverd."))
        return redirect("assessments:result", pk=attempt.pk)
    if not attempt.is_open:
        return redirect("assessments:result", pk=attempt.pk)
    return None


@login_required
@require_http_methods(["GET", "POST"])
def attempt_item(request, pk: int, position: int):
    attempt = selectors.access_attempt(request.user, pk)
    if request.method == "POST":
        return _save(request, attempt, position)
    if (closed := _closed_by_timer(request, attempt)) is not None:
        return closed
    return _render_item(request, attempt, position)


def _render_item(request, attempt, position: int, *, error: str = "", status: int = 200):
    views = selectors.attempt_items(attempt)
    if not 1 <= position <= len(views):
        return render(
            request,
            "assessments/refused.html",
            {"attempt": attempt, "message": _("Deze vraag hoort niet bij uw poging.")},
            status=404,
        )
    view = views[position - 1]
    return render(
        request,
        "assessments/item.html",
        {
            "attempt": attempt,
            "assessment": attempt.assessment,
            "views": views,
            "view": view,
            "position": position,
            "total": len(views),
            "answered_count": sum(v.answered for v in views),
            "item": _item_context(attempt, view),
            "error": error,
            **_timer_context(attempt),
        },
        status=status,
    )


def _timer_context(attempt) -> dict:
    if not attempt.deadline_at:
        return {"remaining_seconds": None}
    remaining = max(0, int((attempt.deadline_at - timezone.now()).total_seconds()))
    return {
        "remaining_seconds": remaining,
        "can_extend": selectors.can_extend(attempt),
        "extension_minutes": selectors.extension_minutes(attempt.assessment),
        "extensions_left": selectors.MAX_EXTENSIONS - attempt.extensions_used,
    }


def _item_context(attempt, view: selectors.ItemView) -> dict:
    """What the item template needs, with options in the attempt's fixed order."""
    snapshot = view.snapshot
    immediate = attempt.feedback_mode == "immediate"
    if view.item.kind == ItemKind.CASUS:
        decisions = view.decisions
        done, current = scoring.casus_path(snapshot, decisions)
        steps = {s["key"]: s for s in snapshot["steps"]}
        history = []
        for key in done:
            step = steps[key]
            chosen = next(o for o in step["options"] if o["id"] == decisions[key])
            history.append({"step": step, "chosen": chosen})
        current_step = None
        if current is not None:
            step = steps[current]
            order = view.item.option_order.get(current, [o["id"] for o in step["options"]])
            by_id = {o["id"]: o for o in step["options"]}
            current_step = {**step, "options": [by_id[i] for i in order if i in by_id]}
        return {"casus": True, "history": history, "current_step": current_step, "show_feedback": immediate}
    by_id = {o["id"]: o for o in snapshot["options"]}
    options = [by_id[i] for i in view.item.option_order if i in by_id] or snapshot["options"]
    response = view.responses.get("")
    answer = response.answer if response else {}
    context = {
        "casus": False,
        "options": options,
        "answer": answer,
        "kind": snapshot["kind"],
        # Immediate feedback: the first answer counts, so no autosave of half-made choices.
        "commit_once": immediate and snapshot["kind"] != "open",
    }
    if snapshot["kind"] == "ordering":
        order = answer.get("order") or [o["id"] for o in options]
        context["positions"] = {option_id: i + 1 for i, option_id in enumerate(order)}
        context["ordered"] = [(o, context["positions"][o["id"]]) for o in options]
        context["position_range"] = range(1, len(options) + 1)
    if snapshot["kind"] == "matching":
        context["targets"] = scoring.match_targets(snapshot)
        context["matched"] = [(o, answer.get("matches", {}).get(o["id"], "")) for o in options]
    context["chosen"] = set(answer.get("options", [])) | ({answer["option"]} if answer.get("option") else set())
    context["show_feedback"] = bool(
        immediate and response and snapshot["kind"] != "open" and scoring.is_answered(snapshot, answer)
    )
    if context["show_feedback"]:
        context["feedback"] = _question_feedback(snapshot, answer, response)
    return context


def _question_feedback(snapshot: dict, answer: dict, response) -> dict:
    kind = snapshot["kind"]
    rows = []
    for option in snapshot["options"]:
        if kind == "single" or kind == "multiple":
            chosen = option["id"] == answer.get("option") or option["id"] in answer.get("options", [])
            rows.append({"option": option, "chosen": chosen, "right": option["correct"]})
        elif kind == "ordering":
            rows.append({"option": option, "chosen": True, "right": True})
        elif kind == "matching":
            given = answer.get("matches", {}).get(option["id"], "")
            rows.append({"option": option, "chosen": True, "right": given == option["match"], "given": given})
    score = response.score if response else None
    return {"rows": rows, "score": score, "max": response.max_score if response else None}


def _save(request, attempt, position: int):
    # The hot path of an assessment (every autosave): one item, not the whole attempt.
    json = _wants_json(request)
    item = attempt.items.filter(position=position).first()
    try:
        if item is None:
            raise services.ItemNotInAttempt()
        answer = forms.answer_from_post(item.snapshot, request.POST, is_casus=item.kind == ItemKind.CASUS)
        saved = services.save_answer(user=request.user, attempt_id=attempt.pk, position=position, answer=answer)
    except scoring.InvalidAnswer as invalid:
        if json:
            return JsonResponse({"saved": False, "error": str(invalid)}, status=400)
        return _render_item(request, attempt, position, error=str(invalid), status=400)
    except services.AttemptRefused as refusal:
        if json:
            return JsonResponse({"saved": False, "error": refusal.message}, status=refusal.status)
        messages.error(request, refusal.message)
        attempt.refresh_from_db()
        if not attempt.is_open:
            return redirect("assessments:result", pk=attempt.pk)
        if refusal.status == 404:
            return render(
                request, "assessments/refused.html", {"attempt": attempt, "message": refusal.message}, status=404
            )
        return redirect("assessments:item", pk=attempt.pk, position=position)
    saved_at = time_format(timezone.localtime(saved.response.saved_at), "H:i")
    if json:
        return JsonResponse(
            {"saved": True, "saved_at": saved_at, "message": _("Opgeslagen om %(t)s") % {"t": saved_at}}
        )
    if item.kind == ItemKind.CASUS or saved.show_feedback:
        return redirect(reverse("assessments:item", args=[attempt.pk, position]) + "#besluit")
    messages.success(request, _("Antwoord opgeslagen om %(t)s.") % {"t": saved_at})
    if request.POST.get("go") == "previous" and position > 1:
        return redirect("assessments:item", pk=attempt.pk, position=position - 1)
    if attempt.items.filter(position=position + 1).exists():
        return redirect("assessments:item", pk=attempt.pk, position=position + 1)
    return redirect("assessments:submit", pk=attempt.pk)


@login_required
@require_POST
def attempt_extend(request, pk: int):
    attempt = selectors.access_attempt(request.user, pk)
    try:
        attempt = services.extend_time(user=request.user, attempt_id=attempt.pk)
    except services.AttemptRefused as refusal:
        if _wants_json(request):
            return JsonResponse({"extended": False, "error": refusal.message}, status=refusal.status)
        messages.error(request, refusal.message)
    else:
        remaining = int((attempt.deadline_at - timezone.now()).total_seconds())
        if _wants_json(request):
            return JsonResponse({"extended": True, "remaining_seconds": remaining})
        messages.success(
            request,
            _("U heeft %(m)s minuten extra gekregen.") % {"m": selectors.extension_minutes(attempt.assessment)},
        )
    position = request.POST.get("position", "")
    if position.isdigit():
        return redirect("assessments:item", pk=pk, position=int(position))
    return redirect("assessments:attempt", pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def attempt_submit(request, pk: int):
    attempt = selectors.access_attempt(request.user, pk)
    if request.method == "POST":
        services.submit_attempt(user=request.user, attempt_id=attempt.pk)
        return redirect("assessments:result", pk=pk)
    if (closed := _closed_by_timer(request, attempt)) is not None:
        return closed
    views = selectors.attempt_items(attempt)
    return render(
        request,
        "assessments/submit.html",
        {
            "attempt": attempt,
            "assessment": attempt.assessment,
            "views": views,
            "unanswered": [v for v in views if not v.answered],
            **_timer_context(attempt),
        },
    )


@login_required
def attempt_result(request, pk: int):
    attempt = selectors.access_attempt(request.user, pk)
    if attempt.is_open and not selectors.is_expired(attempt):
        return redirect("assessments:attempt", pk=pk)
    if attempt.is_open:
        services.submit_attempt(user=request.user, attempt_id=pk)
        attempt = selectors.access_attempt(request.user, pk)
    views = selectors.attempt_items(attempt)
    show_feedback = attempt.feedback_mode != "never"
    return render(
        request,
        "assessments/result.html",
        {
            "attempt": attempt,
            "assessment": attempt.assessment,
            "course": attempt.assessment.course,
            "show_feedback": show_feedback,
            "competences": selectors.competence_rows(attempt),
            "items": [_result_item(v) for v in views] if show_feedback else [],
        },
    )


def _result_item(view: selectors.ItemView) -> dict:
    snapshot = view.snapshot
    if view.item.kind == ItemKind.CASUS:
        decisions = view.decisions
        done, _current = scoring.casus_path(snapshot, decisions)
        steps = {s["key"]: s for s in snapshot["steps"]}
        return {
            "casus": True,
            "snapshot": snapshot,
            "decisions": [
                {
                    "step": steps[key],
                    "chosen": next(o for o in steps[key]["options"] if o["id"] == decisions[key]),
                    "best": scoring.best_option(steps[key]),
                    "response": view.responses[key],
                }
                for key in done
            ],
        }
    response = view.responses.get("")
    answer = response.answer if response else {}
    return {
        "casus": False,
        "snapshot": snapshot,
        "response": response,
        "feedback": _question_feedback(snapshot, answer, response),
        "answer": answer,
    }


# --- Trainers ----------------------------------------------------------------------------------


@login_required
def grading_queue(request):
    if not selectors.can_grade(request.user):
        raise PermissionDenied
    assessment_id = request.GET.get("toets", "")
    queue = selectors.grading_queue(request.user, assessment_id=int(assessment_id) if assessment_id.isdigit() else None)
    return render(
        request,
        "assessments/grading_queue.html",
        {"queue": queue[:200], "count": queue.count(), "graded": selectors.recently_graded(request.user)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def grade(request, pk: int):
    if not selectors.can_grade(request.user):
        raise PermissionDenied
    response = selectors.access_gradable_response(request.user, pk)
    error = ""
    if request.method == "POST":
        try:
            levels = forms.rubric_levels_from_post(response.item.snapshot, request.POST)
            services.grade_response(
                grader=request.user, response_id=pk, levels=levels, comment=request.POST.get("comment", "")
            )
        except scoring.InvalidAnswer as invalid:
            error = str(invalid)
        except services.AttemptRefused as refusal:
            messages.error(request, refusal.message)
            return redirect("assessments:grading_queue")
        else:
            messages.success(request, _("Beoordeling opgeslagen."))
            following = selectors.grading_queue(request.user).first()
            return (
                redirect("assessments:grade", pk=following.pk) if following else redirect("assessments:grading_queue")
            )
    return render(
        request,
        "assessments/grade.html",
        {"response": response, "snapshot": response.item.snapshot, "error": error},
        status=400 if error else 200,
    )


@login_required
def assessment_statistics(request, pk: int):
    if not selectors.can_view_statistics(request.user):
        raise PermissionDenied
    assessment = get_object_or_404(Assessment.objects.select_related("course"), pk=pk)
    return render(
        request,
        "assessments/statistics.html",
        {"assessment": assessment, **selectors.statistics_for(assessment)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def regrade(request, kind: str, pk: int):
    if not selectors.can_view_statistics(request.user):
        raise PermissionDenied
    if kind not in ("vraag", "casus"):
        raise Http404
    model = Question if kind == "vraag" else Casus
    content = get_object_or_404(model, pk=pk)
    if request.method == "POST":
        record = services.regrade(actor=request.user, content=content)
        messages.success(
            request,
            _("Herbeoordeeld: %(items)s antwoorden gecontroleerd, %(changed)s pogingen gewijzigd.")
            % {"items": record.items_checked, "changed": record.attempts_changed},
        )
        return redirect("assessments:regrade", kind=kind, pk=pk)
    return render(
        request,
        "assessments/regrade.html",
        {
            "content": content,
            "kind": kind,
            "candidates": selectors.regrade_candidates(content),
            "history": content.regrades.select_related("actor").prefetch_related("changes")[:10],
        },
    )
