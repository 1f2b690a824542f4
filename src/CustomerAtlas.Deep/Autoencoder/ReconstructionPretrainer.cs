using CustomerAtlas.Deep.Torch;
using TorchSharp;
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
        var losses = new List<double>(epochs);
        using var optimizer = optim.Adam(model.parameters(), learningRate);
        model.train();
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            double total = 0;
            int count = 0;
            foreach (var index in batches.ShuffledBatches())
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var scope = NewDisposeScope();
                var x = batches.All.index_select(0, index);
                var loss = nn.functional.mse_loss(model.forward(x), x);
                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
                total += loss.item<float>();
                count++;
            }

            losses.Add(total / count);
            progress?.Report(new TrainingProgress("pretrain", epoch, epochs, losses[^1]));
        }

        model.eval();
        return losses;
    }
}
