using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Profiling;
using CustomerAtlas.Pipeline.Preprocessing;

namespace CustomerAtlas.Pipeline.Profiling;

/// <summary>Describes each segment: size, share, revenue share, feature means and medians, drivers, name.</summary>
public static class SegmentProfiler
{
    /// <summary>Number of drivers per segment.</summary>
    public const int DriverCount = 3;

    private static readonly string[] Positive = ["1", "1.0", "yes", "true", "y"];

    /// <summary>Profiles the segments of <paramref name="labels"/> (ids 0..k-1).</summary>
    /// <param name="raw">Original feature columns (all features of the plan, NaN = missing).</param>
    /// <param name="modelSpace">The model-space matrix (kept features, scaled).</param>
    /// <param name="preprocessor">The preprocessing (names and order of the model-space columns).</param>
    /// <param name="labels">Segment of each customer.</param>
    /// <param name="k">Number of segments.</param>
    /// <param name="revenueFeature">The spend feature, or null.</param>
    /// <param name="outcomes">Outcome columns as text (name → values).</param>
    public static IReadOnlyList<SegmentProfile> Profile(
        IReadOnlyList<RawFeature> raw, Matrix<double> modelSpace, Preprocessor preprocessor, IReadOnlyList<int> labels, int k,
        string? revenueFeature, IReadOnlyDictionary<string, string?[]> outcomes)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(modelSpace);
        ArgumentNullException.ThrowIfNull(preprocessor);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(outcomes);
        int n = labels.Count;
        var members = Enumerable.Range(0, k).Select(s => Enumerable.Range(0, n).Where(i => labels[i] == s).ToArray()).ToArray();
        var modelIndex = preprocessor.Transforms.Select((t, j) => (t.Name, j)).ToDictionary(x => x.Name, x => x.j, StringComparer.Ordinal);
        var overallModel = modelIndex.ToDictionary(kv => kv.Key, kv => Stats.MeanStd(Column(modelSpace, kv.Value)), StringComparer.Ordinal);
        double[]? revenue = revenueFeature is null ? null : raw.FirstOrDefault(f => f.Name == revenueFeature)?.Values;
        double totalRevenue = revenue?.Where(double.IsFinite).Sum() ?? 0;

        var summaries = new List<IReadOnlyList<FeatureSummary>>();
        var driverLists = new List<IReadOnlyList<FeatureSummary>>();
        for (int s = 0; s < k; s++)
        {
            var list = new List<FeatureSummary>();
            foreach (var f in raw)
            {
                var seg = members[s].Select(i => f.Values[i]).Where(v => !double.IsNaN(v)).ToArray();
                var all = f.Values.Where(v => !double.IsNaN(v)).ToArray();
                double diff = 0;
                if (modelIndex.TryGetValue(f.Name, out int j) && overallModel[f.Name].Std > 0)
                {
                    double segMean = members[s].Length == 0 ? 0 : members[s].Average(i => modelSpace[i, j]);
                    diff = (segMean - overallModel[f.Name].Mean) / overallModel[f.Name].Std;
                }

                list.Add(new FeatureSummary(f.Name, seg.Length == 0 ? double.NaN : seg.Average(), Stats.Median(seg), all.Length == 0 ? double.NaN : all.Average(), diff));
            }

            summaries.Add(list);
            driverLists.Add(list.Where(x => x.StandardizedDifference != 0)
                .OrderByDescending(x => Math.Abs(x.StandardizedDifference)).ThenBy(x => x.Feature, StringComparer.Ordinal)
                .Take(DriverCount).ToList());
        }

        var names = SegmentNamer.Name(driverLists
            .Select(list => (IReadOnlyList<SegmentDriver>)list.Select((x, i) => new SegmentDriver(x.Feature, i, FeatureRole.Other, x.StandardizedDifference, 0)).ToArray())
            .ToArray());
        return Enumerable.Range(0, k).Select(s => new SegmentProfile(
            s, names[s], members[s].Length, (double)members[s].Length / n,
            revenue is null || totalRevenue == 0 ? null : members[s].Sum(i => double.IsFinite(revenue[i]) ? revenue[i] : 0) / totalRevenue,
            driverLists[s], summaries[s],
            outcomes.ToDictionary(o => o.Key, o => members[s].Length == 0 ? 0 : members[s].Count(i => IsPositive(o.Value[i])) / (double)members[s].Length, StringComparer.Ordinal)))
            .ToList();
    }

    private static bool IsPositive(string? value) => value is not null && Positive.Contains(value.Trim().ToLowerInvariant());

    private static double[] Column(Matrix<double> m, int j)
    {
        var c = new double[m.Rows];
        for (int i = 0; i < m.Rows; i++)
        {
            c[i] = m[i, j];
        }

        return c;
    }
}
