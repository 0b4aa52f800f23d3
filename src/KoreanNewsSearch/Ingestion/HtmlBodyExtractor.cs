using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace KoreanNewsSearch.Ingestion;

/// <summary>The article text of a page, split into its parts, before line clean-up.</summary>
/// <param name="Lines">Body lines in page order (a line per paragraph or <c>&lt;br&gt;</c>-separated line).</param>
/// <param name="Captions">Text of caption elements (<c>figcaption</c>, caption classes).</param>
/// <param name="Subtitle">Deck lines marked up as such inside the article (<c>subhead</c>, <c>subtitle</c> classes).</param>
internal sealed record HtmlBodyText(IReadOnlyList<string> Lines, IReadOnlyList<string> Captions, IReadOnlyList<string> Subtitle)
{
    /// <summary>Lines whose whole text is link text (related articles, promotions): trailers when they close the body.</summary>
    public IReadOnlySet<string> LinkOnlyLines { get; init; } = new HashSet<string>();
}

/// <summary>
/// Finds the element that holds the article text by text density, not by per-site selectors: every run of text votes for
/// its block container (and less for the ancestors above it); votes are weighted down by link density and by class or id
/// words that mark page furniture, and up by words that mark article content or <c>itemprop=articleBody</c>. The winner's
/// text is then read in document order, leaving out furniture inside it.
/// </summary>
internal static partial class HtmlBodyExtractor
{
    /// <summary>Minimum letters a container needs to count as an article; a navigation page stays below it.</summary>
    public const int MinimumArticleLetters = 30;

    // The largest factor ClassWeight and the articleBody hint can apply together.
    private const double MaxWeight = 1.5 * 1.2 * 1.25 * 1.5;

