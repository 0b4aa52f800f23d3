using System.Diagnostics;
using System.Globalization;
using System.Text;
using KoreanNewsSearch.Benchmarks.Harness;
using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Benchmarks.Commands;

/// <summary>
/// <c>extraction [--pages DIR] [--no-dumps] [--failures]</c>: per-field accuracy of the page parsers over a folder of pages
/// with <c>.expected.json</c> files (see <see cref="ExtractionCase"/>): the HTML parser on each page, and the text-dump
/// parser on the page's text dump (<c>NAME.txt</c> beside it, else made with <c>w3m -dump -cols 2000</c>).
/// <c>--failures</c> lists every wrong field with what came out.
/// </summary>
internal sealed class ExtractionCommand : IBenchmarkCommand
{
    public string Name => "extraction";

    public string Description => "per-field extraction accuracy over pages with .expected.json (default ../shared/html-sites), HTML and w3m text dumps";

    public int Run(BenchmarkOptions options)
    {
        var folder = options.Extra.TryGetValue("pages", out var pages) ? pages : Path.Combine("..", "shared", "html-sites");
        var cases = ExtractionCase.LoadFolder(folder);
        if (cases.Count == 0)
        {
            Console.Error.WriteLine($"no NAME.html with NAME.expected.json under {folder}");
            return 1;
        }

        var listFailures = options.Extra.ContainsKey("failures");
        var table = new MarkdownTable(["input", "pages", "parsed", "warned", .. Enum.GetValues<ExtractionField>().Select(Heading)]);
        Console.WriteLine($"{cases.Count} pages under {folder}");
        table.Row(Evaluate("HTML", cases, c => ArticleFileReader.ReadFile(c.HtmlPath).Single(), listFailures));
        if (!options.Extra.ContainsKey("no-dumps"))
        {
            using var dumps = new TextDumps();
            table.Row(Evaluate("text dump (w3m -dump -cols 2000)", cases, c => ArticleFileReader.ReadFile(dumps.For(c)).Single(), listFailures));
        }

        Console.WriteLine(table);
        return 0;
    }

    private static string Heading(ExtractionField field) => field switch
    {
        ExtractionField.Title => "title",
        ExtractionField.Published => "time (minute, offset)",
        ExtractionField.Reporters => "reporters",
        ExtractionField.BodyStart => "body starts right",
        ExtractionField.BodyEnd => "body ends right",
        _ => "no boilerplate in body",
    };

    private static string[] Evaluate(string input, List<ExtractionCase> cases, Func<ExtractionCase, ArticleReadResult> read, bool listFailures)
    {
        var right = new Dictionary<ExtractionField, int>();
        var checkedCount = new Dictionary<ExtractionField, int>();
        int parsed = 0, warned = 0;
        foreach (var page in cases)
        {
            var result = read(page);
            parsed += result.Article is null ? 0 : 1;
            warned += result.Warning is null ? 0 : 1;
            if (listFailures && result.Error is { } error)
            {
                Console.WriteLine($"  {input} {page.Name}: not parsed: {error.Message}");
            }

            foreach (var verdict in ExtractionScore.Score(page, result.Article))
            {
                if (verdict.Right is not { } isRight)
                {
                    continue;
                }

                checkedCount[verdict.Field] = checkedCount.GetValueOrDefault(verdict.Field) + 1;
                right[verdict.Field] = right.GetValueOrDefault(verdict.Field) + (isRight ? 1 : 0);
                if (listFailures && !isRight && result.Article is not null)
                {
                    Console.WriteLine($"  {input} {page.Name}: {verdict.Field}: got «{verdict.Got}»");
                }
            }
        }

        return
        [
            input, cases.Count.ToString(CultureInfo.InvariantCulture), Share(parsed, cases.Count), warned.ToString(CultureInfo.InvariantCulture),
            .. Enum.GetValues<ExtractionField>().Select(f => Share(right.GetValueOrDefault(f), checkedCount.GetValueOrDefault(f))),
        ];
    }

    private static string Share(int right, int total) =>
        total == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{right}/{total} ({100.0 * right / total:F0}%)");

    /// <summary>Each page's text dump: <c>NAME.txt</c> beside the page when there is one, else w3m's dump in a temporary folder.</summary>
    private sealed class TextDumps : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("extraction-dumps-").FullName;

        public string For(ExtractionCase page)
        {
            var beside = Path.ChangeExtension(page.HtmlPath, ".txt");
            if (File.Exists(beside))
            {
                return beside;
            }

            // The dump is what a reader copies from the browser: the page decoded as the browser would, then rendered.
            var html = Path.Combine(_folder, "page.html");
            File.WriteAllText(html, HtmlCharset.Decode(File.ReadAllBytes(page.HtmlPath), page.HtmlPath), Encoding.UTF8);
            var dump = Path.Combine(_folder, Path.GetFileNameWithoutExtension(page.HtmlPath) + ".txt");
            var w3m = new ProcessStartInfo("w3m", ["-dump", "-cols", "2000", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", html])
            {
                RedirectStandardOutput = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            Process? started;
            try
            {
                started = Process.Start(w3m);
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException($"w3m could not be started to dump {page.HtmlPath} (apt-get install w3m): {e.Message}", e);
            }

            using var process = started ?? throw new InvalidOperationException("w3m did not start (Debian package w3m)");
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            File.WriteAllText(dump, text, Encoding.UTF8);
            return dump;
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }
}
