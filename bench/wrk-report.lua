-- Prints one machine-readable line after a wrk run: requests/s, p50/p95/p99 latency (ms), errors.
done = function(summary, latency, requests)
  local secs = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("WRK rps=%.0f p50=%.2f p95=%.2f p99=%.2f requests=%d errors=%d\n",
      summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000, summary.requests, errors))
end
