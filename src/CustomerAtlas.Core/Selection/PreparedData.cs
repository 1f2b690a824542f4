using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Selection;

/// <summary>
/// One preprocessing choice applied to the customer features (e.g. "zscore", "robust+pca"):
/// the matrix algorithms are fitted on. All preparations hold the same rows in the same order.
/// </summary>
/// <param name="Name">Short name shown on the leaderboard.</param>
/// <param name="Data">The transformed rows.</param>
public sealed record PreparedData(string Name, Matrix<double> Data);
