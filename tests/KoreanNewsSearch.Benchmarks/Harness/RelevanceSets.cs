using System.Text;
using System.Text.Json;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>One relevance question with exactly one relevant document.</summary>
internal sealed record RelevanceQuestion(string Id, string RelevantId, string Query);

/// <summary>A relevance test: extra documents to index besides the corpus, and the questions.</summary>
internal sealed record RelevanceSet(string Name, IReadOnlyList<NewsArticle> Documents, IReadOnlyList<RelevanceQuestion> Questions, int Depth);

/// <summary>The two relevance sets of RESULTS.md, built the same way for every engine.</summary>
internal static class RelevanceSets
{
    /// <summary>Known-item sample: every 28th article of the corpus in file/line order, at most 2,000.</summary>
    public const int KnownItemStride = 28;

    public const int KnownItemCount = 2000;

    /// <summary>KorQuAD 1.0 dev: its paragraphs (body only) join the corpus as documents; each question's relevant document is its paragraph.</summary>
    public static RelevanceSet KorQuad(string path, IReadOnlyList<NewsArticle> corpus, int? questionLimit)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var paragraphs = new List<NewsArticle>();
        var questions = new List<RelevanceQuestion>();
        foreach (var article in json.RootElement.GetProperty("data").EnumerateArray())
        {
            foreach (var paragraph in article.GetProperty("paragraphs").EnumerateArray())
            {
                var id = $"korquad:{paragraphs.Count:D4}";
                paragraphs.Add(new NewsArticle { Id = id, Url = id, Body = paragraph.GetProperty("context").GetString() ?? "" });
                foreach (var qa in paragraph.GetProperty("qas").EnumerateArray())
                {
                    questions.Add(new RelevanceQuestion(qa.GetProperty("id").GetString() ?? "", id, Sanitize(qa.GetProperty("question").GetString() ?? "")));
                }
            }
        }

        var limited = questionLimit is { } n ? questions.Take(n).ToList() : questions;
        return new RelevanceSet("KorQuAD 1.0 dev", [.. paragraphs, .. corpus], limited, Depth: 100);
    }

    /// <summary>Known-item: titles of every 28th article as queries against an index of bodies only.</summary>
    public static RelevanceSet KnownItem(IReadOnlyList<NewsArticle> corpus)
    {
        var bodies = corpus.Select(a => a with { Title = "", Subtitle = [] }).ToList();
        var questions = corpus
            .Where((_, i) => i % KnownItemStride == 0)
            .Take(KnownItemCount)
            .Select(a => new RelevanceQuestion("title:" + a.Id, a.Id, Sanitize(a.Title)))
            .ToList();
        return new RelevanceSet("Known-item (titles -> bodies)", bodies, questions, Depth: 10);
    }

    /// <summary>RESULTS.md's sanitising: only Hangul, Hanja, Latin letters and digits are kept (the rest become spaces), ASCII lower-cased.</summary>
    public static string Sanitize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(!IsKept(c) ? ' ' : c < 128 ? char.ToLowerInvariant(c) : c);
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool IsKept(char c) =>
        c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z'
            or >= '\uAC00' and <= '\uD7A3' // Hangul syllables
            or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' // Hangul jamo
            or >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' // Hanja
            || (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c)); // Latin with diacritics

    /// <summary>MRR@10, Recall@10 and Recall@100 from the 1-based rank of each question's relevant document (0 = not found within depth).</summary>
    public static RelevanceScores Score(IReadOnlyList<int> ranks, double seconds) =>
        new(
            ranks.Count == 0 ? 0 : ranks.Sum(r => r is > 0 and <= 10 ? 1.0 / r : 0) / ranks.Count,
            ranks.Count == 0 ? 0 : ranks.Count(r => r is > 0 and <= 10) / (double)ranks.Count,
            ranks.Count == 0 ? 0 : ranks.Count(r => r is > 0 and <= 100) / (double)ranks.Count,
            ranks.Count == 0 ? 0 : seconds * 1000 / ranks.Count);
}

/// <summary>Relevance figures of one engine on one set.</summary>
internal sealed record RelevanceScores(double Mrr10, double Recall10, double Recall100, double MsPerQuestion);
