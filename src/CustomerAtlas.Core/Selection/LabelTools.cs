namespace CustomerAtlas.Core.Selection;

/// <summary>Small helpers on label arrays.</summary>
public static class LabelTools
{
    /// <summary>
    /// Renumbers the non-negative labels to 0..count−1 in order of first appearance; negative
    /// labels (noise) stay −1.
    /// </summary>
    public static int[] Compact(int[] labels, out int count)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var map = new Dictionary<int, int>();
        var result = new int[labels.Length];
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] < 0)
            {
                result[i] = -1;
                continue;
            }

            if (!map.TryGetValue(labels[i], out int id))
            {
                id = map.Count;
                map[labels[i]] = id;
            }

            result[i] = id;
        }

        count = map.Count;
        return result;
    }
}
