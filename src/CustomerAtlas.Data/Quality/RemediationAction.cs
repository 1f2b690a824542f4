namespace CustomerAtlas.Data.Quality;

/// <summary>What the pipeline does with the rows or values a quality check finds.</summary>
public enum RemediationAction
{
    /// <summary>The rows are left out of the features (counted here, never silently).</summary>
    Drop,

    /// <summary>Missing or unparseable values are replaced (median for numbers, "(missing)" for categories) and a missingness flag is added.</summary>
    Impute,

    /// <summary>The rows are kept and used, and reported.</summary>
    Flag,

    /// <summary>The rows are kept with a special meaning (returns feed the return rate, not spend).</summary>
    KeepAsReturn,

    /// <summary>The column is not used as a feature.</summary>
    ExcludeColumn,
}
