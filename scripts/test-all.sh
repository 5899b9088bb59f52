#!/usr/bin/env bash
# The whole test suite (called by `./run tests` and by .ci/run):
#   1. static checks: ruff, import boundaries, mypy;
#   2. pytest over everything (core, CLI, web on SQLite; browser tests when Chromium exists);
#   3. the web tests again on a throwaway PostgreSQL server this script starts and stops.
# Extra arguments go to both pytest runs. Exit status is non-zero if any step failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=.venv/bin
failed=()
work=$(mktemp -d)
export CANDOR_DATA_DIR="$work/data"
export PYTHONDONTWRITEBYTECODE=1

cleanup() {
  if [ -n "${pg_data:-}" ] && [ -f "$pg_data/postmaster.pid" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n=== %s\n' "$*"; }

# pytest exits 5 when it collects nothing: here that means a broken selection, so it fails.
run_pytest() {
  "$bin/pytest" -p no:cacheprovider "$@"
  local rc=$?
  if [ $rc -eq 5 ]; then
    echo "test-all: pytest collected no tests for: $*" >&2
  fi
  return $rc
}

step "ruff (lint and format)"
paths=()
for d in src tests bench scripts; do [ -d "$d" ] && paths+=("$d"); done
"$bin/ruff" check "${paths[@]}" || failed+=("ruff check")
"$bin/ruff" format --check --quiet "${paths[@]}" || failed+=("ruff format")

step "import boundaries (import-linter)"
"$bin/lint-imports" --no-cache --no-logo || failed+=("import boundaries")

step "mypy"
"$bin/mypy" || failed+=("mypy")

step "compiled speedups (native/)"
if "$bin/python" -c "import candor_speedups" 2>/dev/null; then
  echo "candor_speedups is built: the tests compare it with the pure-Python code"
elif [ "${CI:-}" = "true" ]; then
  echo "test-all: candor_speedups is not built (CI requires it: gcc and python3-dev)" >&2
  failed+=("compiled speedups not built")
else
  echo "test-all: candor_speedups is not built; its comparison tests are skipped"
fi

step "pytest: core, CLI and web on SQLite"
run_pytest "$@" || failed+=("pytest (SQLite)")

step "pytest: web on PostgreSQL"
PGBIN=${CANDOR_PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}
if [ -z "$PGBIN" ] && command -v pg_ctl >/dev/null 2>&1; then PGBIN=$(dirname "$(command -v pg_ctl)"); fi
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "test-all: PostgreSQL server binaries not found (CI requires them)" >&2
    failed+=("PostgreSQL not installed")
  else
    echo "test-all: PostgreSQL server binaries not found; skipping the PostgreSQL run"
    echo "          (Debian/Ubuntu: apt-get install postgresql; or set CANDOR_PGBIN)"
  fi
else
  # The server refuses to run as root: as root, run it as the postgres user.
  if [ "$(id -u)" = 0 ]; then
    as_pg() { (cd / && runuser -u postgres -- "$@"); }
    chown postgres:postgres "$work"
  else
    as_pg() { "$@"; }
  fi
  pg_data="$work/pg"
  port=$("$bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  if as_pg "$PGBIN/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$work/initdb.log" 2>&1 &&
     as_pg "$PGBIN/pg_ctl" -D "$pg_data" -l "$work/pg.log" -w \
       -o "-c listen_addresses=127.0.0.1 -p $port -k $work -c fsync=off -c full_page_writes=off" start >/dev/null; then
    CANDOR_DATABASE_URL="postgresql://postgres@127.0.0.1:$port/candor" run_pytest -m web "$@" ||
      failed+=("pytest (PostgreSQL)")
  else
    cat "$work/initdb.log" "$work/pg.log" 2>/dev/null >&2
    failed+=("PostgreSQL start")
  fi
fi

if [ ${#failed[@]} -gt 0 ]; then
  printf '\ntest-all: FAILED: %s\n' "$(IFS=,; echo "${failed[*]}")" >&2
  exit 1
fi
