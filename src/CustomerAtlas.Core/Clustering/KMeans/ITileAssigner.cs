using System.Numerics;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.KMeans;

/// <summary>Assigns a tile of rows to their nearest centroids (the step Lloyd and Hamerly do differently).</summary>
internal interface ITileAssigner<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Called once before each assignment pass with the centroids of this pass.</summary>
    void BeginPass(CentroidPanel<T> panel);

    /// <summary>Writes labels for rows start..start+count and returns how many labels changed.</summary>
    int AssignTile(int start, int count, CentroidPanel<T> panel, TileScratch<T> scratch);
}
