namespace CustomerAtlas.Data.Tests.Engines.ClickHouse;

/// <summary>
/// What the ClickHouse tests create on the cluster of <see cref="ClickHouseTestCluster"/>: table names no
/// other test uses.
/// </summary>
internal static class ClickHouseTestServer
{
    /// <summary>A table name no other test uses.</summary>
    public static string UniqueTable(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
