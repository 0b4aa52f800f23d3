using System.Diagnostics;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>Peak resident memory of this process (Linux VmHWM, what <see cref="Process.PeakWorkingSet64"/> reports there).</summary>
internal static class PeakMemory
{
    /// <summary>Collects garbage and resets the kernel's peak to the current resident size, so the next reading covers only what follows.</summary>
    public static void Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux or not permitted: the peak then covers the whole process lifetime, which the report says.
            ResetFailed = true;
        }
    }

    public static bool ResetFailed { get; private set; }

    public static long PeakBytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }
}
