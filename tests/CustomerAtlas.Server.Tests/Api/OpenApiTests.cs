using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CustomerAtlas.Server.Tests.Hosting;

namespace CustomerAtlas.Server.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed partial class OpenApiTests(ServerFixture fixture)
{
    [Fact]
    public async Task The_document_lists_every_endpoint_and_the_key_scheme()
    {
        using var client = fixture.Server.Client(null);
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "/segments", "/segments/{id}", "/segments/map", "/customers/{id}", "/score", "/drift", "/models", "/quality", "/health" }, paths);
        var scheme = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_interactive_reference_loads_everything_from_this_server()
    {
        using var client = fixture.Server.Client(null);
        var page = await client.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        string html = await page.Content.ReadAsStringAsync();

        var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(scripts);
        long largest = 0;
        foreach (string src in scripts)
        {
            Assert.False(src.StartsWith("http", StringComparison.OrdinalIgnoreCase) || src.StartsWith("//", StringComparison.Ordinal), $"Script {src} is not local.");
            var script = await client.GetAsync(new Uri(new Uri(fixture.Server.BaseAddress, "/scalar/"), src));
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
            largest = Math.Max(largest, (await script.Content.ReadAsByteArrayAsync()).Length);
        }

        // The reference app itself (megabytes of JavaScript) comes from this server, not a CDN.
        Assert.True(largest > 500_000, $"The largest local script is {largest} bytes; the bundled reference is missing.");

        Assert.DoesNotContain("cdn.", html, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSource();
}
