namespace KoreanNewsSearch.Ranking;

/// <summary>
/// The bigrams of a written Hangul word that are mostly grammar: a word of three syllables or more whose last syllable
/// is a frequent particle or ending (조사, 어미: <c>헤이그가</c>, <c>대통령은</c>) ends in a bigram that crosses into it
/// (<c>그가</c>). Dictionary-free; longer endings (<c>에서</c>, <c>했다</c>) were measured and changed nothing.
/// </summary>
internal static class WordEnding
{
    private const string OneSyllable = "은는이가을를의에로와과도만서한된인던다고";

    /// <summary>
    /// The word's last bigram when the word is all Hangul syllables, three or more, its last syllable is a particle or
    /// ending and that bigram is not also a bigram of the stem before it; else empty.
    /// </summary>
    public static IReadOnlySet<string> EndingBigrams(string word)
    {
        if (word.Length < 3 || !word.All(IsHangulSyllable) || !OneSyllable.Contains(word[^1], StringComparison.Ordinal))
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var last = word[^2..];
        var stemBigrams = Enumerable.Range(0, word.Length - 2).Select(i => word.Substring(i, 2));
        return stemBigrams.Contains(last, StringComparer.Ordinal)
            ? new HashSet<string>(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal) { last };
    }

    private static bool IsHangulSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';
}
