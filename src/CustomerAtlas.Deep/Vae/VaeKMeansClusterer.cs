using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Deep.Dec;
using CustomerAtlas.Deep.Model;
using CustomerAtlas.Deep.Torch;

namespace CustomerAtlas.Deep.Vae;

/// <summary>VAE + k-means: k-means on the latent means of a trained variational autoencoder.</summary>
/// <param name="options">The options.</param>
/// <param name="progress">
/// Where fits through <see cref="IClusterer"/> (the automatic search, <c>--algorithm</c>) report each
/// epoch; null (default) = nowhere. The typed Fit takes its own progress instead.
/// </param>
public sealed class VaeKMeansClusterer(VaeOptions options, IProgress<TrainingProgress>? progress = null) : IClusterer
{
    /// <summary>The options this clusterer fits with.</summary>
    public VaeOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <inheritdoc />
    IClusterModel IClusterer.Fit(Matrix<double> data, CancellationToken cancellationToken) => Fit(data, progress, cancellationToken);

    /// <summary>Fits a model, reporting each epoch to <paramref name="progress"/>.</summary>
    public DeepClusterModel Fit(Matrix<double> data, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Options.Validate();
        if (data is not null && Options.K > data.Rows)
        {
            throw new ArgumentException($"K ({Options.K}) is larger than the number of rows ({data.Rows}).", nameof(VaeOptions.K));
        }

        var (encoder, loss) = VaeTrainer.Train(data!, Options, progress, cancellationToken);
        var codes = encoder.Transform(data!);
        var centroids = LatentKMeans.Centres(codes, Options.K, Options.KMeansRestarts, Options.Seed ?? Seeds.Default);
        var labels = LatentGeometry.Nearest(encoder.Encode(data!), data!.Rows, centroids, encoder.LatentDimension);
        return new DeepClusterModel("vae-kmeans", encoder, centroids, 1.0, labels, loss, []);
    }
}
