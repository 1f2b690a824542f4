using System.Buffers.Binary;
using System.Data.Common;
using System.Text;

namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>
/// One source column as ClickHouse stores it, and how to write its values in RowBinary (little-endian
/// fixed-width numbers, LEB128-length-prefixed UTF-8 strings, a 0/1 null-flag byte before Nullable values).
/// </summary>
public sealed class RowBinaryColumn
{
    private readonly Kind _kind;

    private RowBinaryColumn(string name, string sourceType, Kind kind, bool nullable)
    {
        Name = name;
        SourceType = sourceType;
        _kind = kind;
        Nullable = nullable;
    }

    private enum Kind { Int8, Int16, Int32, Int64, UInt8, UInt16, UInt32, UInt64, Float32, Float64, String, Date, DateTime, Bool }

    /// <summary>Column name as in the source.</summary>
    public string Name { get; }
    /// <summary>The source engine's type name (DuckDB's).</summary>
    public string SourceType { get; }
    /// <summary>Whether NULLs may occur (all CSV columns may be empty).</summary>
    public bool Nullable { get; }

    /// <summary>True for integer types, which shard with intHash64.</summary>
    public bool IsInteger => _kind is Kind.Int8 or Kind.Int16 or Kind.Int32 or Kind.Int64 or Kind.UInt8 or Kind.UInt16 or Kind.UInt32 or Kind.UInt64;

    /// <summary>ClickHouse type of the column.</summary>
    public string ClickHouseType
    {
        get
        {
            var core = _kind switch
            {
                Kind.Bool => "UInt8",
                _ => _kind.ToString(),
            };
            return Nullable ? $"Nullable({core})" : core;
        }
    }

    /// <summary>Maps a DuckDB column type to its ClickHouse counterpart; unknown types travel as String.</summary>
    public static RowBinaryColumn FromDuckDb(string name, string duckDbType, bool nullable = true)
    {
        var kind = duckDbType.ToUpperInvariant() switch
        {
            "TINYINT" => Kind.Int8,
            "SMALLINT" => Kind.Int16,
            "INTEGER" => Kind.Int32,
            "BIGINT" => Kind.Int64,
            "UTINYINT" => Kind.UInt8,
            "USMALLINT" => Kind.UInt16,
            "UINTEGER" => Kind.UInt32,
            "UBIGINT" => Kind.UInt64,
            "FLOAT" => Kind.Float32,
            "DOUBLE" => Kind.Float64,
            "BOOLEAN" => Kind.Bool,
            "DATE" => Kind.Date,
            "TIMESTAMP" => Kind.DateTime,
            var t when t.StartsWith("DECIMAL", StringComparison.Ordinal) => Kind.Float64,
            _ => Kind.String,
        };
        return new RowBinaryColumn(name, duckDbType, kind, nullable);
    }

    /// <summary>SQL that makes the source engine hand this column over in the type <see cref="Write"/> reads.</summary>
    public string SourceSelectExpression(string quotedName) => _kind switch
    {
        Kind.Float64 when SourceType.StartsWith("DECIMAL", StringComparison.OrdinalIgnoreCase) => $"CAST({quotedName} AS DOUBLE)",
        Kind.String when !SourceType.Equals("VARCHAR", StringComparison.OrdinalIgnoreCase) => $"CAST({quotedName} AS VARCHAR)",
        _ => quotedName,
    };

