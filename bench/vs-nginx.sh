#!/usr/bin/env bash
# The help center against nginx serving the very same bytes, plus search at 12 000 articles,
# start-up times and heap. See BENCHMARKS.md, "Pages against nginx".
#
#   bench/vs-nginx.sh [CORPUS]        CORPUS defaults to ../shared/corpus (from the repository root);
#                                     without it the 12 000-article part is skipped
#
# Environment: DURATION (wrk run length, default 10s), ARTICLES (default 12000), QUERIES (default
# 20000), START_TIMEOUT (seconds, default 150), PARTS (default "pages large": the bundled content
# against nginx, the 12 000-article part), JAVA_OPTS (for the app's JVM), KEEP=1 (keep the work
# folder with logs and fetched pages), WARMUP (at 12 000 articles, how long /search is asked new
# queries before it is measured, default 300s, in windows of WARMUP_WINDOW, default 30s, whose
# req/s the summary lists: on two cores the JIT keeps compiling the search path for five minutes
# and more of such load, see BENCHMARKS.md), API_WARMUP (then /api/search, default 60s).
# Runs on loopback only, installs nginx, wrk and curl with apt-get when missing, and stops every
# process it started when it ends, however it ends.
set -euo pipefail
{ # the whole script is read before it runs, so editing or pulling it meanwhile cannot derail a run

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
corpus_arg=${1:-}
if [[ -n $corpus_arg ]]; then
    corpus=$(cd "$corpus_arg" 2>/dev/null && pwd || echo "$corpus_arg")
else
    corpus=$(cd "$root/../shared/corpus" 2>/dev/null && pwd || echo "$root/../shared/corpus")
fi
duration=${DURATION:-10s}
articles=${ARTICLES:-12000}
query_count=${QUERIES:-20000}
start_timeout=${START_TIMEOUT:-150}
warmup=${WARMUP:-300s}
warmup_window=${WARMUP_WINDOW:-30s}
api_warmup=${API_WARMUP:-60s}
[[ $warmup =~ ^[0-9]+s$ && $warmup_window =~ ^[1-9][0-9]*s$ ]] ||
    { echo "vs-nginx: WARMUP and WARMUP_WINDOW are given in seconds, such as 300s and 30s" >&2; exit 2; }
parts=" ${PARTS:-pages large} "
jar=$root/target/helpcenter.jar
bench_started=$(date +%s)

say() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# --- tools ------------------------------------------------------------------------------------
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
nginx_bin() { command -v nginx || { [[ -x /usr/sbin/nginx ]] && echo /usr/sbin/nginx; } || true; }
missing=()
[[ -n $(nginx_bin) ]] || missing+=(nginx)
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
if ((${#missing[@]})); then
    say "installing ${missing[*]} with apt-get"
    nginx_was_active=$(systemctl is-active nginx 2>/dev/null || true)
    as_root apt-get update -q >/dev/null
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
    # Debian's package starts its own nginx service on port 80 where systemd runs; that is not ours to keep
    if [[ $nginx_was_active != active && $(systemctl is-active nginx 2>/dev/null || true) == active ]]; then
        as_root systemctl stop nginx && say "stopped the nginx service the package started (systemctl disable nginx keeps it off)"
    fi
fi
nginx=$(nginx_bin)
command -v java >/dev/null || { echo "vs-nginx: java (JDK 17) is needed" >&2; exit 1; }
if [[ ! -f $jar ]]; then
    say "building $jar"
    (cd "$root" && ./mvnw -B -q package -DskipTests)
elif [[ -n $(find "$root/src/main" "$root/static" "$root/pom.xml" -newer "$jar" -type f -print -quit 2>/dev/null) ]]; then
    say "warning: $jar is older than the sources; this measures the old build (./mvnw -B -q package -DskipTests)"
fi

# the class archive the build writes next to the jar, as README runs it (the JVM ignores a stale one)
class_archive=()
[[ -f $root/target/helpcenter.jsa ]] && class_archive=(-XX:SharedArchiveFile="$root/target/helpcenter.jsa")

# --- processes we start, stopped on any exit ---------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/vs-nginx.XXXXXX")
app_pid=
nginx_pid=
wrk_pid=
stop_app() {
    if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    app_pid=
}
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    [[ -n $wrk_pid ]] && kill "$wrk_pid" 2>/dev/null
    stop_app
    if [[ -n $nginx_pid ]] && kill -0 "$nginx_pid" 2>/dev/null; then
        kill -TERM "$nginx_pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$nginx_pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$nginx_pid" 2>/dev/null || true
    fi
    if [[ ${KEEP:-0} == 1 || $status -ne 0 ]]; then
        say "logs and pages kept in $work"
    else
        rm -rf "$work"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A port nothing listens on, outside the ranges the team's servers use.
free_port() {
    local port
    for _ in $(seq 1 100); do
        # below Linux's ephemeral range (32768-60999): a client's own port (curl polling /health
        # during a long start) could take an ephemeral one before the app binds it
        port=$((20000 + RANDOM % 12000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo "vs-nginx: no free port found" >&2
    exit 1
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# what the jar can do, from its usage (read once, whole: a grep -q on a pipe would kill the writer
# with SIGPIPE and pipefail fail the test)
jar_help=$(java -jar "$jar" --help 2>&1 || true)
# Knows the jar --semantic? Its --help names it, or a class holds the setting's variable name (the
# embedding would otherwise run in the background, on the same two cores, through the measurement).
semantic_flag=()
# (grep -c reads to the end, for the same reason)
if [[ $jar_help == *--semantic* ]] \
    || unzip -p "$jar" 'com/okpay/helpcenter/*.class' 2>/dev/null | LC_ALL=C grep -ca 'HELPCENTER_SEMANTIC' >/dev/null; then
    semantic_flag=(--semantic false)
fi

# start_app CONTENT DATA: starts the app, waits for /health, sets app_pid, app_url, startup_ms;
# fails (status 1, app stopped) when it is not ready within START_TIMEOUT seconds
start_app() { # CONTENT DATA [MORE FLAGS]
    local content=$1 data=$2 port
    shift 2
    port=$(free_port)
    app_url=http://127.0.0.1:$port
    local log=$work/app-$(basename "$data")-$(date +%H%M%S).log
    local started
    started=$(now_ms)
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:-} "${class_archive[@]}" -jar "$jar" --content "$content" --data "$data" --no-watch --port "$port" \
        "${semantic_flag[@]}" "$@" >"$log" 2>&1 &
    app_pid=$!
    while ! curl -sf -o /dev/null --max-time 2 "$app_url/health"; do
        if ! kill -0 "$app_pid" 2>/dev/null; then
            echo "vs-nginx: the app stopped during start-up; its log, $log:" >&2
            tail -20 "$log" >&2
            exit 1
        fi
        if (($(now_ms) - started > start_timeout * 1000)); then
            say "the app did not answer /health within ${start_timeout} s ($log)"
            stop_app
            return 1
        fi
        sleep 0.05
    done
    startup_ms=$(($(now_ms) - started))
    # and to the first page: work an app leaves for its first visitor is start-up too
    curl -s -o /dev/null --max-time "$start_timeout" "$app_url/" || true
    first_page_ms=$(($(now_ms) - started))
}

# Heap in use after a full GC, in MB (jcmd, else jstat), or n/a.
heap_after_gc() {
    local used
    if command -v jcmd >/dev/null && jcmd "$app_pid" GC.run >/dev/null 2>&1; then
        used=$(jcmd "$app_pid" GC.heap_info 2>/dev/null | sed '/Metaspace/,$d' \
            | grep -oE 'used [0-9]+K' | awk '{ sum += $2 } END { if (sum) printf "%.0f", sum / 1024 }')
    fi
    if [[ -z ${used:-} ]] && command -v jstat >/dev/null; then
        used=$(jstat -gc "$app_pid" | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i }
            NR == 2 { printf "%.0f", ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024 }')
    fi
    echo "${used:-n/a}"
}

# run_wrk NAME URL [-- wrk.lua args]: one wrk run (wrk_threads, wrk_connections and wrk_duration
# may be set for one call), its RESULT line kept in $work/NAME.result
run_wrk() {
    local name=$1 url=$2
    shift 2
    wrk -t"${wrk_threads:-2}" -c"${wrk_connections:-32}" -d"${wrk_duration:-$duration}" --timeout 5s --latency \
        -H 'Accept-Encoding: gzip' -s "$here/wrk.lua" "$url" "$@" >"$work/$name.wrk" 2>&1 &
    wrk_pid=$!
    wait "$wrk_pid" || true
    wrk_pid=
    grep '^RESULT' "$work/$name.wrk" >"$work/$name.result" || {
        echo "vs-nginx: wrk $name gave no result:" >&2
        cat "$work/$name.wrk" >&2
        exit 1
    }
    [[ $name == warmup-* || $name == *-[12] ]] || say "$(printf '%-16s %s' "$name" "$(cut -d' ' -f2-7 "$work/$name.result")")"
}
# run_pair PAGE: app, nginx, nginx, app, each for half of DURATION (so a change in the machine's
# other load during the pair weighs on both alike), into app-PAGE.result and nginx-PAGE.result
run_pair() {
    local page=$1 half server
    half=$((${duration%s} / 2 > 0 ? ${duration%s} / 2 : 1))s
    wrk_duration=$half run_wrk "app-$page-1" "$app_url${page_path[$page]}"
    wrk_duration=$half run_wrk "nginx-$page-1" "$nginx_url/${page_file[$page]}"
    wrk_duration=$half run_wrk "nginx-$page-2" "$nginx_url/${page_file[$page]}"
    wrk_duration=$half run_wrk "app-$page-2" "$app_url${page_path[$page]}"
    for server in app nginx; do # counts add up, req/s is the mean of the two halves, latencies the worse
        cat "$work/$server-$page-1.result" "$work/$server-$page-2.result" | awk '
            { for (i = 2; i <= NF; i++) { split($i, kv, "="); key[i] = kv[1]
                if (kv[1] == "rps") v[i] += kv[2] / 2
                else if (kv[1] ~ /_ms$/) { if (kv[2] > v[i]) v[i] = kv[2] }
                else v[i] += kv[2] } }
            END { printf "RESULT"; for (i = 2; i <= NF; i++) printf " %s=%s", key[i], v[i]; print "" }' \
            >"$work/$server-$page.result"
        say "$(printf '%-16s %s' "$server-$page" "$(cut -d' ' -f2-7 "$work/$server-$page.result")")"
    done
}
field() { grep -oE "(^| )$2=[^ ]+" "$work/$1.result" | cut -d= -f2; }

# --- facts -----------------------------------------------------------------------------------
cores=$(nproc)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
java_version=$(java -version 2>&1 | head -1)
say "helpcenter $commit, $cores cores, load average $load_before, $java_version"
say "$("$nginx" -v 2>&1), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), wrk runs of $duration"
say "work folder $work"

# --- bundled content: pages against nginx ----------------------------------------------------
# The bundled content against nginx serving the same bytes; start-up and heap, cold and warm.
pages_part() {
    say "bundled content: cold start (empty data folder)"
    start_app "$root/content" "$work/data-bundled"
    bundled_cold_ms=$startup_ms bundled_cold_page_ms=$first_page_ms
    bundled_heap=$(heap_after_gc)
    say "ready in $bundled_cold_ms ms, first page at $bundled_cold_page_ms ms, heap after GC $bundled_heap MB"

    home=/
    links=$(curl -sf "$app_url$home" | grep -oE 'href="[^"]*"' | cut -d'"' -f2)
    category=$(grep -E '^/articles/[^/]+$' <<<"$links" | head -1)
    article=$(grep -E '^/articles/[^/]+/[^/]+$' <<<"$links" | head -1)
    css=$(curl -sf "$app_url$home" | grep -oE '/static/[^"]*\.css' | head -1)
    search='/search?q=%E8%BF%90%E8%B4%B9' # 运费
    [[ -n $category && -n $article && -n $css ]] || { echo "vs-nginx: no category, article or CSS link on the home page" >&2; exit 1; }

    # nginx's root holds the app's bytes: NAME (identity) and NAME.gz (the app's gzip bytes, served by gzip_static)
    html=$work/nginx/html
    mkdir -p "$html" "$work/nginx/logs"
    declare -gA page_path=([home]=$home [category]=$category [article]=$article [search]=$search [css]=$css)
    declare -gA page_file page_size
    for page in home category article search css; do
        file=$page.html
        [[ $page == css ]] && file=site.css
        page_file[$page]=$file
        curl -sf -H 'Accept-Encoding: identity' -o "$html/$file" "$app_url${page_path[$page]}"
        encoding=$(curl -sf -H 'Accept-Encoding: gzip' -D - -o "$html/$file.gz" "$app_url${page_path[$page]}" \
            | tr -d '\r' | grep -i '^content-encoding:' | cut -d' ' -f2 || true)
        if [[ $encoding == gzip ]]; then
            page_size[$page]="$(stat -c %s "$html/$file.gz") gz / $(stat -c %s "$html/$file")"
        else
            rm -f "$html/$file.gz" # the app sent it uncompressed: nginx must too
            page_size[$page]="$(stat -c %s "$html/$file") (not gzipped)"
        fi
    done
    chmod a+x "$work" "$work/nginx" && chmod -R a+rX "$html" # nginx's workers run as nobody when we are root

    nginx_port=$(free_port)
    nginx_url=http://127.0.0.1:$nginx_port
    cat >"$work/nginx/nginx.conf" <<EOF
worker_processes $cores;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    types { text/html html; text/css css; }
    default_type application/octet-stream;
    gzip_static on;
    client_body_temp_path $work/nginx/client_body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    server {
        listen 127.0.0.1:$nginx_port;
        root $html;
    }
}
EOF
    "$nginx" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/logs/error.log" &
    nginx_pid=$!
    for _ in $(seq 1 100); do curl -sf -o /dev/null "$nginx_url/home.html" && break; sleep 0.05; done
    for page in home category article search css; do # the same bytes, or the comparison means nothing
        cmp -s <(curl -sf -H 'Accept-Encoding: gzip' "$nginx_url/${page_file[$page]}") \
            <(curl -sf -H 'Accept-Encoding: gzip' "$app_url${page_path[$page]}") \
            || say "warning: nginx's $page differs from the app's (the app's answer changes between requests?)"
    done

    say "warm-up: 3 s on each of the app's pages"
    for page in home category article search css; do
        wrk_duration=3s run_wrk "warmup-$page" "$app_url${page_path[$page]}"
    done
    wrk_duration=3s run_wrk warmup-health "$app_url/health"
    for page in home category article search css; do
        run_pair "$page"
    done
    run_wrk app-health "$app_url/health"
    stop_app

    say "bundled content: warm start (same data folder)"
    start_app "$root/content" "$work/data-bundled"
    bundled_warm_ms=$startup_ms bundled_warm_page_ms=$first_page_ms
    bundled_warm_heap=$(heap_after_gc)
    say "ready in $bundled_warm_ms ms, first page at $bundled_warm_page_ms ms, heap after GC $bundled_warm_heap MB"
    stop_app
}

# --- 12 000 articles: search with queries that never repeat, start-up, heap -------------------
# Search with queries that never repeat, start-up and heap, at 12 000 articles.
large_part() {
    if [[ ! -d $corpus/zh-mdn/zh-CN || ! -d $corpus/en-docs/en ]]; then
        large=no
        say "no corpus at $corpus (zh-mdn/zh-CN and en-docs/en): the $articles-article part is skipped"
        return
    fi
    say "$articles articles from $corpus, $query_count queries"
    # the Java benchmarks' own site layout and a query generator, run as single-file programs (JDK
    # only); the measured runs ask queries.txt, each query once; the warm-up asks 600 000 others, so
    # that it too runs new searches (repeated ones come from the results cache) for all its length
    java "$root/src/test/java/com/okpay/helpcenter/bench/BenchSite.java" "$corpus" "$work/large" "$articles" >&2
    java "$root/src/test/java/com/okpay/helpcenter/bench/TitleQueries.java" "$work/large" "$((query_count + 600000))" \
        "$work/all-queries.txt" >&2
    head -n "$query_count" "$work/all-queries.txt" >"$work/queries.txt"
    tail -n +"$((query_count + 1))" "$work/all-queries.txt" >"$work/warmup-queries.txt"

    say "$articles articles: cold start (empty data folder)${semantic_flag:+, --semantic false}"
    if ! start_app "$work/large" "$work/data-large"; then
        large=timeout
        return
    fi
    large=yes
    large_cold_ms=$startup_ms large_cold_page_ms=$first_page_ms
    large_heap=$(heap_after_gc)
    say "ready in $large_cold_ms ms, first page at $large_cold_page_ms ms, heap after GC $large_heap MB"
    stop_app

    # search is measured on the warm start: a site spends its life in such a process, while the
    # cold start's process carries what building everything left behind (garbage, the JIT's work
    # and profiles of the build); BENCHMARKS.md has both measured
    say "$articles articles: warm start (same data folder)"
    if ! start_app "$work/large" "$work/data-large"; then
        large_warm_ms=timeout large_warm_page_ms=timeout large_warm_heap=n/a large=timeout
        return
    fi
    large_warm_ms=$startup_ms large_warm_page_ms=$first_page_ms
    large_warm_heap=$(heap_after_gc)
    say "ready in $large_warm_ms ms, first page at $large_warm_page_ms ms, heap after GC $large_warm_heap MB"
    # right after a start the JIT has compiled little of the search path: measure a server that
    # has run for a while, as visitors meet it
    warm_up_search
    say "warm-up: $api_warmup of /api/search"
    wrk_duration=$api_warmup run_wrk warmup-large-api "$app_url/" -- api "$work/warmup-queries.txt" "$warmup_offset" 2
    run_wrk large-search "$app_url/" -- search "$work/queries.txt" 0 2
    # one visitor alone, on queries the run above did not ask (its two threads need not end level)
    wrk_threads=1 wrk_connections=1 run_wrk large-api "$app_url/" \
        -- api "$work/queries.txt" "$(($(field large-search requests) * 11 / 10 + 100))" 1
    stop_app
    prepared_part
}

# What `prepare` moves out of a server's start: the cold start's work once, in a process of its
# own (C1 only, as README runs it: it ends), then a server on that cache with an empty data folder.
prepared_part() {
    large_prepare_ms= large_prepared_ms=
    [[ $jar_help == *" prepare "* ]] || return 0
    say "$articles articles: prepare (C1 only), then a start on its cache with an empty data folder"
    local started
    started=$(now_ms)
    # shellcheck disable=SC2086
    if ! java ${JAVA_OPTS:-} -XX:TieredStopAtLevel=1 "${class_archive[@]}" -jar "$jar" prepare --content "$work/large" \
        --data "$work/data-prepare" --cache-dir "$work/prepared" "${semantic_flag[@]}" >"$work/prepare.log" 2>&1; then
        echo "vs-nginx: prepare failed; its log, $work/prepare.log:" >&2
        tail -20 "$work/prepare.log" >&2
        exit 1
    fi
    large_prepare_ms=$(($(now_ms) - started))
    if start_app "$work/large" "$work/data-prepared" --cache-dir "$work/prepared"; then
        large_prepared_ms=$startup_ms
        stop_app
    else
        large_prepared_ms=timeout
    fi
    say "prepared in $large_prepare_ms ms; a start on it ready in $large_prepared_ms ms"
}

# WARMUP of new searches in windows of WARMUP_WINDOW: warmup_rps holds each window's req/s,
# warmup_offset the first warm-up query not asked yet.
warm_up_search() {
    local i windows=$(((${warmup%s} + ${warmup_window%s} - 1) / ${warmup_window%s}))
    warmup_rps=() warmup_offset=0
    for ((i = 1; i <= windows; i++)); do
        wrk_duration=$warmup_window run_wrk "warmup-large-search-$i" "$app_url/" \
            -- search "$work/warmup-queries.txt" "$warmup_offset" 2
        warmup_rps+=("$(printf '%.0f' "$(field "warmup-large-search-$i" rps)")")
        warmup_offset=$((warmup_offset + $(field "warmup-large-search-$i" requests)))
        say "warm-up window $i of $windows, /search ($warmup_window): ${warmup_rps[-1]} req/s"
    done
}

# --- summary ---------------------------------------------------------------------------------
ratio() { awk -v a="$(field "app-$1" rps)" -v n="$(field "nginx-$1" rps)" 'BEGIN { printf "%.3f", a / n }'; }
verdict() { [[ $1 == timeout ]] && { echo NO; return; }; awk -v v="$1" -v t="$2" -v dir="${3:-ge}" 'BEGIN { ok = dir == "ge" ? v >= t : v < t; print ok ? "yes" : "NO" }'; }
rps() { printf "%.0f" "$(field "$1" rps)"; }
secs() { if [[ $1 == timeout ]]; then echo "over $start_timeout s (gave up)"; else awk -v ms="$1" 'BEGIN { printf "%.1f s", ms / 1000 }'; fi; }
errors() { local e s; e=$(field "$1" errors); s=$(field "$1" status_errors); ((e + s)) && echo " (errors: $e socket, $s status >= 400)"; true; }

pages_summary() {
    echo
    echo "| page (bundled content) | bytes (gzip / identity) | helpcenter req/s | nginx req/s | ratio | target | met |"
    echo "|---|---|---|---|---|---|---|"
    local page target label r
    for page in home category article search css; do
        case $page in
            search) target=0.25 label="\`/search?q=运费\`, repeated" ;;
            css) target= label="\`$css\`" ;;
            *) target=0.50 label="$page \`${page_path[$page]}\`" ;;
        esac
        r=$(ratio "$page")
        echo "| $label | ${page_size[$page]} | $(rps "app-$page")$(errors "app-$page") | $(rps "nginx-$page") | $r | ${target:+>= $target} | ${target:+$(verdict "$r" "$target")} |"
    done
    echo "| \`/health\` | | $(rps app-health)$(errors app-health) | | | >= 15 000 req/s | $(verdict "$(field app-health rps)" 15000) |"
}

figures_summary() {
    echo
    echo "| | figure | target | met |"
    echo "|---|---|---|---|"
    if [[ $parts == *" pages "* ]]; then
        echo "| start-up to first answer, bundled content, cold (empty data folder) | $(secs "$bundled_cold_ms") | < 2 s | $(verdict "$bundled_cold_ms" 2000 lt) |"
        echo "| start-up, bundled content, warm (same data folder) | $(secs "$bundled_warm_ms") | | |"
        echo "| start-up to the first home page, bundled content, cold / warm | $(secs "$bundled_cold_page_ms") / $(secs "$bundled_warm_page_ms") | | |"
        echo "| heap after start and a full GC, bundled content, cold / warm | $bundled_heap / $bundled_warm_heap MB | | |"
    fi
    local s wraps st
    if [[ $large == yes ]]; then
        s=$(field large-search rps)
        wraps=$(field large-search wrapped)
        echo "| \`/search\` at $articles articles, queries never repeated (process started warm, ${semantic_flag:+--semantic false, }$(field large-search requests) of $query_count asked$( ((wraps)) && echo ", SOME REPEATED")) | $(printf "%.0f" "$s") req/s$(errors large-search), latency p50 $(field large-search p50_ms) / p99 $(field large-search p99_ms) ms at 32 connections | >= 600 req/s | $(verdict "$s" 600) |"
        echo "| the warm-up before it, new queries, req/s of each $warmup_window window | $(IFS=/; echo "${warmup_rps[*]}" | sed 's|/| / |g') | | |"
        echo "| \`/api/search\` at $articles articles, one visitor (wrk -t1 -c1), client-side latency | p50 $(field large-api p50_ms) / p90 $(field large-api p90_ms) / p99 $(field large-api p99_ms) ms, $(rps large-api) req/s$(errors large-api) | | |"
        if (($(field large-api st_count) > 0)); then
            st=$(field large-api st_p99_ms)
            echo "| \`/api/search\` server-side (Server-Timing), same run | p50 $(field large-api st_p50_ms) / p99 $st ms | p99 < 5 ms | $(verdict "$st" 5 lt) |"
        else
            echo "| \`/api/search\` server-side p99 | not exposed: the app sends no Server-Timing header | p99 < 5 ms | ? |"
        fi
        echo "| start-up, $articles articles, cold (empty data folder) | $(secs "$large_cold_ms") | < 15 s | $(verdict "$large_cold_ms" 15000 lt) |"
        echo "| start-up, $articles articles, warm (same data folder) | $(secs "$large_warm_ms") | < 3 s | $(verdict "$large_warm_ms" 3000 lt) |"
        if [[ -n ${large_prepare_ms:-} ]]; then
            echo "| \`prepare\` of the $articles articles ahead of a start (C1 only), then a start on its cache with an empty data folder | $(secs "$large_prepare_ms"), then $(secs "$large_prepared_ms") | | |"
        fi
        echo "| start-up to the first home page, $articles articles, cold / warm | $(secs "$large_cold_page_ms") / $(secs "$large_warm_page_ms") | | |"
        echo "| heap after start and a full GC, $articles articles, cold / warm | $large_heap / $large_warm_heap MB | | |"
    elif [[ $large == timeout ]]; then
        echo "| start-up, $articles articles, cold (empty data folder) | over $start_timeout s (gave up; search, warm start and heap not measured) | < 15 s | NO |"
    elif [[ $large == no ]]; then
        echo "| $articles articles | skipped: no corpus at $corpus | | |"
    fi
}

# --- run -------------------------------------------------------------------------------------
large=skipped
if [[ $parts == *" pages "* ]]; then pages_part; fi
if [[ $parts == *" large "* ]]; then large_part; fi
{
    echo
    echo "## Pages against nginx: helpcenter $commit, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "$cores cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after; $java_version; $("$nginx" -v 2>&1 | cut -d' ' -f3); wrk -t2 -c32 -d$duration, Accept-Encoding: gzip"
    if [[ $parts == *" pages "* ]]; then pages_summary; fi
    figures_summary
    echo
    echo "Whole run: $(($(date +%s) - bench_started)) s."
}
exit
}
