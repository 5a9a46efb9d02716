-- wrk script of bench/vs-nginx.sh.
--
--   wrk ... -s bench/wrk.lua URL                        the URL's path, every request the same
--   wrk -tN ... -s bench/wrk.lua URL -- search FILE START N  /search?q= (/en/search?q=) of each query
--   wrk -tN ... -s bench/wrk.lua URL -- api FILE START N     /api/search?q=&locale= of each query
--
-- FILE holds one query a line, "LOCALE<TAB>URL-ENCODED QUERY" (TitleQueries in src/test/java/com/okpay/helpcenter/bench writes it).
-- Thread k of N asks lines START+k+1, START+k+1+N, ...: no query repeats in a run unless the run
-- asks more than the file holds, which the result line says (wrapped=).
-- Every run ends with one machine-readable line:
--   RESULT requests= rps= p50_ms= p90_ms= p99_ms= max_ms= errors= status_errors= wrapped= st_count= st_p50_ms= st_p99_ms=
-- status_errors counts answers of 400 and above; st_* is the server's own time from a Server-Timing header (first dur=), when the app sends one.

local threads = {}
local counter = 0

function setup(thread)
   thread:set("id", counter)
   counter = counter + 1
   table.insert(threads, thread)
end

local queries = nil
local mode = nil
local step, index = 1, 1
wrapped = 0    -- globals, so that done() can read them from each thread
st = {}        -- Server-Timing histogram: tenths of a millisecond -> count

function init(args)
   if args[1] == "search" or args[1] == "api" then
      mode = args[1]
      queries = {}
      for line in io.lines(args[2]) do
         local locale, q = line:match("^([^\t]+)\t(.+)$")
         if locale then
            table.insert(queries, { locale = locale, q = q })
         end
      end
      index = (tonumber(args[3]) or 0) + id + 1
      step = tonumber(args[4]) or 2
      -- only here: a response() makes wrk parse every response's headers, which would slow the
      -- client down for the fixed pages, where it races nginx
      response = server_timing
   end
end

function request()
   if not queries then
      return wrk.format()
   end
   if index > #queries then
      index = ((index - 1) % #queries) + 1
      wrapped = wrapped + 1
   end
   local query = queries[index]
   index = index + step
   local path
   if mode == "api" then
      path = "/api/search?q=" .. query.q .. "&locale=" .. query.locale
   elseif query.locale == "zh-CN" then
      path = "/search?q=" .. query.q
   else
      path = "/" .. query.locale .. "/search?q=" .. query.q
   end
   return wrk.format(nil, path)
end

function server_timing(status, headers, body)
   local timing = headers["Server-Timing"] or headers["server-timing"]
   if timing then
      local dur = tonumber(timing:match("dur=([%d%.]+)"))
      if dur then
         local bucket = math.floor(dur * 10)
         st[bucket] = (st[bucket] or 0) + 1
      end
   end
end

local function percentile(histogram, total, p)
   local buckets = {}
   for bucket in pairs(histogram) do
      table.insert(buckets, bucket)
   end
   table.sort(buckets)
   local seen = 0
   for _, bucket in ipairs(buckets) do
      seen = seen + histogram[bucket]
      if seen >= total * p / 100 then
         return (bucket + 1) / 10
      end
   end
   return 0
end

function done(summary, latency, requests)
   local histogram, count, wraps = {}, 0, 0
   for _, thread in ipairs(threads) do
      for bucket, n in pairs(thread:get("st") or {}) do
         histogram[bucket] = (histogram[bucket] or 0) + n
         count = count + n
      end
      wraps = wraps + (thread:get("wrapped") or 0)
   end
   local e = summary.errors
   io.write(string.format(
      "RESULT requests=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d status_errors=%d wrapped=%d st_count=%d st_p50_ms=%.1f st_p99_ms=%.1f\n",
      summary.requests, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, e.connect + e.read + e.write + e.timeout, e.status, wraps,
      count, percentile(histogram, count, 50), percentile(histogram, count, 99)))
end
