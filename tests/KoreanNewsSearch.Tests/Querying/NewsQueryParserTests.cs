using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Tests.Querying;

public class NewsQueryParserTests
{
    [Theory]
    [InlineData("삼성전자", "삼성전자")]
    [InlineData("삼성전자 갤럭시", "AND(삼성전자, 갤럭시)")]
    [InlineData("  삼성전자   AND  갤럭시 ", "AND(삼성전자, 갤럭시)")]
    [InlineData("\"삼성전자 회장\"", "\"삼성전자 회장\"")]
    [InlineData("삼성 OR 엘지 OR 현대", "OR(삼성, 엘지, 현대)")]
    [InlineData("삼성 전자 OR 엘지", "OR(AND(삼성, 전자), 엘지)")]
    [InlineData("(삼성 OR 엘지) 반도체", "AND(OR(삼성, 엘지), 반도체)")]
    [InlineData("반도체 -삼성 -\"SK 하이닉스\"", "AND(반도체, -삼성, -\"SK 하이닉스\")")]
    [InlineData("반도체 -(삼성 OR 엘지)", "AND(반도체, -OR(삼성, 엘지))")]
    [InlineData("COVID-19 K-팝", "AND(COVID-19, K-팝)")]
    [InlineData("삼성 or 엘지", "AND(삼성, or, 엘지)")]
    [InlineData("title:갤럭시 body:\"AI 기능\"", "AND(title:갤럭시, body:\"AI 기능\")")]
    [InlineData("TITLE:갤럭시", "title:갤럭시")]
    [InlineData("title:(갤럭시 OR 아이폰)", "OR(title:갤럭시, title:아이폰)")]
    [InlineData("reporter:홍윤기 source:\"한국 금융 신문\" section:경제", "AND(reporter=홍윤기, source=한국 금융 신문, section=경제)")]
    [InlineData("date:2024-06-01..2024-06-30 삼성", "AND(date[2024-06-01..2024-06-30], 삼성)")]
    [InlineData("date:..2024-06-30", "date[..2024-06-30]")]
    [InlineData("date:2024-06-01..", "date[2024-06-01..]")]
    [InlineData("date:2024-06-07", "date[2024-06-07..2024-06-07]")]
    [InlineData("http://example.com 10:30", "AND(http://example.com, 10:30)")]
    [InlineData("-광고", "-광고")]
    [InlineData("", "*")]
    [InlineData("   ", "*")]
    public void Parses_the_query_syntax(string query, string expected) =>
        Assert.Equal(expected, Describe(NewsQueryParser.Parse(query)));

