using System.Text.Json.Serialization;
using CustomerAtlas.Core.Graphs;

namespace CustomerAtlas.Core.Clustering.Genie;

/// <summary>
/// The full Genie merge list of a data set: merge <c>s</c> joins the clusters holding points
/// <c>MergeFrom[s]</c> and <c>MergeTo[s]</c> (the MST edge it used) at height
/// <c>MergeHeight[s]</c> (that edge's weight; Genie heights need not be monotone). Noise
/// points (genie+ with M &gt; 1) take part in no merge. Cut it at any number of clusters.
/// </summary>
public sealed class GenieHierarchy
{
    /// <summary>Creates a hierarchy (used by the fitter and by deserialisation).</summary>
    [JsonConstructor]
    public GenieHierarchy(
        int pointCount, IReadOnlyList<bool> isNoise, IReadOnlyList<int> mergeFrom, IReadOnlyList<int> mergeTo, IReadOnlyList<double> mergeHeight)
    {
        ArgumentNullException.ThrowIfNull(isNoise);
        ArgumentNullException.ThrowIfNull(mergeFrom);
        ArgumentNullException.ThrowIfNull(mergeTo);
        ArgumentNullException.ThrowIfNull(mergeHeight);
        int noise = isNoise.Count(static b => b);
        if (isNoise.Count != pointCount || mergeFrom.Count != mergeTo.Count || mergeFrom.Count != mergeHeight.Count
            || mergeFrom.Count != Math.Max(0, pointCount - noise - 1))
        {
            throw new ArgumentException("The merge list does not match the point count.", nameof(mergeFrom));
        }

        PointCount = pointCount;
        IsNoise = isNoise;
        MergeFrom = mergeFrom;
        MergeTo = mergeTo;
        MergeHeight = mergeHeight;
        NoiseCount = noise;
    }

    /// <summary>Number of points.</summary>
    public int PointCount { get; }

    /// <summary>Whether each point is noise (never merged; labelled -1 unless reassigned).</summary>
    public IReadOnlyList<bool> IsNoise { get; }

    /// <summary>One endpoint of each merge's MST edge, in merge order.</summary>
    public IReadOnlyList<int> MergeFrom { get; }

    /// <summary>The other endpoint of each merge's MST edge.</summary>
    public IReadOnlyList<int> MergeTo { get; }

    /// <summary>Height (edge weight) of each merge.</summary>
    public IReadOnlyList<double> MergeHeight { get; }

    /// <summary>Number of noise points.</summary>
    [JsonIgnore]
    public int NoiseCount { get; }

    /// <summary>Largest number of clusters a cut can give (the non-noise point count).</summary>
    [JsonIgnore]
    public int MaxClusterCount => PointCount - NoiseCount;

    /// <summary>
    /// Labels of the cut with <paramref name="clusterCount"/> clusters: the first
    /// <c>MaxClusterCount − clusterCount</c> merges applied. Clusters are numbered 0.. in order of
    /// their smallest point index; noise points get -1.
    /// </summary>
    public int[] CutAt(int clusterCount)
    {
        if (clusterCount < 1 || clusterCount > MaxClusterCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(clusterCount), clusterCount, $"must lie in [1, {MaxClusterCount}] (non-noise points).");
        }

        var root = new int[PointCount];
        for (int i = 0; i < PointCount; i++)
        {
            root[i] = i;
        }

        int merges = MaxClusterCount - clusterCount;
        for (int s = 0; s < merges; s++)
        {
            int a = DisjointSets.FindRoot(root, MergeFrom[s]);
            int b = DisjointSets.FindRoot(root, MergeTo[s]);
            root[Math.Max(a, b)] = Math.Min(a, b);
        }

        var labels = new int[PointCount];
        var labelOfRoot = new int[PointCount];
        Array.Fill(labelOfRoot, -1);
        int nextLabel = 0;
        for (int i = 0; i < PointCount; i++)
        {
            if (IsNoise[i])
            {
                labels[i] = -1;
                continue;
            }

            int r = DisjointSets.FindRoot(root, i);
            if (labelOfRoot[r] < 0)
            {
                labelOfRoot[r] = nextLabel++;
            }

            labels[i] = labelOfRoot[r];
        }

        return labels;
    }

    /// <summary>
    /// The number of clusters in <c>[2, maxClusters]</c> whose cut persists over the widest
    /// range of merge heights (see <see cref="MergeHeightGaps"/>).
    /// </summary>
    public int MostPersistentClusterCount(int maxClusters)
    {
        int upper = Math.Min(maxClusters, MaxClusterCount);
        return upper < 2 ? 1 : MergeHeightGaps.MostPersistent(MergeHeight, MaxClusterCount, 2, upper);
    }
}
