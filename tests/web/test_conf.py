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
