using CustomerAtlas.Core.Serialization;
using CustomerAtlas.Deep.Model;

namespace CustomerAtlas.Deep;

/// <summary>Makes the deep models loadable by <see cref="ModelFile"/>.</summary>
public static class DeepModels
{
    /// <summary>The algorithm names deep models are saved under.</summary>
    public static readonly IReadOnlyList<string> Algorithms = ["dec", "idec", "vae-kmeans"];

    /// <summary>Registers every deep model type; call once at start-up (repeat calls are harmless).</summary>
    public static void Register()
    {
        foreach (var name in Algorithms)
        {
            ModelTypes.Register(name, typeof(DeepClusterModel));
        }
    }
}
