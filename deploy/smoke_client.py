#!/usr/bin/env python3
"""Sends contact messages through nginx from several threads, like many customers at once.

Prints one line per outcome and, at the end, the references nginx answered with (one per line,
prefixed 'REF ') so smoke.sh can check each was delivered exactly once. Usage:
smoke_client.py BASE_URL COUNT THREADS KILL_AFTER KILL_FILE
When KILL_AFTER messages are accepted it writes KILL_FILE, which smoke.sh waits for to kill -9.
"""
import http.cookiejar
import re
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request

base, count, threads, kill_after, kill_file = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
lock = threading.Lock()
accepted, lost, next_index = [], [], [0]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def send(i):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    page = opener.open(base + "/contact", timeout=30).read().decode("utf-8")
    form = page[page.index('class="contact-form"'):]
    hidden = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))
    fields = dict(hidden, website="", name="Smoke %d" % i, email="smoke%d@example.com" % i, topic="general",
                  subject="Smoke test message %d" % i, message="Sent by deploy/smoke.sh, message %d." % i)
    body = urllib.parse.urlencode(fields).encode()
    try:
        opener.open(urllib.request.Request(base + "/contact", data=body), timeout=60)
        return None, "no redirect"
    except urllib.error.HTTPError as e:
        if e.code == 303:
            return e.headers["Location"].rsplit("/", 1)[-1], None
        return None, "HTTP %d" % e.code


def worker():
    while True:
        with lock:
            i = next_index[0]
            if i >= count:
                return
            next_index[0] += 1
        try:
            reference, error = send(i)
        except Exception as e:  # a request nginx could not complete even after its retry
            reference, error = None, repr(e)
        with lock:
            if reference:
                accepted.append(reference)
                if len(accepted) == kill_after:
                    open(kill_file, "w").close()
            else:
                lost.append((i, error))
                print("LOST message %d: %s" % (i, error), flush=True)


pool = [threading.Thread(target=worker) for _ in range(threads)]
for t in pool:
    t.start()
for t in pool:
    t.join()
print("sent %d, accepted %d, lost %d" % (count, len(accepted), len(lost)), flush=True)
for reference in accepted:
    print("REF " + reference)
sys.exit(1 if lost else 0)
