using System.Text;

namespace KoreanNewsSearch.Typing;

/// <summary>
/// Hangul syllables as the 2-set (두벌식) keyboard types them: composing a run of compatibility jamo into syllables the
/// way a Korean input method does, and taking syllables apart into keystroke jamo and initial consonants (초성).
/// </summary>
internal static class HangulJamo
{
    private const int SyllableBase = 0xAC00;
    private const int SyllableLast = 0xD7A3;
    private const int VowelCount = 21;
    private const int FinalCount = 28;

    private const string Initials = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    private const string Vowels = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";

    // Index 0 is "no final consonant".
    private const string Finals = "\0ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

    // Compound vowels and finals and the two keystrokes each is typed with.
    private static readonly Dictionary<char, (char First, char Second)> CompoundVowels = new()
    {
        ['ㅘ'] = ('ㅗ', 'ㅏ'), ['ㅙ'] = ('ㅗ', 'ㅐ'), ['ㅚ'] = ('ㅗ', 'ㅣ'), ['ㅝ'] = ('ㅜ', 'ㅓ'),
        ['ㅞ'] = ('ㅜ', 'ㅔ'), ['ㅟ'] = ('ㅜ', 'ㅣ'), ['ㅢ'] = ('ㅡ', 'ㅣ'),
    };

    private static readonly Dictionary<char, (char First, char Second)> CompoundFinals = new()
    {
        ['ㄳ'] = ('ㄱ', 'ㅅ'), ['ㄵ'] = ('ㄴ', 'ㅈ'), ['ㄶ'] = ('ㄴ', 'ㅎ'), ['ㄺ'] = ('ㄹ', 'ㄱ'), ['ㄻ'] = ('ㄹ', 'ㅁ'),
        ['ㄼ'] = ('ㄹ', 'ㅂ'), ['ㄽ'] = ('ㄹ', 'ㅅ'), ['ㄾ'] = ('ㄹ', 'ㅌ'), ['ㄿ'] = ('ㄹ', 'ㅍ'), ['ㅀ'] = ('ㄹ', 'ㅎ'),
        ['ㅄ'] = ('ㅂ', 'ㅅ'),
    };

    private static readonly Dictionary<(char, char), char> VowelPairs = CompoundVowels.ToDictionary(p => p.Value, p => p.Key);

    private static readonly Dictionary<(char, char), char> FinalPairs = CompoundFinals.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>True for a precomposed Hangul syllable (가-힣).</summary>
    public static bool IsSyllable(char c) => c is >= (char)SyllableBase and <= (char)SyllableLast;

    /// <summary>True for a compatibility consonant (ㄱ-ㅎ, compound finals included).</summary>
    public static bool IsConsonant(char c) => c is >= 'ㄱ' and <= 'ㅎ';

    /// <summary>True for a compatibility vowel (ㅏ-ㅣ).</summary>
    public static bool IsVowel(char c) => c is >= 'ㅏ' and <= 'ㅣ';

    /// <summary>True for a lone compatibility jamo, consonant or vowel.</summary>
    public static bool IsJamo(char c) => IsConsonant(c) || IsVowel(c);

    /// <summary>
    /// Composes keystroke jamo into text as a 2-set input method does (<c>ㅅㅏㅁㅅㅓㅇ</c> → <c>삼성</c>, a final
    /// consonant moving on to a following vowel, compound vowels and finals joined). Jamo that cannot join a syllable stay
    /// lone (<c>ㄴㅁㅡ</c> → <c>ㄴ므</c>); <paramref name="syllables"/> counts the syllables and <paramref name="loneJamo"/> the jamo left over.
    /// </summary>
    public static string Compose(IEnumerable<char> jamo, out int syllables, out int loneJamo)
    {
        var output = new StringBuilder();
        var block = new Block();
        syllables = 0;
        loneJamo = 0;
        foreach (var j in jamo)
        {
            if (IsVowel(j))
            {
                AddVowel(ref block, j, output, ref syllables, ref loneJamo);
            }
            else
            {
                AddConsonant(ref block, j, output, ref syllables, ref loneJamo);
            }
        }

        Flush(ref block, output, ref syllables, ref loneJamo);
        return output.ToString();
    }

