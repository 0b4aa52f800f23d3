using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace KoreanNewsSearch.Ingestion;

/// <summary>
/// The publish and update time as the page prints them, for pages whose metadata has none (older layouts, portal pages):
/// a machine-readable <c>data-date-time</c>-style attribute first, else a labelled time in the text
/// (<c>입력 2018. 05. 16. 16:23</c>, <c>기사입력 2017.04.20. 오후 3:53</c>, <c>입력 : 2020.07.07 10:42:42 수정 : …</c>), else
/// a time printed with no label beside the byline (<c>홍길동 기자 | 2021-08-09 14:22:31</c>, see <see cref="BylineTime"/>).
/// </summary>
internal static partial class HtmlVisibleTime
{
    // Data attributes that portals and CMSs put on the printed time or the article element: "data-date-time" (Naver),
    // "data-deploy-dt", "data-published-at"; the update time carries "modify", "update", "edit" or a "re-" prefix.
    [GeneratedRegex(@"^data-(?:[a-z]+-)*(?:date-?time|date|dt|time|published?(?:-?(?:at|date|dt|time))?|pubdate|deploy-?dt|reg-?dt)$")]
    private static partial Regex TimeAttributePattern();

    [GeneratedRegex(@"modif|update|edit|(?:^|-)re-|(?:^|-)mod-|(?:^|-)last-")]
    private static partial Regex UpdateAttributePattern();

    // Class names and ids of printed times: "date", "time", "regdate", "view_date", "art-datetime", "pubdate", "posted".
    [GeneratedRegex(@"date|time|posted|publish|regdt|reg_dt|wdt", RegexOptions.IgnoreCase)]
    private static partial Regex DateNamePattern();

    // A date attribute's value is the time and nothing more.
    private const int MaximumAttributeLength = 40;

    // A label and its time sit together in a header line, at most a few elements apart.
    private const int MaximumLabelledTextLength = 200;
    private const int MaximumLabelDepth = 3;

