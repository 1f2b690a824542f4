using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Clustering.KPrototypes;

/// <summary>
/// The distinct codes of each categorical column, so modes are counted in small dense arrays
/// whatever values the codes take.
/// </summary>
internal sealed class CategoryCodebook
{
    public CategoryCodebook(MixedData data)
    {
        int c = data.CategoricalCount;
        Codes = new int[c][];
        Dense = new int[data.Categorical.Length];
        for (int j = 0; j < c; j++)
        {
            var distinct = new SortedSet<int>();
            for (int i = 0; i < data.Rows; i++)
            {
                distinct.Add(data.Categorical[(i * c) + j]);
            }

            Codes[j] = [.. distinct];
            for (int i = 0; i < data.Rows; i++)
            {
                Dense[(i * c) + j] = Array.BinarySearch(Codes[j], data.Categorical[(i * c) + j]);
            }
        }
    }

    /// <summary>Sorted distinct codes of each column.</summary>
    public int[][] Codes { get; }

    /// <summary>Each row's codes as positions in <see cref="Codes"/>, row-major.</summary>
    public int[] Dense { get; }
}
