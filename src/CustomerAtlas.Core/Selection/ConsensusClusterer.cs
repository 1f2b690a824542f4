using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Clustering.NearestMean;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;

namespace CustomerAtlas.Core.Selection;

/// <summary>
/// The consensus of several candidates as a clusterer of its own, so the search can score it like
/// any other candidate (bootstrap stability refits it whole). A fit: every member candidate is
/// fitted on the data with the fit's seed; the consensus partition (<see cref="ConsensusClustering"/>)
/// is built on a seeded sample of at most <paramref name="linkageRows"/> rows, because average
/// linkage is quadratic; the result is a <see cref="NearestCentroidModel"/> of the consensus
/// segments, which labels every row, and any new customer, by its nearest segment mean.
/// </summary>
/// <param name="members">The candidates that vote (algorithm, k, variant; their preprocessing is ignored: they are fitted on the data given).</param>
/// <param name="clusterCount">Segments of the consensus.</param>
/// <param name="seed">Seed of the members and of the linkage sample.</param>
/// <param name="linkageRows">Most rows the consensus linkage runs on.</param>
public sealed class ConsensusClusterer(IReadOnlyList<Candidate> members, int clusterCount, int seed, int linkageRows) : IClusterer
{
    /// <summary>Name of the consensus on the leaderboard and in <see cref="NearestCentroidModel.Source"/>.</summary>
    public const string Name = "consensus";

    /// <inheritdoc/>
    public IClusterModel Fit(Matrix<double> data, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count < 2)
        {
            throw new ArgumentException($"A consensus needs at least 2 members (got {members.Count}).", nameof(members));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(clusterCount, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(linkageRows, 2);
        var rows = RowSampler.Sample(data.Rows, linkageRows, SelectionSeeds.ConsensusLinkageSample(seed));
        var partitions = new int[members.Count][];
        for (int m = 0; m < members.Count; m++)
        {
            var labels = CandidateFitter.Fit(members[m], data, seed, ct).Labels;
            partitions[m] = rows.Select(r => labels[r]).ToArray();
        }

        int k = Math.Min(clusterCount, rows.Length);
        var consensus = ConsensusClustering.Partition(partitions, k, ct);
        return NearestCentroidModel.FromLabels(Name, data.SelectRows(rows), consensus, k, labelled: data);
    }
}
