using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>How <see cref="ClickHouseEventLoader"/> loads an event file into the cluster.</summary>
public sealed record EventLoadOptions
{
    /// <summary>
    /// The column holding the customer id, which the Distributed table shards by (intHash64 for integer ids,
    /// cityHash64 of the text otherwise), so that each customer's events live on one shard and per-customer
    /// aggregation can run shard-locally. Default null: rows are placed by a hash of their content (exact duplicates share a shard; not co-sharded by customer).
    /// </summary>
    public string? CustomerColumn { get; init; }

    /// <summary>Logical table to load into. Default "events", the name the feature SQL reads.</summary>
    public string Table { get; init; } = "events";

    /// <summary>
    /// Rows per INSERT request. Default 1,000,000: big enough that per-request overhead is negligible
    /// (one ClickHouse insert block), small enough that an interrupted load loses little work.
    /// </summary>
    public int BatchRows { get; init; } = 1_000_000;

    /// <summary>Reports all option problems at once.</summary>
    public void Validate()
    {
        var errors = new ParameterErrors();
        if (CustomerColumn is { } c && string.IsNullOrWhiteSpace(c)) errors.Add(nameof(CustomerColumn), "must name a column or be null");
        if (string.IsNullOrWhiteSpace(Table)) errors.Add(nameof(Table), "must not be empty");
        else if (Table.EndsWith("_local", StringComparison.Ordinal) || Table.EndsWith("_loads", StringComparison.Ordinal))
            errors.Add(nameof(Table), "must not end in _local or _loads (reserved for the per-shard and load-record tables)");
        if (BatchRows < 1) errors.Add(nameof(BatchRows), $"must be at least 1, got {BatchRows}");
        errors.ThrowIfAny();
    }
}
