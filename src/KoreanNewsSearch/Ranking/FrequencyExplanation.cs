using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace KoreanNewsSearch.Ranking;

/// <summary>The explanation of a match scored by the similarity from one frequency, as Lucene's term and phrase weights give it.</summary>
internal static class FrequencyExplanation
{
    /// <summary>Why <paramref name="doc"/> scores what <paramref name="docScorer"/> gives for <paramref name="frequency"/>.</summary>
    /// <param name="query">The matching query.</param>
    /// <param name="docScorer">The similarity's scorer of the segment.</param>
    /// <param name="doc">The document, within the segment.</param>
    /// <param name="name">What the frequency counts (<c>termFreq</c>, <c>phraseFreq</c>).</param>
    /// <param name="frequency">Its value in the document.</param>
    public static Explanation Match(Query query, Similarity.SimScorer docScorer, int doc, string name, int frequency)
    {
        var score = docScorer.Explain(doc, new Explanation(frequency, $"{name}={frequency}"));
        var match = new ComplexExplanation(true, score.Value, $"weight({query} in {doc}), result of:");
        match.AddDetail(score);
        return match;
    }
}
