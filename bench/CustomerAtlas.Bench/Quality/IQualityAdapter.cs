using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality;

/// <summary>
/// One algorithm in the quality bench. Add an algorithm by adding one file under Adapters/ with a
/// class implementing this interface; <see cref="AdapterRegistry"/> finds it by reflection.
/// </summary>
internal interface IQualityAdapter
{
    /// <summary>Short name printed in the table (e.g. "gmm_full").</summary>
    string Name { get; }

    /// <summary>The matching algorithm column of sklearn_quality.csv (e.g. "gmm_full_std"), or null.</summary>
    string? SklearnPeer { get; }

    /// <summary>The matching algorithm column of r_quality.csv (e.g. "genie_std"), or null.</summary>
    string? RPeer { get; }

    /// <summary>
    /// True for algorithms needing O(n²) time or memory: skipped on sets with more than
    /// <see cref="QualityOptions.QuadraticRowLimit"/> rows, as the scikit-learn protocol did.
    /// </summary>
    bool Quadratic { get; }

    /// <summary>
    /// True when the adapter clusters the raw coordinates instead of standardized ones (to pair with
    /// a peer run on raw data, such as R's genie_raw). Default false.
    /// </summary>
    bool UsesRawData => false;

    /// <summary>What the adapter chose on its last call (algorithm and k, for adapters that choose), for the verbose log; null otherwise.</summary>
    string? LastChoice => null;

    /// <summary>Clusters <paramref name="data"/> (standardized unless <see cref="UsesRawData"/>) into <paramref name="k"/> groups; one label per row (-1 = noise).</summary>
    int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken);
}
