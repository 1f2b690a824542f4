using System.Diagnostics;
using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Selection;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.ClickHouse;
using CustomerAtlas.Data.Ingestion;
using CustomerAtlas.Data.Pushdown;
using CustomerAtlas.Pipeline.Preprocessing;

namespace CustomerAtlas.Pipeline.Pushdown;

/// <summary>
/// k-means of <c>atlas segment</c> inside a ClickHouse cluster: the saved preprocessing is applied in SQL to the
/// feature table the loader left in the cluster (shard by shard), then each iteration is one scan there (the client
/// only divides k sums by counts). The result is an ordinary <see cref="KMeansModel"/>, so scoring in process
/// assigns exactly as the saved centroids say.
/// </summary>
public static class KMeansPushdown
{
    /// <summary>Name of the model-space table written next to the feature table.</summary>
    public const string ModelSpaceTable = "atlas_model_space";

    /// <summary>Most engine scans. 50: the start is already converged on the sample, so few are needed; each is a full scan.</summary>
    public const int MaxIterations = 50;

    /// <summary>True for engines k-means is pushed into (a ClickHouse cluster); the embedded engine clusters in process.</summary>
    public static bool AppliesTo(ISqlEngine engine) => engine is ClickHouseEngine;

    /// <summary>Seeded sample of row indices (increasing; all rows when there are at most <paramref name="size"/>).</summary>
    public static int[] SampleRows(int rows, int size, int seed) => RowSampler.Sample(rows, size, new Random(seed));

    /// <summary>
    /// Runs k-means from <paramref name="start"/> over every customer in the engine, in the space of
    /// <paramref name="preprocessor"/>; <paramref name="modelSpace"/> (the same customers in process) gives the
    /// training labels and inertia of the returned model.
    /// </summary>
    public static async Task<(KMeansModel Model, PushdownRecord Record)> FitAsync(
        ISqlEngine engine, Preprocessor preprocessor, Matrix<double> modelSpace, double[][] start, int sampleSize, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(preprocessor);
        ArgumentNullException.ThrowIfNull(modelSpace);
        ArgumentNullException.ThrowIfNull(start);
        var clock = Stopwatch.StartNew();
        var d = engine.Dialect;
        await engine.CreateCustomerTableAsync(ModelSpaceTable, "id",
            table => ModelSpaceSql.Query(d, preprocessor, table(CustomerDataLoader.FeaturesTable)), ct).ConfigureAwait(false);
        var columns = Enumerable.Range(0, preprocessor.Transforms.Count).Select(ModelSpaceSql.Column).ToArray();
        var options = new PushdownKMeansOptions { K = start.Length, MaxIterations = MaxIterations };
        var fit = await PushdownKMeans.FitAsync(engine, d.QuoteIdentifier(ModelSpaceTable), "id", columns, options, start, ct).ConfigureAwait(false);

        var timings = new KMeansFitTimings(0, clock.Elapsed.TotalSeconds);
        var centroids = fit.Centroids;
        var labels = new KMeansModel(centroids, [], 0, fit.Iterations, KMeansPrecision.Double, timings).Predict(modelSpace);
        var model = new KMeansModel(centroids, labels, Inertia(modelSpace, centroids, labels), fit.Iterations, KMeansPrecision.Double, timings);
        return (model, new PushdownRecord(engine.Name, sampleSize, fit.Counts.Sum(), fit.Iterations, fit.Converged, fit.Counts));
    }

    private static double Inertia(Matrix<double> data, double[][] centroids, int[] labels)
    {
        double total = 0;
        for (int i = 0; i < data.Rows; i++)
        {
            var row = data.RowReadOnly(i);
            var c = centroids[labels[i]];
            for (int j = 0; j < row.Length; j++)
            {
                total += (row[j] - c[j]) * (row[j] - c[j]);
            }
        }

        return total;
    }
}
