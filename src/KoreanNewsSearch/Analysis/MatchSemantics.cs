using System.Text;

namespace KoreanNewsSearch.Analysis;

/// <summary>
/// What a query is meant to match, defined by plain string search instead of terms and positions: the reference the
/// recall tests and the corpus measurement hold <see cref="TextFieldLayout.BuildQuery(string, string, SynonymDictionary?)"/> to.
/// </summary>
/// <remarks>
/// Text and query are normalised (<see cref="KoreanTextNormalizer"/>) and canonicalised: every run of separators
/// (spaces, punctuation, symbols) becomes one space, and a space is put where the script changes (Hangul, Han, word
/// characters) and between the characters of a run of hanja headline abbreviations (<c>韓美</c>). A text matches when its canonical form contains the canonical
/// query, or one of its hanja/synonym variants, and the match does not cut a word run (letters and digits) in two:
/// <c>ai</c> is not found in <c>said</c>, but <c>삼성</c> is found in <c>삼성전자는</c>.
/// </remarks>
internal static class MatchSemantics
{
    /// <summary>True when <paramref name="text"/> contains <paramref name="query"/> (or one of its variants) as the remarks define it.</summary>
    public static bool Matches(string text, string query, SynonymDictionary? synonyms = null)
    {
        var canonicalText = Canonicalize(text);
        return CanonicalVariants(query, synonyms).Any(variant => variant.Matches(canonicalText));
    }

    /// <summary>The canonical variants of a query, each with how it must occur in a canonical text.</summary>
    public static IReadOnlyList<CanonicalVariant> CanonicalVariants(string query, SynonymDictionary? synonyms = null) =>
        [.. TextFieldLayout.QueryVariantTexts(query, synonyms)
            .Select((text, i) => new CanonicalVariant(Canonicalize(text), IsExpansion: i > 0))
            .Where(variant => variant.Text.Length > 0)];

    /// <summary>The canonical form of a text (see remarks); exposed so that a scan can canonicalise each text once.</summary>
    public static string Canonicalize(string text)
    {
        var normalized = KoreanTextNormalizer.Normalize(text);
        var output = new StringBuilder(normalized.Length);
        var previous = ScriptKind.Separator;
        var splitHanRun = false;
        var pendingSpace = false;
        for (var i = 0; i < normalized.Length;)
        {
            var kind = KindAt(normalized, i, out var width);
            if (kind == ScriptKind.Separator)
            {
                pendingSpace = output.Length > 0;
                i += width;
                continue;
            }

            if (kind != previous || pendingSpace)
            {
                splitHanRun = kind == ScriptKind.Han && IsAbbreviationRun(normalized, i);
                if (output.Length > 0)
                {
                    output.Append(' ');
                }
            }
            else if (splitHanRun)
            {
                output.Append(' ');
            }

            output.Append(normalized, i, width);
            previous = kind;
            pendingSpace = false;
            i += width;
        }

        return output.ToString();
    }

    /// <summary>Whether the Han run starting at <paramref name="start"/> is made only of hanja abbreviations (韓美).</summary>
    private static bool IsAbbreviationRun(string text, int start)
    {
        for (var i = start; i < text.Length;)
        {
            if (KindAt(text, i, out var width) != ScriptKind.Han)
            {
                break;
            }

            if (width != 1 || !HanjaAbbreviations.IsAbbreviation(text[i]))
            {
                return false;
            }

            i += width;
        }

        return true;
    }

    private static ScriptKind KindAt(string text, int index, out int width)
    {
        Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out width);
        return IsDigitJoiner(text, index) ? ScriptKind.Word : ScriptRunTokenizer.Classify(rune.Value);
    }

    /// <summary>
    /// Whether canonical <paramref name="text"/> contains canonical <paramref name="query"/> without cutting a word
    /// run; with <paramref name="closedStart"/> (<paramref name="closedEnd"/>), the match must also start (end) at a
    /// space or an end of the text.
    /// </summary>
    public static bool Contains(string text, string query, bool closedStart, bool closedEnd)
    {
        var startsWithWord = closedStart || IsWordChar(query, 0);
        var endsWithWord = closedEnd || IsWordChar(query, query.Length - 1);
        for (var at = text.IndexOf(query, StringComparison.Ordinal); at >= 0; at = text.IndexOf(query, at + 1, StringComparison.Ordinal))
        {
            var end = at + query.Length;
            var cutsBefore = startsWithWord && at > 0 && (closedStart ? text[at - 1] != ' ' : IsWordChar(text, at - 1));
            var cutsAfter = endsWithWord && end < text.Length && (closedEnd ? text[end] != ' ' : IsWordChar(text, end));
            if (!cutsBefore && !cutsAfter)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordChar(string text, int index)
    {
        var c = text[index];
        return IsDigitJoiner(text, index) || (!char.IsSurrogate(c) && ScriptRunTokenizer.Classify(c) == ScriptKind.Word)
            || (char.IsSurrogate(c) && Rune.TryGetRuneAt(text, char.IsLowSurrogate(c) ? index - 1 : index, out var rune)
                && ScriptRunTokenizer.Classify(rune.Value) == ScriptKind.Word);
    }

    /// <summary>A <c>.</c> or <c>,</c> between two digits belongs to the number (<c>3.5</c>, <c>1,000</c>).</summary>
    private static bool IsDigitJoiner(string text, int index) =>
        text[index] is '.' or ',' && index > 0 && index + 1 < text.Length && char.IsAsciiDigit(text[index - 1])
        && char.IsAsciiDigit(text[index + 1]);
}

/// <summary>One canonical query variant (see <see cref="MatchSemantics"/>).</summary>
/// <param name="Text">The canonical text.</param>
/// <param name="IsExpansion">
/// A hanja reading or synonym rather than the query itself: a one-character expansion must stand alone, and so must a
/// hanja headline abbreviation at either end of a longer expansion (<c>中 허위보</c> is not found in <c>集中 허위보</c>).
/// </param>
internal sealed record CanonicalVariant(string Text, bool IsExpansion)
{
    /// <summary>Whether the canonical text contains this variant as the engine matches it.</summary>
    public bool Matches(string canonicalText)
    {
        if (IsExpansion && Text.EnumerateRunes().Count() == 1)
        {
            return MatchSemantics.Contains(canonicalText, Text, closedStart: true, closedEnd: true);
        }

        var closedStart = IsExpansion && Text.Length > 1 && Text[1] == ' ' && HanjaAbbreviations.IsAbbreviation(Text[0]);
        var closedEnd = IsExpansion && Text.Length > 1 && Text[^2] == ' ' && HanjaAbbreviations.IsAbbreviation(Text[^1]);
        return MatchSemantics.Contains(canonicalText, Text, closedStart, closedEnd);
    }
}
