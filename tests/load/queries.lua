-- wrk script: GET /api/search for each query of a TSV file (qid, type, query; header line first), cycled, url-encoded.
-- QUERIES=path/to/queries.tsv wrk -t2 -c8 -d60s -s tests/load/queries.lua http://127.0.0.1:5080
local queries = {}
local counter = 0

local function urlencode(text)
    return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
    local path = os.getenv("QUERIES") or "../shared/peers/queries.tsv"
    local first = true
    for line in io.lines(path) do
        if first then
            first = false
        else
            local query = line:match("^[^\t]*\t[^\t]*\t(.*)$")
            if query and #query > 0 then
                queries[#queries + 1] = "/api/search?q=" .. urlencode(query)
            end
        end
    end
    -- Each thread starts at a different place so that connections do not ask the same query in step.
    counter = math.random(#queries)
end

function request()
    counter = counter % #queries + 1
    return wrk.format("GET", queries[counter])
end

function done(summary, latency, requests)
    local errors = summary.errors
    io.write(string.format(
        "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f errors connect=%d read=%d write=%d status=%d timeout=%d\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
        errors.connect, errors.read, errors.write, errors.status, errors.timeout))
end
