using CustomerAtlas.Data.Schema;

namespace CustomerAtlas.Data.Features;

/// <summary>
/// Everything needed to recompute the customer features of a fit on new data: the schema, the
/// learned levels and encodings, and the reference time. Saved in model.json.
/// </summary>
public sealed record FeaturePlan
{
    /// <summary>What the input columns mean.</summary>
    public required SchemaMapping Schema { get; init; }

    /// <summary>Whether the id column is numeric with whole values (written without ".0").</summary>
    public required bool IdIsInteger { get; init; }

    /// <summary>
    /// The as-of time in Unix seconds: logs measure recency and tenure from it, tables measure date
    /// columns from it. At fit time the latest timestamp in the data; scoring uses the later of this
    /// and the new data's latest timestamp.
    /// </summary>
    public required double ReferenceEpoch { get; init; }

    /// <summary>The features, in column order.</summary>
    public required IReadOnlyList<FeatureDefinition> Features { get; init; }

    /// <summary>The feature holding each customer's spend (revenue share), or null when the data has none.</summary>
    public string? RevenueFeature { get; init; }
}
