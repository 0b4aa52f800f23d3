using Lucene.Net.Analysis;

namespace KoreanNewsSearch.Analysis;

/// <summary>
/// The analyzer of every text field, at index and at query time: <see cref="NormalizingCharFilter"/> (NFKC,
/// lower-case) then <see cref="ScriptRunTokenizer"/>: bigrams for the logical fields, unigrams for their
/// <see cref="TextFieldLayout.UnigramSuffix"/> shadow fields. No stop words: <c>it</c>, <c>on</c>, <c>은</c> are words.
/// </summary>
internal sealed class KoreanNewsAnalyzer : Analyzer
{
    public KoreanNewsAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new ScriptRunTokenizer(reader, TextFieldLayout.IsUnigramField(fieldName) ? TokenizerMode.Unigrams : TokenizerMode.Bigrams));

    protected override TextReader InitReader(string fieldName, TextReader reader) => new NormalizingCharFilter(reader);
}