    // A byline and its time fit in one header line.
    private const int MaximumBylineTextLength = 200;

    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "textarea", "template" };

    /// <summary>Finds the printed publish and update times.</summary>
    /// <param name="document">The page.</param>
    /// <returns>The times; null where the page prints none.</returns>
    public static (DateTimeOffset? Published, DateTimeOffset? Updated) Find(IDocument document)
    {
        var (published, updated) = FromAttributes(document);
        if (published is not null)
        {
            return (published, updated);
        }

        // The update time may be in a label of its own right after the publish time ("입력 …" "수정 …" as two spans).
        var groupsAfterPublished = 0;
        DateTimeOffset? firstLabelled = null;
        foreach (var times in LabelledTimes(document))
        {
            firstLabelled ??= times[0].Time;
            published ??= times.Where(t => t.Kind == TimeLabelKind.Published).Select(t => (DateTimeOffset?)t.Time).FirstOrDefault();
            updated ??= times.Where(t => t.Kind == TimeLabelKind.Updated).Select(t => (DateTimeOffset?)t.Time).FirstOrDefault();
            if (published is not null && (updated is not null || ++groupsAfterPublished > 1))
            {
                break;
            }
        }

        if (published is null && firstLabelled is not null)
        {
            // Only an update-kind label ("승인 2014.05.17 09:05", the desk's release of the article, or a lone "수정"): the
            // one time the page prints is the best reading of when it appeared, as the text-dump parser reads it too.
            return (firstLabelled, null);
        }

        return (published ?? FromBylines(document) ?? FromDateElements(document), updated);
    }

    /// <summary>
    /// The first element in page order that holds a date-time and nothing else and says it is one, by its tag
    /// (<c>&lt;time&gt;</c>) or by a class or id naming a date or time (<c>&lt;span class="date"&gt;2024.05.17 09:05&lt;/span&gt;</c>);
    /// never one inside a link or a list of links (related and most-read lists print their articles' dates that way).
    /// </summary>
    private static DateTimeOffset? FromDateElements(IDocument document)
    {
        if (document.Body is null)
        {
            return null;
        }

        foreach (var element in document.Body.Descendants<IElement>())
        {
            if (element.ChildElementCount > 0 || element.TextContent.Length > MaximumAttributeLength
                || !(element.LocalName == "time" || DateNamePattern().IsMatch(element.ClassName ?? "") || DateNamePattern().IsMatch(element.Id ?? ""))
                || IsInvisible(element) || IsInLinkOrLinkList(element))
            {
                continue;
            }

            var text = HtmlText.CollapseSpace(element.TextContent);
            if (PublishTimeParser.TryParse(text, out var time, out var where, out var hasTimeOfDay) && hasTimeOfDay
                && where.Index == 0 && where.Length >= text.Length - 1)
            {
                return time;
            }
        }

        return null;
    }

    private static bool IsInLinkOrLinkList(IElement element) =>
        HtmlText.IsWithin(element, e => e.LocalName == "a" || (e.LocalName == "li" && e.QuerySelector("a") is not null));

    /// <summary>
    /// The first date-time in page order that the byline printed right before it, in the same header element, makes a
    /// byline with its time (<c>&lt;span&gt;홍길동 기자&lt;/span&gt; | &lt;span&gt;2021-08-09 14:22:31&lt;/span&gt;</c>).
    /// </summary>
    private static DateTimeOffset? FromBylines(IDocument document)
    {
        if (document.Body is null)
        {
            return null;
        }

        foreach (var node in document.Body.Descendants<IText>())
        {
            if (node.ParentElement is not { } parent || IsInvisible(parent)
                || !PublishTimeParser.TryParse(node.Data, out _, out _, out var hasTimeOfDay) || !hasTimeOfDay)
            {
                continue;
            }

            var container = parent;
            for (var level = 0; level < MaximumLabelDepth && container is not null && container != document.Body; level++)
            {
                if (BylineTime.TryRead(TextUpTo(node, container), out var time, out _))
                {
                    return time;
                }

                container = container.ParentElement;
            }
        }

        return null;
    }

    /// <summary>The visible text of <paramref name="container"/> up to and including <paramref name="end"/>.</summary>
    private static string TextUpTo(IText end, IElement container)
    {
        var text = new StringBuilder();
        foreach (var node in container.Descendants<IText>())
        {
            if (!IsInvisible(node.ParentElement!))
            {
                text.Append(node.Data).Append(' ');
            }

            if (node == end || text.Length > MaximumBylineTextLength)
            {
                break;
            }
        }

        return HtmlText.CollapseSpace(text.ToString());
    }

    /// <summary>The first publish and update times in date attributes, in page order; only values with a time of day count.</summary>
    private static (DateTimeOffset? Published, DateTimeOffset? Updated) FromAttributes(IDocument document)
    {
        DateTimeOffset? published = null, updated = null;
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Value.Length > MaximumAttributeLength || !TimeAttributePattern().IsMatch(attribute.Name)
                    || !PublishTimeParser.TryParse(attribute.Value, out var time, out _, out var hasTimeOfDay) || !hasTimeOfDay)
                {
                    continue;
                }

                if (UpdateAttributePattern().IsMatch(attribute.Name))
                {
                    updated ??= time;
                }
                else
                {
                    published ??= time;
                }
            }

            if (published is not null && updated is not null)
            {
                break;
            }
        }

        return (published, updated);
    }

    /// <summary>The labelled times after each visible label word, in page order.</summary>
    private static IEnumerable<IReadOnlyList<LabelledTime>> LabelledTimes(IDocument document)
    {
        if (document.Body is null)
        {
            yield break;
        }

        foreach (var node in document.Body.Descendants<IText>())
        {
            if (node.ParentElement is not { } parent || IsInvisible(parent) || !PublishTimeParser.MayHoldLabel(node.Data))
            {
                continue;
            }

            // The label may be an element of its own ("<em>입력</em><span>2023.11.02. 오후 8:06</span>") or text before
            // one ("기사입력 <span>2017.04.20. 오후 3:53</span>"): read on from the label through its enclosing elements.
            var container = parent;
            for (var level = 0; level < MaximumLabelDepth && container is not null && container != document.Body; level++)
            {
                var times = PublishTimeParser.FindLabelled(TextFrom(node, container));
                if (times.Count == 0)
                {
                    // Or the label follows its time ("<span>2017.04.20 15:53</span> 입력").
                    times = PublishTimeParser.FindLabelled(TextUpTo(node, container));
                }

                if (times.Count > 0)
                {
                    yield return times;
                    break;
                }

                container = container.ParentElement;
            }
        }
    }

    /// <summary>The visible text of <paramref name="container"/> from <paramref name="label"/> on, up to a header line's length.</summary>
    private static string TextFrom(IText label, IElement container)
    {
        var text = new StringBuilder();
        var started = false;
        foreach (var node in container.Descendants<IText>())
        {
            started |= node == label;
            if (!started || IsInvisible(node.ParentElement!))
            {
                continue;
            }

            text.Append(node.Data).Append(' ');
            if (text.Length >= MaximumLabelledTextLength)
            {
                break;
            }
        }

        return HtmlText.CollapseSpace(text.ToString());
    }

    /// <summary>True when the element is not shown: inside a script, style, template or the like.</summary>
    /// <param name="element">An element of the page.</param>
    /// <returns>Whether its text is invisible.</returns>
    internal static bool IsInvisible(IElement element) => HtmlText.IsWithin(element, e => Invisible.Contains(e.LocalName));
}
