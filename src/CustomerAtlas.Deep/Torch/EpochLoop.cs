using TorchSharp;
using static TorchSharp.torch;

namespace CustomerAtlas.Deep.Torch;

/// <summary>
/// The plain mini-batch loop shared by autoencoder pretraining and VAE training: shuffled
/// batches, one optimizer step each, the mean loss per epoch reported and returned.
/// </summary>
internal static class EpochLoop
{
    /// <summary>Runs <paramref name="epochs"/> epochs of <paramref name="batchLoss"/> (rows of one batch in, scalar loss out).</summary>
    public static List<double> Run(
        BatchPlan batches, optim.Optimizer optimizer, int epochs, string stage, Func<Tensor, Tensor> batchLoss,
        IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var losses = new List<double>(epochs);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            double total = 0;
            int count = 0;
            foreach (var index in batches.ShuffledBatches())
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var scope = NewDisposeScope();
                var loss = batchLoss(batches.All.index_select(0, index));
                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
                total += loss.item<float>();
                count++;
            }

            losses.Add(total / count);
            progress?.Report(new TrainingProgress(stage, epoch, epochs, losses[^1]));
        }

        return losses;
    }
}
