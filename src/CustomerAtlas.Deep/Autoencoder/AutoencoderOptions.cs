using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Deep.Autoencoder;

/// <summary>Architecture and pretraining of the dense autoencoder shared by DEC, IDEC and the VAE.</summary>
public sealed record AutoencoderOptions
{
    /// <summary>
    /// Hidden layer widths of the encoder, input side first; the decoder mirrors them.
    /// Default <c>null</c>: the DEC paper's 500–500–2000 when the data has 125 or more features,
    /// scaled down for fewer features (see <see cref="LayerPlan"/>), because a 2000-wide layer
    /// over a dozen customer features only adds parameters to overfit.
    /// </summary>
    public IReadOnlyList<int>? HiddenLayers { get; init; }

    /// <summary>Size of the latent code the clustering works on. Default 10, as in the DEC paper.</summary>
    public int LatentDimension { get; init; } = 10;

    /// <summary>Batch normalisation after each hidden layer. Default false (the DEC paper uses none).</summary>
    public bool BatchNorm { get; init; }

    /// <summary>Dropout rate after each hidden layer during training, in [0, 1). Default 0.</summary>
    public double Dropout { get; init; }

    /// <summary>
    /// Pretraining epochs on the reconstruction loss. Default <c>null</c>: enough epochs for about
    /// 3,000 optimizer steps, at least 20 and at most 300, so small tables still train and large
    /// ones stay within a few minutes.
    /// </summary>
    public int? PretrainEpochs { get; init; }

    /// <summary>Mini-batch size. Default 256, as in the DEC and IDEC papers.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Adam learning rate for pretraining. Default 1e-3.</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>Adds every problem with these options to <paramref name="errors"/>.</summary>
    public void Validate(ParameterErrors errors)
    {
        errors.Require(LatentDimension >= 1, nameof(LatentDimension), "must be at least 1");
        errors.Require(HiddenLayers is null || HiddenLayers.All(w => w >= 1), nameof(HiddenLayers), "every width must be at least 1");
        errors.Require(Dropout is >= 0 and < 1, nameof(Dropout), "must be in [0, 1)");
        errors.Require(PretrainEpochs is null or >= 0, nameof(PretrainEpochs), "must not be negative");
        errors.Require(BatchSize >= 1, nameof(BatchSize), "must be at least 1");
        errors.Require(LearningRate > 0 && double.IsFinite(LearningRate), nameof(LearningRate), "must be a positive number");
    }
}
