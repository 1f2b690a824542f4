using CustomerAtlas.Core.Clustering.KPrototypes;
using CustomerAtlas.Core.Selection;
using CustomerAtlas.Deep.Selection;
using CustomerAtlas.Deep.Torch;

namespace CustomerAtlas.Pipeline.Automatic;

/// <summary>
/// Every algorithm <c>atlas segment</c> can use: the clustering library's catalog plus deep
/// clustering (DEC, IDEC, VAE + k-means), which lives in its own assembly because of LibTorch.
/// </summary>
public static class SegmentAlgorithms
{
    /// <summary>
    /// k-prototypes: searched (and accepted by <c>--algorithm</c>) only when the input has categorical
    /// columns, on a preparation of its own that keeps them raw.
    /// </summary>
    public const string MixedData = KPrototypesModel.AlgorithmName;

    /// <summary>Names accepted by <c>--algorithm</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. AlgorithmCatalog.Names, MixedData, .. DeepAlgorithmSpecs.Names];

    /// <summary>
    /// The spec of the algorithm forced by <c>--algorithm</c> (k-prototypes comes with its preparation
    /// instead); deep ones report each training epoch to <paramref name="training"/> when given.
    /// </summary>
    public static AlgorithmSpec Create(string name, int rows, int maxDegreeOfParallelism, IProgress<TrainingProgress>? training = null) =>
        name == MixedData
            ? throw new ArgumentException("--algorithm kprototypes needs categorical columns (text columns of few values); this input has none.", "algorithm")
            : DeepAlgorithmSpecs.Names.Contains(name)
                ? DeepAlgorithmSpecs.Create(name, training)
                : AlgorithmCatalog.Create(name, rows, maxDegreeOfParallelism);

    /// <summary>The candidates of the automatic search for data of this shape (deep ones only where the data warrants them).</summary>
    public static IReadOnlyList<AlgorithmSpec> Default(int rows, int features, int maxDegreeOfParallelism, IProgress<TrainingProgress>? training = null) =>
        [.. AlgorithmCatalog.Default(rows, maxDegreeOfParallelism), .. DeepAlgorithmSpecs.Automatic(rows, features, training)];
}
