namespace CustomerAtlas.Data.Features;

/// <summary>One customer feature: its name, how it is computed, and the SQL that computes it.</summary>
public sealed record FeatureDefinition
{
    /// <summary>Output name (also the SQL alias).</summary>
    public required string Name { get; init; }

    /// <summary>How it is computed.</summary>
    public required FeatureKind Kind { get; init; }

    /// <summary>The SQL expression (DuckDB spelling at fit time) that computes it, recorded for readers of model.json.</summary>
    public required string Sql { get; init; }

    /// <summary>A sentence for the report.</summary>
    public required string Description { get; init; }

    /// <summary>The input column it comes from, for table features and shares.</summary>
    public string? Column { get; init; }

    /// <summary>The category level (one-hot, spend share).</summary>
    public string? Level { get; init; }

    /// <summary>Frequency encoding: level → share of fit rows (unseen levels get 0).</summary>
    public IReadOnlyDictionary<string, double>? Frequencies { get; init; }

    /// <summary>Whether the feature is money, a count or a duration (non-negative; a candidate for log1p when skewed).</summary>
    public bool IsAmountOrCount { get; init; }
}
