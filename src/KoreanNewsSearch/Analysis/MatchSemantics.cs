using System.Text;

namespace KoreanNewsSearch.Analysis;

/// <summary>
/// What a query is meant to match, defined by plain string search instead of terms and positions: the reference the
/// recall tests and the corpus measurement hold <see cref="TextFieldLayout.BuildQuery(string, string, SynonymDictionary?)"/> to.
/// </summary>
/// <remarks>
/// Text and query are normalised (<see cref="KoreanTextNormalizer"/>) and canonicalised: every run of separators
/// (spaces, punctuation, symbols) becomes one space, and a space is put where the script changes (Hangul, Han, word
/// characters) and around hanja headline abbreviations. A text matches when its canonical form contains the canonical
/// query, or one of its hanja/synonym variants, and the match does not cut a word run (letters and digits) in two:
/// <c>ai</c> is not found in <c>said</c>, but <c>삼성</c> is found in <c>삼성전자는</c>.
/// </remarks>
internal static class MatchSemantics
{
    /// <summary>True when <paramref name="text"/> contains <paramref name="query"/> (or one of its variants) as the remarks define it.</summary>
    public static bool Matches(string text, string query, SynonymDictionary? synonyms = null)
    {
        var canonicalText = Canonicalize(text);
        return TextFieldLayout.QueryVariantTexts(query, synonyms)
            .Select(Canonicalize)
            .Any(variant => variant.Length > 0 && Contains(canonicalText, variant));
    }

    /// <summary>The canonical form of a text (see remarks); exposed so that a scan can canonicalise each text once.</summary>
    public static string Canonicalize(string text)
    {
        var normalized = KoreanTextNormalizer.Normalize(text);
        var output = new StringBuilder(normalized.Length);
        var previous = ScriptKind.Separator;
        var previousWasAbbreviation = false;
        var pendingSpace = false;
        for (var i = 0; i < normalized.Length;)
        {
            Rune.DecodeFromUtf16(normalized.AsSpan(i), out var rune, out var width);
            var kind = IsDigitJoiner(normalized, i) ? ScriptKind.Word : ScriptRunTokenizer.Classify(rune.Value);
            if (kind == ScriptKind.Separator)
            {
                pendingSpace = output.Length > 0;
            }
            else
            {
                var isAbbreviation = kind == ScriptKind.Han && width == 1 && HanjaAbbreviations.IsAbbreviation(normalized[i]);
                if (output.Length > 0 && (pendingSpace || kind != previous || isAbbreviation || previousWasAbbreviation))
                {
                    output.Append(' ');
                }

                output.Append(normalized, i, width);
                previous = kind;
                previousWasAbbreviation = isAbbreviation;
                pendingSpace = false;
            }

            i += width;
        }

        return output.ToString();
    }

    /// <summary>Whether canonical <paramref name="text"/> contains canonical <paramref name="query"/> without cutting a word run.</summary>
    public static bool Contains(string text, string query)
    {
        var startsWithWord = IsWordChar(query, 0);
        var endsWithWord = IsWordChar(query, query.Length - 1);
        for (var at = text.IndexOf(query, StringComparison.Ordinal); at >= 0; at = text.IndexOf(query, at + 1, StringComparison.Ordinal))
        {
            var end = at + query.Length;
            var cutsBefore = startsWithWord && at > 0 && IsWordChar(text, at - 1);
            var cutsAfter = endsWithWord && end < text.Length && IsWordChar(text, end);
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
