"""Attempts through the services: start, draw, save, resume, time, limits, grading, regrading."""

from datetime import timedelta

import pytest
from django.core import mail
from django.db import IntegrityError
from django.utils import timezone

from assessments import selectors, services
from assessments.models import Attempt, AttemptStatus, Response
from courses.models import Enrolment
from organisations.models import Role
from tests.factories import make_assessment, make_casus, make_course, make_person, make_question, option_id

pytestmark = pytest.mark.django_db


def answer_all_right(attempt, person):
    for item in attempt.items.all():
        snapshot = item.snapshot
        if item.kind == "question":
            right = next(o["id"] for o in snapshot["options"] if o["correct"])
            services.save_answer(user=person, attempt_id=attempt.pk, position=item.position, answer={"option": right})
        else:
            for step, option in (("1", "melding"), ("2", "vandaag")):
                services.save_answer(
                    user=person,
                    attempt_id=attempt.pk,
                    position=item.position,
                    answer={"step": step, "option": option_id(item.casus, option, step)},
                )


@pytest.fixture
def bank():
    return [make_question(competences=["C1"]) for _ in range(4)] + [make_question(competences=["C3"]) for _ in range(3)]


def test_draw_respects_pools_and_is_stable_within_the_attempt(employee, bank):
    assessment = make_assessment(pools={"C1": 2, "C3": 1})
    attempt = services.start_attempt(user=employee, assessment=assessment)
    items = list(attempt.items.select_related("competence"))
    assert [i.competence.code for i in items] == ["C1", "C1", "C3"]
    c1_ids = {q.pk for q in bank[:4]}
    assert {i.question_id for i in items[:2]} <= c1_ids
    assert len({i.question_id for i in items}) == 3
    again = services.start_attempt(user=employee, assessment=assessment)  # reload / second tab
    assert again.pk == attempt.pk
    assert [i.question_id for i in again.items.all()] == [i.question_id for i in items]


def test_one_open_attempt_per_person_is_enforced_by_the_database(employee, bank):
    assessment = make_assessment(pools={"C1": 1})
    attempt = services.start_attempt(user=employee, assessment=assessment)
    with pytest.raises(IntegrityError):
        Attempt.objects.create(
            user=employee,
            assessment=assessment,
            enrolment=attempt.enrolment,
            number=2,
            seed=1,
            feedback_mode="after_submit",
            pass_mark_percent=70,
        )


def test_answers_are_saved_when_given_and_resume_after_a_reload(employee, bank):
    assessment = make_assessment(pools={"C1": 2})
    attempt = services.start_attempt(user=employee, assessment=assessment)
    first = attempt.items.get(position=1)
    wrong = next(o["id"] for o in first.snapshot["options"] if not o["correct"])
    services.save_answer(user=employee, attempt_id=attempt.pk, position=1, answer={"option": wrong})
    views = selectors.attempt_items(Attempt.objects.get(pk=attempt.pk))
    assert views[0].answered and not views[1].answered
    assert views[0].responses[""].answer == {"option": wrong}
    right = next(o["id"] for o in first.snapshot["options"] if o["correct"])
    services.save_answer(user=employee, attempt_id=attempt.pk, position=1, answer={"option": right})
    assert Response.objects.filter(attempt=attempt).count() == 1  # changed, not duplicated
    assert Response.objects.get(attempt=attempt).score == 1


def test_submit_is_idempotent_and_passing_completes_the_course(employee, bank):
    course = make_course(lessons=1)
    assessment = make_assessment(course=course, pools={"C1": 2})
    from courses.selectors import lessons_of
    from courses.services import complete_lesson

    complete_lesson(user=employee, lesson=lessons_of(course).first().specific, course=course)
    enrolment = Enrolment.objects.get(user=employee, course=course)
    assert enrolment.completed_at is None  # lessons done, assessment not yet passed
    attempt = services.start_attempt(user=employee, assessment=assessment)
    answer_all_right(attempt, employee)
    first = services.submit_attempt(user=employee, attempt_id=attempt.pk)
    second = services.submit_attempt(user=employee, attempt_id=attempt.pk)
    assert (first.status, first.passed, first.percent) == (AttemptStatus.FINAL, True, 100)
    assert second.submitted_at == first.submitted_at
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_casus_critical_error_fails_and_decisions_are_final(employee, bank):
    casus = make_casus()
    assessment = make_assessment(casus=[casus], pass_mark_percent=40)
    attempt = services.start_attempt(user=employee, assessment=assessment)
    save = lambda step, text: services.save_answer(  # noqa: E731
        user=employee, attempt_id=attempt.pk, position=1, answer={"step": step, "option": option_id(casus, text, step)}
    )
    save("1", "melding")
    with pytest.raises(services.AttemptRefused):
        save("1", "advies")  # already decided
    save("2", "later")  # unsafe at the critical step
    result = services.submit_attempt(user=employee, attempt_id=attempt.pk)
    assert (result.score, result.max_score, result.critical_errors) == (2, 4, 1)
    assert result.percent == 50 and result.passed is False


