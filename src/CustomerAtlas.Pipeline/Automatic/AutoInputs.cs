using CustomerAtlas.Core.Data;
using CustomerAtlas.Data.Ingestion;

namespace CustomerAtlas.Pipeline.Automatic;

/// <summary>Builds the automatic segmentation's input from ingested customer data.</summary>
public static class AutoInputs
{
    /// <summary>
    /// Features from <paramref name="data"/>'s feature columns (missing values, if any remain, take
    /// the column median); every outcome column of <paramref name="data"/> becomes an outcome except
    /// those named in <paramref name="protectedNames"/>, which become protected attributes. The loader
    /// must have been told to treat protected columns as outcomes, so they never became features.
    /// </summary>
    public static AutoSegmentationInput From(CustomerData data, IReadOnlyCollection<string> protectedNames)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(protectedNames);
        int n = data.CustomerIds.Length;
        var features = new Matrix<double>(n, data.Features.Count);
        for (int f = 0; f < data.Features.Count; f++)
        {
            var column = data.Features[f];
            var known = Enumerable.Range(0, n).Where(i => !column.Nulls[i] && double.IsFinite(column.Values[i])).Select(i => column.Values[i]).Order().ToArray();
            double median = known.Length == 0 ? 0 : known[known.Length / 2];
            for (int i = 0; i < n; i++)
            {
                double v = column.Values[i];
                features[i, f] = column.Nulls[i] || !double.IsFinite(v) ? median : v;
            }
        }

        var isProtected = new HashSet<string>(protectedNames, StringComparer.OrdinalIgnoreCase);
        var missing = protectedNames.Where(p => !data.Outcomes.Any(o => string.Equals(o.Name, p, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (missing.Length > 0)
        {
            throw new ArgumentException($"--protected names column(s) not in the data: {string.Join(", ", missing)}.", nameof(protectedNames));
        }

        var outcomes = data.Outcomes.Where(o => !isProtected.Contains(o.Name))
            .ToDictionary(o => o.Name, o => OutcomeValues.Parse(o.Name, o.Values), StringComparer.Ordinal);
        var attributes = data.Outcomes.Where(o => isProtected.Contains(o.Name))
            .ToDictionary(o => o.Name, o => o.Values, StringComparer.Ordinal);
        return new AutoSegmentationInput(data.CustomerIds, features, data.Features.Select(f => f.Name).ToArray(), outcomes, attributes);
    }
}
