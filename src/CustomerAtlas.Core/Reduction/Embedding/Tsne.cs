using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.LinearAlgebra;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Reduction.Embedding;

/// <summary>
/// t-distributed stochastic neighbour embedding (van der Maaten and Hinton, 2008) to 2-D, for
/// customer maps: input similarities over each row's nearest neighbours at the given perplexity,
/// a PCA start, early exaggeration, then gradient descent with momentum and per-coordinate gains.
/// Repulsions are exact for small n and Barnes–Hut (van der Maaten, 2014) above
/// <see cref="TsneOptions.ExactMaxRows"/>. Deterministic, and the same on 1 or N threads.
/// </summary>
public sealed class Tsne
{
    /// <summary>Creates the embedder; options are validated when fitting.</summary>
    public Tsne(TsneOptions? options = null) => Options = options ?? new TsneOptions();

    /// <summary>The options.</summary>
    public TsneOptions Options { get; }

    /// <summary>Embeds the rows of <paramref name="data"/> in 2-D.</summary>
    public TsneModel Fit(Matrix<double> data, CancellationToken cancellationToken = default)
    {
        Options.Validate();
        DataChecks.EnsureUsable(data);
        int n = data.Rows;
        if (Options.Perplexity >= n)
        {
            throw new ArgumentException(
                $"Perplexity ({Options.Perplexity}) must be below the number of rows ({n}).", nameof(TsneOptions.Perplexity));
        }

        var p = TsneAffinities.Compute(data, Options.Perplexity, Options.MaxDegreeOfParallelism, cancellationToken);
        var y = Options.Init == TsneInit.Pca ? PcaStart(data, Options.Seed) : RandomStart(n, Options.Seed);
        bool exact = Options.Method == TsneMethod.Exact || (Options.Method == TsneMethod.Auto && n <= TsneOptions.ExactMaxRows);
        var gradient = new TsneGradient(p, n, exact, Options.Theta, Options.MaxDegreeOfParallelism);
        double rate = Options.LearningRate ?? Math.Max(n / Options.EarlyExaggeration / 4, 50);
        var grad = new double[2 * n];
        var update = new double[2 * n];
        var gains = new double[2 * n];
        Array.Fill(gains, 1.0);
        for (int iteration = 0; iteration < Options.Iterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool early = iteration < Options.ExaggerationIterations;
            gradient.Compute(y, early ? Options.EarlyExaggeration : 1, grad);
            double momentum = early ? 0.5 : 0.8;
            for (int t = 0; t < y.Length; t++)
            {
                // Delta-bar-delta gains: grow a coordinate's step while the descent keeps its
                // direction (previous step against the gradient), shrink it otherwise.
                gains[t] = update[t] * grad[t] < 0 ? gains[t] + 0.2 : gains[t] * 0.8;
                gains[t] = Math.Max(gains[t], 0.01);
                update[t] = (momentum * update[t]) - (rate * gains[t] * grad[t]);
                y[t] += update[t];
            }
        }

        return new TsneModel(data.Cols, data.Values.ToArray(), y, Options.TransformNeighbors);
    }

    /// <summary>First two principal components, scaled so the first has standard deviation 1e-4.</summary>
    private static double[] PcaStart(Matrix<double> data, int? seed)
    {
        int n = data.Rows;
        int d = data.Cols;
        var mean = new double[d];
        for (int i = 0; i < n; i++)
        {
            System.Numerics.Tensors.TensorPrimitives.Add(mean, data.RowReadOnly(i), mean);
        }

        System.Numerics.Tensors.TensorPrimitives.Divide(mean, n, mean);
        var covariance = new double[d * d];
        var centred = new double[d];
        for (int i = 0; i < n; i++)
        {
            System.Numerics.Tensors.TensorPrimitives.Subtract(data.RowReadOnly(i), mean, centred);
            for (int r = 0; r < d; r++)
            {
                var row = covariance.AsSpan(r * d, d);
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(centred, centred[r], row, row);
            }
        }

        var eigen = SymmetricEigen.Decompose(covariance, d);
        var y = RandomStart(n, seed); // fills any coordinate PCA cannot (one feature, or no spread)
        int components = Math.Min(2, d);
        for (int c = 0; c < components; c++)
        {
            if (eigen.Values[c] <= 1e-12 * Math.Max(eigen.Values[0], 1e-300))
            {
                continue;
            }

            var v = eigen.Vector(c);
            for (int i = 0; i < n; i++)
            {
                System.Numerics.Tensors.TensorPrimitives.Subtract(data.RowReadOnly(i), mean, centred);
                y[(2 * i) + c] = System.Numerics.Tensors.TensorPrimitives.Dot(centred, v);
            }
        }

        double spread = StandardDeviation(y, n);
        if (spread > 0)
        {
            System.Numerics.Tensors.TensorPrimitives.Multiply(y, 1e-4 / spread, y);
        }

        return y;
    }

    private static double StandardDeviation(double[] y, int n)
    {
        double mean = 0;
        for (int i = 0; i < n; i++)
        {
            mean += y[2 * i];
        }

        mean /= n;
        double ss = 0;
        for (int i = 0; i < n; i++)
        {
            ss += (y[2 * i] - mean) * (y[2 * i] - mean);
        }

        return Math.Sqrt(ss / n);
    }

    private static double[] RandomStart(int n, int? seed)
    {
        var random = Seeds.Create(seed);
        var y = new double[2 * n];
        for (int t = 0; t < y.Length; t++)
        {
            // Box–Muller normal draws, scaled to the 1e-4 spread of the PCA start.
            y[t] = 1e-4 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        }

        return y;
    }
}
