using System.Numerics;
using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Kernels;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.MiniBatchKMeans;

/// <summary>
/// Mini-batch k-means over a stream (Sculley 2010, with scikit-learn's per-centre learning rate): each
/// <see cref="PartialFit(Matrix{float}, double[])"/> assigns the batch to the current centroids and moves
/// each centroid to the weighted mean of everything it has absorbed so far. The first batch seeds the
/// centroids with greedy k-means++. The state is explicit and mutable by design (a stream has state); for a
/// one-shot fit use <see cref="MiniBatchKMeans"/>.
/// </summary>
public sealed class MiniBatchKMeansStream
{
    /// <summary>Rows gathered per parallel work item of <see cref="AbsorbRows{T}"/>.</summary>
    private const int GatherBlockRows = 1024;

    private double[] _centroids = [];

    /// <summary>The reused batch buffer of <see cref="AbsorbRows{T}"/> (a Matrix of float or double).</summary>
    private object? _gathered;
    private double[] _weights = [];

    /// <summary>A stream with the given options (validated here).</summary>
    public MiniBatchKMeansStream(MiniBatchKMeansOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
    }

    /// <summary>The options.</summary>
    public MiniBatchKMeansOptions Options { get; }

    /// <summary>Batches absorbed so far.</summary>
    public long Steps { get; private set; }

    /// <summary>Features, fixed by the first batch (0 before it).</summary>
    public int FeatureCount { get; private set; }

    /// <summary>A copy of the current centroids (K rows); empty before the first batch.</summary>
    public double[][] Centroids => Enumerable.Range(0, _weights.Length)
        .Select(c => _centroids.AsSpan(c * FeatureCount, FeatureCount).ToArray())
        .ToArray();

    /// <summary>Total weight absorbed by each centroid.</summary>
    public IReadOnlyList<double> ClusterWeights => _weights;

    /// <summary>Absorbs one batch of float32 rows (optionally weighted).</summary>
    public void PartialFit(Matrix<float> batch, double[]? weights = null) => Absorb(batch, weights);

    /// <summary>Absorbs one batch of float64 rows (optionally weighted).</summary>
    public void PartialFit(Matrix<double> batch, double[]? weights = null) => Absorb(batch, weights);

    /// <summary>
    /// Absorbs the rows <paramref name="rows"/> of <paramref name="data"/> as one batch (rows may repeat), without
    /// the caller copying them out first: the gather (random reads from a large matrix, mostly cache misses)
    /// runs on all cores into a buffer the stream keeps.
    /// </summary>
    public void PartialFit(Matrix<float> data, ReadOnlySpan<int> rows) => AbsorbRows(data, rows);

    /// <summary>Absorbs the rows <paramref name="rows"/> of <paramref name="data"/> as one batch (float64).</summary>
    public void PartialFit(Matrix<double> data, ReadOnlySpan<int> rows) => AbsorbRows(data, rows);

    /// <summary>The current state as a model fitted on <paramref name="data"/> (labels and inertia of those rows).</summary>
    public KMeansModel ToModel(Matrix<float> data) => Snapshot(data, KMeansPrecision.Single);

    /// <summary>The current state as a model fitted on <paramref name="data"/>.</summary>
    public KMeansModel ToModel(Matrix<double> data) => Snapshot(data, KMeansPrecision.Double);

    internal void AbsorbRows<T>(Matrix<T> data, ReadOnlySpan<int> rows)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(data);
        foreach (int row in rows)
        {
            if ((uint)row >= (uint)data.Rows)
            {
                throw new ArgumentOutOfRangeException(nameof(rows), $"row {row} is outside the data's {data.Rows} rows");
            }
        }

        if (_gathered is not Matrix<T> batch || batch.Rows != rows.Length || batch.Cols != data.Cols)
        {
            batch = new Matrix<T>(rows.Length, data.Cols);
            _gathered = batch;
        }

        // Each row is copied to its own slot, so the batch is the same on any number of threads.
        var picks = rows.ToArray();
        var blocks = RowBlocks.OfSize(picks.Length, GatherBlockRows);
        BlockParallel.For(blocks, Options.MaxDegreeOfParallelism, b =>
        {
            for (int r = blocks.Start(b), end = r + blocks.Length(b); r < end; r++)
            {
                data.RowReadOnly(picks[r]).CopyTo(batch.Row(r));
            }
        });
        Absorb(batch, null);
    }

    internal void Absorb<T>(Matrix<T> batch, double[]? weights)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        DataChecks.EnsureUsable(batch, nameof(batch));
        var errors = new ParameterErrors();
        errors.Require(Steps > 0 || batch.Rows >= Options.K, nameof(batch), $"the first batch needs at least K = {Options.K} rows; got {batch.Rows}");
        errors.Require(Steps == 0 || batch.Cols == FeatureCount, nameof(batch), $"has {batch.Cols} features but the stream has {FeatureCount}");
        errors.Require(weights is null || weights.Length == batch.Rows, "weights", $"must have one weight per row ({batch.Rows})");
        errors.Require(weights is null || weights.All(w => double.IsFinite(w) && w >= 0), "weights", "must be finite and >= 0");
        errors.ThrowIfAny();

        var problem = new KMeansProblem<T>(batch, weights, Options.MaxDegreeOfParallelism, CancellationToken.None);
        int d = batch.Cols;
        if (Steps == 0)
        {
            FeatureCount = d;
            _centroids = KMeansPlusPlusInit<T>.Run(problem, Options.K, Seeds.Derive(Options.Seed, 0));
            _weights = new double[Options.K];
        }

        var labels = new int[batch.Rows];
        KMeansRestart.AssignAll(problem, new CentroidPanel<T>(_centroids, Options.K, d), labels);

        // Per-centre learning rate: new centre = (old centre × absorbed weight + batch sum) / new weight.
        var sums = new double[Options.K * d];
        var batchWeights = new double[Options.K];
        for (int i = 0; i < batch.Rows; i++)
        {
            double w = problem.Weight(i);
            SimdMath.AddScaledToDouble(batch.RowReadOnly(i), w, sums.AsSpan(labels[i] * d, d));
            batchWeights[labels[i]] += w;
        }

        for (int c = 0; c < Options.K; c++)
        {
            if (batchWeights[c] <= 0)
            {
                continue;
            }

            double total = _weights[c] + batchWeights[c];
            for (int j = 0; j < d; j++)
            {
                int at = (c * d) + j;
                _centroids[at] = ((_centroids[at] * _weights[c]) + sums[at]) / total;
            }

            _weights[c] = total;
        }

        Steps++;
    }

    private KMeansModel Snapshot<T>(Matrix<T> data, KMeansPrecision precision)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (Steps == 0)
        {
            throw new InvalidOperationException("The stream has not seen a batch yet.");
        }

        DataChecks.EnsureUsable(data, nameof(data));
        new ParameterErrors().Require(data.Cols == FeatureCount, nameof(data), $"has {data.Cols} features but the stream has {FeatureCount}").ThrowIfAny();
        var problem = new KMeansProblem<T>(data, null, Options.MaxDegreeOfParallelism, CancellationToken.None);
        var panel = new CentroidPanel<T>(_centroids, Options.K, FeatureCount);
        var labels = new int[data.Rows];
        KMeansRestart.AssignAll(problem, panel, labels);
        double inertia = KMeansRestart.Inertia(problem, panel, labels);
        return new KMeansModel(Centroids, labels, inertia, (int)Math.Min(Steps, int.MaxValue), precision, new KMeansFitTimings(0, 0));
    }
}
