using System.Text.Json;

namespace CustomerAtlas.Bench.Perf;

/// <summary>
/// The child side: runs one case for one side in this (fresh) process and prints one
/// <c>RESULT {json}</c> line, so that VmHWM is the peak of that case alone.
/// </summary>
public static class PerfChild
{
    /// <summary>The command-line verb.</summary>
    public const string Verb = "child";

    /// <summary>Side names.</summary>
    public const string Ours = "ours";

    /// <summary>ML.NET side name.</summary>
    public const string MlNet = "mlnet";

    private static readonly JsonSerializerOptions Json = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <summary>Runs <c>child SIDE CASE-ID</c>.</summary>
    public static int Run(string side, string caseId)
    {
        var perfCase = PerfCases.Find(caseId);
        var data = BenchData.Load(perfCase.Data);
        CaseMeasurement? result = side switch
        {
            Ours => perfCase.Run(data),
            MlNet => perfCase.RunMlNet(data),
            _ => throw new ArgumentException($"Unknown side '{side}'.", nameof(side)),
        };
        if (result is null)
        {
            return 0;
        }

        result = result with { PeakRssMb = ProcessMemory.PeakRssMb() };
        Console.WriteLine("RESULT " + JsonSerializer.Serialize(result, Json));
        return 0;
    }

    /// <summary>Runs a child for <paramref name="side"/> of <paramref name="perfCase"/> and parses its result.</summary>
    public static CaseMeasurement? Spawn(string side, IPerfCase perfCase, TimeSpan timeout)
    {
        string file = Environment.ProcessPath ?? "dotnet";
        var args = new List<string>();
        if (Path.GetFileNameWithoutExtension(file) == "dotnet")
        {
            args.Add(typeof(PerfChild).Assembly.Location);
        }

        args.AddRange([Verb, side, perfCase.Id]);
        // Both .NET sides (ours and ML.NET) run with a 4 MiB young generation: the default is sized from the
        // L3 cache and adds tens of MiB of short-lived garbage to peak RSS, which is runtime slack, not the
        // algorithm's memory. A service embedding the library would set the same knob.
        var run = ChildProcess.Run(file, args, timeout, new Dictionary<string, string> { ["DOTNET_GCgen0size"] = "0x400000" });
        string? line = run.StandardOutput.Split('\n').LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
        if (line is null)
        {
            // The first line of a .NET crash names the exception; the stack below it is noise in a table.
            string err = run.StandardError.Trim().Split('\n')[0];
            return run.ExitCode == 0 && err.Length == 0
                ? null
                : new CaseMeasurement { Error = err.Length > 300 ? err[..300] : err };
        }

        var result = JsonSerializer.Deserialize<CaseMeasurement>(line["RESULT ".Length..], Json)!;
        return result with { CpuSeconds = run.CpuSeconds };
    }
}
