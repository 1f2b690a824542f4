using System.Numerics.Tensors;

namespace CustomerAtlas.Deep.Model;

/// <summary>Distances between latent codes and cluster centres, in plain C#.</summary>
internal static class LatentGeometry
{
    /// <summary>Index of the nearest centre for each code (the lowest index wins a tie).</summary>
    public static int[] Nearest(float[] codes, int rows, float[] centroids, int latent)
    {
        int k = centroids.Length / latent;
        var labels = new int[rows];
        Parallel.For(0, rows, row =>
        {
            var code = codes.AsSpan(row * latent, latent);
            int best = 0;
            float bestDistance = float.PositiveInfinity;
            for (int c = 0; c < k; c++)
            {
                float d = TensorPrimitives.Distance(code, centroids.AsSpan(c * latent, latent));
                if (d < bestDistance)
                {
                    bestDistance = d;
                    best = c;
                }
            }

            labels[row] = best;
        });
        return labels;
    }

    /// <summary>Student-t soft assignments with <paramref name="alpha"/> degrees of freedom.</summary>
    public static double[] StudentT(float[] codes, int rows, float[] centroids, int latent, double alpha)
    {
        int k = centroids.Length / latent;
        var q = new double[(long)rows * k];
        Parallel.For(0, rows, row =>
        {
            var code = codes.AsSpan(row * latent, latent);
            var target = q.AsSpan(row * k, k);
            double sum = 0;
            for (int c = 0; c < k; c++)
            {
                double d = TensorPrimitives.Distance(code, centroids.AsSpan(c * latent, latent));
                target[c] = Math.Pow(1 + (d * d / alpha), -(alpha + 1) / 2);
                sum += target[c];
            }

            for (int c = 0; c < k; c++)
            {
                target[c] /= sum;
            }
        });
        return q;
    }
}
