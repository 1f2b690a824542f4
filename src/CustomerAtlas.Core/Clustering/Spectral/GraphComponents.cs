namespace CustomerAtlas.Core.Clustering.Spectral;

/// <summary>The connected components of an affinity graph, each with its rows in ascending order.</summary>
internal static class GraphComponents
{
    public static List<int[]> Find(int[] rowStart, int[] columns)
    {
        int n = rowStart.Length - 1;
        var seen = new bool[n];
        var components = new List<int[]>();
        var queue = new int[n];
        for (int root = 0; root < n; root++)
        {
            if (seen[root])
            {
                continue;
            }

            int head = 0;
            int tail = 0;
            queue[tail++] = root;
            seen[root] = true;
            while (head < tail)
            {
                int i = queue[head++];
                for (int p = rowStart[i]; p < rowStart[i + 1]; p++)
                {
                    int j = columns[p];
                    if (!seen[j])
                    {
                        seen[j] = true;
                        queue[tail++] = j;
                    }
                }
            }

            var members = queue[..tail];
            Array.Sort(members);
            components.Add(members);
        }

        return components;
    }
}
