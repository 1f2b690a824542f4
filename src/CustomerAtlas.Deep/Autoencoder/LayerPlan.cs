namespace CustomerAtlas.Deep.Autoencoder;

/// <summary>Chooses layer widths and epoch counts when the options leave them open.</summary>
public static class LayerPlan
{
    /// <summary>The DEC paper's encoder for high-dimensional inputs.</summary>
    public static readonly IReadOnlyList<int> DecPaperLayers = [500, 500, 2000];

    /// <summary>
    /// The encoder widths for <paramref name="features"/> inputs: the paper's 500–500–2000 from
    /// 125 features up; below that the widths shrink to four units per feature (never under
    /// 32–32–128), keeping the paper's 1:1:4 shape. Customer tables have tens of features, where
    /// the paper's widths cost minutes per fit and overfit without improving the clusters.
    /// </summary>
    public static IReadOnlyList<int> HiddenLayers(AutoencoderOptions options, int features)
    {
        if (options.HiddenLayers is { } given)
        {
            return given;
        }

        if (features >= 125)
        {
            return DecPaperLayers;
        }

        int width = Math.Max(32, features * 4);
        return [width, width, width * 4];
    }

    /// <summary>Pretraining epochs: the option, or about 3,000 optimizer steps clamped to 20..300 epochs.</summary>
    public static int PretrainEpochs(AutoencoderOptions options, int rows)
    {
        if (options.PretrainEpochs is { } given)
        {
            return given;
        }

        int batchesPerEpoch = (rows + options.BatchSize - 1) / options.BatchSize;
        return Math.Clamp(3000 / Math.Max(1, batchesPerEpoch), 20, 300);
    }
}
