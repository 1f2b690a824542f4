using System.Buffers;
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
    private const int LeafBlock = 32;
    private readonly double[] _points;   // n × 2
    private readonly int[] _order;       // points grouped by leaf
    private readonly List<Node> _nodes;
    private readonly int[] _scratch;
    private readonly Node[] _frozen;
    private readonly int[] _leaves;

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
        var leaves = new List<int>();
        for (int node = 0; node < _frozen.Length; node++)
        {
            if (_frozen[node].ChildCount == 0)
            {
                leaves.Add(node);
            }
        }

        _leaves = [.. leaves];
    }

    /// <summary>Stack depth enough for any traversal: 3 pending siblings per level plus one.</summary>
    private static int StackSize => (3 * (MaxDepth + 1)) + 4;

    /// <summary>
    /// Repulsions on every point: adds Σ_j w_ij² (y_i − y_j) to <paramref name="forces"/> (n × 2,
    /// overwritten) with w = 1 / (1 + d²), and returns Z = Σ_i Σ_{j≠i} w_ij. Points are handled a
    /// leaf at a time: one traversal per leaf builds the list of cells far enough from the whole
    /// leaf (side below θ times the distance from the cell's centre of mass to the leaf's
    /// bounding box) to be summarised by their centre of mass, and of points to take exactly;
    /// then each point of the leaf sums over those lists. Leaves are processed in fixed blocks
    /// and Z is summed in block order, so the result does not depend on the thread count.
    /// </summary>
    public double RepulsionAll(double theta, double[] forces, int maxDegreeOfParallelism)
    {
        var leaves = _leaves;
        var blocks = Kernels.RowBlocks.OfSize(leaves.Length, LeafBlock);
        var blockZ = new double[blocks.Count];
        Kernels.BlockParallel.For(blocks, maxDegreeOfParallelism, b =>
        {
            var far = ArrayPool<double>.Shared.Rent(3 * _frozen.Length);
            var near = ArrayPool<int>.Shared.Rent(_order.Length);
            Span<int> stack = stackalloc int[StackSize];
            double z = 0;
            int end = Math.Min(leaves.Length, (b + 1) * LeafBlock);
            for (int l = b * LeafBlock; l < end; l++)
            {
                z += LeafRepulsion(leaves[l], theta, forces, far, near, stack);
            }

            blockZ[b] = z;
            ArrayPool<double>.Shared.Return(far);
            ArrayPool<int>.Shared.Return(near);
        });
        double total = 0;
        foreach (double z in blockZ)
        {
            total += z;
        }

        return total;
    }

    private double LeafRepulsion(int leaf, double theta, double[] forces, double[] far, int[] near, Span<int> stack)
    {
        var nodes = _frozen;
        ref readonly Node own = ref nodes[leaf];
        double x0 = double.PositiveInfinity, y0 = double.PositiveInfinity;
        double x1 = double.NegativeInfinity, y1 = double.NegativeInfinity;
        for (int p = own.Start; p < own.Start + own.Count; p++)
        {
            int i = _order[p];
            x0 = Math.Min(x0, _points[2 * i]);
            x1 = Math.Max(x1, _points[2 * i]);
            y0 = Math.Min(y0, _points[(2 * i) + 1]);
            y1 = Math.Max(y1, _points[(2 * i) + 1]);
        }

        // Interaction lists for the whole leaf.
        int farCount = 0;
        int nearCount = 0;
        double theta2 = theta * theta;
        int top = 0;
        stack[top++] = 0;
        while (top > 0)
        {
            int index = stack[--top];
            ref readonly Node node = ref nodes[index];
            double dx = Math.Max(Math.Max(x0 - node.MassX, node.MassX - x1), 0);
            double dy = Math.Max(Math.Max(y0 - node.MassY, node.MassY - y1), 0);
            if (node.Side * node.Side < theta2 * ((dx * dx) + (dy * dy)))
            {
                far[3 * farCount] = node.MassX;
                far[(3 * farCount) + 1] = node.MassY;
                far[(3 * farCount) + 2] = node.Count;
                farCount++;
            }
            else if (node.ChildCount == 0)
            {
                for (int p = node.Start; p < node.Start + node.Count; p++)
                {
                    near[nearCount++] = _order[p];
                }
            }
            else
            {
                for (int c = 0; c < node.ChildCount; c++)
                {
                    stack[top++] = node.FirstChild + c;
                }
            }
        }

        double z = 0;
        for (int p = own.Start; p < own.Start + own.Count; p++)
        {
            int i = _order[p];
            double x = _points[2 * i];
            double y = _points[(2 * i) + 1];
            double fx = 0, fy = 0;
            for (int t = 0; t < farCount; t++)
            {
                StudentKernel.Repel(x - far[3 * t], y - far[(3 * t) + 1], far[(3 * t) + 2], ref z, ref fx, ref fy);
            }

            for (int t = 0; t < nearCount; t++)
            {
                int j = near[t];
                if (j == i)
                {
                    continue;
                }

                StudentKernel.Repel(x - _points[2 * j], y - _points[(2 * j) + 1], 1, ref z, ref fx, ref fy);
            }

            forces[2 * i] = fx;
            forces[(2 * i) + 1] = fy;
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
