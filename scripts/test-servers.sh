#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts and stops throw-away PostgreSQL and MariaDB servers for the test suite.
#
#   scripts/test-servers.sh start STATE_DIR   start both servers, write STATE_DIR/servers.env
#   scripts/test-servers.sh stop  STATE_DIR   stop what STATE_DIR records, delete its files
#   scripts/test-servers.sh env   STATE_DIR   print STATE_DIR/servers.env (exit 1 if absent)
#   scripts/test-servers.sh kill    STATE_DIR pg|mysql   SIGKILL a server, as a crash would
#   scripts/test-servers.sh restart STATE_DIR pg|mysql   start it again on its data and port
#
# Every start uses a fresh runtime directory /tmp/mwb-test-servers.XXXXXX (not under the
# caller's home: when run as root the servers run as the postgres and mysql OS users, who must
# reach it) and free ports on 127.0.0.1; `start` first stops whatever STATE_DIR recorded before.
# servers.env holds KEY=VALUE lines (MWB_TEST_PG_*, MWB_TEST_MYSQL_*, MWB_TEST_RUNTIME_DIR) for
# the servers that did start. Exit status of `start`: 0 when both started, 1 otherwise.
#
# Environment: MWB_PG_BINDIR overrides the PostgreSQL server binary directory (default: initdb
# in PATH, else the newest /usr/lib/postgresql/*/bin).
set -euo pipefail

# Fixed password of throw-away servers that listen on 127.0.0.1 only and live for one test run.
readonly PASSWORD=mwb-test-pw
readonly RUNTIME_PARENT=/tmp
readonly RUNTIME_PREFIX=mwb-test-servers
readonly MARKER=.mwb-test-servers
readonly PG_DB_USER=postgres
readonly MYSQL_DB_USER=root

prog=${0##*/}

usage() {
  echo "usage: $prog start|stop|env STATE_DIR, or $prog kill|restart STATE_DIR pg|mysql" >&2
  exit 2
}

is_root() { [ "$(id -u)" -eq 0 ]; }

log() { echo "$prog: $*"; }
err() { echo "$prog: $*" >&2; }

# Last lines of a server log on stderr, for failures.
show_log() {
  local file=$1
  if [ -s "$file" ]; then
    echo "---- last lines of $file ----" >&2
    tail -n 25 "$file" >&2 || true
    echo "----" >&2
  fi
}

# True when PID is a live (not zombie) process, and when NAME is given, runs a binary of that
# name, and when NEEDLE is given, has it in its command line (guards against reused pids).
# Orphaned servers may linger as zombies when PID 1 does not reap them.
pid_alive() {
  local pid=$1 name=${2:-} needle=${3:-} stat comm cmdline
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  if [ -d /proc ] && [ -r /proc/self/stat ]; then
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [ "${stat%% *}" != Z ] || return 1
    if [ -n "$name" ]; then
      comm=$(cat "/proc/$pid/comm" 2>/dev/null) || return 1
      [ "$comm" = "$name" ] || return 1
    fi
    if [ -n "$needle" ]; then
      cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
      [[ $cmdline == *"$needle"* ]] || return 1
    fi
    return 0
  fi
  kill -0 "$pid" 2>/dev/null
}

# Waits up to SECONDS for PID to go away. Returns 1 if it is still there.
wait_gone() {
  local pid=$1 name=$2 seconds=$3 i
  for ((i = 0; i < seconds * 10; i++)); do
    pid_alive "$pid" "$name" || return 0
    sleep 0.1
  done
  ! pid_alive "$pid" "$name"
}

# Sends SIG to PID (a NAME process with NEEDLE in its command line), waits up to SECONDS, then
# kills it hard.
terminate() {
  local pid=$1 name=$2 sig=$3 seconds=$4 needle=${5:-}
  pid_alive "$pid" "$name" "$needle" || return 0
  kill "-$sig" "$pid" 2>/dev/null || true
  if ! wait_gone "$pid" "$name" "$seconds"; then
    err "$name (pid $pid) did not exit within ${seconds}s, killing it"
    kill -KILL "$pid" 2>/dev/null || true
    wait_gone "$pid" "$name" 5 || { err "cannot kill $name (pid $pid)"; return 1; }
  fi
}

# Runs a command as OS user USER: through runuser when root, directly otherwise.
run_as() {
  local user=$1
  shift
  if is_root && [ "$user" != root ]; then
    runuser -u "$user" -- "$@"
  else
    "$@"
  fi
}

pg_bindir() {
  local dir
  if [ -n "${MWB_PG_BINDIR:-}" ]; then
    dir=$MWB_PG_BINDIR
  elif command -v initdb >/dev/null 2>&1; then
    dir=$(dirname "$(readlink -f "$(command -v initdb)")")
  else
    dir=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null |
      sort -V | tail -n 1 || true)
  fi
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ] ||
    return 1
  echo "$dir"
}