    /// <summary>
    /// The keystroke jamo of a text: syllables taken apart into initial, vowel and final with compound vowels and finals
    /// split into the two keys that type them (<c>삶</c> → <c>ㅅㅏㄹㅁ</c>); other characters as they are.
    /// </summary>
    public static string Keystrokes(string text)
    {
        var output = new StringBuilder(text.Length * 3);
        foreach (var c in text)
        {
            if (IsSyllable(c))
            {
                var index = c - SyllableBase;
                output.Append(Initials[index / (VowelCount * FinalCount)]);
                AppendSplit(output, Vowels[index / FinalCount % VowelCount], CompoundVowels);
                if (index % FinalCount is var final and > 0)
                {
                    AppendSplit(output, Finals[final], CompoundFinals);
                }
            }
            else
            {
                AppendSplit(output, c, IsVowel(c) ? CompoundVowels : CompoundFinals);
            }
        }

        return output.ToString();
    }

    /// <summary>True for a syllable with a final consonant (받침): <c>국</c>, not <c>가</c>.</summary>
    public static bool HasFinal(char c) => IsSyllable(c) && (c - SyllableBase) % FinalCount > 0;

    /// <summary>True for a syllable whose final consonant is ㄹ.</summary>
    public static bool HasRieulFinal(char c) => IsSyllable(c) && Finals[(c - SyllableBase) % FinalCount] == 'ㄹ';

    /// <summary>The initial consonant (초성) of a syllable; any other character itself (<c>삼성전자</c> → <c>ㅅㅅㅈㅈ</c>).</summary>
    public static char Choseong(char c) => IsSyllable(c) ? Initials[(c - SyllableBase) / (VowelCount * FinalCount)] : c;

    /// <summary><see cref="Choseong(char)"/> of every character.</summary>
    public static string Choseong(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Choseong(source[i]);
        }
    });

    private static void AppendSplit(StringBuilder output, char c, Dictionary<char, (char First, char Second)> compounds)
    {
        if (compounds.TryGetValue(c, out var pair))
        {
            output.Append(pair.First).Append(pair.Second);
        }
        else
        {
            output.Append(c);
        }
    }

    private static void AddConsonant(ref Block block, char c, StringBuilder output, ref int syllables, ref int loneJamo)
    {
        if (block.Initial is not null && block.Vowel is not null)
        {
            if (block.Final is null && Finals.IndexOf(c, StringComparison.Ordinal) > 0)
            {
                block.Final = c;
                return;
            }

            if (block.Final is { } final && FinalPairs.TryGetValue((final, c), out var compound))
            {
                block.Final = compound;
                return;
            }
        }

        Flush(ref block, output, ref syllables, ref loneJamo);
        block.Initial = c;
    }

    private static void AddVowel(ref Block block, char v, StringBuilder output, ref int syllables, ref int loneJamo)
    {
        if (block.Final is { } final)
        {
            // The last final consonant starts the next syllable: 삼 + ㅓ → 사머, 닭 + ㅏ → 달가.
            char next;
            if (CompoundFinals.TryGetValue(final, out var pair))
            {
                block.Final = pair.First;
                next = pair.Second;
            }
            else
            {
                block.Final = null;
                next = final;
            }

            Flush(ref block, output, ref syllables, ref loneJamo);
            block = new Block { Initial = next, Vowel = v };
            return;
        }

        if (block.Vowel is { } vowel)
        {
            if (VowelPairs.TryGetValue((vowel, v), out var compound))
            {
                block.Vowel = compound;
                return;
            }

            Flush(ref block, output, ref syllables, ref loneJamo);
        }

        block.Vowel = v;
    }

    private static void Flush(ref Block block, StringBuilder output, ref int syllables, ref int loneJamo)
    {
        if (block.Initial is { } initial && block.Vowel is { } vowel && Initials.IndexOf(initial, StringComparison.Ordinal) is var l and >= 0)
        {
            var t = block.Final is { } final ? Finals.IndexOf(final, StringComparison.Ordinal) : 0;
            output.Append((char)(SyllableBase + (((l * VowelCount) + Vowels.IndexOf(vowel, StringComparison.Ordinal)) * FinalCount) + t));
            syllables++;
        }
        else
        {
            foreach (var lone in new[] { block.Initial, block.Vowel, block.Final })
            {
                if (lone is { } jamo)
                {
                    output.Append(jamo);
                    loneJamo++;
                }
            }
        }

        block = default;
    }

    private struct Block
    {
        public char? Initial;
        public char? Vowel;
        public char? Final;
    }
}
