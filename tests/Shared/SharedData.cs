namespace CustomerAtlas.Testing;

/// <summary>
/// Locates the shared datasets: <c>$ATLAS_SHARED_DATA</c> when set, else <c>../shared/data</c>
/// beside the repository root (the layout CI uses).
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding online-retail/, cdnow/, clustering-data-v1/ and the rest.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The full path of a file under the shared data folder.</summary>
    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The repository root (the folder holding CustomerAtlas.slnx).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "CustomerAtlas.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (CustomerAtlas.slnx).");
        }
    }

    private static string FindRoot()
    {
        string? env = Environment.GetEnvironmentVariable("ATLAS_SHARED_DATA");
        string path = !string.IsNullOrEmpty(env) ? env : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));
        return Directory.Exists(path)
            ? path
            : throw new DirectoryNotFoundException($"Shared data not found at {path}; set ATLAS_SHARED_DATA.");
    }
}
