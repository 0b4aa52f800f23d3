using System.Globalization;
using System.Text;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Server.Page;

/// <summary>The trend above the results as an SVG bar chart: a bar per period, each a link narrowing the dates to it.</summary>
internal static class TrendChartSvg
{
    private const int Width = 800;
    private const int Height = 150;
    private const int Left = 44;
    private const int Bottom = 22;
    private const int Top = 8;

    public static string Render(KeywordTrend trend, PageState state)
    {
        if (trend.Buckets.Count == 0)
        {
            return "";
        }

        var inv = CultureInfo.InvariantCulture;
        var max = Math.Max(1, trend.Buckets.Max(b => b.Count));
        var slot = (Width - Left - 4) / (double)trend.Buckets.Count;
        var plot = Height - Bottom - Top;
        var svg = new StringBuilder();
        svg.Append(inv, $"<figure class=\"trend\"><figcaption>기사 수 추이 ({Unit(trend.Interval)}별, 막대를 누르면 그 기간만 봅니다)</figcaption>")
            .Append(inv, $"<svg viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{Unit(trend.Interval)}별 기사 수\">")
            .Append(inv, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width}\" y2=\"{Height - Bottom}\"/>")
            .Append(inv, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{Top + 8}\" text-anchor=\"end\">{max:N0}</text>")
            .Append(inv, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{Height - Bottom}\" text-anchor=\"end\">0</text>");
        for (var i = 0; i < trend.Buckets.Count; i++)
        {
            var bucket = trend.Buckets[i];
            var label = string.Create(inv, $"{bucket.Period}: {bucket.Count:N0}건");
            var height = bucket.Count == 0 ? 0 : Math.Max(1.5, plot * bucket.Count / (double)max);
            var x = Left + (i * slot);
            var href = Html.Text(state.WithDates(bucket.From, bucket.To).Url());
            // The whole column is the link target, so that short bars are easy to hit.
            svg.Append(inv, $"<a class=\"bar\" href=\"{href}\" aria-label=\"{Html.Text(label)}\"><title>{Html.Text(label)}</title>")
                .Append(inv, $"<rect class=\"hit\" x=\"{x:0.##}\" y=\"{Top}\" width=\"{slot:0.##}\" height=\"{plot}\"/>")
                .Append(inv, $"<rect class=\"fill\" x=\"{x + (slot * 0.1):0.##}\" y=\"{Height - Bottom - height:0.##}\" width=\"{slot * 0.8:0.##}\" height=\"{height:0.##}\"/></a>");
        }

        foreach (var i in new[] { 0, trend.Buckets.Count / 2, trend.Buckets.Count - 1 }.Distinct())
        {
            var anchor = i == 0 ? "start" : i == trend.Buckets.Count - 1 ? "end" : "middle";
            var x = i == trend.Buckets.Count - 1 ? Width : Left + ((i + (i == 0 ? 0 : 0.5)) * slot);
            svg.Append(inv, $"<text class=\"tick\" x=\"{x:0.##}\" y=\"{Height - 6}\" text-anchor=\"{anchor}\">{Html.Text(trend.Buckets[i].Period)}</text>");
        }

        return svg.Append("</svg></figure>").ToString();
    }

    private static string Unit(TrendInterval interval) => interval switch
    {
        TrendInterval.Day => "일",
        TrendInterval.Week => "주",
        TrendInterval.Month => "월",
        _ => "연도",
    };
}
