namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>Latency distribution of timed queries.</summary>
internal sealed record LatencyStats(int Count, double P50, double P95, double P99, double Mean)
{
    /// <summary>Queries per second of one thread running them back to back.</summary>
    public double Qps => Mean > 0 ? 1000 / Mean : 0;

    public static LatencyStats From(IReadOnlyCollection<double> millis)
    {
        if (millis.Count == 0)
        {
            return new LatencyStats(0, 0, 0, 0, 0);
        }

        var sorted = millis.Order().ToArray();
        return new LatencyStats(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.Average());
    }

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
