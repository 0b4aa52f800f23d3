using Spectre.Console.Cli;

namespace KoreanNewsSearch.Tests.Cli;

/// <summary>Runs one <c>knews</c> command in this process with stdout and stderr captured (tests using it must not run in parallel).</summary>
internal static class InProcessCli
{
    public static (int ExitCode, string Stdout, string Stderr) Run<TCommand>(string name, params string[] args)
        where TCommand : class, ICommand =>
        Run(config => config.AddCommand<TCommand>(name), args);

    /// <summary>Runs <paramref name="args"/> against an app holding the commands <paramref name="configure"/> registers.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(Action<IConfigurator> configure, params string[] args)
    {
        var app = new CommandApp();
        app.Configure(configure);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            return (app.Run(args), stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}
