using System.Text;
using KoreanNewsSearch.Benchmarks;

Console.OutputEncoding = Encoding.UTF8;

// Every IBenchmarkCommand in this assembly is a sub-command; each lives in its own file under Commands/.
var commands = typeof(IBenchmarkCommand).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmarkCommand).IsAssignableFrom(t))
    .Select(t => (IBenchmarkCommand)Activator.CreateInstance(t)!)
    .OrderBy(c => c.Name, StringComparer.Ordinal)
    .ToList();

if (args.Length == 0 || commands.All(c => c.Name != args[0]))
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/KoreanNewsSearch.Benchmarks -- COMMAND [--corpus DIR] [--out DIR] [--limit N] [...]");
    foreach (var command in commands)
    {
        Console.Error.WriteLine($"  {command.Name,-20} {command.Description}");
    }

    return 2;
}

return commands.Single(c => c.Name == args[0]).Run(BenchmarkOptions.Parse(args[1..]));
