using CustomerAtlas.Core.Clustering.Agglomerative;
using CustomerAtlas.Core.Clustering.GaussianMixture;
using CustomerAtlas.Core.Clustering.Genie;
using CustomerAtlas.Core.Clustering.Hdbscan;
using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Clustering.KMedoids;
using CustomerAtlas.Core.Clustering.KPrototypes;
using CustomerAtlas.Core.Clustering.Spectral;

namespace CustomerAtlas.Core.Selection;

/// <summary>
/// The library's algorithms described for the automatic search, with the row caps and cost
/// estimates that keep a 60-second budget useful on tables of any size.
/// </summary>
public static class AlgorithmCatalog
{
    /// <summary>Rows above which spectral clustering is left out of the default search ("spectral for small n").</summary>
    public const int SpectralMaxRows = 5_000;

    /// <summary>
    /// Most rows a k-means candidate is fitted on: 20,000, a seeded sample above it. Every k in the range
    /// is a fit of its own, so on 100,000 rows the full-table fits spent the screening budget before the
    /// upper half of a 2–100 range was reached; 20,000 rows still give each of 100 segments of 0.5 % a
    /// hundred rows to place its centre, and cost a fifth.
    /// </summary>
    public const int KMeansMaxFitRows = 20_000;

    /// <summary>Names accepted by <see cref="Create(string, int, int)"/> and <c>--algorithm</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["kmeans", "gmm", "agglomerative", "genie", "hdbscan", "spectral", "kmedoids"];

    /// <summary>
    /// k-means++ with 3 restarts: the cheap, strong baseline. Fitted on at most <see cref="KMeansMaxFitRows"/>
    /// rows; the model assigns the rest to the nearest centre.
    /// </summary>
    public static AlgorithmSpec KMeans(int maxDegreeOfParallelism = -1) => new()
    {
        Name = "kmeans",
        MaxFitRows = KMeansMaxFitRows,
        Create = s => new KMeans(new KMeansOptions { K = s.K!.Value, Seed = s.Seed, MaxDegreeOfParallelism = maxDegreeOfParallelism }),
    };

    /// <summary>
    /// Gaussian mixture with full covariances; the family keeps its lowest-BIC k. Cost factor 20:
    /// the perf bench (issue 5) measured EM at about 45× k-means per row and cluster (diagonal
    /// covariances, 50 iterations, against 3 k-means restarts), so mixtures are ordered after the
    /// k-means fits of the same k range instead of crowding them out of the budget.
    /// </summary>
    public static AlgorithmSpec GaussianMixture(int maxDegreeOfParallelism = -1) => new()
    {
        Name = "gmm",
        CostFactor = 20,
        KChoice = FamilyKChoice.Bic,
        Create = s => new GaussianMixtureClusterer(new GaussianMixtureOptions
        {
            ComponentCount = s.K!.Value,
            Seed = s.Seed,
            MaxDegreeOfParallelism = maxDegreeOfParallelism,
        }),
    };

    /// <summary>
    /// Ward agglomerative on at most 3 000 rows (quadratic); the rest are assigned by the model. Cost factor
    /// 0.02 per row² · column (measured 0.021–0.024 on 3 000 × 10 and × 34).
    /// </summary>
    public static AlgorithmSpec Agglomerative(int maxDegreeOfParallelism = -1) => new()
    {
        Name = "agglomerative",
        Variants = ["ward"],
        Growth = CostGrowth.Quadratic,
        CostFactor = 0.02,
        MaxFitRows = 3_000,
        Create = s => new AgglomerativeClusterer(new AgglomerativeOptions
        {
            ClusterCount = s.K!.Value,
            Linkage = Linkage.Ward,
            MaxDegreeOfParallelism = maxDegreeOfParallelism,
        }),
    };

    /// <summary>
    /// Genie (Gini-corrected single linkage) on at most 20 000 rows: one minimum spanning tree,
    /// the thresholds of <see cref="GenieFamily.Thresholds"/>, every hierarchy cut in the k range
    /// a candidate of its own (see <see cref="GenieFamily"/>); one tree per smoothing factor M of
    /// <paramref name="smoothing"/> (default <see cref="GenieFamily.DefaultSmoothing"/>). Cost factor 10 per
    /// n log n · column: tree and merges of every threshold (measured 7–8 at 3 000–7 000 rows, about 14 at
    /// 20 000); each cut is measured on top.
    /// </summary>
    /// <exception cref="ArgumentException">A smoothing factor is below 1.</exception>
    public static AlgorithmSpec Genie(int maxDegreeOfParallelism = -1, IReadOnlyList<int>? smoothing = null) => new()
    {
        Name = "genie",
        ChoosesK = true,
        Variants = [.. CheckedSmoothing(smoothing ?? GenieFamily.DefaultSmoothing).Distinct().Select(GenieFamily.FitVariant)],
        Growth = CostGrowth.Linearithmic,
        CostFactor = 10,
        MaxFitRows = 20_000,
        Create = s => GenieFamily.Create(s, maxDegreeOfParallelism),
        Cuts = GenieFamily.Cuts,
    };

