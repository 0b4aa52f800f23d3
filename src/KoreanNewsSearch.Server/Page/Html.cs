using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace KoreanNewsSearch.Server.Page;

/// <summary>Escaping for the page: every piece of article or request text goes through it (Korean stays readable).</summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Text(string? text) => Encoder.Encode(text ?? "");

    /// <summary>A link target for an article's original page: only <c>http</c> and <c>https</c> URLs, anything else null.</summary>
    public static string? SafeExternalUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
}
