using System.Globalization;
using System.IO.Compression;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality;

/// <summary>
/// Reads the suite's file format (see its SOURCE.md): <c>battery/name.data.gz</c> holds
/// whitespace-separated rows, <c>battery/name.labelsK.gz</c> one integer per line.
/// </summary>
internal static class DatasetReader
{
    /// <summary>Names of the sets in a battery folder (those with a data file), sorted.</summary>
    public static IReadOnlyList<string> List(string root, string battery)
    {
        string folder = Path.Combine(root, battery);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Battery folder not found: {folder}");
        }

        return [.. Directory.GetFiles(folder, "*.data.gz").Select(f => Path.GetFileName(f)[..^".data.gz".Length]).Order(StringComparer.Ordinal)];
    }

    /// <summary>Loads one set with all its labellings.</summary>
    public static BenchmarkDataset Load(string root, string battery, string name)
    {
        string folder = Path.Combine(root, battery);
        string dataPath = Path.Combine(folder, name + ".data.gz");
        var rows = ReadLines(dataPath)
            .Select((line, i) => ParseRow(line, dataPath, i))
            .ToList();
        var data = Matrix<double>.FromRows(rows);
        var labellings = new List<int[]>();
        for (int k = 0; File.Exists(LabelPath(folder, name, k)); k++)
        {
            string path = LabelPath(folder, name, k);
            int[] labels = [.. ReadLines(path).Select((line, i) => ParseLabel(line, path, i))];
            if (labels.Length != data.Rows)
            {
                throw new InvalidDataException($"{path}: {labels.Length} labels for {data.Rows} rows.");
            }

            labellings.Add(labels);
        }

        if (labellings.Count == 0)
        {
            throw new InvalidDataException($"{dataPath}: no reference labelling ({name}.labels0.gz).");
        }

        return new BenchmarkDataset(battery, name, data, labellings);
    }

    private static string LabelPath(string folder, string name, int k) => Path.Combine(folder, $"{name}.labels{k}.gz");

    private static IEnumerable<string> ReadLines(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return line;
            }
        }
    }

    private static double[] ParseRow(string line, string path, int row)
    {
        var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var values = new double[fields.Length];
        for (int c = 0; c < fields.Length; c++)
        {
            if (!double.TryParse(fields[c], NumberStyles.Float, CultureInfo.InvariantCulture, out values[c]))
            {
                throw new InvalidDataException($"{path}: row {row + 1}, column {c + 1}: '{fields[c]}' is not a number.");
            }
        }

        return values;
    }

    private static int ParseLabel(string line, string path, int row) =>
        int.TryParse(line.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int label) && label >= 0
            ? label
            : throw new InvalidDataException($"{path}: line {row + 1}: '{line}' is not a label (an integer >= 0).");
}