def test_refusals_store_nothing(employee, utrecht_employee, bank):
    assessment = make_assessment(pools={"C1": 1})
    attempt = services.start_attempt(user=employee, assessment=assessment)
    option = attempt.items.get().snapshot["options"][0]["id"]
    with pytest.raises(services.ItemNotInAttempt):
        services.save_answer(user=employee, attempt_id=attempt.pk, position=9, answer={"option": option})
    with pytest.raises(services.ItemNotInAttempt):  # someone else's attempt looks like no attempt
        services.save_answer(user=utrecht_employee, attempt_id=attempt.pk, position=1, answer={"option": option})
    services.submit_attempt(user=employee, attempt_id=attempt.pk)
    before = list(Response.objects.filter(attempt=attempt).values_list("answer", flat=True))
    with pytest.raises(services.AttemptRefused, match="al ingeleverd"):
        services.save_answer(user=employee, attempt_id=attempt.pk, position=1, answer={"option": option})
    assert list(Response.objects.filter(attempt=attempt).values_list("answer", flat=True)) == before == [{}]


def test_expired_time_limit_submits_what_was_saved(employee, bank):
    assessment = make_assessment(pools={"C1": 2}, time_limit_minutes=10)
    attempt = services.start_attempt(user=employee, assessment=assessment)
    right = next(o["id"] for o in attempt.items.get(position=1).snapshot["options"] if o["correct"])
    services.save_answer(user=employee, attempt_id=attempt.pk, position=1, answer={"option": right})
    Attempt.objects.filter(pk=attempt.pk).update(deadline_at=timezone.now() - timedelta(minutes=1))
    with pytest.raises(services.AttemptRefused, match="tijd is om"):
        services.save_answer(user=employee, attempt_id=attempt.pk, position=2, answer={"option": right})
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.FINAL and attempt.submitted_by_timer
    assert (attempt.score, attempt.max_score) == (1, 2)  # the saved answer counted, the late one not


def test_close_expired_attempts_sweeps_abandoned_attempts(employee, bank):
    assessment = make_assessment(pools={"C1": 1}, time_limit_minutes=5)
    attempt = services.start_attempt(user=employee, assessment=assessment)
    assert services.close_expired_attempts() == 0
    Attempt.objects.filter(pk=attempt.pk).update(deadline_at=timezone.now() - timedelta(minutes=1))
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("close_expired_attempts", stdout=out)  # what cron runs in the embedded mode
    assert out.getvalue().strip() == "1 attempt(s) closed"
    assert services.close_expired_attempts() == 0  # idempotent
    assert Attempt.objects.get(pk=attempt.pk).status == AttemptStatus.FINAL


def test_time_can_be_extended_near_the_end_at_most_ten_times(employee, bank):
    assessment = make_assessment(pools={"C1": 1}, time_limit_minutes=20)
    attempt = services.start_attempt(user=employee, assessment=assessment)
    with pytest.raises(services.AttemptRefused):
        services.extend_time(user=employee, attempt_id=attempt.pk)  # 20 minutes left: not yet
    for _ in range(10):
        Attempt.objects.filter(pk=attempt.pk).update(deadline_at=timezone.now() + timedelta(minutes=2))
        extended = services.extend_time(user=employee, attempt_id=attempt.pk)
        assert extended.deadline_at > timezone.now() + timedelta(minutes=6)  # +5 minutes
    Attempt.objects.filter(pk=attempt.pk).update(deadline_at=timezone.now() + timedelta(minutes=2))
    with pytest.raises(services.AttemptRefused):
        services.extend_time(user=employee, attempt_id=attempt.pk)


