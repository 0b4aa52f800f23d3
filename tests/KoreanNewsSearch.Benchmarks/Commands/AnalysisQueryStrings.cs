namespace KoreanNewsSearch.Benchmarks.Commands;

/// <summary>
/// Query strings for the analysis measurements: the first N of each type (noun, phrase, syllable, mixed) of the peer
/// query mix <c>../shared/peers/queries.tsv</c>, quotes of phrases removed (a phrase is one query string anyway).
/// </summary>
internal static class AnalysisQueryStrings
{
    public static readonly string[] Types = ["noun", "phrase", "syllable", "mixed"];

    public static string DefaultPath(BenchmarkOptions options) =>
        options.Extra.TryGetValue("queries", out var path) ? path : Path.Combine(options.CorpusPath, "..", "..", "peers", "queries.tsv");

    public static IReadOnlyList<(string Type, string Query)> Load(string path, int perType)
    {
        var rows = File.ReadLines(path).Skip(1).Select((line, i) =>
        {
            var cells = line.Split('\t');
            return cells.Length == 3 ? (Type: cells[1], Query: cells[2].Trim('"')) : throw new InvalidDataException($"{path}:{i + 2}: expected qid, type, query");
        }).ToList();
        return [.. Types.SelectMany(type => rows.Where(r => r.Type == type).Take(perType))];
    }
}
