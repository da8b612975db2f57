-- A varied typeahead load for wrk: what people type is mostly new to the portal, so three requests in four ask
-- /api/suggest for a random 3- or 4-letter consonant-vowel prefix (about 11,000 distinct, the shape of the
-- generated words in natural-text story titles, see StoryWords), and one in four for the first 2 to 6 letters of a
-- domain word or district name (English or Hindi). Far more distinct texts than a searcher keeps answers for
-- (1,024), so most requests are first-time suggestions. Prints the same line as wrk-report.lua (through
-- wrk-varied.lua).
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "wrk-varied.lua")  -- seeds, encode, report
local en = {"migrant", "workers", "wage", "theft", "brick", "kiln", "construction", "helpline", "labour",
  "department", "complaint", "contractor", "bonded", "rescue", "district", "welfare", "registration", "ration",
  "savings", "remittance", "legal", "paralegal", "railway", "textile", "domestic", "seasonal", "migration",
  "corridor", "village", "destination", "purnia", "gurugram", "katihar", "surat", "mumbai", "ganjam", "koraput",
  "bastar", "nashik", "ludhiana", "jalandhar", "raipur", "patna", "darbhanga", "madhubani", "sitamarhi"}
local hi = {"प्रवासी", "श्रमिक", "मज़दूरी", "बकाया", "भट्ठा", "निर्माण", "हेल्पलाइन", "विभाग", "शिकायत", "ठेकेदार",
  "बंधुआ", "कल्याण", "पंजीकरण", "राशन", "कानूनी", "सहायता"}

-- The first n characters of a UTF-8 word (Devanagari letters are several bytes each).
local function prefix(word, n)
  local out, count = {}, 0
  for ch in word:gmatch("[%z\1-\127\194-\244][\128-\191]*") do
    if count == n then break end
    out[#out + 1] = ch
    count = count + 1
  end
  return table.concat(out)
end

local consonants = {"b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "y", "z"}
local vowels = {"a", "e", "i", "o", "u"}

local function madeUp()
  local q = consonants[math.random(#consonants)] .. vowels[math.random(#vowels)] .. consonants[math.random(#consonants)]
  return (math.random(2) == 1) and q or q .. vowels[math.random(#vowels)]
end

request = function()
  local q
  if math.random(4) > 1 then
    q = madeUp()
  else
    local words = (math.random(4) == 1) and hi or en
    q = prefix(words[math.random(#words)], 1 + math.random(5))
  end
  return wrk.format("GET", "/api/suggest?q=" .. encode(q), {["Accept"] = "application/json"})
end