    [Theory]
    [InlineData("\"삼성전자", "quote '\"' is never closed", 1)]
    [InlineData("삼성 \"전자", "quote '\"' is never closed", 4)]
    [InlineData("title:", "'title:' needs a value right after the colon", 1)]
    [InlineData("삼성 title: 갤럭시", "'title:' needs a value right after the colon", 4)]
    [InlineData("((", "'(' is never closed", 2)]
    [InlineData("(삼성 OR 엘지", "'(' is never closed", 1)]
    [InlineData("()", "empty parentheses", 1)]
    [InlineData("-", "'-' must be followed directly", 1)]
    [InlineData("삼성 - 전자", "'-' must be followed directly", 4)]
    [InlineData(")", "')' has no matching '('", 1)]
    [InlineData("삼성)", "')' has no matching '('", 3)]
    [InlineData("OR 삼성", "OR needs a word, phrase or group before it", 1)]
    [InlineData("삼성 OR", "OR needs a word, phrase or group after it", 4)]
    [InlineData("삼성 OR OR 엘지", "OR needs a word, phrase or group after it", 4)]
    [InlineData("date:2024-13-01..", "'2024-13-01' is not a date", 6)]
    [InlineData("date:2024-06-30..2024-06-01", "starts after it ends", 6)]
    [InlineData("date:..", "date range needs at least one end", 6)]
    [InlineData("date:\"2024-06-01\"", "takes a range", 6)]
    [InlineData("title:(삼성 body:전자)", "'body:' cannot be used inside another field's value", 11)]
    public void Malformed_queries_say_what_is_wrong_and_where(string query, string message, int column)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => NewsQueryParser.Parse(query));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(column, error.Column);
        Assert.EndsWith($"(at column {column})", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"삼성전자", QuerySyntaxProblem.UnclosedQuote, "\"삼성전자\"")]
    [InlineData("삼성 \"전자 반도체", QuerySyntaxProblem.UnclosedQuote, "삼성 \"전자 반도체\"")]
    [InlineData("\"삼성 (전자", QuerySyntaxProblem.UnclosedQuote, "\"삼성 (전자\"")]
    [InlineData("(삼성 OR 엘지", QuerySyntaxProblem.UnclosedParenthesis, "(삼성 OR 엘지)")]
    [InlineData("((삼성 OR 엘지) 반도체 ", QuerySyntaxProblem.UnclosedParenthesis, "((삼성 OR 엘지) 반도체)")]
    [InlineData("(삼성 \"전자", QuerySyntaxProblem.UnclosedQuote, "(삼성 \"전자\")")]
    [InlineData("삼성)", QuerySyntaxProblem.UnmatchedParenthesis, "삼성")]
    [InlineData("삼성) 전자", QuerySyntaxProblem.UnmatchedParenthesis, "삼성 전자")]
    [InlineData("삼성 - 전자", QuerySyntaxProblem.DetachedMinus, "삼성 전자")]
    [InlineData("OR 삼성", QuerySyntaxProblem.OrWithoutOperand, "삼성")]
    [InlineData("삼성 OR", QuerySyntaxProblem.OrWithoutOperand, "삼성")]
    [InlineData("삼성 OR OR 엘지", QuerySyntaxProblem.OrWithoutOperand, "삼성 OR 엘지")]
    [InlineData("삼성 () 전자", QuerySyntaxProblem.EmptyParentheses, "삼성 전자")]
    [InlineData("삼성 title: 갤럭시", QuerySyntaxProblem.FieldWithoutValue, "삼성 title:갤럭시")]
    [InlineData("삼성 title:", QuerySyntaxProblem.FieldWithoutValue, "삼성")]
    [InlineData("((", QuerySyntaxProblem.UnclosedParenthesis, null)]
    [InlineData(")", QuerySyntaxProblem.UnmatchedParenthesis, null)]
    [InlineData("-", QuerySyntaxProblem.DetachedMinus, null)]
    [InlineData("date:2024-13-01..", QuerySyntaxProblem.InvalidDate, null)]
    [InlineData("title:(삼성 body:전자)", QuerySyntaxProblem.FieldInsideField, null)]
    public void Malformed_queries_name_their_problem_and_offer_the_query_repaired(string query, QuerySyntaxProblem problem, string? repaired)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => NewsQueryParser.Parse(query));
        Assert.Equal(problem, error.Problem);
        Assert.Equal(repaired, error.Repaired);
        if (repaired is not null)
        {
            NewsQueryParser.Parse(repaired);
        }
    }

    [Fact]
    public void Overlong_and_deeply_nested_queries_are_refused_without_a_stack_overflow()
    {
        var tooLong = Assert.Throws<QuerySyntaxException>(() => NewsQueryParser.Parse(new string('가', 10_000)));
        Assert.Contains("too long: 10,000 characters", tooLong.Message, StringComparison.Ordinal);

        var nested = new string('(', 400) + "삼성" + new string(')', 400);
        var tooDeep = Assert.Throws<QuerySyntaxException>(() => NewsQueryParser.Parse(nested));
        Assert.Contains("nested more than", tooDeep.Message, StringComparison.Ordinal);
    }

    private static string Describe(QueryNode node) => node switch
    {
        MatchAllNode => "*",
        TextNode { IsPhrase: true } t => Prefix(t.Field) + "\"" + t.Text + "\"",
        TextNode t => Prefix(t.Field) + t.Text,
        KeywordNode k => k.Field + "=" + k.Value,
        DateRangeNode d => $"date[{d.From:yyyy-MM-dd}..{d.To:yyyy-MM-dd}]",
        NotNode n => "-" + Describe(n.Child),
        AndNode a => "AND(" + string.Join(", ", a.Children.Select(Describe)) + ")",
        OrNode o => "OR(" + string.Join(", ", o.Children.Select(Describe)) + ")",
        _ => throw new ArgumentException(node.GetType().Name),
    };

    private static string Prefix(string? field) => field is null ? "" : field + ":";
}
