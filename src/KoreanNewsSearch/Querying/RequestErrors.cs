namespace KoreanNewsSearch.Querying;

/// <summary>Messages of rejected requests as a person should read them (command line, HTTP error bodies).</summary>
internal static class RequestErrors
{
    /// <summary>The message of an out-of-range setting without .NET's " (Parameter 'x')" and "Actual value was" tails.</summary>
    public static string Plain(ArgumentException error)
    {
        var message = error.Message;
        var suffix = error.ParamName is null ? -1 : message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        message = suffix >= 0 ? message[..suffix] : message;
        var actual = message.IndexOf("\nActual value was", StringComparison.Ordinal);
        return actual >= 0 ? message[..actual].TrimEnd() : message;
    }
}
