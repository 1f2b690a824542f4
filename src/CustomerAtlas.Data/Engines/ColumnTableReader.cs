using System.Data.Common;
using System.Globalization;
using System.Numerics;

namespace CustomerAtlas.Data.Engines;

/// <summary>Reads an ADO.NET result into a <see cref="ColumnTable"/> with one typed buffer per column.</summary>
public static class ColumnTableReader
{
    /// <summary>Reads every row of <paramref name="reader"/>.</summary>
    public static ColumnTable Read(DbDataReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int n = reader.FieldCount;
        var builders = new ColumnBuilder[n];
        for (int i = 0; i < n; i++)
        {
            string engineType = reader.GetDataTypeName(i).ToUpperInvariant();
            builders[i] = new ColumnBuilder(reader.GetName(i), engineType, reader.GetFieldType(i));
        }

        int rows = 0;
        while (reader.Read())
        {
            if ((rows & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            for (int i = 0; i < n; i++)
            {
                builders[i].Append(reader, i);
            }

            rows++;
        }

        return new ColumnTable(builders.Select(b => b.Build()).ToArray(), rows);
    }

    private sealed class ColumnBuilder(string name, string engineType, Type clrType)
    {
        private readonly ColumnKind _kind = KindOf(clrType);
        private readonly List<double> _numbers = [];
        private readonly List<DateTime> _times = [];
        private readonly List<bool> _nulls = [];
        private readonly List<string?> _texts = [];

        public void Append(DbDataReader reader, int i)
        {
            bool isNull = reader.IsDBNull(i);
            switch (_kind)
            {
                case ColumnKind.Number:
                    _nulls.Add(isNull);
                    _numbers.Add(isNull ? double.NaN : ReadNumber(reader, i));
                    break;
                case ColumnKind.Timestamp:
                    _nulls.Add(isNull);
                    _times.Add(isNull ? default : ReadTime(reader, i));
                    break;
                default:
                    _texts.Add(isNull ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                    break;
            }
        }

        public TableColumn Build() => _kind switch
        {
            ColumnKind.Number => new NumberColumn(name, engineType, [.. _numbers], [.. _nulls]),
            ColumnKind.Timestamp => new TimestampColumn(name, engineType, [.. _times], [.. _nulls]),
            _ => new TextColumn(name, engineType, [.. _texts]),
        };

        private double ReadNumber(DbDataReader reader, int i) =>
            clrType == typeof(double) ? reader.GetDouble(i)
            : clrType == typeof(long) ? reader.GetInt64(i)
            : clrType == typeof(int) ? reader.GetInt32(i)
            : clrType == typeof(bool) ? (reader.GetBoolean(i) ? 1.0 : 0.0)
            : clrType == typeof(float) ? reader.GetFloat(i)
            : clrType == typeof(decimal) ? (double)reader.GetDecimal(i)
            : clrType == typeof(BigInteger) ? (double)reader.GetFieldValue<BigInteger>(i)
            : Convert.ToDouble(reader.GetValue(i), CultureInfo.InvariantCulture);

        private static DateTime ReadTime(DbDataReader reader, int i) => reader.GetValue(i) switch
        {
            DateTime t => t,
            DateOnly d => d.ToDateTime(TimeOnly.MinValue),
            DateTimeOffset o => o.UtcDateTime,
            var other => Convert.ToDateTime(other, CultureInfo.InvariantCulture),
        };

        private static ColumnKind KindOf(Type t) =>
            t == typeof(DateTime) || t == typeof(DateOnly) || t == typeof(DateTimeOffset) ? ColumnKind.Timestamp
            : t == typeof(double) || t == typeof(float) || t == typeof(decimal) || t == typeof(long) || t == typeof(int)
              || t == typeof(short) || t == typeof(sbyte) || t == typeof(byte) || t == typeof(ushort) || t == typeof(uint)
              || t == typeof(ulong) || t == typeof(bool) || t == typeof(BigInteger) ? ColumnKind.Number
            : ColumnKind.Text;
    }
}
