using System.Text.RegularExpressions;
using KoreanNewsSearch.Querying;
using Lucene.Net.Search;

namespace KoreanNewsSearch.Typing;

/// <summary>
/// Decides whether a query was typed on the wrong keyboard layout: each Latin word whose 2-set reading is well-formed
/// Hangul of two syllables or more (<c>tkatjdwjswk</c> → <c>삼성전자</c>), and each Hangul word with lone jamo in it
/// (<c>ㅑㅔㅙㅜㄷ</c> → <c>iphone</c>), is replaced by its reading when the reading finds clearly more articles in this
/// index than the word as typed (<see cref="MinRatio"/>). Real Latin words stay: most do not read as syllables at all
/// (<c>samsung</c> → <c>ㄴ므녀ㅜㅎ</c>), and those that do (<c>world</c> → <c>재깅</c>) find more as typed.
/// </summary>
internal static partial class LayoutCorrection
{
    /// <summary>
    /// How many times more articles the reading must find than the word as typed. On the Chosun corpus the Latin keys
    /// of the 400 most frequent Hangul words find nothing as typed, while a real Latin word whose keys make syllables
    /// can read as a common syllable pair found inside longer words (<c>work</c> 33 articles, its reading <c>재가</c> 1,943).
    /// </summary>
    internal const int MinRatio = 100;

    /// <summary>Fewest syllables in the Hangul reading of a Latin word: one syllable reads from too many short words (<c>go</c> → <c>해</c>).</summary>
    internal const int MinSyllables = 2;

    /// <summary>
    /// Runs the search, as corrected when <see cref="SearchRequest.CorrectLayout"/> is on and a word was mistyped
    /// (<see cref="SearchResults.CorrectedQuery"/> then says what was searched); syntax errors are those of the query as typed.
    /// </summary>
    public static SearchResults Search(IndexSearcher searcher, SearchRequest request)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        NewsQueryParser.Parse(request.Query);
        if (!request.CorrectLayout || Correct(searcher, request.Query) is not { } corrected)
        {
            return NewsSearchExecutor.Execute(searcher, request);
        }

        var results = NewsSearchExecutor.Execute(searcher, request with { Query = corrected });
        return results with { CorrectedQuery = corrected, Elapsed = clock.Elapsed };
    }

    /// <summary>The query with every mistyped word replaced by its reading, or null when no word was mistyped.</summary>
    public static string? Correct(IndexSearcher searcher, string query)
    {
        var changed = false;
        var corrected = CandidateWord().Replace(query, match =>
        {
            if (Reading(match.Value) is { } reading && IsClearlyMore(searcher, reading, match.Value))
            {
                changed = true;
                return reading;
            }

            return match.Value;
        });
        return changed ? corrected : null;
    }

    /// <summary>
    /// What a word typed on the wrong layout was meant as, judged by its form alone: the Hangul of Latin letters
    /// that make whole syllables, or the Latin letters of Hangul with lone jamo; null when the word is neither.
    /// </summary>
    internal static string? Reading(string word)
    {
        if (word is "OR" or "AND")
        {
            return null;
        }

        if (KeyboardLayout.LatinToHangul(word, out var syllables, out var loneJamo) is { } hangul)
        {
            return loneJamo == 0 && syllables >= MinSyllables ? hangul : null;
        }

        // Shift is ambiguous when Latin was meant (ㅆ is T or Shift+t): the reading is lower case.
        return word.Any(HangulJamo.IsJamo) && KeyboardLayout.HangulToLatin(word) is { Length: >= 2 } latin
            ? latin.ToLowerInvariant()
            : null;
    }

    private static bool IsClearlyMore(IndexSearcher searcher, string reading, string typed)
    {
        var readingHits = Count(searcher, reading);
        return readingHits > 0 && readingHits >= MinRatio * Count(searcher, typed);
    }

    /// <summary>How many articles the word finds in title, deck lines or body.</summary>
    internal static int Count(IndexSearcher searcher, string word)
    {
        var request = new SearchRequest { Query = word };
        var query = NewsQueryBuilder.Build(NewsQueryParser.Parse(word), request);
        var counter = new TotalHitCountCollector();
        searcher.Search(query, counter);
        return counter.TotalHits;
    }

    // A whole word of Latin letters or of Hangul: after a space, quote, bracket, exclusion minus or field colon, and
    // before a space, quote or bracket (so field names such as title: and words in covid-19 or s24 stay).
    [GeneratedRegex(@"(?<=^|[\s""()\-:])(?:[A-Za-z]+|[\uAC00-\uD7A3\u3131-\u3163]+)(?=$|[\s""()])")]
    private static partial Regex CandidateWord();
}
