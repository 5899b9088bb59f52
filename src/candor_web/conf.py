"""Typed parsers for the ``CANDOR_*`` environment variables.

Configuration is read once, here, by small functions that are unit-tested
without Django. ``settings.py`` calls them; nothing else reads the environment.
Every variable is documented in docs/configuration.md.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

__all__ = [
    "ConfigError",
    "SecretKey",
    "parse_bool",
    "parse_data_dir",
    "parse_database",
    "parse_email",
    "parse_int",
    "parse_list",
    "parse_outcome_link_days",
    "parse_public_url",
    "parse_secret_key",
]

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


class ConfigError(ValueError):
    """A ``CANDOR_*`` setting has a value that cannot be used; the message names it."""


def parse_bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ConfigError(f"{name}: expected true or false, got {raw!r}")


def parse_int(env: Mapping[str, str], name: str, default: int, *, minimum: int = 0) -> int:
    raw = env.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise ConfigError(f"{name}: expected a whole number, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name}: must be at least {minimum}, got {value}")
    return value


def parse_list(env: Mapping[str, str], name: str, default: list[str]) -> list[str]:
    raw = env.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def parse_data_dir(env: Mapping[str, str], cwd: Path) -> Path:
    """``CANDOR_DATA_DIR``: where the SQLite database, secret key and outputs live.

    Default: ``.candor-data`` in the current directory, so that a demo run from a
    checkout keeps everything beside it.
    """
    raw = env.get("CANDOR_DATA_DIR", "").strip()
    path = Path(raw).expanduser() if raw else cwd / ".candor-data"
    return path if path.is_absolute() else (cwd / path)


def parse_database(env: Mapping[str, str], data_dir: Path) -> dict[str, Any]:
    """``CANDOR_DATABASE_URL``: the ``default`` entry of Django's ``DATABASES``.

    - unset: SQLite at ``<data dir>/candor.sqlite3`` in WAL mode;
    - ``sqlite:///absolute/path.sqlite3`` or ``sqlite:///:memory:``;
    - ``postgresql://user:password@host:port/name?sslmode=require`` (also ``postgres://``).
    """
    url = env.get("CANDOR_DATABASE_URL", "").strip()
    if not url:
        return _sqlite(data_dir / "candor.sqlite3")
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        # sqlite:////abs/path.db is absolute, sqlite:///rel.db relative (as in dj-database-url).
        path = unquote(parts.path)[1:]
        if path == ":memory:":
            return {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}
        if not path:
            raise ConfigError(
                "CANDOR_DATABASE_URL: a sqlite URL needs a path, e.g. sqlite:///srv/candor/db.sqlite3"
            )
        return _sqlite(Path(path))
    if scheme in ("postgres", "postgresql", "pgsql"):
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise ConfigError(
                "CANDOR_DATABASE_URL: a postgresql URL needs a database name after the host"
            )
        try:
            port = parts.port
        except ValueError:
            raise ConfigError(f"CANDOR_DATABASE_URL: invalid port in {url!r}") from None
        options = dict(parse_qsl(parts.query))
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(port or ""),
            "OPTIONS": options,
            "CONN_MAX_AGE": parse_int(env, "CANDOR_DB_CONN_MAX_AGE", 60),
            "CONN_HEALTH_CHECKS": True,
        }
    raise ConfigError(
        f"CANDOR_DATABASE_URL: unsupported scheme {parts.scheme!r}; use sqlite:/// or postgresql://"
    )


def _sqlite(path: Path) -> dict[str, Any]:
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "OPTIONS": {
            # WAL lets the web app read while the worker writes; IMMEDIATE avoids
            # "database is locked" on upgrade from a read to a write transaction.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
            "transaction_mode": "IMMEDIATE",
        },
    }


@dataclass(frozen=True, slots=True)
class SecretKey:
    value: str
    origin: str  # "environment", "file" or "ephemeral"


def parse_secret_key(env: Mapping[str, str], data_dir: Path) -> SecretKey:
    """``CANDOR_SECRET_KEY``, else ``<data dir>/secret_key`` if present, else a
    random key for this process only (system check ``candor.W001`` warns)."""
    raw = env.get("CANDOR_SECRET_KEY", "").strip()
    if raw:
        if len(raw) < 32:
            raise ConfigError("CANDOR_SECRET_KEY: must be at least 32 characters")
        return SecretKey(raw, "environment")
    key_file = data_dir / "secret_key"
    try:
        stored = key_file.read_text(encoding="utf-8").strip()
    except OSError:
        stored = ""
    if stored:
        return SecretKey(stored, "file")
    return SecretKey(secrets.token_urlsafe(50), "ephemeral")


def environ() -> Mapping[str, str]:
    return os.environ


#: ``CANDOR_EMAIL_BACKEND`` names and the Django backends they select.
EMAIL_BACKENDS = {
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
}


def parse_email(env: Mapping[str, str], data_dir: Path) -> dict[str, Any]:
    """The ``EMAIL_*`` settings from ``CANDOR_SMTP_*``, ``CANDOR_EMAIL_*``.

    ``CANDOR_EMAIL_BACKEND`` is ``smtp`` (the default when ``CANDOR_SMTP_HOST``
    is set), ``file`` (the default otherwise: each message is written under
    ``CANDOR_EMAIL_FILE_PATH``, default ``<data dir>/mail``, so a fresh install
    or the demo never needs a mail server), ``console`` or ``locmem``.
    """
    host = env.get("CANDOR_SMTP_HOST", "").strip()
    raw_backend = env.get("CANDOR_EMAIL_BACKEND", "").strip().lower()
    backend = raw_backend or ("smtp" if host else "file")
    if backend not in EMAIL_BACKENDS:
        raise ConfigError(
            f"CANDOR_EMAIL_BACKEND: expected one of {', '.join(EMAIL_BACKENDS)}, got {raw_backend!r}"
        )
    if backend == "smtp" and not host:
        raise ConfigError("CANDOR_SMTP_HOST: required when CANDOR_EMAIL_BACKEND is smtp")
    tls = parse_bool(env, "CANDOR_SMTP_STARTTLS", False)
    ssl = parse_bool(env, "CANDOR_SMTP_SSL", False)
    if tls and ssl:
        raise ConfigError("CANDOR_SMTP_STARTTLS and CANDOR_SMTP_SSL: choose one, not both")
    port = parse_int(env, "CANDOR_SMTP_PORT", 465 if ssl else (587 if tls else 25), minimum=1)
    if port > 65535:
        raise ConfigError(f"CANDOR_SMTP_PORT: must be at most 65535, got {port}")
    sender = env.get("CANDOR_EMAIL_FROM", "").strip() or "candor@localhost"
    if "@" not in sender:
        raise ConfigError(f"CANDOR_EMAIL_FROM: expected an e-mail address, got {sender!r}")
    raw_path = env.get("CANDOR_EMAIL_FILE_PATH", "").strip()
    file_path = Path(raw_path).expanduser() if raw_path else data_dir / "mail"
    return {
        "EMAIL_BACKEND": EMAIL_BACKENDS[backend],
        "EMAIL_HOST": host or "localhost",
        "EMAIL_PORT": port,
        "EMAIL_HOST_USER": env.get("CANDOR_SMTP_USER", ""),
        "EMAIL_HOST_PASSWORD": env.get("CANDOR_SMTP_PASSWORD", ""),
        "EMAIL_USE_TLS": tls,
        "EMAIL_USE_SSL": ssl,
        "EMAIL_TIMEOUT": parse_int(env, "CANDOR_SMTP_TIMEOUT", 30, minimum=1),
        "EMAIL_FILE_PATH": str(file_path),
        "DEFAULT_FROM_EMAIL": sender,
        "SERVER_EMAIL": sender,
    }


def parse_public_url(env: Mapping[str, str]) -> str:
    """``CANDOR_PUBLIC_URL``: the address candidates use (links in e-mails), or ``""``.

    Empty means: take it from the request being served (its Host header, which
    ``ALLOWED_HOSTS`` restricts); commands without a request then use
    ``http://127.0.0.1:8000``.
    """
    raw = env.get("CANDOR_PUBLIC_URL", "").strip().rstrip("/")
    if not raw:
        return ""
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(
            f"CANDOR_PUBLIC_URL: expected an address like https://hiring.example.com, got {raw!r}"
        )
    return raw


def parse_outcome_link_days(env: Mapping[str, str]) -> int:
    """``CANDOR_OUTCOME_LINK_DAYS``: how long the "Ask for feedback" link in the outcome
    e-mail works, in days (1 to 365; default 60)."""
    days = parse_int(env, "CANDOR_OUTCOME_LINK_DAYS", 60, minimum=1)
    if days > 365:
        raise ConfigError(f"CANDOR_OUTCOME_LINK_DAYS: must be at most 365, got {days}")
    return days
