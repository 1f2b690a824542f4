using CustomerAtlas.Core.Selection;
using CustomerAtlas.Deep.Dec;
using CustomerAtlas.Deep.Selection;
using CustomerAtlas.Deep.Vae;

namespace CustomerAtlas.Deep.Tests.Selection;

public class DeepAlgorithmSpecsTests
{
    [Theory]
    [InlineData("dec", typeof(DecClusterer))]
    [InlineData("idec", typeof(DecClusterer))]
    [InlineData("vae-kmeans", typeof(VaeKMeansClusterer))]
    public void EveryNameCreatesItsClusterer(string name, Type type)
    {
        var spec = DeepAlgorithmSpecs.Create(name);
        Assert.Equal(name, spec.Name);
        Assert.IsType(type, spec.Create(new AlgorithmSettings(4, "", 7)));
    }

    [Fact]
    public void TheVariantFollowsTheName()
    {
        var dec = (DecClusterer)DeepAlgorithmSpecs.Create("dec").Create(new AlgorithmSettings(4, "", 7));
        Assert.Equal(DecVariant.Dec, dec.Options.Variant);
        Assert.Equal(4, dec.Options.K);
        Assert.Equal(7, dec.Options.Seed);
    }

    [Fact]
    public void UnknownNamesAreRejected() =>
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => DeepAlgorithmSpecs.Create("deep")).ParamName);

    [Theory]
    [InlineData(999, 20, 0)]
    [InlineData(5_000, 7, 0)]
    [InlineData(5_000, 20, 1)]
    public void TheSearchTriesDeepClusteringOnlyWhenTheDataWarrantsIt(int rows, int features, int expected) =>
        Assert.Equal(expected, DeepAlgorithmSpecs.Automatic(rows, features).Count);
}
