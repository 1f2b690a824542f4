using TorchSharp;
namespace CustomerAtlas.Deep.Tests;
public class TorchProbeTests
{
    [Fact]
    public void Works()
    {
        torch.random.manual_seed(1);
        var a = torch.rand(3, 3);
        Assert.Equal(9, a.numel());
    }
}
