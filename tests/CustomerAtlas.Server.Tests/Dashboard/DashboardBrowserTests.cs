using CustomerAtlas.Server.Tests.Hosting;
using Microsoft.Playwright;

namespace CustomerAtlas.Server.Tests.Dashboard;

/// <summary>
/// Drives Debian's chromium (never a browser Playwright downloads) against the running server:
/// the dashboard must load from the server alone, show every panel, react to a segment click
/// and a customer lookup.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class DashboardBrowserTests(ServerFixture fixture) : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private IPlaywright? playwright;
    private IBrowser? browser;

    private static string ChromiumPath =>
        Environment.GetEnvironmentVariable("ATLAS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: run scripts/services/chromium-start.sh (or scripts/test.sh).");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    [Fact]
    public async Task Dashboard_shows_segments_drivers_and_a_customer_offline()
    {
        var catalog = fixture.Catalog;
        var page = await browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1300 } });
        var consoleErrors = new List<string>();
        var foreignRequests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };

        // Offline: any request that leaves this server is recorded and refused.
        string origin = fixture.Server.BaseAddress.GetLeftPart(UriPartial.Authority);
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(origin, StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                foreignRequests.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });

        await page.GotoAsync($"{origin}/dashboard/#key={Uri.EscapeDataString(fixture.Server.BrowserKey)}");
        await page.WaitForSelectorAsync("body[data-loaded='true']", new PageWaitForSelectorOptions { Timeout = 20_000 });

        Assert.Equal(catalog.Run.Segments.Count, await page.Locator("#segment-list .segment").CountAsync());
        Assert.Equal(catalog.Run.Segments.Count * catalog.ProfileFeatures.Count, await page.Locator("#heatmap-chart rect").CountAsync());
        Assert.True(await page.Locator("#map-chart circle").CountAsync() > 0, "the 2-D map has no points");
        Assert.Equal(catalog.Run.Segments.Count, await page.Locator("#confidence-chart text").CountAsync() / 2);
        Assert.True(await page.Locator("#quality .card").CountAsync() > 0, "the quality summary is empty");

        var segment = catalog.Run.Segments[^1];
        await page.ClickAsync($"#segment-list .segment[data-id='{segment.Id}']");
        await page.WaitForSelectorAsync("#drivers-chart .driver-bar");
        Assert.Equal(segment.Drivers.Count, await page.Locator("#drivers-chart .driver-bar").CountAsync());
        Assert.Contains(segment.Name, await page.InnerTextAsync("#detail-title"), StringComparison.Ordinal);

        var customer = catalog.Run.Customers[catalog.Run.Customers.Count / 2];
        await page.FillAsync("#customer-id", customer.CustomerId);
        await page.ClickAsync("#customer-form button");
        await page.WaitForSelectorAsync("#customer-card");
        string card = await page.InnerTextAsync("#customer-card");
        Assert.Contains(customer.CustomerId, card, StringComparison.Ordinal);
        Assert.Contains(catalog.FindSegment(customer.SegmentId)!.Name, card, StringComparison.Ordinal);

        await page.FillAsync("#customer-id", "no-such-customer");
        await page.ClickAsync("#customer-form button");
        await page.WaitForSelectorAsync("#customer-error");
        Assert.Contains("404", await page.InnerTextAsync("#customer-error"), StringComparison.Ordinal);

        await page.FillAsync("#customer-id", customer.CustomerId);
        await page.ClickAsync("#customer-form button");
        await page.WaitForSelectorAsync("#map-highlight");

        string screenshot = Path.Combine(AppContext.BaseDirectory, "dashboard.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000);

        Assert.Empty(foreignRequests);
        // The 404 lookup above logs one failed fetch; nothing else may fail.
        Assert.All(consoleErrors, e => Assert.Contains("404", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_key_the_dashboard_asks_for_one()
    {
        var page = await browser!.NewPageAsync();
        await page.GotoAsync(fixture.Server.BaseAddress + "dashboard/");
        await page.WaitForFunctionAsync("document.getElementById('status').textContent.length > 0");
        Assert.Contains("API key", await page.InnerTextAsync("#status"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#segment-list .segment").CountAsync());
    }
}
