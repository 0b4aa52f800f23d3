using System.Buffers;
using System.Text;

namespace KoreanNewsSearch.Analysis;

/// <summary>
/// The one-character hanja that Korean headlines use for names of countries and institutions (<c>美 반도체</c>,
/// <c>檢 압수수색</c>), with the Hangul words they stand for. Queries expand in both directions (see
/// <see cref="TextFieldLayout.BuildQuery(string, string, SynonymDictionary?)"/>); the tokenizer splits a run made only
/// of these characters (<c>韓美</c>) into single characters so that <c>미국</c> finds it, while a hanja word that merely
/// contains one (<c>西北空心墩</c>) stays in bigrams and is not found by <c>북한</c>.
/// </summary>
/// <remarks>
/// Query-time expansion rather than index-time injection: the index does not grow, the table can gain Hangul
/// readings without re-indexing (only a new hanja character changes tokenisation), and the Hangul side of an entry
/// keeps its bigram phrase (<c>프랑스</c> is two positions, <c>佛</c> one, which no single-position injection can
/// line up with the neighbouring words of a phrase).
/// </remarks>
internal static class HanjaAbbreviations
{
    /// <summary>Each abbreviation with its readings. Add a line here to support a new one (then re-index).</summary>
    public static readonly IReadOnlyDictionary<char, string[]> Table = new Dictionary<char, string[]>
    {
        ['美'] = ["미국"],
        ['中'] = ["중국"],
        ['日'] = ["일본"],
        ['北'] = ["북한"],
        ['韓'] = ["한국"],
        ['英'] = ["영국"],
        ['獨'] = ["독일"],
        ['佛'] = ["프랑스"],
        ['露'] = ["러시아"],
        ['伊'] = ["이탈리아"],
        ['加'] = ["캐나다"],
        ['豪'] = ["호주"],
        ['印'] = ["인도"],
        ['越'] = ["베트남"],
        ['臺'] = ["대만"],
        ['與'] = ["여당"],
        ['野'] = ["야당"],
        ['檢'] = ["검찰"],
        ['警'] = ["경찰"],
        ['軍'] = ["군"],
        ['靑'] = ["청와대"],
        ['青'] = ["청와대"],
        ['故'] = ["고"],
        ['前'] = ["전"],
        ['現'] = ["현"],
        ['尹'] = ["윤석열"],
        ['文'] = ["문재인"],
        ['朴'] = ["박근혜"],
    };

    /// <summary>The table as synonym groups (<c>美, 미국</c>, ...).</summary>
    public static readonly SynonymDictionary Groups = new(Table.Select(entry => (IReadOnlyList<string>)[entry.Key.ToString(), .. entry.Value]));

    /// <summary>
    /// A normalised word that starts with one abbreviation glued to Hangul or Latin (<c>尹측</c>, <c>美대선</c>,
    /// <c>前장관</c>) spelled out as the words a body writes (<c>윤석열 측</c>, <c>미국 대선</c>, <c>전 장관</c>);
    /// empty for any other word. Only a leading one: headlines put the abbreviation first, while one inside a word
    /// (<c>방美</c>, 방미) spelled out would ask for a different phrase; not in a run of hanja (<c>北韓</c> is 북한,
    /// not 북한 한국; <c>美國</c> is a word of its own).
    /// </summary>
    public static IEnumerable<string> SpelledOutLead(string word) =>
        word.Length > 1 && IsAbbreviation(word[0]) && !StartsWithHan(word[1..])
            ? Table[word[0]].Select(reading => reading + " " + word[1..])
            : [];

    private static bool StartsWithHan(string text) =>
        Rune.DecodeFromUtf16(text, out var first, out _) == OperationStatus.Done && ScriptRunTokenizer.Classify(first.Value) == ScriptKind.Han;

    /// <summary>True when <paramref name="c"/> (normalised) is an abbreviation in the table.</summary>
    public static bool IsAbbreviation(char c) => c >= '\u4E00' && Table.ContainsKey(c);
}
