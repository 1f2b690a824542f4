using CustomerAtlas.Deep.Autoencoder;

namespace CustomerAtlas.Deep.Tests.Autoencoder;

public class LayerPlanTests
{
    [Fact]
    public void WideInputsGetThePaperArchitecture() =>
        Assert.Equal([500, 500, 2000], LayerPlan.HiddenLayers(new AutoencoderOptions(), 784));

    [Fact]
    public void NarrowInputsGetAScaledDownNetworkOfTheSameShape() =>
        Assert.Equal([48, 48, 192], LayerPlan.HiddenLayers(new AutoencoderOptions(), 12));

    [Fact]
    public void GivenLayersWin() =>
        Assert.Equal([7, 3], LayerPlan.HiddenLayers(new AutoencoderOptions { HiddenLayers = [7, 3] }, 12));

    [Theory]
    [InlineData(100, 300)]
    [InlineData(50_000, 20)]
    [InlineData(25_600, 30)]
    public void EpochsTargetAboutThreeThousandSteps(int rows, int epochs) =>
        Assert.Equal(epochs, LayerPlan.PretrainEpochs(new AutoencoderOptions(), rows));
}
