using System.Diagnostics;

namespace KoreanNewsSearch.Fuzz;

/// <summary>Times one run of a fuzz target, for the limit of 1 s an input.</summary>
internal static class SlowInput
{
    /// <summary>Runs <paramref name="target"/> on <paramref name="input"/> and returns the wall time it took; exceptions pass through.</summary>
    public static TimeSpan Elapsed(Action<byte[]> target, byte[] input)
    {
        var clock = Stopwatch.StartNew();
        target(input);
        return clock.Elapsed;
    }
}