def test_attempt_limit_and_waiting_period(employee, bank):
    assessment = make_assessment(pools={"C1": 1}, max_attempts=2, wait_hours=24)
    first = services.start_attempt(user=employee, assessment=assessment)
    services.submit_attempt(user=employee, attempt_id=first.pk)  # nothing answered: fails
    with pytest.raises(services.AttemptRefused, match="opnieuw proberen vanaf"):
        services.start_attempt(user=employee, assessment=assessment)
    Attempt.objects.filter(pk=first.pk).update(submitted_at=timezone.now() - timedelta(hours=25))
    second = services.start_attempt(user=employee, assessment=assessment)
    assert second.number == 2
    services.submit_attempt(user=employee, attempt_id=second.pk)
    Attempt.objects.filter(pk=second.pk).update(submitted_at=timezone.now() - timedelta(hours=25))
    with pytest.raises(services.AttemptRefused, match="alle 2 pogingen"):
        services.start_attempt(user=employee, assessment=assessment)


def test_open_answer_is_graded_blind_in_own_region_and_the_learner_is_told(
    employee, trainer, django_capture_on_commit_callbacks
):
    make_question(kind="open", competences=["C5"])
    assessment = make_assessment(pools={"C5": 1})
    attempt = services.start_attempt(user=employee, assessment=assessment)
    services.save_answer(user=employee, attempt_id=attempt.pk, position=1, answer={"text": "Ik meld."})
    attempt = services.submit_attempt(user=employee, attempt_id=attempt.pk)
    assert attempt.status == AttemptStatus.GRADING and attempt.passed is None
    response = Response.objects.get(attempt=attempt)
    # The Utrecht trainer may not grade a Groningen employee's answer.
    assert not selectors.gradable_responses(trainer).exists()
    groningen_trainer = make_person(role=Role.TRAINER, region_slug="groningen")
    assert list(selectors.grading_queue(groningen_trainer)) == [response]
    with django_capture_on_commit_callbacks(execute=True):
        services.grade_response(grader=groningen_trainer, response_id=response.pk, levels=[2, 1], comment="Goed.")
    attempt.refresh_from_db()
    assert (attempt.status, attempt.score, attempt.max_score, attempt.passed) == ("final", 4, 4, True)
    assert len(mail.outbox) == 1 and employee.email in mail.outbox[0].to
    with pytest.raises(services.AttemptRefused, match="al beoordeeld"):
        services.grade_response(grader=groningen_trainer, response_id=response.pk, levels=[0, 0])
    from assessments.tasks import notify_attempt_graded_task

    assert notify_attempt_graded_task(attempt.pk) == "already-sent"
    assert len(mail.outbox) == 1


def test_trainers_never_grade_their_own_answers():
    trainer = make_person(role=Role.TRAINER, region_slug="groningen")
    make_question(kind="open", competences=["C5"])
    assessment = make_assessment(pools={"C5": 1})
    attempt = services.start_attempt(user=trainer, assessment=assessment)
    services.save_answer(user=trainer, attempt_id=attempt.pk, position=1, answer={"text": "x"})
    services.submit_attempt(user=trainer, attempt_id=attempt.pk)
    assert not selectors.gradable_responses(trainer).exists()


def test_editing_a_question_never_changes_past_attempts_until_a_regrade(employee, trainer):
    question = make_question(
        competences=["C1"],
        options=[
            {"text": "A", "correct": True, "feedback": "f", "reference": "r"},
            {"text": "B", "correct": False, "feedback": "f", "reference": "r"},
        ],
    )
    assessment = make_assessment(pools={"C1": 1}, pass_mark_percent=100)
    attempt = services.start_attempt(user=employee, assessment=assessment)
    services.save_answer(user=employee, attempt_id=attempt.pk, position=1, answer={"option": option_id(question, "B")})
    attempt = services.submit_attempt(user=employee, attempt_id=attempt.pk)
    assert attempt.passed is False
    # The trainer finds the key was wrong: B is right. Text edits too.
    question.options[0].value["correct"] = False
    question.options[1].value["correct"] = True
    question.options[1].value["text"] = "B (herschreven)"
    question.save()
    assert question.version == 2
    attempt.refresh_from_db()
    item = attempt.items.get()
    assert attempt.passed is False and item.version == 1  # nothing moved by itself
    assert selectors.regrade_candidates(question) == 1
    record = services.regrade(actor=trainer, content=question)
    attempt.refresh_from_db()
    item.refresh_from_db()
    assert (record.items_checked, record.attempts_changed) == (1, 1)
    change = record.changes.get()
    assert (change.old_score, change.new_score, change.old_passed, change.new_passed) == (0, 1, False, True)
    assert attempt.passed is True and item.version == 2
    assert [o["text"] for o in item.snapshot["options"]] == ["A", "B"]  # what the learner saw stays
    assert services.regrade(actor=trainer, content=question).items_checked == 0


