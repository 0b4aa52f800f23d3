namespace KoreanNewsSearch.Benchmarks;

/// <summary>One measurement, run as <c>dotnet run -c Release --project tests/KoreanNewsSearch.Benchmarks -- NAME [options]</c>.</summary>
internal interface IBenchmarkCommand
{
    /// <summary>The sub-command name.</summary>
    string Name { get; }

    /// <summary>One line shown in the command list.</summary>
    string Description { get; }

    /// <summary>Runs the measurement; returns the process exit code.</summary>
    int Run(BenchmarkOptions options);
}

/// <summary>Options common to all measurements: <c>--corpus DIR</c>, <c>--out DIR</c>, <c>--limit N</c>, and free <c>--key value</c> pairs.</summary>
internal sealed record BenchmarkOptions(string CorpusPath, string OutputPath, int? Limit, IReadOnlyDictionary<string, string> Extra)
{
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            }

            var key = args[i][2..];
            var value = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
            extra[key] = value;
        }

        var corpus = extra.Remove("corpus", out var c) ? c : Path.Combine("..", "shared", "corpus", "chosun");
        var output = extra.Remove("out", out var o) ? o : "bench-out";
        int? limit = extra.Remove("limit", out var l) ? int.Parse(l, System.Globalization.CultureInfo.InvariantCulture) : null;
        return new BenchmarkOptions(corpus, output, limit, extra);
    }
}
