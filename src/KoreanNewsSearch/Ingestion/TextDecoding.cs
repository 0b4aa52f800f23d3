using System.Text;

namespace KoreanNewsSearch.Ingestion;

/// <summary>Decodes the bytes of a text input: BOM first, then strict UTF-8, then CP949 (the superset of EUC-KR).</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>CP949 (Unified Hangul Code), which decodes every EUC-KR text.</summary>
    public static Encoding Korean { get; } = CodePagesEncodingProvider.Instance.GetEncoding(949)
        ?? throw new InvalidOperationException("code page 949 is not available");

    /// <summary>Decodes <paramref name="bytes"/>; rejects binary data with a clear message.</summary>
    /// <exception cref="ArticleFormatException">The bytes are not text.</exception>
    public static string Decode(byte[] bytes, string path) => Decode(bytes, path, declared: null);

    /// <summary>
    /// Decodes <paramref name="bytes"/> with the encoding a document declares (a BOM still wins; a declared UTF-8 that is
    /// not valid UTF-8 falls back to detection); rejects binary data with a clear message.
    /// </summary>
    /// <exception cref="ArticleFormatException">The bytes are not text.</exception>
    public static string Decode(byte[] bytes, string path, Encoding? declared)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var encoding = DetectBom(bytes, out var bomLength);
        string text;
        if (encoding is not null)
        {
            text = encoding.GetString(bytes, bomLength, bytes.Length - bomLength);
        }
        else if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
        {
            // Pages lie about their charset (a page re-encoded by an archive keeps its old meta tag): Korean text in any
            // legacy encoding is almost never valid UTF-8, so bytes that are valid UTF-8 are read as such.
            text = TryStrictUtf8(bytes) ?? declared.GetString(bytes);
        }
        else
        {
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                text = Korean.GetString(bytes);
            }
        }

        if (LooksBinary(text))
        {
            throw new ArticleFormatException($"not a text file (binary content): {Path.GetFileName(path)}");
        }

        return text;
    }

    /// <summary>The bytes as UTF-8 when they hold non-ASCII text and are valid UTF-8 (a cut-off last character aside), else null.</summary>
    private static string? TryStrictUtf8(byte[] bytes)
    {
        if (bytes.AsSpan().IndexOfAnyInRange((byte)0x80, (byte)0xFF) < 0)
        {
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes, 0, HtmlCharset.WithoutIncompleteUtf8Tail(bytes));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The encoding announced by a byte-order mark, if any.</summary>
    public static Encoding? DetectBom(ReadOnlySpan<byte> bytes, out int bomLength)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bomLength = 3;
            return Encoding.UTF8;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            bomLength = 2;
            return Encoding.Unicode;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            bomLength = 2;
            return Encoding.BigEndianUnicode;
        }

        bomLength = 0;
        return null;
    }

    /// <summary>True when the text holds NUL or many other control characters: what binary data decodes to.</summary>
    public static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var controls = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return true;
            }

            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        return sample.Length > 0 && controls * 20 > sample.Length;
    }
}
