using System.Globalization;
using System.Text;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>A Markdown table: first column left-aligned, the others right-aligned (they hold numbers).</summary>
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public MarkdownTable Row(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"row has {cells.Length} cells, table has {headers.Length} columns");
        }

        _rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append("| ").AppendJoin(" | ", headers).AppendLine(" |");
        sb.Append("|---|").AppendJoin("", headers.Skip(1).Select(_ => "---:|")).AppendLine();
        foreach (var row in _rows)
        {
            sb.Append("| ").AppendJoin(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))).AppendLine(" |");
        }

        return sb.ToString();
    }
}

/// <summary>Number formatting for the report (invariant culture, thousands separators).</summary>
internal static class Fmt
{
    public static string N(double value, int decimals) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    public static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Mb(long bytes) => N(bytes / 1e6, 1);

    /// <summary>ours ÷ peer, or n/a when the peer value is zero or missing.</summary>
    public static string Ratio(double ours, double? peer) => peer is { } p && p != 0 ? N(ours / p, 2) : "n/a";
}
