using System.Text;
using KoreanNewsSearch.Fuzz;
using SharpFuzz;

// dotnet KoreanNewsSearch.Fuzz.dll TARGET              run under afl-fuzz (fuzz.sh starts it)
// dotnet KoreanNewsSearch.Fuzz.dll TARGET FILE|DIR...  replay inputs: report exceptions and inputs over 1 s (FUZZ_SLOW_MS)
// dotnet KoreanNewsSearch.Fuzz.dll seeds REPO DIR      write each target's seed corpus from the repository fixtures
if (args.Length >= 3 && args[0] == "seeds")
{
    SeedCorpus.Write(args[1], args[2]);
    return 0;
}

if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: KoreanNewsSearch.Fuzz ({string.Join('|', FuzzTargets.All.Keys)}) [FILE|DIR...] | seeds REPO DIR");
    return 2;
}

var limit = TimeSpan.FromMilliseconds(int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SLOW_MS"), out var ms) ? ms : 1000);
if (args.Length == 1)
{
    // In-process persistent mode: one process runs every input afl-fuzz sends (forking a child per input ran at 61-386
    // executions/s). An input slower than the limit is timed again once warm, so JIT compilation of a new code path is
    // not counted; still slower, it throws and afl-fuzz keeps it as a crash. An input that never returns is killed by
    // afl-fuzz's own -t timeout, which fuzz.sh sets a few times higher.
    var slowestLog = Environment.GetEnvironmentVariable("FUZZ_SLOWEST_LOG");
    var slowest = TimeSpan.Zero;
    using var buffer = new MemoryStream();
    Fuzzer.Run(stream =>
    {
        buffer.SetLength(0);
        stream.CopyTo(buffer);
        var input = buffer.ToArray();
        var elapsed = SlowInput.Elapsed(target, input);
        if (elapsed > limit)
        {
            elapsed = SlowInput.Elapsed(target, input);
        }

        if (elapsed > slowest && slowestLog is not null)
        {
            // The slowest input so far, for fuzz.sh's summary (afl-fuzz does not time inputs of a persistent target).
            slowest = elapsed;
            File.AppendAllText(slowestLog, $"{(long)elapsed.TotalMilliseconds} ms, {input.Length} bytes\n");
            File.WriteAllBytes(slowestLog + ".input", input);
        }

        if (elapsed > limit)
        {
            throw new TimeoutException($"{args[0]}: an input of {input.Length} bytes took over {limit.TotalMilliseconds} ms twice");
        }
    });
    return 0;
}

var failures = 0;
var files = args.Skip(1).SelectMany(path => Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories) : [path])
    .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal)).ToList();
// One untimed pass first: the first call of each code path pays for JIT compilation, which is not the input's cost.
foreach (var file in files)
{
    try
    {
        target(File.ReadAllBytes(file));
    }
    catch (Exception)
    {
        // reported by the timed pass
    }
}

foreach (var file in files)
{
    var elapsed = TimeSpan.Zero;
    try
    {
        elapsed = SlowInput.Elapsed(target, File.ReadAllBytes(file));
    }
    catch (Exception error)
    {
        failures++;
        Console.WriteLine($"CRASH {file}: {error.GetType().Name}: {error.Message.Split('\n')[0]}");
        Console.WriteLine(error.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("KoreanNewsSearch", StringComparison.Ordinal))?.Trim());
    }

    if (elapsed > limit)
    {
        failures++;
        Console.WriteLine(new StringBuilder().Append("SLOW ").Append(file).Append(": ").Append((long)elapsed.TotalMilliseconds).Append(" ms"));
    }
}

Console.WriteLine($"{args[0]}: {files.Count} inputs replayed, {failures} crashed or took over {limit.TotalMilliseconds} ms");
return failures == 0 ? 0 : 1;
