namespace KoreanNewsSearch.Ingestion;

// PLACEHOLDER: replaced by the ingestion work.
internal static class TextDumpParser
{
    public static NewsArticle Parse(string text, string path) => throw new NotImplementedException();
}
