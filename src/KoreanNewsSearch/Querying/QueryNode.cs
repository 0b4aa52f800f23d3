namespace KoreanNewsSearch.Querying;

/// <summary>The parsed form of a query: what to match, before it becomes a Lucene query.</summary>
internal abstract record QueryNode;

/// <summary>A word or quoted phrase, in one text field or (Field null) in the default text fields.</summary>
internal sealed record TextNode(string? Field, string Text, bool IsPhrase) : QueryNode;

/// <summary>An exact value of a keyword field (source, section, reporter).</summary>
internal sealed record KeywordNode(string Field, string Value) : QueryNode;

/// <summary>Publish days in Korea time, inclusive; a null end is open.</summary>
internal sealed record DateRangeNode(DateOnly? From, DateOnly? To) : QueryNode;

/// <summary>Every child must match (or, in <see cref="QueryMode.Any"/>, the text children are optional).</summary>
internal sealed record AndNode(IReadOnlyList<QueryNode> Children) : QueryNode;

/// <summary>At least one child must match.</summary>
internal sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode;

/// <summary>The child must not match.</summary>
internal sealed record NotNode(QueryNode Child) : QueryNode;

/// <summary>Every article: the reading of a blank query.</summary>
internal sealed record MatchAllNode : QueryNode
{
    public static MatchAllNode Instance { get; } = new();
}
