using System.Text.Json.Serialization;

namespace CustomerAtlas.Core.Clustering.Agglomerative;

/// <summary>
/// One row of the dendrogram, in scipy's linkage-matrix convention: clusters 0..n-1 are the
/// training rows, merge i creates cluster n + i from <see cref="Left"/> and <see cref="Right"/>
/// (Left &lt; Right) at <see cref="Height"/>, holding <see cref="Size"/> rows.
/// </summary>
public readonly struct DendrogramMerge : IEquatable<DendrogramMerge>
{
    /// <summary>Creates a merge.</summary>
    [JsonConstructor]
    public DendrogramMerge(int left, int right, double height, int size)
    {
        Left = left;
        Right = right;
        Height = height;
        Size = size;
    }

    /// <summary>The smaller id of the two merged clusters.</summary>
    public int Left { get; }

    /// <summary>The larger id of the two merged clusters.</summary>
    public int Right { get; }

    /// <summary>Linkage distance at which they merge (ward: scipy's sqrt(2·ΔSSE) scale).</summary>
    public double Height { get; }

    /// <summary>Number of training rows in the merged cluster.</summary>
    public int Size { get; }

    /// <inheritdoc/>
    public bool Equals(DendrogramMerge other) =>
        Left == other.Left && Right == other.Right && Height.Equals(other.Height) && Size == other.Size;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DendrogramMerge m && Equals(m);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Left, Right, Height, Size);

    /// <inheritdoc/>
    public override string ToString() => $"({Left}, {Right}, {Height:G6}, {Size})";

    /// <summary>Equality.</summary>
    public static bool operator ==(DendrogramMerge a, DendrogramMerge b) => a.Equals(b);

    /// <summary>Inequality.</summary>
    public static bool operator !=(DendrogramMerge a, DendrogramMerge b) => !a.Equals(b);
}
