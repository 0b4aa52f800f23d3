using System.Text;
using AngleSharp.Dom;

namespace KoreanNewsSearch.Ingestion;

/// <summary>
/// The publish and update time as the page prints them, for pages whose metadata has none (older layouts, portal pages):
/// a machine-readable <c>data-date-time</c>-style attribute first, else a labelled time in the text
/// (<c>입력 2018. 05. 16. 16:23</c>, <c>기사입력 2017.04.20. 오후 3:53</c>, <c>입력 : 2020.07.07 10:42:42 수정 : …</c>).
/// </summary>
internal static class HtmlVisibleTime
{
    // Attributes that portals and CMSs put on the printed time; the first holds the publish time, never the update.
    private static readonly string[] PublishAttributes = ["data-date-time", "data-published-time", "data-published", "data-pubdate"];
    private static readonly string[] UpdateAttributes = ["data-modify-date-time", "data-modified-time", "data-updated"];

    // A label and its time sit together in a header line, at most a few elements apart.
    private const int MaximumLabelledTextLength = 200;
    private const int MaximumLabelDepth = 3;

    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "textarea", "template" };

    /// <summary>Finds the printed publish and update times.</summary>
    /// <param name="document">The page.</param>
    /// <returns>The times; null where the page prints none.</returns>
    public static (DateTimeOffset? Published, DateTimeOffset? Updated) Find(IDocument document)
    {
        var published = FromAttributes(document, PublishAttributes);
        var updated = FromAttributes(document, UpdateAttributes);
        if (published is not null)
        {
            return (published, updated);
        }

        foreach (var times in LabelledTimes(document))
        {
            published ??= times.Where(t => t.Kind == TimeLabelKind.Published).Select(t => (DateTimeOffset?)t.Time).FirstOrDefault();
            updated ??= times.Where(t => t.Kind == TimeLabelKind.Updated).Select(t => (DateTimeOffset?)t.Time).FirstOrDefault();
            if (published is not null)
            {
                break;
            }
        }

        return (published, updated);
    }

    private static DateTimeOffset? FromAttributes(IDocument document, string[] attributes)
    {
        foreach (var attribute in attributes)
        {
            foreach (var element in document.QuerySelectorAll($"[{attribute}]"))
            {
                if (PublishTimeParser.Parse(element.GetAttribute(attribute)) is { } time)
                {
                    return time;
                }
            }
        }

        return null;
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

    private static bool IsInvisible(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (Invisible.Contains(e.LocalName))
            {
                return true;
            }
        }

        return false;
    }
}
