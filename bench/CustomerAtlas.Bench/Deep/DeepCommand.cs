using System.Diagnostics;
using System.Globalization;
using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Testing;

namespace CustomerAtlas.Bench.Deep;

/// <summary>
/// `deep [--k K] [--resamples R] [--datasets a,b]`: on customer data, silhouette (in the
/// preprocessed feature space, sampled to 4,000 rows), bootstrap stability (mean ARI over R 80 %
/// resamples) and fit time of k-means, PCA + k-means, DEC, IDEC and VAE + k-means, as a table.
/// The reference-labelled comparison is `quality --battery uci --algorithms kmeans,dec,idec,vae-kmeans`.
/// </summary>
internal static class DeepCommand
{
    private static readonly (string Name, string RelativePath)[] Datasets =
    [
        ("customer-personality", "customer-personality/marketing_campaign.csv"),
        ("telco-churn", "telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv"),
        ("online-retail", "online-retail/online_retail.csv.gz"),
    ];

    /// <summary>Names of the datasets the command knows.</summary>
    public static readonly IReadOnlyList<string> DatasetNames = [.. Datasets.Select(d => d.Name)];

    public static int Run(DeepOptions options)
    {
        int k = options.K;
        int resamples = options.Resamples;
        var only = options.Datasets;
        Console.WriteLine($"deep: k={k}, {resamples} bootstrap resamples, {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"dataset",-22}{"n",7}{"d",4}  {"method",-12}{"silhouette",11}{"stability",10}{"fit s",8}");
        foreach (var (name, relative) in Datasets.Where(d => only.Contains(d.Name)))
        {
            var x = CustomerMatrix.LoadAsync(SharedData.File(relative)).GetAwaiter().GetResult();
            foreach (var (method, fit) in DeepMethods.All)
            {
                var watch = Stopwatch.StartNew();
                var model = fit(x, k, 42);
                double seconds = watch.Elapsed.TotalSeconds;
                double silhouette = Silhouette.SampledScore(x, model.Labels, 4000, seed: 42);
                var stability = BootstrapStability.Evaluate(
                    x, sample => fit(sample, k, 42), new StabilityOptions { Resamples = resamples, Seed = 42 });
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-22}{x.Rows,7}{x.Cols,4}  {method,-12}{silhouette,11:F4}{stability.MeanPairwiseAri,10:F4}{seconds,8:F1}"));
            }
        }

        return 0;
    }
}
