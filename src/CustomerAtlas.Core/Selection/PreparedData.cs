using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Selection;

/// <summary>
/// One preprocessing choice applied to the customer features (e.g. "zscore", "robust+pca"):
/// the matrix algorithms are fitted on. All preparations hold the same rows in the same order.
/// </summary>
/// <param name="Name">Short name shown on the leaderboard.</param>
/// <param name="Data">The transformed rows.</param>
/// <param name="OnlyAlgorithm">
/// When set, the preparation is meant for this algorithm alone (e.g. "kprototypes" on scaled numbers
/// plus raw category codes, which no other algorithm may read as numbers), and that algorithm runs
/// on no other preparation. Default null: every algorithm not bound to a preparation of its own.
/// </param>
public sealed record PreparedData(string Name, Matrix<double> Data, string? OnlyAlgorithm = null)
{
    /// <summary>
    /// Whether <paramref name="algorithm"/> may be fitted on <paramref name="preparation"/>, given every
    /// preparation of the search (<paramref name="all"/>).
    /// </summary>
    public static bool Allows(PreparedData preparation, string algorithm, IEnumerable<PreparedData> all)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        ArgumentNullException.ThrowIfNull(all);
        return preparation.OnlyAlgorithm is { } only
            ? only == algorithm
            : !all.Any(p => p.OnlyAlgorithm == algorithm);
    }
}
