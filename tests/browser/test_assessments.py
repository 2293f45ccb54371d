"""Assessments in a real browser: a branching casus with a reload halfway, the same casus by keyboard
alone, autosave of an answer, blind grading of an open answer by a trainer, and WCAG 2.1 A/AA on every
assessment page a learner or trainer sees."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from assessments import selectors, services
from assessments.models import Attempt, AttemptStatus, Response
from organisations.models import Role
from tests.factories import make_assessment, make_casus, make_person, make_question, option_id

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def casus_assessment():
    """One branching casus (factory: 1 → politie → 1b → 2) and one question, feedback after submit."""
    make_question(competences=["C1"])
    return make_assessment(casus=[make_casus()], pools={"C1": 1}, feedback_mode="after_submit")


def _attempt_of(person) -> Attempt:
    return Attempt.objects.get(user=person)


def _decide(page, option: str) -> None:
    page.get_by_label(option, exact=True).check()
    page.get_by_role("button", name="Besluit vastleggen").click()


def _current_step(page):
    """The form with the decision that waits: its heading is the step's title."""
    return page.locator("form#besluit")


def _decided_step(page, title: str):
    return page.locator("section.casus-step--done").filter(has=page.get_by_role("heading", name=title))


# --- 1. A branching casus with a reload halfway, through to the result ---------------------------


def test_employee_takes_a_branching_casus_reloads_and_sees_feedback_after_submit(
    page, server, login, employee, casus_assessment
):
    login(employee)
    page.goto(f"{server.url}/toetsen/{casus_assessment.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Toets")
    expect(page.get_by_text("1 casus, 1 vraag")).to_be_visible()
    page.get_by_role("button", name="Toets starten").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Casus: Casus Test")
    expect(_current_step(page).get_by_role("heading", level=2)).to_have_text("Advies of melding")
    expect(page.get_by_text("Urgentie")).to_have_count(0)  # later steps stay hidden

    _decide(page, "politie")
    # The unsafe choice branches to its consequence; feedback waits until after submitting.
    expect(_current_step(page).get_by_role("heading", level=2)).to_have_text("Gevolg")
    expect(_decided_step(page, "Advies of melding")).to_contain_text("Uw besluit: politie")
    expect(page.get_by_text("Onveilige keuze.")).to_have_count(0)

    # A reload (a dropped connection, a closed laptop) keeps the decision and the place in the casus.
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("Casus: Casus Test")
    expect(_decided_step(page, "Advies of melding")).to_contain_text("Uw besluit: politie")
    expect(_current_step(page).get_by_role("heading", level=2)).to_have_text("Gevolg")
    expect(_current_step(page).get_by_role("group", name="En nu?")).to_be_visible()
    expect(page.get_by_label("politie", exact=True)).to_have_count(0)  # no second chance at step 1

    _decide(page, "herstel")
    expect(_current_step(page).get_by_role("heading", level=2)).to_have_text("Urgentie")
    _decide(page, "vandaag")
    expect(page.get_by_role("status").filter(has_text="U heeft deze casus afgerond.")).to_be_visible()
    for title, choice in [("Advies of melding", "politie"), ("Gevolg", "herstel"), ("Urgentie", "vandaag")]:
        expect(_decided_step(page, title)).to_contain_text(f"Uw besluit: {choice}")
    expect(page.locator(".item-nav li").first).to_contain_text("beantwoord")

    page.get_by_role("link", name="Volgende onderdeel").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Vraag 2")
    page.get_by_label("Juist antwoord").check()
    expect(page.get_by_role("status").filter(has_text="Opgeslagen om")).to_be_visible()
    page.get_by_role("link", name="Naar inleveren").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Inleveren")
    expect(page.get_by_text("U heeft alles beantwoord.")).to_be_visible()
    page.get_by_role("button", name="Definitief inleveren").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Uitslag")
    # Casus 0 + 1 (the detour) + 2 of 4, the question 1 of 1: 4 of 5 = 80 %, pass mark 70 %.
    expect(page.get_by_role("status").filter(has_text="Geslaagd.")).to_contain_text("U behaalde 80% (nodig: 70%)")
    expect(page.get_by_text("4 van 5 punten (80%)")).to_be_visible()

    decisions = page.locator("section.casus-step").filter(has_text="Casus: Casus Test").locator("li")
    expect(decisions).to_have_count(3)
    first, consequence, urgency = decisions.nth(0), decisions.nth(1), decisions.nth(2)
    expect(first).to_contain_text("Advies of melding")
    expect(first).to_contain_text("Uw besluit: politie — onveilig")
    expect(first).to_contain_text("Feedback politie")
    expect(first).to_contain_text("Beste keuze: melding — Feedback melding")
    expect(consequence).to_contain_text("Uw besluit: herstel — beste keuze")
    expect(consequence).not_to_contain_text("Beste keuze:")
    expect(urgency).to_contain_text("kritiek besluit")
    expect(urgency).to_contain_text("Uw besluit: vandaag — beste keuze")

    # The question's feedback sits under its h3 "Onderdeel 2", so its heading is an h4.
    question = page.locator("section.casus-step").filter(has=page.get_by_role("heading", level=3, name="Onderdeel 2"))
    expect(question.get_by_role("heading", level=4)).to_have_text("Feedback — 1 van 1 punten")
    expect(question.locator("li").filter(has_text="Juist antwoord")).to_contain_text("uw keuze")

    table = page.get_by_role("table", name="Score per competentie")
    expect(table.get_by_role("columnheader")).to_have_text(["Competentie", "Punten", "Percentage"])
    rows = table.locator("tbody tr")
    expect(rows).to_have_count(2)
    # Per competence the steps the learner went through count, the detour included: C1 is step 1
    # (0 of 2), step 1b (1 of 1) and the question (1 of 1); C3 is step 2 (2 of 2).
    expect(rows.nth(0).get_by_role("rowheader")).to_contain_text("C1")
    expect(rows.nth(0)).to_contain_text("2 / 4")
    expect(rows.nth(0)).to_contain_text("50%")
    expect(rows.nth(1).get_by_role("rowheader")).to_contain_text("C3")
    expect(rows.nth(1)).to_contain_text("2 / 2")
    expect(rows.nth(1)).to_contain_text("100%")

    attempt = _attempt_of(employee)
    assert attempt.status == AttemptStatus.FINAL and attempt.passed
    assert (attempt.score, attempt.max_score) == (4, 5)


