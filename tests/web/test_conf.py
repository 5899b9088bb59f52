"""The CANDOR_* parsers (pure functions: no database needed, but they live with the web app)."""

from pathlib import Path

import pytest

from candor_web import conf


def test_sqlite_default_in_data_dir_with_wal(tmp_path: Path) -> None:
    db = conf.parse_database({}, tmp_path)
    assert db["ENGINE"] == "django.db.backends.sqlite3"
    assert db["NAME"] == str(tmp_path / "candor.sqlite3")
    assert "journal_mode=WAL" in db["OPTIONS"]["init_command"]


def test_postgres_url(tmp_path: Path) -> None:
    db = conf.parse_database(
        {
            "CANDOR_DATABASE_URL": "postgresql://cand%40or:p%2Fw@db.internal:5433/candor?sslmode=require"
        },
        tmp_path,
    )
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["NAME"], db["USER"], db["PASSWORD"], db["HOST"], db["PORT"]) == (
        "candor",
        "cand@or",
        "p/w",
        "db.internal",
        "5433",
    )
    assert db["OPTIONS"] == {"sslmode": "require"}


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://x/y", "unsupported scheme 'mysql'"),
        ("postgresql://host:5432/", "needs a database name"),
        ("postgresql://host:notaport/db", "invalid port"),
        ("sqlite://", "needs a path"),
    ],
)
def test_bad_database_urls(tmp_path: Path, url: str, message: str) -> None:
    with pytest.raises(conf.ConfigError, match=message):
        conf.parse_database({"CANDOR_DATABASE_URL": url}, tmp_path)


def test_sqlite_url_and_memory(tmp_path: Path) -> None:
    assert (
        conf.parse_database({"CANDOR_DATABASE_URL": "sqlite:////srv/c.db"}, tmp_path)["NAME"]
        == "/srv/c.db"
    )
    assert (
        conf.parse_database({"CANDOR_DATABASE_URL": "sqlite:///:memory:"}, tmp_path)["NAME"]
        == ":memory:"
    )


def test_bool_int_list() -> None:
    assert conf.parse_bool({"X": "Yes"}, "X", False) is True
    assert conf.parse_bool({}, "X", True) is True
    with pytest.raises(conf.ConfigError, match="X: expected true or false, got 'maybe'"):
        conf.parse_bool({"X": "maybe"}, "X", False)
    assert conf.parse_int({"N": " 7 "}, "N", 1) == 7
    with pytest.raises(conf.ConfigError, match="N: expected a whole number"):
        conf.parse_int({"N": "seven"}, "N", 1)
    with pytest.raises(conf.ConfigError, match="N: must be at least 0"):
        conf.parse_int({"N": "-1"}, "N", 1)
    assert conf.parse_list({"L": "a, b,,c"}, "L", []) == ["a", "b", "c"]


def test_data_dir(tmp_path: Path) -> None:
    assert conf.parse_data_dir({}, tmp_path) == tmp_path / ".candor-data"
    assert conf.parse_data_dir({"CANDOR_DATA_DIR": "rel"}, tmp_path) == tmp_path / "rel"
    assert conf.parse_data_dir({"CANDOR_DATA_DIR": "/abs"}, tmp_path) == Path("/abs")


def test_secret_key_sources(tmp_path: Path) -> None:
    assert conf.parse_secret_key({"CANDOR_SECRET_KEY": "k" * 40}, tmp_path).origin == "environment"
    with pytest.raises(conf.ConfigError, match="at least 32"):
        conf.parse_secret_key({"CANDOR_SECRET_KEY": "short"}, tmp_path)
    assert conf.parse_secret_key({}, tmp_path).origin == "ephemeral"
    (tmp_path / "secret_key").write_text("s" * 50)
    key = conf.parse_secret_key({}, tmp_path)
    assert (key.origin, key.value) == ("file", "s" * 50)


def test_email_defaults_to_files_in_the_data_dir(tmp_path: Path) -> None:
    mail = conf.parse_email({}, tmp_path)
    assert mail["EMAIL_BACKEND"].endswith("filebased.EmailBackend")
    assert mail["EMAIL_FILE_PATH"] == str(tmp_path / "mail")
    assert mail["DEFAULT_FROM_EMAIL"] == "candor@localhost"


def test_email_smtp_from_host_port_and_tls(tmp_path: Path) -> None:
    mail = conf.parse_email(
        {
            "CANDOR_SMTP_HOST": "mail.example.com",
            "CANDOR_SMTP_STARTTLS": "yes",
            "CANDOR_SMTP_USER": "candor",
            "CANDOR_SMTP_PASSWORD": "s3cret",
            "CANDOR_EMAIL_FROM": "Careers <careers@example.com>",
        },
        tmp_path,
    )
    assert mail["EMAIL_BACKEND"].endswith("smtp.EmailBackend")
    assert (mail["EMAIL_HOST"], mail["EMAIL_PORT"], mail["EMAIL_USE_TLS"]) == (
        "mail.example.com",
        587,
        True,
    )
    assert mail["EMAIL_HOST_USER"] == "candor" and mail["EMAIL_HOST_PASSWORD"] == "s3cret"
    assert mail["DEFAULT_FROM_EMAIL"] == "Careers <careers@example.com>"
    assert (
        conf.parse_email({"CANDOR_SMTP_HOST": "h", "CANDOR_SMTP_SSL": "1"}, tmp_path)["EMAIL_PORT"]
        == 465
    )


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({"CANDOR_EMAIL_BACKEND": "pigeon"}, "CANDOR_EMAIL_BACKEND"),
        ({"CANDOR_EMAIL_BACKEND": "smtp"}, "CANDOR_SMTP_HOST"),
        ({"CANDOR_SMTP_HOST": "h", "CANDOR_SMTP_PORT": "70000"}, "CANDOR_SMTP_PORT"),
        ({"CANDOR_SMTP_HOST": "h", "CANDOR_SMTP_PORT": "x"}, "CANDOR_SMTP_PORT"),
        (
            {"CANDOR_SMTP_HOST": "h", "CANDOR_SMTP_STARTTLS": "1", "CANDOR_SMTP_SSL": "1"},
            "CANDOR_SMTP_STARTTLS",
        ),
        ({"CANDOR_EMAIL_FROM": "nobody"}, "CANDOR_EMAIL_FROM"),
    ],
)
def test_email_errors_name_the_variable(tmp_path: Path, env: dict[str, str], names: str) -> None:
    with pytest.raises(conf.ConfigError, match=names):
        conf.parse_email(env, tmp_path)


def test_public_url() -> None:
    assert conf.parse_public_url({}) == ""
    assert conf.parse_public_url({"CANDOR_PUBLIC_URL": "https://hiring.example.com/"}) == (
        "https://hiring.example.com"
    )
    with pytest.raises(conf.ConfigError, match="CANDOR_PUBLIC_URL"):
        conf.parse_public_url({"CANDOR_PUBLIC_URL": "hiring.example.com"})


def test_outcome_link_days() -> None:
    assert conf.parse_outcome_link_days({}) == 60
    assert conf.parse_outcome_link_days({"CANDOR_OUTCOME_LINK_DAYS": " 30 "}) == 30
    for bad, message in (("0", "at least 1"), ("366", "at most 365"), ("soon", "whole number")):
        with pytest.raises(conf.ConfigError, match=f"CANDOR_OUTCOME_LINK_DAYS: .*{message}"):
            conf.parse_outcome_link_days({"CANDOR_OUTCOME_LINK_DAYS": bad})
