using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.DuckDb;
using CustomerAtlas.Data.Ingestion;
using CustomerAtlas.Pipeline.Running;
using CustomerAtlas.Server.Hosting;
using CustomerAtlas.Server.Runs;
using CustomerAtlas.Server.Security;
using CustomerAtlas.Testing;

namespace CustomerAtlas.Bench.Load;

/// <summary>
/// <c>load [--input FILE] [--seconds 60] [--concurrency 32] [--batch 10]</c>: fits a run on the
/// input (online-retail by default), serves it on loopback exactly as <c>atlas serve</c> does, and
/// drives <c>POST /score</c> (feature rows) and <c>GET /customers/{id}</c> with a closed loop of
/// concurrent clients; prints errors, throughput and p50/p99 latency per endpoint.
/// </summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(LoadOptions options)
    {
        string input = options.Input ?? SharedData.File("online-retail", "online_retail.csv.gz");
        int seconds = options.Seconds;
        int concurrency = options.Concurrency;
        int batch = options.Batch;
        if (!File.Exists(input))
        {
            Console.Error.WriteLine($"error: --input: file '{input}' not found.");
            return 2;
        }

        string root = Directory.CreateTempSubdirectory("atlas-load-").FullName;
        try
        {
            string runDirectory = Path.Combine(root, "atlas-out");
            Console.WriteLine($"fitting {input} ...");
            await SegmentPipeline.RunAsync(new SegmentRequest { Input = new DataSource { Path = input }, OutputDirectory = runDirectory });
            var catalog = await RunCatalog.LoadAsync(runDirectory);
            var bodies = await FeatureBodiesAsync(runDirectory, batch);
            var ids = catalog.Run.Customers.Select(c => Uri.EscapeDataString(c.CustomerId)).ToArray();

            var (key, entry) = ApiKeyFile.Create("load", [Scopes.Read, Scopes.Score], requestsPerMinute: int.MaxValue);
            await using var app = AtlasServer.Build(catalog, new ApiKeyRegistry([entry]), new AtlasServerOptions { Urls = ["http://127.0.0.1:0"] });
            await app.StartAsync();
            var baseAddress = new Uri(app.Urls.Single());

            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
            using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
            client.DefaultRequestHeaders.Add(ApiKeyRegistry.HeaderName, key);
            LoadTarget[] targets =
            [
                new($"POST /score ({batch} feature rows)", i =>
                    new HttpRequestMessage(HttpMethod.Post, "/score") { Content = new ByteArrayContent(bodies[(int)(i % bodies.Length)]) { Headers = { ContentType = new("application/json") } } }),
                new("GET /customers/{id}", i => new HttpRequestMessage(HttpMethod.Get, "/customers/" + ids[(int)(i % ids.Length)])),
            ];

            Console.WriteLine($"serving {catalog.CustomerCount} customers, {catalog.Run.Segments.Count} segments on {baseAddress}; "
                + $"{concurrency} concurrent clients for {seconds} s (after 5 s warm-up), client and server in this process on {Environment.ProcessorCount} cores");
            var results = await LoadGenerator.RunAsync(client, targets, concurrency, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(5));
            Print(results);
            await app.StopAsync();
            return results.Any(r => r.Errors > 0) ? 1 : 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // JSON bodies of `batch` customers each, from the fit customers' own raw features.
    private static async Task<byte[][]> FeatureBodiesAsync(string runDirectory, int batch)
    {
        var scorer = Pipeline.Runs.SegmentRun.Load(runDirectory).CreateScorer();
        CustomerData data;
        await using (var engine = new DuckDbEngine())
        {
            data = await CustomerDataLoader.ApplyAsync(engine, scorer.Model.Reader, scorer.Model.FeaturePlan);
        }

        var columns = data.Features.ToDictionary(f => f.Name, f => f.Values, StringComparer.Ordinal);
        var bodies = new List<byte[]>();
        for (int start = 0; start + batch <= data.CustomerIds.Length && bodies.Count < 1000; start += batch)
        {
            var rows = Enumerable.Range(start, batch).Select(i =>
            {
                var row = new Dictionary<string, object?> { [PipelineScorer.FeatureIdColumn] = data.CustomerIds[i] };
                foreach (string name in scorer.FeatureNames)
                {
                    row[name] = double.IsNaN(columns[name][i]) ? null : columns[name][i];
                }

                return row;
            });
            bodies.Add(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { features = rows })));
        }

        return [.. bodies];
    }

    private static void Print(IReadOnlyList<LoadResult> results)
    {
        Console.WriteLine();
        Console.WriteLine($"{"endpoint",-34} {"requests",10} {"errors",7} {"req/s",9} {"p50 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Name,-34} {r.Requests,10} {r.Errors,7} {r.Throughput,9:F0} {r.P50Ms,8:F2} {r.P99Ms,8:F2} {r.MaxMs,8:F1}"));
        }

        long total = results.Sum(r => r.Requests);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"all",-34} {total,10} {results.Sum(r => r.Errors),7} {total / results[0].Seconds,9:F0}"));
    }
}
