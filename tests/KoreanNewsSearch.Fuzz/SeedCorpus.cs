using System.Text;

namespace KoreanNewsSearch.Fuzz;

/// <summary>Seed inputs for each target, cut from the fixtures the repository ships (data/): small, so AFL mutates them fast.</summary>
internal static class SeedCorpus
{
    private static readonly string[] QuerySeeds =
    [
        "삼성전자 갤럭시", "\"갤럭시 신제품\"", "삼성전자 OR 엘지전자", "반도체 -삼성 -\"SK 하이닉스\"", "(삼성 OR 엘지) 반도체",
        "title:갤럭시 body:\"AI 기능\"", "reporter:홍윤기 source:\"한국금융신문\"", "date:2024-06-01..2024-06-30", "date:..2024-06-30",
        "title:(갤럭시 OR 아이폰)", "美 北 與", "COVID-19 K-팝", "금", "ＳＡＭＳＵＮＧ", "\"삼성 전자\"-광고",
    ];

    public static void Write(string repository, string folder)
    {
        var data = Path.Combine(repository, "data");
        var wikinews = File.ReadLines(Path.Combine(data, "wikinews", "wikinews.jsonl")).Take(200).ToList();

        var html = Target(folder, "html");
        foreach (var page in Directory.GetFiles(Path.Combine(data, "html"), "*.html"))
        {
            File.Copy(page, Path.Combine(html, Path.GetFileName(page)), overwrite: true);
        }

        File.WriteAllText(Path.Combine(html, "minimal.html"),
            "<html><head><meta charset=\"utf-8\"><title>제목</title><meta property=\"og:title\" content=\"삼성전자 &amp; 갤럭시\"></head>" +
            "<body><article><h1>제목</h1><p>홍길동 기자 = 본문 첫 문장.<br>둘째 문장.</p></article></body></html>");

        var text = Target(folder, "text");
        foreach (var dump in Directory.GetFiles(Path.Combine(data, "seed"), "*.txt"))
        {
            File.Copy(dump, Path.Combine(text, Path.GetFileName(dump)), overwrite: true);
        }

        var jsonl = Target(folder, "jsonl");
        for (var i = 0; i < 8; i++)
        {
            File.WriteAllLines(Path.Combine(jsonl, $"wikinews-{i}.jsonl"), wikinews.Skip(i * 3).Take(i % 3 + 1).Select(Shorten));
        }

        var query = Target(folder, "query");
        for (var i = 0; i < QuerySeeds.Length; i++)
        {
            File.WriteAllBytes(Path.Combine(query, $"query-{i:00}"), Encoding.Unicode.GetBytes(QuerySeeds[i]));
        }

        var analyzer = Target(folder, "analyzer");
        var bodies = wikinews.Take(10).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement)
            .Select(article => article.TryGetProperty("body", out var body) ? body.GetString() ?? "" : "").ToList();
        for (var i = 0; i < bodies.Count; i++)
        {
            var body = bodies[i].Length > 300 ? bodies[i][..300] : bodies[i];
            File.WriteAllBytes(Path.Combine(analyzer, $"body-{i:00}"), Encoding.Unicode.GetBytes(i % 2 == 0 ? body : body.Normalize(NormalizationForm.FormD)));
        }
    }

    private static string Target(string folder, string name) => Directory.CreateDirectory(Path.Combine(folder, name)).FullName;

    // AFL works best on small seeds: keep each JSON line's fields but cut long strings.
    private static string Shorten(string line)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(line)!.AsObject();
        foreach (var (key, value) in node.ToList())
        {
            if (value is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 200)
            {
                node[key] = s[..200];
            }
        }

        return node.ToJsonString();
    }
}
