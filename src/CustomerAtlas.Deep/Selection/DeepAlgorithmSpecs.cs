using CustomerAtlas.Core.Selection;
using CustomerAtlas.Deep.Dec;
using CustomerAtlas.Deep.Torch;
using CustomerAtlas.Deep.Vae;

namespace CustomerAtlas.Deep.Selection;

/// <summary>
/// The deep algorithms as candidates of the automatic search and as <c>--algorithm</c> choices.
/// </summary>
public static class DeepAlgorithmSpecs
{
    /// <summary>Fewest rows for which the automatic search tries a deep candidate: below it an
    /// autoencoder has too little data to learn a representation better than the features.</summary>
    public const int AutomaticMinRows = 1_000;

    /// <summary>Fewest features for which the automatic search tries a deep candidate: with a
    /// handful of features there is no non-linear structure worth compressing.</summary>
    public const int AutomaticMinFeatures = 8;

    /// <summary>Rows a deep candidate is fitted on at most; larger inputs are sampled by the search.</summary>
    public const int MaxFitRows = 20_000;

    /// <summary>Names accepted by <see cref="Create"/>.</summary>
    public static IReadOnlyList<string> Names => DeepModels.Algorithms;

    /// <summary>The spec of one deep algorithm; its fits report each epoch to <paramref name="progress"/> when given.</summary>
    public static AlgorithmSpec Create(string name, IProgress<TrainingProgress>? progress = null) => name switch
    {
        "dec" => Spec(name, s => new DecClusterer(new DecOptions { K = s.K!.Value, Variant = DecVariant.Dec, Seed = s.Seed }, progress)),
        "idec" => Spec(name, s => new DecClusterer(new DecOptions { K = s.K!.Value, Variant = DecVariant.Idec, Seed = s.Seed }, progress)),
        "vae-kmeans" => Spec(name, s => new VaeKMeansClusterer(new VaeOptions { K = s.K!.Value, Seed = s.Seed }, progress)),
        _ => throw new ArgumentException($"Unknown deep algorithm '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>
    /// The deep candidates the automatic search adds for data of this shape: IDEC (the variant
    /// that keeps local structure) when there are at least <see cref="AutomaticMinRows"/> rows
    /// and <see cref="AutomaticMinFeatures"/> features, else none. Its cost factor puts it last in
    /// the cheap-first order, so a tight budget skips it rather than a classical candidate.
    /// </summary>
    public static IReadOnlyList<AlgorithmSpec> Automatic(int rows, int features, IProgress<TrainingProgress>? progress = null) =>
        rows >= AutomaticMinRows && features >= AutomaticMinFeatures ? [Create("idec", progress)] : [];

    private static AlgorithmSpec Spec(string name, Func<AlgorithmSettings, Core.Clustering.IClusterer> create) => new()
    {
        Name = name,
        Create = create,
        Growth = CostGrowth.Linear,
        // Measured on the demo shop (3 000 × 10): about 1 200 k-means fits' worth per k and column.
        CostFactor = 1_200,
        MaxFitRows = MaxFitRows,
    };
}
