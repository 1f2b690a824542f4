namespace CustomerAtlas.Data.Tests.Engines.ClickHouse;

/// <summary>
/// What the ClickHouse tests create on the cluster of <see cref="ClickHouseTestCluster"/>: table names no
/// other test uses, and temporary input files.
/// </summary>
internal static class ClickHouseTestServer
{
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
