using System.Text;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>Plain-text TSV files that <c>tests/peers/Peer.java</c> reads, so that both engines index and query identical text.</summary>
internal static class PeerFiles
{
    /// <summary>Writes id, title, body, published (unix ms) per article.</summary>
    public static void WriteCorpus(string path, IEnumerable<NewsArticle> articles)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        foreach (var a in articles)
        {
            WriteRow(writer, a.Id, a.Title, a.Body, a.Published?.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }
    }

    /// <summary>Writes qid, relevant id, query per relevance question.</summary>
    public static void WriteQrels(string path, IEnumerable<RelevanceQuestion> questions)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        foreach (var q in questions)
        {
            WriteRow(writer, q.Id, q.RelevantId, q.Query);
        }
    }

    private static void WriteRow(StreamWriter writer, params string[] cells) =>
        writer.Write(string.Join('\t', cells.Select(Escape)) + "\n");

    private static string Escape(string cell) =>
        cell.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
}
