using CustomerAtlas.Data.Engines.ClickHouse;

namespace CustomerAtlas.Data.Tests.Engines.ClickHouse;

/// <summary>
/// The two-shard cluster that scripts/services/clickhouse-start.sh started (scripts/test.sh exports its
/// ATLAS_CLICKHOUSE_* variables). Tests fail with a clear message rather than pass when it is absent.
/// </summary>
internal static class ClickHouseTestServer
{
    public static ClickHouseConnection Connection
    {
        get
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ClickHouseConnection.UrlVariable)))
            {
                throw new InvalidOperationException(
                    "ATLAS_CLICKHOUSE_URL is not set: run the tests through scripts/test.sh, or start the cluster with " +
                    "scripts/services/clickhouse-start.sh <dir> and export the variables in <dir>/clickhouse.env.");
            }

            return ClickHouseConnection.FromEnvironment();
        }
    }

    /// <summary>A table name no other test uses.</summary>
    public static string UniqueTable(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>Writes a temporary file and returns its path.</summary>
    public static string TempFile(string content, string extension = ".csv")
    {
        var path = Path.Combine(Path.GetTempPath(), $"atlas-ch-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        return path;
    }
}
