using System.Runtime.InteropServices;

namespace CustomerAtlas.Core.Reduction.Embedding;

/// <summary>
/// A quadtree over 2-D points, rebuilt each t-SNE iteration, with each cell's point count and
/// centre of mass for Barnes–Hut summaries. Cells split until they hold at most
/// <see cref="LeafSize"/> points or reach <see cref="MaxDepth"/> (coincident points share a leaf).
/// Nodes are one array of small structs so a traversal touches one cache line per node.
/// </summary>
internal sealed class QuadTree
{
    private const int LeafSize = 8;
    private const int MaxDepth = 40;
    private readonly double[] _points;   // n × 2
    private readonly int[] _order;       // points grouped by leaf
    private readonly List<Node> _nodes;
    private readonly int[] _scratch;
    private Node[] _frozen = [];

    public QuadTree(double[] points, int count)
    {
        _points = points;
        _order = new int[count];
        _scratch = new int[count];
        _nodes = new List<Node>(count);
        for (int i = 0; i < count; i++)
        {
            _order[i] = i;
        }

        double minX = double.PositiveInfinity, minY = double.PositiveInfinity;
        double maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        for (int i = 0; i < count; i++)
        {
            minX = Math.Min(minX, points[2 * i]);
            maxX = Math.Max(maxX, points[2 * i]);
            minY = Math.Min(minY, points[(2 * i) + 1]);
            maxY = Math.Max(maxY, points[(2 * i) + 1]);
        }

        double half = (Math.Max(maxX - minX, maxY - minY) / 2) + 1e-12;
        _nodes.Add(default);
        Build(0, 0, count, (minX + maxX) / 2, (minY + maxY) / 2, half, 0);
        _frozen = [.. _nodes];
    }

    /// <summary>Stack depth enough for any traversal: 3 pending siblings per level plus one.</summary>
    public static int StackSize => (3 * (MaxDepth + 1)) + 4;

    /// <summary>
    /// Repulsion on point <paramref name="i"/>: adds Σ_j w_ij² (y_i − y_j) to (fx, fy) with
    /// w = 1 / (1 + d²), and returns Σ_j w_ij (j ≠ i), summarising a cell by its centre of mass
    /// when its side is below θ times its distance. A cell holding point i is never summarised
    /// (θ ≤ 0.7 is below the side-to-distance ratio of any point inside the cell).
    /// </summary>
    public double Repulsion(int i, double theta, ref double fx, ref double fy, Span<int> stack)
    {
        var nodes = _frozen;
        double x = _points[2 * i];
        double y = _points[(2 * i) + 1];
        double z = 0;
        double theta2 = theta * theta;
        int top = 0;
        stack[top++] = 0;
        while (top > 0)
        {
            ref readonly Node node = ref nodes[stack[--top]];
            double dx = x - node.MassX;
            double dy = y - node.MassY;
            double d2 = (dx * dx) + (dy * dy);
            if (node.Side * node.Side < theta2 * d2)
            {
                double w = 1 / (1 + d2);
                double cw = node.Count * w;
                z += cw;
                fx += cw * w * dx;
                fy += cw * w * dy;
                continue;
            }

            if (node.ChildCount == 0)
            {
                for (int p = node.Start; p < node.Start + node.Count; p++)
                {
                    int j = _order[p];
                    if (j == i)
                    {
                        continue;
                    }

                    double ex = x - _points[2 * j];
                    double ey = y - _points[(2 * j) + 1];
                    double w = 1 / (1 + (ex * ex) + (ey * ey));
                    z += w;
                    fx += w * w * ex;
                    fy += w * w * ey;
                }

                continue;
            }

            for (int c = 0; c < node.ChildCount; c++)
            {
                stack[top++] = node.FirstChild + c;
            }
        }

        return z;
    }

    /// <summary>Writes the cell over <c>_order[start..end)</c> into the reserved <paramref name="slot"/>.</summary>
    private void Build(int slot, int start, int end, double cx, double cy, double half, int depth)
    {
        double sx = 0, sy = 0;
        for (int p = start; p < end; p++)
        {
            sx += _points[2 * _order[p]];
            sy += _points[(2 * _order[p]) + 1];
        }

        int count = end - start;
        var nodes = CollectionsMarshal.AsSpan(_nodes);
        nodes[slot] = new Node(sx / count, sy / count, 2 * half, start, count, 0, 0);
        if (count <= LeafSize || depth >= MaxDepth)
        {
            return;
        }

        // Counting sort of the segment into quadrants 0..3 (x ≥ cx adds 1, y ≥ cy adds 2).
        Span<int> bucketStart = stackalloc int[5];
        for (int p = start; p < end; p++)
        {
            bucketStart[Quadrant(_order[p], cx, cy) + 1]++;
        }

        bucketStart[0] = start;
        for (int q = 0; q < 4; q++)
        {
            bucketStart[q + 1] += bucketStart[q];
        }

        Span<int> cursor = stackalloc int[4];
        bucketStart[..4].CopyTo(cursor);
        for (int p = start; p < end; p++)
        {
            int point = _order[p];
            _scratch[cursor[Quadrant(point, cx, cy)]++] = point;
        }

        _scratch.AsSpan(start, count).CopyTo(_order.AsSpan(start, count));

        // Reserve consecutive slots for the non-empty children, then fill each recursively.
        int childCount = 0;
        for (int q = 0; q < 4; q++)
        {
            childCount += bucketStart[q + 1] > bucketStart[q] ? 1 : 0;
        }

        int firstChild = _nodes.Count;
        for (int c = 0; c < childCount; c++)
        {
            _nodes.Add(default);
        }

        nodes = CollectionsMarshal.AsSpan(_nodes);
        nodes[slot] = nodes[slot] with { FirstChild = firstChild, ChildCount = childCount };
        double quarter = half / 2;
        int next = firstChild;
        for (int q = 0; q < 4; q++)
        {
            if (bucketStart[q + 1] > bucketStart[q])
            {
                double qx = cx + ((q & 1) == 1 ? quarter : -quarter);
                double qy = cy + ((q & 2) == 2 ? quarter : -quarter);
                Build(next++, bucketStart[q], bucketStart[q + 1], qx, qy, quarter, depth + 1);
            }
        }
    }

    private int Quadrant(int point, double cx, double cy) =>
        (_points[2 * point] >= cx ? 1 : 0) + (_points[(2 * point) + 1] >= cy ? 2 : 0);

    /// <summary>A cell: centre of mass, side, its points' range in the leaf order, and its children.</summary>
    private readonly record struct Node(double MassX, double MassY, double Side, int Start, int Count, int FirstChild, int ChildCount);
}
