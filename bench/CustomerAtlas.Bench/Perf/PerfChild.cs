using System.Diagnostics;
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

    /// <summary>Runs <c>child SIDE CASE-ID</c>.</summary>
    public static int Run(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: child ours|mlnet CASE-ID");
            return 2;
        }

        var perfCase = PerfCases.Find(args[1]);
        var data = BenchData.Load(perfCase.Data);
        CaseMeasurement? result = args[0] switch
        {
            Ours => perfCase.Run(data),
            MlNet => perfCase.RunMlNet(data),
            _ => throw new ArgumentException($"Unknown side '{args[0]}'.", nameof(args)),
        };
        if (result is null)
        {
            return 0;
        }

        result = result with { PeakRssMb = ProcessMemory.PeakRssMb() };
        Console.WriteLine("RESULT " + JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>Runs a child for <paramref name="side"/> of <paramref name="perfCase"/> and parses its result.</summary>
    public static CaseMeasurement? Spawn(string side, IPerfCase perfCase, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
        {
            start.ArgumentList.Add(typeof(PerfChild).Assembly.Location);
        }

        start.ArgumentList.Add(Verb);
        start.ArgumentList.Add(side);
        start.ArgumentList.Add(perfCase.Id);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bench child process.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return new CaseMeasurement { Error = $"timeout after {timeout.TotalSeconds:0}s" };
        }

        string? line = stdout.Result.Split('\n').LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
        if (line is null)
        {
            string err = stderr.Result.Trim();
            return process.ExitCode == 0 && err.Length == 0
                ? null
                : new CaseMeasurement { Error = err.Length > 300 ? err[^300..] : err };
        }

        return JsonSerializer.Deserialize<CaseMeasurement>(line["RESULT ".Length..]);
    }
}
