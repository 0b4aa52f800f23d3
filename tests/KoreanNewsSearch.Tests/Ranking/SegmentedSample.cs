using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Tests.Analysis;

namespace KoreanNewsSearch.Tests.Ranking;

/// <summary>The Wikinews sample in an in-memory index of three segments (a commit after each third): what per-segment query code must handle.</summary>
internal static class SegmentedSample
{
    /// <summary>The index; with <paramref name="deleteEvery"/> above 0, every such article (from the fourth) is deleted after the last commit, so that segments hold deleted documents.</summary>
    public static NewsIndex Create(int deleteEvery = 0)
    {
        var index = NewsIndex.CreateInMemory();
        var articles = WikinewsSample.Read();
        foreach (var batch in articles.Chunk(articles.Count / 3 + 1))
        {
            index.Upsert(batch);
            index.Commit();
        }

        if (deleteEvery > 0)
        {
            foreach (var article in articles.Where((_, i) => i % deleteEvery == 3))
            {
                index.Delete(article.Id);
            }

            index.Commit();
        }

        return index;
    }
}
