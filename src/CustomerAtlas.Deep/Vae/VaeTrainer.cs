using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Validation;
using CustomerAtlas.Deep.Autoencoder;
using CustomerAtlas.Deep.Model;
using CustomerAtlas.Deep.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace CustomerAtlas.Deep.Vae;

/// <summary>Trains a VAE and returns the encoder of its latent mean, usable by any clustering algorithm.</summary>
public static class VaeTrainer
{
    /// <summary>Trains on <paramref name="data"/>; returns the mean encoder and the loss per epoch.</summary>
    public static (LatentEncoder Encoder, List<double> Loss) Train(
        Matrix<double> data, VaeOptions options, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        DataChecks.EnsureUsable(data);
        int seed = options.Seed ?? Seeds.Default;
        using var session = TorchSession.Begin(seed, options.Threads);
        using var batches = new BatchPlan(data, options.Autoencoder.BatchSize, Seeds.Derive(seed, 1));
        using var model = new VariationalAutoencoder(data.Cols, options.Autoencoder);
        model.to(TorchSession.Device);
        using var optimizer = optim.Adam(model.parameters(), options.Autoencoder.LearningRate);
        int epochs = LayerPlan.PretrainEpochs(options.Autoencoder, data.Rows);
        model.train();
        var losses = EpochLoop.Run(batches, optimizer, epochs, "vae", x =>
        {
            var (reconstruction, mu, logVariance) = model.Run(x);
            long n = x.shape[0];
            var reconstructionLoss = (reconstruction - x).pow(2).sum() / n;
            var kl = -0.5 * (1 + logVariance - mu.pow(2) - logVariance.exp()).sum() / n;
            return reconstructionLoss + (options.Beta * kl);
        }, progress, cancellationToken);
        model.eval();
        return (new LatentEncoder(model.ExportMeanEncoder()), losses);
    }
}
