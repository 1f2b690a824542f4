using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Clustering;

/// <summary>
/// An immutable fitted clustering. Every model assigns new rows (density methods included:
/// rows that belong to no cluster get <see cref="Noise"/>).
/// </summary>
public interface IClusterModel
{
    /// <summary>Label given to rows that belong to no cluster (density methods).</summary>
    const int Noise = -1;

    /// <summary>The algorithm's short name, as used in saved models (e.g. "kmeans").</summary>
    string Algorithm { get; }

    /// <summary>Number of clusters found (noise excluded).</summary>
    int ClusterCount { get; }

    /// <summary>Number of features the model was fitted on.</summary>
    int FeatureCount { get; }

    /// <summary>Labels of the training rows, 0..ClusterCount-1 or <see cref="Noise"/>.</summary>
    IReadOnlyList<int> Labels { get; }

    /// <summary>Assigns each row of <paramref name="data"/> to a cluster (or <see cref="Noise"/>).</summary>
    int[] Predict(Matrix<double> data);
}
