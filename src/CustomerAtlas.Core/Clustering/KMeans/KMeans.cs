using System.Numerics;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Kernels;
using CustomerAtlas.Core.Validation;
using BlockParallel = CustomerAtlas.Core.Kernels.BlockParallel;

namespace CustomerAtlas.Core.Clustering.KMeans;

/// <summary>
/// k-means clustering: greedy k-means++ (or random) seeding, then Lloyd or Hamerly iterations, best of
/// <see cref="KMeansOptions.NInit"/> restarts. Float data is clustered in float (with double sums) without
/// being widened; the result is the same on any number of threads.
/// </summary>
public sealed class KMeans(KMeansOptions options) : IClusterer
{
    /// <summary>A clusterer with default options.</summary>
    public KMeans()
        : this(new KMeansOptions())
    {
    }

    /// <summary>The options this clusterer fits with.</summary>
    public KMeansOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <inheritdoc />
    IClusterModel IClusterer.Fit(Matrix<double> data, CancellationToken cancellationToken) => Fit(data, cancellationToken);

    /// <summary>Fits on float64 data.</summary>
    public KMeansModel Fit(Matrix<double> data, CancellationToken cancellationToken = default) =>
        FitCore(data, null, KMeansPrecision.Double, cancellationToken);

    /// <summary>Fits on float32 data (computed in float32, sums in float64; the data is not copied).</summary>
    public KMeansModel Fit(Matrix<float> data, CancellationToken cancellationToken = default) =>
        FitCore(data, null, KMeansPrecision.Single, cancellationToken);

    /// <summary>Fits on float64 data with one non-negative weight per row (weight w acts like w copies of the row).</summary>
    public KMeansModel Fit(Matrix<double> data, double[] sampleWeights, CancellationToken cancellationToken = default) =>
        FitCore(data, sampleWeights ?? throw new ArgumentNullException(nameof(sampleWeights)), KMeansPrecision.Double, cancellationToken);

    /// <summary>Fits on float32 data with one non-negative weight per row.</summary>
    public KMeansModel Fit(Matrix<float> data, double[] sampleWeights, CancellationToken cancellationToken = default) =>
        FitCore(data, sampleWeights ?? throw new ArgumentNullException(nameof(sampleWeights)), KMeansPrecision.Single, cancellationToken);

    /// <summary>Fits in the precision of <typeparamref name="T"/> (for algorithms built on k-means).</summary>
    internal KMeansModel FitIn<T>(Matrix<T> data, CancellationToken cancellationToken)
        where T : unmanaged, IFloatingPointIeee754<T>
        => FitCore(data, null, typeof(T) == typeof(float) ? KMeansPrecision.Single : KMeansPrecision.Double, cancellationToken);

    private KMeansModel FitCore<T>(Matrix<T> data, double[]? weights, KMeansPrecision precision, CancellationToken cancellationToken)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Options.Validate();
        DataChecks.EnsureUsable(data, nameof(data));
        DataChecks.EnsureClusterCount(data.Rows, Options.K, nameof(Options.K));
        CheckWeights(weights, data.Rows, Options.K);

        var problem = new KMeansProblem<T>(data, weights, Options.MaxDegreeOfParallelism, cancellationToken);
        double tolerance = Options.Tolerance == 0 ? 0 : Options.Tolerance * MeanFeatureVariance(problem);
        KMeansRunResult? best = null;
        double initSeconds = 0;
        double iterationSeconds = 0;
        for (int restart = 0; restart < Options.NInit; restart++)
        {
            var run = KMeansRestart.Run(problem, Options, tolerance, Seeds.Derive(Options.Seed, restart));
            initSeconds += run.InitSeconds;
            iterationSeconds += run.IterationSeconds;
            if (best is null || run.Inertia < best.Inertia)
            {
                best = run;
            }
        }

        int d = data.Cols;
        var centroids = new double[Options.K][];
        for (int c = 0; c < Options.K; c++)
        {
            centroids[c] = best!.Centroids.AsSpan(c * d, d).ToArray();
        }

