#!/usr/bin/env python3
"""Sends contact messages through nginx from several threads, like many customers at once.

Prints one line per outcome and, at the end, the references nginx answered with (one per line,
prefixed 'REF ') so smoke.sh can check each was delivered exactly once. Usage:
smoke_client.py BASE_URL COUNT THREADS KILL_AFTER KILL_FILE
When KILL_AFTER messages are accepted it writes KILL_FILE, which smoke.sh waits for to kill -9.
smoke_client.py BASE_URL attachment MEGABYTES sends one message with a PDF of that size and prints
'REF reference' if it was accepted.
"""
import http.cookiejar
import re
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request

base = sys.argv[1]
lock = threading.Lock()
accepted, lost, next_index = [], [], [0]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def send(i, attachment=None):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    page = opener.open(base + "/contact", timeout=30).read().decode("utf-8")
    form = page[page.index('class="contact-form"'):]
    hidden = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))
    fields = dict(hidden, website="", name="Smoke %d" % i, email="smoke%d@example.com" % i, topic="general",
                  subject="Smoke test message %d" % i, message="Sent by deploy/smoke.sh, message %d." % i)
    if attachment is None:
        request = urllib.request.Request(base + "/contact", data=urllib.parse.urlencode(fields).encode())
    else:
        boundary = "smoke-boundary-7d1f"
        parts = [b'--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n'
                 % (boundary.encode(), k.encode(), v.encode()) for k, v in fields.items()]
        parts.append(b'--%s\r\nContent-Disposition: form-data; name="attachments"; filename="statement.pdf"\r\n'
                     b'Content-Type: application/pdf\r\n\r\n%s\r\n--%s--\r\n' % (boundary.encode(), attachment, boundary.encode()))
        request = urllib.request.Request(base + "/contact", data=b"".join(parts),
                                         headers={"Content-Type": "multipart/form-data; boundary=" + boundary})
    try:
        opener.open(request, timeout=60)
        return None, "no redirect"
    except urllib.error.HTTPError as e:
        if e.code == 303:
            return e.headers["Location"].rsplit("/", 1)[-1], None
        return None, "HTTP %d" % e.code


if sys.argv[2] == "attachment":
    pdf = b"%PDF-1.4\n" + b"0" * (int(sys.argv[3]) * 1024 * 1024 - 16) + b"\n%%EOF\n"
    reference, error = send(0, pdf)
    print("REF " + reference if reference else "LOST the message with an attachment: %s" % error, flush=True)
    sys.exit(0 if reference else 1)

count, threads, kill_after, kill_file = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]


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
