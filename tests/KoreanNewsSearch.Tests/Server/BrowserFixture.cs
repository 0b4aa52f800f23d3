using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Server;
using KoreanNewsSearch.Tests.Querying;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KoreanNewsSearch.Tests.Server;

/// <summary>
/// The browser tests share one server and browser and run on their own, after the parallel tests: page loads have a
/// 30 s limit that a machine busy with publishing and ingesting tests could otherwise exceed.
/// </summary>
[CollectionDefinition(nameof(BrowserCollection), DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;

/// <summary>
/// A real Kestrel server (as <c>knews serve</c> builds it) on a free loopback port over an on-disk index of the data/
/// corpus and the hostile articles, and one headless Debian Chromium driven by Playwright. If the browser cannot
/// start, the tests fail: there is no skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "knews-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public NewsIndex Index => _app!.Services.GetRequiredService<NewsIndex>();

    public async Task InitializeAsync()
    {
        using (var writer = NewsIndex.Open(_indexPath))
        {
            using var corpus = new SearchCorpusFixture();
            writer.Upsert([.. corpus.Articles, .. ServerFixture.ReadHostile()]);
            writer.Commit();
        }

        _app = NewsSearchServer.Create(_indexPath, ["http://127.0.0.1:0"]);
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task<IPage> NewPage(int width = 1280, int height = 1000)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Directory.Delete(_indexPath, recursive: true);
    }
}
