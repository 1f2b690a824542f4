namespace CustomerAtlas.Core.Metrics;

/// <summary>Maps arbitrary integer labels to 0..m-1 in ascending label order.</summary>
internal static class DenseLabels
{
    /// <summary>The dense index of every row's label, and the number of distinct labels.</summary>
    public static int[] Encode(IReadOnlyList<int> labels, out int distinct)
    {
        var sorted = labels.Distinct().Order().ToArray();
        var index = new Dictionary<int, int>(sorted.Length);
        for (int i = 0; i < sorted.Length; i++)
        {
            index[sorted[i]] = i;
        }

        var dense = new int[labels.Count];
        for (int i = 0; i < dense.Length; i++)
        {
            dense[i] = index[labels[i]];
        }

        distinct = sorted.Length;
        return dense;
    }
}
