-- Shared by the varied loads (wrk-queries.lua, wrk-prefixes.lua): a different random seed per wrk thread, a URL
-- encoder for query text, and the report line of wrk-report.lua (loaded from beside this file).
local counter = 0
setup = function(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

init = function(args)
  math.randomseed(os.time() + (seed or 0) * 7919)
end

-- Percent-encodes everything but unreserved characters (UTF-8 bytes included).
function encode(s)
  return (s:gsub("[^%w%-_.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "wrk-report.lua")
