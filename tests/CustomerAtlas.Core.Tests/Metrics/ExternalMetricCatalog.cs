using CustomerAtlas.Core.Metrics;

namespace CustomerAtlas.Core.Tests.Metrics;

/// <summary>Every external metric with the properties it promises, for the shared property suite.</summary>
internal static class ExternalMetricCatalog
{
    public sealed record Entry(
        string Name,
        Func<int[], int[], double> Score,
        double Lower,
        double Upper,
        bool Symmetric,
        bool PerfectIsOne);

    public static readonly Entry[] All =
    [
        new("ARI", (t, p) => AdjustedRandIndex.Score(t, p), -1, 1, Symmetric: true, PerfectIsOne: true),
        new("MI", (t, p) => MutualInformation.Score(t, p), 0, double.PositiveInfinity, Symmetric: true, PerfectIsOne: false),
        new("NMI", (t, p) => MutualInformation.Normalized(t, p), 0, 1, Symmetric: true, PerfectIsOne: true),
        new("AMI", (t, p) => MutualInformation.Adjusted(t, p), double.NegativeInfinity, 1, Symmetric: true, PerfectIsOne: true),
        new("Homogeneity", (t, p) => VMeasure.Score(t, p).Homogeneity, 0, 1, Symmetric: false, PerfectIsOne: true),
        new("Completeness", (t, p) => VMeasure.Score(t, p).Completeness, 0, 1, Symmetric: false, PerfectIsOne: true),
        new("V-measure", (t, p) => VMeasure.Score(t, p).VMeasure, 0, 1, Symmetric: true, PerfectIsOne: true),
        new("FMI", (t, p) => FowlkesMallows.Score(t, p), 0, 1, Symmetric: true, PerfectIsOne: true),
        new("Purity", (t, p) => Purity.Score(t, p), 0, 1, Symmetric: false, PerfectIsOne: true),
        new("Accuracy", (t, p) => ClusteringAccuracy.Score(t, p), 0, 1, Symmetric: true, PerfectIsOne: true),
        new("NCA", (t, p) => ClusteringAccuracy.Normalized(t, p), -1, 1, Symmetric: false, PerfectIsOne: true),
    ];
}
