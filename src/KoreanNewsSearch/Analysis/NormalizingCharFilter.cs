using Lucene.Net.Analysis.CharFilters;

namespace KoreanNewsSearch.Analysis;

/// <summary>
/// Applies <see cref="KoreanTextNormalizer"/> before tokenising, keeping token offsets pointing into the original text
/// (the highlighter marks the stored, unnormalised text).
/// </summary>
/// <remarks>Reads the whole field value at once: article fields are small and NFKC needs look-ahead anyway.</remarks>
internal sealed class NormalizingCharFilter : BaseCharFilter
{
    private string? _source;
    private string? _normalized;
    private int _position;

    public NormalizingCharFilter(TextReader input)
        : base(input)
    {
    }

    /// <summary>A filter over <paramref name="text"/> itself: highlighting and shared analysis hold the string, so it is not copied out of a reader.</summary>
    public NormalizingCharFilter(string text)
        : base(TextReader.Null)
    {
        _source = text;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var text = Normalized();
        var available = Math.Min(count, text.Length - _position);
        if (available <= 0)
        {
            return 0;
        }

        text.CopyTo(_position, buffer, index, available);
        _position += available;
        return available;
    }

    public override int Read()
    {
        var text = Normalized();
        return _position < text.Length ? text[_position++] : -1;
    }

    private string Normalized()
    {
        if (_normalized is null)
        {
            var corrections = new List<(int OutputOffset, int CumulativeDiff)>();
            _normalized = KoreanTextNormalizer.Normalize(_source ?? ReadAll(m_input), corrections);
            _source = null;
            foreach (var (outputOffset, cumulativeDiff) in corrections)
            {
                AddOffCorrectMap(outputOffset, cumulativeDiff);
            }
        }

        return _normalized;
    }

    // Not TextReader.ReadToEnd: Lucene.Net's ReusableStringReader returns null from it for an empty value.
    private static string ReadAll(TextReader reader)
    {
        var text = new System.Text.StringBuilder();
        var buffer = new char[4096];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }
}
