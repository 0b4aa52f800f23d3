using AngleSharp.Dom;
using System.Buffers;
using System.Net;
using System.Text.RegularExpressions;

namespace KoreanNewsSearch.Ingestion;

/// <summary>String clean-up shared by the HTML metadata and body readers.</summary>
internal static partial class HtmlText
{
    [GeneratedRegex(@"&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex EntityPattern();

    /// <summary>
    /// Decodes HTML entities, repeatedly, because scraped and CMS-generated metadata is often encoded twice
    /// (<c>&amp;amp;quot;</c>) and JSON-LD strings are never decoded by the HTML parser.
    /// </summary>
    /// <param name="text">Text that may hold entities.</param>
    /// <returns>The decoded text.</returns>
    public static string DecodeEntities(string text)
    {
        for (var round = 0; round < 3 && EntityPattern().IsMatch(text); round++)
        {
            text = WebUtility.HtmlDecode(text);
        }

        return text;
    }

    /// <summary>Collapses runs of white space (including no-break and zero-width spaces) to one space and trims.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text on one line.</returns>
    public static string CollapseSpace(string text)
    {
        // Written into one buffer: appending to a StringBuilder a character at a time cost about 19 ns a character,
        // which made collapsing a long body dearer than scanning it for a snippet's matches.
        char[]? rented = null;
        Span<char> buffer = text.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = c;
        }

        var collapsed = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return collapsed;
    }

    /// <summary>True for characters that only separate words on a rendered page.</summary>
    /// <param name="c">A character.</param>
    /// <returns>Whether it is white space for display purposes.</returns>
    public static bool IsSpace(char c) =>
        // Hangul and Han lie above every white-space character but U+FEFF: they skip the Unicode category lookup.
        (c <= '\u3000' || c == '\uFEFF') && (char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF');

    /// <summary>A metadata string ready to use: entities decoded, white space collapsed; null when nothing is left.</summary>
    /// <param name="raw">The raw value.</param>
    /// <returns>The clean value or null.</returns>
    public static string? Clean(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var clean = CollapseSpace(DecodeEntities(raw));
        return clean.Length == 0 ? null : clean;
    }

    /// <summary>True when <paramref name="element"/> or one of its ancestors passes <paramref name="test"/>.</summary>
    /// <param name="element">An element of a page.</param>
    /// <param name="test">What to look for, e.g. a tag name.</param>
    /// <returns>Whether the element sits inside such an element (or is one).</returns>
    public static bool IsWithin(IElement element, Func<IElement, bool> test)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (test(e))
            {
                return true;
            }
        }

        return false;
    }
}
