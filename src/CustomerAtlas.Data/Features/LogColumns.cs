using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Schema;

namespace CustomerAtlas.Data.Features;

/// <summary>SQL expressions for the roles of a transaction log's raw columns.</summary>
public sealed class LogColumns
{
    /// <summary>Builds the expressions for <paramref name="schema"/>.</summary>
    public LogColumns(ISqlDialect dialect, SchemaMapping schema, bool idIsInteger)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(schema);
        var d = dialect;
        string Num(string c) => d.TryCastDouble(d.QuoteIdentifier(c));
        Id = CustomerId(d, schema.Id, idIsInteger);
        string time = d.QuoteIdentifier(schema.Time ?? throw new ArgumentException("A transaction log needs a time column.", nameof(schema)));
        Epoch = d.EpochSeconds(schema.TimeFormat is null ? time : d.TryParseTimestamp(time, schema.TimeFormat));
        Quantity = schema.Quantity is null ? null : Num(schema.Quantity);
        Price = schema.Price is null ? null : Num(schema.Price);
        Value = schema.Amount is not null ? Num(schema.Amount)
            : Quantity is not null && Price is not null ? $"({Quantity} * {Price})"
            : Quantity ?? "1.0";
        Items = Quantity is null ? "1.0" : $"abs({Quantity})";
        Cancellation = schema.Invoice is null ? "(1 = 0)" : d.StartsWith(d.QuoteIdentifier(schema.Invoice), "C");
        Return = $"({Cancellation} OR {Value} < 0{(Quantity is null ? string.Empty : $" OR {Quantity} < 0")})";
        OrderKey = schema.Invoice is null ? d.CastText(Epoch) : d.CastText(d.QuoteIdentifier(schema.Invoice));
        Product = schema.Product is null ? null : d.BlankToNull(d.QuoteIdentifier(schema.Product));
        Category = schema.Category is null ? null : d.BlankToNull(d.QuoteIdentifier(schema.Category));
        Channel = schema.Channel is null ? null : d.BlankToNull(d.QuoteIdentifier(schema.Channel));
    }

    /// <summary>Customer id as text (null when blank).</summary>
    public string Id { get; }

    /// <summary>Event time in epoch seconds (null when unparseable).</summary>
    public string Epoch { get; }

    /// <summary>Quantity as double, or null when the log has none.</summary>
    public string? Quantity { get; }

    /// <summary>Unit price as double, or null.</summary>
    public string? Price { get; }

    /// <summary>Line value: amount, else quantity × price, else quantity, else 1.</summary>
    public string Value { get; }

    /// <summary>Items on the line (|quantity|, else 1).</summary>
    public string Items { get; }

    /// <summary>True for cancellation invoices ('C' prefix).</summary>
    public string Cancellation { get; }

    /// <summary>True for cancellations and lines with negative value or quantity.</summary>
    public string Return { get; }

    /// <summary>The order a line belongs to (invoice, else the timestamp).</summary>
    public string OrderKey { get; }

    /// <summary>Product code (null when blank), or null when the log has none.</summary>
    public string? Product { get; }

    /// <summary>Category (null when blank), or null.</summary>
    public string? Category { get; }

    /// <summary>Channel (null when blank), or null.</summary>
    public string? Channel { get; }

    /// <summary>The customer id expression for an id column: integer ids lose a ".0" however the column was typed.</summary>
    public static string CustomerId(ISqlDialect d, string column, bool isInteger)
    {
        ArgumentNullException.ThrowIfNull(d);
        string q = d.QuoteIdentifier(column);
        return isInteger ? d.CastText(d.CastInteger(d.TryCastDouble(d.BlankToNull(q)))) : d.BlankToNull(q);
    }
}
