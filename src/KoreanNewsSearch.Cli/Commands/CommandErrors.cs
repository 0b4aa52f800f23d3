using KoreanNewsSearch.Indexing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KoreanNewsSearch.Cli.Commands;

/// <summary>Turns an exception that escaped a command into one line on stderr and an exit code.</summary>
internal static class CommandErrors
{
    public static int Report(Exception error)
    {
        switch (error)
        {
            case IndexLockedException locked:
                Console.Error.WriteLine($"error: {locked.Message}");
                return ExitCodes.Usage;
            case CommandAppException { Pretty: { } pretty }:
                // A malformed command line: Spectre.Console.Cli's own message, as it prints it without a handler.
                AnsiConsole.Console.Write(pretty);
                return ExitCodes.Usage;
            default:
                AnsiConsole.Console.WriteException(error, ExceptionFormats.ShortenEverything);
                return ExitCodes.Usage;
        }
    }
}
