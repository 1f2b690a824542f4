using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace CustomerAtlas.Bench.Perf;

/// <summary>What a finished child process left behind.</summary>
/// <param name="ExitCode">Exit status (-1 on timeout or failure to start).</param>
/// <param name="StandardOutput">Everything it printed.</param>
/// <param name="StandardError">Everything it printed on stderr.</param>
/// <param name="CpuSeconds">User + system CPU time it used (NaN where unknown).</param>
public sealed record ChildResult(int ExitCode, string StandardOutput, string StandardError, double CpuSeconds)
{
    /// <summary>The rest of the last output line that starts with <paramref name="prefix"/>, or null when none does.</summary>
    public string? LastLineAfter(string prefix) =>
        StandardOutput.Split('\n').LastOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];

    /// <summary>The first line of stderr (a .NET crash names its exception there; the stack below is noise in a table), cut to <paramref name="maxLength"/>.</summary>
    public string FirstErrorLine(int maxLength)
    {
        string line = StandardError.Trim().Split('\n')[0];
        return line.Length > maxLength ? line[..maxLength] : line;
    }
}

/// <summary>
/// Runs one child process at a time and measures its CPU time as the change in this process's
/// RUSAGE_CHILDREN (exact because children run one after another). On a busy machine CPU seconds are
/// a steadier comparison than wall seconds, so the table shows both.
/// </summary>
public static partial class ChildProcess
{
    /// <summary>Runs <paramref name="file"/> with <paramref name="args"/>, killing it after <paramref name="timeout"/>.</summary>
    public static ChildResult Run(string file, IEnumerable<string> args, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        double before = ChildrenCpuSeconds();
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new ChildResult(-1, stdout.Result, $"timeout after {timeout.TotalSeconds:0}s", double.NaN);
            }

            process.WaitForExit();
            return new ChildResult(process.ExitCode, stdout.Result, stderr.Result, ChildrenCpuSeconds() - before);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new ChildResult(-1, string.Empty, e.Message, double.NaN);
        }
    }

    /// <summary>
    /// Runs this bench again in a fresh process with <paramref name="args"/> (through <c>dotnet</c> when it was
    /// started as <c>dotnet bench.dll</c>), so that the child's peak RSS is its own work alone.
    /// <paramref name="youngGenerationBytes"/> sets the GC's gen0 budget (DOTNET_GCgen0size): the default is sized
    /// from the L3 cache and would add short-lived garbage to the peak.
    /// </summary>
    public static ChildResult RunSelf(IEnumerable<string> args, TimeSpan timeout, long youngGenerationBytes)
    {
        string file = Environment.ProcessPath ?? "dotnet";
        var arguments = new List<string>();
        if (Path.GetFileNameWithoutExtension(file) == "dotnet")
        {
            arguments.Add(typeof(ChildProcess).Assembly.Location);
        }

        arguments.AddRange(args);
        var environment = new Dictionary<string, string> { ["DOTNET_GCgen0size"] = "0x" + youngGenerationBytes.ToString("x", CultureInfo.InvariantCulture) };
        return Run(file, arguments, timeout, environment);
    }

    private static double ChildrenCpuSeconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return double.NaN;
        }

        const int RusageChildren = -1;
        return GetRusage(RusageChildren, out var usage) == 0
            ? usage.UserSeconds + (usage.UserMicroseconds / 1e6) + usage.SystemSeconds + (usage.SystemMicroseconds / 1e6)
            : double.NaN;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out RUsage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss;
        public long Ixrss;
        public long Idrss;
        public long Isrss;
        public long MinFlt;
        public long MajFlt;
        public long NSwap;
        public long InBlock;
        public long OuBlock;
        public long MsgSnd;
        public long MsgRcv;
        public long NSignals;
        public long NvCsw;
        public long NivCsw;
    }
}
