namespace KoreanNewsSearch.Ingestion;

// PLACEHOLDER: replaced by the ingestion work.
internal static class HtmlArticleParser
{
    public static NewsArticle Parse(byte[] bytes, string path) => throw new NotImplementedException();
}
