using System.CommandLine;
using CustomerAtlas.Bench.CommandLine;

namespace CustomerAtlas.Bench.Deep;

/// <summary>The <c>deep</c> subcommand's options.</summary>
internal static class DeepCommandLine
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var defaults = new DeepOptions();
        var k = OptionRules.Number("--k", "Clusters per method", defaults.K, minimum: 2);
        var resamples = OptionRules.Number("--resamples", "Bootstrap resamples for stability (mean ARI over 80 % resamples)", defaults.Resamples, minimum: 2);
        var datasets = OptionRules.CommaList<string>("--datasets", "Customer datasets to run", () => [.. defaults.Datasets], OptionRules.OneOf(() => DeepCommand.DatasetNames));
        var command = new Command("deep", "Silhouette, bootstrap stability and fit time of k-means, PCA + k-means, DEC, IDEC and VAE + k-means on customer data.");
        command.WithOptions(k, resamples, datasets);
        command.SetAction(parse => DeepCommand.Run(new DeepOptions
        {
            K = parse.GetValue(k),
            Resamples = parse.GetValue(resamples),
            Datasets = parse.GetValue(datasets)!,
        }));
        return command;
    }
}
