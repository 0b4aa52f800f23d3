using System.Security.Cryptography;
using System.Text;

namespace KoreanNewsSearch;

/// <summary>
/// One news article with its fields cleaned of page junk: the unit that is parsed, indexed and returned by search.
/// </summary>
public sealed record NewsArticle
{
    /// <summary>Korea Standard Time (UTC+09:00): the offset assumed for times written without one.</summary>
    public static readonly TimeSpan KoreaOffset = TimeSpan.FromHours(9);

    /// <summary>Stable identifier: the canonical URL when there is one, else a hash of source, title and publish time (see <see cref="ComputeId"/>).</summary>
    public string Id { get; init; } = "";

    /// <summary>Canonical URL of the article, when known.</summary>
    public string? Url { get; init; }

    /// <summary>The press that published it, e.g. <c>한국금융신문</c>.</summary>
    public string? Source { get; init; }

    /// <summary>Section or category, e.g. <c>경제</c>.</summary>
    public string? Section { get; init; }

    /// <summary>Headline.</summary>
    public string Title { get; init; } = "";

    /// <summary>Deck lines under the headline, one per line, in page order.</summary>
    public IReadOnlyList<string> Subtitle { get; init; } = [];

    /// <summary>Publish time. A time given without an offset is Korea time (+09:00).</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Last update time, when the page gives one.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>Reporter names only, without titles such as 기자 or 특파원, e.g. <c>홍윤기</c>.</summary>
    public IReadOnlyList<string> Reporters { get; init; } = [];

    /// <summary>Reporter e-mail addresses found in the byline or signature.</summary>
    public IReadOnlyList<string> ReporterEmails { get; init; } = [];

    /// <summary>Clean body text; paragraphs are separated by one blank line.</summary>
    public string Body { get; init; } = "";

    /// <summary>Photo and figure captions, kept out of <see cref="Body"/>.</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];

    /// <summary>Keywords or tags given by the publisher.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>
    /// The stable id of an article: its URL when it has one, else <c>sha256:</c> and a hash of source, title and publish time,
    /// so that re-ingesting the same input updates the same document.
    /// </summary>
    /// <param name="url">Canonical URL, or null.</param>
    /// <param name="source">Press name, or null.</param>
    /// <param name="title">Headline.</param>
    /// <param name="published">Publish time, or null.</param>
    /// <returns>The id.</returns>
    public static string ComputeId(string? url, string? source, string title, DateTimeOffset? published)
    {
        if (!string.IsNullOrWhiteSpace(url))
        {
            return url.Trim();
        }

        var key = string.Join('\u001f', source ?? "", title, published?.ToUniversalTime().ToString("O") ?? "");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "sha256:" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>Returns this article with <see cref="Id"/> filled from its other fields when it is empty.</summary>
    /// <returns>The article with an id.</returns>
    public NewsArticle WithComputedId() =>
        string.IsNullOrWhiteSpace(Id) ? this with { Id = ComputeId(Url, Source, Title, Published) } : this;
}
