using System.Globalization;
using KoreanNewsSearch.Querying;


namespace KoreanNewsSearch.Tests.Properties;

/// <summary>
/// Writes a parsed query back as query text (for the round-trip property) that <see cref="NewsQueryParser"/> reads as the same query: the canonical
/// form shown for a query (field names lower case, keyword values quoted, groups only where they change the meaning).
/// </summary>
internal static class QueryPrinter
{
    /// <summary>The query text of <paramref name="node"/>.</summary>
    public static string Print(QueryNode node) => node switch
    {
        MatchAllNode => "",
        TextNode { IsPhrase: true } text => FieldPrefix(text.Field) + Quote(text.Text),
        TextNode text => FieldPrefix(text.Field) + text.Text,
        KeywordNode keyword => FieldPrefix(keyword.Field) + Quote(keyword.Value),
        DateRangeNode range => "date:" + Day(range.From) + ".." + Day(range.To),
        NotNode not => "-" + (not.Child is AndNode or OrNode or NotNode ? "(" + Print(not.Child) + ")" : Print(not.Child)),
        AndNode and => string.Join(' ', and.Children.Select(child => Grouped(child, groupAnd: true, groupOr: true))),
        // The parser reads "a b OR c" as (a b) OR c: an AND inside OR needs no parentheses.
        OrNode or => string.Join(" OR ", or.Children.Select(child => Grouped(child, groupAnd: false, groupOr: true))),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "unknown query node"),
    };

    // Nested groups of the same kind stay nested: the parser does not flatten "(a b) c" into "a b c".
    private static string Grouped(QueryNode child, bool groupAnd, bool groupOr) =>
        (child is AndNode && groupAnd) || (child is OrNode && groupOr)
            ? "(" + Print(child) + ")"
            : Print(child);

    private static string FieldPrefix(string? field) => field is null ? "" : field + ":";

    private static string Quote(string text) => "\"" + text + "\"";

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
