using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Pipeline.Segmentation;

/// <summary>Options of <see cref="KMeansSegmenter"/>.</summary>
public sealed record SegmentationOptions
{
    /// <summary>Smallest k tried; default 2.</summary>
    public int MinK { get; init; } = 2;

    /// <summary>Largest k tried; default 10 (more segments than a team can act on rarely helps).</summary>
    public int MaxK { get; init; } = 10;

    /// <summary>Use exactly this k instead of choosing; default null (choose by silhouette).</summary>
    public int? K { get; init; }

    /// <summary>k-means restarts per k (best inertia kept); default 4.</summary>
    public int Restarts { get; init; } = 4;

    /// <summary>Rows the silhouette is computed on when there are more; default 4000 (O(s²) cost stays under a second).</summary>
    public int SilhouetteSample { get; init; } = 4000;

    /// <summary>Random seed; default 42 so runs are reproducible.</summary>
    public int Seed { get; init; } = Core.Internal.Seeds.Default;

    /// <summary>Threads; default -1 (all cores). Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Checks the options against the number of customers, reporting every problem.</summary>
    public void Validate(int customers) => new ParameterErrors()
        .Require(customers >= 2, "customers", $"at least 2 customers are needed to form segments; the data has {customers}")
        .Require(MinK >= 2, nameof(MinK), "must be at least 2")
        .Require(MaxK >= MinK, nameof(MaxK), "must be at least MinK")
        .Require(K is null || K >= 2, "--k", $"must be at least 2, got {K}")
        .Require(K is null || K <= customers, "--k", $"is {K} but the data has only {customers} customers")
        .Require(Restarts >= 1, nameof(Restarts), "must be at least 1")
        .Require(SilhouetteSample >= 10, nameof(SilhouetteSample), "must be at least 10")
        .ThrowIfAny();
}
