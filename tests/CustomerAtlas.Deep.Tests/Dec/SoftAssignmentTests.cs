using CustomerAtlas.Deep.Dec;
using static TorchSharp.torch;

namespace CustomerAtlas.Deep.Tests.Dec;

public class SoftAssignmentTests
{
    [Fact]
    public void StudentTMatchesHandComputedKernel()
    {
        // z = (0,0); centres (0,0) and (1,0); alpha = 1: kernels 1 and 1/(1+1) = 0.5, so q = (2/3, 1/3).
        using var z = tensor(new float[] { 0, 0 }, [1, 2]);
        using var mu = tensor(new float[] { 0, 0, 1, 0 }, [2, 2]);
        var q = SoftAssignment.StudentT(z, mu, 1.0).data<float>().ToArray();
        Assert.Equal(2.0 / 3, q[0], 5);
        Assert.Equal(1.0 / 3, q[1], 5);
    }

    [Fact]
    public void TargetMatchesHandComputedSharpening()
    {
        // f = (1.4, 0.6). Row 1: (.25/1.4, .25/.6) normalised = (0.3, 0.7); row 2: (.81/1.4, .01/.6) -> (0.97200, 0.02800).
        using var q = tensor(new float[] { 0.5f, 0.5f, 0.9f, 0.1f }, [2, 2]);
        var p = SoftAssignment.Target(q).data<float>().ToArray();
        Assert.Equal(0.3, p[0], 5);
        Assert.Equal(0.7, p[1], 5);
        Assert.Equal(0.578571 / (0.578571 + 0.0166667), p[2], 4);
    }

    [Fact]
    public void TargetIsSharperThanTheSoftAssignment()
    {
        manual_seed(3);
        using var logits = randn(200, 4);
        using var q = logits.softmax(1);
        using var p = SoftAssignment.Target(q);
        double Entropy(Tensor t) => -(t * t.log()).sum(1).mean().item<float>();
        Assert.True(Entropy(p) < Entropy(q), $"target entropy {Entropy(p)} should be below {Entropy(q)}");
        var rowSums = p.sum(1).data<float>().ToArray();
        Assert.All(rowSums, s => Assert.Equal(1.0, s, 5));
    }
}
