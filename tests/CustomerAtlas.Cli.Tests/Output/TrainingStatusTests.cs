using CustomerAtlas.Cli.Output;
using CustomerAtlas.Deep.Torch;

namespace CustomerAtlas.Cli.Tests.Output;

public sealed class TrainingStatusTests
{
    [Fact]
    public void An_epoch_reads_as_stage_epoch_of_total_and_loss() =>
        Assert.Equal(
            "training idec: pretrain epoch 12/50, loss 0.0342",
            TrainingStatus.Describe("idec", new TrainingProgress("pretrain", 12, 50, 0.03421)));
}
