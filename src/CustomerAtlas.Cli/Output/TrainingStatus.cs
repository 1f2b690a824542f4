using System.Globalization;
using CustomerAtlas.Deep.Torch;
using Spectre.Console;

namespace CustomerAtlas.Cli.Output;

/// <summary>
/// Shows deep-clustering training on the terminal's status line, one update per epoch
/// ("training idec: pretrain epoch 12/50, loss 0.0342"). Reports arrive on the training thread and
/// are shown at once (not posted to a synchronisation context), so the line keeps up with training.
/// </summary>
/// <param name="status">The running status display.</param>
/// <param name="algorithm">The algorithm being trained, for the label.</param>
public sealed class TrainingStatus(StatusContext status, string algorithm) : IProgress<TrainingProgress>
{
    /// <summary>The text shown for one report.</summary>
    public static string Describe(string algorithm, TrainingProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return string.Create(CultureInfo.InvariantCulture,
            $"training {algorithm}: {value.Stage} epoch {value.Epoch}/{value.TotalEpochs}, loss {value.Loss:0.0000}");
    }

    /// <inheritdoc/>
    public void Report(TrainingProgress value) => status.Status(Markup.Escape(Describe(algorithm, value)));
}
