using System.Numerics;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.KMeans;

/// <summary>Per-block working buffers for one tile of rows (allocated once per block, never per row).</summary>
internal sealed class TileScratch<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public TileScratch(int paddedCentroids, int dimension)
    {
        Distances = new T[DistanceTile.TileRows * paddedCentroids];
        Norms = new T[DistanceTile.TileRows];
        Gathered = new T[DistanceTile.TileRows * dimension];
        GatheredRows = new int[DistanceTile.TileRows];
    }

    /// <summary>Expanded squared distances, tile rows × padded centroids.</summary>
    public T[] Distances { get; }

    /// <summary>Squared norms of the tile rows.</summary>
    public T[] Norms { get; }

    /// <summary>Rows copied together when only some rows of a tile need distances (Hamerly).</summary>
    public T[] Gathered { get; }

    /// <summary>Which data rows were gathered.</summary>
    public int[] GatheredRows { get; }
}
