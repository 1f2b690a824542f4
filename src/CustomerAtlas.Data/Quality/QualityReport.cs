using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerAtlas.Data.Quality;

/// <summary>The data quality findings of one run, written as quality.json and shown in the report.</summary>
public sealed record QualityReport
{
    /// <summary>The input file.</summary>
    public required string Source { get; init; }

    /// <summary>"TransactionLog" or "CustomerTable".</summary>
    public required string Shape { get; init; }

    /// <summary>Rows read from the input.</summary>
    public required long Rows { get; init; }

    /// <summary>Rows that feed the features after remediation.</summary>
    public required long RowsUsed { get; init; }

    /// <summary>Customers segmented.</summary>
    public required long Customers { get; init; }

    /// <summary>Per-column facts.</summary>
    public required IReadOnlyList<ColumnQuality> Columns { get; init; }

    /// <summary>Findings with their remediation.</summary>
    public required IReadOnlyList<QualityIssue> Issues { get; init; }

    /// <summary>The remediation policy in words, one line per reason.</summary>
    public required IReadOnlyDictionary<string, string> Policy { get; init; }

    /// <summary>JSON settings for quality.json.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>A copy with more issues appended (customer-level checks found later in the pipeline).</summary>
    public QualityReport WithIssues(IEnumerable<QualityIssue> more) => this with { Issues = [.. Issues, .. more] };
}
