namespace CustomerAtlas.Data.Schema;

/// <summary>
/// What each input column means: the decisions of <see cref="SchemaInference"/> after the
/// user's overrides. Saved in the model so scoring reads new files the same way.
/// </summary>
public sealed record SchemaMapping
{
    /// <summary>Whether rows are transactions or customers.</summary>
    public required DataShape Shape { get; init; }

    /// <summary>The customer id column.</summary>
    public required string Id { get; init; }

    /// <summary>Event timestamp (logs) or null.</summary>
    public string? Time { get; init; }

    /// <summary>strftime format used to parse <see cref="Time"/> when it is text; null when the engine typed it.</summary>
    public string? TimeFormat { get; init; }

    /// <summary>Line amount (money) column, or null to use quantity × price.</summary>
    public string? Amount { get; init; }

    /// <summary>Quantity column or null.</summary>
    public string? Quantity { get; init; }

    /// <summary>Unit price column or null.</summary>
    public string? Price { get; init; }

    /// <summary>Invoice / order number column (groups lines into orders; 'C' prefix marks cancellations) or null.</summary>
    public string? Invoice { get; init; }

    /// <summary>Product / SKU column or null.</summary>
    public string? Product { get; init; }

    /// <summary>Product category column (spend shares) or null.</summary>
    public string? Category { get; init; }

    /// <summary>Sales channel column (spend shares) or null.</summary>
    public string? Channel { get; init; }

    /// <summary>Customer tables: numeric feature columns.</summary>
    public IReadOnlyList<string> Numeric { get; init; } = [];

    /// <summary>Customer tables: categorical feature columns.</summary>
    public IReadOnlyList<string> Categorical { get; init; } = [];

    /// <summary>Customer tables: date columns, turned into days before the latest date; with their text formats (null = typed).</summary>
    public IReadOnlyDictionary<string, string?> Dates { get; init; } = new Dictionary<string, string?>();

    /// <summary>Label-like columns (churn, response): kept out of the features, reported per segment.</summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    /// <summary>Columns not used, with the reason.</summary>
    public IReadOnlyDictionary<string, string> Excluded { get; init; } = new Dictionary<string, string>();
}
