using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Neighbors;

/// <summary>
/// Builds the node arrays of a <see cref="KdTree"/>: each node covers a contiguous range of the
/// permutation, has a tight bounding box, and (unless small enough to be a leaf) is split at the
/// median of its widest box side by an in-place quickselect. The quickselect moves whole rows of a
/// copy of the data along with the permutation, so every scan of a node reads contiguous memory
/// (instead of jumping through the permutation) and the copy ends up as the tree's points in tree order.
/// Large subtrees may be built in parallel: the right one into a second builder whose nodes are then
/// appended after the left one's, which is exactly the depth-first numbering of a sequential build,
/// so the tree is the same on any number of threads.
/// </summary>
internal sealed class KdTreeBuilder
{
    /// <summary>Fewest rows a node needs before its two subtrees are built on separate threads.</summary>
    private const int ParallelMinRows = 16_384;

    private readonly int _dims;
    private readonly int[] _order;
    private readonly int _leafSize;

    /// <summary>A builder over a copy of <paramref name="data"/>, permuting <paramref name="order"/> in place.</summary>
    public KdTreeBuilder(Matrix<double> data, int[] order, int leafSize)
        : this((double[])data.Values.Clone(), data.Cols, order, leafSize)
    {
    }

    /// <summary>A builder for a subtree, sharing the points and the permutation of its parent's builder.</summary>
    private KdTreeBuilder(double[] points, int dims, int[] order, int leafSize)
    {
        Points = points;
        _dims = dims;
        _order = order;
        _leafSize = leafSize;
    }

    /// <summary>The rows of the data, kept in the order of the permutation (row-major).</summary>
    public double[] Points { get; }

    public List<int> Start { get; } = [];

    public List<int> End { get; } = [];

    public List<int> Left { get; } = [];

    public List<int> Right { get; } = [];

    public List<double> Lower { get; } = [];

    public List<double> Upper { get; } = [];

    public int Depth { get; private set; }

    /// <summary>Builds the whole tree using up to <paramref name="threads"/> threads.</summary>
    public void Build(int threads) => BuildNode(0, _order.Length, 0, threads);

    private int BuildNode(int start, int end, int depth, int threads)
    {
        Depth = Math.Max(Depth, depth);
        int node = Start.Count;
        Start.Add(start);
        End.Add(end);
        Left.Add(-1);
        Right.Add(-1);
        int widest = AddBoundingBox(start, end);
        if (end - start <= _leafSize || widest < 0)
        {
            return node;
        }

        int mid = start + ((end - start) / 2);
        Select(start, end - 1, mid, widest);
        if (threads < 2 || end - start < ParallelMinRows)
        {
            Left[node] = BuildNode(start, mid, depth + 1, 1);
            Right[node] = BuildNode(mid, end, depth + 1, 1);
            return node;
        }

        // The halves touch disjoint ranges of the points and the permutation; each builder has its own node lists.
        var rightBuilder = new KdTreeBuilder(Points, _dims, _order, _leafSize);
        Parallel.Invoke(
            () => Left[node] = BuildNode(start, mid, depth + 1, threads / 2),
            () => rightBuilder.BuildNode(mid, end, depth + 1, threads - (threads / 2)));
        Right[node] = Append(rightBuilder);
        return node;
    }

    /// <summary>Appends another builder's nodes after this one's (child numbers shifted); returns the number its first node gets.</summary>
    private int Append(KdTreeBuilder other)
    {
        int offset = Start.Count;
        Start.AddRange(other.Start);
        End.AddRange(other.End);
        Left.AddRange(other.Left.Select(child => child < 0 ? child : child + offset));
        Right.AddRange(other.Right.Select(child => child < 0 ? child : child + offset));
        Lower.AddRange(other.Lower);
        Upper.AddRange(other.Upper);
        Depth = Math.Max(Depth, other.Depth);
        return offset;
    }

    /// <summary>Appends the node's box; returns its widest dimension, or -1 when all points coincide.</summary>
    private int AddBoundingBox(int start, int end)
    {
        // Bounds are gathered in local spans (the lists are only appended to) to keep the scan free of list indexing.
        Span<double> lower = _dims <= 64 ? stackalloc double[_dims] : new double[_dims];
        Span<double> upper = _dims <= 64 ? stackalloc double[_dims] : new double[_dims];
        lower.Fill(double.PositiveInfinity);
        upper.Fill(double.NegativeInfinity);
        for (int pos = start; pos < end; pos++)
        {
            var row = Points.AsSpan(pos * _dims, _dims);
            for (int j = 0; j < lower.Length; j++)
            {
                double v = row[j];
                lower[j] = Math.Min(lower[j], v);
                upper[j] = Math.Max(upper[j], v);
            }
        }

        int widest = -1;
        double widestSpread = 0;
        for (int j = 0; j < _dims; j++)
        {
            Lower.Add(lower[j]);
            Upper.Add(upper[j]);
            double spread = upper[j] - lower[j];
            if (spread > widestSpread)
            {
                widestSpread = spread;
                widest = j;
            }
        }

        return widest;
    }

    /// <summary>Rearranges rows lo..hi so position <paramref name="k"/> holds the k-th smallest along <paramref name="dim"/>.</summary>
    private void Select(int lo, int hi, int k, int dim)
    {
        var values = Points;
        while (hi > lo)
        {
            int mid = lo + ((hi - lo) / 2);
            double pivot = MedianOfThree(values[(lo * _dims) + dim], values[(mid * _dims) + dim], values[(hi * _dims) + dim]);
            int i = lo;
            int j = hi;
            while (i <= j)
            {
                while (values[(i * _dims) + dim] < pivot)
                {
                    i++;
                }

                while (values[(j * _dims) + dim] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    Swap(i, j);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                hi = j;
            }
            else if (k >= i)
            {
                lo = i;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Swaps the rows at positions <paramref name="a"/> and <paramref name="b"/> and their permutation entries.</summary>
    private void Swap(int a, int b)
    {
        (_order[a], _order[b]) = (_order[b], _order[a]);
        var rowA = Points.AsSpan(a * _dims, _dims);
        var rowB = Points.AsSpan(b * _dims, _dims);
        for (int j = 0; j < rowA.Length; j++)
        {
            (rowA[j], rowB[j]) = (rowB[j], rowA[j]);
        }
    }

    private static double MedianOfThree(double a, double b, double c) =>
        Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
