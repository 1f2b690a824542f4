using CustomerAtlas.Core.LinearAlgebra;

namespace CustomerAtlas.Core.Clustering.Spectral;

/// <summary>
/// The k leading eigenpairs of the graph's normalised affinity. Its spectrum is the union of
/// its components' spectra (each component contributes eigenvalue 1), so each component is
/// solved on its own (dense below <see cref="DenseLimit"/> rows, else by the sparse Krylov
/// solver) and the k largest eigenvalues over all components are kept, their vectors zero
/// outside their component. This finds every copy of eigenvalue 1, which a single Krylov run
/// over the whole graph would not.
/// </summary>
internal static class SpectralEmbedding
{
    /// <summary>Components up to this many rows are decomposed densely (Jacobi, O(s³)).</summary>
    private const int DenseLimit = 200;

    public static (double[] Values, double[][] Vectors) Leading(AffinityGraph graph, int k, int seed, CancellationToken cancellationToken)
    {
        int n = graph.Rows;
        var position = new int[n];
        var candidates = new List<(double Value, int[] Members, double[] Local)>();
        foreach (var members in graph.Components())
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int local = 0; local < members.Length; local++)
            {
                position[members[local]] = local;
            }

            int want = Math.Min(k, members.Length);
            if (members.Length <= DenseLimit)
            {
                var eigen = SymmetricEigen.Decompose(graph.DenseNormalized(members, position), members.Length);
                for (int c = 0; c < want; c++)
                {
                    candidates.Add((eigen.Values[c], members, eigen.Vector(c)));
                }
            }
            else
            {
                var (values, vectors, _) = LeadingEigenpairs.Compute(
                    members.Length, want, (x, y) => graph.MultiplyNormalized(members, position, x, y),
                    seed, tolerance: 1e-7, cancellationToken: cancellationToken);
                for (int c = 0; c < want; c++)
                {
                    candidates.Add((values[c], members, vectors[c]));
                }
            }
        }

        // Largest first; a stable sort keeps component order among equal values.
        var chosen = candidates.Select((c, i) => (c, i)).OrderByDescending(t => t.c.Value).ThenBy(t => t.i).Take(k).ToArray();
        var resultValues = new double[chosen.Length];
        var resultVectors = new double[chosen.Length][];
        for (int c = 0; c < chosen.Length; c++)
        {
            var (value, members, local) = chosen[c].c;
            resultValues[c] = value;
            var full = new double[n];
            for (int t = 0; t < members.Length; t++)
            {
                full[members[t]] = local[t];
            }

            resultVectors[c] = full;
        }

        return (resultValues, resultVectors);
    }
}
