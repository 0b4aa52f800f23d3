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
    public static string Decode(byte[] bytes, string path)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var declared = DeclaredEncoding(bytes);
        if (declared is null || declared.CodePage == Encoding.UTF8.CodePage)
        {
            // A page saved half-way can end inside a multi-byte character; that must not make the whole page "not UTF-8".
            bytes = bytes[..WithoutIncompleteUtf8Tail(bytes)];
        }

        return TextDecoding.Decode(bytes, path, declared);
    }

    /// <summary>The length of <paramref name="bytes"/> without a UTF-8 sequence cut off at the end.</summary>
    /// <param name="bytes">The content.</param>
    /// <returns>The length up to the last complete character.</returns>
    public static int WithoutIncompleteUtf8Tail(ReadOnlySpan<byte> bytes)
    {
        // Walk back over at most three continuation bytes (10xxxxxx) to the lead byte of the last sequence.
        var lead = bytes.Length - 1;
        while (lead >= 0 && bytes.Length - lead <= 3 && (bytes[lead] & 0xC0) == 0x80)
        {
            lead--;
        }

        if (lead < 0)
        {
            return bytes.Length;
        }

        var needed = bytes[lead] switch
        {
            >= 0xF0 and <= 0xF4 => 4,
            >= 0xE0 => 3,
            >= 0xC2 => 2,
            _ => 1,
        };
        return bytes.Length - lead < needed ? lead : bytes.Length;
    }

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
            // A page that can be read for its meta tag is not UTF-16, whatever it says: browsers take UTF-8 then.
            case "UTF-8" or "UTF8" or "UTF-16" or "UTF-16LE" or "UTF-16BE" or "UNICODE":
                return Encoding.UTF8;
            default:
                try
                {
                    return Encoding.GetEncoding(name);
                }
                catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
                {
                    // An unknown or misspelt charset is common on old pages, and .NET refuses UTF-7 (found by fuzzing):
                    // detection decides instead.
                    return null;
                }
        }
    }
}
