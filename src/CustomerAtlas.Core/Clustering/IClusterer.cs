using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Clustering;

/// <summary>
/// An algorithm configured by an immutable options record. <see cref="Fit"/> validates the
/// options and the data (reporting every problem at once), then returns a new fitted model;
/// the clusterer itself keeps no state between calls.
/// </summary>
public interface IClusterer
{
    /// <summary>Fits a model to <paramref name="data"/>.</summary>
    IClusterModel Fit(Matrix<double> data, CancellationToken cancellationToken = default);
}
