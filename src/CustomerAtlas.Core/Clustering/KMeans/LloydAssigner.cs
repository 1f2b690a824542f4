using System.Numerics;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.KMeans;

/// <summary>Lloyd's assignment: every row against every centroid, through the blocked distance kernel.</summary>
internal sealed class LloydAssigner<T>(KMeansProblem<T> problem, int[] labels) : ITileAssigner<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public void BeginPass(CentroidPanel<T> panel)
    {
    }

    public int AssignTile(int start, int count, CentroidPanel<T> panel, TileScratch<T> scratch)
    {
        int d = problem.Cols;
        int kPad = panel.PaddedCount;
        var rows = problem.RowRange(start, count);
        DistanceTile.Compute(rows, count, panel, scratch.Distances, scratch.Norms);
        int changed = 0;
        for (int r = 0; r < count; r++)
        {
            var choice = NearestCentroid.Choose(rows.Slice(r * d, d), scratch.Distances.AsSpan(r * kPad, kPad), scratch.Norms[r], panel);
            if (labels[start + r] != choice.Label)
            {
                labels[start + r] = choice.Label;
                changed++;
            }
        }

        return changed;
    }
}
