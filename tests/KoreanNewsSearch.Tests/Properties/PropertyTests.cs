using System.Globalization;
using System.Net;
using CsCheck;
using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Querying;
using Lucene.Net.Analysis.TokenAttributes;

namespace KoreanNewsSearch.Tests.Properties;

/// <summary>
/// Properties that must hold for any input, checked on generated hostile text (<see cref="HostileText"/>); CsCheck
/// shrinks a failing case to a small one and prints its seed. Each bug found is pinned as a regression test.
/// </summary>
public class PropertyTests
{
    /// <summary>Generated cases per property (the README's reliability table quotes these).</summary>
    internal const int AnalysisCases = 1_000;
    internal const int ParserCases = 20_000;
    internal const int SnippetCases = 1_000;

    [Fact]
    public void Analysis_offsets_stay_inside_the_text_and_never_decrease_and_positions_never_go_back() =>
        HostileText.Any.Sample(AssertAnalysisIsOrdered, iter: AnalysisCases);

    [Fact]
    public void The_parser_returns_a_query_or_a_syntax_error_with_a_column_inside_the_query_and_a_repair_that_parses() =>
        HostileText.Query.Sample(AssertParsesOrPointsInside, iter: ParserCases);

    [Fact]
    public void A_parsed_query_printed_back_parses_to_the_same_query() =>
        HostileText.Query.Sample(AssertRoundTrips, iter: ParserCases);

    [Fact]
    public void Snippets_and_highlights_never_split_a_surrogate_pair_or_a_hangul_syllable_and_escape_every_tag_but_mark() =>
        Gen.Select(HostileText.WellFormed, HostileText.WellFormed, Gen.Int[0, 3], Gen.Int[10, 200])
            .Sample((body, other, picks, length) => AssertSnippetIsSafe(body, TermsFrom(body, other, picks), length), iter: SnippetCases);

    internal static void AssertAnalysisIsOrdered(string text)
    {
        using var analyzer = TextFieldLayout.CreateIndexAnalyzer();
        foreach (var field in new[] { "body", TextFieldLayout.UnigramField("body") })
        {
            using var stream = analyzer.GetTokenStream(field, text);
            var offsets = stream.AddAttribute<IOffsetAttribute>();
            var increments = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            var lastStart = 0;
            while (stream.IncrementToken())
            {
                Assert.InRange(offsets.StartOffset, lastStart, text.Length);
                Assert.InRange(offsets.EndOffset, offsets.StartOffset, text.Length);
                Assert.True(increments.PositionIncrement >= 0, $"position went back by {-increments.PositionIncrement} in {field}");
                lastStart = offsets.StartOffset;
            }

            stream.End();
            Assert.InRange(offsets.EndOffset, 0, text.Length);
        }
    }

    internal static void AssertParsesOrPointsInside(string query)
    {
        try
        {
            Assert.NotNull(NewsQueryParser.Parse(query));
        }
        catch (QuerySyntaxException error)
        {
            Assert.True(error.Column is { } column && column >= 1 && column <= query.Length, $"column {error.Column} outside 1..{query.Length}: {error.Message}");
            if (error.Repaired is { } repaired)
            {
                Assert.NotNull(NewsQueryParser.Parse(repaired));
            }
        }
    }

    internal static void AssertRoundTrips(string query)
    {
        QueryNode parsed;
        try
        {
            parsed = NewsQueryParser.Parse(query);
        }
        catch (QuerySyntaxException)
        {
            return;
        }

        var printed = QueryPrinter.Print(parsed);
        var reparsed = NewsQueryParser.Parse(printed);
        Assert.True(SameQuery(parsed, reparsed), $"'{query}' printed as '{printed}' parses as '{QueryPrinter.Print(reparsed)}'");
    }

    internal static void AssertSnippetIsSafe(string body, IReadOnlyList<string> terms, int length)
    {
        var builder = new SnippetBuilder(terms);
        foreach (var html in new[] { builder.Snippet(body, length), builder.Highlight(body) })
        {
            var pieces = html.Split(["<mark>", "</mark>"], StringSplitOptions.None);
            Assert.True(pieces.Length % 2 == 1, $"unbalanced <mark> in {html}");
            Assert.DoesNotContain(pieces, piece => piece.Contains('<', StringComparison.Ordinal) || piece.Contains('>', StringComparison.Ordinal));
            foreach (var piece in pieces.Select(piece => WebUtility.HtmlDecode(piece) ?? ""))
            {
                foreach (var part in piece.Split('…'))
                {
                    AssertWholeCharacters(part, html);
                }
            }
        }
    }

    /// <summary>Terms a user might type for <paramref name="body"/>: some cut out of it (so they match), some from other text.</summary>
    internal static IReadOnlyList<string> TermsFrom(string body, string other, int picks)
    {
        var words = body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Concat(other.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(word => word.Length > 40 ? word[..40] : word)
            .ToList();
        return [.. words.Where((_, i) => i % 4 == picks % 4).Take(picks + 1)];
    }

    // A passage of a snippet, or a run between marks, must start and end on a character boundary: not inside a
    // surrogate pair, not between the jamo of one decomposed Hangul syllable.
    private static void AssertWholeCharacters(string part, string html)
    {
        if (part.Length == 0)
        {
            return;
        }

        Assert.False(char.IsLowSurrogate(part[0]), $"starts inside a surrogate pair: {html}");
        Assert.False(char.IsHighSurrogate(part[^1]), $"ends inside a surrogate pair: {html}");
        Assert.False(IsVowelOrFinalJamo(part[0]), $"starts inside a Hangul syllable: {html}");
        Assert.False(IsLeadingJamo(part[^1]), $"ends inside a Hangul syllable: {html}");
    }

    private static bool IsLeadingJamo(char c) => c is >= '\u1100' and <= '\u115F';

    private static bool IsVowelOrFinalJamo(char c) => c is >= '\u1160' and <= '\u11FF';

    private static bool SameQuery(QueryNode left, QueryNode right) => (left, right) switch
    {
        (AndNode a, AndNode b) => SameChildren(a.Children, b.Children),
        (OrNode a, OrNode b) => SameChildren(a.Children, b.Children),
        (NotNode a, NotNode b) => SameQuery(a.Child, b.Child),
        _ => left.Equals(right),
    };

    private static bool SameChildren(IReadOnlyList<QueryNode> left, IReadOnlyList<QueryNode> right) =>
        left.Count == right.Count && left.Zip(right).All(pair => SameQuery(pair.First, pair.Second));
}
