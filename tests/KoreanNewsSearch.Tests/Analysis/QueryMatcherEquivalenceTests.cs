using System.Globalization;
using System.Text;
using KoreanNewsSearch.Analysis;

namespace KoreanNewsSearch.Tests.Analysis;

/// <summary>
/// <see cref="QueryMatcher"/> (behind <see cref="TextFieldLayout.FindMatches(string, IReadOnlyList{string}, SynonymDictionary?)"/>
/// and the snippets) marks exactly what <see cref="ReferenceMatchFinder"/>, the algorithm it replaced, marks: real
/// article bodies, queries drawn from their own words.
/// </summary>
public sealed class QueryMatcherEquivalenceTests
{
    private const int Articles = 200;

    [Fact]
    public void Marks_the_same_spans_as_the_reference_on_sample_bodies()
    {
        var bodies = WikinewsSample.Read().Select(a => a.Body).Where(b => Words(b).Count >= 8).Take(Articles).ToList();
        Assert.Equal(Articles, bodies.Count);
        var synonyms = SynonymPairs(bodies);
        var matchedByCategory = new Dictionary<string, int>(StringComparer.Ordinal);
        var differences = new List<string>();
        var comparedSpans = 0;
        for (var a = 0; a < bodies.Count; a++)
        {
            var queries = QueriesFor(bodies, a, synonyms.Partners);
            var texts = TextsOf(bodies[a], a);
            foreach (var dictionary in new[] { null, synonyms.Dictionary })
            {
                // One matcher for all texts, as a snippet builder uses it for every hit of a page.
                var matcher = new QueryMatcher([.. queries.Select(q => q.Text)], dictionary);
                foreach (var text in texts)
                {
                    var expected = ReferenceMatchFinder.FindMatches(text, [.. queries.Select(q => q.Text)], dictionary);
                    var actual = matcher.FindMatches(text);
                    for (var q = 0; q < queries.Count; q++)
                    {
                        var (wanted, got) = (Show(expected[q]), Show(actual[q]));
                        if (wanted != got)
                        {
                            differences.Add($"article {a}, query '{queries[q].Text}', synonyms {dictionary is not null}: expected {wanted}, got {got}");
                        }

                        comparedSpans += expected[q].Count;
                        // A synonym query counts only when the dictionary was there to expand it.
                        if (expected[q].Count > 0 && (dictionary is not null || queries[q].Category != "synonym"))
                        {
                            matchedByCategory[queries[q].Category] = matchedByCategory.GetValueOrDefault(queries[q].Category) + 1;
                        }
                    }
                }
            }
        }

        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n" + string.Join('\n', differences.Take(20)));

        // Each kind of query must actually have found something, or the comparison proves little about it.
        Assert.True(comparedSpans > 20_000, $"only {comparedSpans} spans compared");
        var summary = string.Join(", ", matchedByCategory.Select(c => $"{c.Key}: {c.Value}"));
        foreach (var category in Categories)
        {
            Assert.True(matchedByCategory.GetValueOrDefault(category) >= 50, $"too few matches of {category}: {summary}");
        }
    }

    [Fact]
    public void The_single_query_form_agrees_with_the_reference()
    {
        var body = WikinewsSample.Read().Select(a => a.Body).First(b => b.Contains("미국", StringComparison.Ordinal));
        foreach (var query in new[] { "미국", "美", "국", "미국 대통령", "국 대", "대통령이", "오바마" })
        {
            Assert.Equal(Show(ReferenceMatchFinder.FindMatches(body, [query], null)[0]), Show(TextFieldLayout.FindMatches(body, query)));
        }
    }

    private static readonly string[] Categories =
        ["word", "stem", "syllable", "phrase", "open start", "open end", "open both", "hanja", "hanja reading", "synonym"];

