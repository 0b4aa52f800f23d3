using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Tests.Querying;

public partial class SnippetBuilderTests
{
    private static readonly string SeedBody = SearchCorpusFixture.SeedArticle.Body;

    [Theory]
    [InlineData("삼성전자", "<mark>삼성전자</mark>")]
    [InlineData("버라이즌", "<mark>버라이즌</mark>")]
    [InlineData("\"갤럭시 신제품\"", "<mark>갤럭시 신제품</mark>")]
    [InlineData("Verizon", "<mark>Verizon</mark>")]
    public void Matched_words_are_marked_once_as_whole_runs(string query, string expectedMark)
    {
        var snippet = BuilderFor(query).Snippet(SeedBody);

        Assert.Contains(expectedMark, snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("</mark><mark>", snippet, StringComparison.Ordinal);
        Assert.All(Marked(snippet), m => Assert.Equal(WebUtility.HtmlDecode(expectedMark.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal)), m, ignoreCase: true));
    }

    [Fact]
    public void Latin_words_are_not_marked_inside_longer_words()
    {
        var snippet = new SnippetBuilder(["AI"]).Snippet("SAID the CEO: AI기능과 MAIL 서비스, 그리고 AI.");

        Assert.Equal(["AI", "AI"], Marked(snippet));
    }

    [Fact]
    public void Snippet_is_near_the_matches_and_within_the_length_bound()
    {
        var body = string.Join("\n\n", Enumerable.Repeat("관련 없는 문단이 길게 이어진다.", 30)) + "\n\n마지막 문단에서 버라이즌 이야기가 나온다." + string.Join(" ", Enumerable.Repeat("끝.", 40));

        var snippet = new SnippetBuilder(["버라이즌"]).Snippet(body);

        Assert.Contains("<mark>버라이즌</mark>", snippet, StringComparison.Ordinal);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.InRange(Visible(snippet).Length, 60, SnippetBuilder.DefaultLength);
        Assert.DoesNotContain("  ", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_passages_are_shown_when_the_words_are_far_apart()
    {
        var body = "버라이즌 이야기로 시작한다. " + string.Join(" ", Enumerable.Repeat("관련 없는 문장이 이어진다.", 30)) + " 마지막에 에릭슨 이야기가 나온다. " + string.Join(" ", Enumerable.Repeat("끝.", 40));

        var snippet = new SnippetBuilder(["버라이즌", "에릭슨"]).Snippet(body);

        Assert.Equal(["버라이즌", "에릭슨"], Marked(snippet));
        Assert.Contains(" … ", snippet, StringComparison.Ordinal);
        Assert.True(Visible(snippet).Length <= SnippetBuilder.DefaultLength);
    }

    [Fact]
    public void Html_in_the_text_is_escaped_and_only_marks_are_markup()
    {
        var snippet = new SnippetBuilder(["반도체"]).Snippet("<script>alert('x')</script> 반도체 & \"AI\" 전망");

        Assert.Equal("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>반도체</mark> &amp; &quot;AI&quot; 전망", snippet);
    }

    [Fact]
    public void Cuts_never_split_a_surrogate_pair_or_a_decomposed_syllable()
    {
        // Emoji (surrogate pairs) and conjoining-jamo syllables (one syllable, several chars) everywhere the cut may fall.
        var decomposed = "한국".Normalize(System.Text.NormalizationForm.FormD);
        var body = string.Concat(Enumerable.Range(0, 200).Select(i => i % 3 == 0 ? "😀" : i % 3 == 1 ? decomposed : "가"))
                   + " 버라이즌 " + string.Concat(Enumerable.Repeat("🇰🇷" + decomposed, 100));
        foreach (var length in new[] { 40, 41, 42, 43, 150, 151 })
        {
            var snippet = new SnippetBuilder(["버라이즌"]).Snippet(body, length);
            var text = Visible(snippet);

            Assert.Contains("<mark>버라이즌</mark>", snippet, StringComparison.Ordinal);
            Assert.True(text.Length <= length, $"length {text.Length} > {length}");
            Assert.Equal(StringInfo.ParseCombiningCharacters(text).Length, new StringInfo(text).LengthInTextElements);
            Assert.All(text.Split(' '), part => Assert.True(IsWholeTextElements(body, part), $"cut inside a character: {part}"));
        }
    }

    [Fact]
    public void Without_matches_the_snippet_is_the_opening_of_the_body()
    {
        var snippet = new SnippetBuilder([]).Snippet(SeedBody);

        Assert.StartsWith("이재용 삼성전자 회장이", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", snippet, StringComparison.Ordinal);
        Assert.True(Visible(snippet).Length <= SnippetBuilder.DefaultLength);
    }

    [Fact]
    public void Title_highlight_marks_every_match_and_hanja_abbreviations()
    {
        var title = new SnippetBuilder(["미국", "협력"]).Highlight(SearchCorpusFixture.SeedArticle.Title);

        Assert.StartsWith("이재용 삼성전자 회장, <mark>美</mark> IT·AI·반도체·통신업계 <mark>협력</mark> 본격화", title, StringComparison.Ordinal);
    }

    private static SnippetBuilder BuilderFor(string query) =>
        new(NewsSearchExecutor.SurfaceTerms(NewsQueryParser.Parse(query), KoreanNewsSearch.Indexing.NewsFields.Body));

    private static List<string> Marked(string snippet) =>
        MarkPattern().Matches(snippet).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    /// <summary>The snippet's text without marks, escapes and the ellipses added at cuts.</summary>
    private static string Visible(string snippet) =>
        WebUtility.HtmlDecode(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal))
            .Replace(" … ", " ", StringComparison.Ordinal).Trim('…');

    // A piece of the snippet is whole text elements when it occurs in the body starting and ending on element boundaries.
    private static bool IsWholeTextElements(string body, string part)
    {
        if (part.Length == 0)
        {
            return true;
        }

        var boundaries = StringInfo.ParseCombiningCharacters(body).Append(body.Length).ToHashSet();
        for (var at = body.IndexOf(part, StringComparison.Ordinal); at >= 0; at = body.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            if (boundaries.Contains(at) && boundaries.Contains(at + part.Length))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex MarkPattern();
}
