using System.Collections.Frozen;
using System.Net;
using System.Text;

namespace KoreanNewsSearch.Ingestion;

/// <summary>The readable text of an HTML fragment: paragraphs, and the figure captions kept apart.</summary>
/// <param name="Body">Paragraphs separated by one blank line, whitespace collapsed, entities decoded.</param>
/// <param name="Captions">Texts of <c>&lt;figcaption&gt;</c>, and <c>alt</c> texts of images outside figures.</param>
internal sealed record HtmlFragmentContent(string Body, IReadOnlyList<string> Captions);

/// <summary>
/// Turns an article-body HTML fragment (as JSON exports carry it: <c>&lt;br&gt;&lt;br&gt;</c> between paragraphs,
/// <c>&lt;figure&gt;</c> with <c>&lt;figcaption&gt;</c>, an occasional <c>&lt;p&gt;</c>, <c>&lt;style&gt;</c> or
/// <c>&lt;iframe&gt;</c>) into paragraph text.
/// </summary>
/// <remarks>
/// A single forward pass instead of a DOM: fragments need no tree, and building one per article made ingesting the
/// 56k-article corpus several times slower. <c>&lt;br&gt;</c> and block elements break paragraphs; figcaptions go to the
/// captions (other text inside a figure stays in the body: exports leave figures unclosed, and a browser would show
/// that text too); an image outside any figure gives its <c>alt</c> text as a caption; script, style, iframe, noscript, template and svg contents are dropped; a <c>&lt;</c> that cannot open a
/// tag (<c>&lt;162&gt;</c>) is text, as in HTML.
/// </remarks>
internal static class HtmlFragmentText
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockElements = NameSet(
    [
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "tr",
        "section", "article", "header", "footer", "aside", "hr", "pre", "figure", "main", "nav",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SkippedElements =
        NameSet(["script", "style", "iframe", "noscript", "template", "svg", "object", "head"]);

    /// <summary>True when <paramref name="text"/> holds at least one HTML tag, so that it needs <see cref="Convert"/>.</summary>
    /// <param name="text">A body string.</param>
    /// <returns>Whether the text looks like HTML.</returns>
    public static bool LooksLikeHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = text.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < text.Length - 1; i = text.IndexOf('<', i + 1))
        {
            var next = text[i + 1];
            if ((char.IsAsciiLetter(next) || next == '/' || next == '!') && text.IndexOf('>', i) > i)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Converts a fragment to paragraph text and captions.</summary>
    /// <param name="html">The fragment.</param>
    /// <returns>Body paragraphs and captions.</returns>
    public static HtmlFragmentContent Convert(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var body = new StringBuilder(html.Length);
        var caption = new StringBuilder();
        var captions = new List<string>();
        var figureDepth = 0;
        var inCaption = false;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > i)
            {
                AppendText(inCaption ? caption : body, html.AsSpan(i, textEnd - i));
            }

            if (lt < 0)
            {
                break;
            }

            if (!TryReadTag(html, lt, out var tag))
            {
                (inCaption ? caption : body).Append('<');
                i = lt + 1;
                continue;
            }

            i = tag.End;
            var name = html.AsSpan(tag.NameStart, tag.NameLength);
            if (tag.IsComment)
            {
                continue;
            }

            if (!tag.IsClosing && SkippedElements.Contains(name))
            {
                i = SkipPast(html, i, name);
                continue;
            }

            if (name.Equals("figcaption", StringComparison.OrdinalIgnoreCase))
            {
                if (tag.IsClosing && inCaption)
                {
                    AddCaption(captions, caption.ToString());
                    caption.Clear();
                }

                inCaption = !tag.IsClosing;
                continue;
            }

            if (name.Equals("figure", StringComparison.OrdinalIgnoreCase))
            {
                figureDepth = Math.Max(0, figureDepth + (tag.IsClosing ? -1 : 1));
            }
            else if (name.Equals("img", StringComparison.OrdinalIgnoreCase) && figureDepth == 0 && !inCaption)
            {
                AddCaption(captions, AttributeValue(html.AsSpan(tag.NameStart + tag.NameLength, tag.End - tag.NameStart - tag.NameLength), "alt"));
            }

            if (BlockElements.Contains(name))
            {
                if (inCaption)
                {
                    caption.Append(' ');
                }
                else
                {
                    body.Append('\n');
                }
            }
        }

        if (inCaption)
        {
            AddCaption(captions, caption.ToString());
        }

        return new HtmlFragmentContent(JoinParagraphs(body.ToString()), captions);
    }

    /// <summary>Collapses whitespace inside lines and joins the non-empty lines with one blank line.</summary>
    /// <param name="text">Lines of text.</param>
    /// <returns>Paragraphs separated by one blank line.</returns>
    public static string JoinParagraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var start = result.Length;
            if (start > 0)
            {
                result.Append("\n\n");
            }

            var contentStart = result.Length;
            AppendCollapsed(result, line);
            if (result.Length == contentStart)
            {
                result.Length = start;
            }
        }

        return result.ToString();
    }

    private static void AppendText(StringBuilder target, ReadOnlySpan<char> text)
    {
        var start = target.Length;
        if (text.Contains('&'))
        {
            target.Append(WebUtility.HtmlDecode(text.ToString()));
        }
        else
        {
            target.Append(text);
        }

        // Source line breaks are spaces in HTML; only tags break paragraphs.
        if (text.ContainsAny('\n', '\r'))
        {
            target.Replace('\n', ' ', start, target.Length - start).Replace('\r', ' ', start, target.Length - start);
        }
    }

    private static void AppendCollapsed(StringBuilder target, ReadOnlySpan<char> line)
    {
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && target.Length > 0 && target[^1] != '\n')
            {
                target.Append(' ');
            }

            pendingSpace = false;
            target.Append(c);
        }
    }

    private static void AddCaption(List<string> captions, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var collapsed = new StringBuilder(text.Length);
        AppendCollapsed(collapsed, text.AsSpan());
        var value = collapsed.ToString();
        if (value.Length > 0 && !captions.Contains(value, StringComparer.Ordinal))
        {
            captions.Add(value);
        }
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameSet(string[] names) =>
        names.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Moves past the closing tag of a raw-content element; to the end when it is never closed.</summary>
    private static int SkipPast(string html, int from, ReadOnlySpan<char> name)
    {
        var closing = "</" + name.ToString();
        var at = html.IndexOf(closing, from, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return html.Length;
        }

        var end = html.IndexOf('>', at);
        return end < 0 ? html.Length : end + 1;
    }

    private readonly record struct Tag(int NameStart, int NameLength, bool IsClosing, bool IsComment, int End);

    /// <summary>Reads the tag opening at <paramref name="lt"/>; false when the <c>&lt;</c> does not open a tag.</summary>
    private static bool TryReadTag(string html, int lt, out Tag tag)
    {
        tag = default;
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            tag = new Tag(lt, 0, false, true, close < 0 ? html.Length : close + 3);
            return true;
        }

        var p = lt + 1;
        var closing = p < html.Length && html[p] == '/';
        if (closing)
        {
            p++;
        }

        if (p >= html.Length || !(char.IsAsciiLetter(html[p]) || (!closing && html[p] == '!')))
        {
            return false;
        }

        var nameStart = p;
        while (p < html.Length && (char.IsAsciiLetterOrDigit(html[p]) || html[p] is '-' or ':' or '!'))
        {
            p++;
        }

        var nameLength = p - nameStart;
        char quote = '\0';
        for (; p < html.Length; p++)
        {
            var c = html[p];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                tag = new Tag(nameStart, nameLength, closing, html[nameStart] == '!', p + 1);
                return true;
            }
        }

        // An unterminated tag runs to the end of the fragment.
        tag = new Tag(nameStart, nameLength, closing, html[nameStart] == '!', html.Length);
        return true;
    }

    /// <summary>The decoded value of one attribute in a tag's attribute text, or null.</summary>
    private static string? AttributeValue(ReadOnlySpan<char> attributes, string name)
    {
        var p = 0;
        while (p < attributes.Length)
        {
            while (p < attributes.Length && (char.IsWhiteSpace(attributes[p]) || attributes[p] == '/'))
            {
                p++;
            }

            var nameStart = p;
            while (p < attributes.Length && !char.IsWhiteSpace(attributes[p]) && attributes[p] is not ('=' or '>' or '/'))
            {
                p++;
            }

            var attributeName = attributes[nameStart..p];
            if (attributeName.IsEmpty)
            {
                p++;
                continue;
            }

            string? value = null;
            if (p < attributes.Length && attributes[p] == '=')
            {
                p++;
                if (p < attributes.Length && attributes[p] is '"' or '\'')
                {
                    var quote = attributes[p++];
                    var end = attributes[p..].IndexOf(quote);
                    end = end < 0 ? attributes.Length : p + end;
                    value = attributes[p..end].ToString();
                    p = Math.Min(attributes.Length, end + 1);
                }
                else
                {
                    var valueStart = p;
                    while (p < attributes.Length && !char.IsWhiteSpace(attributes[p]) && attributes[p] != '>')
                    {
                        p++;
                    }

                    value = attributes[valueStart..p].ToString();
                }
            }

            if (attributeName.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return value is null ? null : WebUtility.HtmlDecode(value);
            }
        }

        return null;
    }
}
