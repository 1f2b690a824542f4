namespace CustomerAtlas.Data.Schema;

/// <summary>What one input row describes.</summary>
public enum DataShape
{
    /// <summary>One row per purchase, line item or event; many rows per customer.</summary>
    TransactionLog,

    /// <summary>One row per customer with its attributes.</summary>
    CustomerTable,
}
