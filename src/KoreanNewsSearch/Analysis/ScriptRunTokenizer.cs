using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KoreanNewsSearch.Analysis;

/// <summary>The script class of a run of characters; each class forms its own runs.</summary>
internal enum ScriptKind
{
    /// <summary>Not part of any token: spaces, punctuation (<c>·</c>, <c>ㆍ</c>, <c>/</c>, quotes, brackets), symbols.</summary>
    Separator,

    /// <summary>Letters of alphabetic scripts and digits, together: <c>s24</c>, <c>5g</c>, <c>covid</c>.</summary>
    Word,

    /// <summary>Hangul syllables and jamo.</summary>
    Hangul,

    /// <summary>Han ideographs (hanja).</summary>
    Han,

    /// <summary>Japanese kana, bigrammed like Hangul.</summary>
    Kana,
}

/// <summary>
/// Splits normalised text into runs at script boundaries and turns them into terms.
/// </summary>
/// <remarks>
/// <para>Word runs (letters of alphabetic scripts and digits) stay whole, so model numbers keep their letters and
/// digits together (<c>s24</c>, <c>5g</c>, <c>a380</c>; <c>z폴드5</c> is <c>z</c> <c>폴드</c> <c>5</c> because the
/// Hangul in the middle is its own run); a <c>.</c> or <c>,</c> between two digits stays inside (<c>3.5</c>, <c>1,000</c>). Everything else
/// separates: hyphens (<c>covid-19</c> → <c>covid</c> <c>19</c>, matched as a phrase), <c>@</c> and dots of e-mail
/// addresses (<c>hong@chosun.com</c> → <c>hong</c> <c>chosun</c> <c>com</c>), <c>%</c>, <c>·</c>, <c>/</c>, quotes,
/// brackets. Digits and Hangul are separate runs, so units split off: <c>3분기</c> → <c>3</c> <c>분기</c>,
/// <c>7조9000억원</c> → <c>7</c> <c>조</c> <c>9000</c> <c>억원</c>.</para>
/// <para>Hangul, Han and kana runs become overlapping bigrams at consecutive positions (<c>삼성전자는</c> → 삼성 성전
/// 전자 자는); a one-character run stays a unigram. Han runs are cut before and after every hanja headline
/// abbreviation (<c>韓美</c> → 韓 美) so that query-time expansion of <c>미국</c> to <c>美</c> finds it inside a run.</para>
/// <para>In <see cref="TokenizerMode.Unigrams"/> mode it emits every Hangul, Han and kana character on its own (the
/// shadow field that answers one-syllable queries) and no word runs.</para>
/// </remarks>
internal sealed class ScriptRunTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly TokenizerMode _mode;
    private readonly ScriptRunScanner _runs = new();

    private char[] _buffer = new char[1024];
    private int _length;
    private int _nextInRun;

    public ScriptRunTokenizer(TextReader input, TokenizerMode mode)
        : base(input)
    {
        _mode = mode;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    /// <summary>The Lucene token type of terms of a script class, e.g. <c>&lt;HANGUL&gt;</c>.</summary>
    public static string TypeOf(ScriptKind kind) => kind switch
    {
        ScriptKind.Word => "<WORD>",
        ScriptKind.Hangul => "<HANGUL>",
        ScriptKind.Han => "<HAN>",
        ScriptKind.Kana => "<KANA>",
        _ => "<SEPARATOR>",
    };

    /// <summary>The script class of one code point.</summary>
    public static ScriptKind Classify(int codePoint)
    {
        if (codePoint < 0x80)
        {
            return codePoint is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' ? ScriptKind.Word : ScriptKind.Separator;
        }

        if (codePoint == 0x318D)
        {
            // ㆍ (araea) is a letter, but Korean news writes it as the list separator: 수출ㆍ수입.
            return ScriptKind.Separator;
        }

        if (codePoint is >= 0xAC00 and <= 0xD7A3 or >= 0x1100 and <= 0x11FF or >= 0xA960 and <= 0xA97F
            or >= 0xD7B0 and <= 0xD7FF or >= 0xFFA0 and <= 0xFFDC or >= 0x3131 and <= 0x318E)
        {
            return ScriptKind.Hangul;
        }

        if (codePoint is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0xF900 and <= 0xFAFF
            or >= 0x20000 and <= 0x3FFFF or >= 0x2E80 and <= 0x2FDF or 0x3005 or 0x3007 or >= 0x3021 and <= 0x3029
            or >= 0x3038 and <= 0x303B)
        {
            return ScriptKind.Han;
        }

        if (codePoint is >= 0x3040 and <= 0x309F or >= 0x30A0 and <= 0x30FA or >= 0x30FC and <= 0x30FF
            or >= 0x31F0 and <= 0x31FF)
        {
            return ScriptKind.Kana;
        }

        return Rune.IsValid(codePoint) && (Rune.IsLetterOrDigit(new Rune(codePoint)) || IsMark(new Rune(codePoint)))
            ? ScriptKind.Word
            : ScriptKind.Separator;
    }

    /// <summary>True for combining marks (non-spacing, spacing and enclosing).</summary>
    internal static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_nextInRun >= _runs.TokenCount(_mode))
        {
            if (!_runs.NextRun())
            {
                return false;
            }

            _nextInRun = 0;
        }

        var (start, end) = _runs.Token(_nextInRun++, _mode);
        _term.CopyBuffer(_buffer, start, end - start);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        _type.Type = TypeOf(_runs.Kind);
        return true;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    public override void Reset()
    {
        base.Reset();
        _length = ScriptRunScanner.ReadAll(m_input, ref _buffer);
        _runs.Reset(_buffer, _length);
        _nextInRun = 0;
    }
}

/// <summary>What <see cref="ScriptRunTokenizer"/> emits.</summary>
internal enum TokenizerMode
{
    /// <summary>Word runs whole, Hangul/Han/kana runs as bigrams (one-character runs as unigrams).</summary>
    Bigrams,

    /// <summary>Every Hangul, Han and kana character as its own term; nothing else.</summary>
    Unigrams,
}
