"""Settings for AMHK Academie, read from the environment only (see .env.example).

Unset variables give the embedded laptop mode: SQLite under var/, Celery tasks in-process, e-mail
to the console. Production sets DATABASE_URL, CELERY_BROKER_URL, CACHE_URL, SECRET_KEY and DEBUG=false.
There is no setting that exists only in production.
"""

from __future__ import annotations

import sys
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from elearning.env import cache_config, env_bool, env_int, env_list, env_str, mailer_config

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", False)
TESTING = "pytest" in sys.modules or env_bool("TESTING", False)

# --- Secret key: refuse an insecure default outside development -------------------------------
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not (DEBUG or TESTING):
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. With DEBUG off the platform refuses to start without one. "
            "Generate one with: python -c 'import secrets; print(secrets.token_urlsafe(50))' "
            "and set it in the environment (see .env.example)."
        )
    SECRET_KEY = "insecure-development-key-only-for-debug-and-tests-" + "x" * 20  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG or TESTING else [])
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [SITE_URL])

# --- Applications -------------------------------------------------------------------------------
INSTALLED_APPS = [
    # The ladder, bottom to top: each app imports only the ones above it in this list.
    "organisations",
    "courses",
    "assessments",
    "certificates",
    "dashboards",
    # Infrastructure: the task outbox (used by every app through `Task.delay_on_commit`).
    "elearning.outbox",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # First, so that every later middleware, view and error log line carries the request id.
    "elearning.requestid.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "organisations.middleware.CMSContentSecurityPolicyMiddleware",
    # Inside the CSP middleware, so the nonce it hands out is in the header (organisations/cms_scripts.py).
    "organisations.cms_scripts.CMSInlineScriptNonceMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "organisations.middleware.IdleSessionMiddleware",
    "organisations.middleware.PlatformLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "organisations.middleware.StaffMFAMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "elearning.urls"
WSGI_APPLICATION = "elearning.wsgi.application"
ASGI_APPLICATION = "elearning.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "elearning.navigation.navigation",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------------
DEFAULT_SQLITE_PATH = VAR_DIR / "amhk.sqlite3"
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{DEFAULT_SQLITE_PATH}")
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))}
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    # WAL lets readers work while one writer writes; IMMEDIATE transactions take the write lock at
    # BEGIN, so two writers queue on the busy timeout instead of failing with "database is locked".
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    if TESTING:
        # A file, not memory: a Celery worker process in the task tests must open the same database.
        DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test_amhk.sqlite3")}
    # Covering indexes (Index.include) are for PostgreSQL; SQLite keeps just their key columns, as
    # intended, and need not warn about it on every command.
    SILENCED_SYSTEM_CHECKS = ["models.W040"]
else:
    INSTALLED_APPS.append("django.contrib.postgres")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "organisations.User"

# --- Cache and sessions -------------------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL")
CACHES = {"default": cache_config(env_str("CACHE_URL", REDIS_URL))}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# Sessions end after this many seconds without a request. IdleSessionMiddleware refreshes the
# expiry at most once per SESSION_REFRESH_SECONDS so that reading a lesson does not write on every
# request.
SESSION_IDLE_TIMEOUT = env_int("SESSION_IDLE_TIMEOUT", 60 * 60)
SESSION_REFRESH_SECONDS = 5 * 60
SESSION_COOKIE_AGE = SESSION_IDLE_TIMEOUT
SESSION_EXPIRE_AT_BROWSER_CLOSE = False
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# --- Authentication -----------------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    # ModelBackend and allauth's backend with the person and their permissions cached (three
    # queries fewer on every page): organisations/auth_backends.py.
    "organisations.auth_backends.CachedPermissionsBackend",
    "organisations.auth_backends.CachedAuthenticationBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

