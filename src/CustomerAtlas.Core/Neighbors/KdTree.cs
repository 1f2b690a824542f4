using System.Runtime.CompilerServices;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Validation;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Neighbors;

/// <summary>
/// A k-d tree over the rows of a matrix (Euclidean metric) answering k-nearest-neighbour and
/// radius queries. Nodes split the widest side of their tight bounding box at the median, so
/// the tree is balanced and its shape depends only on the data. Ties between equally distant
/// rows are broken by the smaller row index, so every query has exactly one answer.
/// The points are copied in tree order, keeping each leaf's rows contiguous in memory.
/// </summary>
public sealed class KdTree
{
    /// <summary>Default number of rows a leaf holds.</summary>
    public const int DefaultLeafSize = 24;

    /// <summary>Queries per parallel block: enough work to amortise scheduling, small enough to balance cores.</summary>
    internal const int QueryBlockRows = 1024;

    /// <summary>Deepest tree the builder allows; traversal stacks hold MaxDepth + 2 entries.</summary>
    internal const int MaxDepth = 60;

    /// <summary>Builds the tree over the rows of <paramref name="data"/> (copied).</summary>
    /// <param name="data">Rows to index; must be finite.</param>
    /// <param name="leafSize">Rows per leaf (at least 1).</param>
    /// <param name="maxDegreeOfParallelism">
    /// Threads for the build of large trees (default 1, the calling thread only; -1 = all cores). The tree is
    /// the same for every value.
    /// </param>
    public KdTree(Matrix<double> data, int leafSize = DefaultLeafSize, int maxDegreeOfParallelism = 1)
    {
        DataChecks.EnsureUsable(data, nameof(data));
        ArgumentOutOfRangeException.ThrowIfLessThan(leafSize, 1);
        ParallelismCheck.Ensure(maxDegreeOfParallelism, nameof(maxDegreeOfParallelism));
        Count = data.Rows;
        Dimensions = data.Cols;
        Order = new int[Count];
        for (int i = 0; i < Count; i++)
        {
            Order[i] = i;
        }

        var builder = new KdTreeBuilder(data, Order, leafSize);
        builder.Build(BlockParallel.ResolveDegree(maxDegreeOfParallelism));
        NodeStart = [.. builder.Start];
        NodeEnd = [.. builder.End];
        NodeLeft = [.. builder.Left];
        NodeRight = [.. builder.Right];
        Lower = [.. builder.Lower];
        Upper = [.. builder.Upper];
        if (builder.Depth > MaxDepth)
        {
            throw new InvalidOperationException($"k-d tree depth {builder.Depth} exceeds {MaxDepth}.");
        }

        Points = builder.Points;
        NodeMinIndex = MinIndexOfNodes();
    }

    /// <summary>A tree over given node arrays (see <see cref="KdTreeSubset"/>); the arrays are taken, not copied.</summary>
    internal KdTree(int dimensions, int[] order, double[] points, int[] start, int[] end, int[] left, int[] right, double[] lower, double[] upper)
    {
        Count = order.Length;
        Dimensions = dimensions;
        Order = order;
        Points = points;
        NodeStart = start;
        NodeEnd = end;
        NodeLeft = left;
        NodeRight = right;
        Lower = lower;
        Upper = upper;
        NodeMinIndex = MinIndexOfNodes();
    }

    /// <summary>Number of indexed rows.</summary>
    public int Count { get; }

    /// <summary>Number of coordinates per row.</summary>
    public int Dimensions { get; }

    /// <summary>Number of tree nodes (node 0 is the root).</summary>
    internal int NodeCount => NodeStart.Length;

    /// <summary>Indexed points in tree order (row-major).</summary>
    internal double[] Points { get; }

    /// <summary><c>Order[position]</c> is the original row index of the point stored at that position.</summary>
    internal int[] Order { get; }

    internal int[] NodeStart { get; }

    internal int[] NodeEnd { get; }

    /// <summary>Left child, or -1 for a leaf.</summary>
    internal int[] NodeLeft { get; }

    internal int[] NodeRight { get; }

