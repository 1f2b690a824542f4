using System.Globalization;

namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>Turns one unescaped TabSeparated field of a given ClickHouse type into a CLR value.</summary>
internal sealed class ClickHouseValueParser
{
    private readonly Func<string, object> _parse;

    private ClickHouseValueParser(string engineType, Type clrType, Func<string, object> parse)
    {
        EngineType = engineType;
        ClrType = clrType;
        _parse = parse;
    }

    /// <summary>The ClickHouse type name as the server reported it.</summary>
    public string EngineType { get; }

    /// <summary>The CLR type values come back as.</summary>
    public Type ClrType { get; }

    /// <summary>Parses a field; null (the server's \N) stays null.</summary>
    public object? Parse(string? field) => field is null ? null : _parse(field);

    /// <summary>A parser for a ClickHouse type name such as "Nullable(Float64)".</summary>
    public static ClickHouseValueParser For(string engineType)
    {
        var t = engineType;
        if (t.StartsWith("Nullable(", StringComparison.Ordinal) && t.EndsWith(')')) t = t["Nullable(".Length..^1];
        return t switch
        {
            "Int8" or "Int16" or "Int32" or "Int64" or "UInt8" or "UInt16" or "UInt32" =>
                new(engineType, typeof(long), s => long.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture)),
            "UInt64" => new(engineType, typeof(ulong), s => ulong.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture)),
            "Float32" => new(engineType, typeof(float), s => (float)ParseDouble(s)),
            "Float64" => new(engineType, typeof(double), s => ParseDouble(s)),
            "Date" => new(engineType, typeof(DateTime), s => DateTime.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
            "DateTime" => new(engineType, typeof(DateTime), s => DateTime.ParseExact(s, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
            _ when t.StartsWith("Decimal", StringComparison.Ordinal) =>
                new(engineType, typeof(decimal), s => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)),
            _ => new(engineType, typeof(string), s => s),
        };
    }

    private static double ParseDouble(string s) => s switch
    {
        "nan" or "-nan" => double.NaN,
        "inf" or "+inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        _ => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