find_tool() {
  local name
  for name in "$@"; do
    if command -v "$name" >/dev/null 2>&1; then
      command -v "$name"
      return 0
    fi
    if [ -x "/usr/sbin/$name" ]; then
      echo "/usr/sbin/$name"
      return 0
    fi
  done
  return 1
}

# Prints COUNT distinct free TCP ports on 127.0.0.1, one a line.
pick_ports() {
  local count=$1 out p tries=0
  local -a ports=()
  local py='
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    socks.append(s)
print("\n".join(str(s.getsockname()[1]) for s in socks))
'
  if command -v python3 >/dev/null 2>&1 && out=$(python3 -c "$py" "$count" 2>/dev/null) &&
    [ "$(printf '%s\n' "$out" | grep -cE '^[0-9]+$')" -eq "$count" ]; then
    printf '%s\n' "$out"
    return 0
  fi
  # No python: probe random ports; nothing accepting a connection counts as free.
  while [ "${#ports[@]}" -lt "$count" ] && [ $tries -lt 200 ]; do
    tries=$((tries + 1))
    p=$((20000 + RANDOM % 30000))
    [[ " ${ports[*]} " == *" $p "* ]] && continue
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      ports+=("$p")
    fi
  done
  [ "${#ports[@]}" -eq "$count" ] || return 1
  printf '%s\n' "${ports[@]}"
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL. Layout: RT/pg/{data,sock,postgres.log,initdb.log}

pg_os_user() {
  if is_root; then echo postgres; else id -un; fi
}

stop_pg() {
  local rt=$1 data=$1/pg/data pid owner bindir
  [ -f "$data/postmaster.pid" ] || return 0
  pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
  pid_alive "$pid" postgres "$data" || return 0
  owner=$(stat -c %U "$data")
  bindir=$(cat "$rt/pg/bindir" 2>/dev/null || pg_bindir || true)
  if [ -n "$bindir" ] &&
    run_as "$owner" "$bindir/pg_ctl" -D "$data" -m fast -w -t 20 stop >/dev/null 2>&1; then
    wait_gone "$pid" postgres 5 && return 0
  fi
  # pg_ctl missing or failed: SIGINT is what "pg_ctl stop -m fast" sends.
  terminate "$pid" postgres INT 20 "$data"
}

# Runs in a background subshell; writes RT/pg.env on success.
start_pg() {
  local rt=$1 port=$2 dir=$1/pg user bindir version
  user=$(pg_os_user)
  if ! bindir=$(pg_bindir); then
    err "PostgreSQL: no server binaries (initdb, pg_ctl, postgres) in ${MWB_PG_BINDIR:-PATH or /usr/lib/postgresql/*/bin}${MWB_PG_BINDIR:+ (MWB_PG_BINDIR)}"
    return 1
  fi
  if ! id -u "$user" >/dev/null 2>&1; then
    err "PostgreSQL: OS user '$user' does not exist"
    return 1
  fi
  mkdir -p "$dir/sock"
  echo "$bindir" >"$dir/bindir"
  (umask 077 && printf '%s\n' "$PASSWORD" >"$dir/pwfile")
  if is_root; then chown -R "$user:" "$dir"; fi
  chmod 755 "$dir" "$dir/sock"
  if ! run_as "$user" "$bindir/initdb" -D "$dir/data" -U "$PG_DB_USER" --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --pwfile="$dir/pwfile" --no-sync \
    --no-instructions >"$dir/initdb.log" 2>&1; then
    rm -f "$dir/pwfile"
    err "PostgreSQL: initdb failed"
    show_log "$dir/initdb.log"
    return 1
  fi
  rm -f "$dir/pwfile"
  if ! run_as "$user" "$bindir/pg_ctl" -D "$dir/data" -w -t 30 -l "$dir/postgres.log" \
    -o "-p $port -k $dir/sock -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
    start >"$dir/pg_ctl.log" 2>&1; then
    err "PostgreSQL: server did not start on 127.0.0.1:$port"
    show_log "$dir/pg_ctl.log"
    show_log "$dir/postgres.log"
    stop_pg "$rt" || true
    return 1
  fi
  # Check the TCP password login the tests use; fall back to the binary's version without psql.
  if command -v psql >/dev/null 2>&1 || [ -x "$bindir/psql" ]; then
    local psql
    psql=$(command -v psql || echo "$bindir/psql")
    if ! version=$(PGPASSWORD=$PASSWORD PGCONNECT_TIMEOUT=10 "$psql" -X -w -A -t -q \
      -h 127.0.0.1 -p "$port" -U "$PG_DB_USER" -d postgres -c 'SHOW server_version' 2>&1); then
      err "PostgreSQL: started but password login over TCP failed: $version"
      show_log "$dir/postgres.log"
      stop_pg "$rt" || true
      return 1
    fi
  else
    version=$("$bindir/postgres" --version | awk '{print $NF}')
  fi
  cat >"$rt/pg.env" <<EOF
MWB_TEST_PG_HOST=127.0.0.1
MWB_TEST_PG_PORT=$port
MWB_TEST_PG_USER=$PG_DB_USER
MWB_TEST_PG_PASSWORD=$PASSWORD
MWB_TEST_PG_SOCKET_DIR=$dir/sock
EOF
  log "PostgreSQL ${version%% *} on 127.0.0.1:$port (user $PG_DB_USER, socket dir $dir/sock)"
}

# ---------------------------------------------------------------------------------------------
# MariaDB. Layout: RT/my/{data,run/mariadbd.sock,run/mariadbd.pid,mariadbd.log,launch.pid}

my_os_user() {
  if is_root; then echo mysql; else id -un; fi
}

stop_my() {
  local rt=$1 dir=$1/my pid
  for pid in "$(cat "$dir/run/mariadbd.pid" 2>/dev/null || true)" \
    "$(cat "$dir/launch.pid" 2>/dev/null || true)"; do
    [ -n "$pid" ] || continue
    terminate "$pid" mariadbd TERM 20 "$dir/data" || return 1
  done
}

# Starts mariadbd on an existing data directory and waits until it answers.
launch_my() {
  local rt=$1 port=$2 mariadbd=$3 mysqladmin=$4 dir=$1/my user admin pid i
  local sock=$dir/run/mariadbd.sock
  user=$(my_os_user)
  admin=$(id -un)
  local -a user_opt=()
  if is_root; then user_opt=(--user="$user"); fi
  # Not a child of the caller's terminal session: stdin, stdout and stderr all detached.
  setsid "$mariadbd" --no-defaults "${user_opt[@]}" --datadir="$dir/data" \
    --bind-address=127.0.0.1 --port="$port" --socket="$sock" --pid-file="$dir/run/mariadbd.pid" \
    --skip-name-resolve --innodb-flush-log-at-trx-commit=0 --skip-log-bin \
    </dev/null >>"$dir/mariadbd.log" 2>&1 &
  pid=$!
  echo "$pid" >"$dir/launch.pid"
  for ((i = 0; ; i++)); do
    if "$mysqladmin" --no-defaults --socket="$sock" -u"$admin" --connect-timeout=2 ping \
      >/dev/null 2>&1; then
      break
    fi
    if ! pid_alive "$pid" mariadbd; then
      err "MariaDB: mariadbd exited during startup"
      show_log "$dir/mariadbd.log"
      return 1
    fi
    if [ "$i" -ge 300 ]; then
      err "MariaDB: mariadbd not ready after 30s on $sock"
      show_log "$dir/mariadbd.log"
      stop_my "$rt" || true
      return 1
    fi
    sleep 0.1
  done
}

# Runs in a background subshell; writes RT/my.env on success.
start_my() {
  local rt=$1 port=$2 dir=$1/my user admin installdb mariadbd client mysqladmin pid i version
  local sock=$dir/run/mariadbd.sock
  user=$(my_os_user)
  # mariadb-install-db makes root@localhost and USER@localhost unix_socket accounts.
  admin=$(id -un)
  if ! installdb=$(find_tool mariadb-install-db mysql_install_db) ||
    ! mariadbd=$(find_tool mariadbd mysqld) ||
    ! client=$(find_tool mariadb mysql) ||
    ! mysqladmin=$(find_tool mariadb-admin mysqladmin); then
    err "MariaDB: mariadb-install-db, mariadbd, mariadb or mariadb-admin not found (install mariadb-server)"
    return 1
  fi
  if ! id -u "$user" >/dev/null 2>&1; then
    err "MariaDB: OS user '$user' does not exist"
    return 1
  fi
  mkdir -p "$dir/run"
  if is_root; then chown -R "$user:" "$dir"; fi
  chmod 755 "$dir" "$dir/run"
  if ! "$installdb" --no-defaults --user="$user" --datadir="$dir/data" \
    --auth-root-authentication-method=socket --skip-test-db --skip-name-resolve \
    >"$dir/install.log" 2>&1; then
    err "MariaDB: mariadb-install-db failed"
    show_log "$dir/install.log"
    return 1
  fi
  launch_my "$rt" "$port" "$mariadbd" "$mysqladmin" || return 1
  if ! "$client" --no-defaults --socket="$sock" -u"$admin" --batch >"$dir/grant.log" 2>&1 <<SQL; then
CREATE USER '$MYSQL_DB_USER'@'127.0.0.1' IDENTIFIED VIA mysql_native_password USING PASSWORD('$PASSWORD');
GRANT ALL PRIVILEGES ON *.* TO '$MYSQL_DB_USER'@'127.0.0.1' WITH GRANT OPTION;
SQL
    err "MariaDB: cannot create $MYSQL_DB_USER@127.0.0.1 through $sock as '$admin'"
    show_log "$dir/grant.log"
    stop_my "$rt" || true
    return 1
  fi
  # Check the TCP password login the tests use.
  if ! version=$("$client" --no-defaults --protocol=TCP -h127.0.0.1 -P"$port" -u"$MYSQL_DB_USER" \
    -p"$PASSWORD" --connect-timeout=10 --batch --skip-column-names -e 'SELECT VERSION()' 2>&1); then
    err "MariaDB: started but password login over TCP failed: $version"
    show_log "$dir/mariadbd.log"
    stop_my "$rt" || true
    return 1
  fi
  cat >"$rt/my.env" <<EOF
MWB_TEST_MYSQL_HOST=127.0.0.1
MWB_TEST_MYSQL_PORT=$port
MWB_TEST_MYSQL_USER=$MYSQL_DB_USER
MWB_TEST_MYSQL_PASSWORD=$PASSWORD
MWB_TEST_MYSQL_SOCKET=$sock
EOF
  log "MariaDB $version on 127.0.0.1:$port (user $MYSQL_DB_USER, socket $sock)"
}

# ---------------------------------------------------------------------------------------------

# The runtime directory STATE_DIR records, if it is one of ours.
recorded_runtime() {
  local state=$1 rt
  [ -f "$state/runtime-dir" ] || return 1
  rt=$(head -n 1 "$state/runtime-dir")
  case "${rt##*/}" in
    "$RUNTIME_PREFIX".*) ;;
    *) err "ignoring unexpected runtime directory '$rt' recorded in $state/runtime-dir"; return 1 ;;
  esac
  [ -d "$rt" ] && [ -f "$rt/$MARKER" ] || return 1
  echo "$rt"
}

