using CustomerAtlas.Data.Engines.ClickHouse;

namespace CustomerAtlas.Testing;

/// <summary>
/// The two-shard cluster that scripts/services/clickhouse-start.sh started (scripts/test.sh exports its
/// ATLAS_CLICKHOUSE_* variables). Tests fail with a clear message rather than pass when it is absent.
/// Linked into the test projects that reference CustomerAtlas.Data (Data, Pipeline, Cli).
/// </summary>
internal static class ClickHouseTestCluster
{
    /// <summary>The cluster of the test run; throws, naming the missing variable, when there is none.</summary>
    public static ClickHouseConnection Connection =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ClickHouseConnection.UrlVariable))
            ? throw new InvalidOperationException(
                $"{ClickHouseConnection.UrlVariable} is not set: run the tests through scripts/test.sh, or start the cluster with "
                + "scripts/services/clickhouse-start.sh <dir> and export the variables in <dir>/clickhouse.env.")
            : ClickHouseConnection.FromEnvironment();
}
