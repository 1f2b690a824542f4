using System.Globalization;
using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Data.Engines;

namespace CustomerAtlas.Data.Pushdown;

/// <summary>
/// k-means over a feature table that stays in the engine: the start comes from in-process k-means (k-means++)
/// on a reservoir sample; every iteration is one scan computing assignments and per-cluster sums inside the
/// engine (on ClickHouse each shard aggregates locally and the initiator merges k rows per shard); the client
/// only divides sums by counts. A cluster that receives no rows keeps its previous centroid.
/// </summary>
public static class PushdownKMeans
{
    /// <summary>Fits k-means on <paramref name="relation"/> (a table name or parenthesised query).</summary>
    /// <param name="engine">Where the feature table lives.</param>
    /// <param name="relation">Quoted table name or parenthesised subquery holding the features.</param>
    /// <param name="idColumn">Quoted id column; the sample is drawn in its order so it is the same on every engine.</param>
    /// <param name="features">Feature column names (unquoted), non-null numbers.</param>
    /// <param name="options">Options.</param>
    /// <param name="initialCentroids">A start to use instead of the sample (e.g. to compare engines); null = sample.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<PushdownKMeansResult> FitAsync(ISqlEngine engine, string relation, string idColumn, IReadOnlyList<string> features,
        PushdownKMeansOptions options, double[][]? initialCentroids = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (features.Count == 0) throw new ArgumentException("At least one feature column is needed.", nameof(features));
        var quoted = features.Select(engine.Dialect.QuoteIdentifier).ToArray();

        var sampleSize = 0;
        double[][] centroids;
        if (initialCentroids is not null)
        {
            if (initialCentroids.Length != options.K || initialCentroids.Any(c => c.Length != features.Count))
                throw new ArgumentException($"Initial centroids must be {options.K} x {features.Count}.", nameof(initialCentroids));
            centroids = [.. initialCentroids.Select(c => (double[])c.Clone())];
        }
        else
        {
            (centroids, sampleSize) = await StartAsync(engine, relation, idColumn, features, options, ct).ConfigureAwait(false);
        }

        var counts = new long[options.K];
        var iterations = 0;
        var converged = false;
        while (iterations < options.MaxIterations && !converged)
        {
            ct.ThrowIfCancellationRequested();
            var (next, nextCounts) = await StepAsync(engine, relation, quoted, centroids, ct).ConfigureAwait(false);
            iterations++;
            converged = MaxShift(centroids, next) <= options.Tolerance;
            centroids = next;
            counts = nextCounts;
        }
        return new PushdownKMeansResult(centroids, counts, iterations, converged, sampleSize, [.. features]);
    }

    /// <summary>
    /// The start: a reservoir sample of the feature table (in id order, so the same rows on every engine) clustered
    /// in process by Core's k-means (k-means++ seeding, Lloyd/Hamerly), returning its centroids and the sample size.
    /// </summary>
    public static async Task<(double[][] Centroids, int SampleSize)> StartAsync(ISqlEngine engine, string relation, string idColumn,
        IReadOnlyList<string> features, PushdownKMeansOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var quoted = features.Select(engine.Dialect.QuoteIdentifier).ToArray();
        var sample = await SampleAsync(engine, relation, idColumn, quoted, options, ct).ConfigureAwait(false);
        if (sample.Rows < options.K)
            throw new ArgumentException($"The feature table has {sample.Rows} rows, fewer than K = {options.K}.", nameof(options));
        var start = new KMeans(new KMeansOptions { K = options.K, Seed = options.Seed, NInit = 1 }).Fit(sample, ct);
        return (start.Centroids, sample.Rows);
    }

    /// <summary>One iteration: the new centroids (old ones kept for empty clusters) and the cluster sizes.</summary>
    public static async Task<(double[][] Centroids, long[] Counts)> StepAsync(ISqlEngine engine, string relation, IReadOnlyList<string> quotedFeatures,
        double[][] centroids, CancellationToken ct = default)
    {
        var next = centroids.Select(c => (double[])c.Clone()).ToArray();
        var counts = new long[centroids.Length];
        await foreach (var row in engine.QueryAsync(KMeansSql.Step(engine.Dialect, relation, quotedFeatures, centroids), ct).ConfigureAwait(false))
        {
            var cluster = Convert.ToInt32(row[0], CultureInfo.InvariantCulture) - 1;
            var n = Convert.ToInt64(row[1], CultureInfo.InvariantCulture);
            counts[cluster] = n;
            for (var j = 0; j < quotedFeatures.Count; j++) next[cluster][j] = Convert.ToDouble(row[2 + j], CultureInfo.InvariantCulture) / n;
        }
        return (next, counts);
    }

    private static double MaxShift(double[][] a, double[][] b)
    {
        var max = 0.0;
        for (var c = 0; c < a.Length; c++)
        {
            var s = 0.0;
            for (var j = 0; j < a[c].Length; j++) s += (a[c][j] - b[c][j]) * (a[c][j] - b[c][j]);
            max = Math.Max(max, Math.Sqrt(s));
        }
        return max;
    }

    private static async Task<Matrix<double>> SampleAsync(ISqlEngine engine, string relation, string idColumn, IReadOnlyList<string> quoted,
        PushdownKMeansOptions options, CancellationToken ct)
    {
        // Reservoir sampling (Algorithm R) over rows in id order: fixed client memory, same rows on every engine.
        var d = quoted.Count;
        var reservoir = new double[(long)options.SampleSize * d];
        var rng = Seeds.Create(options.Seed);
        long seen = 0;
        var sql = $"SELECT {string.Join(", ", quoted)} FROM {relation} ORDER BY {idColumn}";
        await foreach (var row in engine.QueryAsync(sql, ct).ConfigureAwait(false))
        {
            long slot = seen < options.SampleSize ? seen : rng.NextInt64(seen + 1);
            seen++;
            if (slot >= options.SampleSize) continue;
            for (var j = 0; j < d; j++)
                reservoir[slot * d + j] = Convert.ToDouble(row[j] ?? throw new InvalidDataException($"Feature {quoted[j]} is NULL; impute it before clustering."), CultureInfo.InvariantCulture);
        }
        var rows = (int)Math.Min(seen, options.SampleSize);
        return new Matrix<double>(rows, d, reservoir.AsSpan(0, rows * d).ToArray());
    }
}