        return new KMeansModel(centroids, best!.Labels, best.Inertia, best.Iterations, precision, new KMeansFitTimings(initSeconds, iterationSeconds));
    }

    /// <summary>
    /// Runs the iterations from <paramref name="start"/> (K rows of the data's width) instead of seeding: no restarts, the
    /// seed unused. For polishing centres found on a sample with every row (the automatic search fits k-means on at most
    /// 20,000 rows), where a fresh seeding could land in another local optimum than the one the search chose.
    /// </summary>
    /// <exception cref="ArgumentException">The start has other than <see cref="KMeansOptions.K"/> rows or another width than the data.</exception>
    public KMeansModel Refine(Matrix<double> data, double[][] start, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        Options.Validate();
        DataChecks.EnsureUsable(data, nameof(data));
        DataChecks.EnsureClusterCount(data.Rows, Options.K, nameof(Options.K));
        if (start.Length != Options.K || start.Any(c => c is null || c.Length != data.Cols || c.Any(v => !double.IsFinite(v))))
        {
            throw new ArgumentException($"start must hold K = {Options.K} finite centres of {data.Cols} values each.", nameof(start));
        }

        var problem = new KMeansProblem<double>(data, null, Options.MaxDegreeOfParallelism, cancellationToken);
        double tolerance = Options.Tolerance == 0 ? 0 : Options.Tolerance * MeanFeatureVariance(problem);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = KMeansRestart.Iterate(problem, Options, tolerance, [.. start.SelectMany(c => c)]);
        int d = data.Cols;
        var centroids = Enumerable.Range(0, Options.K).Select(c => run.Centroids.AsSpan(c * d, d).ToArray()).ToArray();
        return new KMeansModel(centroids, run.Labels, run.Inertia, run.Iterations, KMeansPrecision.Double, new KMeansFitTimings(0, clock.Elapsed.TotalSeconds));
    }

    private static void CheckWeights(double[]? weights, int rows, int k)
    {
        if (weights is null)
        {
            return;
        }

        var errors = new ParameterErrors();
        if (weights.Length != rows)
        {
            errors.Add("sampleWeights", $"must have one weight per row ({rows}); got {weights.Length}");
        }
        else
        {
            int bad = Array.FindIndex(weights, w => !double.IsFinite(w) || w < 0);
            errors.Require(bad < 0, "sampleWeights", bad < 0 ? string.Empty : $"must be finite and >= 0 (row {bad} has {weights[bad]})");
            int positive = weights.Count(w => w > 0);
            errors.Require(bad >= 0 || positive >= k, "sampleWeights", $"need at least K = {k} rows with positive weight; got {positive}");
        }

        errors.ThrowIfAny();
    }

    /// <summary>Mean over features of the (unweighted) variance, as scikit-learn scales its tolerance.</summary>
    private static double MeanFeatureVariance<T>(KMeansProblem<T> problem)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int d = problem.Cols;
        int blocks = problem.Blocks.Count;
        var partial = new double[blocks * d];
        problem.ForEachBlock(b =>
        {
            var sums = partial.AsSpan(b * d, d);
            int end = problem.Blocks.Start(b) + problem.Blocks.Length(b);
            for (int i = problem.Blocks.Start(b); i < end; i++)
            {
                SimdMath.AddScaledToDouble(problem.RowRange(i, 1), 1, sums);
            }
        });
        var mean = new double[d];
        Kernels.BlockParallel.SumInBlockOrder(partial, blocks, d, mean);
        for (int j = 0; j < d; j++)
        {
            mean[j] /= problem.Rows;
        }

        problem.ForEachBlock(b =>
        {
            var squares = partial.AsSpan(b * d, d);
            squares.Clear();
            int end = problem.Blocks.Start(b) + problem.Blocks.Length(b);
            for (int i = problem.Blocks.Start(b); i < end; i++)
            {
                var x = problem.RowRange(i, 1);
                for (int j = 0; j < d; j++)
                {
                    double diff = double.CreateTruncating(x[j]) - mean[j];
                    squares[j] += diff * diff;
                }
            }
        });
        var variance = new double[d];
        Kernels.BlockParallel.SumInBlockOrder(partial, blocks, d, variance);
        return variance.Sum() / ((double)d * problem.Rows);
    }
}
