using System.Text.Json;

namespace CustomerAtlas.Data.Schema;

/// <summary>
/// The user's corrections to schema inference (command-line options or a JSON mapping file).
/// Every column named here must exist in the input.
/// </summary>
public sealed record SchemaOverrides
{
    /// <summary>Customer id column (--id).</summary>
    public string? Id { get; init; }

    /// <summary>Timestamp column (--time).</summary>
    public string? Time { get; init; }

    /// <summary>Amount column (--amount).</summary>
    public string? Amount { get; init; }

    /// <summary>Quantity column (--quantity).</summary>
    public string? Quantity { get; init; }

    /// <summary>Unit price column (--price).</summary>
    public string? Price { get; init; }

    /// <summary>Invoice / order column.</summary>
    public string? Invoice { get; init; }

    /// <summary>Product column.</summary>
    public string? Product { get; init; }

    /// <summary>Category column.</summary>
    public string? Category { get; init; }

    /// <summary>Channel column.</summary>
    public string? Channel { get; init; }

    /// <summary>Force the shape instead of detecting it.</summary>
    public DataShape? Shape { get; init; }

    /// <summary>Columns to leave out (--exclude).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Outcome / label columns (--outcome): never features.</summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    /// <summary>
    /// Reads a mapping file: a JSON object with any of the properties above in camelCase, e.g.
    /// <c>{"id":"cust","time":"ts","exclude":["notes"]}</c>.
    /// </summary>
    public static SchemaOverrides Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<SchemaOverrides>(stream, MappingJson.Options)
                ?? throw new Engines.DataSourceException($"{path}: the mapping file is empty.");
        }
        catch (JsonException ex)
        {
            throw new Engines.DataSourceException($"{path}: not a valid mapping file (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new Engines.DataSourceException($"{path}: cannot read the mapping file: {ex.Message}", ex);
        }
    }

    /// <summary>Fills this object's unset fields from <paramref name="fallback"/> (command-line options win over the file).</summary>
    public SchemaOverrides Over(SchemaOverrides fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new SchemaOverrides
        {
            Id = Id ?? fallback.Id,
            Time = Time ?? fallback.Time,
            Amount = Amount ?? fallback.Amount,
            Quantity = Quantity ?? fallback.Quantity,
            Price = Price ?? fallback.Price,
            Invoice = Invoice ?? fallback.Invoice,
            Product = Product ?? fallback.Product,
            Category = Category ?? fallback.Category,
            Channel = Channel ?? fallback.Channel,
            Shape = Shape ?? fallback.Shape,
            Exclude = [.. Exclude, .. fallback.Exclude],
            Outcomes = [.. Outcomes, .. fallback.Outcomes],
        };
    }
}