    /// <summary>Smallest original row index inside each node (tie-breaking prunes with it).</summary>
    internal int[] NodeMinIndex { get; }

    internal double[] Lower { get; }

    internal double[] Upper { get; }

    /// <summary>The parent of every node (-1 for the root), for searches that climb from a leaf.</summary>
    internal int[] NodeParents()
    {
        var parent = new int[NodeCount];
        parent[0] = -1;
        for (int node = 0; node < NodeCount; node++)
        {
            if (NodeLeft[node] >= 0)
            {
                parent[NodeLeft[node]] = node;
                parent[NodeRight[node]] = node;
            }
        }

        return parent;
    }

    /// <summary>The point stored at tree position <paramref name="position"/>.</summary>
    internal ReadOnlySpan<double> PointAt(int position) => Points.AsSpan(position * Dimensions, Dimensions);

    /// <summary>
    /// Pushes two children on a depth-first stack with their lower bounds, the nearer one last so it is
    /// popped first (finding close candidates early tightens the pruning bound).
    /// </summary>
    internal static void PushNearestLast(
        Span<int> stackNode, Span<double> stackBound, ref int top, int left, double boundLeft, int right, double boundRight)
    {
        bool leftFirst = boundLeft <= boundRight;
        stackNode[top] = leftFirst ? right : left;
        stackBound[top] = leftFirst ? boundRight : boundLeft;
        stackNode[top + 1] = leftFirst ? left : right;
        stackBound[top + 1] = leftFirst ? boundLeft : boundRight;
        top += 2;
    }

    /// <summary>Squared distance from <paramref name="query"/> to the bounding box of <paramref name="node"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // a thin wrapper: always inlined into the search loops
    internal double MinSquaredDistance(int node, ReadOnlySpan<double> query) =>
        BoxDistances.PointToBoxMin(query, Lower.AsSpan(node * Dimensions, query.Length), Upper.AsSpan(node * Dimensions, query.Length));

    /// <summary>
    /// Smallest and largest squared distance from <paramref name="query"/> to the box of <paramref name="node"/>
    /// in one pass over its bounds (radius searches need both for every node they reach).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // a thin wrapper: always inlined into the search loops
    internal (double Min, double Max) SquaredDistanceRange(int node, ReadOnlySpan<double> query) =>
        BoxDistances.PointToBox(query, Lower.AsSpan(node * Dimensions, query.Length), Upper.AsSpan(node * Dimensions, query.Length));

    /// <summary>Smallest squared distance between the bounding boxes of two nodes (0 when they overlap).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // a thin wrapper: always inlined into the search loops
    internal double NodeToNodeMinSquared(int a, int b) =>
        BoxDistances.BoxToBoxMin(
            Lower.AsSpan(a * Dimensions, Dimensions), Upper.AsSpan(a * Dimensions, Dimensions),
            Lower.AsSpan(b * Dimensions, Dimensions), Upper.AsSpan(b * Dimensions, Dimensions));

    /// <summary>
    /// The <c>indices.Length</c> nearest rows to <paramref name="query"/>, nearest first (ties by
    /// smaller row index), with their squared distances. A query equal to an indexed row finds
    /// that row at distance 0. When fewer rows exist than requested, the rest is filled with -1
    /// and +infinity.
    /// </summary>
    public void KNearest(ReadOnlySpan<double> query, Span<int> indices, Span<double> squaredDistances)
    {
        CheckQuery(query);
        if (squaredDistances.Length != indices.Length)
        {
            throw new ArgumentException("indices and squaredDistances must have the same length.", nameof(squaredDistances));
        }

        var heap = new NeighborHeap(indices, squaredDistances);
        Span<int> stackNode = stackalloc int[MaxDepth + 2];
        Span<double> stackBound = stackalloc double[MaxDepth + 2];
        int top = 0;
        stackNode[0] = 0;
        stackBound[0] = MinSquaredDistance(0, query);
        top = 1;
        while (top > 0)
        {
            top--;
            int node = stackNode[top];
            double bound = stackBound[top];
            if (heap.IsFull && (bound > heap.WorstDistance
                || (bound == heap.WorstDistance && NodeMinIndex[node] > heap.WorstIndex)))
            {
                continue;
            }

            int left = NodeLeft[node];
            if (left < 0)
            {
                for (int pos = NodeStart[node]; pos < NodeEnd[node]; pos++)
                {
                    heap.Offer(Order[pos], SimdMath.SquaredDistance(query, PointAt(pos)));
                }

                continue;
            }

            int right = NodeRight[node];
            double boundLeft = MinSquaredDistance(left, query);
            double boundRight = MinSquaredDistance(right, query);
            PushNearestLast(stackNode, stackBound, ref top, left, boundLeft, right, boundRight);
        }

        heap.SortAscending();
    }

