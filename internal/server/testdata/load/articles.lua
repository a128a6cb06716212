-- GET /api/v1/articles/{id} over ids 1..N (N from the environment, default 181)
local n = tonumber(os.getenv("N") or "181")
local i = 0
request = function()
  i = i % n + 1
  return wrk.format("GET", "/api/v1/articles/" .. i)
end
done = function(summary, latency, requests)
  io.write(string.format("non-2xx/3xx: %d, errors: connect %d read %d write %d timeout %d\n",
    summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
