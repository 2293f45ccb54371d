import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from elearning.env import cache_config, mailer_config

ROOT = Path(__file__).resolve().parents[2]


def _run(code_or_args: list[str], **env) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "TESTING"}}
    clean.update(env)
    return subprocess.run(
        [sys.executable, *code_or_args], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120
    )


def test_refuses_to_start_without_secret_key_when_debug_is_off(tmp_path):
    result = _run(["manage.py", "check"], DEBUG="false", VAR_DIR=str(tmp_path))
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_starts_without_secret_key_in_debug(tmp_path):
    result = _run(["manage.py", "check"], DEBUG="true", VAR_DIR=str(tmp_path))
    assert result.returncode == 0, result.stderr


def test_check_deploy_is_clean_under_production_variables(tmp_path):
    result = _run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="academie.veiligthuis.example",
        SITE_URL="https://academie.veiligthuis.example",
        DATABASE_URL=f"sqlite:///{tmp_path / 'prod.sqlite3'}",
        CACHE_URL="redis://127.0.0.1:6379/13",
        CELERY_BROKER_URL="redis://127.0.0.1:6379/13",
        EMAIL_URL="smtp://mailer:geheim@smtp.example:587?tls=1",
        VAR_DIR=str(tmp_path),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_language_and_time_zone():
    assert settings.LANGUAGE_CODE == "nl"
    assert [code for code, _ in settings.LANGUAGES] == ["nl", "en"]
    assert settings.TIME_ZONE == "Europe/Amsterdam"


def test_passwords_are_hashed_with_argon2():
    assert settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


@pytest.mark.parametrize(
    ("url", "backend", "options"),
    [
        ("", "django.core.mail.backends.console.EmailBackend", None),
        ("console://", "django.core.mail.backends.console.EmailBackend", None),
        ("locmem://", "django.core.mail.backends.locmem.EmailBackend", None),
        ("file:///tmp/mails", "django.core.mail.backends.filebased.EmailBackend", {"file_path": "/tmp/mails"}),
        (
            "smtp://user%40vt:p%40ss@mail.example:587?tls=1",
            "django.core.mail.backends.smtp.EmailBackend",
            {
                "host": "mail.example",
                "port": 587,
                "username": "user@vt",
                "password": "p@ss",
                "timeout": 10,
                "use_tls": True,
            },
        ),
        (
            "smtps://mail.example",
            "django.core.mail.backends.smtp.EmailBackend",
            {"host": "mail.example", "port": 465, "username": "", "password": "", "timeout": 10, "use_ssl": True},
        ),
    ],
)
def test_email_url_becomes_a_mailer(url, backend, options):
    config = mailer_config(url)
    assert config["BACKEND"] == backend
    assert config.get("OPTIONS") == options


def test_unknown_email_scheme_is_refused():
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL"):
        mailer_config("pigeon://coop")


def test_cache_url_parsing():
    assert cache_config("")["BACKEND"].endswith("LocMemCache")
    redis = cache_config("redis://127.0.0.1:6379/2")
    assert redis["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert redis["LOCATION"] == "redis://127.0.0.1:6379/2"
    with pytest.raises(ImproperlyConfigured):
        cache_config("memcached://x")
