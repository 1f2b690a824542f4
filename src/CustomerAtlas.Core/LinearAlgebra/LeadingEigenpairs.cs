using System.Numerics.Tensors;

namespace CustomerAtlas.Core.LinearAlgebra;

/// <summary>
/// The largest eigenvalues and their eigenvectors of a symmetric operator known only through
/// matrix-vector products (a sparse graph matrix, say), by a restarted Krylov method with
/// Rayleigh–Ritz extraction: grow an orthonormal basis (twice-repeated Gram–Schmidt, so no
/// spurious copies appear), solve the small projected problem with <see cref="SymmetricEigen"/>,
/// and restart from the leading Ritz vectors (more than wanted) plus one residual, which keeps
/// the basis a Krylov space (a thick restart). Memory: two n × m blocks, m = about 2k + 20.
/// Like any single-vector Krylov method it sees one copy of a repeated eigenvalue unless the
/// basis fills the whole space; callers with a block-diagonal operator (a graph with several
/// components) solve each block separately.
/// </summary>
public static class LeadingEigenpairs
{
    /// <summary>
    /// The <paramref name="count"/> algebraically largest eigenpairs of the symmetric
    /// <paramref name="size"/> × <paramref name="size"/> operator <paramref name="multiply"/>
    /// (which writes A·x into its second argument). Returns when every residual ‖A y − θ y‖ is at
    /// most <paramref name="tolerance"/> or after <paramref name="maxRestarts"/> restarts, with the
    /// best estimates found. Seeded, so repeated calls give the same vectors.
    /// </summary>
    public static (double[] Values, double[][] Vectors, bool Converged) Compute(
        int size, int count, Action<double[], double[]> multiply, int seed,
        double tolerance = 1e-6, int maxRestarts = 300, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(multiply);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, size);
        int basisSize = Math.Min(size, Math.Max((2 * count) + 20, count + 30));
        var random = new Random(seed);
        var basis = new List<double[]>(basisSize);
        var images = new List<double[]>(basisSize);
        double[] values = [];
        double[][] vectors = [];
        for (int restart = 0; restart <= maxRestarts; restart++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (basis.Count < basisSize)
            {
                var next = basis.Count == 0 ? RandomVector(size, random) : (double[])images[^1].Clone();
                if (!TryAppend(basis, images, next, multiply, random))
                {
                    break; // the basis spans the whole space
                }
            }

            // Keep more Ritz vectors than wanted across a restart, so convergence of the wanted
            // ones is not thrown away (thick restart).
            int keep = Math.Min(basis.Count - 1, count + Math.Max(4, (basisSize - count) / 2));
            keep = Math.Max(keep, count);
            var (thetas, ritz, ritzImages) = RayleighRitz(basis, images, keep);
            values = thetas[..count];
            vectors = ritz[..count];
            double[]? firstResidual = null;
            for (int i = 0; i < count && firstResidual is null; i++)
            {
                var r = new double[size];
                TensorPrimitives.MultiplyAdd(ritz[i], -thetas[i], ritzImages[i], r);
                if (TensorPrimitives.Norm(r) > tolerance)
                {
                    firstResidual = r;
                }
            }

            if (firstResidual is null || basis.Count == size)
            {
                return (values, vectors, true);
            }

            // The Ritz residuals of a Krylov basis all point the same way; continuing the basis
            // from one of them keeps it a Krylov space of the kept vectors.
            basis.Clear();
            images.Clear();
            for (int i = 0; i < keep; i++)
            {
                basis.Add(ritz[i]);
                images.Add(ritzImages[i]);
            }

            TryAppend(basis, images, firstResidual, multiply, random);
        }

        return (values, vectors, false);
    }

    private static (double[] Values, double[][] Vectors, double[][] Images) RayleighRitz(List<double[]> basis, List<double[]> images, int count)
    {
        int m = basis.Count;
        var h = new double[m * m];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                // Symmetrise: the operator is symmetric, rounding is not.
                double v = 0.5 * (TensorPrimitives.Dot(basis[i], images[j]) + TensorPrimitives.Dot(basis[j], images[i]));
                h[(i * m) + j] = v;
                h[(j * m) + i] = v;
            }
        }

        var eigen = SymmetricEigen.Decompose(h, m);
        int size = basis[0].Length;
        var values = new double[count];
        var vectors = new double[count][];
        var vectorImages = new double[count][];
        for (int c = 0; c < count; c++)
        {
            values[c] = eigen.Values[c];
            var y = new double[size];
            var ay = new double[size];
            for (int j = 0; j < m; j++)
            {
                double s = eigen.Vectors[(j * m) + c];
                TensorPrimitives.MultiplyAdd(basis[j], s, y, y);
                TensorPrimitives.MultiplyAdd(images[j], s, ay, ay);
            }

            vectors[c] = y;
            vectorImages[c] = ay;
        }

        return (values, vectors, vectorImages);
    }

    /// <summary>Orthonormalises <paramref name="v"/> against the basis and appends it with its image; false when nothing new is left.</summary>
    private static bool TryAppend(List<double[]> basis, List<double[]> images, double[] v, Action<double[], double[]> multiply, Random random)
    {
        for (int attempt = 0; attempt < 3; attempt++)
        {
            double before = TensorPrimitives.Norm(v);
            for (int pass = 0; pass < 2; pass++)
            {
                foreach (var b in basis)
                {
                    TensorPrimitives.MultiplyAdd(b, -TensorPrimitives.Dot(b, v), v, v);
                }
            }

            double after = TensorPrimitives.Norm(v);
            if (after > 1e-8 * Math.Max(before, 1e-300) && after > 1e-300)
            {
                TensorPrimitives.Divide(v, after, v);
                var image = new double[v.Length];
                multiply(v, image);
                basis.Add(v);
                images.Add(image);
                return true;
            }

            // An invariant subspace was reached (e.g. one per graph component): carry on from a fresh direction.
            v = RandomVector(v.Length, random);
        }

        return false;
    }

    private static double[] RandomVector(int size, Random random)
    {
        var v = new double[size];
        for (int i = 0; i < size; i++)
        {
            v[i] = random.NextDouble() - 0.5;
        }

        return v;
    }
}
