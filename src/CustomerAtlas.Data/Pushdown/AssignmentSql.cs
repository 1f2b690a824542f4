using System.Text;
using CustomerAtlas.Core.Clustering.Assignment;
using CustomerAtlas.Core.Distances;
using CustomerAtlas.Data.Engines;

namespace CustomerAtlas.Data.Pushdown;

/// <summary>
/// A model's <see cref="AssignmentRule"/> as one SQL expression over the model-space feature columns, giving the
/// 0-based label Predict gives: distances and scores unrolled with the parameters inlined as double literals,
/// the smallest picked by the dialect's <see cref="ISqlDialect.ArgMin"/> (first on ties, as Predict).
/// </summary>
public static class AssignmentSql
{
    /// <summary>
    /// <c>SELECT id, label FROM …</c>: each row of <paramref name="relation"/> (a relation with column <c>id</c> and the
    /// quoted feature columns, e.g. <c>(subquery) AS x</c>) with its 0-based label under <paramref name="rule"/>.
    /// A Gaussian score is computed in two layers (the whitened coordinates, then the smallest score over them) so
    /// that every whitening term is written once: the SQL grows as k·d² rather than 4·k·d², which keeps
    /// full covariances over tens of features within the engine's query-size limits.
    /// </summary>
    /// <exception cref="ArgumentException">The columns do not match the rule's feature count, or the rule is of an unknown kind.</exception>
    public static string Query(ISqlDialect dialect, string relation, IReadOnlyList<string> quotedFeatures, AssignmentRule rule)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(relation);
        ArgumentNullException.ThrowIfNull(quotedFeatures);
        ArgumentNullException.ThrowIfNull(rule);
        if (quotedFeatures.Count != rule.FeatureCount)
        {
            throw new ArgumentException($"The rule has {rule.FeatureCount} features but {quotedFeatures.Count} columns were given.", nameof(quotedFeatures));
        }

        return rule switch
        {
            NearestCentroidRule nearest => $"SELECT id, {FirstSmallest(dialect, Enumerable.Range(0, nearest.ClusterCount)
                .Select(c => Distance(quotedFeatures, nearest.Centroid(c), nearest.Metric)).ToArray())} AS label FROM {relation}",
            CentroidTreeRule tree => $"SELECT id, {Descend(quotedFeatures, tree, 0)} AS label FROM {relation}",
            GaussianScoreRule gaussian => GaussianQuery(dialect, relation, quotedFeatures, gaussian),
            _ => throw new ArgumentException($"No SQL for a {rule.GetType().Name}.", nameof(rule)),
        };
    }

    /// <summary>Σ (f_j − c_j)² over the quoted feature columns, each difference written out once per factor.</summary>
    public static string SquaredDistance(IReadOnlyList<string> quotedFeatures, ReadOnlySpan<double> centre) =>
        Distance(quotedFeatures, centre, DistanceMetric.SquaredEuclidean);

    private static string FirstSmallest(ISqlDialect dialect, IReadOnlyList<string> values) => $"({dialect.CastInteger(dialect.ArgMin(values))} - 1)";

    /// <summary>
    /// The distance to <paramref name="centre"/>: squared Euclidean for both Euclidean metrics (the square root
    /// does not change which centre is nearest), the sum of absolute differences for Manhattan.
    /// </summary>
    private static string Distance(IReadOnlyList<string> quotedFeatures, ReadOnlySpan<double> centre, DistanceMetric metric)
    {
        var sb = new StringBuilder("(");
        for (var j = 0; j < quotedFeatures.Count; j++)
        {
            if (j > 0)
            {
                sb.Append(" + ");
            }

            var diff = $"({quotedFeatures[j]} - {KMeansSql.DoubleLiteral(centre[j])})";
            sb.Append(metric == DistanceMetric.Manhattan ? $"abs{diff}" : $"{diff} * {diff}");
        }

        return sb.Append(')').ToString();
    }

    /// <summary>Nested CASEs: at each split the nearer child's subtree, the left one on a tie.</summary>
    private static string Descend(IReadOnlyList<string> quotedFeatures, CentroidTreeRule tree, int index)
    {
        var node = tree.Nodes[index];
        if (node.IsLeaf)
        {
            return node.Label.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var left = tree.Nodes[node.Left];
        var right = tree.Nodes[node.Right];
        return $"(CASE WHEN {SquaredDistance(quotedFeatures, left.Centroid)} <= {SquaredDistance(quotedFeatures, right.Centroid)} " +
               $"THEN {Descend(quotedFeatures, tree, node.Left)} ELSE {Descend(quotedFeatures, tree, node.Right)} END)";
    }

    /// <summary>
    /// Two layers over <paramref name="relation"/>: z{c}_{i} = Σ_j W_c[i,j] (x_j − μ_c[j]) over W's non-zero entries
    /// (the lower triangle; only the diagonal for diagonal and spherical covariances), then the first smallest
    /// offset_c + Σ_i z{c}_{i}². An offset of +∞ (a component that cannot win)
    /// becomes the largest double, which no engine needs a special spelling for.
    /// </summary>
    private static string GaussianQuery(ISqlDialect dialect, string relation, IReadOnlyList<string> quotedFeatures, GaussianScoreRule rule)
    {
        var whitened = new List<string>();
        var scores = new List<string>();
        for (var c = 0; c < rule.ClusterCount; c++)
        {
            var mean = rule.Mean(c);
            var offset = double.IsFinite(rule.Offsets[c]) ? rule.Offsets[c] : double.MaxValue;
            var score = new StringBuilder(KMeansSql.DoubleLiteral(offset));
            for (var i = 0; i < rule.FeatureCount; i++)
            {
                var row = rule.WhiteningRow(c, i);
                var terms = new List<string>();
                for (var j = 0; j <= i; j++)
                {
                    if (row[j] != 0)
                    {
                        terms.Add($"{KMeansSql.DoubleLiteral(row[j])} * ({quotedFeatures[j]} - {KMeansSql.DoubleLiteral(mean[j])})");
                    }
                }

                if (terms.Count > 0)
                {
                    var z = Invariant($"z{c}_{i}");
                    whitened.Add($"{string.Join(" + ", terms)} AS {z}");
                    score.Append(" + ").Append(z).Append(" * ").Append(z);
                }
            }

            scores.Add($"({score})");
        }

        return $"SELECT id, {FirstSmallest(dialect, scores)} AS label FROM (" +
               $"SELECT id, {string.Join(", ", whitened)} FROM {relation}) AS whitened";
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
