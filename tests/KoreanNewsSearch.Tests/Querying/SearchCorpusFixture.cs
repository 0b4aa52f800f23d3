using System.Globalization;
using System.Text;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Tests.Querying;

/// <summary>
/// An in-memory index of the 644 Korean Wikinews articles (real text; source, section, reporters and publish hours
/// assigned by a fixed rule so that filters and facets have something to work on) plus the seed article and two
/// articles on either side of a Korea-time midnight. Built once per test class.
/// </summary>
public sealed class SearchCorpusFixture : IDisposable
{
    public static readonly string[] ReporterPool = ["김민수", "이지은", "박서준", "최유리"];
    public static readonly string[] SectionPool = ["정치", "경제", "사회", "국제", "문화"];

    public SearchCorpusFixture()
    {
        Articles = [.. ReadWikinews(), SeedArticle, .. MidnightArticles, UndatedArticle];
        Index = NewsIndex.CreateInMemory();
        Index.Upsert(Articles);
        Index.Commit();
    }

    public IReadOnlyList<NewsArticle> Articles { get; }

    public NewsIndex Index { get; }

    /// <summary>The seed article (fntimes.com page dump), fields as a correct parse gives them.</summary>
    public static NewsArticle SeedArticle { get; } = new()
    {
        Url = "https://www.fntimes.com/html/view.php?ud=202406070855",
        Source = "한국금융신문",
        Section = "산업",
        Title = "이재용 삼성전자 회장, 美 IT·AI·반도체·통신업계 협력 본격화...\"30여 차례 미팅 예정\"",
        Subtitle = ["4일(현지시간) 한스 베스트베리 버라이즌 CEO 만나", "AI활용 방안·하반기 갤럭시 신제품 판매 확대 협력 등 논의"],
        Published = new DateTimeOffset(2024, 6, 7, 8, 55, 0, NewsArticle.KoreaOffset),
        Reporters = ["홍윤기"],
        Body = string.Join("\n\n",
            "이재용 삼성전자 회장이 미국 IT·AI(인공지능)·반도체·통신 기업과의 협력 논의를 본격화했다. 이 회장은 6월 중순까지 30여건의 CEO 미팅을 소화할 예정이다.",
            "7일 삼성전자에 따르면 이재용 회장은 지난 4일(현지시간) 미국 뉴욕에서 한스 베스트베리(Hans Vestberg) 버라이즌(Verizon) CEO와 만나 차세대 통신분야 및 갤럭시 신제품 판매 등에 대한 협력방안을 논의했다.",
            "특히 갤럭시 신제품 관련 공동 프로모션 및 버라이즌 매장 내에서 갤럭시 신모델의 AI기능을 체험하도록 하는 방안도 논의됐다.",
            "버라이즌은 글로벌 최대 이통사이면서 삼성전자의 5대 매출처 중 하나다."),
    };

    /// <summary>Published 00:30 Korea time on 2024-06-07 (still 2024-06-06 in UTC) and 23:59 Korea time the day before.</summary>
    public static IReadOnlyList<NewsArticle> MidnightArticles { get; } =
    [
        new()
        {
            Url = "https://example.com/midnight/after",
            Source = "테스트일보",
            Section = "사회",
            Title = "자정 직후 송고된 기사",
            Body = "자정이 지난 뒤 송고된 기사 본문입니다.",
            Published = new DateTimeOffset(2024, 6, 7, 0, 30, 0, NewsArticle.KoreaOffset),
            Reporters = ["김민수"],
        },
        new()
        {
            Url = "https://example.com/midnight/before",
            Source = "테스트일보",
            Section = "사회",
            Title = "자정 직전 송고된 기사",
            Body = "자정이 되기 직전에 송고된 기사 본문입니다.",
            Published = new DateTimeOffset(2024, 6, 6, 23, 59, 0, NewsArticle.KoreaOffset),
            Reporters = ["김민수"],
        },
    ];

    public static NewsArticle UndatedArticle { get; } = new()
    {
        Url = "https://example.com/undated",
        Source = "테스트일보",
        Title = "날짜 없는 대통령 기사",
        Body = "발행 시각이 알려지지 않은 대통령 관련 기사입니다.",
    };

    /// <summary>All ids the request finds, walking every page.</summary>
    public List<string> AllIds(SearchRequest request)
    {
        var ids = new List<string>();
        for (var offset = 0; ; offset += SearchRequest.MaxLimit)
        {
            var page = Index.Search(request with { Offset = offset, Limit = SearchRequest.MaxLimit, Highlight = false });
            ids.AddRange(page.Hits.Select(h => h.Id));
            if (page.Hits.Count < SearchRequest.MaxLimit)
            {
                Assert.Equal(page.Total, ids.Count);
                return ids;
            }
        }
    }

    public void Dispose() => Index.Dispose();

    private static IEnumerable<NewsArticle> ReadWikinews()
    {
        var rows = Csv.Parse(File.ReadAllText(TestPaths.SharedFile("corpus", "wikinews", "wikinews.csv"), Encoding.UTF8));
        Assert.Equal(["작성일", "출처", "제목", "내용"], rows[0]);
        for (var i = 1; i < rows.Count; i++)
        {
            var row = rows[i];
            var day = DateOnly.ParseExact(row[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var reporters = i % 7 == 0
                ? new[] { ReporterPool[i % 4], ReporterPool[(i + 1) % 4] }
                : [ReporterPool[i % 4]];
            yield return new NewsArticle
            {
                Url = row[1],
                Source = i % 10 == 3 ? "테스트일보" : "위키뉴스",
                Section = SectionPool[i % 5],
                Title = row[2],
                Body = string.Join("\n\n", row[3].Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)),
                Published = new DateTimeOffset(day.ToDateTime(new TimeOnly(i % 24, i * 7 % 60)), NewsArticle.KoreaOffset),
                Reporters = reporters,
            };
        }
    }

    /// <summary>RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static class Csv
    {
        public static List<string[]> Parse(string text)
        {
            var rows = new List<string[]>();
            var row = new List<string>();
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
                    row.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\n' || c == '\r')
                {
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add([.. row]);
                    row.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            if (field.Length > 0 || row.Count > 0)
            {
                row.Add(field.ToString());
                rows.Add([.. row]);
            }

            return rows;
        }
    }
}
