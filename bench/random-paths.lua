-- wrk script for bench/run: every request asks for a path picked at random from the file named by BENCH_PATHS
-- (one path a line). The page cache starts cold, so with thousands of paths most requests render a page.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  paths[#paths + 1] = line
end
math.randomseed(42)

request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
