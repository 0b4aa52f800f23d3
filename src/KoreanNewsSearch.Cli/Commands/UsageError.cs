using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Cli.Commands;

/// <summary>How a command reports a usage error: <c>{"error": ...}</c> on stderr in JSON mode, else <c>error: ...</c>; exit code 2.</summary>
internal static class UsageError
{
    public static int Report(bool json, string message)
    {
        if (json)
        {
            SearchJsonOutput.WriteError(Console.Error, message);
        }
        else
        {
            Console.Error.WriteLine($"error: {message}");
        }

        return ExitCodes.Usage;
    }
}
