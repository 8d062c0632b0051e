-- wrk script (bench/server.sh): every request POSTs the S1 analysis (README command 1) as multipart, the same body
-- bench/ServerLoad.java sends. Environment: S1_DIR (the example folder), API_KEY. wrk is a native load generator
-- (a few event loops in C): on a 2-core machine it leaves the server the CPU a JVM client would take.
local dir = os.getenv("S1_DIR")
local boundary = "----benchwrk" .. os.time()
local parts = {}
local list = io.popen('ls "' .. dir .. '" | sort')
for name in list:lines() do
  local f = assert(io.open(dir .. "/" .. name, "rb"))
  parts[#parts + 1] = "--" .. boundary .. '\r\nContent-Disposition: form-data; name="files"; filename="' .. name
      .. '"\r\nContent-Type: application/octet-stream\r\n\r\n' .. f:read("*a") .. "\r\n"
  f:close()
end
list:close()
local fields = {{"window", "48h"}, {"size", "30TB"}, {"measured", "290GB/hr"}, {"measure", "tape.drives=2"},
  {"measure", "tape.driveWrite=120MB/s"}, {"measure", "source.readPerStream=253MB/s"}}
for _, f in ipairs(fields) do
  parts[#parts + 1] = "--" .. boundary .. '\r\nContent-Disposition: form-data; name="' .. f[1] .. '"\r\n\r\n' .. f[2] .. "\r\n"
end
parts[#parts + 1] = "--" .. boundary .. "--\r\n"

wrk.method = "POST"
wrk.path = "/api/v1/analyses"
wrk.body = table.concat(parts)
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
wrk.headers["X-API-Key"] = os.getenv("API_KEY")

-- Non-2xx answers (e.g. 503 when the queue is full) are wrk's status errors, counted below.
function done(summary, latency, requests)
  io.write(string.format("wrk: %d analyses in %.1f s, %.1f analyses/s, p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, "
      .. "max %.0f ms, errors %d\n", summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout))
end
