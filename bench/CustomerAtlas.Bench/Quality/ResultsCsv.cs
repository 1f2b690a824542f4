using System.Globalization;

namespace CustomerAtlas.Bench.Quality;

/// <summary>The per-set results file of <c>quality --csv</c>, read back by <c>--from-csv</c>.</summary>
internal static class ResultsCsv
{
    private const string Header = "battery,dataset,n,d,k,algorithm,ari,seconds,status";

    /// <summary>Writes through a temporary file, so a failed run leaves no partial CSV.</summary>
    public static void Write(string path, IReadOnlyList<DatasetResult> results)
    {
        string temp = path + ".tmp";
        using (var writer = new StreamWriter(temp))
        {
            writer.WriteLine(Header);
            foreach (var x in results)
            {
                writer.WriteLine(string.Join(
                    ',',
                    x.Battery,
                    x.Dataset,
                    x.Rows,
                    x.Cols,
                    x.K,
                    x.Algorithm,
                    x.Ari?.ToString("R", CultureInfo.InvariantCulture) ?? "",
                    x.Seconds.ToString("F3", CultureInfo.InvariantCulture),
                    x.Status.Replace(',', ';')));
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    public static IEnumerable<DatasetResult> Read(string path)
    {
        string[] lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != Header)
        {
            throw new InvalidDataException($"{path}: not a quality results file (expected the header '{Header}').");
        }

        for (int i = 1; i < lines.Length; i++)
        {
            var f = lines[i].Split(',');
            if (f.Length != 9)
            {
                throw new InvalidDataException($"{path}: line {i + 1} has {f.Length} fields, expected 9.");
            }

            yield return new DatasetResult(
                f[0],
                f[1],
                int.Parse(f[2], CultureInfo.InvariantCulture),
                int.Parse(f[3], CultureInfo.InvariantCulture),
                int.Parse(f[4], CultureInfo.InvariantCulture),
                f[5],
                f[6].Length == 0 ? null : double.Parse(f[6], CultureInfo.InvariantCulture),
                double.Parse(f[7], CultureInfo.InvariantCulture),
                f[8]);
        }
    }
}
