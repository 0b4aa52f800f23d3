using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Tests.Ingestion;

public class HtmlFragmentTextTests
{
    [Theory]
    [InlineData("첫 문단.<br><br>둘째 문단.", "첫 문단.\n\n둘째 문단.", "")]
    [InlineData("<p>첫 문단.</p><p>둘째\n  문단.</p>", "첫 문단.\n\n둘째 문단.", "")]
    [InlineData("<figure><img src=\"a.jpg\"><figcaption><small>불을 끄는 로봇. /소방청 제공</small></figcaption></figure><br><br>본문이다.", "본문이다.", "불을 끄는 로봇. /소방청 제공")]
    [InlineData("<figure><img src=\"a.jpg\"><br><br>닫히지 않은 그림 뒤의 본문.", "닫히지 않은 그림 뒤의 본문.", "")]
    [InlineData("<img src=\"b.jpg\" alt=\"일산대교. /뉴스1\"/><p>본문.</p>", "본문.", "일산대교. /뉴스1")]
    [InlineData("A &amp; B&nbsp;&nbsp;C &lt;162&gt;", "A & B C <162>", "")]
    [InlineData("<162>'생떼'와 <b>‘생때’</b>", "<162>'생떼'와 ‘생때’", "")]
    [InlineData("본문<style>.x{color:red}</style><iframe src=\"u\">대체</iframe><script>var a='<p>';</script> 끝", "본문 끝", "")]
    [InlineData("<!-- 주석 <p> -->본문<a href=\"x\" title=\"a>b\">링크</a>", "본문링크", "")]
    [InlineData("<figure><figcaption>같은 설명</figcaption></figure><figure><figcaption>같은 설명</figcaption></figure>본문", "본문", "같은 설명")]
    public void Converts_fragments_to_paragraphs_and_captions(string html, string body, string captions)
    {
        var content = HtmlFragmentText.Convert(html);

        Assert.Equal(body, content.Body);
        Assert.Equal(captions.Length == 0 ? [] : captions.Split('|'), content.Captions);
    }

    [Theory]
    [InlineData("<br>", true)]
    [InlineData("a <p class=\"x\">b", true)]
    [InlineData("3 < 5 그리고 7 > 2", false)]
    [InlineData("<162> 맞춤법", false)]
    [InlineData("plain text", false)]
    public void Detects_html(string text, bool expected) => Assert.Equal(expected, HtmlFragmentText.LooksLikeHtml(text));
}