cmd_stop() {
  local state=$1 rt status=0
  if rt=$(recorded_runtime "$state"); then
    stop_pg "$rt" || status=1
    stop_my "$rt" || status=1
    if [ $status -eq 0 ]; then
      rm -rf "$rt"
    else
      err "left $rt in place because a server could not be stopped"
    fi
  fi
  rm -f "$state/servers.env" "$state/runtime-dir"
  return $status
}

cmd_start() {
  local state=$1 rt pg_port my_port pg_pid my_pid pg_rc=0 my_rc=0 ports
  cmd_stop "$state"
  rt=$(mktemp -d "$RUNTIME_PARENT/$RUNTIME_PREFIX.XXXXXX")
  chmod 755 "$rt"
  touch "$rt/$MARKER"
  echo "$rt" >"$state/runtime-dir"
  if ! ports=$(pick_ports 2); then
    err "cannot find free TCP ports on 127.0.0.1"
    exit 1
  fi
  pg_port=$(sed -n 1p <<<"$ports")
  my_port=$(sed -n 2p <<<"$ports")

  # Both servers start in parallel; each in its own subshell so one failing leaves the other.
  start_pg "$rt" "$pg_port" >"$rt/pg.out" 2>"$rt/pg.err" &
  pg_pid=$!
  start_my "$rt" "$my_port" >"$rt/my.out" 2>"$rt/my.err" &
  my_pid=$!
  wait "$pg_pid" || pg_rc=$?
  wait "$my_pid" || my_rc=$?
  cat "$rt/pg.out" "$rt/my.out"
  cat "$rt/pg.err" "$rt/my.err" >&2
  if [ $pg_rc -ne 0 ] || [ ! -f "$rt/pg.env" ]; then pg_rc=1; rm -f "$rt/pg.env"; fi
  if [ $my_rc -ne 0 ] || [ ! -f "$rt/my.env" ]; then my_rc=1; rm -f "$rt/my.env"; fi

  {
    echo "MWB_TEST_RUNTIME_DIR=$rt"
    cat "$rt/pg.env" "$rt/my.env" 2>/dev/null || true
  } >"$state/servers.env.tmp"
  mv -f "$state/servers.env.tmp" "$state/servers.env"
  [ $pg_rc -eq 0 ] || err "PostgreSQL did not start; servers.env has no MWB_TEST_PG_* entries"
  [ $my_rc -eq 0 ] || err "MariaDB did not start; servers.env has no MWB_TEST_MYSQL_* entries"
  [ $pg_rc -eq 0 ] && [ $my_rc -eq 0 ]
}