    /// <summary>The body, the body as a headline writes country names (hanja abbreviations), and for every tenth article its NFD form (offsets must survive normalisation).</summary>
    private static List<string> TextsOf(string body, int index)
    {
        var texts = new List<string> { body, body.Replace("미국", "美", StringComparison.Ordinal).Replace("중국", "中", StringComparison.Ordinal).Replace("북한", "北", StringComparison.Ordinal) };
        if (index % 10 == 0)
        {
            texts.Add(body.Normalize(NormalizationForm.FormD));
        }

        return texts;
    }

    private static List<(string Category, string Text)> QueriesFor(List<string> bodies, int index, IReadOnlyDictionary<int, string> synonymPartners)
    {
        var random = new Random(index);
        var words = Words(bodies[index]);
        string Word() => words[random.Next(words.Count)];
        int At(int span) => random.Next(words.Count - span);
        var queries = new List<(string, string)>();
        for (var k = 0; k < 3; k++)
        {
            queries.Add(("word", Word()));
            var word = Word();
            queries.Add(("stem", word.Length > 2 ? word[..^1] : word));
            queries.Add(("syllable", Syllable(Word(), random)));
            var i = At(1);
            queries.Add(("phrase", $"{words[i]} {words[i + 1]}"));
            i = At(1);
            queries.Add(("open start", $"{LastLetter(words[i])} {words[i + 1]}"));
            i = At(1);
            queries.Add(("open end", $"{words[i]} {FirstLetter(words[i + 1])}"));
            i = At(2);
            queries.Add(("open both", $"{LastLetter(words[i])} {words[i + 1]} {FirstLetter(words[i + 2])}"));
        }

        queries.Add(("word", Words(bodies[(index + 1) % bodies.Count])[0]));
        queries.AddRange(new[] { "美", "中", "北", "美 대통령" }.Select(q => ("hanja", q)));
        queries.AddRange(new[] { "미국", "중국", "북한", "미국 대통령" }.Select(q => ("hanja reading", q)));
        if (synonymPartners.TryGetValue(index, out var partner))
        {
            queries.Add(("synonym", partner));
        }

        return queries;
    }

    /// <summary>
    /// Synonym groups pairing a word of one body with a word of the next, and for each body the partner word whose
    /// expansion is the word of that body: searched with the dictionary, the partner is found there.
    /// </summary>
    private static (SynonymDictionary Dictionary, IReadOnlyDictionary<int, string> Partners) SynonymPairs(List<string> bodies)
    {
        var lines = new List<string>();
        var partners = new Dictionary<int, string>();
        for (var a = 0; a + 1 < bodies.Count; a += 2)
        {
            var (mine, theirs) = (Words(bodies[a])[3], Words(bodies[a + 1])[4]);
            if (mine != theirs)
            {
                lines.Add($"{mine}, {theirs}");
                (partners[a], partners[a + 1]) = (theirs, mine);
            }
        }

        return (SynonymDictionary.Parse(string.Join('\n', lines), "synonyms.txt"), partners);
    }

    /// <summary>The words of a text as written, without surrounding punctuation (commas would break a synonym line).</summary>
    private static List<string> Words(string text) =>
        [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim([.. w.Where(c => !char.IsLetterOrDigit(c))]))
            .Where(w => w.Length > 0 && !w.Contains(',', StringComparison.Ordinal))];

    private static string Syllable(string word, Random random)
    {
        var hangul = word.Where(c => c is >= '\uAC00' and <= '\uD7A3').ToList();
        return hangul.Count > 0 ? hangul[random.Next(hangul.Count)].ToString() : word;
    }

    private static string FirstLetter(string word) => StringInfo.GetNextTextElement(word);

    private static string LastLetter(string word) => new StringInfo(word).SubstringByTextElements(new StringInfo(word).LengthInTextElements - 1);

    private static string Show(IReadOnlyList<TextSpan> spans) => string.Join(' ', spans.Select(s => $"[{s.Start}-{s.End}]"));
}
