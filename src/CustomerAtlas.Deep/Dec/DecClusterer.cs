using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Validation;
using CustomerAtlas.Deep.Autoencoder;
using CustomerAtlas.Deep.Model;
using CustomerAtlas.Deep.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace CustomerAtlas.Deep.Dec;

/// <summary>
/// Deep embedded clustering: pretrain an autoencoder on reconstruction, place centres by k-means
/// on the latent codes, then sharpen the Student-t soft assignments towards the target
/// distribution P (KL(P‖Q)), updating P every <see cref="DecOptions.UpdateInterval"/> steps and
/// stopping when fewer than <see cref="DecOptions.Tolerance"/> of the labels change. IDEC adds the
/// reconstruction loss so the encoder keeps the data's local structure.
/// Input should be standardised features (the pipeline's preprocessing does that).
/// </summary>
/// <param name="options">The options.</param>
/// <param name="progress">
/// Where fits through <see cref="IClusterer"/> (the automatic search, <c>--algorithm</c>) report each
/// epoch; null (default) = nowhere. The typed Fit takes its own progress instead.
/// </param>
public sealed class DecClusterer(DecOptions options, IProgress<TrainingProgress>? progress = null) : IClusterer
{
    /// <summary>The options this clusterer fits with.</summary>
    public DecOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <inheritdoc />
    IClusterModel IClusterer.Fit(Matrix<double> data, CancellationToken cancellationToken) => Fit(data, progress, cancellationToken);

    /// <summary>Fits a model, reporting each epoch to <paramref name="progress"/>.</summary>
    public DeepClusterModel Fit(Matrix<double> data, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Options.Validate();
        DataChecks.EnsureUsable(data);
        if (Options.K > data.Rows)
        {
            throw new ArgumentException($"K ({Options.K}) is larger than the number of rows ({data.Rows}).", nameof(DecOptions.K));
        }

        int seed = Options.Seed ?? Seeds.Default;
        using var session = TorchSession.Begin(seed, Options.Threads);
        using var batches = new BatchPlan(data, Options.Autoencoder.BatchSize, Seeds.Derive(seed, 1));
        using var autoencoder = new DenseAutoencoder(data.Cols, Options.Autoencoder);
        autoencoder.to(TorchSession.Device);

        int epochs = LayerPlan.PretrainEpochs(Options.Autoencoder, data.Rows);
        var pretrainLoss = ReconstructionPretrainer.Train(
            autoencoder, batches, epochs, Options.Autoencoder.LearningRate, progress, cancellationToken);

        var start = new LatentEncoder(autoencoder.ExportEncoder());
        var initial = LatentKMeans.Centres(start.Transform(data), Options.K, Options.KMeansRestarts, seed);
        var (centroids, clusteringLoss) = Cluster(autoencoder, batches, initial, progress, cancellationToken);

        var encoder = new LatentEncoder(autoencoder.ExportEncoder());
        var labels = LatentGeometry.Nearest(encoder.Encode(data), data.Rows, centroids, encoder.LatentDimension);
        string name = Options.Variant == DecVariant.Dec ? "dec" : "idec";
        return new DeepClusterModel(name, encoder, centroids, Options.Alpha, labels, pretrainLoss, clusteringLoss);
    }

    private (float[] Centroids, List<double> Loss) Cluster(
        DenseAutoencoder autoencoder, BatchPlan batches, float[] initial,
        IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        int latent = Options.Autoencoder.LatentDimension;
        using var centres = new TorchSharp.Modules.Parameter(tensor(initial, [Options.K, latent]).to(TorchSession.Device));
        using var optimizer = optim.Adam(autoencoder.parameters().Append(centres), Options.LearningRate);
        int interval = Options.UpdateInterval ?? batches.BatchesPerEpoch;
        var losses = new List<double>();
        Tensor? target = null;
        long[]? previous = null;
        long step = 0;
        try
        {
            for (int epoch = 1; epoch <= Options.MaxClusteringEpochs; epoch++)
            {
                double total = 0;
                int count = 0;
                foreach (var index in batches.ShuffledBatches())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (step % interval == 0)
                    {
                        var (p, labels) = UpdateTarget(autoencoder, batches.All, centres);
                        target?.Dispose();
                        target = p;
                        if (previous is not null && ChangedFraction(previous, labels) < Options.Tolerance)
                        {
                            losses.Add(count == 0 ? (losses.Count > 0 ? losses[^1] : 0) : total / count);
                            return (Export(centres), losses);
                        }

                        previous = labels;
                        autoencoder.train();
                    }

                    using var scope = NewDisposeScope();
                    var loss = BatchLoss(autoencoder, batches.All.index_select(0, index), centres, target!.index_select(0, index));
                    optimizer.zero_grad();
                    loss.backward();
                    optimizer.step();
                    total += loss.item<float>();
                    count++;
                    step++;
                }

                losses.Add(total / count);
                progress?.Report(new TrainingProgress("cluster", epoch, Options.MaxClusteringEpochs, losses[^1]));
            }

            return (Export(centres), losses);
        }
        finally
        {
            target?.Dispose();
            autoencoder.eval();
        }
    }

    private Tensor BatchLoss(DenseAutoencoder autoencoder, Tensor x, Tensor centres, Tensor p)
    {
        var z = autoencoder.Encode(x);
        var q = SoftAssignment.StudentT(z, centres, Options.Alpha).clamp_min(1e-12);
        var kl = (p * (p.clamp_min(1e-12).log() - q.log())).sum() / x.shape[0];
        if (Options.Variant == DecVariant.Dec)
        {
            return kl;
        }

        return nn.functional.mse_loss(autoencoder.Decode(z), x) + (Options.ClusteringWeight * kl);
    }

    private (Tensor Target, long[] Labels) UpdateTarget(DenseAutoencoder autoencoder, Tensor all, Tensor centres)
    {
        autoencoder.eval();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var q = SoftAssignment.StudentT(autoencoder.Encode(all), centres, Options.Alpha);
        var labels = q.argmax(1).cpu().data<long>().ToArray();
        return (SoftAssignment.Target(q).MoveToOuterDisposeScope(), labels);
    }

    private static double ChangedFraction(long[] before, long[] after)
    {
        int changed = 0;
        for (int i = 0; i < before.Length; i++)
        {
            if (before[i] != after[i])
            {
                changed++;
            }
        }

        return (double)changed / before.Length;
    }

    private static float[] Export(Tensor centres)
    {
        using var cpu = centres.detach().cpu().contiguous();
        return cpu.data<float>().ToArray();
    }
}
