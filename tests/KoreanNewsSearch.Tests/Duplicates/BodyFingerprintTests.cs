using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Duplicates;
using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Tests.Duplicates;

/// <summary>The MinHash signature of real article bodies.</summary>
public sealed class BodyFingerprintTests
{
    private static readonly Lazy<List<NewsArticle>> Wikinews = new(() =>
        [.. JsonLinesArticleReader.ReadFile(Path.Combine(TestPaths.Data, "wikinews", "wikinews.jsonl")).Select(r => r.Article!).Take(300)]);

    [Fact]
    public void The_vectorised_minima_equal_the_one_hash_at_a_time_minima_on_real_bodies()
    {
        var compared = 0;
        foreach (var article in Wikinews.Value)
        {
            var text = BodyFingerprint.LettersAndDigits(KoreanTextNormalizer.Normalize(article.Body));
            if (text.Length < BodyFingerprint.MinimumCharacters)
            {
                continue;
            }

            Assert.Equal(BodyFingerprint.MinimumHashes(text, vectorized: false), BodyFingerprint.MinimumHashes(text, vectorized: true));
            compared++;
        }

        Assert.True(compared > 100, $"only {compared} bodies long enough to fingerprint");
    }
}
