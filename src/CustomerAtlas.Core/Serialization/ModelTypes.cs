using System.Collections.Concurrent;
using CustomerAtlas.Core.Clustering;

namespace CustomerAtlas.Core.Serialization;

/// <summary>
/// Maps a model's <see cref="IClusterModel.Algorithm"/> name to its concrete type for
/// <see cref="ModelFile"/>. Algorithms in this assembly are listed in <see cref="BuiltIn"/>;
/// other assemblies (deep clustering) call <see cref="Register"/> once at start-up.
/// </summary>
public static class ModelTypes
{
    // One line per algorithm of this assembly: "name" => typeof(TheModel).
    private static readonly Dictionary<string, Type> BuiltIn = new(StringComparer.Ordinal)
    {
        ["gmm"] = typeof(Clustering.GaussianMixture.GaussianMixtureModel),
        ["bgmm"] = typeof(Clustering.BayesianGaussianMixture.BayesianGaussianMixtureModel),
        ["kmeans"] = typeof(Clustering.KMeans.KMeansModel),
        ["bisecting-kmeans"] = typeof(Clustering.BisectingKMeans.BisectingKMeansModel),
        ["genie"] = typeof(Clustering.Genie.GenieModel),
        ["agglomerative"] = typeof(Clustering.Agglomerative.AgglomerativeModel),
        ["dbscan"] = typeof(Clustering.Dbscan.DbscanModel),
        ["hdbscan"] = typeof(Clustering.Hdbscan.HdbscanModel),
        ["kmedoids"] = typeof(Clustering.KMedoids.KMedoidsModel),
        ["kprototypes"] = typeof(Clustering.KPrototypes.KPrototypesModel),
        ["nearest-centroid"] = typeof(Clustering.NearestMean.NearestCentroidModel),
        ["spectral"] = typeof(Clustering.Spectral.SpectralModel),
    };

    private static readonly ConcurrentDictionary<string, Type> Extra = new(StringComparer.Ordinal);

    /// <summary>Registers a model type defined outside this assembly.</summary>
    public static void Register(string algorithm, Type modelType)
    {
        if (!typeof(IClusterModel).IsAssignableFrom(modelType))
        {
            throw new ArgumentException($"{modelType} does not implement {nameof(IClusterModel)}.", nameof(modelType));
        }

        Extra[algorithm] = modelType;
    }

    /// <summary>The model type saved under <paramref name="algorithm"/>.</summary>
    public static Type Resolve(string algorithm) =>
        BuiltIn.TryGetValue(algorithm, out var t) || Extra.TryGetValue(algorithm, out t)
            ? t
            : throw new InvalidDataException($"Unknown model algorithm '{algorithm}'.");
}