def test_regrading_a_casus_applies_new_ratings(employee, trainer):
    casus = make_casus()
    assessment = make_assessment(casus=[casus], pass_mark_percent=50)
    attempt = services.start_attempt(user=employee, assessment=assessment)
    for step, text in (("1", "advies"), ("2", "vandaag")):
        services.save_answer(
            user=employee,
            attempt_id=attempt.pk,
            position=1,
            answer={"step": step, "option": option_id(casus, text, step)},
        )
    attempt = services.submit_attempt(user=employee, attempt_id=attempt.pk)
    assert attempt.score == 3
    step = casus.steps[0].value
    step["options"][1]["points"] = 2
    step["options"][1]["rating"] = "best"
    casus.save()
    services.regrade(actor=trainer, content=casus)
    attempt.refresh_from_db()
    assert attempt.score == 4
    assert Response.objects.get(attempt=attempt, step_key="1").rating == "best"


def test_with_immediate_feedback_the_first_answer_counts(employee):
    question = make_question(competences=["C1"])
    assessment = make_assessment(pools={"C1": 1}, feedback_mode="immediate")
    attempt = services.start_attempt(user=employee, assessment=assessment)
    services.save_answer(
        user=employee, attempt_id=attempt.pk, position=1, answer={"option": option_id(question, "Fout antwoord")}
    )
    with pytest.raises(services.AttemptRefused, match="feedback bij deze vraag al gezien"):
        services.save_answer(
            user=employee, attempt_id=attempt.pk, position=1, answer={"option": option_id(question, "Juist antwoord")}
        )
    assert services.submit_attempt(user=employee, attempt_id=attempt.pk).score == 0


def test_a_pass_in_an_earlier_cycle_does_not_complete_the_next_one(employee):
    make_question(competences=["C1"])
    course = make_course(lessons=1)
    assessment = make_assessment(course=course, pools={"C1": 1}, pass_mark_percent=1)
    first = services.start_attempt(user=employee, assessment=assessment)
    answer_all_right(first, employee)
    services.submit_attempt(user=employee, attempt_id=first.pk)
    cycle_one = Enrolment.objects.get(user=employee, course=course)
    assert selectors.unmet_assessments(cycle_one) == []
    # Recertification opens cycle 2 (the certificates issue does this); cycle 2 has a failed attempt.
    cycle_two = Enrolment.objects.create(user=employee, course=course, cycle=2, source="self")
    Attempt.objects.create(
        user=employee,
        assessment=assessment,
        enrolment=cycle_two,
        number=1,
        seed=1,
        status="final",
        feedback_mode="after_submit",
        pass_mark_percent=1,
        submitted_at=timezone.now(),
        passed=False,
    )
    assert selectors.unmet_assessments(cycle_two) == ["Toets 'Toets' halen"]


def test_competence_results_are_stored_as_rows_for_final_attempts_only(employee, trainer, bank):
    from assessments.models import CompetenceResult

    make_question(kind="open", competences=["C5"])
    assessment = make_assessment(pools={"C1": 2, "C3": 1, "C5": 1})
    attempt = services.start_attempt(user=employee, assessment=assessment)
    for item in attempt.items.all():
        options = item.snapshot.get("options")
        answer = {"option": next(o["id"] for o in options if o["correct"])} if options else {"text": "Ik bespreek het."}
        services.save_answer(user=employee, attempt_id=attempt.pk, position=item.position, answer=answer)
    attempt = services.submit_attempt(user=employee, attempt_id=attempt.pk)
    assert attempt.status == AttemptStatus.GRADING and not CompetenceResult.objects.exists()  # not final yet
    grader = make_person(role=Role.TRAINER, region_slug="groningen")
    services.grade_response(
        grader=grader, response_id=Response.objects.get(attempt=attempt, max_score__gt=0, score=None).pk, levels=[1, 0]
    )
    attempt.refresh_from_db()
    rows = {r.competence.code: (r.score, r.max_score) for r in CompetenceResult.objects.select_related("competence")}
    assert rows == {
        code: (pytest.approx(v["score"]), pytest.approx(v["max"])) for code, v in attempt.competence_scores.items()
    }
    assert rows["C1"] == (2, 2) and rows["C5"][0] < rows["C5"][1]
    assert set(CompetenceResult.objects.values_list("finalised_at", flat=True)) == {attempt.finalised_at}
