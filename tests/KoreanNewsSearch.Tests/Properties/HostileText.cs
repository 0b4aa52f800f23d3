using System.Text;
using CsCheck;

namespace KoreanNewsSearch.Tests.Properties;

/// <summary>
/// Generators of the text a news archive meets: Hangul (composed and decomposed), hanja, Latin and full-width letters,
/// digits, HTML-special and query-syntax characters, emoji and supplementary hanja (surrogate pairs), combining marks,
/// and long unbroken words; optionally lone surrogates and stray jamo, which only broken input has.
/// </summary>
internal static class HostileText
{
    private static readonly Gen<string> Syllables = Gen.String[Gen.Char['가', '힣'], 1, 8];

    private static readonly Gen<string> WellFormedPiece = Gen.Frequency(
        (6, Syllables),
        (2, Syllables.Select(s => s.Normalize(NormalizationForm.FormD))),
        (2, Gen.String[Gen.Char['一', '龥'], 1, 4]),
        (3, Gen.String[Gen.Char["abcxyzABCXYZ0123456789"], 1, 8]),
        (1, Gen.String[Gen.Char['Ａ', 'Ｚ'], 1, 4]),
        (4, Gen.String[Gen.Char[" \t\n\r\u00a0\u3000"], 1, 3]),
        (3, Gen.String[Gen.Char["<>&\"'()-:·/.,!?*[]{}#@;=%+"], 1, 3]),
        (2, Gen.OneOf<string>("😀", "𠀀", "👍🏽", "🇰🇷", "e\u0301", "a\u0308\u0323", "&amp;", "&lt;mark&gt;", "<mark>", "</mark>", "<b>")),
        (1, Gen.Int[1_000, 5_000].Select(n => new string('가', n))),
        (1, Gen.Int[1_000, 5_000].Select(n => string.Concat(Enumerable.Repeat("ab", n / 2)))));

    private static readonly Gen<string> BrokenPiece = Gen.OneOf(
        Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString()),
        Gen.Char['\u1100', '\u11FF'].Select(c => c.ToString()),
        Gen.Char['\u0300', '\u036F'].Select(c => c.ToString()),
        Gen.Char['\u0000', '\u001F'].Select(c => c.ToString()),
        Gen.Char.Select(c => c.ToString()));

    private static readonly Gen<string> QuerySyntaxPiece = Gen.OneOf<string>(
        " ", " ", " ", "OR", " OR ", "AND", "-", "(", ")", "\"", "title:", "body:", "reporter:", "source:", "section:",
        "date:", "date:2024-06-01..2024-06-30", "date:..2024-06-30", "date:2024-06-07", "date:2024-13-01", "TITLE:", ":");

    /// <summary>Text that a valid UTF-16 source can hold: no lone surrogates, no jamo outside a syllable.</summary>
    public static Gen<string> WellFormed { get; } = WellFormedPiece.Array[0, 24].Select(string.Concat);

    /// <summary>Any UTF-16: well-formed pieces mixed with lone surrogates, stray jamo and combining marks, control characters.</summary>
    public static Gen<string> Any { get; } = Gen.Frequency((5, WellFormedPiece), (1, BrokenPiece)).Array[0, 24].Select(string.Concat);

    /// <summary>Query text: words and phrases of <see cref="Any"/> mixed with operators, parentheses, quotes and field names.</summary>
    public static Gen<string> Query { get; } = Gen.Frequency((3, QuerySyntaxPiece), (2, WellFormedPiece.Where(p => p.Length < 50)), (1, BrokenPiece))
        .Array[0, 16].Select(string.Concat);
}
