#!/usr/bin/env bash
# The compose.yaml topology on this machine, without containers: Debian's nginx in front of two
# help-center jars sharing one PostgreSQL 15 (run as the postgres user). It sends contact messages
# under load through nginx, kills one instance with kill -9 midway, sends one more with a 5 MB
# attachment, and checks that every message was accepted (no request lost after nginx's retry) and
# delivered exactly once.
#
#   deploy/smoke.sh [MESSAGES] [THREADS]        (defaults: 200 messages, 8 threads)
#
# Ports 18350-18353 (issue 13's range); everything lives in a temporary folder, removed at the end.
# Mail is written as .eml files (no SMTP_HOST): each instance's outbox-mail folder is its "mailbox".
set -euo pipefail
cd "$(dirname "$0")/.."
MESSAGES=${1:-200}
THREADS=${2:-8}
PG_PORT=18350 APP1=18351 APP2=18352 NGINX=18353
WORK=$(mktemp -d /tmp/helpcenter-smoke.XXXXXX)
chmod 755 "$WORK"
PIDS=()
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for pid in "${PIDS[@]:-}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  as_postgres pg_ctl -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f target/helpcenter.jar ] || ./mvnw -B -q package -DskipTests
echo "== PostgreSQL 15 on port $PG_PORT"
mkdir -p "$WORK/pg" "$WORK/pgrun" && chown postgres "$WORK/pg" "$WORK/pgrun" 2>/dev/null || true
as_postgres initdb -D "$WORK/pg" -U postgres --auth=trust >/dev/null
as_postgres pg_ctl -D "$WORK/pg" -o "-p $PG_PORT -k $WORK/pgrun -c listen_addresses=127.0.0.1" -l "$WORK/pgrun/pg.log" -w start >/dev/null
psql() { command psql -h 127.0.0.1 -p $PG_PORT -U postgres -At "$@"; }
psql -c "CREATE DATABASE helpcenter" >/dev/null

# as the image does (Dockerfile): the bundled content's caches derived once, and each instance
# starting from its own copy of them
echo "== prepare (the image's build step)"
java -XX:TieredStopAtLevel=1 -jar target/helpcenter.jar prepare --content content --cache-dir "$WORK/image-cache" 2>&1 | tail -1 | sed 's/^/   /'
start_app() { # NAME PORT
  mkdir -p "$WORK/$1"
  cp -r "$WORK/image-cache" "$WORK/$1/cache"
  HELPCENTER_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/helpcenter" HELPCENTER_DB_USER=postgres \
  HELPCENTER_SECRET="smoke-test-secret-shared-by-both-instances" \
    java -Xmx256m -jar target/helpcenter.jar --port "$2" --data "$WORK/$1" --no-watch --trust-proxy \
      --base-url "http://localhost:$NGINX" --contact-rate-limit off --contact-min-fill-seconds 0 \
      > "$WORK/$1.log" 2>&1 &
  echo $!
}
await_ready() { for _ in $(seq 1 180); do curl -sf "localhost:$1/health/ready" >/dev/null && return 0; sleep 1; done; return 1; }
echo "== two instances on ports $APP1 and $APP2"
PID1=$(start_app app1 $APP1); PIDS+=("$PID1")
await_ready $APP1   # the first migrates the database; then the second starts
PID2=$(start_app app2 $APP2); PIDS+=("$PID2")
await_ready $APP2
for app in app1 app2; do
  grep -q '(0 documents written)' "$WORK/$app.log" || { echo "FAIL: $app did not start from the prepared cache"; exit 1; }
done
echo "   both started from the prepared cache (no article indexed again)"

