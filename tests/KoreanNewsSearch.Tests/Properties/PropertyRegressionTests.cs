using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Tests.Properties;

/// <summary>The smallest inputs of the bugs the property tests found, kept as they were shrunk.</summary>
public class PropertyRegressionTests
{
    [Theory]
    [InlineData("\"삼성 전자\"-광고")] // a minus after a closing quote was part of the word "-광고", printed back as an exclusion
    [InlineData("(삼성 OR 엘지)-광고")]
    public void A_minus_right_after_a_closing_quote_or_parenthesis_excludes_the_next_word(string query)
    {
        var parsed = Assert.IsType<AndNode>(NewsQueryParser.Parse(query));

        Assert.Equal(new TextNode(null, "광고", IsPhrase: false), Assert.IsType<NotNode>(parsed.Children[^1]).Child);
        PropertyTests.AssertRoundTrips(query);
    }
}
