namespace CustomerAtlas.Data.Features;

/// <summary>How a customer feature is computed.</summary>
public enum FeatureKind
{
    /// <summary>An aggregate over a customer's transactions (recency, frequency, ...).</summary>
    Aggregate,

    /// <summary>Share of a customer's spend in one category or channel level.</summary>
    SpendShare,

    /// <summary>A numeric column of a customer table, as is.</summary>
    Numeric,

    /// <summary>Days between a date column and the latest date of that column.</summary>
    DaysBefore,

    /// <summary>1 when a categorical column equals <see cref="FeatureDefinition.Level"/>, else 0.</summary>
    OneHot,

    /// <summary>The share of fit rows holding the same value of a high-cardinality column.</summary>
    Frequency,

    /// <summary>1 when the source column is missing or unparseable, else 0.</summary>
    MissingFlag,
}
