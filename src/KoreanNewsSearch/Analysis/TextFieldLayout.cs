using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Analysis;

// PLACEHOLDER: replaced by the analysis chain work. The contract (members and their meaning) stays.
/// <summary>How a searchable text field is laid out in the index and how text is matched against it.</summary>
internal static class TextFieldLayout
{
    /// <summary>The analyzer the index writer uses for every analysed field this layout creates.</summary>
    public static Analyzer CreateIndexAnalyzer() => new CJKAnalyzer(LuceneVersion.LUCENE_48);

    /// <summary>The Lucene fields that make <paramref name="text"/> searchable under the logical field name.</summary>
    public static IEnumerable<IIndexableField> CreateFields(string field, string text) =>
        [new TextField(field, text, Field.Store.NO)];

    /// <summary>A query matching <paramref name="text"/> (a word, or several words as one phrase) in the logical field; null when the text has no searchable terms.</summary>
    public static Query? BuildQuery(string field, string text)
    {
        using var analyzer = CreateIndexAnalyzer();
        var phrase = new PhraseQuery();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        var any = false;
        while (stream.IncrementToken())
        {
            phrase.Add(new Term(field, term.ToString()));
            any = true;
        }

        stream.End();
        return any ? phrase : null;
    }
}
