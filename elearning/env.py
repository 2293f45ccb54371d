"""Reading configuration from the environment.

The settings module is the only caller. Everything here turns one environment variable into a
Django setting value, so each parser is small, pure and tested on its own.
"""

from __future__ import annotations

import os
from urllib.parse import parse_qs, unquote, urlparse

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on", "ja", "aan"}
FALSE_WORDS = {"0", "false", "no", "off", "nee", "uit", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), got {raw!r}.")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be a whole number, got {raw!r}.") from error


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def cache_config(url: str) -> dict:
    """`redis://…` → Django's Redis cache; `locmem://` or empty → per-process memory; `dummy://`."""
    if not url or url.startswith("locmem://"):
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "amhk"}
    if url.startswith("dummy://"):
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    if url.startswith(("redis://", "rediss://", "unix://")):
        return {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "amhk",
            # A cache outage must not take the site down with it, but it must not hang either.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    raise ImproperlyConfigured(f"CACHE_URL {url!r}: use redis://, locmem:// or dummy://.")


def mailer_config(url: str) -> dict:
    """Turn EMAIL_URL into a Django 6.1 `MAILERS["default"]` entry.

    console://                       print mails (the laptop default)
    locmem://                        keep them in memory (tests)
    file:///abs/dir                  one file per mail
    smtp://user:pass@host:587?tls=1  SMTP with STARTTLS; smtps://… for implicit TLS
    """
    parsed = urlparse(url or "console://")
    scheme = parsed.scheme
    if scheme == "console":
        return {"BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if scheme == "locmem":
        return {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
    if scheme == "file":
        if not parsed.path:
            raise ImproperlyConfigured("EMAIL_URL file:// needs an absolute directory path.")
        return {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": parsed.path},
        }
    if scheme in {"smtp", "smtps"}:
        query = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
        options: dict = {
            "host": parsed.hostname or "localhost",
            "port": parsed.port or (465 if scheme == "smtps" else 25),
            "username": unquote(parsed.username or ""),
            "password": unquote(parsed.password or ""),
            "timeout": int(query.get("timeout", "10")),
        }
        if scheme == "smtps":
            options["use_ssl"] = True
        elif query.get("tls", "").lower() in TRUE_WORDS:
            options["use_tls"] = True
        return {"BACKEND": "django.core.mail.backends.smtp.EmailBackend", "OPTIONS": options}
    raise ImproperlyConfigured(f"EMAIL_URL {url!r}: use console://, smtp://, smtps://, file:// or locmem://.")
