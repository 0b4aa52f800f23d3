namespace KoreanNewsSearch.Ranking;

/// <summary>
/// Korean interrogatives (<c>무엇</c>, <c>언제</c>, <c>누구</c>, <c>몇</c>), a closed class like English
/// <c>what</c>/<c>when</c>: in a question they say what is asked, not what the answer's text contains.
/// </summary>
internal static class QuestionWords
{
    private static readonly HashSet<string> Stems = new(StringComparer.Ordinal)
    {
        "무엇", "무슨", "언제", "어디", "누구", "누가", "어느", "어떤", "어떠한", "어떻게", "얼마", "얼마나", "몇", "왜", "무엇인가", "무엇일까",
    };

    /// <summary>Whether <paramref name="word"/> (normalised) is an interrogative, alone or with a particle or ending (<c>무엇을</c>, <c>누구인가</c>).</summary>
    public static bool IsQuestionWord(string word, bool longerEndings = true) =>
        Stems.Contains(word) || Stems.Contains(word[..WordEnding.StemLength(word, longerEndings)]);
}