echo "== nginx on port $NGINX"
sed -e "s|server app1:7070|server 127.0.0.1:$APP1|; s|server app2:7070|server 127.0.0.1:$APP2|" \
    -e "s|listen 80;|listen 127.0.0.1:$NGINX;|" -e "s|/var/cache/nginx/helpcenter|$WORK/nginx-cache|" \
    -e "s|^worker_processes auto;|worker_processes 1; pid $WORK/nginx.pid; error_log $WORK/nginx-error.log;|" \
    -e "s|^http {|http { access_log off; client_body_temp_path $WORK/nginx-body; proxy_temp_path $WORK/nginx-proxy;|" \
    deploy/nginx.conf > "$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf" -p "$WORK"
for _ in $(seq 1 30); do curl -sf "localhost:$NGINX/health" >/dev/null && break; sleep 0.5; done

KILL_AFTER=$((MESSAGES / 3))
echo "== $MESSAGES contact messages from $THREADS threads; kill -9 app1 after $KILL_AFTER are accepted"
( while [ ! -f "$WORK/kill-now" ]; do sleep 0.05; done
  kill -9 "$PID1"; echo "   kill -9 app1 (pid $PID1) at $(date +%T.%3N)" ) &
set +e
python3 deploy/smoke_client.py "http://localhost:$NGINX" "$MESSAGES" "$THREADS" "$KILL_AFTER" "$WORK/kill-now" > "$WORK/client.out"
CLIENT=$?
set -e
grep -v '^REF ' "$WORK/client.out" | sed 's/^/   /'
grep '^REF ' "$WORK/client.out" | cut -c5- | sort > "$WORK/accepted.txt"

echo "== one message with a 5 MB attachment through nginx"
python3 deploy/smoke_client.py "http://localhost:$NGINX" attachment 5 > "$WORK/attachment.out" || { cat "$WORK/attachment.out"; echo "FAIL"; exit 1; }
echo "   accepted: $(cut -c5- "$WORK/attachment.out")"
cut -c5- "$WORK/attachment.out" | sort -m - "$WORK/accepted.txt" -o "$WORK/accepted.txt"

echo "== waiting for app2 to deliver everything (app1 stays dead)"
START=$(date +%s)
for _ in $(seq 1 120); do
  LEFT=$(psql -d helpcenter -c "SELECT COUNT(*) FROM contact_outbox WHERE status <> 'sent'")
  [ "$LEFT" = "0" ] && break
  sleep 1
done
echo "   outbox empty after $(( $(date +%s) - START )) s (mails not sent: $LEFT)"

STORED=$(psql -d helpcenter -c "SELECT COUNT(*) FROM contact_message WHERE subject LIKE 'Smoke test message %'")
grep -h '^X-Helpcenter-Reference:' "$WORK"/app*/outbox-mail/*.eml 2>/dev/null | awk '{print $2}' | sed 's/\r$//' | sort > "$WORK/delivered.txt" || true
DELIVERED=$(wc -l < "$WORK/delivered.txt")
UNIQUE=$(sort -u "$WORK/delivered.txt" | wc -l)
DUPLICATES=$(uniq -d "$WORK/delivered.txt" | wc -l)
MISSING=$(comm -23 "$WORK/accepted.txt" <(sort -u "$WORK/delivered.txt") | wc -l)
BY_APP1=$(ls "$WORK/app1/outbox-mail" 2>/dev/null | wc -l); BY_APP2=$(ls "$WORK/app2/outbox-mail" 2>/dev/null | wc -l)
echo "== result"
echo "   accepted by nginx:    $(wc -l < "$WORK/accepted.txt") of $((MESSAGES + 1)) (client exit $CLIENT)"
echo "   stored messages:      $STORED"
echo "   mails delivered:      $DELIVERED ($BY_APP1 by app1 before the kill, $BY_APP2 by app2), $UNIQUE distinct"
echo "   duplicates:           $DUPLICATES   missing: $MISSING"
if [ "$CLIENT" -eq 0 ] && [ "$MISSING" -eq 0 ] && [ "$DUPLICATES" -eq 0 ] && [ "$STORED" -eq $((MESSAGES + 1)) ]; then
  echo "PASS: every message accepted, stored once and delivered exactly once"
else
  echo "FAIL"; exit 1
fi
