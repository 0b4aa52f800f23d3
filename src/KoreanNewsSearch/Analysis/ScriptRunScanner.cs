namespace KoreanNewsSearch.Analysis;

/// <summary>
/// Finds the script runs of normalised text one after another and says which terms each run gives in each
/// <see cref="TokenizerMode"/>: the one tokenising rule behind <see cref="ScriptRunTokenizer"/> (one mode, streaming)
/// and <see cref="SharedTextAnalysis"/> (both modes from one scan).
/// </summary>
/// <remarks>See <see cref="ScriptRunTokenizer"/> for what the runs and their terms are.</remarks>
internal sealed class ScriptRunScanner
{
    /// <summary>Longer word runs (base64 blobs, URLs without separators) are cut to this many chars.</summary>
    private const int MaxWordLength = 255;

    private readonly List<int> _runCharStarts = [];

    private char[] _buffer = [];
    private int _length;
    private int _cursor;
    private int _runStart;
    private int _runEnd;
    private bool _runIsAbbreviations;

    /// <summary>The script class of the current run; <see cref="ScriptKind.Separator"/> before the first.</summary>
    public ScriptKind Kind { get; private set; }

    /// <summary>Reads everything <paramref name="input"/> holds into <paramref name="buffer"/>, growing it as needed.</summary>
    /// <returns>The number of chars read.</returns>
    public static int ReadAll(TextReader input, ref char[] buffer)
    {
        var length = 0;
        int read;
        while ((read = input.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }

        return length;
    }

    /// <summary>Starts scanning the first <paramref name="length"/> chars of <paramref name="buffer"/> (kept, not copied).</summary>
    public void Reset(char[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
        _cursor = 0;
        _runStart = _runEnd = 0;
        _runCharStarts.Clear();
        Kind = ScriptKind.Separator;
    }

    /// <summary>Moves to the next run, skipping separators; false at the end of the text.</summary>
    public bool NextRun()
    {
        while (_cursor < _length)
        {
            var kind = KindAt(_cursor, out var width);
            if (kind == ScriptKind.Separator || (kind == ScriptKind.Word && IsMarkAt(_cursor)))
            {
                _cursor += width;
                continue;
            }

            Kind = kind;
            _runStart = _cursor;
            _runCharStarts.Clear();
            if (kind == ScriptKind.Word)
            {
                _cursor = WordEnd(_cursor);
            }
            else
            {
                ScanScriptRun(kind);
            }

            _runEnd = _cursor;
            return true;
        }

        Kind = ScriptKind.Separator;
        _runCharStarts.Clear();
        return false;
    }

    /// <summary>How many terms the current run gives in <paramref name="mode"/>.</summary>
    public int TokenCount(TokenizerMode mode)
    {
        switch (Kind)
        {
            case ScriptKind.Separator:
                return 0;
            case ScriptKind.Word:
                return mode == TokenizerMode.Bigrams ? 1 : 0;
            default:
                var count = _runCharStarts.Count;
                return IsOneCharPerTerm(mode) ? count : count - 1;
        }
    }

    /// <summary>Where term <paramref name="k"/> (of <see cref="TokenCount"/>) of the current run is in the buffer.</summary>
    public (int Start, int End) Token(int k, TokenizerMode mode)
    {
        if (Kind == ScriptKind.Word)
        {
            return (_runStart, Math.Min(_runEnd, _runStart + MaxWordLength));
        }

        var span = IsOneCharPerTerm(mode) ? 1 : 2;
        return (_runCharStarts[k], k + span < _runCharStarts.Count ? _runCharStarts[k + span] : _runEnd);
    }

    private bool IsOneCharPerTerm(TokenizerMode mode) =>
        mode == TokenizerMode.Unigrams || _runCharStarts.Count == 1 || _runIsAbbreviations;

    private void ScanScriptRun(ScriptKind kind)
    {
        _runIsAbbreviations = kind == ScriptKind.Han;
        while (_cursor < _length)
        {
            var next = KindAt(_cursor, out var width);
            if (next != kind)
            {
                break;
            }

            // Short-circuit: the table lookup per character of every Hangul run cost more than the rest of the scan.
            _runIsAbbreviations = _runIsAbbreviations && width == 1 && HanjaAbbreviations.IsAbbreviation(_buffer[_cursor]);
            _runCharStarts.Add(_cursor);
            _cursor += width;
        }
    }

    private int WordEnd(int start)
    {
        var i = start;
        while (i < _length)
        {
            var kind = KindAt(i, out var width);
            if (kind == ScriptKind.Word)
            {
                i += width;
            }
            else if (_buffer[i] is '.' or ',' && i > start && char.IsAsciiDigit(_buffer[i - 1]) && i + 1 < _length
                     && char.IsAsciiDigit(_buffer[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private ScriptKind KindAt(int index, out int width)
    {
        var c = _buffer[index];
        if (char.IsHighSurrogate(c) && index + 1 < _length && char.IsLowSurrogate(_buffer[index + 1]))
        {
            width = 2;
            return ScriptRunTokenizer.Classify(char.ConvertToUtf32(c, _buffer[index + 1]));
        }

        width = 1;
        return char.IsSurrogate(c) ? ScriptKind.Separator : ScriptRunTokenizer.Classify(c);
    }

    private bool IsMarkAt(int index) => !char.IsSurrogate(_buffer[index]) && ScriptRunTokenizer.IsMark(new System.Text.Rune(_buffer[index]));
}
