"""The privacy statement, and the warning authors get when a casus looks like it holds real data."""

from __future__ import annotations

import json
import random

import pytest
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.cache import SessionStore
from django.test import Client, RequestFactory
from wagtail import hooks

from assessments.models import Casus
from organisations.models import Role
from organisations.privacy import (
    BSN_WEIGHTS,
    looks_like_personal_data,
    passes_bsn_11_test,
    personal_data_warnings,
    texts_in,
)
from tests.factories import make_casus, make_course, make_person, make_question

# --- The privacy statement -----------------------------------------------------------------------


@pytest.mark.django_db
def test_the_privacy_statement_is_public_and_in_dutch():
    response = Client().get("/privacy/")
    assert response.status_code == 200
    content = response.content.decode()
    for term in (
        "Privacyverklaring",
        "verwerkingsverantwoordelijke",
        "verwerker",
        "verwerkersovereenkomst",
        "Typ nooit echte cliëntgegevens",
        "niet uw toestemming",
        "taak van algemeen belang",
        "Programmamedewerkers",
        "Kleine aantallen worden niet getoond",
        "zonder uw naam te zien",
        "volgens de bewaartermijnen die uw organisatie vaststelt",
        "Inzage",
        "Correctie",
        "Verwijdering",
        "Bezwaar",
        "Autoriteit Persoonsgegevens",
        'href="/mijn-gegevens/"',
    ):
        assert term in content, term


@pytest.mark.django_db
def test_every_page_links_the_privacy_statement_in_its_footer():
    content = Client().get("/certificaten/verifieer/").content.decode()
    footer = content.split('<footer class="site-footer">', 1)[1]
    assert 'href="/privacy/"' in footer


# --- BSN: the 11-test ----------------------------------------------------------------------------


def with_check_digit(first_eight: str) -> str | None:
    """The nine-digit number that passes the 11-test for these eight digits, if there is one.
    Generated here, so the tests never hold a real person's BSN."""
    total = sum(weight * int(digit) for weight, digit in zip(BSN_WEIGHTS, first_eight, strict=False))
    last = total % 11
    return None if last == 10 else first_eight + str(last)


def generated_bsns(count: int) -> list[str]:
    rng = random.Random(20260101)
    found = []
    while len(found) < count:
        number = with_check_digit(f"{rng.randrange(10_000_000, 100_000_000)}")
        if number:
            found.append(number)
    return found


@pytest.mark.parametrize("number", generated_bsns(5))
def test_generated_numbers_pass_the_11_test_and_a_changed_last_digit_fails(number):
    assert passes_bsn_11_test(number)
    wrong = number[:8] + str((int(number[8]) + 1) % 10)
    assert not passes_bsn_11_test(wrong)


@pytest.mark.parametrize(
    ("digits", "passes"),
    [
        ("123456782", True),  # 9·1 + 8·2 + … + 2·8 − 1·2 = 154 = 14 × 11
        ("123456789", False),  # … − 9 = 147, remainder 4
        ("111111110", True),  # 44 − 0 = 44
        ("111111111", False),  # 44 − 1 = 43
        ("000000000", False),  # all zeros: no number
        ("12345678", False),  # too short
        ("1234567820", False),  # too long
    ],
)
def test_the_11_test_by_hand(digits, passes):
    assert passes_bsn_11_test(digits) is passes


@pytest.mark.parametrize("layout", ["{}", "{0}{1}{2}{3}.{4}{5}.{6}{7}{8}", "{0}{1}{2} {3}{4}{5} {6}{7}{8}"])
def test_a_number_passing_the_11_test_is_reported_in_any_usual_layout(layout):
    number = generated_bsns(1)[0]
    written = number if layout == "{}" else layout.format(*number)
    [warning] = looks_like_personal_data(f"<p>Het BSN van Sem is {written}.</p>")
    assert "elfproef" in warning
    assert f"…{number[-3:]}" in warning
    assert number not in warning  # the whole number does not travel into the message


@pytest.mark.parametrize(
    "text",
    [
        "Bel 06 1234 5678 of 0612345678.",  # phone numbers: ten digits
        "Dossiernummer 12345678.",  # eight digits
        "Rekening NL91ABNA0417164300.",
        "Kenmerk 123456789.",  # nine digits, fails the 11-test
        "Sem (7) woont met zijn moeder in Lindenmarke.",
    ],
)
def test_ordinary_text_gives_no_warning(text):
    assert looks_like_personal_data(text) == []


# --- Addresses ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het gezin woont op de Kerkstraat 12, 1234 AB Lindenmarke.", "‘Kerkstraat 12, 1234 AB’"),
        ("<p>Van Goghlaan 4a</p><p>9999 ZZ Ergens</p>", "‘Van Goghlaan 4a, 9999 ZZ’"),
        ("Opa woont aan de Dorpsplein 1-3.", "‘Dorpsplein 1-3’"),
        ("Melder: Stationsweg 110.", "‘Stationsweg 110’"),
    ],
)
def test_a_street_with_a_house_number_is_reported_as_an_address(text, expected):
    [warning] = looks_like_personal_data(text)
    assert "adres" in warning
    assert expected in warning


def test_a_postcode_on_its_own_is_reported():
    [warning] = looks_like_personal_data("Postcode 1234AB.")
    assert "postcode" in warning and "‘1234 AB’" in warning


@pytest.mark.parametrize(
    "text",
    [
        "Volg het leerpad 2 en daarna Leerpad 3.",
        "Stap 3 van de Meldcode.",
        "Sinds 2015 VT-organisaties.",
        "Een herinnering 2 weken later.",
        "1234 SA is geen postcode.",  # SA, SD and SS are never issued
        "De Kerkstraat is lang.",  # a street without a number points at no house
    ],
)
def test_text_that_only_resembles_an_address_gives_no_warning(text):
    assert looks_like_personal_data(text) == []


