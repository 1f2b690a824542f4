using CustomerAtlas.Data.Engines;
using CustomerAtlas.Pipeline.Automatic;
using CustomerAtlas.Data.Schema;
using CustomerAtlas.Pipeline.Preprocessing;
using CustomerAtlas.Pipeline.Segmentation;

namespace CustomerAtlas.Pipeline.Running;

/// <summary>What <c>atlas segment</c> was asked to do.</summary>
public sealed record SegmentRequest
{
    /// <summary>The input and how to read it.</summary>
    public required DataSource Input { get; init; }

    /// <summary>The run directory to create or replace.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Schema corrections; default none.</summary>
    public SchemaOverrides Overrides { get; init; } = new();

    /// <summary>k range, forced k, restarts, seed.</summary>
    public SegmentationOptions Segmentation { get; init; } = new();

    /// <summary>Scaling and feature selection.</summary>
    public PreprocessingOptions Preprocessing { get; init; } = new();

    /// <summary>
    /// Automatic mode (issue 6): search preprocessing, algorithm and k within a budget, validate and
    /// explain. Default null = k-means with k chosen by silhouette; <c>atlas segment</c> sets it by default.
    /// </summary>
    public AutoSegmentationOptions? Automatic { get; init; }

    /// <summary>
    /// Customers (seeded sample) the in-process choice of k, algorithm and start sees when k-means is pushed into a
    /// ClickHouse cluster; default 100,000: k-means++ and the silhouette are as good on it as on millions, at fixed
    /// client memory and time. The final k-means covers every customer.
    /// </summary>
    public int PushdownSample { get; init; } = 100_000;

    /// <summary>Customers drawn for the report's scatter plot at most; default 3000 (keeps the SVG small).</summary>
    public int ScatterPoints { get; init; } = 3000;

    /// <summary>
    /// model.json of the model this fit refreshes (<c>--refresh-of</c>): the fit's customers are also assigned by it and
    /// model.json records the parent's version and which of its segments each new segment continues
    /// (<see cref="Monitoring.RefreshLineage"/>). Default null: a fit without a parent.
    /// </summary>
    public string? RefreshOf { get; init; }
}
