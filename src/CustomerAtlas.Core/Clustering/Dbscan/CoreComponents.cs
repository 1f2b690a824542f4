using CustomerAtlas.Core.Kernels;
using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Core.Clustering.Dbscan;

/// <summary>
/// Connected components of the eps-neighbourhood graph on the points of a k-d tree (DBSCAN's core
/// points), in parallel, with a lock-free union-find over tree positions. The tree is cut into units:
/// the highest nodes whose box diagonal is within eps (all their points pairwise within eps, so one set
/// from the start) and, elsewhere, the leaves. First every leaf joins its own pairs within eps; inside a
/// cluster most leaves become one set and then act as a single point. Then each unit searches the units
/// after it in tree order (every pair of units is seen once) whose boxes come within eps of its own, and
/// joins the sets of the point pairs it finds within eps, skipping pairs whose sets are already joined:
/// a dense region costs about one distance check per pair of neighbouring units rather than a range
/// query per point. Units are split into fixed blocks, independent of the thread count; the components
/// do not depend on the order of the unions, and they are numbered by their smallest point index, so
/// every run gives the same labels.
/// </summary>
internal sealed class CoreComponents
{
    /// <summary>Units per parallel work item.</summary>
    private const int UnitBlock = 16;

    private readonly KdTree _tree;
    private readonly double _r2;
    private readonly List<int> _units = []; // unit nodes, in tree order
    private readonly int[] _unitOfNode; // unit number of each node, or -1 above and below the units
    private readonly int[] _parent; // parent of each node (-1 for the root)
    private readonly ConcurrentDisjointSets _sets; // over tree positions
    private bool[] _uniform = []; // per unit: all its points known to be in one set

    private CoreComponents(KdTree tree, double eps)
    {
        _tree = tree;
        _r2 = eps * eps;
        _unitOfNode = new int[tree.NodeCount];
        Array.Fill(_unitOfNode, -1);
        _parent = tree.NodeParents();
        _sets = new ConcurrentDisjointSets(tree.Count);
    }

    /// <summary>Component of every indexed point (numbered by smallest member) and the component count.</summary>
    public static (int[] Labels, int Count) Find(KdTree tree, double eps, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var search = new CoreComponents(tree, eps);
        search.CutUnits(DenseNodes.AllPairsRadiusSquared(eps));
        var blocks = RowBlocks.OfSize(search._units.Count, UnitBlock);
        BlockParallel.For(blocks, maxDegreeOfParallelism, b => search.JoinInside(blocks.Start(b), blocks.Length(b)), cancellationToken);
        BlockParallel.For(blocks, maxDegreeOfParallelism, b => search.JoinAcross(blocks.Start(b), blocks.Length(b)), cancellationToken);
        return search.Number();
    }

    /// <summary>Marks the units, top down; a dense unit's points form one set from the start.</summary>
    private void CutUnits(double allPairsR2)
    {
        Span<int> stack = stackalloc int[KdTree.MaxDepth + 2];
        int top = 1;
        stack[0] = 0;
        var uniform = new List<bool>();
        while (top > 0)
        {
            int node = stack[--top];
            bool dense = DenseNodes.AllPairsWithin(_tree, node, allPairsR2);
            if (dense || _tree.NodeLeft[node] < 0)
            {
                _unitOfNode[node] = _units.Count;
                _units.Add(node);
                uniform.Add(dense || _tree.NodeEnd[node] - _tree.NodeStart[node] == 1);
                if (dense)
                {
                    _sets.JoinRange(_tree.NodeStart[node], _tree.NodeEnd[node]);
                }

                continue;
            }

            stack[top++] = _tree.NodeRight[node];
            stack[top++] = _tree.NodeLeft[node];
        }

        _uniform = [.. uniform];
    }

    /// <summary>
    /// Joins the pairs within eps inside the leaves that are not dense, and records the units that end up
    /// as one set (most leaves inside a cluster), so the cross-unit pass can treat them as one point.
    /// </summary>
    private void JoinInside(int firstUnit, int count)
    {
        for (int u = firstUnit; u < firstUnit + count; u++)
        {
            if (_uniform[u])
            {
                continue;
            }

            int node = _units[u];
            int start = _tree.NodeStart[node], end = _tree.NodeEnd[node];
            for (int a = start; a < end; a++)
            {
                var x = _tree.PointAt(a);
                for (int b = a + 1; b < end; b++)
                {
                    if (SimdMath.SquaredDistance(x, _tree.PointAt(b)) <= _r2)
                    {
                        _sets.Union(a, b);
                    }
                }
            }

            // Only this block touches this leaf's points so far, so the answer is final and the same on every run.
            bool one = true;
            for (int a = start + 1; a < end && one; a++)
            {
                one = _sets.Same(start, a);
            }

            _uniform[u] = one;
        }
    }

