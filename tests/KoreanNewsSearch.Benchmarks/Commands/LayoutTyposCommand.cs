using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using KoreanNewsSearch.Benchmarks.Harness;
using KoreanNewsSearch.Querying;
using KoreanNewsSearch.Typing;

namespace KoreanNewsSearch.Benchmarks.Commands;

/// <summary>
/// Keyboard-layout correction on the corpus: its most frequent Hangul words typed on the Latin layout must be searched
/// as the word (target ≥ 99%), its most frequent Latin terms must never be converted (target 0), and Latin terms typed
/// on the Hangul layout (<c>ㅑㅔㅙㅜㄷ</c>) should come back as the term. Word lists come from the corpus itself.
/// </summary>
internal sealed partial class LayoutTyposCommand : IBenchmarkCommand
{
    public string Name => "layout-typos";

    public string Description => "한/영 layout typos: frequent corpus words typed in the wrong layout, frequent Latin terms (--words N, --index DIR)";

    public int Run(BenchmarkOptions options)
    {
        var wanted = options.Extra.TryGetValue("words", out var w) ? int.Parse(w, CultureInfo.InvariantCulture) : 400;
        using var index = TypingBenchIndex.Open(options, out var corpus);
        var hangulWords = MostFrequent(corpus, HangulWord(), wanted);
        var latinTerms = MostFrequent(corpus, LatinTerm(), wanted);
        Console.WriteLine($"load average at start: {LoadAverage()}");
        Console.WriteLine($"{corpus.Count} articles; {hangulWords.Count} Hangul words (2-6 syllables) and {latinTerms.Count} Latin terms, most articles first");

        var misses = new List<string>();
        var right = 0;
        var withCorrection = new List<double>();
        foreach (var word in hangulWords)
        {
            var typed = KeyboardLayout.HangulToLatin(word)!;
            var clock = Stopwatch.StartNew();
            var results = index.Search(new SearchRequest { Query = typed, Limit = 10 });
            withCorrection.Add(clock.Elapsed.TotalMilliseconds);
            if (results.CorrectedQuery == word)
            {
                right++;
            }
            else
            {
                misses.Add($"{word} typed {typed} -> {results.CorrectedQuery ?? "(not converted)"}");
            }
        }

        var wrong = new List<string>();
        var readable = new List<string>();
        using (var lease = index.AcquireSearcher())
        {
            var typedHits = hangulWords.Select(word => LayoutCorrection.Count(lease.Searcher, KeyboardLayout.HangulToLatin(word)!)).ToList();
            Console.WriteLine($"articles found by the Latin keys of the Hangul words as typed: max {typedHits.Max()}, {typedHits.Count(h => h > 0)} words with any");
            foreach (var term in latinTerms)
            {
                if (LayoutCorrection.Reading(term) is { } reading)
                {
                    readable.Add($"{term} {LayoutCorrection.Count(lease.Searcher, term)} / {reading} {LayoutCorrection.Count(lease.Searcher, reading)}");
                }
            }
        }

        foreach (var term in latinTerms)
        {
            var results = index.Search(new SearchRequest { Query = term, Limit = 10 });
            if (results.CorrectedQuery is { } corrected)
            {
                wrong.Add($"{term} -> {corrected}");
            }
        }

        int reverseTried = 0, reverseRight = 0;
        var reverseMisses = new List<string>();
        foreach (var term in latinTerms.Where(t => t.All(char.IsAsciiLetter)))
        {
            var typed = KeyboardLayout.LatinToHangul(term, out _, out var loneJamo)!;
            if (loneJamo == 0)
            {
                continue; // whole syllables read as a Korean word: never converted back, by design
            }

            reverseTried++;
            var corrected = index.Search(new SearchRequest { Query = typed, Limit = 10 }).CorrectedQuery;
            if (corrected == term)
            {
                reverseRight++;
            }
            else
            {
                reverseMisses.Add($"{term} typed {typed} -> {corrected ?? "(not converted)"}");
            }
        }

        var plain = hangulWords.Select(word =>
        {
            var clock = Stopwatch.StartNew();
            index.Search(new SearchRequest { Query = word, Limit = 10 });
            return clock.Elapsed.TotalMilliseconds;
        }).ToList();

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine("| list | tried | right | wrong conversions | rate |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(inv, $"| Hangul words typed in Latin | {hangulWords.Count} | {right} | {hangulWords.Count - right} | {100.0 * right / hangulWords.Count:F1}% |"));
        Console.WriteLine(string.Create(inv, $"| Latin terms as typed ({readable.Count} read as Hangul syllables) | {latinTerms.Count} | {latinTerms.Count - wrong.Count} | {wrong.Count} | {100.0 * (latinTerms.Count - wrong.Count) / latinTerms.Count:F1}% |"));
        Console.WriteLine(string.Create(inv, $"| Latin terms typed in Hangul (lone jamo) | {reverseTried} | {reverseRight} | {reverseTried - reverseRight} | {100.0 * reverseRight / Math.Max(1, reverseTried):F1}% |"));
        Console.WriteLine();
        var typoLatency = LatencyStats.From(withCorrection);
        var plainLatency = LatencyStats.From(plain);
        Console.WriteLine(string.Create(inv, $"search latency, mistyped words (correction + search): p50 {typoLatency.P50:F2} ms, p99 {typoLatency.P99:F2} ms; the same words typed right: p50 {plainLatency.P50:F2} ms, p99 {plainLatency.P99:F2} ms"));
        Console.WriteLine($"load average at end: {LoadAverage()}");
        Print("Hangul words not corrected", misses);
        Print("Latin terms converted", wrong);
        Print("Latin terms typed in Hangul not converted back", reverseMisses);
        Print("Latin terms that read as Hangul syllables: articles found as typed / by the reading", readable);
        Console.WriteLine();
        Console.WriteLine("first Hangul words: " + string.Join(' ', hangulWords.Take(30)));
        Console.WriteLine("first Latin terms: " + string.Join(' ', latinTerms.Take(60)));
        return 0;
    }

    /// <summary>The words matching <paramref name="pattern"/> in the most articles (title or body), lower case.</summary>
    private static List<string> MostFrequent(IReadOnlyList<NewsArticle> corpus, Regex pattern, int count)
    {
        var articlesWith = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in corpus)
        {
            var words = pattern.Matches(article.Title + "\n" + article.Body).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            foreach (var word in words)
            {
                articlesWith[word] = articlesWith.GetValueOrDefault(word) + 1;
            }
        }

        return [.. articlesWith.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count).Select(p => p.Key)];
    }

    private static void Print(string heading, List<string> lines)
    {
        Console.WriteLine();
        Console.WriteLine($"{heading}: {lines.Count}");
        foreach (var line in lines.Take(40))
        {
            Console.WriteLine("  " + line);
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    // A Hangul word between spaces or punctuation, 2-6 syllables.
    [GeneratedRegex(@"(?<![\uAC00-\uD7A3])[\uAC00-\uD7A3]{2,6}(?![\uAC00-\uD7A3])")]
    private static partial Regex HangulWord();

    // A Latin term: letters, optionally with digits (model numbers such as s24, 5g), not inside a longer run of them.
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]{2,12}(?![A-Za-z0-9])")]
    private static partial Regex LatinTerm();
}
