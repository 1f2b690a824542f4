using System.Numerics;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.LinearAlgebra;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Reduction.Pca;

/// <summary>
/// Principal component analysis. The exact solver decomposes the covariance matrix; the randomized solver
/// (Halko, Martinsson &amp; Tropp 2011) finds the leading subspace with a few passes over the data and
/// decomposes only a small l×l matrix. Components are unit vectors whose largest-magnitude entry is
/// positive, so the output is deterministic.
/// </summary>
public sealed class Pca(PcaOptions options)
{
    /// <summary>Features up to which <see cref="PcaSolver.Auto"/> picks the exact solver.</summary>
    public const int ExactSolverMaxFeatures = 256;

    /// <summary>The options this instance fits with.</summary>
    public PcaOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>Fits on float64 data.</summary>
    public PcaModel Fit(Matrix<double> data) => FitCore(data);

    /// <summary>Fits on float32 data (accumulates in float64; the data is not copied).</summary>
    public PcaModel Fit(Matrix<float> data) => FitCore(data);

    private PcaModel FitCore<T>(Matrix<T> data)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Options.Validate();
        DataChecks.EnsureUsable(data, nameof(data));
        int limit = Math.Min(data.Rows, data.Cols);
        new ParameterErrors()
            .Require(Options.Components <= limit, nameof(Options.Components), $"must not exceed min(rows, features) = {limit}; got {Options.Components}")
            .Require(data.Rows >= 2, nameof(data), "needs at least 2 rows to estimate variance")
            .ThrowIfAny();

        var products = new CenteredProducts<T>(data, Options.MaxDegreeOfParallelism);
        var solver = Options.Solver == PcaSolver.Auto
            ? (data.Cols <= ExactSolverMaxFeatures ? PcaSolver.Exact : PcaSolver.Randomized)
            : Options.Solver;
        var (components, variances) = solver == PcaSolver.Exact
            ? Exact(products, data.Cols)
            : Randomized(products, data.Rows, data.Cols);
        double totalVariance = products.TotalSquares() / (data.Rows - 1);
        var ratios = variances.Select(v => totalVariance > 0 ? v / totalVariance : 0).ToArray();
        return new PcaModel(products.Mean, components, variances, ratios, totalVariance);
    }

    private (double[][] Components, double[] Variances) Exact<T>(CenteredProducts<T> products, int d)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var covariance = products.Scatter();
        int n1 = products.RowCount - 1;
        for (int i = 0; i < covariance.Length; i++)
        {
            covariance[i] /= n1;
        }

        var eigen = SymmetricEigen.Decompose(covariance, d);
        int c = Options.Components;
        var components = new double[c][];
        var variances = new double[c];
        for (int j = 0; j < c; j++)
        {
            components[j] = eigen.Vector(j);
            variances[j] = Math.Max(0, eigen.Values[j]);
        }

        return (components, variances);
    }

    private (double[][] Components, double[] Variances) Randomized<T>(CenteredProducts<T> products, int n, int d)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int c = Options.Components;
        int l = Math.Min(c + Options.Oversampling, Math.Min(n, d));
        var rng = Seeds.Create(Options.Seed);

        // The l directions are stored with a row stride rounded up to whole SIMD vectors; the padding
        // columns are zero, stay zero through every product and orthonormalization (a zero column is
        // "dependent"), and add exact zeros only, so the result is the same as with stride l.
        int stride = (l + Vector<double>.Count - 1) / Vector<double>.Count * Vector<double>.Count;
        var omega = new double[d * stride];
        for (int j = 0; j < d; j++)
        {
            for (int a = 0; a < l; a++)
            {
                omega[(j * stride) + a] = StandardNormal(rng);
            }
        }

        // Range finder with power iterations, re-orthonormalizing after every product.
        int degree = Options.MaxDegreeOfParallelism;
        var q = products.Times(omega, stride);
        ThinQr.OrthonormalizeColumns(q, n, stride, degree);
        for (int it = 0; it < Options.PowerIterations; it++)
        {
            var z = products.TransposeTimes(q, stride);
            ThinQr.OrthonormalizeColumns(z, d, stride, degree);
            products.Times(z, stride, q);
            ThinQr.OrthonormalizeColumns(q, n, stride, degree);
        }

        // B = Qᵀ X_c (l×d) = (X_cᵀ Q)ᵀ; its right singular vectors are the components.
        var bt = products.TransposeTimes(q, stride);
        var gram = new double[l * l];
        for (int a = 0; a < l; a++)
        {
            for (int b = 0; b < l; b++)
            {
                double s = 0;
                for (int j = 0; j < d; j++)
                {
                    s += bt[(j * stride) + a] * bt[(j * stride) + b];
                }

                gram[(a * l) + b] = s;
            }
        }

        var eigen = SymmetricEigen.Decompose(gram, l);
        var components = new double[c][];
        var variances = new double[c];
        for (int k = 0; k < c; k++)
        {
            double sigma2 = Math.Max(0, eigen.Values[k]);
            double sigma = Math.Sqrt(sigma2);
            var v = new double[d];
            for (int j = 0; j < d; j++)
            {
                double s = 0;
                for (int a = 0; a < l; a++)
                {
                    s += eigen.Vectors[(a * l) + k] * bt[(j * stride) + a];
                }

                v[j] = sigma > 0 ? s / sigma : 0;
            }

            components[k] = PcaModel.SignNormalized(v);
            variances[k] = sigma2 / (n - 1);
        }

        return (components, variances);
    }

    private static double StandardNormal(Random rng)
    {
        double u1 = 1 - rng.NextDouble();
        double u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
