using System.CommandLine;
using CustomerAtlas.Bench.CommandLine;

namespace CustomerAtlas.Bench.Quality;

/// <summary>
/// Options of the commands that read the clustering benchmark sets (<c>quality</c>, <c>selection-lab</c>): where the
/// sets are, and which batteries to read. The shared data lives beside the repository (<c>../shared</c>).
/// </summary>
internal static class BenchmarkSetOptions
{
    /// <summary>The <c>--data</c> option: the folder of the benchmark sets, by default the shared clustering-data-v1.</summary>
    public static Option<string> DataDirectory() => new("--data")
    {
        Description = "Folder of the clustering benchmark sets",
        HelpName = "DIR",
        DefaultValueFactory = _ => SharedFolder("data", "clustering-data-v1"),
    };

    /// <summary>The <c>--battery</c> list, each item one of the batteries of the benchmark collection.</summary>
    public static Option<string[]> Batteries(string description, params string[] aliases) =>
        OptionRules.CommaList<string>("--battery", description,
            problem: OptionRules.OneOf(() => [.. QualityOptions.MainBatteries, .. QualityOptions.GaussianBatteries]), aliases: aliases);

    /// <summary>A folder under the shared folder beside the repository.</summary>
    public static string SharedFolder(params string[] parts) => Path.Combine([RepositoryParent(), "shared", .. parts]);

    /// <summary>The folder holding the repository (where ../shared lives), found from the working directory upwards.</summary>
    private static string RepositoryParent()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CustomerAtlas.slnx")))
        {
            dir = dir.Parent;
        }

        return (dir ?? new DirectoryInfo(Directory.GetCurrentDirectory())).Parent?.FullName ?? "..";
    }
}
