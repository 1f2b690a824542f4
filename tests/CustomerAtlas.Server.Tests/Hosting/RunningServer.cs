using System.Net.Http.Headers;
using CustomerAtlas.Server.Catalog;
using CustomerAtlas.Server.Hosting;
using CustomerAtlas.Server.Security;
using Microsoft.AspNetCore.Builder;

namespace CustomerAtlas.Server.Tests.Hosting;

/// <summary>
/// The real server on a real Kestrel socket: 127.0.0.1 on a port the kernel picks. Holds one
/// key per test purpose so that tests of one limit cannot disturb another.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    /// <summary>The rate limit of <see cref="LimitedKey"/>, per minute.</summary>
    public const int LimitedKeyPermits = 3;

    private readonly WebApplication app;

    private RunningServer(WebApplication app, Uri baseAddress, IReadOnlyDictionary<string, string> keys)
    {
        this.app = app;
        BaseAddress = baseAddress;
        FullKey = keys["full"];
        ReadKey = keys["reader"];
        ScoreKey = keys["scorer"];
        LimitedKey = keys["limited"];
        BrowserKey = keys["browser"];
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A key with every scope.</summary>
    public string FullKey { get; }

    /// <summary>A key with only the read scope.</summary>
    public string ReadKey { get; }

    /// <summary>A key with only the score scope.</summary>
    public string ScoreKey { get; }

    /// <summary>A read key limited to <see cref="LimitedKeyPermits"/> requests a minute.</summary>
    public string LimitedKey { get; }

    /// <summary>A read key for the browser tests.</summary>
    public string BrowserKey { get; }

    /// <summary>Starts a server over <paramref name="catalog"/>.</summary>
    public static async Task<RunningServer> StartAsync(SegmentCatalog catalog, AtlasServerOptions? options = null)
    {
        var keys = new Dictionary<string, string>();
        var entries = new List<ApiKey>();
        void Add(string name, string[] scopes, int? perMinute = null)
        {
            var (key, entry) = ApiKeyFile.Create(name, scopes, perMinute);
            keys[name] = key;
            entries.Add(entry);
        }

        Add("full", [Scopes.Read, Scopes.Score], 100_000);
        Add("reader", [Scopes.Read], 100_000);
        Add("scorer", [Scopes.Score], 100_000);
        Add("limited", [Scopes.Read], LimitedKeyPermits);
        Add("browser", [Scopes.Read], 100_000);

        var app = AtlasServer.Build(catalog, new ApiKeyRegistry(entries), (options ?? new AtlasServerOptions()) with { Urls = ["http://127.0.0.1:0"] });
        await app.StartAsync();
        var address = new Uri(app.Urls.Single());
        return new RunningServer(app, address, keys);
    }

    /// <summary>A client for the server that sends <paramref name="key"/> (none when null).</summary>
    public HttpClient Client(string? key)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyRegistry.HeaderName, key);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
