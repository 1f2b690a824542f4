using CustomerAtlas.Server.Catalog;
using CustomerAtlas.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace CustomerAtlas.Server.Hosting;

/// <summary>
/// What <c>atlas serve</c> does once it has a catalog: picks the API keys (the key file, or one
/// fresh key for this run only, printed once), starts the server and runs until Ctrl+C.
/// </summary>
public static class AtlasServe
{
    /// <summary>Serves <paramref name="catalog"/>, telling <paramref name="writeLine"/> where and with which key, until <paramref name="cancellationToken"/> fires or the host stops.</summary>
    public static async Task RunAsync(SegmentCatalog catalog, string? keysFile, AtlasServerOptions options, Action<string> writeLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(writeLine);
        ApiKeyRegistry keys;
        string? oneRunKey = null;
        if (keysFile is null)
        {
            var (key, entry) = ApiKeyFile.Create("this-run", [Scopes.Read, Scopes.Score]);
            keys = new ApiKeyRegistry([entry]);
            oneRunKey = key;
        }
        else
        {
            keys = new ApiKeyRegistry(ApiKeyFile.Load(keysFile));
        }

        await using var app = AtlasServer.Build(catalog, keys, options);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        string url = app.Urls.First().TrimEnd('/');
        writeLine($"Serving model {catalog.Model.Version} ({catalog.Model.SegmentCount} segments, {catalog.CustomerCount} customers) on {string.Join(", ", app.Urls)}");
        writeLine($"  dashboard  {url}/dashboard/");
        writeLine($"  API docs   {url}/scalar/  (OpenAPI: {url}/openapi/v1.json)");
        if (oneRunKey is not null)
        {
            writeLine($"  API key    {oneRunKey}  (scopes read, score; valid until this server stops; use --keys for lasting keys)");
            writeLine($"  open       {url}/dashboard/#key={oneRunKey}");
        }
        else
        {
            writeLine($"  API keys   {keys.Keys.Count} from {keysFile}");
        }

        writeLine("Press Ctrl+C to stop.");
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
    }
}
