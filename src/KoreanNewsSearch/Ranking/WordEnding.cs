namespace KoreanNewsSearch.Ranking;

/// <summary>
/// Where the grammatical ending of a written Hangul word begins, without a dictionary: the longest known particle
/// or verb ending (조사, 어미: <c>에서</c>, <c>으로</c>, <c>했다</c>, <c>되었다</c>) that leaves a stem of at least
/// two syllables. The endings are a closed class of the language, not vocabulary; a noun that happens to end like one
/// (<c>고려대학교</c> ends in <c>교</c>, not in a listed ending) keeps its last syllables.
/// </summary>
internal static class WordEnding
{
    // One-syllable particles and endings, as the last syllable of a word of three syllables or more.
    private const string OneSyllable = "은는이가을를의에로와과도만서한된인던다고";

    // Longer ones, longest first so that 하였다 wins over 였다 and 다.
    private static readonly string[] Longer = [.. new[]
    {
        "으로서", "으로써", "으로는", "에서는", "에서의", "이라는", "이라고", "하였다", "되었다", "이었다", "였는가", "하는가", "했는가",
        "했으며", "하였고", "되었고", "에서", "에게", "에는", "에도", "으로", "로서", "로써", "까지", "부터", "처럼", "보다", "이나",
        "이라", "이란", "라는", "라고", "와의", "과의", "께서", "했다", "했던", "했고", "하는", "하고", "하여", "해서", "한다", "하며",
        "된다", "됐다", "되는", "되어", "됐던", "였다", "였던", "였고", "이다", "이며", "이고", "인가", "는가", "을까", "는지", "었다",
        "았다", "으며",
    }.OrderByDescending(e => e.Length)];

    /// <summary>
    /// The number of leading characters of <paramref name="word"/> that are its stem: the word's length when it is not
    /// all Hangul syllables or no known ending leaves two syllables before it. <paramref name="longerEndings"/>
    /// false: one-syllable endings only.
    /// </summary>
    public static int StemLength(string word, bool longerEndings = true)
    {
        if (word.Length < 3 || !word.All(IsHangulSyllable))
        {
            return word.Length;
        }

        foreach (var ending in longerEndings ? Longer : [])
        {
            if (word.Length - ending.Length >= 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word.Length - ending.Length;
            }
        }

        return OneSyllable.Contains(word[^1], StringComparison.Ordinal) ? word.Length - 1 : word.Length;
    }

    /// <summary>
    /// The bigrams of <paramref name="word"/> that reach into its ending (<c>립했</c> and <c>했다</c> of
    /// <c>설립했다</c>) and are not also bigrams of its stem: mostly grammar, not content.
    /// </summary>
    public static IReadOnlySet<string> EndingBigrams(string word, bool longerEndings = true)
    {
        var stem = StemLength(word, longerEndings);
        if (stem == word.Length)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var stemBigrams = Enumerable.Range(0, stem - 1).Select(i => word.Substring(i, 2)).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(stem - 1, word.Length - stem)
            .Select(i => word.Substring(i, 2))
            .Where(b => !stemBigrams.Contains(b))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsHangulSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';
}
