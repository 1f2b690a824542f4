using CustomerAtlas.Core.Neighbors;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Graphs;

/// <summary>
/// Borůvka's algorithm over a k-d tree: every round, each component takes its lightest edge to
/// another component, found by nearest-foreign-neighbour searches that skip tree nodes lying
/// wholly inside the searching point's component. Edge weights are squared Euclidean distances,
/// or squared mutual-reachability distances <c>max(core²(p), core²(q), d²(p, q))</c> when core
/// distances are given. The lightest edge per component is exact under <see cref="EdgeOrder"/>,
/// so the shared pruning bound (updated concurrently) changes only the speed, never the tree.
/// O(n) memory; about O(n log² n) time in low dimensions.
/// </summary>
internal sealed class BoruvkaSpanningTree
{
    private readonly KdTree _tree;
    private readonly double[] _core2;
    private readonly double[] _nodeMinCore2;
    private readonly int[] _component;
    private readonly int[] _nodeComponent;
    private readonly double[] _componentBound;
    private readonly int[] _bestNeighbor;
    private readonly double[] _bestWeight;

    private BoruvkaSpanningTree(KdTree tree, double[] squaredCoreDistances)
    {
        _tree = tree;
        _core2 = squaredCoreDistances;
        int n = tree.Count;
        _component = new int[n];
        _nodeComponent = new int[tree.NodeCount];
        _componentBound = new double[n];
        _bestNeighbor = new int[n];
        _bestWeight = new double[n];
        _nodeMinCore2 = new double[tree.NodeCount];
        for (int node = tree.NodeCount - 1; node >= 0; node--)
        {
            double min = double.PositiveInfinity;
            for (int pos = tree.NodeStart[node]; pos < tree.NodeEnd[node]; pos++)
            {
                min = Math.Min(min, _core2[tree.Order[pos]]);
            }

            _nodeMinCore2[node] = min;
        }
    }

    /// <summary>Builds the tree; <paramref name="squaredCoreDistances"/> are all zero for plain Euclidean weights.</summary>
    public static SpanningTree Build(
        KdTree tree, double[] squaredCoreDistances, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var builder = new BoruvkaSpanningTree(tree, squaredCoreDistances);
        return builder.Run(maxDegreeOfParallelism, cancellationToken);
    }

    private SpanningTree Run(int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        int n = _tree.Count;
        var sets = new DisjointSets(n);
        var edges = new List<(int A, int B, double SquaredWeight)>(Math.Max(0, n - 1));
        var chosenA = new int[n];
        var chosenB = new int[n];
        var chosenW = new double[n];
        var blocks = RowBlocks.OfSize(n, KdTree.QueryBlockRows);
        while (sets.SetCount > 1)
        {
            cancellationToken.ThrowIfCancellationRequested();
            PrepareRound(sets);
            BlockParallel.For(blocks, maxDegreeOfParallelism, b =>
            {
                for (int pos = blocks.Start(b); pos < blocks.Start(b) + blocks.Length(b); pos++)
                {
                    SearchFrom(pos);
                }
            }, cancellationToken);

            // Reduce the per-point candidates to each component's lightest edge, in row order.
            Array.Fill(chosenA, -1);
            for (int p = 0; p < n; p++)
            {
                int q = _bestNeighbor[p];
                if (q < 0)
                {
                    continue;
                }

                int c = _component[p];
                if (chosenA[c] < 0 || EdgeOrder.Precedes(_bestWeight[p], p, q, chosenW[c], chosenA[c], chosenB[c]))
                {
                    chosenA[c] = p;
                    chosenB[c] = q;
                    chosenW[c] = _bestWeight[p];
                }
            }

            int added = 0;
            for (int c = 0; c < n; c++)
            {
                if (chosenA[c] >= 0 && sets.Union(chosenA[c], chosenB[c]))
                {
                    edges.Add((chosenA[c], chosenB[c], chosenW[c]));
                    added++;
                }
            }

            if (added == 0)
            {
                throw new InvalidOperationException("Borůvka round added no edge.");
            }
        }

        return SpanningTree.FromSquaredEdges(n, edges);
    }

    private void PrepareRound(DisjointSets sets)
    {
        int n = _tree.Count;
        for (int i = 0; i < n; i++)
        {
            _component[i] = sets.Find(i);
            _componentBound[i] = double.PositiveInfinity;
        }

        // Children are numbered after their parent, so a reverse sweep sees children first.
        for (int node = _tree.NodeCount - 1; node >= 0; node--)
        {
            int left = _tree.NodeLeft[node];
            if (left >= 0)
            {
                int l = _nodeComponent[left];
                _nodeComponent[node] = l >= 0 && l == _nodeComponent[_tree.NodeRight[node]] ? l : -1;
                continue;
            }

            int first = _component[_tree.Order[_tree.NodeStart[node]]];
            for (int pos = _tree.NodeStart[node] + 1; pos < _tree.NodeEnd[node] && first >= 0; pos++)
            {
                if (_component[_tree.Order[pos]] != first)
                {
                    first = -1;
                }
            }

            _nodeComponent[node] = first;
        }
    }

    /// <summary>Finds the lightest edge from the point at tree position <paramref name="position"/> to another component.</summary>
    private void SearchFrom(int position)
    {
        int p = _tree.Order[position];
        int c = _component[p];
        double coreP = _core2[p];
        _bestNeighbor[p] = -1;
        if (coreP > Volatile.Read(ref _componentBound[c]))
        {
            return;
        }

        var x = _tree.PointAt(position);
        double bestW = double.PositiveInfinity;
        int bestQ = -1;
        Span<int> stackNode = stackalloc int[64];
        Span<double> stackBound = stackalloc double[64];
        stackNode[0] = 0;
        stackBound[0] = Math.Max(_tree.MinSquaredDistance(0, x), Math.Max(coreP, _nodeMinCore2[0]));
        int top = 1;
        while (top > 0)
        {
            top--;
            int node = stackNode[top];
            double bound = stackBound[top];
            if (_nodeComponent[node] == c || bound > Volatile.Read(ref _componentBound[c]) || bound > bestW
                || (bound == bestW && _tree.NodeMinIndex[node] > bestQ))
            {
                continue;
            }

            int left = _tree.NodeLeft[node];
            if (left < 0)
            {
                for (int pos = _tree.NodeStart[node]; pos < _tree.NodeEnd[node]; pos++)
                {
                    int q = _tree.Order[pos];
                    if (_component[q] == c)
                    {
                        continue;
                    }

                    double w = Math.Max(SimdMath.SquaredDistance(x, _tree.PointAt(pos)), Math.Max(coreP, _core2[q]));
                    if (w < bestW || (w == bestW && q < bestQ))
                    {
                        bestW = w;
                        bestQ = q;
                    }
                }

                continue;
            }

            int right = _tree.NodeRight[node];
            double boundLeft = Math.Max(_tree.MinSquaredDistance(left, x), Math.Max(coreP, _nodeMinCore2[left]));
            double boundRight = Math.Max(_tree.MinSquaredDistance(right, x), Math.Max(coreP, _nodeMinCore2[right]));
            KdTree.PushNearestLast(stackNode, stackBound, ref top, left, boundLeft, right, boundRight);
        }

        if (bestQ >= 0)
        {
            _bestNeighbor[p] = bestQ;
            _bestWeight[p] = bestW;
            LowerBound(c, bestW);
        }
    }

    private void LowerBound(int component, double weight)
    {
        double current = Volatile.Read(ref _componentBound[component]);
        while (weight < current)
        {
            double seen = Interlocked.CompareExchange(ref _componentBound[component], weight, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
