#!/usr/bin/env bash
# A throwaway PostgreSQL server for the repository tests (`make test` and `make asan` start it).
#
#   tests/repository/pg-test-server.sh start DIR [--port N]   start (or reuse) the server of DIR
#   tests/repository/pg-test-server.sh url DIR                 postgresql://amtsweg_admin@127.0.0.1:PORT/postgres
#   tests/repository/pg-test-server.sh stop DIR                stop it
#
# The cluster lives in DIR/cluster (data/, server.log) and listens only on 127.0.0.1:PORT
# (54329 unless --port; no Unix socket). It uses the newest Debian binaries found in
# /usr/lib/postgresql/*/bin, never pg_ctlcluster or a system service. PostgreSQL refuses to run
# as root, so as root the server runs as the `postgres` system user, which owns DIR/cluster.
#
# Logins need a password (scram-sha-256, no trust): the first start creates random passwords for
#   amtsweg_admin   the bootstrap superuser (creates the tests' databases)
#   amtsweg_user    a plain login role without any privilege, for tests of refused rights
# and writes them to DIR/pgpass (mode 0600, libpq's format); point PGPASSFILE at it.
#
# `start` is idempotent: a running server of DIR is reused; a missing, stale or broken DIR (other
# version, other port, no pgpass, refusing our passwords, not starting) is initialised anew.
# Everything is throwaway: `stop DIR` and deleting DIR resets it.
set -euo pipefail

DEFAULT_PORT=54329
ADMIN=amtsweg_admin
USER_ROLE=amtsweg_user

