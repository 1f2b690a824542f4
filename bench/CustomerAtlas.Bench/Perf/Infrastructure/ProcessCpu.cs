using System.Diagnostics;

namespace CustomerAtlas.Bench.Perf;

/// <summary>CPU time (user + system, all threads) this process has used since <see cref="Start"/>.</summary>
public readonly struct ProcessCpu
{
    private readonly TimeSpan _start;

    private ProcessCpu(TimeSpan start) => _start = start;

    /// <summary>Starts counting from the process's CPU time now.</summary>
    public static ProcessCpu Start() => new(Now());

    /// <summary>CPU seconds used since <see cref="Start"/>.</summary>
    public double Seconds => (Now() - _start).TotalSeconds;

    private static TimeSpan Now()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
