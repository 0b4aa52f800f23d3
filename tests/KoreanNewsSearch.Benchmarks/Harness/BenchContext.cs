using System.Runtime.InteropServices;
using System.Text;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>
/// State shared by the measurements of one run: options, the corpus (loaded once), the peer runner, indexes already built
/// in this run (so <c>all</c> does not build them twice), and the report being written.
/// </summary>
internal sealed class BenchContext
{
    private readonly Lazy<IReadOnlyList<NewsArticle>> _corpus;
    private readonly Lazy<JavaPeer?> _peer;
    private readonly HashSet<string> _built = new(StringComparer.Ordinal);
    private readonly List<string> _sections = [];
    private readonly List<string> _notes = [];
    private string? _peerCorpusFile;

    public BenchContext(BenchmarkOptions options, TextWriter log)
    {
        Options = options;
        Log = log;
        OutputPath = Path.GetFullPath(options.OutputPath);
        Directory.CreateDirectory(OutputPath);
        SharedPath = options.Extra.TryGetValue("shared", out var shared)
            ? Path.GetFullPath(shared)
            : Path.GetFullPath(Path.Combine(options.CorpusPath, "..", ".."));
        Threads = options.Extra.TryGetValue("threads", out var t) ? int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        Passes = options.Extra.TryGetValue("passes", out var p) ? int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : 3;
        HeapSize = options.Extra.TryGetValue("heap", out var h) ? h : "4g";
        StartLoad = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        File.Delete(PartialReport);
        _corpus = new Lazy<IReadOnlyList<NewsArticle>>(LoadCorpus);
        _peer = new Lazy<JavaPeer?>(CreatePeer);
    }

    public BenchmarkOptions Options { get; }

    public TextWriter Log { get; }

    public string OutputPath { get; }

    public string SharedPath { get; }

    /// <summary>Threads of the "all cores" runs.</summary>
    public int Threads { get; }

    /// <summary>Measured passes over the query mix.</summary>
    public int Passes { get; }

    public string StartLoad { get; }

    /// <summary><c>--reuse</c>: the latency measurement uses indexes an earlier run left in the output folder instead of building them.</summary>
    public bool Reuse => Options.Extra.ContainsKey("reuse");

    /// <summary>The Java peer analyzers to measure (<c>--peers cjk,nori</c>; default all of <see cref="JavaPeer.Analyzers"/>).</summary>
    public IReadOnlyList<string> PeerAnalyzers => Options.Extra.TryGetValue("peers", out var names)
        ? [.. JavaPeer.Analyzers.Where(a => names.Split(',').Contains(a, StringComparer.Ordinal))]
        : JavaPeer.Analyzers;

    /// <summary>JVM heap of the peer (<c>--heap</c>, default 4g as in RESULTS.md).</summary>
    public string HeapSize { get; }

    public IReadOnlyList<NewsArticle> Corpus => _corpus.Value;

    /// <summary>The Java peer, or null when it is switched off (<c>--no-peer</c>) or not installed (the report says which).</summary>
    public JavaPeer? Peer => _peer.Value;

    public string PathOf(string name) => Path.Combine(OutputPath, name);

    private string PartialReport => PathOf("partial-report.md");

    /// <summary>The corpus as Peer.java's TSV, written once per run.</summary>
    public string PeerCorpusFile
    {
        get
        {
            if (_peerCorpusFile is null)
            {
                _peerCorpusFile = PathOf("corpus.tsv");
                PeerFiles.WriteCorpus(_peerCorpusFile, Corpus);
            }

            return _peerCorpusFile;
        }
    }

    /// <summary>Runs <paramref name="build"/> unless an index of that name was already built in this run.</summary>
    public void EnsureBuilt(string name, Action build)
    {
        if (_built.Add(name))
        {
            build();
        }
    }

    public void MarkBuilt(string name) => _built.Add(name);

    /// <summary>Adds a finished section; it also goes to <c>OUT/partial-report.md</c> at once, so an interrupted long run keeps what it measured.</summary>
    public void AddSection(string markdown)
    {
        _sections.Add(markdown);
        File.AppendAllText(PartialReport, markdown + "\n\n");
    }

    public void AddNote(string note) => _notes.Add(note);

    /// <summary>Writes the report to <c>OUT/<paramref name="fileName"/></c>, prints it, and returns its path.</summary>
    public string WriteReport(string fileName, string title)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# {title}").AppendLine();
        sb.AppendLine($"Generated {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC by `dotnet run -c Release --project tests/KoreanNewsSearch.Benchmarks -- {string.Join(' ', Environment.GetCommandLineArgs().Skip(1))}`.").AppendLine();
        sb.AppendLine(MachineTable()).AppendLine();
        foreach (var section in _sections)
        {
            sb.AppendLine(section).AppendLine();
        }

        if (_notes.Count > 0)
        {
            sb.AppendLine("## Notes").AppendLine();
            foreach (var note in _notes)
            {
                sb.AppendLine($"- {note}");
            }
        }

        var path = PathOf(fileName);
        File.WriteAllText(path, sb.ToString());
        File.Delete(PartialReport);
        Console.WriteLine(sb.ToString());
        Log.WriteLine($"report written to {path}");
        return path;
    }

    private string MachineTable()
    {
        var luceneNet = typeof(Lucene.Net.Util.LuceneVersion).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "?";
        var table = new MarkdownTable("Fact", "Value")
            .Row("cores", Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Row("memory", $"{Fmt.N(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1)} GiB")
            .Row("os", RuntimeInformation.OSDescription)
            .Row(".NET", RuntimeInformation.FrameworkDescription)
            .Row("Lucene.Net", luceneNet.Split('+')[0])
            .Row("java", _peer.IsValueCreated && _peer.Value is { } peer ? peer.JavaVersion + "; Lucene 8.8.1 (liblucene8-java, jars *-8.7.0)" : "not run")
            .Row("load average at start", StartLoad + " (other helpers share this machine: timings are noisy, compare within this run)")
            .Row("articles", _corpus.IsValueCreated ? Fmt.N(Corpus.Count) + (Options.Limit is { } l ? $" (--limit {l})" : "") : "not loaded");
        return "## Machine\n\n" + table;
    }

    private IReadOnlyList<NewsArticle> LoadCorpus()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var articles = ChosunCorpus.Load(Options.CorpusPath, Options.Limit);
        Log.WriteLine($"loaded {articles.Count:N0} articles from {Options.CorpusPath} in {clock.Elapsed.TotalSeconds:F1} s");
        return articles;
    }

    private JavaPeer? CreatePeer()
    {
        if (Options.Extra.ContainsKey("no-peer"))
        {
            AddNote("Java Lucene peers not run (--no-peer).");
            return null;
        }

        var jars = Options.Extra.TryGetValue("jars", out var j) ? j : "/usr/share/java";
        var peer = JavaPeer.TryCreate(jars, PathOf("peer"), HeapSize, Log, out var missing);
        if (peer is null)
        {
            Log.WriteLine(missing);
            Log.WriteLine("running our side alone");
            AddNote($"Java Lucene peers not run: {missing}.");
        }

        return peer;
    }
}
