"""The only settings module. Values come from ``candor_web.conf`` parsers."""

from __future__ import annotations

import warnings
from pathlib import Path

from candor_web import conf

_env = conf.environ()

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = conf.parse_data_dir(_env, Path.cwd())
_secret = conf.parse_secret_key(_env, DATA_DIR)
SECRET_KEY = _secret.value
SECRET_KEY_ORIGIN = _secret.origin
DEBUG = conf.parse_bool(_env, "CANDOR_DEBUG", False)
ALLOWED_HOSTS = conf.parse_list(_env, "CANDOR_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = conf.parse_list(_env, "CANDOR_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "candor_web.organisations",
    "candor_web.accounts",
    "candor_web.audit",
    "candor_web.hiring",
    "candor_web.scorecards",
    "candor_web.decisions",
    "candor_web.outbox",
    "candor_web.feedback",
]

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Every page needs a signed-in user unless its view is marked login_not_required.
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "candor_web.urls"
WSGI_APPLICATION = "candor_web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "candor_web.accounts.context.navigation",
            ],
        },
    },
]

DATABASES = {"default": conf.parse_database(_env, DATA_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = conf.environ().get("CANDOR_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Serve app static files straight from the packages (no collectstatic step for
# small installs); a collected STATIC_ROOT is used when it exists.
WHITENOISE_USE_FINDERS = True
warnings.filterwarnings("ignore", message="No directory at: .*static")
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Security: secure cookies unless explicitly serving plain HTTP (the local demo).
_https = conf.parse_bool(_env, "CANDOR_HTTPS", not DEBUG)
SESSION_COOKIE_SECURE = _https
CSRF_COOKIE_SECURE = _https
SECURE_SSL_REDIRECT = conf.parse_bool(_env, "CANDOR_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = conf.parse_int(_env, "CANDOR_HSTS_SECONDS", 0)
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": conf.environ().get("CANDOR_LOG_LEVEL", "WARNING")},
}

# E-mail: sent only by the outbox worker (`candor web worker`), never from a request.
globals().update(conf.parse_email(_env, DATA_DIR))
#: Base address of links in e-mails; empty = the address of the request being served.
CANDOR_PUBLIC_URL = conf.parse_public_url(_env)
#: Public feedback form: requests per IP address (and per e-mail address) per hour.
CANDOR_RATE_LIMIT_FORM = conf.parse_int(_env, "CANDOR_RATE_LIMIT_FORM", 10)
#: Failed link openings (bad, expired or reused tokens) per IP address per hour.
CANDOR_RATE_LIMIT_FAILURES = conf.parse_int(_env, "CANDOR_RATE_LIMIT_FAILURES", 20)
#: How long a candidate's portal link stays valid, in days.
CANDOR_PORTAL_DAYS = conf.parse_int(_env, "CANDOR_PORTAL_DAYS", 180, minimum=1)
#: How long the "Ask for feedback" link in the outcome e-mail stays valid, in days.
CANDOR_OUTCOME_LINK_DAYS = conf.parse_outcome_link_days(_env)