    /// <summary>Writes the reader's current value of this column; <paramref name="scratch"/> must hold at least 16 bytes.</summary>
    public void Write(DbDataReader reader, int ordinal, Stream output, byte[] scratch)
    {
        if (Nullable)
        {
            var isNull = reader.IsDBNull(ordinal);
            output.WriteByte(isNull ? (byte)1 : (byte)0);
            if (isNull) return;
        }
        else if (reader.IsDBNull(ordinal))
        {
            throw new InvalidDataException($"Column '{Name}' is NULL but was declared non-nullable.");
        }
        var span = scratch.AsSpan();
        switch (_kind)
        {
            case Kind.Int8: output.WriteByte(unchecked((byte)reader.GetFieldValue<sbyte>(ordinal))); break;
            case Kind.UInt8: output.WriteByte(reader.GetFieldValue<byte>(ordinal)); break;
            case Kind.Bool: output.WriteByte(reader.GetBoolean(ordinal) ? (byte)1 : (byte)0); break;
            case Kind.Int16: BinaryPrimitives.WriteInt16LittleEndian(span, reader.GetInt16(ordinal)); output.Write(span[..2]); break;
            case Kind.UInt16: BinaryPrimitives.WriteUInt16LittleEndian(span, reader.GetFieldValue<ushort>(ordinal)); output.Write(span[..2]); break;
            case Kind.Int32: BinaryPrimitives.WriteInt32LittleEndian(span, reader.GetInt32(ordinal)); output.Write(span[..4]); break;
            case Kind.UInt32: BinaryPrimitives.WriteUInt32LittleEndian(span, reader.GetFieldValue<uint>(ordinal)); output.Write(span[..4]); break;
            case Kind.Int64: BinaryPrimitives.WriteInt64LittleEndian(span, reader.GetInt64(ordinal)); output.Write(span[..8]); break;
            case Kind.UInt64: BinaryPrimitives.WriteUInt64LittleEndian(span, reader.GetFieldValue<ulong>(ordinal)); output.Write(span[..8]); break;
            case Kind.Float32: BinaryPrimitives.WriteSingleLittleEndian(span, reader.GetFloat(ordinal)); output.Write(span[..4]); break;
            case Kind.Float64: BinaryPrimitives.WriteDoubleLittleEndian(span, reader.GetDouble(ordinal)); output.Write(span[..8]); break;
            case Kind.Date: BinaryPrimitives.WriteUInt16LittleEndian(span, ToDays(reader.GetDateTime(ordinal))); output.Write(span[..2]); break;
            case Kind.DateTime: BinaryPrimitives.WriteUInt32LittleEndian(span, ToUnixSeconds(reader.GetDateTime(ordinal))); output.Write(span[..4]); break;
            case Kind.String: WriteString(reader.GetString(ordinal), output, scratch); break;
        }
    }

    private ushort ToDays(DateTime value)
    {
        var days = (value.Date - DateTime.UnixEpoch).TotalDays;
        if (days is < 0 or > ushort.MaxValue)
            throw new InvalidDataException($"Column '{Name}': date {value:yyyy-MM-dd} is outside ClickHouse's Date range (1970-01-01 .. 2149-06-06).");
        return (ushort)days;
    }

    private uint ToUnixSeconds(DateTime value)
    {
        // Naive timestamps are read as UTC on both engines (the servers run with timezone UTC).
        var seconds = Math.Floor((value - DateTime.UnixEpoch).TotalSeconds);
        if (seconds is < 0 or > uint.MaxValue)
            throw new InvalidDataException($"Column '{Name}': timestamp {value:yyyy-MM-dd HH:mm:ss} is outside ClickHouse's DateTime range (1970 .. 2106).");
        return (uint)seconds;
    }

    /// <summary>Writes one non-null RowBinary String value.</summary>
    internal static void WriteString(string value, Stream output, byte[] scratch)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        var length = (ulong)byteCount;
        var n = 0;
        do
        {
            var b = (byte)(length & 0x7F);
            length >>= 7;
            scratch[n++] = length == 0 ? b : (byte)(b | 0x80);
        } while (length != 0);
        output.Write(scratch, 0, n);
        if (byteCount <= 256)
        {
            Span<byte> buffer = stackalloc byte[256];
            var written = Encoding.UTF8.GetBytes(value, buffer);
            output.Write(buffer[..written]);
        }
        else
        {
            output.Write(Encoding.UTF8.GetBytes(value));
        }
    }
}
