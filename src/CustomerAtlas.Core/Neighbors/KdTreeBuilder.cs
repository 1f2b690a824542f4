using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Neighbors;

/// <summary>
/// Builds the node arrays of a <see cref="KdTree"/>: each node covers a contiguous range of the
/// permutation, has a tight bounding box, and (unless small enough to be a leaf) is split at the
/// median of its widest box side by an in-place quickselect. The quickselect moves whole rows of a
/// copy of the data along with the permutation, so every scan of a node reads contiguous memory
/// (instead of jumping through the permutation) and the copy ends up as the tree's points in tree order.
/// </summary>
internal sealed class KdTreeBuilder(Matrix<double> data, int[] order, int leafSize)
{
    private readonly int _dims = data.Cols;

    /// <summary>The rows of the data, kept in the order of <c>order</c> (row-major).</summary>
    public double[] Points { get; } = (double[])data.Values.Clone();

    public List<int> Start { get; } = [];

    public List<int> End { get; } = [];

    public List<int> Left { get; } = [];

    public List<int> Right { get; } = [];

    public List<double> Lower { get; } = [];

    public List<double> Upper { get; } = [];

    public int Depth { get; private set; }

    public void Build() => BuildNode(0, order.Length, 0);

    private int BuildNode(int start, int end, int depth)
    {
        Depth = Math.Max(Depth, depth);
        int node = Start.Count;
        Start.Add(start);
        End.Add(end);
        Left.Add(-1);
        Right.Add(-1);
        int widest = AddBoundingBox(start, end);
        if (end - start <= leafSize || widest < 0)
        {
            return node;
        }

        int mid = start + ((end - start) / 2);
        Select(start, end - 1, mid, widest);
        int left = BuildNode(start, mid, depth + 1);
        int right = BuildNode(mid, end, depth + 1);
        Left[node] = left;
        Right[node] = right;
        return node;
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
        (order[a], order[b]) = (order[b], order[a]);
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
