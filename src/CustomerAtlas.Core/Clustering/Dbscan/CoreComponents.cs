using CustomerAtlas.Core.Kernels;
using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Core.Clustering.Dbscan;

/// <summary>
/// Connected components of the eps-neighbourhood graph on the points of a k-d tree (DBSCAN's core
/// points), by breadth-first search from the smallest unlabelled index. Every tree node counts its
/// unlabelled points, and searches skip nodes with none left: a core point within eps of another is
/// in its component anyway, so labelled points never need to be seen again. Total work stays close
/// to one visit per point even when neighbourhoods hold thousands of points.
/// </summary>
internal sealed class CoreComponents
{
    private readonly KdTree _tree;
    private readonly int[] _parent;
    private readonly int[] _leafOf;
    private readonly int[] _positionOf;
    private readonly int[] _unlabelled;
    private readonly int[] _labels;
    private readonly Queue<int> _queue = new();

    private CoreComponents(KdTree tree)
    {
        _tree = tree;
        int nodes = tree.NodeCount;
        _parent = new int[nodes];
        _unlabelled = new int[nodes];
        _leafOf = new int[tree.Count];
        _positionOf = new int[tree.Count];
        _labels = new int[tree.Count];
        Array.Fill(_labels, -1);
        _parent[0] = -1;
        for (int node = 0; node < nodes; node++)
        {
            _unlabelled[node] = tree.NodeEnd[node] - tree.NodeStart[node];
            int left = tree.NodeLeft[node];
            if (left >= 0)
            {
                _parent[left] = node;
                _parent[tree.NodeRight[node]] = node;
                continue;
            }

            for (int pos = tree.NodeStart[node]; pos < tree.NodeEnd[node]; pos++)
            {
                _leafOf[pos] = node;
                _positionOf[tree.Order[pos]] = pos;
            }
        }
    }

    /// <summary>Component of every indexed point (numbered by smallest member) and the component count.</summary>
    public static (int[] Labels, int Count) Find(KdTree tree, double eps, CancellationToken cancellationToken)
    {
        var search = new CoreComponents(tree);
        double r2 = eps * eps;
        int count = 0;
        for (int seed = 0; seed < tree.Count; seed++)
        {
            if (search._labels[seed] >= 0)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            search.Mark(seed, count);
            while (search._queue.TryDequeue(out int p))
            {
                search.LabelNeighbours(p, r2, count);
            }

            count++;
        }

        return (search._labels, count);
    }

    private void Mark(int point, int label)
    {
        _labels[point] = label;
        _queue.Enqueue(point);
        for (int node = _leafOf[_positionOf[point]]; node >= 0; node = _parent[node])
        {
            _unlabelled[node]--;
        }
    }

    private void LabelNeighbours(int point, double r2, int label)
    {
        var x = _tree.PointAt(_positionOf[point]);
        Span<int> stack = stackalloc int[KdTree.MaxDepth + 2];
        int top = 1;
        stack[0] = 0;
        while (top > 0)
        {
            int node = stack[--top];
            if (_unlabelled[node] == 0)
            {
                continue;
            }

            var (min, max) = _tree.SquaredDistanceRange(node, x);
            if (min > r2)
            {
                continue;
            }

            bool inside = max <= r2;
            if (inside || _tree.NodeLeft[node] < 0)
            {
                for (int pos = _tree.NodeStart[node]; pos < _tree.NodeEnd[node]; pos++)
                {
                    int q = _tree.Order[pos];
                    if (_labels[q] < 0 && (inside || SimdMath.SquaredDistance(x, _tree.PointAt(pos)) <= r2))
                    {
                        Mark(q, label);
                    }
                }

                continue;
            }

            stack[top++] = _tree.NodeRight[node];
            stack[top++] = _tree.NodeLeft[node];
        }
    }
}
