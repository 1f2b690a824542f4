using CustomerAtlas.Core.Validation;
using CustomerAtlas.Deep.Autoencoder;

namespace CustomerAtlas.Deep.Dec;

/// <summary>Options of deep embedded clustering (DEC) and its improved variant IDEC.</summary>
public sealed record DecOptions
{
    /// <summary>Number of clusters. Default 8.</summary>
    public int K { get; init; } = 8;

    /// <summary>DEC or IDEC. Default <see cref="DecVariant.Idec"/>: on tabular customer data the reconstruction term keeps DEC from collapsing clusters.</summary>
    public DecVariant Variant { get; init; } = DecVariant.Idec;

    /// <summary>Degrees of freedom of the Student-t soft assignment. Default 1, as in the DEC paper.</summary>
    public double Alpha { get; init; } = 1.0;

    /// <summary>IDEC's γ, the weight of the clustering loss next to reconstruction. Default 0.1 (IDEC paper). Ignored by DEC.</summary>
    public double ClusteringWeight { get; init; } = 0.1;

    /// <summary>Autoencoder architecture and pretraining.</summary>
    public AutoencoderOptions Autoencoder { get; init; } = new();

    /// <summary>Upper bound on clustering-phase epochs. Default 100.</summary>
    public int MaxClusteringEpochs { get; init; } = 100;

    /// <summary>
    /// Optimizer steps between updates of the target distribution P (the paper's T).
    /// Default <c>null</c>: once per epoch.
    /// </summary>
    public int? UpdateInterval { get; init; }

    /// <summary>Stop when fewer than this fraction of labels change between target updates. Default 0.001 (0.1 %, as in the DEC paper).</summary>
    public double Tolerance { get; init; } = 0.001;

    /// <summary>Adam learning rate of the clustering phase. Default 1e-3 (IDEC paper).</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>k-means restarts when initialising centres on the latent codes. Default 10.</summary>
    public int KMeansRestarts { get; init; } = 10;

    /// <summary>Seed for weights, shuffles and k-means. Default <c>null</c> = the library's fixed default seed.</summary>
    public int? Seed { get; init; }

    /// <summary>LibTorch intra-op threads. Default 1, which makes runs bitwise repeatable; more threads are faster but may round differently.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Throws one ArgumentException listing every problem.</summary>
    public void Validate()
    {
        var errors = new ParameterErrors()
            .Require(K >= 1, nameof(K), "must be at least 1")
            .Require(Alpha > 0 && double.IsFinite(Alpha), nameof(Alpha), "must be a positive number")
            .Require(ClusteringWeight > 0 && double.IsFinite(ClusteringWeight), nameof(ClusteringWeight), "must be a positive number")
            .Require(MaxClusteringEpochs >= 0, nameof(MaxClusteringEpochs), "must not be negative")
            .Require(UpdateInterval is null or >= 1, nameof(UpdateInterval), "must be at least 1")
            .Require(Tolerance is >= 0 and < 1, nameof(Tolerance), "must be in [0, 1)")
            .Require(LearningRate > 0 && double.IsFinite(LearningRate), nameof(LearningRate), "must be a positive number")
            .Require(KMeansRestarts >= 1, nameof(KMeansRestarts), "must be at least 1")
            .Require(Threads >= 1, nameof(Threads), "must be at least 1");
        Autoencoder.Validate(errors);
        errors.ThrowIfAny();
    }
}
