using System.Text.Json.Serialization;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Core.Reduction.Embedding;

/// <summary>
/// A fitted t-SNE map. t-SNE has no mapping for unseen rows, so <see cref="Transform"/> is an
/// approximation: a new row is placed at the mean position of its nearest training rows
/// (Euclidean, in the input space). Good for showing where new customers fall on an existing
/// map; refit to let them shape the map.
/// </summary>
public sealed class TsneModel
{
    private readonly Lazy<KdTree> _index;

    /// <summary>Creates a model (used by <see cref="Tsne"/> and by deserialisation).</summary>
    [JsonConstructor]
    public TsneModel(int featureCount, double[] trainingRows, double[] coordinates, int transformNeighbors)
    {
        ArgumentNullException.ThrowIfNull(trainingRows);
        ArgumentNullException.ThrowIfNull(coordinates);
        if (featureCount < 1 || coordinates.Length == 0 || coordinates.Length % 2 != 0
            || trainingRows.Length != (long)(coordinates.Length / 2) * featureCount)
        {
            throw new ArgumentException("Training rows and coordinates do not describe the same rows.", nameof(coordinates));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(transformNeighbors, 1);
        FeatureCount = featureCount;
        TrainingRows = trainingRows;
        Coordinates = coordinates;
        TransformNeighbors = transformNeighbors;
        _index = new Lazy<KdTree>(() => new KdTree(new Matrix<double>(RowCount, FeatureCount, TrainingRows)));
    }

    /// <summary>Number of input features.</summary>
    public int FeatureCount { get; }

    /// <summary>Number of training rows.</summary>
    public int RowCount => Coordinates.Length / 2;

    /// <summary>The training rows, row-major (searched by <see cref="Transform"/>).</summary>
    public double[] TrainingRows { get; }

    /// <summary>The map: x, y of each training row (row-major n × 2).</summary>
    public double[] Coordinates { get; }

    /// <summary>Training rows averaged to place a new row.</summary>
    public int TransformNeighbors { get; }

    /// <summary>The map as an n × 2 matrix (a copy).</summary>
    public Matrix<double> Embedding() => new(RowCount, 2, (double[])Coordinates.Clone());

    /// <summary>Places new rows at the mean map position of their nearest training rows.</summary>
    public Matrix<double> Transform(Matrix<double> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Cols != FeatureCount)
        {
            throw new ArgumentException($"The model was fitted on {FeatureCount} features but the data has {data.Cols}.", nameof(data));
        }

        int k = Math.Min(TransformNeighbors, RowCount);
        var (indices, _) = _index.Value.KNearestAll(data, k);
        var result = new Matrix<double>(data.Rows, 2);
        for (int i = 0; i < data.Rows; i++)
        {
            for (int t = 0; t < k; t++)
            {
                int j = indices[(i * k) + t];
                result[i, 0] += Coordinates[2 * j] / k;
                result[i, 1] += Coordinates[(2 * j) + 1] / k;
            }
        }

        return result;
    }
}
