namespace KoreanNewsSearch.Ingestion;

// PLACEHOLDER: replaced by the ingestion work.
internal static class TextDecoding
{
    public static string Decode(byte[] bytes, string path) => throw new NotImplementedException();
}
