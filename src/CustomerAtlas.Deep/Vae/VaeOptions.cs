using CustomerAtlas.Core.Validation;
using CustomerAtlas.Deep.Autoencoder;

namespace CustomerAtlas.Deep.Vae;

/// <summary>Options of the variational autoencoder and the k-means on its latent means.</summary>
public sealed record VaeOptions
{
    /// <summary>Number of clusters found by k-means on the latent means. Default 8.</summary>
    public int K { get; init; } = 8;

    /// <summary>Architecture and training schedule (its pretraining epochs are the VAE's epochs).</summary>
    public AutoencoderOptions Autoencoder { get; init; } = new();

    /// <summary>Weight of the KL term (β-VAE). Default 1, the plain VAE evidence lower bound.</summary>
    public double Beta { get; init; } = 1.0;

    /// <summary>k-means restarts on the latent means. Default 10.</summary>
    public int KMeansRestarts { get; init; } = 10;

    /// <summary>Seed for weights, sampling noise, shuffles and k-means. Default <c>null</c> = the library's fixed default seed.</summary>
    public int? Seed { get; init; }

    /// <summary>LibTorch intra-op threads. Default 1, which makes runs bitwise repeatable.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Throws one ArgumentException listing every problem.</summary>
    public void Validate()
    {
        var errors = new ParameterErrors()
            .Require(K >= 1, nameof(K), "must be at least 1")
            .Require(Beta >= 0 && double.IsFinite(Beta), nameof(Beta), "must be a non-negative number")
            .Require(KMeansRestarts >= 1, nameof(KMeansRestarts), "must be at least 1")
            .Require(Threads >= 1, nameof(Threads), "must be at least 1");
        Autoencoder.Validate(errors);
        errors.ThrowIfAny();
    }
}
