using System.Collections;
using System.Data.Common;
using System.Text;

namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>
/// A forward-only ADO.NET reader over a streamed <c>TabSeparatedWithNamesAndTypes</c> response, so that
/// code written against <see cref="DbDataReader"/> (e.g. <see cref="ColumnTableReader"/>) reads ClickHouse
/// results row by row without holding them.
/// </summary>
internal sealed class ClickHouseDataReader : DbDataReader
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _text;
    private readonly string[] _names;
    private readonly ClickHouseValueParser[] _parsers;
    private readonly object?[] _values;
    private string?[] _fields = [];
    private bool _closed;

    private ClickHouseDataReader(HttpResponseMessage response, StreamReader text, string[] names, ClickHouseValueParser[] parsers)
    {
        _response = response;
        _text = text;
        _names = names;
        _parsers = parsers;
        _values = new object?[names.Length];
    }

    /// <summary>Reads the two header lines (names, types) of the response and returns a reader positioned before the first row.</summary>
    public static async Task<ClickHouseDataReader> OpenAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        var text = new StreamReader(stream, Encoding.UTF8);
        var names = await text.ReadLineAsync(ct).ConfigureAwait(false);
        var types = await text.ReadLineAsync(ct).ConfigureAwait(false);
        if (names is null || types is null)
        {
            text.Dispose();
            throw new InvalidDataException("ClickHouse returned no header lines for a TabSeparatedWithNamesAndTypes query.");
        }
        var nameFields = TabSeparated.Split(names, []).Select(n => n ?? "").ToArray();
        var typeFields = TabSeparated.Split(types, []).Select(t => ClickHouseValueParser.For(t ?? "String")).ToArray();
        return new ClickHouseDataReader(response, text, nameFields, typeFields);
    }

    public override int FieldCount => _names.Length;
    public override bool HasRows => true;
    public override bool IsClosed => _closed;
    public override int RecordsAffected => -1;
    public override int Depth => 0;
    public override object this[int ordinal] => GetValue(ordinal);
    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool Read()
    {
        var line = _text.ReadLine();
        if (line is null) return false;
        _fields = TabSeparated.Split(line, _fields);
        if (_fields.Length != _names.Length)
            throw new InvalidDataException($"ClickHouse row has {_fields.Length} fields, the header {_names.Length}: {line[..Math.Min(line.Length, 200)]}");
        for (var i = 0; i < _values.Length; i++) _values[i] = _parsers[i].Parse(_fields[i]);
        return true;
    }

    public override bool NextResult() => false;
    public override string GetName(int ordinal) => _names[ordinal];
    public override int GetOrdinal(string name) => Array.IndexOf(_names, name) is var i and >= 0 ? i : throw new IndexOutOfRangeException($"No column '{name}'.");
    public override string GetDataTypeName(int ordinal) => _parsers[ordinal].EngineType;
    public override Type GetFieldType(int ordinal) => _parsers[ordinal].ClrType;
    public override bool IsDBNull(int ordinal) => _values[ordinal] is null;
    public override object GetValue(int ordinal) => _values[ordinal] ?? DBNull.Value;

    public override int GetValues(object[] values)
    {
        var n = Math.Min(values.Length, _values.Length);
        for (var i = 0; i < n; i++) values[i] = GetValue(i);
        return n;
    }

    public override bool GetBoolean(int ordinal) => Convert.ToBoolean(GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
    public override byte GetByte(int ordinal) => Convert.ToByte(GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
    public override char GetChar(int ordinal) => GetString(ordinal)[0];
    public override DateTime GetDateTime(int ordinal) => (DateTime)GetValue(ordinal);
    public override decimal GetDecimal(int ordinal) => Convert.ToDecimal(GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
    public override double GetDouble(int ordinal) => Convert.ToDouble(GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
    public override float GetFloat(int ordinal) => Convert.ToSingle(GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
    public override Guid GetGuid(int ordinal) => Guid.Parse(GetString(ordinal));
    public override short GetInt16(int ordinal) => Convert.ToInt16(GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
    public override int GetInt32(int ordinal) => Convert.ToInt32(GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
    public override long GetInt64(int ordinal) => Convert.ToInt64(GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
    public override string GetString(int ordinal) => Convert.ToString(GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw new NotSupportedException("Binary reads are not supported on ClickHouse text results.");
    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw new NotSupportedException("Character-range reads are not supported on ClickHouse text results.");
    public override IEnumerator GetEnumerator() => new DbEnumerator(this);

    public override void Close()
    {
        if (_closed) return;
        _closed = true;
        _text.Dispose();
        _response.Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Close();
        base.Dispose(disposing);
    }
}
