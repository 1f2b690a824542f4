using System.Numerics.Tensors;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Clustering.GaussianMixture;

/// <summary>
/// Starting partition for EM: greedy k-means++ seeding (Arthur &amp; Vassilvitskii 2007, with
/// 2 + ⌊ln k⌋ candidates per step, keeping the one that lowers the potential most) followed by
/// Lloyd iterations until no label changes. Local to the mixture code until the shared k-means
/// lands in Clustering/KMeans.
/// </summary>
internal static class KMeansSeeding
{
    private const int MaxLloydIterations = 100;

    public static int[] InitialLabels(Matrix<double> data, int k, Random random, CancellationToken cancellationToken)
    {
        var centers = SeedCenters(data, k, random);
        var labels = new int[data.Rows];
        Array.Fill(labels, -1);
        for (int iteration = 0; iteration < MaxLloydIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!Assign(data, centers, k, labels))
            {
                break;
            }

            UpdateCenters(data, centers, k, labels);
        }

        return labels;
    }

    private static double[] SeedCenters(Matrix<double> data, int k, Random random)
    {
        int n = data.Rows, d = data.Cols;
        var centers = new double[k * d];
        data.RowReadOnly(random.Next(n)).CopyTo(centers.AsSpan(0, d));
        var closest = new double[n];
        for (int i = 0; i < n; i++)
        {
            closest[i] = SquaredDistance(data.RowReadOnly(i), centers.AsSpan(0, d));
        }

        int candidates = 2 + (int)Math.Log(k);
        var trial = new double[n];
        var bestTrial = new double[n];
        for (int c = 1; c < k; c++)
        {
            double potential = closest.Sum();
            int bestRow = -1;
            double bestPotential = double.PositiveInfinity;
            for (int t = 0; t < candidates; t++)
            {
                int row = SampleProportional(closest, potential, random);
                double newPotential = 0;
                var candidate = data.RowReadOnly(row);
                for (int i = 0; i < n; i++)
                {
                    trial[i] = Math.Min(closest[i], SquaredDistance(data.RowReadOnly(i), candidate));
                    newPotential += trial[i];
                }

                if (newPotential < bestPotential)
                {
                    bestPotential = newPotential;
                    bestRow = row;
                    (trial, bestTrial) = (bestTrial, trial);
                }
            }

            data.RowReadOnly(bestRow).CopyTo(centers.AsSpan(c * d, d));
            bestTrial.CopyTo(closest, 0);
        }

        return centers;
    }

    /// <summary>A row drawn with probability proportional to its weight (uniform when all are 0).</summary>
    private static int SampleProportional(double[] weights, double total, Random random)
    {
        if (!(total > 0))
        {
            return random.Next(weights.Length);
        }

        double target = random.NextDouble() * total;
        double cumulative = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            cumulative += weights[i];
            if (cumulative > target)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    /// <summary>Moves each row to its nearest center; true when any label changed.</summary>
    private static bool Assign(Matrix<double> data, double[] centers, int k, int[] labels)
    {
        int d = data.Cols;
        bool changed = false;
        for (int i = 0; i < data.Rows; i++)
        {
            var row = data.RowReadOnly(i);
            int best = 0;
            double bestDistance = double.PositiveInfinity;
            for (int c = 0; c < k; c++)
            {
                double dist = SquaredDistance(row, centers.AsSpan(c * d, d));
                if (dist < bestDistance)
                {
                    bestDistance = dist;
                    best = c;
                }
            }

            changed |= labels[i] != best;
            labels[i] = best;
        }

        return changed;
    }

    /// <summary>Centers become the means of their rows; an empty cluster keeps its center.</summary>
    private static void UpdateCenters(Matrix<double> data, double[] centers, int k, int[] labels)
    {
        int d = data.Cols;
        var sums = new double[k * d];
        var counts = new int[k];
        for (int i = 0; i < data.Rows; i++)
        {
            counts[labels[i]]++;
            var target = sums.AsSpan(labels[i] * d, d);
            TensorPrimitives.Add(target, data.RowReadOnly(i), target);
        }

        for (int c = 0; c < k; c++)
        {
            if (counts[c] > 0)
            {
                TensorPrimitives.Divide(sums.AsSpan(c * d, d), counts[c], centers.AsSpan(c * d, d));
            }
        }
    }

    private static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double dist = TensorPrimitives.Distance(a, b);
        return dist * dist;
    }
}
