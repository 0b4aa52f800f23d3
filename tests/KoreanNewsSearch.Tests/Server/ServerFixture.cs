using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Ingestion;
using KoreanNewsSearch.Server;
using KoreanNewsSearch.Tests.Querying;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KoreanNewsSearch.Tests.Server;

/// <summary>
/// The server in a <see cref="WebApplicationFactory{TEntryPoint}"/> over an in-memory index of the data/ corpus (see
/// <see cref="SearchCorpusFixture"/>) plus the hostile articles of <c>hostile.jsonl</c>; exports capped at
/// <see cref="ExportCap"/> so that the cap is reachable.
/// </summary>
public sealed class ServerFixture : WebApplicationFactory<ServerFixture>
{
    public const int ExportCap = 300;

    private readonly SearchCorpusFixture _corpus = new();

    public ServerFixture()
    {
        HostileArticles = ReadHostile();
        Index.Upsert(HostileArticles);
        Index.Commit();
    }

    public NewsIndex Index => _corpus.Index;

    public IReadOnlyList<NewsArticle> HostileArticles { get; }

    public static string HostileFile => Path.Combine(AppContext.BaseDirectory, "Server", "hostile.jsonl");

    public static IReadOnlyList<NewsArticle> ReadHostile() =>
        [.. ArticleFileReader.ReadFile(HostileFile).Select(r => r.Article ?? throw new InvalidOperationException(r.Error?.ToString()))];

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder().ConfigureWebHostDefaults(web => web
            .UseContentRoot(AppContext.BaseDirectory)
            .ConfigureServices(services => services
                .AddSingleton(Index)
                .AddNewsSearchServer()
                .Configure<NewsSearchServerOptions>(options => options.MaxExportArticles = ExportCap))
            .Configure(app => app.UseNewsSearchServer()));

    // The factory guesses a content root from the solution layout; the server needs none but it must exist.
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _corpus.Dispose();
        }
    }
}
