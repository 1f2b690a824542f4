using System.Diagnostics;
using System.Numerics;
using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.MiniBatchKMeans;

/// <summary>
/// One-shot mini-batch k-means: <see cref="MiniBatchKMeansOptions.Steps"/> batches of
/// <see cref="MiniBatchKMeansOptions.BatchSize"/> rows drawn uniformly (with replacement, seeded) are fed
/// to a <see cref="MiniBatchKMeansStream"/>; the model then labels every row. Far cheaper than full
/// k-means on millions of rows, at a small cost in inertia.
/// </summary>
public sealed class MiniBatchKMeans(MiniBatchKMeansOptions options) : IClusterer
{
    /// <summary>The options.</summary>
    public MiniBatchKMeansOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <inheritdoc />
    IClusterModel IClusterer.Fit(Matrix<double> data, CancellationToken cancellationToken) => Fit(data, cancellationToken);

    /// <summary>Fits on float64 data.</summary>
    public KMeansModel Fit(Matrix<double> data, CancellationToken cancellationToken = default) => FitCore(data, cancellationToken, s => s.ToModel(data));

    /// <summary>Fits on float32 data.</summary>
    public KMeansModel Fit(Matrix<float> data, CancellationToken cancellationToken = default) => FitCore(data, cancellationToken, s => s.ToModel(data));

    private KMeansModel FitCore<T>(Matrix<T> data, CancellationToken cancellationToken, Func<MiniBatchKMeansStream, KMeansModel> finish)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Options.Validate();
        DataChecks.EnsureUsable(data, nameof(data));
        DataChecks.EnsureClusterCount(data.Rows, Options.K, nameof(Options.K));

        var clock = Stopwatch.StartNew();
        var stream = new MiniBatchKMeansStream(Options);
        var rng = Seeds.Derive(Options.Seed, 1);
        int batchRows = Math.Max(Options.BatchSize, Options.K);
        var picks = new int[batchRows];
        for (int step = 0; step < Options.Steps; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int r = 0; r < batchRows; r++)
            {
                picks[r] = rng.Next(data.Rows);
            }

            stream.AbsorbRows(data, picks);
        }

        var model = finish(stream);

        // Seeding happens inside the first step; the timings report all of it as iteration time.
        return new KMeansModel(model.Centroids, model.Labels, model.Inertia, model.Iterations, model.Precision, new KMeansFitTimings(0, clock.Elapsed.TotalSeconds));
    }
}
