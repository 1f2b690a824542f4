using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.ClickHouse;
using CustomerAtlas.Data.Engines.DuckDb;
using CustomerAtlas.Pipeline.Running;

namespace CustomerAtlas.Pipeline.Tests.Pushdown;

/// <summary>
/// The same manual online-retail segmentation (seed 42, k chosen by silhouette) through the product path on
/// DuckDB and on the two-shard cluster that scripts/services/clickhouse-start.sh started, run once for the class.
/// </summary>
public sealed class ClusterRuns : IAsyncLifetime
{
    private readonly TempDirectory _root = new("atlas-ch-runs-");

    public string Input { get; } = SharedData.File("online-retail", "online_retail.csv.gz");

    public SegmentResult OnDuckDb { get; private set; } = null!;

    public SegmentResult OnCluster { get; private set; } = null!;

    public static Func<ISqlEngine> Cluster => () => ClickHouseEngine.OpenWorkspace(ClickHouseTestCluster.Connection);

    public SegmentRequest Request(string name) => new() { Input = new DataSource { Path = Input }, OutputDirectory = _root.PathOf(name) };

    public async Task InitializeAsync()
    {
        OnDuckDb = await SegmentPipeline.RunAsync(Request("duckdb"), engineFactory: () => new DuckDbEngine(threads: 1));
        OnCluster = await SegmentPipeline.RunAsync(Request("clickhouse"), engineFactory: Cluster);
    }

    public Task DisposeAsync() => _root.DisposeAsync().AsTask();
}
