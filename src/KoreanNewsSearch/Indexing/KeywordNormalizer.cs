using System.Text;

namespace KoreanNewsSearch.Indexing;

/// <summary>Normalises exact-match values (source, section, reporter) the same way when indexing and when filtering.</summary>
internal static class KeywordNormalizer
{
    /// <summary>NFKC, trimmed, inner whitespace collapsed to one space; null for blank input.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var normalized = value.Normalize(NormalizationForm.FormKC).Trim();
        return string.Join(' ', normalized.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
