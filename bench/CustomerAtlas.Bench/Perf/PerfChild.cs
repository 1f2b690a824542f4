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

    /// <summary>Prefix of the machine-readable line a child prints.</summary>
    private const string ResultPrefix = "RESULT ";

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
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result, Json));
        return 0;
    }

    /// <summary>Runs a child for <paramref name="side"/> of <paramref name="perfCase"/> and parses its result.</summary>
    public static CaseMeasurement? Spawn(string side, IPerfCase perfCase, TimeSpan timeout)
    {
        // Both .NET sides (ours and ML.NET) run with a 4 MiB young generation: the default is sized from the
        // L3 cache and adds tens of MiB of short-lived garbage to peak RSS, which is runtime slack, not the
        // algorithm's memory. A service embedding the library would set the same knob.
        var run = ChildProcess.RunSelf([Verb, side, perfCase.Id], timeout, youngGenerationBytes: 4 << 20);
        string? line = run.LastLineAfter(ResultPrefix);
        if (line is null)
        {
            string err = run.FirstErrorLine(300);
            return run.ExitCode == 0 && err.Length == 0
                ? null
                : new CaseMeasurement { Error = err };
        }

        var result = JsonSerializer.Deserialize<CaseMeasurement>(line, Json)!;
        return result with { CpuSeconds = run.CpuSeconds };
    }
}
