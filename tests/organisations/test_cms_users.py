"""Deleting a person in the CMS's user admin is refused with a Dutch message, not a server error."""

import pytest
from django.urls import reverse

from organisations.models import User
from tests.factories import make_person

pytestmark = pytest.mark.django_db


def test_a_person_with_a_history_is_not_deleted_from_the_cms(client, no_staff_mfa):
    admin = User.objects.create_superuser(email="beheer@example.org", password="lang-genoeg-wachtwoord")
    person = make_person()
    client.force_login(admin, backend="organisations.auth_backends.CachedPermissionsBackend")
    response = client.post(reverse("wagtailusers_users:delete", args=[person.pk]), follow=True)
    assert response.status_code == 200
    assert "Mensen worden niet verwijderd" in response.content.decode()
    assert User.objects.filter(pk=person.pk).exists()


def test_an_account_without_a_history_can_still_be_deleted(client, no_staff_mfa):
    admin = User.objects.create_superuser(email="beheer@example.org", password="lang-genoeg-wachtwoord")
    stray = User.objects.create_user(email="vergissing@example.org", password="lang-genoeg-wachtwoord")
    client.force_login(admin, backend="organisations.auth_backends.CachedPermissionsBackend")
    client.post(reverse("wagtailusers_users:delete", args=[stray.pk]))
    assert not User.objects.filter(pk=stray.pk).exists()