    /// <summary>
    /// The nearest row to <paramref name="query"/> within squared distance <paramref name="maxSquaredDistance"/>
    /// (boundary included; ties by smaller row index), or -1 when there is none. The limit prunes from the
    /// start, so a query with nothing in reach ends after a few nodes instead of finding a far nearest row.
    /// </summary>
    internal int NearestWithin(ReadOnlySpan<double> query, double maxSquaredDistance)
    {
        CheckQuery(query);
        int best = -1;
        double bestDistance = maxSquaredDistance;
        Span<int> stackNode = stackalloc int[MaxDepth + 2];
        Span<double> stackBound = stackalloc double[MaxDepth + 2];
        stackNode[0] = 0;
        stackBound[0] = MinSquaredDistance(0, query);
        int top = 1;
        while (top > 0)
        {
            top--;
            int node = stackNode[top];
            double bound = stackBound[top];
            // Until a row is found, a node exactly at the limit may still hold an answer.
            if (bound > bestDistance || (bound == bestDistance && best >= 0 && NodeMinIndex[node] > best))
            {
                continue;
            }

            int left = NodeLeft[node];
            if (left < 0)
            {
                for (int pos = NodeStart[node]; pos < NodeEnd[node]; pos++)
                {
                    double distance = SimdMath.SquaredDistance(query, PointAt(pos));
                    if (distance < bestDistance || (distance == bestDistance && (best < 0 || Order[pos] < best)))
                    {
                        best = Order[pos];
                        bestDistance = distance;
                    }
                }

                continue;
            }

            int right = NodeRight[node];
            PushNearestLast(stackNode, stackBound, ref top, left, MinSquaredDistance(left, query), right, MinSquaredDistance(right, query));
        }

        return best;
    }

    /// <summary>
    /// Number of rows within distance <paramref name="radius"/> of <paramref name="query"/> (boundary
    /// included), or <paramref name="limit"/> as soon as that many are found (cheap core-point tests).
    /// Nearer children are searched first, so a limited count usually stops inside the query's own
    /// neighbourhood; nodes whose whole box lies inside the ball are counted without distances.
    /// </summary>
    public int CountWithin(ReadOnlySpan<double> query, double radius, int limit = int.MaxValue)
    {
        CheckQuery(query);
        return CountWithinSubtree(0, query, radius * radius, limit, 0);
    }

    /// <summary>
    /// <paramref name="count"/> plus the rows of the subtree under <paramref name="start"/> within squared
    /// distance <paramref name="r2"/> of <paramref name="query"/>, capped at <paramref name="limit"/> (the
    /// search stops there), for searches that visit the tree in another order than from the root.
    /// </summary>
    internal int CountWithinSubtree(int start, ReadOnlySpan<double> query, double r2, int limit, int count)
    {
        var (startMin, startMax) = SquaredDistanceRange(start, query);
        if (!CountOrSearch(start, startMin, startMax, r2, ref count))
        {
            return Math.Min(count, limit);
        }

        // The stack holds nodes that cross the sphere; children are sorted out when their parent is expanded.
        Span<int> stackNode = stackalloc int[MaxDepth + 2];
        Span<double> stackBound = stackalloc double[MaxDepth + 2];
        int top = 1;
        stackNode[0] = start;
        while (top > 0 && count < limit)
        {
            int node = stackNode[--top];
            int left = NodeLeft[node];
            if (left < 0)
            {
                for (int pos = NodeStart[node]; pos < NodeEnd[node]; pos++)
                {
                    if (SimdMath.SquaredDistance(query, PointAt(pos)) <= r2)
                    {
                        count++;
                    }
                }

                continue;
            }

            int right = NodeRight[node];
            var (leftMin, leftMax) = SquaredDistanceRange(left, query);
            var (rightMin, rightMax) = SquaredDistanceRange(right, query);
            bool searchLeft = CountOrSearch(left, leftMin, leftMax, r2, ref count);
            bool searchRight = CountOrSearch(right, rightMin, rightMax, r2, ref count);
            if (searchLeft && searchRight)
            {
                PushNearestLast(stackNode, stackBound, ref top, left, leftMin, right, rightMin);
            }
            else if (searchLeft || searchRight)
            {
                stackNode[top++] = searchLeft ? left : right;
            }
        }

        return Math.Min(count, limit);
    }

