using System.Text;
using System.Text.RegularExpressions;

namespace KoreanNewsSearch.Ingestion;

/// <summary>
/// Turns the bytes of an HTML page into text: byte-order mark, then the charset the page declares in its head
/// (<c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c>), then detection
/// (strict UTF-8, else CP949), as <see cref="TextDecoding"/> does for text files.
/// </summary>
internal static partial class HtmlCharset
{
    // Browsers look for the declaration in the first 1024 bytes; real Korean pages put long comments and scripts before it.
    private const int PrescanLength = 8192;

    private static readonly Encoding Latin1 = Encoding.Latin1;

    // Covers both forms: <meta charset="euc-kr"> and <meta http-equiv=... content="text/html; charset=euc-kr">.
    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetPattern();

    /// <summary>Decodes a page.</summary>
    /// <param name="bytes">The file content.</param>
    /// <param name="path">The file, for messages.</param>
    /// <returns>The page text.</returns>
    /// <exception cref="ArticleFormatException">The bytes are not text.</exception>
    public static string Decode(byte[] bytes, string path) =>
        TextDecoding.Decode(bytes, path, DeclaredEncoding(bytes));

    /// <summary>The encoding named by the page's meta charset declaration, or null when there is none or it is unknown.</summary>
    /// <param name="bytes">The file content.</param>
    /// <returns>The declared encoding; EUC-KR and its aliases map to CP949, its superset.</returns>
    public static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        // Every charset that can declare itself this way is ASCII-compatible, so Latin-1 keeps the markup readable.
        var head = Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanLength)]);
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? EncodingNamed(match.Groups["name"].Value) : null;
    }

    private static Encoding? EncodingNamed(string name)
    {
        switch (name.ToUpperInvariant())
        {
            case "EUC-KR" or "EUCKR" or "CP949" or "MS949" or "UHC" or "X-WINDOWS-949" or "WINDOWS-949"
                or "KS_C_5601-1987" or "KSC5601" or "KS_C_5601" or "KSC_5601":
                return TextDecoding.Korean;
            case "UTF-8" or "UTF8":
                return Encoding.UTF8;
            default:
                try
                {
                    return Encoding.GetEncoding(name);
                }
                catch (ArgumentException)
                {
                    // An unknown or misspelt charset is common on old pages: detection decides instead.
                    return null;
                }
        }
    }
}
