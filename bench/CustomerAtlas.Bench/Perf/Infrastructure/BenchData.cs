using System.Runtime.InteropServices;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Perf;

/// <summary>
/// A data set of the shared peer bench: make_blobs(n, d, centers, random_state=0) as float32, written by
/// the scikit-learn script to <c>blobs_n{N}_d{d}_c{C}.f32</c> (+ <c>.labels.i32</c>), so both sides read the same bytes.
/// </summary>
public sealed record BenchDataSet(int N, int D, int Centers)
{
    /// <summary>Folder the scikit-learn script writes to (its default).</summary>
    public static string Directory { get; } = Environment.GetEnvironmentVariable("PEER_BENCH_DATA") ?? "/tmp/peer_bench_data";

    /// <summary>Path of the float32 row-major data file.</summary>
    public string DataPath => Path.Combine(Directory, $"blobs_n{N}_d{D}_c{Centers}.f32");

    /// <summary>Path of the true labels.</summary>
    public string LabelsPath => Path.ChangeExtension(DataPath, ".labels.i32");

    /// <summary>Bytes of the data matrix.</summary>
    public long DataBytes => (long)N * D * sizeof(float);

    /// <summary>Whether the file is there with the right size.</summary>
    public bool Exists => File.Exists(DataPath) && new FileInfo(DataPath).Length == DataBytes;

    /// <summary>Short label such as "1M×16".</summary>
    public string Shape => $"{Scale(N)}×{D}";

    private static string Scale(int n) => n >= 1_000_000 && n % 1_000_000 == 0 ? $"{n / 1_000_000}M" : n >= 1000 && n % 1000 == 0 ? $"{n / 1000}k" : $"{n}";
}

/// <summary>A loaded data set: the matrix (read straight into one float array) and the true labels.</summary>
public sealed class BenchData
{
    private int[]? _truth;

    private BenchData(BenchDataSet set, Matrix<float> x)
    {
        Set = set;
        X = x;
    }

    /// <summary>Which data set.</summary>
    public BenchDataSet Set { get; }

    /// <summary>The rows.</summary>
    public Matrix<float> X { get; }

    /// <summary>
    /// The generating blob of each row, read on first use. Cases with a memory target score against the
    /// file with <see cref="AdjustedRand.ScoreAgainstFile"/> instead, so the labels never count in their peak RSS.
    /// </summary>
    public int[] Truth => _truth ??= ReadTruth();

    /// <summary>Reads the files of <paramref name="set"/>.</summary>
    public static BenchData Load(BenchDataSet set)
    {
        if (!set.Exists)
        {
            throw new FileNotFoundException($"Bench data {set.DataPath} is missing; the scikit-learn script generates it (run the perf command with peers).", set.DataPath);
        }

        var values = new float[(long)set.N * set.D];
        ReadInto(set.DataPath, MemoryMarshal.AsBytes(values.AsSpan()));
        return new BenchData(set, new Matrix<float>(set.N, set.D, values));
    }

    private int[] ReadTruth()
    {
        var truth = new int[Set.N];
        ReadInto(Set.LabelsPath, MemoryMarshal.AsBytes(truth.AsSpan()));
        return truth;
    }

    private static void ReadInto(string path, Span<byte> destination)
    {
        using var stream = File.OpenRead(path);
        while (destination.Length > 0)
        {
            int read = stream.Read(destination);
            if (read == 0)
            {
                throw new EndOfStreamException($"{path} is shorter than expected.");
            }

            destination = destination[read..];
        }
    }
}

/// <summary>Helpers on bench matrices.</summary>
public static class BenchMatrixExtensions
{
    /// <summary>A copy of the first <paramref name="rows"/> rows (for warm-up runs).</summary>
    public static Matrix<float> Head(this Matrix<float> m, int rows) =>
        new(rows, m.Cols, m.Values.AsSpan(0, rows * m.Cols).ToArray());
}