    /// <summary>Counts a node lying inside the sphere whole; true when it crosses the sphere and must be searched.</summary>
    private bool CountOrSearch(int node, double min, double max, double r2, ref int count)
    {
        if (min > r2)
        {
            return false;
        }

        if (max <= r2)
        {
            count += NodeEnd[node] - NodeStart[node];
            return false;
        }

        return true;
    }

    /// <summary>
    /// Appends to <paramref name="result"/> the rows within distance <paramref name="radius"/> of
    /// <paramref name="query"/> (boundary included), in tree order.
    /// </summary>
    public void Within(ReadOnlySpan<double> query, double radius, List<int> result)
    {
        CheckQuery(query);
        ArgumentNullException.ThrowIfNull(result);
        double r2 = radius * radius;
        Span<int> stack = stackalloc int[MaxDepth + 2];
        int top = 1;
        stack[0] = 0;
        while (top > 0)
        {
            int node = stack[--top];
            if (MinSquaredDistance(node, query) > r2)
            {
                continue;
            }

            if (NodeLeft[node] < 0)
            {
                for (int pos = NodeStart[node]; pos < NodeEnd[node]; pos++)
                {
                    if (SimdMath.SquaredDistance(query, PointAt(pos)) <= r2)
                    {
                        result.Add(Order[pos]);
                    }
                }

                continue;
            }

            stack[top++] = NodeRight[node];
            stack[top++] = NodeLeft[node];
        }
    }

    /// <summary>
    /// The <paramref name="k"/> nearest indexed rows of every row of <paramref name="queries"/>
    /// (row-major n×k arrays, nearest first). Rows are answered independently, in parallel when
    /// allowed, so the result does not depend on the thread count.
    /// </summary>
    public (int[] Indices, double[] SquaredDistances) KNearestAll(
        Matrix<double> queries, int k, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var indices = new int[queries.Rows * k];
        var distances = new double[queries.Rows * k];
        var blocks = RowBlocks.OfSize(queries.Rows, QueryBlockRows);
        BlockParallel.For(blocks, maxDegreeOfParallelism, b =>
        {
            for (int i = blocks.Start(b); i < blocks.Start(b) + blocks.Length(b); i++)
            {
                KNearest(queries.RowReadOnly(i), indices.AsSpan(i * k, k), distances.AsSpan(i * k, k));
            }
        }, cancellationToken);
        return (indices, distances);
    }

    /// <summary>Smallest original row index of every node (int.MaxValue for an empty one); children come after their parent, so one backward pass combines them.</summary>
    private int[] MinIndexOfNodes()
    {
        var minIndex = new int[NodeStart.Length];
        for (int node = NodeStart.Length - 1; node >= 0; node--)
        {
            int min = int.MaxValue;
            if (NodeLeft[node] >= 0)
            {
                min = Math.Min(minIndex[NodeLeft[node]], minIndex[NodeRight[node]]);
            }
            else
            {
                for (int pos = NodeStart[node]; pos < NodeEnd[node]; pos++)
                {
                    min = Math.Min(min, Order[pos]);
                }
            }

            minIndex[node] = min;
        }

        return minIndex;
    }

    private void CheckQuery(ReadOnlySpan<double> query)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"The query has {query.Length} coordinates; the tree has {Dimensions}.", nameof(query));
        }
    }
}