ACCOUNT_ADAPTER = "organisations.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
# Addresses come from the employer's administration, and the invitation link proves the mailbox.
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[AMHK Academie] "
ACCOUNT_RATE_LIMITS = {
    # allauth's defaults written out so they are visible and tested (tests/organisations/
    # test_auth_hardening.py). Failed attempts, per address: 10 a minute; per account: 5 per 5
    # minutes. The key is the e-mail address for passwords (login form and "confirm your password");
    # allauth.mfa counts wrong authenticator and recovery codes against this same action under a
    # per-user key, so a known password does not open unlimited guessing of the six digits.
    "login_failed": "10/m/ip,5/300s/key",
    "login": "30/m/ip",
    "reauthenticate": "10/m/user",
    "change_password": "5/m/user",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "AMHK Academie"
MFA_RECOVERY_CODE_COUNT = 10
# Staff roles (trainer, manager, programme staff) must set up TOTP before they reach their tools.
REQUIRE_STAFF_MFA = env_bool("REQUIRE_STAFF_MFA", True)
INVITATION_VALID_DAYS = 7
# --- Retention (organisations/retention.py; shown on /privacy/) ---------------------------------
# Open answers and reflections: their text goes this many days after the attempt was final or the
# reflection was last edited; scores stay.
RETENTION_OPEN_ANSWERS_DAYS = env_int("RETENTION_OPEN_ANSWERS_DAYS", 730)
# Readiness exports and certificate ZIPs: the files go this many days after they were made.
RETENTION_EXPORT_FILES_DAYS = env_int("RETENTION_EXPORT_FILES_DAYS", 30)
USERSESSIONS_TRACK_ACTIVITY = False

# --- Internationalisation -----------------------------------------------------------------------
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# --- Static and media files ---------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
if DEBUG or TESTING:
    # Served from the app folders by whitenoise's finders; the folder only has to exist.
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# --- E-mail (Django 6.1 mailers) ----------------------------------------------------------------
MAILERS = {"default": mailer_config(env_str("EMAIL_URL", "console://"))}
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "AMHK Academie <noreply@amhk-academie.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Celery -------------------------------------------------------------------------------------
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL")
# Without a broker, tasks run in-process at the moment they are enqueued (after commit).
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Longer than the slowest task (a regional PDF report), so acks_late never hands a running task to
# a second worker.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 60 * 60, "socket_connect_timeout": 3}
CELERY_BEAT_SCHEDULE: dict = {
    # Tasks that waited in the outbox while the broker was down (elearning/outbox).
    "relay-outbox": {"task": "elearning.outbox.tasks.relay_outbox_task", "schedule": 30.0},
    # An attempt whose time ran out is submitted even if the learner never comes back; in the
    # embedded mode the same happens lazily on the next visit (and `close_expired_attempts`).
    "close-expired-attempts": {"task": "assessments.tasks.close_expired_attempts_task", "schedule": 60.0},
    # Reminders before certificates expire; idempotent per certificate and threshold, so the hour
    # matters only for when people read them. (Embedded mode: `send_expiry_reminders` from cron.)
    "certificate-expiry-reminders": {
        "task": "certificates.tasks.send_expiry_reminders_task",
        "schedule": crontab(hour=7, minute=0),
    },
    # Readiness rows are kept current by signals; the nightly rebuild catches bulk changes.
    "readiness-rebuild": {"task": "dashboards.tasks.rebuild_requirements_task", "schedule": crontab(hour=2, minute=30)},
    # National figures and competence strengths are cached (10 and 15 minutes): recompute them
    # before they run out, so no programme or manager request waits for a country-wide aggregate.
    "dashboard-caches": {"task": "dashboards.tasks.warm_dashboard_caches_task", "schedule": 300.0},
    # The trend's monthly point: readiness on the first of the month (idempotent per region/month).
    "readiness-snapshot": {
        "task": "dashboards.tasks.take_snapshot_task",
        "schedule": crontab(day_of_month=1, hour=3, minute=0),
    },
    # The region's PDF readiness report to its managers, after the snapshot so the trend has this
    # month's point (idempotent per region/month: a second beat or a redelivery sends nothing).
    "readiness-monthly-report": {
        "task": "dashboards.tasks.send_monthly_reports_task",
        "schedule": crontab(day_of_month=1, hour=6, minute=0),
    },
    # Retention: old open answers, reflections and export files deleted (idempotent; a missed day
    # is caught up by the next). Embedded mode: `apply_retention` from cron.
    "apply-retention": {"task": "organisations.tasks.apply_retention_task", "schedule": crontab(hour=3, minute=30)},
}

# --- Wagtail ------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "AMHK Academie"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILADMIN_LOGIN_URL = "account_login"
# One login for everybody: allauth's, with its rate limits and MFA. Wagtail's own password forms
# are switched off so that there is no second door.
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# --- Uploads (CMS): type by content, not only by name, and a size limit -------------------------
# Each extension here needs a content check in courses/uploads.py; one without is refused.
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "courses.uploads.CheckedDocumentForm"
# No SVG: it can carry scripts, and a region's logo is embedded in certificate PDFs. Wagtail checks
# that an image's content matches its extension.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 8 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Four eyes: a trainer submits, a second trainer approves, and approval publishes; an edit after
# submitting needs a new approval.
WAGTAIL_FINISH_WORKFLOW_ACTION = "courses.workflows.publish_after_peer_review"
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# Autosave every 10 s instead of Wagtail's 0.5 s: lessons are long texts, and a half-typed block
# should not trigger a round of validation errors while the trainer is still writing.
WAGTAIL_AUTOSAVE_INTERVAL = 10_000

# --- Security -----------------------------------------------------------------------------------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_TLS_PROXY", False) else None
HTTPS = SITE_URL.startswith("https://")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", HTTPS and not DEBUG)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365 if HTTPS and not DEBUG else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# Wagtail's editor relies on inline styles; scripts stay nonce/self-only there too.
CMS_CSP = {**SECURE_CSP, "style-src": [CSP.SELF, CSP.UNSAFE_INLINE], "frame-ancestors": [CSP.SELF]}
# Wagtail would show editors' avatars from gravatar.com: a third party learns who edits, and the
# policy blocks it anyway. Wagtail then shows its default avatar, served from our own origin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Logging ------------------------------------------------------------------------------------
# One JSON object per line in production (for a log collector), readable lines in development;
# both carry the request id, which the web request hands on to the tasks it enqueues (see
# elearning/requestid.py). Celery's worker and beat use this configuration too (elearning/celery.py).
LOG_FORMAT = env_str("LOG_FORMAT", "plain" if DEBUG else "json").strip().lower()
if LOG_FORMAT not in {"json", "plain"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be json or plain, got {LOG_FORMAT!r}.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_context": {"()": "elearning.logging.RequestContextFilter"}},
    "formatters": {
        "plain": {"()": "elearning.logging.PlainFormatter"},
        "json": {"()": "elearning.logging.JsonFormatter"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT, "filters": ["request_context"]},
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django_tasks": {"level": "WARNING"},
        # WeasyPrint reports every rendering step at INFO: a dozen lines per certificate.
        "weasyprint": {"level": "WARNING"},
        # Celery's prefork pool (billiard) reports dead pool processes here, on a logger that does not
        # propagate: without a handler of its own such a line would bypass the format.
        "multiprocessing": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # One line per request (method, URL name, status, duration); ACCESS_LOG_LEVEL=WARNING silences it.
        "elearning.access": {"level": env_str("ACCESS_LOG_LEVEL", "INFO")},
    },
}
