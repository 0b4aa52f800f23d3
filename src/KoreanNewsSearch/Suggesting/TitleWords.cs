using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Typing;

namespace KoreanNewsSearch.Suggesting;

/// <summary>
/// The words of a headline as suggestions offer them: runs of letters and digits split at spaces and punctuation,
/// normalised (NFKC, lower case), particles left on (<c>삼성전자는</c>), plus each pair of words written with only a
/// space between them (<c>삼성전자 노태문</c>) for multi-word names. Indexed per article; particles are trimmed when
/// the suggestions are built, where the counts of all titles tell a particle from the end of a word.
/// </summary>
internal static class TitleWords
{
    /// <summary>Shortest word kept, in characters: one-character words (<c>美</c>, <c>1</c>) complete nothing.</summary>
    private const int MinWordLength = 2;

    // Particles (조사) that end title words, longest first, each with the kind of syllable it follows.
    private static readonly (string Particle, Follows After)[] Particles =
    [
        ("에서는", Follows.Any), ("으로는", Follows.Final), ("에서", Follows.Any), ("에게", Follows.Any),
        ("으로", Follows.FinalNotRieul), ("까지", Follows.Any), ("부터", Follows.Any), ("처럼", Follows.Any),
        ("조차", Follows.Any), ("마저", Follows.Any), ("은", Follows.Final), ("는", Follows.Open), ("이", Follows.Final),
        ("가", Follows.Open), ("을", Follows.Final), ("를", Follows.Open), ("과", Follows.Final), ("와", Follows.Open),
        ("로", Follows.OpenOrRieul), ("에", Follows.Any), ("의", Follows.Any), ("만", Follows.Any),
    ];

    private enum Follows
    {
        Any,
        Final,
        FinalNotRieul,
        Open,
        OpenOrRieul,
    }

    /// <summary>The distinct words and space-separated word pairs of a headline.</summary>
    public static IEnumerable<string> Terms(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return [];
        }

        var normalized = KoreanTextNormalizer.Normalize(title);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        string? previous = null;
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var inWord = i < normalized.Length && char.IsLetterOrDigit(normalized[i]);
            if (inWord && start < 0)
            {
                start = i;
                continue;
            }

            if (inWord || start < 0)
            {
                continue;
            }

            var word = normalized[start..i];
            start = -1;
            var kept = IsWord(word);
            if (kept)
            {
                terms.Add(word);
                if (previous is not null)
                {
                    terms.Add(previous + " " + word);
                }
            }

            // A pair is two words with nothing but white space between them.
            var separatedBySpaceOnly = i < normalized.Length && normalized[i] == ' '
                && i + 1 < normalized.Length && char.IsLetterOrDigit(normalized[i + 1]);
            previous = kept && separatedBySpaceOnly ? word : null;
        }

        return terms;
    }

    /// <summary>
    /// The word without a particle at its end (<c>삼성전자는</c> → <c>삼성전자</c>, <c>한국은</c> → <c>한국</c>), when
    /// the particle fits the syllable before it (은 after a final consonant, 는 after none: <c>국가</c> keeps its 가)
    /// and the stem is a word of its own that titles use at least as often (<c>민주주의</c> keeps its 의); else the word itself.
    /// </summary>
    public static string Stem(string word, Func<string, int> countOf)
    {
        foreach (var (particle, after) in Particles)
        {
            if (word.Length - particle.Length < MinWordLength || !word.EndsWith(particle, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = word[..^particle.Length];
            var last = stem[^1];
            if (char.IsDigit(last) || !Fits(after, last))
            {
                continue;
            }

            if (countOf(stem) >= countOf(word))
            {
                return stem;
            }
        }

        return word;
    }

    private static bool IsWord(string word) => word.Length >= MinWordLength && !word.All(char.IsDigit);

    private static bool Fits(Follows after, char last)
    {
        if (!HangulJamo.IsSyllable(last))
        {
            // Particles after Latin letters (AI는, LG가) cannot be told by sound: accept any.
            return char.IsLetter(last);
        }

        return after switch
        {
            Follows.Final => HangulJamo.HasFinal(last),
            Follows.FinalNotRieul => HangulJamo.HasFinal(last) && !HangulJamo.HasRieulFinal(last),
            Follows.Open => !HangulJamo.HasFinal(last),
            Follows.OpenOrRieul => !HangulJamo.HasFinal(last) || HangulJamo.HasRieulFinal(last),
            _ => true,
        };
    }
}
