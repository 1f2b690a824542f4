using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>How <see cref="ClickHouseEventLoader"/> loads an event file into the cluster.</summary>
public sealed record EventLoadOptions
{
    /// <summary>The column holding the customer id, which the Distributed table shards by. Required.</summary>
    public required string CustomerColumn { get; init; }

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
        if (string.IsNullOrWhiteSpace(CustomerColumn)) errors.Add(nameof(CustomerColumn), "must name the customer id column");
        if (string.IsNullOrWhiteSpace(Table)) errors.Add(nameof(Table), "must not be empty");
        else if (Table.EndsWith("_local", StringComparison.Ordinal) || Table.EndsWith("_loads", StringComparison.Ordinal))
            errors.Add(nameof(Table), "must not end in _local or _loads (reserved for the per-shard and load-record tables)");
        if (BatchRows < 1) errors.Add(nameof(BatchRows), $"must be at least 1, got {BatchRows}");
        errors.ThrowIfAny();
    }
}
