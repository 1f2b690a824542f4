using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.Spectral;

/// <summary>
/// Spectral clustering (Ng, Jordan and Weiss): a symmetrised k-nearest-neighbour affinity graph,
/// the k leading eigenvectors of its normalised affinity D^-1/2 W D^-1/2 found by a sparse
/// Krylov solver (the graph is never densified), rows of the eigenvector matrix scaled to unit
/// length, then k-means on those rows. Finds non-convex clusters (rings, moons) that k-means
/// cannot. Memory O(n·(neighbours + k)).
/// </summary>
public sealed class SpectralClusterer : IClusterer
{
    /// <summary>Creates the clusterer; options are validated when fitting.</summary>
    public SpectralClusterer(SpectralOptions? options = null) => Options = options ?? new SpectralOptions();

    /// <summary>The options.</summary>
    public SpectralOptions Options { get; }

    /// <inheritdoc/>
    IClusterModel IClusterer.Fit(Matrix<double> data, CancellationToken cancellationToken) => Fit(data, cancellationToken);

    /// <summary>Clusters the rows of <paramref name="data"/>.</summary>
    public SpectralModel Fit(Matrix<double> data, CancellationToken cancellationToken = default)
    {
        Options.Validate();
        DataChecks.EnsureUsable(data);
        int k = Options.ClusterCount;
        DataChecks.EnsureClusterCount(data.Rows, k, nameof(SpectralOptions.ClusterCount));

        var graph = AffinityGraph.Build(data, Options.Neighbors, Options.Affinity, Options.MaxDegreeOfParallelism, cancellationToken);
        var (values, vectors) = SpectralEmbedding.Leading(graph, k, Seeds.Derive(Options.Seed, 0).Next(), cancellationToken);
        var embedding = UnitRows(vectors, data.Rows);
        var kmeans = new KMeans.KMeans(new KMeansOptions
        {
            K = k,
            NInit = Options.KMeansRestarts,
            Seed = Seeds.Derive(Options.Seed, 1).Next(),
            MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism,
        }).Fit(embedding, cancellationToken);
        return new SpectralModel(data.Cols, k, data.Values.ToArray(), kmeans.Labels, values);
    }

    /// <summary>The n × k matrix of eigenvector entries, each row scaled to unit length (zero rows stay zero).</summary>
    private static Matrix<double> UnitRows(double[][] vectors, int rows)
    {
        int k = vectors.Length;
        var embedding = new Matrix<double>(rows, k);
        for (int i = 0; i < rows; i++)
        {
            var row = embedding.Row(i);
            for (int c = 0; c < k; c++)
            {
                row[c] = vectors[c][i];
            }

            double norm = System.Numerics.Tensors.TensorPrimitives.Norm(row);
            if (norm > 0)
            {
                System.Numerics.Tensors.TensorPrimitives.Divide(row, norm, row);
            }
        }

        return embedding;
    }
}
