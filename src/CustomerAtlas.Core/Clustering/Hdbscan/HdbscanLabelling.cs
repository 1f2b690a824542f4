namespace CustomerAtlas.Core.Clustering.Hdbscan;

/// <summary>
/// Turns selected clusters of a condensed tree into point labels, membership probabilities
/// and GLOSH outlier scores, following the hdbscan library's definitions; also answers the
/// same questions for a new point placed at a given cluster and density (approximate prediction).
/// </summary>
internal sealed class HdbscanLabelling
{
    private readonly CondensedTreeIndex _index;
    private readonly int[] _selectedAncestor;
    private readonly int[] _labelOfCluster;
    private readonly bool _rootSelected;
    private readonly double _rootThreshold;

    public HdbscanLabelling(CondensedTree tree, IReadOnlyList<int> selectedClusters)
    {
        _index = new CondensedTreeIndex(tree);
        var selected = new bool[_index.ClusterCount];
        var sorted = selectedClusters.Order().ToArray();
        _labelOfCluster = new int[_index.ClusterCount];
        Array.Fill(_labelOfCluster, -1);
        for (int i = 0; i < sorted.Length; i++)
        {
            int c = sorted[i] - tree.PointCount;
            selected[c] = true;
            _labelOfCluster[c] = i;
        }

        _selectedAncestor = _index.SelectedAncestor(selected);
        _rootSelected = selected[0];
        _rootThreshold = _index.MaxLambda[0];
        ClusterCount = sorted.Length;
    }

    public int ClusterCount { get; }

    public CondensedTreeIndex Index => _index;

    /// <summary>Label of a point falling out of cluster index <paramref name="cluster"/> at density <paramref name="lambda"/>.</summary>
    public int LabelAt(int cluster, double lambda)
    {
        int s = _selectedAncestor[cluster];
        if (s < 0)
        {
            return -1;
        }

        // A lone root cluster keeps only the points that stay until its densest direct departure
        // (the hdbscan library's rule for allow_single_cluster).
        if (s == 0 && _rootSelected && lambda < _rootThreshold)
        {
            return -1;
        }

        return _labelOfCluster[s];
    }

    /// <summary>Membership strength in [0, 1] of a point labelled through cluster index <paramref name="cluster"/>.</summary>
    public double ProbabilityAt(int cluster, double lambda)
    {
        if (LabelAt(cluster, lambda) < 0)
        {
            return 0;
        }

        double max = _index.MaxLambda[_selectedAncestor[cluster]];
        return max == 0 || !double.IsFinite(lambda) ? 1.0 : Math.Min(lambda, max) / max;
    }

    public int[] Labels()
    {
        var labels = new int[_index.PointCluster.Length];
        for (int p = 0; p < labels.Length; p++)
        {
            labels[p] = LabelAt(_index.PointCluster[p], _index.PointLambda[p]);
        }

        return labels;
    }

    public double[] Probabilities()
    {
        var result = new double[_index.PointCluster.Length];
        for (int p = 0; p < result.Length; p++)
        {
            result[p] = ProbabilityAt(_index.PointCluster[p], _index.PointLambda[p]);
        }

        return result;
    }

    /// <summary>
    /// GLOSH (Campello et al. 2015): 1 − λ(point) / λmax, where λmax is the highest density
    /// reached anywhere below the cluster the point falls out of. 0 = as dense as its region gets.
    /// </summary>
    public double[] OutlierScores()
    {
        var deepest = (double[])_index.MaxLambda.Clone();
        for (int c = _index.ClusterCount - 1; c > 0; c--)
        {
            int parent = _index.ClusterParent[c];
            deepest[parent] = Math.Max(deepest[parent], deepest[c]);
        }

        var scores = new double[_index.PointCluster.Length];
        for (int p = 0; p < scores.Length; p++)
        {
            double max = deepest[_index.PointCluster[p]];
            double lambda = _index.PointLambda[p];
            scores[p] = max == 0 || !double.IsFinite(lambda) ? 0 : Math.Max(0, (max - lambda) / max);
        }

        return scores;
    }
}
