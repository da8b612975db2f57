-- A varied search load for wrk: every request asks /api/search for two words drawn at random from the corpus
-- vocabulary (English; Hindi for one request in four), so that few requests repeat (about 3,000 distinct queries,
-- more than the index's per-searcher result cache holds). Prints the same line as wrk-report.lua (through
-- wrk-varied.lua).
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "wrk-varied.lua")  -- seeds, encode, report
local en = {"migrant", "workers", "wage", "theft", "brick", "kiln", "construction", "site", "helpline", "labour",
  "department", "complaint", "recovered", "wages", "contractor", "bonded", "rescue", "district", "task", "force",
  "welfare", "board", "registration", "ration", "card", "savings", "group", "remittance", "legal", "aid",
  "paralegal", "camp", "railway", "station", "textile", "mill", "domestic", "work", "seasonal", "migration",
  "corridor", "source", "village", "destination", "city", "purnia", "gurugram", "katihar", "surat", "mumbai"}
local hi = {"प्रवासी", "श्रमिक", "मज़दूरी", "बकाया", "ईंट", "भट्ठा", "निर्माण", "हेल्पलाइन", "श्रम", "विभाग",
  "शिकायत", "ठेकेदार", "बंधुआ", "बचाव", "कल्याण", "पंजीकरण", "राशन", "बचत", "कानूनी", "सहायता"}

request = function()
  local words = (math.random(4) == 1) and hi or en
  local q = words[math.random(#words)] .. " " .. words[math.random(#words)]
  return wrk.format("GET", "/api/search?q=" .. encode(q), {["Accept"] = "application/json"})
end
