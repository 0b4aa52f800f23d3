namespace KoreanNewsSearch.Cli.Commands;

/// <summary>Process exit codes shared by all commands.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran, but some inputs failed.</summary>
    public const int PartialFailure = 1;

    /// <summary>The command line or the query was malformed, or a named path does not exist.</summary>
    public const int Usage = 2;
}
