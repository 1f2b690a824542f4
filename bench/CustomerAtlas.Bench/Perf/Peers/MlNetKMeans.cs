using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CustomerAtlas.Bench.Perf;

/// <summary>
/// ML.NET's KMeansTrainer on the same data: k-means++ seeding, then Yinyang iterations until its own
/// convergence test (or the iteration cap). The data is cached in ML.NET's own format first (not timed, as
/// ML.NET needs it); the time reported is the trainer's whole Fit, seeding included, like ours. The seeding
/// share is read from the trainer's own log: the time between its "Initializing centroids" and "Centroids
/// initialized" messages. ML.NET caps its threads at half the logical cores (1 on a 2-core box), and its
/// k-means++ is the plain one-candidate-per-step kind and always single-threaded.
/// Inertia and ARI are measured on ML.NET's centroids with our kernels.
/// </summary>
public static class MlNetKMeans
{
    /// <summary>Fits ML.NET k-means on <paramref name="data"/>.</summary>
    public static CaseMeasurement Run(BenchData data, int k, int iterations)
    {
        var ml = new MLContext(seed: 0);
        Trainer(ml, k, 2).Fit(CachedView(ml, data.X.Head(Math.Min(data.X.Rows, 20_000)))); // warm-up, untimed
        var view = CachedView(ml, data.X);
        var trainer = Trainer(ml, k, iterations);
        var clock = Stopwatch.StartNew();
        double initStart = double.NaN;
        double initEnd = double.NaN;
        ml.Log += (_, e) =>
        {
            if (e.RawMessage.StartsWith("Initializing centroids", StringComparison.Ordinal))
            {
                initStart = clock.Elapsed.TotalSeconds;
            }
            else if (e.RawMessage.StartsWith("Centroids initialized", StringComparison.Ordinal))
            {
                initEnd = clock.Elapsed.TotalSeconds;
            }
        };
        var cpu = ProcessCpu.Start();
        clock.Restart();
        var model = trainer.Fit(view);
        double seconds = clock.Elapsed.TotalSeconds;
        double fitCpu = cpu.Seconds;

        VBuffer<float>[] centroids = [];
        model.Model.GetClusterCentroids(ref centroids, out int count);
        var rowsOut = new double[count][];
        for (int c = 0; c < count; c++)
        {
            rowsOut[c] = centroids[c].DenseValues().Select(v => (double)v).ToArray();
        }

        return new CaseMeasurement
        {
            Seconds = seconds,
            FitCpuSeconds = fitCpu,
            InitSeconds = double.IsFinite(initEnd - initStart) ? initEnd - initStart : null,
            Quality = KMeansQuality.Measure(data, rowsOut),
        };
    }

    private static IDataView CachedView(MLContext ml, CustomerAtlas.Core.Data.Matrix<float> x)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, x.Cols);
        var rows = Enumerable.Range(0, x.Rows).Select(i => new FeatureRow { Features = x.RowReadOnly(i).ToArray() });
        var view = ml.Data.Cache(ml.Data.LoadFromEnumerable(rows, schema));
        using (var cursor = view.GetRowCursor(view.Schema))
        {
            while (cursor.MoveNext())
            {
            }
        }

        return view;
    }

    private static KMeansTrainer Trainer(MLContext ml, int k, int iterations) =>
        ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            FeatureColumnName = nameof(FeatureRow.Features),
            NumberOfClusters = k,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            MaximumNumberOfIterations = iterations,
            OptimizationTolerance = 1e-7f,
            NumberOfThreads = Environment.ProcessorCount,
        });

    private sealed class FeatureRow
    {
        public float[] Features { get; set; } = [];
    }
}
