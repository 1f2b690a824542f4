using System.IO.Compression;
using CustomerAtlas.Data.Engines;

namespace CustomerAtlas.Data.Ingestion;

/// <summary>Checks on the input file before the engine reads it, so common mistakes get a plain message.</summary>
public static class SourceFileChecks
{
    private const int ProbeBytes = 8192;

    /// <summary>Throws <see cref="DataSourceException"/> when the file is missing, a folder, empty or binary where text is expected.</summary>
    public static void Validate(DataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        string path = source.Path;
        if (Directory.Exists(path))
        {
            throw new DataSourceException($"{path}: is a folder, not a data file.");
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new DataSourceException($"{path}: file not found.");
        }

        if (info.Length == 0)
        {
            throw new DataSourceException($"{path}: the file is empty (0 bytes).");
        }

        var format = Engines.DuckDb.DuckDbSourceSql.FormatOf(source);
        if (format == SourceFormat.Parquet)
        {
            return;
        }

        byte[] head = ReadHead(path);
        if (head.Length == 0)
        {
            throw new DataSourceException($"{path}: the file is empty once decompressed.");
        }

        int nul = Array.IndexOf(head, (byte)0);
        if (nul >= 0)
        {
            throw new DataSourceException($"{path}: looks binary (a NUL byte at offset {nul}), not {(format == SourceFormat.JsonLines ? "JSON lines" : "delimited text")}. Pass a CSV, Parquet or JSON-lines file.");
        }
    }

    private static byte[] ReadHead(string path)
    {
        using var file = File.OpenRead(path);
        Stream stream = file;
        var magic = new byte[2];
        int got = file.Read(magic, 0, 2);
        file.Position = 0;
        if (got == 2 && magic[0] == 0x1f && magic[1] == 0x8b)
        {
            stream = new GZipStream(file, CompressionMode.Decompress);
        }

        try
        {
            var buffer = new byte[ProbeBytes];
            int total = 0;
            int n;
            while (total < buffer.Length && (n = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += n;
            }

            return buffer[..total];
        }
        catch (InvalidDataException ex)
        {
            throw new DataSourceException($"{path}: starts like gzip but cannot be decompressed: {ex.Message}", ex);
        }
        finally
        {
            if (!ReferenceEquals(stream, file))
            {
                stream.Dispose();
            }
        }
    }
}
