using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerAtlas.Testing;

namespace CustomerAtlas.Bench.Perf;

/// <summary>
/// The scikit-learn side. Makes sure Debian's python3-sklearn is installed, then drives the shared
/// <c>peers/sklearn_bench.py</c> one step at a time through its own entry points: <c>--gen</c> writes a
/// data file both sides read, <c>--child SPEC</c> times one case in a fresh interpreter. Running the
/// peer's case right next to ours puts both under the same machine load.
/// </summary>
public static class SklearnPeer
{
    private const string Python = "/usr/bin/python3";

    /// <summary>Installs python3-sklearn (and tries python3-hdbscan) with apt-get when missing. Returns whether sklearn imports.</summary>
    public static bool EnsureInstalled(TextWriter log)
    {
        if (Imports("sklearn"))
        {
            return true;
        }

        log.WriteLine("# installing python3-sklearn with apt-get ...");
        var apt = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        ChildProcess.Run("apt-get", ["update", "-qq"], TimeSpan.FromMinutes(5), apt);
        ChildProcess.Run("apt-get", ["install", "-y", "-qq", "python3-sklearn"], TimeSpan.FromMinutes(10), apt);
        if (!Imports("hdbscan"))
        {
            ChildProcess.Run("apt-get", ["install", "-y", "-qq", "python3-hdbscan"], TimeSpan.FromMinutes(5), apt);
        }

        return Imports("sklearn");
    }

    /// <summary>
    /// The shared script, <c>peers/sklearn_bench.py</c> beside the shared data folder that <see cref="SharedData"/>
    /// finds, or null when either is missing.
    /// </summary>
    public static string? LocateScript()
    {
        string script;
        try
        {
            script = Path.GetFullPath(Path.Combine(SharedData.Root, "..", "peers", "sklearn_bench.py"));
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }

        return File.Exists(script) ? script : null;
    }

    /// <summary>Writes <paramref name="set"/>'s files with the script's generator unless they are there.</summary>
    public static string? Generate(string script, BenchDataSet set)
    {
        if (set.Exists)
        {
            return null;
        }

        string spec = JsonSerializer.Serialize(new object[] { BenchDataSet.Directory, set.N, set.D, set.Centers });
        var run = ChildProcess.Run(Python, [script, "--gen", spec], TimeSpan.FromMinutes(20));
        return run.ExitCode == 0 && set.Exists ? null : $"data generation failed: {Tail(run.StandardError)}";
    }

    /// <summary>Times the scikit-learn side of <paramref name="key"/> on <paramref name="set"/> in a fresh interpreter.</summary>
    public static CaseMeasurement RunCase(string script, SklearnKey key, BenchDataSet set, TimeSpan timeout)
    {
        var spec = new JsonObject
        {
            ["alg"] = key.Alg,
            ["n"] = key.N,
            ["d"] = key.D,
            ["c"] = set.Centers,
            ["data_dir"] = BenchDataSet.Directory,
        };
        if (key.K is { } k)
        {
            spec["k"] = k;
        }

        string file = key.Script is null ? script : Path.Combine(AppContext.BaseDirectory, "Perf", "Peers", key.Script);
        var run = ChildProcess.Run(Python, [file, "--child", spec.ToJsonString()], timeout);
        string? line = run.StandardOutput.Split('\n').LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
        if (line is null)
        {
            return new CaseMeasurement { Error = $"scikit-learn failed: {Tail(run.StandardError)}" };
        }

        return ToMeasurement(JsonNode.Parse(line["RESULT ".Length..])!.AsObject()) with { CpuSeconds = run.CpuSeconds };
    }

    /// <summary>Converts a script result into a measurement.</summary>
    public static CaseMeasurement ToMeasurement(JsonObject row)
    {
        var quality = new Dictionary<string, double>();
        foreach (var (name, source) in new[] { ("inertia", "inertia"), ("ari", "ari_vs_truth"), ("loglik", "lower_bound"), ("silhouette", "silhouette"), ("explained", "explained_ratio") })
        {
            if (row[source] is JsonValue v && v.TryGetValue(out double value))
            {
                quality[name] = value;
            }
        }

        return new CaseMeasurement
        {
            Seconds = (double?)row["total_s"] ?? double.NaN,
            InitSeconds = (double?)row["init_s"],
            Iterations = (int?)row["n_iter"],
            Quality = quality,
            PeakRssMb = (double?)row["peak_rss_mb"] ?? double.NaN,
            Error = (string?)row["error"],
        };
    }

    private static bool Imports(string module) =>
        File.Exists(Python) && ChildProcess.Run(Python, ["-c", $"import {module}"], TimeSpan.FromMinutes(1)).ExitCode == 0;

    private static string Tail(string s) => s.Length > 300 ? s[^300..] : s;
}