# --- 2. The same casus by keyboard alone ------------------------------------------------------------


def _tab_to(page, target, *, backwards: bool = False, limit: int = 80) -> None:
    """Press Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(limit):
        page.keyboard.press(key)
        if target.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"{target} niet bereikt met {key} na {limit} keer")


def _focus_is_visible(locator) -> bool:
    """The focused element matches :focus-visible and draws an outline (the site's focus style)."""
    return locator.evaluate(
        """el => el === document.activeElement && el.matches(':focus-visible')
                 && getComputedStyle(el).outlineStyle !== 'none'
                 && parseFloat(getComputedStyle(el).outlineWidth) >= 2"""
    )


def test_the_casus_can_be_done_with_the_keyboard_alone(page, server, login, employee, casus_assessment):
    login(employee)
    page.goto(f"{server.url}/toetsen/{casus_assessment.pk}/")
    start = page.get_by_role("button", name="Toets starten")
    _tab_to(page, start)
    assert _focus_is_visible(start)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Casus: Casus Test")

    # Step 1: Tab into the radio group (the first option gets the focus), arrows move to "politie".
    melding, advies, politie = (page.get_by_label(t, exact=True) for t in ("melding", "advies", "politie"))
    _tab_to(page, melding)
    assert _focus_is_visible(melding)
    page.keyboard.press("ArrowDown")
    expect(advies).to_be_checked()
    page.keyboard.press("ArrowDown")
    expect(politie).to_be_checked()
    expect(politie).to_be_focused()
    record = page.get_by_role("button", name="Besluit vastleggen")
    _tab_to(page, record)
    assert _focus_is_visible(record)
    page.keyboard.press("Enter")
    expect(_current_step(page).get_by_role("heading", level=2)).to_have_text("Gevolg")

    # Step 1b: Space chooses the focused option; Shift+Tab goes back to the group to check it.
    herstel = page.get_by_label("herstel", exact=True)
    _tab_to(page, herstel)
    page.keyboard.press("Space")
    expect(herstel).to_be_checked()
    record = page.get_by_role("button", name="Besluit vastleggen")
    _tab_to(page, record)
    _tab_to(page, herstel, backwards=True)
    expect(herstel).to_be_checked()
    _tab_to(page, record)
    page.keyboard.press("Enter")
    expect(_current_step(page).get_by_role("heading", level=2)).to_have_text("Urgentie")

    # Step 2: down to "later" and back up to "vandaag"; Space presses the button.
    vandaag, later = page.get_by_label("vandaag", exact=True), page.get_by_label("later", exact=True)
    _tab_to(page, vandaag)
    page.keyboard.press("ArrowDown")
    expect(later).to_be_checked()
    page.keyboard.press("ArrowUp")
    expect(vandaag).to_be_checked()
    record = page.get_by_role("button", name="Besluit vastleggen")
    _tab_to(page, record)
    assert _focus_is_visible(record)
    page.keyboard.press("Space")

    expect(page.get_by_role("status").filter(has_text="U heeft deze casus afgerond.")).to_be_visible()
    for title, choice in [("Advies of melding", "politie"), ("Gevolg", "herstel"), ("Urgentie", "vandaag")]:
        expect(_decided_step(page, title)).to_contain_text(f"Uw besluit: {choice}")
    # And the way on is reachable by keyboard too.
    following = page.get_by_role("link", name="Volgende onderdeel")
    _tab_to(page, following)
    assert _focus_is_visible(following)

    casus = casus_assessment.casus_items.get().casus
    view = selectors.attempt_items(_attempt_of(employee))[0]
    assert view.decisions == {
        "1": option_id(casus, "politie", "1"),
        "1b": option_id(casus, "herstel", "1b"),
        "2": option_id(casus, "vandaag", "2"),
    }


# --- 3. Autosave ---------------------------------------------------------------------------------


def test_an_answer_is_saved_in_the_background_and_survives_a_reload(page, server, login, employee):
    make_question(competences=["C1"])
    assessment = make_assessment(pools={"C1": 1})
    login(employee)
    page.goto(f"{server.url}/toetsen/{assessment.pk}/")
    page.get_by_role("button", name="Toets starten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Vraag 1")
    item_url = page.url
    # The heading shows before the deferred script has run; a click before that is an ordinary
    # form change nobody listens to (the CI run on PostgreSQL caught exactly that).
    page.wait_for_load_state("load")

    status = page.locator("[data-autosave-status]")
    expect(status).to_have_attribute("role", "status")
    expect(status).to_have_text("")
    wrong = page.get_by_label("Fout antwoord")
    with page.expect_response(lambda r: r.request.method == "POST" and r.url == item_url) as posted:
        wrong.check()
    assert posted.value.ok and posted.value.json()["saved"] is True
    expect(status).to_have_text(re.compile(r"^Opgeslagen om \d\d:\d\d$"))
    assert page.url == item_url  # saved without leaving the page

    page.reload()
    expect(page.get_by_label("Fout antwoord")).to_be_checked()
    expect(page.get_by_label("Juist antwoord")).not_to_be_checked()
    expect(page.get_by_text("1 van 1 beantwoord")).to_be_visible()
    response = Response.objects.get(attempt=_attempt_of(employee))
    assert response.answer == {"option": next(o["id"] for o in response.item.snapshot["options"] if not o["correct"])}


def test_an_answer_given_before_the_script_has_loaded_is_saved_when_it_arrives(page, server, login, employee):
    make_question(competences=["C1"])
    assessment = make_assessment(pools={"C1": 1})
    login(employee)
    page.goto(f"{server.url}/toetsen/{assessment.pk}/")
    held = []  # a slow line: the assessment script arrives only when released below
    page.route("**/js/assessment*.js", lambda route: held.append(route))
    page.get_by_role("button", name="Toets starten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Vraag 1")
    item_url = page.url
    page.get_by_label("Fout antwoord").check()
    assert held, "the page asked for its script"

    with page.expect_response(lambda r: r.request.method == "POST" and r.url == item_url) as posted:
        held[0].continue_()
    assert posted.value.ok and posted.value.json()["saved"] is True
    expect(page.locator("[data-autosave-status]")).to_have_text(re.compile(r"^Opgeslagen om \d\d:\d\d$"))
    response = Response.objects.get(attempt=_attempt_of(employee))
    assert response.answer == {"option": next(o["id"] for o in response.item.snapshot["options"] if not o["correct"])}


# --- 4. Blind grading of an open answer ----------------------------------------------------------

LEARNER = {"first_name": "Ilse", "last_name": "Verhoeven", "email": "ilse.verhoeven@utrecht.example"}
OPEN_ANSWER = "Het kind is niet veilig thuis; ik bespreek een melding met het team."


@pytest.fixture
def submitted_open_answer():
    """An employee of Utrecht who submitted an attempt with one open answer (C5)."""
    make_question(kind="open", competences=["C5"])
    learner = make_person(role=Role.EMPLOYEE, region_slug="utrecht", **LEARNER)
    assessment = make_assessment(pools={"C5": 1}, title="Toets open vragen")
    attempt = services.start_attempt(user=learner, assessment=assessment)
    services.save_answer(user=learner, attempt_id=attempt.pk, position=1, answer={"text": OPEN_ANSWER})
    services.submit_attempt(user=learner, attempt_id=attempt.pk)
    return Response.objects.get(attempt=attempt)


@pytest.fixture
def utrecht_trainer():
    return make_person(role=Role.TRAINER, region_slug="utrecht", first_name="Tom", last_name="Trainer")


def _assert_no_learner_name(page) -> None:
    text = page.locator("body").inner_text()
    for value in LEARNER.values():
        assert value not in text, f"{value!r} staat op {page.url}"
    assert LEARNER["email"] not in page.content()


def test_trainer_grades_an_open_answer_without_seeing_who_wrote_it(
    page, server, login, submitted_open_answer, utrecht_trainer
):
    response = submitted_open_answer
    assert response.attempt.status == AttemptStatus.GRADING
    login(utrecht_trainer)
    page.goto(server.url + "/beoordelen/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Beoordelen")
    expect(page.get_by_role("heading", level=2, name="1 antwoord wacht op beoordeling")).to_be_visible()
    expect(page.get_by_role("table")).to_contain_text("Toets open vragen")
    _assert_no_learner_name(page)

    page.get_by_role("link", name=re.compile(r"^Beoordeel antwoord ")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Antwoord beoordelen")
    expect(page.locator("blockquote.answer")).to_contain_text(OPEN_ANSWER)
    _assert_no_learner_name(page)

    page.get_by_role("group", name="Benoemt de onveiligheid").get_by_label(re.compile(r"^Voldoende")).check()
    page.get_by_role("group", name="Kiest een route").get_by_label(re.compile(r"^Ja")).check()
    page.get_by_label("Toelichting voor de medewerker (optioneel)").fill("Goed dat u het team erbij haalt.")
    page.get_by_role("button", name="Beoordeling opslaan").click()

    expect(page.get_by_role("status").filter(has_text="Beoordeling opgeslagen.")).to_be_visible()
    expect(page.get_by_text("Er wacht niets op u.")).to_be_visible()
    expect(page.get_by_role("heading", name="Onlangs beoordeeld")).to_be_visible()
    expect(page.get_by_role("listitem").filter(has_text="Toets open vragen")).to_contain_text("3 / 4")
    _assert_no_learner_name(page)

    response.refresh_from_db()
    attempt = Attempt.objects.get(pk=response.attempt_id)
    assert attempt.status == AttemptStatus.FINAL
    assert response.graded_at is not None and response.grader == utrecht_trainer
    assert response.score == 3 and response.rubric_scores["levels"] == [1, 1]
    assert response.grader_comment == "Goed dat u het team erbij haalt."


# --- 5. WCAG 2.1 A/AA -------------------------------------------------------------------------------


def test_learner_assessment_pages_have_no_wcag_violations(page, server, login, employee, assert_accessible):
    """Immediate feedback and a time limit, so that the feedback blocks and the timer are checked too."""
    make_question(competences=["C1"])
    assessment = make_assessment(
        casus=[make_casus()], pools={"C1": 1}, feedback_mode="immediate", time_limit_minutes=60
    )
    login(employee)
    page.goto(f"{server.url}/toetsen/{assessment.pk}/")
    assert_accessible(page)  # the start page

    page.get_by_role("button", name="Toets starten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Casus: Casus Test")
    assert_accessible(page)  # a casus step
    _decide(page, "politie")
    expect(page.get_by_text("Onveilige keuze.")).to_be_visible()
    assert_accessible(page)  # a consequence step after a decision with its feedback
    _decide(page, "herstel")
    _decide(page, "later")
    expect(page.get_by_text("U heeft deze casus afgerond.")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Volgende onderdeel").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Vraag 2")
    assert_accessible(page)  # a question
    page.get_by_label("Fout antwoord").check()
    # Immediate feedback: the first answer counts, so it is committed on purpose, not autosaved.
    page.get_by_role("button", name="Antwoord vastleggen").click()
    expect(page.get_by_role("heading", level=2, name="Feedback — 0 van 1 punten")).to_be_visible()
    expect(page.get_by_label("Juist antwoord")).to_be_disabled()
    assert_accessible(page)  # with immediate feedback on the question

    # Immediate feedback keeps the learner on the last question: the way on is right below it.
    page.locator("article").get_by_role("link", name="Naar inleveren").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inleveren")
    assert_accessible(page)
    page.get_by_role("button", name="Definitief inleveren").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Uitslag")
    expect(page.get_by_text("Niet geslaagd.")).to_be_visible()  # unsafe at the critical step
    assert_accessible(page)  # the result, with feedback per decision

    page.goto(f"{server.url}/toetsen/{assessment.pk}/")
    expect(page.get_by_role("table", name="Uw pogingen")).to_be_visible()
    assert_accessible(page)  # the start page with the attempt and the waiting period


def test_trainer_assessment_pages_have_no_wcag_violations(
    page, server, login, submitted_open_answer, utrecht_trainer, assert_accessible
):
    # A finished casus attempt too, so the statistics have decision rows with options.
    casus = make_casus()
    assessment = make_assessment(casus=[casus], title="Toets casus")
    learner = make_person(region_slug="utrecht")
    attempt = services.start_attempt(user=learner, assessment=assessment)
    for step, choice in [("1", "melding"), ("2", "later")]:
        services.save_answer(
            user=learner,
            attempt_id=attempt.pk,
            position=1,
            answer={"step": step, "option": option_id(casus, choice, step)},
        )
    services.submit_attempt(user=learner, attempt_id=attempt.pk)

    login(utrecht_trainer)
    page.goto(server.url + "/beoordelen/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Beoordelen")
    assert_accessible(page)  # the grading queue
    page.get_by_role("link", name=re.compile(r"^Beoordeel antwoord ")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Antwoord beoordelen")
    assert_accessible(page)  # the grade page
    page.locator("summary", has_text="Modelantwoord").click()
    expect(page.get_by_text("Een goed antwoord.")).to_be_visible()
    assert_accessible(page)  # with the model answer open
    page.get_by_role("group", name="Benoemt de onveiligheid").get_by_label(re.compile(r"^Goed")).check()
    page.get_by_role("group", name="Kiest een route").get_by_label(re.compile(r"^Ja")).check()
    page.get_by_role("button", name="Beoordeling opslaan").click()
    expect(page.get_by_role("status").filter(has_text="Beoordeling opgeslagen.")).to_be_visible()
    assert_accessible(page)  # the queue with the success message and the graded list

    for item in (submitted_open_answer.attempt.assessment, assessment):
        page.goto(f"{server.url}/toetsen/{item.pk}/statistiek/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Itemstatistiek")
        assert_accessible(page)  # the statistics page
    for summary in page.locator("summary").all():
        summary.click()
    assert_accessible(page)  # with every explanation and option table open
