namespace CustomerAtlas.Cli.Demo;

/// <summary>Where the bundled demo data lives.</summary>
public static class DemoFiles
{
    /// <summary>File name of the demo log inside demo/.</summary>
    public const string FileName = "transactions.csv.gz";

    /// <summary>
    /// demo/transactions.csv.gz, searched from the current folder and from the executable's folder
    /// upwards (the repository layout), or <c>$ATLAS_HOME/demo</c>.
    /// </summary>
    public static string Locate()
    {
        var starts = new[] { Environment.GetEnvironmentVariable("ATLAS_HOME"), Directory.GetCurrentDirectory(), AppContext.BaseDirectory };
        foreach (string? start in starts)
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "demo", FileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new ArgumentException($"The demo data (demo/{FileName}) was not found from {Directory.GetCurrentDirectory()}; run atlas from the repository, or regenerate it with 'atlas demo-data'.");
    }
}