    private static readonly HashSet<string> RemovedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "video", "audio", "map",
        "form", "button", "input", "select", "textarea", "label", "nav", "header", "footer", "aside", "menu", "link", "meta", "head",
    };

    private static readonly HashSet<string> InlineElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "span", "strong", "b", "em", "i", "u", "s", "font", "small", "big", "sup", "sub", "mark", "q", "cite", "abbr",
        "code", "time", "ins", "del", "img", "br", "wbr",
    };

    // Elements that pass their text's vote straight on to their container: a <p> is a paragraph, not an article.
    private static readonly HashSet<string> ParagraphElements = new(StringComparer.OrdinalIgnoreCase) { "p", "blockquote", "pre", "h3", "h4", "h5", "h6" };

    // Class and id words (split at '_', '-', digits, case changes are not split) for page furniture around an article.
    [GeneratedRegex(@"^(?:ad|ads|adv|advert|advertisement|banner|share|sharing|sns|social|related|relation|recommend|recom|comment|comments|cmt|reply|footer|foot|header|gnb|lnb|snb|nav|navi|menu|breadcrumb|breadcrumbs|copyright|popular|rank|ranking|hot|best|sidebar|side|aside|aside_area|widget|popup|layer|modal|subscribe|tag|tags|hashtag|keyword|keywords|emotion|emoji|imoji|like|print|font|morenews|more|issue|photo_news|list|login|util|toolbar|btn|button)$", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureWordPattern();

    [GeneratedRegex(@"^(?:article|articlebody|article_body|news_body|newsbody|news_txt|news_text|content|contents|cont|body|text|txt|text_area|story|view|main_text|articletxt|article_txt|newsct|dic_area)$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentWordPattern();

    [GeneratedRegex(@"caption|photo_?desc|img_?desc|imgcaption|figcaption|photo_?txt", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionClassPattern();

    [GeneratedRegex(@"^(?:subhead|sub_?title|subtitle|sub_?head|summary_?title|deck|lead_?title|article_?summary)$", RegexOptions.IgnoreCase)]
    private static partial Regex SubtitleWordPattern();

    [GeneratedRegex(@"^(?:[a-z]*title|tit|headline|[a-z]*quote)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleWordPattern();

    [GeneratedRegex(@"[\s_\-]+")]
    private static partial Regex WordSeparatorPattern();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStylePattern();

    /// <summary>Reads the article text of a page; the page's furniture is removed from <paramref name="document"/>.</summary>
    /// <param name="document">The parsed page (modified: scripts, navigation and the like are removed).</param>
    /// <param name="articleBodyHint">JSON-LD <c>articleBody</c>, when the page has one.</param>
    /// <returns>The text, or null when no element holds enough article text.</returns>
    public static HtmlBodyText? Extract(IDocument document, string? articleBodyHint)
    {
        var root = document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return null;
        }

        RemoveFurnitureElements(root);
        var container = FindContainer(root, articleBodyHint);
        if (container is null)
        {
            return null;
        }

        var reader = new ContainerReader();
        reader.Read(container);
        if (reader.Lines.Count == 0)
        {
            return null;
        }

        var subtitle = reader.Subtitle.Count > 0 ? reader.Subtitle : SubtitleNear(container);
        return new HtmlBodyText(reader.Lines, reader.Captions, subtitle) { LinkOnlyLines = reader.LinkOnlyLines };
    }

    private static void RemoveFurnitureElements(IElement root)
    {
        var doomed = root.QuerySelectorAll("*")
            .Where(e => RemovedElements.Contains(e.LocalName) || e.HasAttribute("hidden")
                || (e.GetAttribute("style") is { } style && HiddenStylePattern().IsMatch(style)))
            .ToList();
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static IElement? FindContainer(IElement root, string? articleBodyHint)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var text in TextNodes(root))
        {
            if (IsInsideLink(text))
            {
                continue;
            }

            var letters = CountLetters(text.TextContent);
            if (letters < 10)
            {
                continue;
            }

            var block = BlockAncestor(text);
            if (block is null)
            {
                continue;
            }

            if (ParagraphElements.Contains(block.LocalName) && block.ParentElement is { } paragraphParent)
            {
                block = paragraphParent;
            }

            double vote = letters;
            for (var element = block; element is not null && vote >= 1; element = element.ParentElement)
            {
                scores[element] = scores.GetValueOrDefault(element) + vote;
                vote /= 2;
            }
        }

        var hintOpening = HintOpening(articleBodyHint);
        IElement? best = null;
        var bestScore = 0.0;
        foreach (var (element, score) in scores.OrderByDescending(pair => pair.Value))
        {
            if (score * MaxWeight <= bestScore)
            {
                // Weighing reads the element's whole text; no lower raw score can win any more.
                break;
            }

            var weighted = score * (1 - LinkDensity(element)) * ClassWeight(element);
            if (hintOpening is not null && Squash(element.TextContent).Contains(hintOpening, StringComparison.Ordinal))
            {
                weighted *= 1.5;
            }

            if (weighted > bestScore)
            {
                best = element;
                bestScore = weighted;
            }
        }

        return best is not null && UnlinkedLetters(best) >= MinimumArticleLetters ? best : null;
    }

    /// <summary>Deck lines marked up just outside the text container, as YTN does (a sibling block before it).</summary>
    private static List<string> SubtitleNear(IElement container)
    {
        var ancestor = container.ParentElement;
        for (var level = 0; level < 3 && ancestor is not null; level++, ancestor = ancestor.ParentElement)
        {
            var deck = ancestor.QuerySelectorAll("*").FirstOrDefault(e => IsSubtitle(e) && !container.Contains(e));
            if (deck is not null)
            {
                var reader = new ContainerReader();
                reader.Read(deck);
                return reader.Lines;
            }
        }

        return [];
    }

    private static string? HintOpening(string? articleBodyHint)
    {
        if (articleBodyHint is null)
        {
            return null;
        }

        var squashed = Squash(articleBodyHint);
        return squashed.Length >= 20 ? squashed[..20] : null;
    }

    private static IEnumerable<IText> TextNodes(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                yield return text;
            }
            else if (child is IElement)
            {
                foreach (var inner in TextNodes(child))
                {
                    yield return inner;
                }
            }
        }
    }

    private static bool IsInsideLink(INode node)
    {
        for (var element = node.ParentElement; element is not null; element = element.ParentElement)
        {
            if (element.LocalName == "a")
            {
                return true;
            }

            if (!InlineElements.Contains(element.LocalName))
            {
                return false;
            }
        }

        return false;
    }

    private static IElement? BlockAncestor(INode node)
    {
        var element = node.ParentElement;
        while (element is not null && InlineElements.Contains(element.LocalName))
        {
            element = element.ParentElement;
        }

        return element;
    }

    private static int UnlinkedLetters(IElement element) =>
        CountLetters(element.TextContent) - element.QuerySelectorAll("a").Sum(a => CountLetters(a.TextContent));

    private static double LinkDensity(IElement element)
    {
        var total = CountLetters(element.TextContent);
        if (total == 0)
        {
            return 1;
        }

        var linked = element.QuerySelectorAll("a").Sum(a => CountLetters(a.TextContent));
        return Math.Min(1, (double)linked / total);
    }

    private static double ClassWeight(IElement element)
    {
        var weight = 1.0;
        if (string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase))
        {
            weight *= 1.5;
        }

        if (element.LocalName is "article" or "main")
        {
            weight *= 1.2;
        }

        var words = Words(element);
        if (words.Any(w => ContentWordPattern().IsMatch(w)))
        {
            weight *= 1.25;
        }

        if (words.Any(w => FurnitureWordPattern().IsMatch(w)))
        {
            weight *= 0.3;
        }

        return weight;
    }

    private static List<string> Words(IElement element)
    {
        var words = new List<string>();
        foreach (var value in new[] { element.ClassName, element.Id })
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            // Whole class names ("news_txt") and their parts ("news", "txt") both count.
            foreach (var name in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(name);
                words.AddRange(WordSeparatorPattern().Split(name).Where(w => w.Length > 0));
            }
        }

        return words;
    }

    private static bool IsFurniture(IElement element)
    {
        var words = Words(element);
        return words.Any(w => FurnitureWordPattern().IsMatch(w)) && !words.Any(w => ContentWordPattern().IsMatch(w));
    }

    private static bool IsCaption(IElement element) =>
        element.LocalName is "figcaption" || CaptionClassPattern().IsMatch(element.ClassName ?? "");

    private static bool IsSubtitle(IElement element) => Words(element).Any(w => SubtitleWordPattern().IsMatch(w));

    /// <summary>
    /// A heading, or an element named as a title or a quote, before the first line of the text: the deck lines and pull
    /// quotes some layouts put at the top of the article element (<c>&lt;h2 class="sub-tit"&gt;</c>,
    /// <c>&lt;div class="mid_title"&gt;</c>, <c>&lt;div class="module-quote"&gt;</c>).
    /// </summary>
    private static bool IsLeadingDeck(IElement element) =>
        element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" || Words(element).Any(w => TitleWordPattern().IsMatch(w));

    private static bool IsLinkList(IElement element)
    {
        if (element.LocalName is not ("ul" or "ol" or "div" or "table" or "dl" or "section"))
        {
            return false;
        }

        var letters = CountLetters(element.TextContent);
        return letters > 0 && element.QuerySelector("a") is not null && LinkDensity(element) > 0.5;
    }

    private static int CountLetters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !HtmlText.IsSpace(c)));

    /// <summary>Reads a container's text in document order into lines, captions and deck lines.</summary>
    private sealed class ContainerReader
    {
        private readonly StringBuilder _line = new();

        // Whether the line being read has text outside links, and whether it has link text at all.
        private bool _lineHasUnlinkedText;
        private bool _lineHasLinkText;
        private int _linkDepth;

        public HashSet<string> LinkOnlyLines { get; } = new(StringComparer.Ordinal);

        public List<string> Lines { get; } = [];

        public List<string> Captions { get; } = [];

        public List<string> Subtitle { get; } = [];

        public void Read(IElement container)
        {
            Walk(container);
            EndLine(Lines);
        }

        private void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        Append(text.TextContent);
                        if (!string.IsNullOrWhiteSpace(text.TextContent))
                        {
                            _lineHasLinkText |= _linkDepth > 0;
                            _lineHasUnlinkedText |= _linkDepth == 0;
                        }

                        break;
                    case IElement element:
                        Visit(element);
                        break;
                }
            }
        }

        private void Visit(IElement element)
        {
            if (element.LocalName == "br")
            {
                EndLine(Lines);
                return;
            }

            if (IsCaption(element))
            {
                EndLine(Lines);
                AddLines(element, Captions);
                return;
            }

            if (IsSubtitle(element) || (Lines.Count == 0 && _line.Length == 0 && IsLeadingDeck(element)))
            {
                EndLine(Lines);
                AddLines(element, Subtitle);
                return;
            }

            if (IsFurniture(element) || IsLinkList(element))
            {
                return;
            }

            var isBlock = !InlineElements.Contains(element.LocalName);
            if (isBlock)
            {
                EndLine(Lines);
            }

            var isLink = element.LocalName == "a";
            _linkDepth += isLink ? 1 : 0;
            Walk(element);
            _linkDepth -= isLink ? 1 : 0;
            if (isBlock)
            {
                EndLine(Lines);
            }
        }

        // Captions and decks keep their own <br> line breaks: a YTN deck is three lines in one element.
        private void AddLines(IElement element, List<string> target)
        {
            var nested = new ContainerReader();
            nested.Read(element);
            // A deck element's own first child reads as a leading deck of the nested reader ("mid_title" > "midtitle_text").
            target.AddRange(nested.Subtitle);
            target.AddRange(nested.Lines);
        }

        private void Append(string text)
        {
            foreach (var c in text)
            {
                if (HtmlText.IsSpace(c))
                {
                    if (_line.Length > 0 && _line[^1] != ' ')
                    {
                        _line.Append(' ');
                    }
                }
                else
                {
                    _line.Append(c);
                }
            }
        }

        private void EndLine(List<string> target)
        {
            var line = _line.ToString().Trim();
            _line.Clear();
            if (line.Length > 0)
            {
                target.Add(line);
                if (_lineHasLinkText && !_lineHasUnlinkedText)
                {
                    LinkOnlyLines.Add(line);
                }
            }

            _lineHasLinkText = _lineHasUnlinkedText = false;
        }
    }
}