def test_texts_are_found_in_streamfield_data_without_ids_or_types():
    casus = Casus(
        steps=[
            {
                "type": "step",
                "id": "123456782",  # a block id that happens to pass: machinery, not text
                "value": {"title": "Gesprek", "question": "Adres: Kerkstraat 12", "options": []},
            }
        ]
    )
    assert texts_in(casus.steps) == ["Gesprek", "Adres: Kerkstraat 12"]
    assert texts_in(None) == []
    assert texts_in("platte tekst") == ["platte tekst"]


# --- The warning in the CMS ----------------------------------------------------------------------


def draftail(text: str) -> str:
    return json.dumps(
        {
            "blocks": [
                {"key": "a", "text": text, "type": "unstyled", "depth": 0, "inlineStyleRanges": [], "entityRanges": []}
            ],
            "entityMap": {},
        }
    )


def casus_form(casus: Casus, *, intro: str) -> dict:
    """The editor's POST for `casus` as it is, with a new situation text."""
    data = {
        "title": casus.title,
        "code": casus.code,
        "intro": draftail(intro),
        "competences": [str(pk) for pk in casus.competences.values_list("pk", flat=True)],
        "is_active": "on",
        "steps-count": str(len(casus.steps)),
    }
    for index, step in enumerate(casus.steps.raw_data):
        prefix, value = f"steps-{index}", step["value"]
        data.update(
            {
                f"{prefix}-type": "step",
                f"{prefix}-deleted": "",
                f"{prefix}-order": str(index),
                f"{prefix}-id": step["id"],
                f"{prefix}-value-key": value["key"],
                f"{prefix}-value-title": value["title"],
                f"{prefix}-value-info": draftail(""),
                f"{prefix}-value-question": value["question"],
                f"{prefix}-value-competence": str(value["competence"]),
                f"{prefix}-value-options-count": str(len(value["options"])),
            }
        )
        for flag in ("critical", "consequence"):
            if value[flag]:
                data[f"{prefix}-value-{flag}"] = "on"
        for number, option in enumerate(value["options"]):
            item = f"{prefix}-value-options-{number}"
            data.update({f"{item}-deleted": "", f"{item}-order": str(number), f"{item}-id": option["id"]})
            data.update({f"{item}-value-{key}": str(field) for key, field in option["value"].items()})
    return data


@pytest.fixture
def trainer_client(settings):
    settings.REQUIRE_STAFF_MFA = False
    client = Client()
    client.force_login(
        make_person(role=Role.TRAINER, region_slug="utrecht"),
        backend="organisations.auth_backends.CachedPermissionsBackend",
    )
    return client


@pytest.mark.django_db
def test_a_trainer_saving_a_casus_with_a_bsn_is_warned_but_the_casus_is_saved(trainer_client):
    casus = make_casus(title="Casus Lindenmarke")
    number = generated_bsns(1)[0]
    url = f"/cms/snippets/assessments/casus/edit/{casus.pk}/"

    response = trainer_client.post(url, casus_form(casus, intro=f"Sem (7), BSN {number}, woont bij zijn moeder."))

    assert response.status_code == 302, response.content.decode()[:3000]
    casus.refresh_from_db()
    assert number in casus.intro  # saved: a warning, not a refusal
    warnings = [m for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert len(warnings) == 1
    assert "Casus moeten verzonnen zijn" in str(warnings[0])
    assert "elfproef" in str(warnings[0])
    shown = trainer_client.get(response["Location"]).content.decode()
    assert "Casus moeten verzonnen zijn" in shown


@pytest.mark.django_db
def test_an_invented_casus_is_saved_without_a_warning(trainer_client):
    casus = make_casus()
    url = f"/cms/snippets/assessments/casus/edit/{casus.pk}/"
    response = trainer_client.post(url, casus_form(casus, intro="Sem (7) woont met zijn moeder in Lindenmarke."))
    assert response.status_code == 302
    assert not [m for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]


def _admin_request():
    request = RequestFactory().post("/cms/", HTTP_ACCEPT="text/html")
    request.session = SessionStore()
    request._messages = FallbackStorage(request)
    return request


@pytest.mark.django_db
def test_a_question_and_a_lesson_with_an_address_are_warned_about_through_the_hooks():
    question = make_question()
    question.explanation = "Zoals bij de melder op de Kerkstraat 12, 1234 AB."
    request = _admin_request()
    for hook in hooks.get_hooks("after_edit_snippet"):
        hook(request, question)
    [message] = list(request._messages)
    assert "Kerkstraat 12, 1234 AB" in str(message)

    lesson = make_course(lessons=1).get_children().specific().first()
    lesson.body = [
        {
            "type": "casus",
            "id": "c-1",
            "value": {
                "title": "Sem",
                "situation": "<p>Sem woont op de Lindenlaan 4.</p>",
                "people": [{"name": "Sem", "role": "kind"}],
                "timeline": [],
            },
        }
    ]
    request = _admin_request()
    for hook in hooks.get_hooks("after_edit_page"):
        hook(request, lesson)
    messages = [str(m) for m in request._messages]
    assert len(messages) == 1 and "Lindenlaan 4" in messages[0]
    assert personal_data_warnings(lesson, ["title", "summary"]) == []


@pytest.mark.django_db
def test_an_autosave_gets_no_message():
    question = make_question()
    question.explanation = "Kerkstraat 12"
    request = RequestFactory().post("/cms/", HTTP_ACCEPT="application/json")
    request.session = SessionStore()
    request._messages = FallbackStorage(request)
    for hook in hooks.get_hooks("after_edit_snippet"):
        hook(request, question)
    assert list(request._messages) == []
