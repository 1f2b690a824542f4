namespace CustomerAtlas.Core.Statistics;

/// <summary>How common one value of a protected attribute is in one segment compared with the population.</summary>
/// <param name="Segment">Segment index.</param>
/// <param name="Value">The attribute value (e.g. "Female").</param>
/// <param name="SegmentShare">Share of the segment's rows with this value.</param>
/// <param name="PopulationShare">Share of all segmented rows with this value.</param>
/// <param name="ParityRatio">SegmentShare / PopulationShare (1 = represented exactly as in the population).</param>
/// <param name="Flagged">True when the ratio lies outside the parity band.</param>
public sealed record CompositionCell(
    int Segment,
    string Value,
    double SegmentShare,
    double PopulationShare,
    double ParityRatio,
    bool Flagged);

/// <summary>The composition of every segment by one protected attribute.</summary>
/// <param name="Attribute">Attribute name (e.g. "gender").</param>
/// <param name="Cells">One cell per (segment, value), segments in order, values sorted ordinally.</param>
/// <param name="Association">Chi-square test of segment × attribute value.</param>
/// <param name="FlaggedSegments">Segments with at least one flagged cell.</param>
public sealed record FairnessReport(
    string Attribute,
    IReadOnlyList<CompositionCell> Cells,
    ChiSquareResult Association,
    IReadOnlyList<int> FlaggedSegments);

/// <summary>
/// Checks whether segments over- or under-represent groups defined by a protected attribute
/// (gender, age band, …), using the four-fifths style parity band [0.8, 1.25] by default.
/// </summary>
public static class FairnessComposition
{
    /// <summary>Lower end of the default parity band (the "four-fifths rule").</summary>
    public const double DefaultLowerBound = 0.8;

    /// <summary>Upper end of the default parity band (1 / 0.8).</summary>
    public const double DefaultUpperBound = 1.25;

    /// <summary>
    /// Computes the composition of each segment by <paramref name="values"/> (one per row; null or
    /// empty = unknown, left out). Rows with a negative label (noise) are left out.
    /// </summary>
    public static FairnessReport Analyze(
        string attribute,
        IReadOnlyList<string?> values,
        ReadOnlySpan<int> labels,
        int segmentCount,
        double lowerBound = DefaultLowerBound,
        double upperBound = DefaultUpperBound)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != labels.Length)
        {
            throw new ArgumentException($"values has {values.Count} entries but labels has {labels.Length}.", nameof(labels));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(segmentCount);
        if (!(lowerBound > 0 && lowerBound <= 1 && upperBound >= 1))
        {
            throw new ArgumentException($"The parity band [{lowerBound}, {upperBound}] must contain 1 and start above 0.", nameof(lowerBound));
        }

        var distinct = new SortedSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < values.Count; i++)
        {
            if (labels[i] >= 0 && !string.IsNullOrEmpty(values[i]))
            {
                distinct.Add(values[i]!);
            }
        }

        var valueIndex = distinct.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i, StringComparer.Ordinal);
        var table = new long[segmentCount, distinct.Count];
        var segmentTotals = new long[segmentCount];
        var valueTotals = new long[distinct.Count];
        long total = 0;
        for (int i = 0; i < values.Count; i++)
        {
            int s = labels[i];
            if (s < 0 || string.IsNullOrEmpty(values[i]))
            {
                continue;
            }

            if (s >= segmentCount)
            {
                throw new ArgumentException($"Label {s} at row {i} is not below segmentCount {segmentCount}.", nameof(labels));
            }

            int v = valueIndex[values[i]!];
            table[s, v]++;
            segmentTotals[s]++;
            valueTotals[v]++;
            total++;
        }

        var cells = new List<CompositionCell>(segmentCount * distinct.Count);
        var flagged = new List<int>();
        var names = distinct.ToArray();
        for (int s = 0; s < segmentCount; s++)
        {
            bool segmentFlagged = false;
            for (int v = 0; v < names.Length; v++)
            {
                double segmentShare = segmentTotals[s] > 0 ? (double)table[s, v] / segmentTotals[s] : 0;
                double populationShare = (double)valueTotals[v] / total;
                double ratio = segmentShare / populationShare;
                bool isFlagged = segmentTotals[s] > 0 && (ratio < lowerBound || ratio > upperBound);
                segmentFlagged |= isFlagged;
                cells.Add(new CompositionCell(s, names[v], segmentShare, populationShare, ratio, isFlagged));
            }

            if (segmentFlagged)
            {
                flagged.Add(s);
            }
        }

        return new FairnessReport(attribute, cells, ChiSquareTest.Independence(table), flagged);
    }
}
