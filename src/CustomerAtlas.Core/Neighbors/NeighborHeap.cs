namespace CustomerAtlas.Core.Neighbors;

/// <summary>
/// A bounded max-heap of (squared distance, row index) pairs living in caller-provided spans,
/// ordered lexicographically so that equal distances prefer the smaller index. Keeps the
/// <c>capacity</c> best candidates offered to it without allocating.
/// </summary>
internal ref struct NeighborHeap
{
    private readonly Span<int> _index;
    private readonly Span<double> _distance;
    private int _count;

    public NeighborHeap(Span<int> index, Span<double> distance)
    {
        _index = index;
        _distance = distance;
        _count = 0;
        index.Fill(-1);
        distance.Fill(double.PositiveInfinity);
    }

    public readonly bool IsFull => _count == _index.Length;

    /// <summary>Squared distance of the worst kept candidate (valid when full).</summary>
    public readonly double WorstDistance => _distance[0];

    /// <summary>Row index of the worst kept candidate (valid when full).</summary>
    public readonly int WorstIndex => _index[0];

    public void Offer(int index, double distance)
    {
        if (_count < _index.Length)
        {
            int i = _count++;
            while (i > 0)
            {
                int parent = (i - 1) >> 1;
                if (!Worse(distance, index, _distance[parent], _index[parent]))
                {
                    break;
                }

                _distance[i] = _distance[parent];
                _index[i] = _index[parent];
                i = parent;
            }

            _distance[i] = distance;
            _index[i] = index;
            return;
        }

        if (_index.Length == 0 || !Worse(_distance[0], _index[0], distance, index))
        {
            return;
        }

        SiftDown(0, _count, distance, index);
    }

    /// <summary>Turns the heap into an ascending list (heap sort in place).</summary>
    public void SortAscending()
    {
        for (int end = _count - 1; end > 0; end--)
        {
            double d = _distance[end];
            int ix = _index[end];
            _distance[end] = _distance[0];
            _index[end] = _index[0];
            SiftDown(0, end, d, ix);
        }
    }

    private static bool Worse(double d1, int i1, double d2, int i2) => d1 > d2 || (d1 == d2 && i1 > i2);

    private readonly void SiftDown(int i, int count, double distance, int index)
    {
        while (true)
        {
            int child = (2 * i) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && Worse(_distance[child + 1], _index[child + 1], _distance[child], _index[child]))
            {
                child++;
            }

            if (!Worse(_distance[child], _index[child], distance, index))
            {
                break;
            }

            _distance[i] = _distance[child];
            _index[i] = _index[child];
            i = child;
        }

        _distance[i] = distance;
        _index[i] = index;
    }
}
