using System.Globalization;

namespace CustomerAtlas.Bench.Quality;

/// <summary>
/// ARI per (battery, dataset, algorithm) from a peer file of the form
/// <c>battery,dataset,n,d,k,algorithm,ari,seconds</c> (sklearn_quality.csv, r_quality.csv).
/// </summary>
internal sealed class PeerFigures
{
    private readonly Dictionary<(string Battery, string Dataset, string Algorithm), double> _ari;

    private PeerFigures(Dictionary<(string, string, string), double> ari) => _ari = ari;

    /// <summary>An empty table, for a missing peer file.</summary>
    public static PeerFigures Empty { get; } = new([]);

    public static PeerFigures Load(string path)
    {
        var ari = new Dictionary<(string, string, string), double>();
        string[] lines = File.ReadAllLines(path);
        for (int i = 1; i < lines.Length; i++)
        {
            var f = lines[i].Split(',');
            if (f.Length < 7)
            {
                continue;
            }

            if (!double.TryParse(f[6], NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                throw new InvalidDataException($"{path}: line {i + 1}: ARI '{f[6]}' is not a number.");
            }

            ari[(f[0], f[1], f[5])] = value;
        }

        return new PeerFigures(ari);
    }

    public double? Ari(string battery, string dataset, string? algorithm) =>
        algorithm is not null && _ari.TryGetValue((battery, dataset, algorithm), out double v) ? v : null;
}
