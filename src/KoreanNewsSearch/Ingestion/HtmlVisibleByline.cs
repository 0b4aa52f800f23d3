using AngleSharp.Dom;

namespace KoreanNewsSearch.Ingestion;

/// <summary>
/// The byline as the page prints it outside the article text, for pages whose metadata names no author:
/// <c>&lt;div class="byline"&gt;홍길동 기자&lt;/div&gt;</c>, <c>&lt;a href="/reporter/1"&gt;홍길동&lt;/a&gt; 기자</c>,
/// <c>&lt;span&gt;홍길동·김철수 기자&lt;/span&gt; hong@example.com</c>, or a byline with its time beside it, labelled
/// (<c>[OO신문] 홍길동 기자 입력 2024.05.17 09:05</c>) or not.
/// </summary>
/// <remarks>
/// Only an element whose whole text is a byline counts (<see cref="BylineParser.IsBylineOnly"/>), so a sentence or a
/// headline that mentions a reporter is never read as one; photo credits are not reporters, and navigation, side
/// columns and footers (lists of columnists, a reporter box of other articles) are passed over.
/// </remarks>
internal static class HtmlVisibleByline
{
    // A byline fits in one header line; its name and title may be a few elements apart.
    private const int MaximumBylineLength = 100;
    private const int MaximumDepth = 3;

    /// <summary>The first printed byline in page order that names a reporter, or null.</summary>
    /// <param name="document">The page, before the article text is extracted from it.</param>
    /// <returns>The byline's reporters and e-mails; null when the page prints none.</returns>
    public static Byline? Find(IDocument document)
    {
        if (document.Body is null)
        {
            return null;
        }

        foreach (var node in document.Body.Descendants<IText>())
        {
            if (node.ParentElement is not { } parent || !BylineParser.MayHoldTitle(node.Data) || IsPassedOver(parent))
            {
                continue;
            }

            var container = parent;
            for (var level = 0; level < MaximumDepth && container is not null && container != document.Body; level++)
            {
                var text = HtmlText.CollapseSpace(container.TextContent);
                if (text.Length > MaximumBylineLength)
                {
                    break;
                }

                if (BylineTime.TryRead(text, out _, out var withoutTime))
                {
                    text = withoutTime;
                }

                text = BylineParser.WithoutPhotoCredits(PublishTimeParser.BeforeLabelledTime(text));
                if (BylineParser.IsBylineOnly(text) && BylineParser.Parse(text) is { Reporters.Count: > 0 } byline)
                {
                    return byline;
                }

                container = container.ParentElement;
            }
        }

        return null;
    }

    private static bool IsPassedOver(IElement element) =>
        HtmlVisibleTime.IsInvisible(element) || HtmlText.IsWithin(element, e => e.LocalName is "nav" or "aside" or "footer");
}
