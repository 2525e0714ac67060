# shellcheck shell=bash
# A throwaway PostgreSQL cluster for the PostgreSQL tests, sourced by .ci/run (or by hand:
#   source .ci/postgres.sh && hub_pg_start && echo "$HUB_TEST_POSTGRES" ... hub_pg_stop).
# hub_pg_start installs PostgreSQL when initdb is missing and we are root (Debian), starts a cluster
# in a temporary folder on a free port with trust authentication on 127.0.0.1, and exports
# HUB_TEST_POSTGRES. It returns non-zero, with the reason on stderr, when it cannot: the tests then skip.

HUB_PG_DIR=""
HUB_PG_BIN=""

hub_pg_find_bin() {
  local initdb
  initdb=$(command -v initdb 2>/dev/null || true)
  if [ -z "$initdb" ]; then
    initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  [ -n "$initdb" ] && [ -x "$initdb" ] || return 1
  HUB_PG_BIN=$(dirname "$initdb")
}

# Runs a PostgreSQL binary as the postgres user when we are root (initdb and postgres refuse root).
hub_pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    if command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- "$@"
    else
      su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
    fi
  else
    "$@"
  fi
}

hub_pg_free_port() {
  local port
  for port in $(seq 55432 55632); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

hub_pg_start() {
  if ! hub_pg_find_bin; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "== installing PostgreSQL (apt-get)"
      (timeout 300 apt-get update -qq && DEBIAN_FRONTEND=noninteractive timeout 300 apt-get install -y -qq --no-install-recommends postgresql) >/tmp/hub-pg-install.log 2>&1 \
        || { echo "PostgreSQL could not be installed (see /tmp/hub-pg-install.log): PostgreSQL tests will be skipped" >&2; return 1; }
      hub_pg_find_bin || { echo "initdb not found after installing PostgreSQL: PostgreSQL tests will be skipped" >&2; return 1; }
    else
      echo "initdb not found and PostgreSQL cannot be installed here: PostgreSQL tests will be skipped" >&2
      return 1
    fi
  fi

  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /tmp --shell /bin/sh postgres 2>/dev/null \
      || { echo "no postgres user to run PostgreSQL as: PostgreSQL tests will be skipped" >&2; return 1; }
  fi

  local port
  port=$(hub_pg_free_port) || { echo "no free port for PostgreSQL: PostgreSQL tests will be skipped" >&2; return 1; }
  HUB_PG_DIR=$(mktemp -d /tmp/hub-pg.XXXXXX)
  chmod 755 "$HUB_PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres "$HUB_PG_DIR"

  echo "== starting PostgreSQL ($HUB_PG_BIN) on 127.0.0.1:$port"
  if ! hub_pg_as_owner "$HUB_PG_BIN/initdb" -D "$HUB_PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$HUB_PG_DIR/initdb.log" 2>&1; then
    echo "initdb failed: PostgreSQL tests will be skipped" >&2
    cat "$HUB_PG_DIR/initdb.log" >&2
    return 1
  fi
  if ! hub_pg_as_owner "$HUB_PG_BIN/pg_ctl" -D "$HUB_PG_DIR/data" -l "$HUB_PG_DIR/server.log" -w -t 60 \
      -o "-p $port -k $HUB_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      start >/dev/null 2>&1; then
    echo "PostgreSQL did not start: PostgreSQL tests will be skipped" >&2
    cat "$HUB_PG_DIR/server.log" >&2 || true
    return 1
  fi
  export HUB_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
}

hub_pg_stop() {
  if [ -n "$HUB_PG_DIR" ] && [ -d "$HUB_PG_DIR/data" ]; then
    hub_pg_as_owner "$HUB_PG_BIN/pg_ctl" -D "$HUB_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$HUB_PG_DIR"
  fi
  HUB_PG_DIR=""
}
