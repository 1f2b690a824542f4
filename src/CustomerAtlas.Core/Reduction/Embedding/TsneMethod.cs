namespace CustomerAtlas.Core.Reduction.Embedding;

/// <summary>How t-SNE computes the repulsive forces each iteration.</summary>
public enum TsneMethod
{
    /// <summary><see cref="Exact"/> up to <see cref="TsneOptions.ExactMaxRows"/> rows, else <see cref="BarnesHut"/>.</summary>
    Auto,

    /// <summary>All pairs, O(n²) per iteration.</summary>
    Exact,

    /// <summary>Barnes–Hut quadtree approximation, O(n log n) per iteration.</summary>
    BarnesHut,
}
