using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Features;
using CustomerAtlas.Data.Quality;
using CustomerAtlas.Data.Schema;

namespace CustomerAtlas.Data.Ingestion;

/// <summary>The customer-level result of ingestion: one row per customer, features as numbers.</summary>
public sealed class CustomerData
{
    /// <summary>Creates the result.</summary>
    public CustomerData(
        FeaturePlan plan, IReadOnlyList<SchemaDecision> decisions, QualityReport quality, string[] customerIds,
        IReadOnlyList<NumberColumn> features, IReadOnlyList<TextColumn> outcomes)
    {
        Plan = plan;
        Decisions = decisions;
        Quality = quality;
        CustomerIds = customerIds;
        Features = features;
        Outcomes = outcomes;
    }

    /// <summary>The plan that computed the features (learned at fit, given at scoring).</summary>
    public FeaturePlan Plan { get; }

    /// <summary>What schema inference decided (empty when scoring with a saved plan).</summary>
    public IReadOnlyList<SchemaDecision> Decisions { get; }

    /// <summary>Quality findings.</summary>
    public QualityReport Quality { get; }

    /// <summary>Customer ids, one per row, unique.</summary>
    public string[] CustomerIds { get; }

    /// <summary>Feature columns in plan order, each with one value per customer (NaN = missing).</summary>
    public IReadOnlyList<NumberColumn> Features { get; }

    /// <summary>Outcome (label) columns, per customer, as text.</summary>
    public IReadOnlyList<TextColumn> Outcomes { get; }
}
