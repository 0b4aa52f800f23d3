using System.Globalization;
using System.Text;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using MiniExcelLibs;

namespace KoreanNewsSearch.Server.Api;

/// <summary>
/// <c>GET /api/export?format=csv|xlsx</c> + the search parameters: every matching article in the search's order, up to
/// <see cref="NewsSearchServerOptions.MaxExportArticles"/>. <c>X-Total-Count</c> gives all matches; <c>X-Export-Capped</c>
/// (the number exported) is present only when the download was cut.
/// </summary>
internal static class ExportEndpoints
{
    /// <summary>The column headers, in order.</summary>
    public static readonly string[] Columns = ["published", "source", "section", "reporters", "title", "url", "body"];

    // Excel refuses cells longer than this.
    private const int MaxExcelCell = 32_767;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/export", (HttpContext context, [AsParameters] SearchParameters parameters, [FromQuery(Name = "format")] string? format,
            NewsIndex index, IOptions<NewsSearchServerOptions> options) => ApiError.Guard(async () =>
        {
            var kind = format?.ToLowerInvariant() switch
            {
                null or "" or "csv" => "csv",
                "xlsx" => "xlsx",
                _ => throw new ArgumentException($"format must be csv or xlsx, got '{format}'"),
            };
            using var export = index.Export(parameters.ToRequest(), options.Value.MaxExportArticles);
            var response = context.Response;
            response.Headers["X-Total-Count"] = export.Total.ToString(CultureInfo.InvariantCulture);
            if (export.IsCapped)
            {
                response.Headers["X-Export-Capped"] = export.Count.ToString(CultureInfo.InvariantCulture);
            }

            response.Headers.ContentDisposition = $"attachment; filename=\"knews-export.{kind}\"";
            if (kind == "csv")
            {
                response.ContentType = "text/csv; charset=utf-8";
                await WriteCsv(response.Body, export.Articles, context.RequestAborted);
            }
            else
            {
                response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                await WriteXlsx(response.Body, export.Articles, context.RequestAborted);
            }

            return Results.Empty;
        }))
        .WithName("Export")
        .WithSummary("Every matching article (up to 20,000) as CSV (RFC 4180, UTF-8 with BOM; a field that starts like a formula gets an apostrophe before it) or Excel.");

    /// <summary>The row of an article, in <see cref="Columns"/> order; publish time in Korea time.</summary>
    public static string[] Row(NewsArticle article) =>
    [
        article.Published?.ToOffset(NewsArticle.KoreaOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "",
        article.Source ?? "",
        article.Section ?? "",
        string.Join(", ", article.Reporters),
        article.Title,
        article.Url ?? "",
        article.Body,
    ];

    private static async Task WriteCsv(Stream body, IEnumerable<NewsArticle> articles, CancellationToken cancellationToken)
    {
        // The BOM tells Excel the file is UTF-8; without it Korean opens as mojibake.
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024);
        await writer.WriteAsync(CsvLine(Columns));
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteAsync(CsvLine(Row(article)));
        }
    }

    /// <summary>
    /// One RFC 4180 record with CRLF: fields with a comma, quote or line break are quoted, quotes doubled, and
    /// formula-like fields made text (<see cref="AsSpreadsheetText"/>).
    /// </summary>
    public static string CsvLine(IEnumerable<string> fields) =>
        string.Join(',', fields.Select(AsSpreadsheetText).Select(field => field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field)) + "\r\n";

    /// <summary>
    /// The field with an apostrophe before it when it starts like a spreadsheet formula (<c>=</c>, <c>+</c>, <c>-</c>,
    /// <c>@</c>, tab or carriage return), as OWASP's CSV-injection advice has it: a headline such as
    /// <c>=HYPERLINK(...)</c> in a crawled page must open in Excel as the text it is, not run. The xlsx export needs
    /// none of this: its cells are typed strings.
    /// </summary>
    public static string AsSpreadsheetText(string field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + field : field;

    private static async Task WriteXlsx(Stream body, IEnumerable<NewsArticle> articles, CancellationToken cancellationToken)
    {
        var rows = articles.Select(article => Columns.Zip(Row(article), (column, value) => (column, value))
            .ToDictionary(cell => cell.column, cell => (object)(cell.value.Length > MaxExcelCell ? cell.value[..MaxExcelCell] : cell.value)));
        // The xlsx zip is written to a temporary file first: its writer needs a seekable stream.
        var path = Path.GetTempFileName();
        try
        {
            await using (var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await MiniExcel.SaveAsAsync(file, rows, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
                file.Position = 0;
                await file.CopyToAsync(body, cancellationToken);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
