namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>
/// A synthetic archive of any size made from real articles: article <c>i</c> takes the title, section, source and
/// reporters of one real article, a body of as many paragraphs as that article has, drawn from every real body's
/// paragraphs, a distinct URL (so a distinct id), and a publish time spread evenly at random over 20 years. The
/// vocabulary and its frequencies stay real; nothing is stored: the articles are made as they are read.
/// </summary>
internal sealed class SyntheticArchive
{
    /// <summary>First day of the 20 years the publish times are spread over.</summary>
    public static readonly DateTimeOffset Start = new(2006, 1, 1, 0, 0, 0, NewsArticle.KoreaOffset);

    private static readonly long SpanSeconds = (long)(Start.AddYears(20) - Start).TotalSeconds;

    private readonly IReadOnlyList<NewsArticle> _templates;
    private readonly string[] _paragraphs;
    private readonly int[] _paragraphCounts;
    private readonly int _seed;

    public SyntheticArchive(IReadOnlyList<NewsArticle> templates, int seed = 20261201)
    {
        if (templates.Count == 0)
        {
            throw new ArgumentException("no articles to make an archive from", nameof(templates));
        }

        _templates = templates;
        _seed = seed;
        var split = templates.Select(a => a.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        _paragraphs = [.. split.SelectMany(p => p)];
        _paragraphCounts = [.. split.Select(p => Math.Max(1, p.Length))];
    }

    /// <summary>Article <paramref name="number"/> of the archive: the same number always gives the same article.</summary>
    public NewsArticle Article(int number)
    {
        var random = new Random(HashCode.Combine(_seed, number));
        var template = _templates[number % _templates.Count];
        var paragraphs = Enumerable.Range(0, _paragraphCounts[number % _templates.Count])
            .Select(_ => _paragraphs.Length == 0 ? "" : _paragraphs[random.Next(_paragraphs.Length)]);
        return new NewsArticle
        {
            Url = $"https://synthetic.example/{number}",
            Source = template.Source,
            Section = template.Section,
            Title = template.Title,
            Subtitle = template.Subtitle,
            Body = string.Join('\n', paragraphs),
            Reporters = template.Reporters,
            Published = Start.AddSeconds(random.NextInt64(SpanSeconds)),
        }.WithComputedId();
    }

    /// <summary>Articles 0 to <paramref name="count"/> - 1, made one at a time.</summary>
    public IEnumerable<NewsArticle> Articles(int count) => Enumerable.Range(0, count).Select(Article);
}
