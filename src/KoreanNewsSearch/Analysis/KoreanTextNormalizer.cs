using System.Text;

namespace KoreanNewsSearch.Analysis;

/// <summary>
/// The one text normalisation used at index time, at query time and by the recall checks: Unicode NFKC (composes
/// conjoining jamo into syllables, folds full-width and half-width forms, maps compatibility hanja U+F900–FAFF to
/// the unified ideographs, spells out ligatures and circled numbers) followed by invariant lower-casing.
/// </summary>
/// <remarks>
/// Two deliberate exceptions to plain NFKC: Hangul compatibility jamo (U+3131–318E) and their half-width forms stay as
/// they are. NFKC would turn them into conjoining jamo, so <c>ㄱ자</c> would become an unreadable leading consonant and
/// <c>ㆍ</c> (araea, the middle dot of Korean news lists) a vowel that glues to the preceding syllable.
/// </remarks>
internal static class KoreanTextNormalizer
{
    // For every BMP code unit that is a whole segment on its own: its normalised form, Unchanged, or null until first
    // seen. Filled as characters turn up: computing all 65,536 entries up front took one ICU call each on every
    // process start, before a one-word search could run.
    private static readonly string?[] SingleCharForms = new string?[char.MaxValue + 1];

    // A private instance, told apart by reference from any normalised form.
    private static readonly string Unchanged = new('\0', 1);

    /// <summary>The normalised form of <paramref name="text"/>.</summary>
    public static string Normalize(string text) => Normalize(text, null);

    /// <summary>
    /// Normalises <paramref name="text"/>; when <paramref name="corrections"/> is given, records where output offsets
    /// drift from input offsets as (output offset, cumulative input minus output) pairs, as Lucene's
    /// <c>BaseCharFilter.AddOffCorrectMap</c> expects, so that token offsets point into the original text.
    /// </summary>
    public static string Normalize(string text, List<(int OutputOffset, int CumulativeDiff)>? corrections)
    {
        StringBuilder? output = null;
        var copiedUpTo = 0; // text before this index is already in output (when output exists)
        var diff = 0;
        var i = 0;
        while (i < text.Length)
        {
            var end = SegmentEnd(text, i);
            string? replacement;
            if (end == i + 1)
            {
                replacement = SingleCharForm(text[i]);
            }
            else
            {
                var segment = text[i..end];
                var normalized = NormalizeSegment(segment);
                replacement = normalized == segment ? null : normalized;
            }

            if (replacement is not null)
            {
                output ??= new StringBuilder(text.Length);
                output.Append(text, copiedUpTo, i - copiedUpTo);
                copiedUpTo = end;
                var outputStart = output.Length;
                output.Append(replacement);
                var inputLength = end - i;
                if (corrections is not null && replacement.Length != inputLength)
                {
                    if (replacement.Length > inputLength)
                    {
                        // Expansion: the extra output chars all map to the last input char of the segment.
                        for (var extra = inputLength; extra < replacement.Length; extra++)
                        {
                            corrections.Add((outputStart + extra, diff - (extra - inputLength + 1)));
                        }
                    }

                    diff += inputLength - replacement.Length;
                    corrections.Add((outputStart + replacement.Length, diff));
                }
            }

            i = end;
        }

        output?.Append(text, copiedUpTo, text.Length - copiedUpTo);
        return output?.ToString() ?? text;
    }

    /// <summary>
    /// A normalisation segment is a starter plus everything that may compose with it: combining marks, Hangul medial
    /// vowels and final consonants (NFD Hangul), half-width voiced-sound marks and the low half of a surrogate pair.
    /// </summary>
    private static int SegmentEnd(string text, int start)
    {
        var end = start + 1;
        if (char.IsHighSurrogate(text[start]) && end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        while (end < text.Length && ComposesWithPrevious(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool ComposesWithPrevious(char c) =>
        c >= '\u0300' && (c < '\uAC00' || c > '\uD7A3') && ComposesWithPreviousSlow(c);

    private static bool ComposesWithPreviousSlow(char c) =>
        c is >= '\u1160' and <= '\u11FF' or >= '\uD7B0' and <= '\uD7FF' or '\uFF9E' or '\uFF9F'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark;

    private static bool IsKeptAsIs(char c) => c is >= '\u3131' and <= '\u318E' or >= '\uFFA0' and <= '\uFFDC';

    private static string NormalizeSegment(string segment)
    {
        if (segment.Length == 0)
        {
            return segment;
        }

        if (IsKeptAsIs(segment[0]))
        {
            return segment[..1] + NormalizeSegment(segment[1..]);
        }

        string composed;
        try
        {
            composed = segment.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Unpaired surrogates cannot be normalised; they are not words, leave them to the tokenizer to drop.
            composed = segment;
        }

        return LowerInvariant(composed);
    }

    private static string LowerInvariant(string text)
    {
        // Per char, so the length never changes (string.ToLowerInvariant is also per char, but say it explicitly).
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var k = 0; k < source.Length; k++)
            {
                span[k] = char.ToLowerInvariant(source[k]);
            }
        });
    }

    private static string? SingleCharForm(char c)
    {
        // Racing threads compute the same form; a reference store is atomic.
        var form = SingleCharForms[c] ??= ComputeSingleCharForm(c);
        return ReferenceEquals(form, Unchanged) ? null : form;
    }

    private static string ComputeSingleCharForm(char c)
    {
        if (char.IsSurrogate(c) || IsKeptAsIs(c))
        {
            return Unchanged;
        }

        var single = c.ToString();
        var normalized = NormalizeSegment(single);
        return normalized == single ? Unchanged : normalized;
    }
}