    /// <summary>
    /// HDBSCAN, which chooses k and marks noise, tried with minimum cluster sizes of 1 % and 3 % of the
    /// rows (at least 5 and 10) on at most 20 000 rows; the family keeps the setting with the higher DBCV.
    /// Both sizes grow with n and core distances need that many neighbours, so the cost grows like n²:
    /// factor 0.06 per row² · column (measured 0.05 at 3 000 rows and 0.06 at 20 000).
    /// </summary>
    public static AlgorithmSpec Hdbscan(int rows, int maxDegreeOfParallelism = -1)
    {
        int fitted = Math.Min(rows, 20_000);
        int small = Math.Max(5, fitted / 100);
        int large = Math.Max(10, (3 * fitted) / 100);
        return new AlgorithmSpec
        {
            Name = "hdbscan",
            ChoosesK = true,
            KChoice = FamilyKChoice.DensityValidity,
            Variants = [$"min_cluster_size={small}", $"min_cluster_size={large}"],
            Growth = CostGrowth.Quadratic,
            CostFactor = 0.06,
            MaxFitRows = 20_000,
            Create = s => new HdbscanClusterer(new HdbscanOptions
            {
                MinClusterSize = s.Variant == $"min_cluster_size={small}" ? small : large,
                MaxDegreeOfParallelism = maxDegreeOfParallelism,
            }),
        };
    }

    /// <summary>Spectral clustering on a 10-nearest-neighbour graph of at most 2 000 rows; cost factor 0.3 per row² · column (measured).</summary>
    public static AlgorithmSpec Spectral(int maxDegreeOfParallelism = -1) => new()
    {
        Name = "spectral",
        Growth = CostGrowth.Quadratic,
        CostFactor = 0.3,
        MaxFitRows = 2_000,
        Create = s => new SpectralClusterer(new SpectralOptions
        {
            ClusterCount = s.K!.Value,
            Seed = s.Seed,
            MaxDegreeOfParallelism = maxDegreeOfParallelism,
        }),
    };

    /// <summary>k-medoids (FasterPAM) on at most 2 000 rows: robust to outliers.</summary>
    public static AlgorithmSpec KMedoids(int maxDegreeOfParallelism = -1) => new()
    {
        Name = "kmedoids",
        Growth = CostGrowth.Quadratic,
        CostFactor = 0.1,
        MaxFitRows = 2_000,
        Create = s => new KMedoidsClusterer(new KMedoidsOptions { ClusterCount = s.K!.Value, MaxDegreeOfParallelism = maxDegreeOfParallelism }),
    };

    /// <summary>
    /// k-prototypes (Huang 1998) for mixed data: squared Euclidean distance on the numeric columns plus
    /// γ × category mismatches on <paramref name="categoricalColumns"/>, which hold raw category codes
    /// (not one-hot columns). For a preparation made for it alone (<see cref="PreparedData.OnlyAlgorithm"/>).
    /// Cost factor 8 against k-means (measured about 8 on telco, 7 043 × 20).
    /// </summary>
    public static AlgorithmSpec KPrototypes(IReadOnlyList<int> categoricalColumns, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(categoricalColumns);
        int[] columns = [.. categoricalColumns];
        return new AlgorithmSpec
        {
            Name = KPrototypesModel.AlgorithmName,
            CostFactor = 8,
            Create = s => new KPrototypesClusterer(new KPrototypesOptions
            {
                ClusterCount = s.K!.Value,
                CategoricalColumns = columns,
                Seed = s.Seed,
                MaxDegreeOfParallelism = maxDegreeOfParallelism,
            }),
        };
    }

    /// <summary>
    /// The default search for numeric customer features with <paramref name="rows"/> rows:
    /// k-means, GMM, Ward, Genie and HDBSCAN always; spectral only up to <see cref="SpectralMaxRows"/> rows.
    /// </summary>
    public static IReadOnlyList<AlgorithmSpec> Default(int rows, int maxDegreeOfParallelism = -1)
    {
        var specs = new List<AlgorithmSpec>
        {
            KMeans(maxDegreeOfParallelism),
            GaussianMixture(maxDegreeOfParallelism),
            Agglomerative(maxDegreeOfParallelism),
            Genie(maxDegreeOfParallelism),
            Hdbscan(rows, maxDegreeOfParallelism),
        };
        if (rows <= SpectralMaxRows)
        {
            specs.Add(Spectral(maxDegreeOfParallelism));
        }

        return specs;
    }

    /// <summary>The spec named <paramref name="name"/> (see <see cref="Names"/>).</summary>
    public static AlgorithmSpec Create(string name, int rows, int maxDegreeOfParallelism = -1) => name switch
    {
        "kmeans" => KMeans(maxDegreeOfParallelism),
        "gmm" => GaussianMixture(maxDegreeOfParallelism),
        "agglomerative" => Agglomerative(maxDegreeOfParallelism),
        "genie" => Genie(maxDegreeOfParallelism),
        "hdbscan" => Hdbscan(rows, maxDegreeOfParallelism),
        "spectral" => Spectral(maxDegreeOfParallelism),
        "kmedoids" => KMedoids(maxDegreeOfParallelism),
        _ => throw new ArgumentException($"Unknown algorithm '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>BIC of Gaussian mixtures (null for every other model), for <see cref="ValidityHooks.Bic"/>.</summary>
    public static double? Bic(Clustering.IClusterModel model, Data.Matrix<double> data) =>
        model is GaussianMixtureModel gmm ? gmm.Bic(data) : null;

    // M = 1 is plain Genie; below it there is no mutual-reachability distance, and a silent 0 would
    // duplicate the M = 1 candidates under another name.
    private static IReadOnlyList<int> CheckedSmoothing(IReadOnlyList<int> smoothing)
    {
        if (smoothing.Any(m => m < 1))
        {
            throw new ArgumentException($"Every Genie smoothing factor M must be at least 1, got {string.Join(", ", smoothing)}.", nameof(smoothing));
        }

        return smoothing;
    }
}