    /// <summary>
    /// Joins every unit of the block with the later units within eps of it: climbing from the unit to the
    /// root, the right sibling of each node on the way holds the units after it, searched top down.
    /// </summary>
    private void JoinAcross(int firstUnit, int count)
    {
        Span<int> stack = stackalloc int[KdTree.MaxDepth + 2];
        for (int u = firstUnit; u < firstUnit + count; u++)
        {
            int unitNode = _units[u];
            for (int node = unitNode; _parent[node] >= 0; node = _parent[node])
            {
                int up = _parent[node];
                if (_tree.NodeLeft[up] != node)
                {
                    continue;
                }

                int top = 1;
                stack[0] = _tree.NodeRight[up];
                while (top > 0)
                {
                    int candidate = stack[--top];
                    if (_tree.NodeToNodeMinSquared(unitNode, candidate) > _r2)
                    {
                        continue;
                    }

                    int other = _unitOfNode[candidate];
                    if (other >= 0)
                    {
                        JoinPairs(u, other);
                        continue;
                    }

                    stack[top++] = _tree.NodeRight[candidate];
                    stack[top++] = _tree.NodeLeft[candidate];
                }
            }
        }
    }

    /// <summary>Joins the sets of the point pairs within eps between units <paramref name="u"/> and <paramref name="v"/>.</summary>
    private void JoinPairs(int u, int v)
    {
        bool uUniform = _uniform[u], vUniform = _uniform[v];
        if (uUniform && !vUniform)
        {
            // The scan stops at the first partner found in a one-set inner unit, so put that unit inside.
            (u, v, uUniform, vUniform) = (v, u, false, true);
        }

        int uNode = _units[u], vNode = _units[v];
        int vStart = _tree.NodeStart[vNode], vEnd = _tree.NodeEnd[vNode];
        int vRoot = vUniform ? _sets.Find(vStart) : -1;
        if (uUniform && _sets.Find(_tree.NodeStart[uNode]) == vRoot)
        {
            return;
        }

        int dims = _tree.Dimensions;
        var vLower = _tree.Lower.AsSpan(vNode * dims, dims);
        var vUpper = _tree.Upper.AsSpan(vNode * dims, dims);
        for (int a = _tree.NodeStart[uNode]; a < _tree.NodeEnd[uNode]; a++)
        {
            // With v one set, a point already in it has nothing left to gain from v (a root gone stale
            // through another thread's union only costs a needless scan).
            if (vUniform && _sets.Find(a) == vRoot)
            {
                continue;
            }

            var x = _tree.PointAt(a);
            if (BoxDistances.PointToBoxMin(x, vLower, vUpper) > _r2)
            {
                continue;
            }

            for (int b = vStart; b < vEnd; b++)
            {
                if (SimdMath.SquaredDistance(x, _tree.PointAt(b)) > _r2)
                {
                    continue;
                }

                _sets.Union(a, b);
                if (vUniform)
                {
                    if (uUniform)
                    {
                        return;
                    }

                    vRoot = _sets.Find(vStart);
                    break;
                }
            }
        }
    }

    /// <summary>Numbers the components by their smallest point index (the original row order of the tree's points).</summary>
    private (int[] Labels, int Count) Number()
    {
        var positionOf = new int[_tree.Count];
        for (int pos = 0; pos < _tree.Count; pos++)
        {
            positionOf[_tree.Order[pos]] = pos;
        }

        var labelOfRoot = new int[_tree.Count];
        Array.Fill(labelOfRoot, -1);
        var labels = new int[_tree.Count];
        int count = 0;
        for (int i = 0; i < _tree.Count; i++)
        {
            int root = _sets.Find(positionOf[i]);
            if (labelOfRoot[root] < 0)
            {
                labelOfRoot[root] = count++;
            }

            labels[i] = labelOfRoot[root];
        }

        return (labels, count);
    }
}
