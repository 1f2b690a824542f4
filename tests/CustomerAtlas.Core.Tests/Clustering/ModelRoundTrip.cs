using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Serialization;

namespace CustomerAtlas.Core.Tests.Clustering;

/// <summary>Saves a model through <see cref="ModelFile"/> and loads it back.</summary>
internal static class ModelRoundTrip
{
    public static IClusterModel SaveAndLoad(IClusterModel model)
    {
        using var stream = new MemoryStream();
        ModelFile.Save(model, stream);
        stream.Position = 0;
        return ModelFile.Load(stream);
    }
}
