using System.Text;
using System.Text.RegularExpressions;
using KoreanNewsSearch.Querying;
using Microsoft.Playwright;

namespace KoreanNewsSearch.Tests.Server;

/// <summary>The search page in headless Chromium against a real server: what a reader clicks, checked against the library.</summary>
[Collection(nameof(BrowserCollection))]
public sealed partial class BrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Search_filter_sort_page_go_back_narrow_by_trend_and_open_an_article()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.id"));

        await page.Keyboard.TypeAsync("대통령");
        await NavigateBy(page, () => page.Keyboard.PressAsync("Enter"), "q=%EB%8C%80");
        Assert.Equal(Total(new SearchRequest { Query = "대통령" }), await ShownTotal(page));
        Assert.Equal(Titles(new SearchRequest { Query = "대통령" }), await page.Locator(".hit h3").AllInnerTextsAsync());

        var source = page.Locator("[data-facet=source] a").First;
        var sourceName = await source.Locator(".value").InnerTextAsync();
        await NavigateBy(page, () => source.ClickAsync(), "source=");
        var filtered = new SearchRequest { Query = "대통령", Sources = [sourceName] };
        Assert.Equal(Total(filtered), await ShownTotal(page));
        Assert.Equal("true", await page.Locator("[data-facet=source] a.on").GetAttributeAsync("aria-pressed"));

        await NavigateBy(page, () => page.SelectOptionAsync("#sort", "newest"), "sort=newest");
        Assert.Equal(Titles(filtered with { Sort = SearchSort.Newest }), await page.Locator(".hit h3").AllInnerTextsAsync());

        await NavigateBy(page, () => page.ClickAsync("a[rel=next]"), "page=2");
        Assert.Equal(Titles(filtered with { Sort = SearchSort.Newest, Offset = 10 }), await page.Locator(".hit h3").AllInnerTextsAsync());
        await page.GoBackAsync();
        Assert.DoesNotContain("page=2", page.Url, StringComparison.Ordinal);
        Assert.Equal(Titles(filtered with { Sort = SearchSort.Newest }), await page.Locator(".hit h3").AllInnerTextsAsync());

        var bar = page.Locator(".trend a.bar").Last;
        var label = await bar.GetAttributeAsync("aria-label");
        await NavigateBy(page, () => bar.ClickAsync(), "from=[0-9]");
        var shownCount = int.Parse(label!.Split(": ")[1].TrimEnd('건').Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(shownCount, await ShownTotal(page));

        await NavigateBy(page, () => page.Locator(".hit h3 a").First.ClickAsync(), "/articles/");
        Assert.Contains("대통령", await page.Locator(".body mark").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("#headline").InnerTextAsync()));
    }

    /// <summary>
    /// Does what navigates and waits for the page it loads. Listening starts before the action: waiting for the URL after
    /// it missed a navigation that had already finished now and then (the page loaded, the wait timed out).
    /// </summary>
    private static async Task NavigateBy(IPage page, Func<Task> action, string urlPattern)
    {
        Assert.DoesNotMatch(urlPattern, page.Url);
        var loaded = page.WaitForURLAsync(new Regex(urlPattern));
        await action();
        await loaded;
    }

    [Fact]
    public async Task Csv_button_downloads_every_matching_article()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("정부") + "&sort=oldest");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-csv"));
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());

        Assert.Equal("knews-export.csv", download.SuggestedFilename);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes);
        foreach (var title in Titles(new SearchRequest { Query = "정부", Sort = SearchSort.Oldest }))
        {
            Assert.Contains(title, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Hostile_articles_run_no_script_and_show_their_markup_as_text()
    {
        var page = await browser.NewPage();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("해킹"));
        await page.Locator(".hit").First.HoverAsync();
        var results = await page.Locator("main").InnerTextAsync();
        await page.GotoAsync("/articles/hostile-script?q=" + Uri.EscapeDataString("해킹"));
        await page.Locator(".body").HoverAsync();
        var article = await page.Locator("main").InnerTextAsync();
        await page.GotoAsync("/articles/hostile-css");
        var styledVisible = await page.Locator("#headline").IsVisibleAsync();

        Assert.Empty(dialogs);
        Assert.Contains("<script>alert(1)</script>", results, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(2)>", article, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main img, main script, main style").CountAsync());
        Assert.True(styledVisible);
    }

    [Fact]
    public async Task At_375_pixels_the_page_fits_without_sideways_scrolling()
    {
        var page = await browser.NewPage(375, 800);
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("대통령"));

        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375);
        Assert.True(await page.Locator("#q").IsVisibleAsync());
        Assert.True(await page.Locator(".hit").First.IsVisibleAsync());
    }

    private int Total(SearchRequest request) => browser.Index.Search(request).Total;

    private List<string> Titles(SearchRequest request) => [.. browser.Index.Search(request).Hits.Select(h => h.Title)];

    private static async Task<int> ShownTotal(IPage page) =>
        int.Parse((await page.Locator("#summary strong").InnerTextAsync()).Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
