using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.MiniBatchKMeans;

/// <summary>Options of <see cref="MiniBatchKMeans"/> and <see cref="MiniBatchKMeansStream"/>.</summary>
public sealed record MiniBatchKMeansOptions
{
    /// <summary>Number of clusters. Default 8; must be 1..rows of the first batch.</summary>
    public int K { get; init; } = 8;

    /// <summary>Rows per mini-batch drawn by <see cref="MiniBatchKMeans.Fit(Data.Matrix{double}, CancellationToken)"/>. Default 1024 (scikit-learn's).</summary>
    public int BatchSize { get; init; } = 1024;

    /// <summary>
    /// Mini-batch steps of a <see cref="MiniBatchKMeans"/> fit. Default 100: with the default batch size the
    /// centroids have seen about 100k rows, past which extra steps rarely move them on segment data.
    /// </summary>
    public int Steps { get; init; } = 100;

    /// <summary>Random seed for the k-means++ start on the first batch and the batch draws. Default null = 42.</summary>
    public int? Seed { get; init; }

    /// <summary>Threads; -1 (default) = all cores. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Checks every option, reporting all problems at once.</summary>
    public void Validate()
    {
        new ParameterErrors()
            .Require(K >= 1, nameof(K), $"must be at least 1 (got {K})")
            .Require(BatchSize >= 1, nameof(BatchSize), $"must be at least 1 (got {BatchSize})")
            .Require(Steps >= 1, nameof(Steps), $"must be at least 1 (got {Steps})")
            .Require(MaxDegreeOfParallelism == -1 || MaxDegreeOfParallelism >= 1, nameof(MaxDegreeOfParallelism), $"must be -1 or at least 1 (got {MaxDegreeOfParallelism})")
            .ThrowIfAny();
    }
}