# Fault injection for tests: the server process (and, for PostgreSQL, its backends) die at once.
cmd_kill() {
  local state=$1 which=$2 rt pid
  rt=$(recorded_runtime "$state") || { err "no servers recorded in $state"; exit 1; }
  case $which in
    pg)
      pid=$(head -n 1 "$rt/pg/data/postmaster.pid" 2>/dev/null || true)
      pid_alive "$pid" postgres || { err "PostgreSQL is not running"; exit 1; }
      # The postmaster first (else it restarts its children), then the backends it leaves.
      kill -KILL "$pid"
      pkill -KILL -P "$pid" 2>/dev/null || true
      wait_gone "$pid" postgres 10
      ;;
    mysql)
      pid=$(cat "$rt/my/run/mariadbd.pid" 2>/dev/null || true)
      pid_alive "$pid" mariadbd || { err "MariaDB is not running"; exit 1; }
      kill -KILL "$pid"
      wait_gone "$pid" mariadbd 10
      ;;
    *) usage ;;
  esac
  log "killed $which"
}

cmd_restart() {
  local state=$1 which=$2 rt port dir
  rt=$(recorded_runtime "$state") || { err "no servers recorded in $state"; exit 1; }
  case $which in
    pg)
      dir=$rt/pg
      port=$(sed -n 's/^MWB_TEST_PG_PORT=//p' "$rt/pg.env")
      # A killed postmaster can linger as a zombie until it is reaped, and PostgreSQL then takes
      # its pid file for a live server. pid_alive ignores zombies: remove a stale file.
      if ! pid_alive "$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)" postgres; then
        rm -f "$dir/data/postmaster.pid" "$dir/sock/.s.PGSQL.$port.lock"
      fi
      run_as "$(stat -c %U "$dir/data")" "$(cat "$dir/bindir")/pg_ctl" -D "$dir/data" -w -t 60 \
        -l "$dir/postgres.log" \
        -o "-p $port -k $dir/sock -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
        start >"$dir/pg_ctl.log" 2>&1 || { show_log "$dir/postgres.log"; exit 1; }
      ;;
    mysql)
      port=$(sed -n 's/^MWB_TEST_MYSQL_PORT=//p' "$rt/my.env")
      launch_my "$rt" "$port" "$(find_tool mariadbd mysqld)" "$(find_tool mariadb-admin mysqladmin)" || exit 1
      ;;
    *) usage ;;
  esac
  log "restarted $which"
}

[ $# -eq 2 ] || [ $# -eq 3 ] || usage
command=$1
[ -n "$2" ] || usage
case "$command" in
  start) mkdir -p "$2" ;;
  stop | env) [ $# -eq 2 ] || usage ;;
  kill | restart) [ $# -eq 3 ] || usage ;;
  *) usage ;;
esac
if [ -d "$2" ]; then
  state_dir=$(cd "$2" && pwd -P)
else
  state_dir=$2
fi
# The servers' OS users cannot enter most callers' working directories (e.g. /root).
cd /

case "$command" in
  start) cmd_start "$state_dir" ;;
  stop) cmd_stop "$state_dir" ;;
  kill) cmd_kill "$state_dir" "$3" ;;
  restart) cmd_restart "$state_dir" "$3" ;;
  env)
    if [ -f "$state_dir/servers.env" ]; then
      cat "$state_dir/servers.env"
    else
      err "no servers.env in $state_dir (run: $prog start $state_dir)"
      exit 1
    fi
    ;;
esac
