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
    /// <summary>Serves <paramref name="catalog"/> until <paramref name="cancellationToken"/> fires or the host stops.</summary>
    public static async Task RunAsync(SegmentCatalog catalog, string? keysFile, AtlasServerOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(output);
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
        await output.WriteLineAsync($"Serving model {catalog.Model.Version} ({catalog.Model.SegmentCount} segments, {catalog.CustomerCount} customers) on {string.Join(", ", app.Urls)}").ConfigureAwait(false);
        await output.WriteLineAsync($"  dashboard  {url}/dashboard/").ConfigureAwait(false);
        await output.WriteLineAsync($"  API docs   {url}/scalar/  (OpenAPI: {url}/openapi/v1.json)").ConfigureAwait(false);
        if (oneRunKey is not null)
        {
            await output.WriteLineAsync($"  API key    {oneRunKey}  (scopes read, score; valid until this server stops; use --keys for lasting keys)").ConfigureAwait(false);
            await output.WriteLineAsync($"  open       {url}/dashboard/#key={oneRunKey}").ConfigureAwait(false);
        }
        else
        {
            await output.WriteLineAsync($"  API keys   {keys.Keys.Count} from {keysFile}").ConfigureAwait(false);
        }

        await output.WriteLineAsync("Press Ctrl+C to stop.").ConfigureAwait(false);
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
    }
}