log() { printf 'pg-test-server: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

usage() {
  sed -n '4,6p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 64
}

# ---- arguments: COMMAND DIR [--port N]
[[ $# -ge 2 ]] || usage
COMMAND=$1
DIR=$2
GIVEN_DIR=$2
shift 2
PORT=
while [[ $# -gt 0 ]]; do
  case $1 in
    --port) [[ $# -ge 2 ]] || usage; PORT=$2; shift 2 ;;
    --port=*) PORT=${1#--port=}; shift ;;
    *) usage ;;
  esac
done
[[ -z $PORT || $PORT =~ ^[0-9]+$ ]] || die "--port needs a number, not '$PORT'"

[[ $COMMAND != start ]] || mkdir -p "$DIR"
DIR=$(cd "$DIR" 2>/dev/null && pwd) || die "no folder $GIVEN_DIR"
CLUSTER=$DIR/cluster
DATA=$CLUSTER/data
SERVER_LOG=$CLUSTER/server.log
PGPASS=$DIR/pgpass
PORT_FILE=$DIR/port # the port the cluster in DIR was made for
[[ -n $PORT ]] || PORT=$(cat "$PORT_FILE" 2>/dev/null || echo "$DEFAULT_PORT")

# ---- the server binaries: the newest /usr/lib/postgresql/VERSION/bin
BIN=
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n); do
  [[ -x $candidate/initdb && -x $candidate/pg_ctl ]] && BIN=$candidate
done

need_bin() {
  [[ -n $BIN ]] || die "no PostgreSQL server in /usr/lib/postgresql/*/bin (Debian: apt-get install postgresql, or packaging/install-deps.sh)"
}

# Runs a server program as the user that owns the cluster: `postgres` when we are root.
as_server_user() {
  if [[ $(id -u) -eq 0 ]]; then
    (cd "$CLUSTER" && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

url() { printf 'postgresql://%s@127.0.0.1:%s/postgres\n' "$ADMIN" "$PORT"; }

# Does the server of DIR answer, and let amtsweg_admin in with the password in DIR/pgpass?
server_accepts() {
  [[ -f $PGPASS ]] || return 1
  PGPASSFILE=$PGPASS PGCONNECT_TIMEOUT=5 "$BIN/psql" -X -q -A -t -d "$(url)" -c 'select 1' \
    >/dev/null 2>&1
}

server_running() { [[ -d $DATA ]] && as_server_user "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

stop_server() {
  if ! server_running; then
    log "no server running in $DIR"
    return 0
  fi
  # A postmaster killed by a signal leaves its pid file behind; pg_ctl then waits in vain and
  # fails although nothing runs any more, so what counts is whether the server is gone.
  as_server_user "$BIN/pg_ctl" -D "$DATA" -m fast -w -t 30 stop >/dev/null 2>&1 || true
  server_running && die "the server of $DIR does not stop (pid file: $DATA/postmaster.pid)"
  log "stopped the server of $DIR"
}

random_password() { head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

# initdb with amtsweg_admin as the bootstrap superuser, the test settings and the pgpass file.
init_cluster() {
  need_bin
  if [[ $(id -u) -eq 0 ]] && ! runuser -u postgres -- test -x "$DIR"; then
    die "the postgres user cannot enter $DIR (a parent folder is closed to other users); use a DIR below an open folder"
  fi
  log "initialising a PostgreSQL $(basename "$(dirname "$BIN")") cluster in $CLUSTER (port $PORT)"
  rm -rf "$CLUSTER" "$PGPASS" "$PORT_FILE"
  mkdir -p "$CLUSTER"
  chmod 0700 "$CLUSTER"
  [[ $(id -u) -ne 0 ]] || chown postgres:postgres "$CLUSTER"

  local admin_password user_password
  admin_password=$(random_password)
  user_password=$(random_password)
  # initdb reads the superuser's password from a file, which the server user must be able to read.
  (umask 077 && printf '%s\n' "$admin_password" >"$CLUSTER/pwfile")
  [[ $(id -u) -ne 0 ]] || chown postgres:postgres "$CLUSTER/pwfile"
  if ! as_server_user "$BIN/initdb" -D "$DATA" -U "$ADMIN" --pwfile="$CLUSTER/pwfile" \
       --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$CLUSTER/initdb.log" 2>&1; then
    rm -f "$CLUSTER/pwfile"
    tail -n 30 "$CLUSTER/initdb.log" >&2
    die "initdb failed (log above: $CLUSTER/initdb.log)"
  fi
  rm -f "$CLUSTER/pwfile"

  # Only TCP on loopback, passwords always. fsync and friends off: the cluster is throwaway,
  # and a crash of the machine, the only thing they protect against, ends the test run anyway.
  cat >>"$DATA/postgresql.conf" <<EOF

# ---- amtsweg test server (tests/repository/pg-test-server.sh)
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = ''
password_encryption = 'scram-sha-256'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
  printf '# amtsweg test server: passwords only, loopback only\nhost all all 127.0.0.1/32 scram-sha-256\n' \
    >"$DATA/pg_hba.conf"

  # pgpass lines for every role (host:port:database:user:password); hex passwords need no escaping.
  (umask 077 && printf '127.0.0.1:%s:*:%s:%s\n127.0.0.1:%s:*:%s:%s\n' \
      "$PORT" "$ADMIN" "$admin_password" "$PORT" "$USER_ROLE" "$user_password" >"$PGPASS")
  chmod 0600 "$PGPASS"
  echo "$PORT" >"$PORT_FILE"

  launch || fail_with_log "the new cluster in $CLUSTER does not start"
  PGPASSFILE=$PGPASS "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$(url)" \
    -c "CREATE ROLE $USER_ROLE LOGIN PASSWORD '$user_password'" >/dev/null \
    || die "creating the role $USER_ROLE failed"
}

# pg_ctl start, then wait (at most 30 s) until the server lets amtsweg_admin in.
launch() {
  as_server_user "$BIN/pg_ctl" -D "$DATA" -l "$SERVER_LOG" -w -t 30 start >/dev/null 2>&1 || true
  local i
  for ((i = 0; i < 60; i++)); do
    server_accepts && return 0
    server_running || break
    sleep 0.5
  done
  return 1
}

fail_with_log() {
  if [[ -f $SERVER_LOG ]]; then
    log "server log ($SERVER_LOG), last lines:"
    tail -n 40 "$SERVER_LOG" >&2
  fi
  die "$*"
}

# Is something other than our server listening on the port?
port_taken() {
  local rc=0
  "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -t 2 >/dev/null 2>&1 || rc=$?
  [[ $rc -ne 2 ]] # 2: no response, i.e. nothing listens there
}

start_server() {
  need_bin
  local version
  version=$(basename "$(dirname "$BIN")")
  # Reuse what is there when it is ours, current and answering.
  if server_running && [[ $(cat "$PORT_FILE" 2>/dev/null) == "$PORT" ]] && server_accepts; then
    log "reusing the running server of $DIR: $(url)"
    return 0
  fi
  server_running && stop_server
  if port_taken; then
    die "port $PORT on 127.0.0.1 is taken by another server (another build folder's test server? stop it, or use --port)"
  fi
  if [[ ! -f $DATA/PG_VERSION || $(cat "$DATA/PG_VERSION") != "$version" || ! -f $PGPASS \
        || $(cat "$PORT_FILE" 2>/dev/null) != "$PORT" ]]; then
    init_cluster
  elif ! launch; then
    log "the cluster in $CLUSTER did not start or refuses our password; initialising it anew"
    server_running && stop_server
    init_cluster
  fi
  if ! server_accepts; then
    server_running && stop_server
    fail_with_log "the PostgreSQL test server in $DIR does not accept connections on 127.0.0.1:$PORT"
  fi
  log "PostgreSQL $version running: $(url) (PGPASSFILE=$PGPASS)"
}

case $COMMAND in
  start) start_server ;;
  stop)
    need_bin
    stop_server
    ;;
  url) url ;;
  *) usage ;;
esac
