using System.Text;

namespace KoreanNewsSearch.Typing;

/// <summary>
/// Text typed on the wrong keyboard layout (한/영 전환), read on the standard 2-set Korean layout (두벌식 표준):
/// <c>tkatjdwjswk</c> was meant as <c>삼성전자</c>, <c>ㅑㅔㅙㅜㄷ</c> as <c>iphone</c>.
/// </summary>
public static class KeyboardLayout
{
    // The jamo of each letter key; with Shift, Q W E R T O P give the tense consonants and ㅒ ㅖ.
    private const string LowerKeys = "qwertyuiopasdfghjklzxcvbnm";
    private const string LowerJamo = "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ";
    private const string ShiftKeys = "QWERTOP";
    private const string ShiftJamo = "ㅃㅉㄸㄲㅆㅒㅖ";

    /// <summary>
    /// The Hangul that the Latin letters type on the 2-set layout (<c>qksehcp</c> → <c>반도체</c>), composed as a Korean
    /// input method composes it; null when <paramref name="text"/> is not all ASCII letters. A word typed in capitals
    /// only (Caps Lock) is read as lower case; otherwise Shift gives the tense consonants (<c>Tkfkd</c> → <c>싸랑</c>).
    /// </summary>
    /// <param name="text">The letters as typed.</param>
    /// <returns>The Hangul reading, possibly with lone jamo where the keys do not make syllables; null for other text.</returns>
    public static string? LatinToHangul(string text) => LatinToHangul(text, out _, out _);

    /// <summary>The Hangul reading of Latin letters as <see cref="LatinToHangul(string)"/>, with its syllable and lone-jamo counts.</summary>
    internal static string? LatinToHangul(string text, out int syllables, out int loneJamo)
    {
        ArgumentNullException.ThrowIfNull(text);
        syllables = 0;
        loneJamo = 0;
        if (text.Length == 0 || !text.All(char.IsAsciiLetter))
        {
            return null;
        }

        var keys = text.All(char.IsAsciiLetterUpper) ? text.ToLowerInvariant() : text;
        return HangulJamo.Compose(keys.Select(JamoOfKey), out syllables, out loneJamo);
    }

    /// <summary>
    /// The keys that type this Hangul on the 2-set layout, as Latin letters (<c>ㅑㅔㅙㅜㄷ</c> → <c>iphone</c>,
    /// <c>삼성</c> → <c>tkatjd</c>); null when <paramref name="text"/> has anything but Hangul syllables and jamo.
    /// </summary>
    /// <param name="text">The Hangul as typed.</param>
    /// <returns>The letters, lower case except the Shift keys (<c>ㅆ</c> → <c>T</c>); null for other text.</returns>
    public static string? HangulToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || !text.All(c => HangulJamo.IsSyllable(c) || HangulJamo.IsJamo(c)))
        {
            return null;
        }

        return KeysOf(HangulJamo.Keystrokes(text));
    }

    /// <summary>
    /// The 2-set keys of keystroke jamo (<see cref="HangulJamo.Keystrokes"/>), other characters lower-cased except the
    /// Shift letters Q W E R T O P: the key space in which text typed in either layout compares (<c>삼ㅅ</c> and
    /// <c>tkat</c> both give <c>tkat</c>).
    /// </summary>
    internal static string KeysOf(string keystrokes)
    {
        var output = new StringBuilder(keystrokes.Length);
        foreach (var c in keystrokes)
        {
            var shifted = ShiftJamo.IndexOf(c, StringComparison.Ordinal);
            var plain = LowerJamo.IndexOf(c, StringComparison.Ordinal);
            output.Append(shifted >= 0 ? ShiftKeys[shifted]
                : plain >= 0 ? LowerKeys[plain]
                : ShiftKeys.Contains(c, StringComparison.Ordinal) ? c
                : char.ToLowerInvariant(c));
        }

        return output.ToString();
    }

    /// <summary>
    /// The keys that type <paramref name="text"/> (<see cref="KeysOf"/> of its keystrokes), a word in capitals only read
    /// as lower case as in <see cref="LatinToHangul(string)"/>.
    /// </summary>
    internal static string TypedKeys(string text)
    {
        var keys = text.Any(char.IsAsciiLetter) && !text.Any(char.IsAsciiLetterLower) ? text.ToLowerInvariant() : text;
        return KeysOf(HangulJamo.Keystrokes(keys));
    }

    private static char JamoOfKey(char key)
    {
        var shifted = ShiftKeys.IndexOf(key, StringComparison.Ordinal);
        return shifted >= 0 ? ShiftJamo[shifted] : LowerJamo[LowerKeys.IndexOf(char.ToLowerInvariant(key), StringComparison.Ordinal)];
    }
}
