using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CustomerAtlas.Bench.Perf;

/// <summary>
/// The scikit-learn side: makes sure Debian's python3-sklearn is installed, runs the shared
/// <c>peers/sklearn_bench.py</c> (which also writes the data files both sides read) and parses its results.
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
        Exec("apt-get", ["update", "-qq"], TimeSpan.FromMinutes(5));
        Exec("apt-get", ["install", "-y", "-qq", "python3-sklearn"], TimeSpan.FromMinutes(10));
        if (!Imports("hdbscan"))
        {
            Exec("apt-get", ["install", "-y", "-qq", "python3-hdbscan"], TimeSpan.FromMinutes(5));
        }

        return Imports("sklearn");
    }

    /// <summary>The shared script: $CUSTOMERATLAS_SHARED/peers or ../shared/peers beside the repository.</summary>
    public static string? LocateScript()
    {
        string? shared = Environment.GetEnvironmentVariable("CUSTOMERATLAS_SHARED");
        if (shared is not null)
        {
            string p = Path.Combine(shared, "peers", "sklearn_bench.py");
            return File.Exists(p) ? p : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string p = Path.Combine(dir.FullName, "shared", "peers", "sklearn_bench.py");
            if (File.Exists(p))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>Runs the script for <paramref name="groups"/> and returns its result rows.</summary>
    public static IReadOnlyList<JsonObject> Run(string script, IEnumerable<string> groups, bool quick, TextWriter log)
    {
        string outFile = Path.Combine(Path.GetTempPath(), $"customeratlas_sklearn_{Environment.ProcessId}.json");
        var args = new List<string> { script, "--only", string.Join(",", groups), "--out", outFile, "--timeout", "600" };
        if (quick)
        {
            args.Add("--quick");
        }

        log.WriteLine($"# running scikit-learn: {Python} {string.Join(' ', args)}");
        var (code, output) = Exec(Python, args, TimeSpan.FromMinutes(60));
        foreach (string line in output.Split('\n').Where(l => l.StartsWith('#')))
        {
            log.WriteLine(line);
        }

        if (code != 0 || !File.Exists(outFile))
        {
            log.WriteLine($"# scikit-learn run failed (exit {code}): {Tail(output)}");
            return [];
        }

        var root = JsonNode.Parse(File.ReadAllText(outFile))!;
        File.Delete(outFile);
        return root["results"]!.AsArray().Select(r => r!.AsObject()).ToList();
    }

    /// <summary>The result row matching <paramref name="key"/>, if any.</summary>
    public static JsonObject? Find(IReadOnlyList<JsonObject> rows, SklearnKey key) =>
        rows.FirstOrDefault(r =>
            (string?)r["alg"] == key.Alg && (int?)r["n"] == key.N && (int?)r["d"] == key.D
            && (key.K is null || (int?)r["k"] == key.K));

    /// <summary>Converts a script row into a measurement.</summary>
    public static CaseMeasurement ToMeasurement(JsonObject row)
    {
        var quality = new Dictionary<string, double>();
        foreach (var (name, source) in new[] { ("inertia", "inertia"), ("ari", "ari_vs_truth"), ("loglik", "lower_bound") })
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
        File.Exists(Python) && Exec(Python, ["-c", $"import {module}"], TimeSpan.FromMinutes(1)).Code == 0;

    private static (int Code, string Output) Exec(string file, IEnumerable<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        try
        {
            using var p = Process.Start(start)!;
            var err = p.StandardError.ReadToEndAsync();
            var output = p.StandardOutput.ReadToEndAsync();
            if (!p.WaitForExit(timeout))
            {
                p.Kill(entireProcessTree: true);
                return (-1, "timeout");
            }

            return (p.ExitCode, output.Result + err.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }

    private static string Tail(string s) => s.Length > 400 ? s[^400..] : s;
}
