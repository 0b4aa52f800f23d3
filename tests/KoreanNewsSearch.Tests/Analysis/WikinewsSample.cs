using System.Text;

namespace KoreanNewsSearch.Tests.Analysis;

/// <summary>Reads the Korean Wikinews CSV (작성일, 출처, 제목, 내용; RFC 4180 quoting) from ../shared.</summary>
internal static class WikinewsSample
{
    public static IReadOnlyList<NewsArticle> Read()
    {
        var records = ParseCsv(File.ReadAllText(TestPaths.SharedFile("corpus", "wikinews", "wikinews.csv")));
        return [.. records.Skip(1).Select(r => new NewsArticle
        {
            Url = r[1],
            Source = "위키뉴스",
            Title = r[2],
            Body = r[3],
            Published = DateTimeOffset.Parse(r[0] + "T00:00:00+09:00", System.Globalization.CultureInfo.InvariantCulture),
        }.WithComputedId())];
    }

    private static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }
}
