using System.Numerics;
using System.Text.Json.Serialization;
using CustomerAtlas.Core.Clustering.Assignment;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Distances;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.KMeans;

/// <summary>
/// A fitted k-means model: centroids, training labels and inertia. Assignment measures distances in
/// the precision the model was fitted in (<see cref="Precision"/>), so <see cref="Predict(Matrix{double})"/>
/// on the training rows reproduces <see cref="Labels"/> exactly.
/// </summary>
public sealed class KMeansModel : IRuleAssignedModel
{
    /// <summary>Creates a model (used by the fit and by deserialisation).</summary>
    [JsonConstructor]
    public KMeansModel(double[][] centroids, int[] labels, double inertia, int iterations, KMeansPrecision precision, KMeansFitTimings timings)
    {
        ArgumentNullException.ThrowIfNull(centroids);
        ArgumentNullException.ThrowIfNull(labels);
        if (centroids.Length == 0 || centroids.Any(c => c is null || c.Length != centroids[0].Length || c.Length == 0))
        {
            throw new ArgumentException("Centroids must be a non-empty list of equal-length, non-empty rows.", nameof(centroids));
        }

        Centroids = centroids;
        Labels = labels;
        Inertia = inertia;
        Iterations = iterations;
        Precision = precision;
        Timings = timings ?? new KMeansFitTimings(0, 0);
    }

    /// <inheritdoc />
    [JsonIgnore]
    public string Algorithm => "kmeans";

    /// <inheritdoc />
    [JsonIgnore]
    public int ClusterCount => Centroids.Length;

    /// <inheritdoc />
    [JsonIgnore]
    public int FeatureCount => Centroids[0].Length;

    /// <summary>Cluster centres, one row per cluster.</summary>
    public double[][] Centroids { get; }

    /// <summary>Labels of the training rows, 0..K-1.</summary>
    public int[] Labels { get; }

    IReadOnlyList<int> IClusterModel.Labels => Labels;

    /// <summary>Weighted sum of squared distances of the training rows to their centroids.</summary>
    public double Inertia { get; }

    /// <summary>Iterations run by the winning restart.</summary>
    public int Iterations { get; }

    /// <summary>The precision distances were measured in during the fit.</summary>
    public KMeansPrecision Precision { get; }

    /// <summary>Where the fit's time went (seeding vs iterations).</summary>
    public KMeansFitTimings Timings { get; }

    /// <summary>Nearest centroid of each row.</summary>
    public int[] Predict(Matrix<double> data) => Precision == KMeansPrecision.Single
        ? PredictIn(data.ToSingle())
        : PredictIn(data);

    /// <summary>Nearest centroid of each row (float32 data; no conversion for float-fitted models).</summary>
    public int[] Predict(Matrix<float> data) => Precision == KMeansPrecision.Single
        ? PredictIn(data)
        : PredictIn(data.ToDouble());

    /// <inheritdoc />
    /// <remarks>Null for a float32 model: its distances are measured in float32, which a double rule would not reproduce.</remarks>
    public AssignmentRule? ExplicitRule() => Precision == KMeansPrecision.Double
        ? new NearestCentroidRule(FeatureCount, Flatten(), DistanceMetric.SquaredEuclidean)
        : null;

    /// <summary>Euclidean distance of each row to each centroid (rows × K), computed in double.</summary>
    public Matrix<double> Transform(Matrix<double> data)
    {
        CheckShape(data);
        var result = new Matrix<double>(data.Rows, ClusterCount);
        var flat = Flatten();
        for (int i = 0; i < data.Rows; i++)
        {
            var x = data.RowReadOnly(i);
            var output = result.Row(i);
            for (int c = 0; c < ClusterCount; c++)
            {
                output[c] = Math.Sqrt(SimdMath.SquaredDistance<double>(x, flat.AsSpan(c * FeatureCount, FeatureCount)));
            }
        }

        return result;
    }

    private int[] PredictIn<T>(Matrix<T> data)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckShape(data);
        Validation.DataChecks.EnsureUsable(data, nameof(data));
        var problem = new KMeansProblem<T>(data, null, -1, CancellationToken.None);
        var labels = new int[data.Rows];
        KMeansRestart.AssignAll(problem, new CentroidPanel<T>(Flatten(), ClusterCount, FeatureCount), labels);
        return labels;
    }

    private double[] Flatten()
    {
        var flat = new double[ClusterCount * FeatureCount];
        for (int c = 0; c < ClusterCount; c++)
        {
            Centroids[c].CopyTo(flat, c * FeatureCount);
        }

        return flat;
    }

    private void CheckShape<T>(Matrix<T> data)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Cols != FeatureCount)
        {
            throw new ArgumentException($"The model was fitted on {FeatureCount} features but the data has {data.Cols}.", nameof(data));
        }
    }
}
