using System.Diagnostics;
using System.Numerics;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.KMeans;

/// <summary>The outcome of one restart.</summary>
internal sealed record KMeansRunResult(double[] Centroids, int[] Labels, double Inertia, int Iterations, double InitSeconds, double IterationSeconds);

/// <summary>One k-means restart: seeding, then assignment/update iterations until convergence.</summary>
internal static class KMeansRestart
{
    public static KMeansRunResult Run<T>(KMeansProblem<T> problem, KMeansOptions options, double absoluteTolerance, Random rng)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var clock = Stopwatch.StartNew();
        double[] centroids = options.Init == KMeansInit.KMeansPlusPlus
            ? KMeansPlusPlusInit<T>.Run(problem, options.K, rng)
            : RandomInit.Run(problem, options.K, rng);
        double initSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var result = Iterate(problem, options, absoluteTolerance, centroids);
        return result with { InitSeconds = initSeconds, IterationSeconds = clock.Elapsed.TotalSeconds };
    }

    /// <summary>Lloyd/Hamerly iterations from <paramref name="centroids"/> (k × d, updated in place).</summary>
    public static KMeansRunResult Iterate<T>(KMeansProblem<T> problem, KMeansOptions options, double absoluteTolerance, double[] centroids)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int k = options.K;
        int d = problem.Cols;
        var labels = new int[problem.Rows];
        Array.Fill(labels, -1);
        ITileAssigner<T> assigner = options.Algorithm == KMeansAlgorithm.Hamerly
            ? new HamerlyAssigner<T>(problem, labels)
            : new LloydAssigner<T>(problem, labels);
        var sums = new CentroidSums<T>(problem, k);
        int iterations = 0;
        bool strictlyConverged = false;
        for (int iteration = 0; iteration < options.MaxIterations; iteration++)
        {
            problem.CancellationToken.ThrowIfCancellationRequested();
            var panel = new CentroidPanel<T>(centroids, k, d);
            sums.AssignAndSum(assigner, panel, labels);
            bool relocated = EmptyClusterRelocation.Relocate(problem, panel, labels, sums.Sums, sums.ClusterWeights);
            double shift = UpdateCentroids(centroids, sums.Sums, sums.ClusterWeights, d);
            iterations = iteration + 1;
            if (sums.Changed == 0 && !relocated)
            {
                strictlyConverged = true;
                break;
            }

            if (shift <= absoluteTolerance)
            {
                break;
            }
        }

        // Labels and inertia for the final centroids (the last pass measured the previous ones unless
        // nothing changed, in which case the centroids are the same bits).
        var finalPanel = new CentroidPanel<T>(centroids, k, d);
        if (!strictlyConverged)
        {
            AssignAll(problem, finalPanel, labels);
        }

        double inertia = Inertia(problem, finalPanel, labels);
        return new KMeansRunResult(centroids, labels, inertia, iterations, 0, 0);
    }

    /// <summary>Labels every row against <paramref name="panel"/> (Lloyd's assignment, in parallel).</summary>
    public static void AssignAll<T>(KMeansProblem<T> problem, CentroidPanel<T> panel, int[] labels)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var assigner = new LloydAssigner<T>(problem, labels);
        problem.ForEachBlock(b =>
        {
            var scratch = new TileScratch<T>(panel.PaddedCount, problem.Cols);
            int end = problem.Blocks.Start(b) + problem.Blocks.Length(b);
            for (int start = problem.Blocks.Start(b); start < end; start += DistanceTile.TileRows)
            {
                assigner.AssignTile(start, Math.Min(DistanceTile.TileRows, end - start), panel, scratch);
            }
        });
    }

    /// <summary>Σ weight × direct squared distance to the assigned centroid, summed in block order.</summary>
    public static double Inertia<T>(KMeansProblem<T> problem, CentroidPanel<T> panel, int[] labels)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var partial = new double[problem.Blocks.Count];
        problem.ForEachBlock(b =>
        {
            double sum = 0;
            int end = problem.Blocks.Start(b) + problem.Blocks.Length(b);
            for (int i = problem.Blocks.Start(b); i < end; i++)
            {
                sum += problem.Weight(i) * Widen.ToDouble(SimdMath.SquaredDistance(problem.RowRange(i, 1), panel.Row(labels[i])));
            }

            partial[b] = sum;
        });
        double total = 0;
        foreach (double p in partial)
        {
            total += p;
        }

        return total;
    }

    /// <summary>Centroids = sums / weights (clusters left empty keep their centroid); returns Σ squared moves.</summary>
    private static double UpdateCentroids(double[] centroids, double[] sums, double[] weights, int d)
    {
        double shift = 0;
        for (int c = 0; c < weights.Length; c++)
        {
            if (weights[c] <= 0)
            {
                continue;
            }

            for (int j = 0; j < d; j++)
            {
                double updated = sums[(c * d) + j] / weights[c];
                double move = updated - centroids[(c * d) + j];
                shift += move * move;
                centroids[(c * d) + j] = updated;
            }
        }

        return shift;
    }
}
