namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// The silhouette (Rousseeuw 1987) computed on <see cref="GeodesicDistances"/> instead of straight
/// lines: for each clustered row, (b − a) / max(a, b) with a its mean geodesic distance to its own
/// cluster and b the smallest mean geodesic distance to another cluster; rows alone in their
/// cluster score 0 and noise rows (negative labels) are left out. In [−1, 1], higher is better.
/// Blobs score about as they do on Euclidean distances, while groups of any shape that are
/// separated by sparser space score high too: the index does not favour convex clusters.
/// O(n²) per labeling on the precomputed matrix.
/// </summary>
public static class GeodesicSilhouette
{
    /// <summary>Mean geodesic silhouette of <paramref name="labels"/> (NaN when fewer than two clusters hold rows).</summary>
    public static double Score(GeodesicDistances distances, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(distances);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count != distances.Rows)
        {
            throw new ArgumentException($"Has {labels.Count} labels for {distances.Rows} rows.", nameof(labels));
        }

        var dense = ClusteredLabels(labels, out int clusters);
        if (clusters < 2)
        {
            return double.NaN;
        }

        var sizes = new int[clusters];
        foreach (int c in dense)
        {
            if (c >= 0)
            {
                sizes[c]++;
            }
        }

        var sums = new double[clusters];
        double total = 0;
        int counted = 0;
        for (int i = 0; i < dense.Length; i++)
        {
            int own = dense[i];
            if (own < 0)
            {
                continue;
            }

            counted++;
            if (sizes[own] == 1)
            {
                continue;
            }

            Array.Clear(sums);
            var row = distances.Row(i);
            for (int j = 0; j < row.Length; j++)
            {
                if (dense[j] >= 0)
                {
                    sums[dense[j]] += row[j];
                }
            }

            double a = sums[own] / (sizes[own] - 1);
            double b = double.PositiveInfinity;
            for (int c = 0; c < clusters; c++)
            {
                if (c != own)
                {
                    b = Math.Min(b, sums[c] / sizes[c]);
                }
            }

            double spread = Math.Max(a, b);
            total += spread > 0 ? (b - a) / spread : 0;
        }

        return total / counted;
    }

    /// <summary>Non-negative labels mapped to 0..clusters-1 in ascending order; noise stays -1.</summary>
    private static int[] ClusteredLabels(IReadOnlyList<int> labels, out int clusters)
    {
        var index = new Dictionary<int, int>();
        foreach (int label in labels.Where(l => l >= 0).Distinct().Order())
        {
            index[label] = index.Count;
        }

        clusters = index.Count;
        var dense = new int[labels.Count];
        for (int i = 0; i < dense.Length; i++)
        {
            dense[i] = labels[i] >= 0 ? index[labels[i]] : -1;
        }

        return dense;
    }
}
