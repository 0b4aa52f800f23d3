using System.Text;

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

    // Where each real paragraph stands in its article's body, not a copy of it: a second copy of every body was a
    // tenth of the scale run's resident memory, charged to the index being measured.
    private readonly Paragraph[] _paragraphs;
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
        var split = templates.Select((a, i) => ParagraphsOf(a.Body, i).ToList()).ToList();
        _paragraphs = [.. split.SelectMany(p => p)];
        _paragraphCounts = [.. split.Select(p => Math.Max(1, p.Count))];
    }

    /// <summary>Article <paramref name="number"/> of the archive: the same number always gives the same article.</summary>
    public NewsArticle Article(int number)
    {
        var random = new Random(HashCode.Combine(_seed, number));
        var template = _templates[number % _templates.Count];
        var body = new StringBuilder();
        for (var p = 0; p < _paragraphCounts[number % _templates.Count]; p++)
        {
            if (p > 0)
            {
                body.Append('\n');
            }

            if (_paragraphs.Length > 0 && _paragraphs[random.Next(_paragraphs.Length)] is var (article, start, length))
            {
                body.Append(_templates[article].Body.AsSpan(start, length));
            }
        }

        return new NewsArticle
        {
            Url = $"https://synthetic.example/{number}",
            Source = template.Source,
            Section = template.Section,
            Title = template.Title,
            Subtitle = template.Subtitle,
            Body = body.ToString(),
            Reporters = template.Reporters,
            Published = Start.AddSeconds(random.NextInt64(SpanSeconds)),
        }.WithComputedId();
    }

    /// <summary>Articles 0 to <paramref name="count"/> - 1, made one at a time.</summary>
    public IEnumerable<NewsArticle> Articles(int count) => Enumerable.Range(0, count).Select(Article);

    /// <summary>The non-empty lines of <paramref name="body"/>, trimmed, as <see cref="string.Split(char, StringSplitOptions)"/> with both options cuts them.</summary>
    private static IEnumerable<Paragraph> ParagraphsOf(string body, int article)
    {
        for (var start = 0; start <= body.Length;)
        {
            var newline = body.IndexOf('\n', start);
            var end = newline < 0 ? body.Length : newline;
            var line = body.AsSpan(start, end - start);
            var trimmed = line.Trim();
            if (!trimmed.IsEmpty)
            {
                yield return new Paragraph(article, start + (line.Length - line.TrimStart().Length), trimmed.Length);
            }

            start = end + 1;
        }
    }

    /// <summary>A paragraph of a template's body: the template's index, where the paragraph starts and its length.</summary>
    private readonly record struct Paragraph(int Article, int Start, int Length);
}
