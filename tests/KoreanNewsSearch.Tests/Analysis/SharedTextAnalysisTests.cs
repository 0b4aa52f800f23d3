using KoreanNewsSearch.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KoreanNewsSearch.Tests.Analysis;

public class SharedTextAnalysisTests
{
    private static readonly Analyzer Separate = TextFieldLayout.CreateIndexAnalyzer();

    public static TheoryData<string> TextsThatMoveOffsets => new()
    {
        "\u1109\u1161\u11B7\u1109\u1165\u11BC\u110C\u1165\u11AB\u110C\u1161는 NFD", // conjoining jamo compose
        "ＳＡＭＳＵＮＧ 갤럭시 ｿﾆｰ\u3000소니", // full-width and half-width forms
        "10㎞ 구간, ﬁle №5 ①번", // expansions: one char becomes several
        "\uF963 핵실험 韓美 金融 서북공심돈(西北空心墩)", // compatibility hanja, abbreviations inside Han runs
        "e\u0301te\u0301 \u0301abc 𠀀𠀁 \uD800x", // combining marks, supplementary Han, a lone surrogate
        "covid-19 3.5% 1,000명 " + new string('a', 300), // digit joiners, a word run longer than the cut
    };

    [Fact]
    public void Gives_every_wikinews_text_the_terms_positions_and_offsets_of_the_separate_analyzers()
    {
        var texts = WikinewsSample.Read()
            .SelectMany(a => new[] { a.Title, string.Join('\n', a.Subtitle), a.Body })
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .ToList();
        Assert.True(texts.Count > 1000, $"only {texts.Count} texts");
        foreach (var text in texts)
        {
            AssertSameAsSeparate(text, unigramsFirst: false);
        }
    }

    [Theory]
    [MemberData(nameof(TextsThatMoveOffsets))]
    public void Keeps_offsets_into_the_original_text_whichever_field_is_read_first(string text)
    {
        AssertSameAsSeparate(text, unigramsFirst: false);
        AssertSameAsSeparate(text, unigramsFirst: true);
    }

    private static void AssertSameAsSeparate(string text, bool unigramsFirst)
    {
        var fields = TextFieldLayout.CreateFields("body", text).ToList();
        Assert.Equal(["body", TextFieldLayout.UnigramField("body")], fields.Select(f => f.Name));
        if (unigramsFirst)
        {
            fields.Reverse();
        }

        foreach (var field in fields)
        {
            var shared = Tokens(field.GetTokenStream(Separate));
            var separate = Tokens(Separate.GetTokenStream(field.Name, text));
            Assert.True(separate.SequenceEqual(shared), $"{field.Name} of \"{text[..Math.Min(80, text.Length)]}\":\n" +
                $"separate: {string.Join(' ', separate)}\nshared:   {string.Join(' ', shared)}");
        }
    }

    /// <summary>Each token as term, position increment and offsets, then the final offset that <c>End</c> reports.</summary>
    private static List<string> Tokens(TokenStream stream)
    {
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var tokens = new List<string>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add($"{term}+{increment.PositionIncrement}[{offset.StartOffset}-{offset.EndOffset}]");
            }

            stream.End();
            tokens.Add($"end+{increment.PositionIncrement}[{offset.StartOffset}-{offset.EndOffset}]");
            return tokens;
        }
    }
}
