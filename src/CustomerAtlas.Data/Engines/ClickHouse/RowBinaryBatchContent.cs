using System.Data.Common;
using System.Net;

namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>
/// An HTTP body that streams up to <c>batchRows</c> rows from a reader as RowBinary, appending the
/// row's 1-based position in the file (UInt64 <c>_row</c>) and the constant load id (String <c>_load_id</c>). Rows are encoded into a reused buffer that is flushed to the socket in
/// ~1 MiB pieces, so memory stays flat whatever the file size.
/// </summary>
internal sealed class RowBinaryBatchContent : HttpContent
{
    private const int FlushBytes = 1 << 20;
    private readonly DbDataReader _reader;
    private readonly IReadOnlyList<RowBinaryColumn> _columns;
    private readonly string _loadId;
    private readonly int _batchRows;
    private readonly Action<long> _onRows;

    public RowBinaryBatchContent(DbDataReader reader, IReadOnlyList<RowBinaryColumn> columns,
        string loadId, int batchRows, Action<long> onRows)
    {
        _reader = reader;
        _columns = columns;
        _loadId = loadId;
        _batchRows = batchRows;
        _onRows = onRows;
    }

    /// <summary>Whether the reader is positioned on a row not yet sent.</summary>
    public bool HasPendingRow { get; set; }

    /// <summary>The source position (1-based) of the next row to send.</summary>
    public long NextRowNumber { get; set; } = 1;

    /// <summary>Rows written by the last serialisation.</summary>
    public long RowsWritten { get; private set; }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(FlushBytes + (FlushBytes >> 2));
        var scratch = new byte[16];
        var loadIdBytes = EncodeLoadId(scratch);
        long rows = 0;
        while (HasPendingRow && rows < _batchRows)
        {
            for (var i = 0; i < _columns.Count; i++) _columns[i].Write(_reader, i, buffer, scratch);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(scratch, (ulong)NextRowNumber++);
            buffer.Write(scratch, 0, 8);
            buffer.Write(loadIdBytes);
            rows++;
            HasPendingRow = _reader.Read();
            if (buffer.Length >= FlushBytes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await stream.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
                buffer.SetLength(0);
                _onRows(rows - RowsWritten);
                RowsWritten = rows;
            }
        }
        if (buffer.Length > 0) await stream.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
        _onRows(rows - RowsWritten);
        RowsWritten = rows;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    private byte[] EncodeLoadId(byte[] scratch)
    {
        using var encoded = new MemoryStream();
        RowBinaryColumn.WriteString(_loadId, encoded, scratch);
        return encoded.ToArray();
    }
    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
