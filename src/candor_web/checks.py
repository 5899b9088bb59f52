"""System checks with stable IDs and hints (run by ``candor web check``)."""

from __future__ import annotations

import os
from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Warning, register


@register()
def data_dir_writable(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    data_dir = settings.DATA_DIR
    engine = settings.DATABASES["default"]["ENGINE"]
    if "sqlite3" not in engine:
        return []
    if data_dir.exists() and not os.access(data_dir, os.W_OK):
        return [
            Error(
                f"The data directory {data_dir} is not writable.",
                hint="Set CANDOR_DATA_DIR to a folder the candor user can write, or fix its permissions.",
                id="candor.E001",
            )
        ]
    return []


@register(deploy=True)
def secret_key_persistent(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    if settings.SECRET_KEY_ORIGIN == "ephemeral":  # noqa: S105 (an origin label, not a key)
        return [
            Warning(
                "No CANDOR_SECRET_KEY is set and no secret_key file exists in the data directory; "
                "a random key is used for this process only, so sessions and links die on restart.",
                hint="Run `candor web init` once, or set CANDOR_SECRET_KEY.",
                id="candor.W001",
            )
        ]
    return []


@register(deploy=True)
def email_is_sent(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    if str(settings.EMAIL_BACKEND).endswith(("filebased.EmailBackend", "locmem.EmailBackend")):
        return [
            Warning(
                "E-mail is written to files, not sent: candidates will not receive "
                "verification links or letters.",
                hint="Set CANDOR_SMTP_HOST (see docs/configuration.md, 'E-mail').",
                id="candor.W002",
            )
        ]
    return []
