using CustomerAtlas.Deep.Torch;
using static TorchSharp.torch;

namespace CustomerAtlas.Deep.Autoencoder;

/// <summary>Trains an autoencoder end to end on mean squared reconstruction error with Adam.</summary>
internal static class ReconstructionPretrainer
{
    /// <summary>Runs <paramref name="epochs"/> epochs; returns the mean loss of each.</summary>
    public static List<double> Train(
        DenseAutoencoder model, BatchPlan batches, int epochs, double learningRate,
        IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        using var optimizer = optim.Adam(model.parameters(), learningRate);
        model.train();
        var losses = EpochLoop.Run(
            batches, optimizer, epochs, "pretrain", x => nn.functional.mse_loss(model.forward(x), x), progress, cancellationToken);
        model.eval();
        return losses;
    }
}
